package query_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/query"
)

// craftedGraph is a graph file as an attacker would write it: two actors
// whose tie points, by reference only, at a document whose path names a
// local file.
func craftedGraph(path, digest string) *graph.Graph {
	ref := graph.Ref{Doc: 0, Sentence: 0, Start: 0, End: 40}
	return &graph.Graph{
		Format:    graph.Format,
		Documents: []graph.DocRef{{ID: "secret", Path: path, Digest: digest}},
		Nodes: []graph.Node{
			{ID: 0, Name: "Alice Smith", Type: extract.KindPerson, Aliases: []string{}, Mentions: 1, Documents: 1},
			{ID: 1, Name: "Bob Jones", Type: extract.KindPerson, Aliases: []string{}, Mentions: 1, Documents: 1},
		},
		Edges: []graph.Edge{graph.Edge{Source: 0, Target: 1, Weight: 1, Documents: 1}.With(graph.EdgeText{Refs: []graph.Ref{ref}})},
		Statements: []graph.Statement{{Speaker: 0, Targets: []int{1}, Cue: "said", Polarity: 1,
			Evidence: ref.Evidence()}},
	}
}

// TestCraftedGraphReadsNoSecret checks that a graph file cannot make
// evidence or statements print a local file: a document without a digest
// is never opened, one with a wrong digest is not printed, and a device or
// FIFO is not opened at all.
func TestCraftedGraphReadsNoSecret(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	const text = "TOP SECRET: the root password is hunter2 and more text follows."
	os.WriteFile(secret, []byte(text), 0o600)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Logf("no FIFO: %v", err)
		fifo = ""
	}
	tests := []struct {
		name, path, digest string
	}{
		{"no digest", secret, ""},
		{"wrong digest", secret, "0123456789abcdef"},
		{"relative path, no digest", "secret.txt", ""},
		{"device", "/dev/zero", "0123456789abcdef"},
		{"fifo", fifo, "0123456789abcdef"},
	}
	for _, tc := range tests {
		if tc.path == "" {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			q := query.New(craftedGraph(tc.path, tc.digest), dir)
			link := q.Link(0, 1, true)
			stmts := q.StatementsOf(query.StatementFilter{Speaker: -1, Target: -1})
			var texts []string
			for _, e := range link.Evidence {
				texts = append(texts, e.Text)
				if e.Missing == "" {
					t.Errorf("no reason given for the missing text")
				}
			}
			for _, s := range stmts {
				texts = append(texts, s.Text)
			}
			if joined := strings.Join(texts, "|"); strings.Contains(joined, "SECRET") || strings.Contains(joined, "hunter2") {
				t.Errorf("the crafted graph printed the local file: %q", joined)
			}
		})
	}
}
