package query_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/query"
	"github.com/actorgraph/actorgraph/query/ingest"
)

// buildExamples builds a graph of the example articles (text, Markdown,
// HTML and JSON lines) copied to dir, with the given evidence cap.
func buildExamples(t *testing.T, dir string, maxEvidence int) *graph.Graph {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	model, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	opts := extract.DefaultOptions()
	if opts.Sentiment, err = polarity.Default(); err != nil {
		t.Fatal(err)
	}
	ex := extract.New(lex, model, opts)
	g, sum, err := ingest.Run(context.Background(), []string{dir}, ex, ingest.Options{Build: build.BuildOptions{MaxEvidence: maxEvidence}})
	if err != nil {
		t.Fatal(err)
	}
	if n := sum.SkippedTotal(); n > 0 {
		t.Fatalf("%d example articles skipped: %v", n, sum.Skips)
	}
	return g
}

func copyExamples(t *testing.T) string {
	t.Helper()
	src := filepath.Join("..", "examples", "articles")
	files, err := os.ReadDir(src)
	if err != nil {
		t.Skipf("no example articles: %v", err)
	}
	dir := t.TempDir()
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(src, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestSourcesReread checks that references re-read from the source files
// give exactly the sentences a graph that stores every text holds.
func TestSourcesReread(t *testing.T) {
	dir := copyExamples(t)
	full := buildExamples(t, dir, -1)
	capped := buildExamples(t, dir, 1)
	if len(full.Edges) != len(capped.Edges) || len(full.Statements) != len(capped.Statements) {
		t.Fatalf("graphs differ in shape: %d/%d edges, %d/%d statements",
			len(full.Edges), len(capped.Edges), len(full.Statements), len(capped.Statements))
	}
	src := query.NewSources(capped, "", corpus.Options{})
	var all []graph.Evidence
	for _, e := range capped.Edges {
		for _, r := range e.Refs() {
			all = append(all, r.Evidence())
		}
	}
	for _, s := range capped.Statements {
		all = append(all, s.Evidence)
	}
	src.Load(all...)
	refs := 0
	for i, e := range capped.Edges {
		want := full.Edges[i].Evidence()
		if len(e.Evidence())+len(e.Refs()) != e.Weight || len(want) != e.Weight {
			t.Errorf("edge %d: %d examples + %d refs, %d full, weight %d", i, len(e.Evidence()), len(e.Refs()), len(want), e.Weight)
			continue
		}
		got := append([]graph.Evidence{}, e.Evidence()...)
		for _, r := range e.Refs() {
			got = append(got, r.Evidence())
		}
		for j, ev := range got {
			text, err := src.Text(ev)
			if err != nil {
				t.Fatalf("edge %d ref %d: %v", i, j, err)
			}
			if text != want[j].Text || ev.Doc != want[j].Doc || ev.Start != want[j].Start {
				t.Errorf("edge %d sentence %d: re-read %q (doc %d), want %q (doc %d)", i, j, text, ev.Doc, want[j].Text, want[j].Doc)
			}
		}
		refs += len(e.Refs())
	}
	if refs == 0 {
		t.Fatal("no references to re-read: the test needs edges with more than one sentence")
	}
	stored := 0
	perSpeaker := map[int]int{}
	for i, s := range capped.Statements {
		if s.Text != "" {
			stored++
			perSpeaker[s.Speaker]++
		}
		text, err := src.Text(s.Evidence)
		if err != nil {
			t.Fatalf("statement %d: %v", i, err)
		}
		if text != full.Statements[i].Text {
			t.Errorf("statement %d: re-read %q, want %q", i, text, full.Statements[i].Text)
		}
	}
	for sp, n := range perSpeaker {
		if n > 1 {
			t.Errorf("speaker %s has %d stored quotes, cap is 1", capped.Nodes[sp].Name, n)
		}
	}
	if stored == len(capped.Statements) {
		t.Errorf("every statement stored its text (%d); the cap did not apply", stored)
	}
}

// TestSourcesChanged checks that a source edited after the build is
// reported rather than giving wrong sentences, and that a missing file
// is an error that names it.
func TestSourcesChanged(t *testing.T) {
	dir := copyExamples(t)
	g := buildExamples(t, dir, 1)
	var edited, removed int = -1, -1
	for i, d := range g.Documents {
		switch filepath.Base(d.Path) {
		case "01-envoy-trip.txt":
			edited = i
		case "02-geneva-talks.txt":
			removed = i
		}
	}
	if edited < 0 || removed < 0 {
		t.Fatal("example documents not found in the graph")
	}
	if err := os.WriteFile(g.Documents[edited].Path, []byte("Another text entirely.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(g.Documents[removed].Path); err != nil {
		t.Fatal(err)
	}
	src := query.NewSources(g, "", corpus.Options{})
	if _, err := src.Text(graph.Evidence{Doc: edited, Span: extract.Span{Start: 0, End: 5}}); !errors.Is(err, query.ErrSourceChanged) {
		t.Errorf("edited source: err = %v, want query.ErrSourceChanged", err)
	}
	if _, err := src.Text(graph.Evidence{Doc: removed, Span: extract.Span{Start: 0, End: 5}}); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("removed source: err = %v, want a not-exist error", err)
	}
	if text, err := src.Text(graph.Evidence{Doc: removed, Text: "stored"}); err != nil || text != "stored" {
		t.Errorf("stored text: got %q, %v", text, err)
	}
}
