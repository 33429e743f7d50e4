package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rubioLavrovGraph builds the graph of a one-article folder in dir and
// returns its path.
func rubioLavrovGraph(t *testing.T, dir string) string {
	t.Helper()
	articles := filepath.Join(dir, "news")
	if err := os.MkdirAll(articles, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "Rubio meets Lavrov\n\nU.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Geneva.\n"
	if err := os.WriteFile(filepath.Join(articles, "01.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", articles, "-o", g, "-q")
	return g
}

// TestNeverLoseAGraph checks that an output command that used no document
// (a mistyped path, an empty folder, an empty edge list) fails and leaves
// an existing output file byte-identical.
func TestNeverLoseAGraph(t *testing.T) {
	dir := t.TempDir()
	g := rubioLavrovGraph(t, dir)
	want, err := os.ReadFile(g)
	if err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.MkdirAll(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	edges := filepath.Join(dir, "edges.txt")
	if err := os.WriteFile(edges, []byte("# nothing\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"BuildMissingPath", []string{"build", filepath.Join(dir, "newz"), "-o", g}},
		{"BuildEmptyFolder", []string{"build", empty, "-o", g}},
		{"ImportEmptyEdgeList", []string{"import", edges, "-o", g}},
		{"ExportNoDocument", []string{"export", "-g", empty, "--format", "json", "-o", g}},
		{"RenderNoDocument", []string{"render", "-g", empty, "-o", g, "--format", "dot"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tt.args...)
			if code == exitOK || code == exitPartial {
				t.Errorf("actorgraph %v: exit %d, want a failure; stderr: %s", tt.args, code, stderr)
			}
			got, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("actorgraph %v changed %s", tt.args, g)
			}
		})
	}
}

// TestGraphFromStdin checks that `-g -` reads a graph file piped in.
func TestGraphFromStdin(t *testing.T) {
	dir := t.TempDir()
	g := rubioLavrovGraph(t, dir)
	data, err := os.ReadFile(g)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"actorgraph", "actors", "-g", "-"}, bytes.NewReader(data), &stdout, &stderr)
	if code != exitOK || !strings.Contains(stdout.String(), "Sergei Lavrov") {
		t.Errorf("actors -g - with a graph on stdin: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
}
