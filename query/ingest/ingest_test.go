package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/graph/graphfile"
	"github.com/actorgraph/actorgraph/query/ingest"
)

var (
	exOnce sync.Once
	exVal  *extract.Extractor
	exErr  error
)

// extractor is the default extractor, loaded once per test binary.
func extractor(t *testing.T) *extract.Extractor {
	t.Helper()
	exOnce.Do(func() {
		lex, err := lexicon.Default()
		if err != nil {
			exErr = err
			return
		}
		m, err := ner.Default()
		if err != nil {
			exErr = err
			return
		}
		opts := extract.DefaultOptions()
		if opts.Sentiment, err = polarity.Default(); err != nil {
			exErr = err
			return
		}
		exVal = extract.New(lex, m, opts)
	})
	if exErr != nil {
		t.Fatal(exErr)
	}
	return exVal
}

// articles are short news texts written for these tests.
var articles = map[string]string{
	"a.txt": "Talks in Geneva\n\nU.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov on Monday. Lavrov said Moscow wanted guarantees.\n",
	"b.txt": "Kyiv answers\n\nUkrainian President Volodymyr Zelenskiy said Kyiv would not give up territory. Zelenskiy thanked Rubio.\n",
	"c.md":  "# NATO meets\n\nNATO Secretary General Mark Rutte praised Ukraine and said the alliance would stand by Kyiv.\n",
	// d.txt is a copy of a.txt: folded unless duplicates are kept.
	"d.txt": "Talks in Geneva\n\nU.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov on Monday. Lavrov said Moscow wanted guarantees.\n",
	// e.txt is empty and f.bin binary: both are skipped with a reason.
	"e.txt": "",
	"f.bin": "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00",
}

// corpusDir writes articles to a new directory and returns it.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	dir := corpusDir(t)
	ex := extractor(t)
	tests := []struct {
		name       string
		opts       ingest.Options
		wantUsed   int
		wantFolded int
	}{
		{"OneWorker", ingest.Options{Workers: 1}, 3, 1},
		{"FourWorkers", ingest.Options{Workers: 4}, 3, 1},
		{"KeepDuplicates", ingest.Options{Workers: 2, KeepDuplicates: true}, 4, 0},
	}
	var first []byte
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, sum, err := ingest.Run(context.Background(), []string{dir}, ex, tt.opts)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if sum.Read != 4 || sum.Used != tt.wantUsed || sum.Folded != tt.wantFolded {
				t.Errorf("Run: read %d, used %d, folded %d; want 4, %d, %d", sum.Read, sum.Used, sum.Folded, tt.wantUsed, tt.wantFolded)
			}
			if want := map[string]int{"binary": 1, "empty": 1}; !maps.Equal(sum.Skipped, want) || len(sum.Skips) != 2 {
				t.Errorf("Run: skipped %v (%q), want %v", sum.Skipped, sum.Skips, want)
			}
			if sum.Actors != len(g.Nodes) || sum.Edges != len(g.Edges) || len(g.Nodes) == 0 {
				t.Errorf("Run: summary counts %d actors, %d edges; graph has %d and %d", sum.Actors, sum.Edges, len(g.Nodes), len(g.Edges))
			}
			var buf bytes.Buffer
			if err := graphfile.Write(&buf, g); err != nil {
				t.Fatal(err)
			}
			if tt.opts.KeepDuplicates {
				return
			}
			if first == nil {
				first = buf.Bytes()
			} else if !bytes.Equal(first, buf.Bytes()) {
				t.Errorf("Run with %d workers wrote another graph than with 1", tt.opts.Workers)
			}
		})
	}
}

func TestRunOnExtraction(t *testing.T) {
	dir := corpusDir(t)
	ex := extractor(t)
	var docs []string
	opts := ingest.Options{Workers: 3, SkipGraph: true, KeepDuplicates: true,
		OnExtraction: func(x *extract.Extraction) error {
			docs = append(docs, filepath.Base(x.Doc))
			return nil
		}}
	g, _, err := ingest.Run(context.Background(), []string{dir}, ex, opts)
	if err != nil || g != nil {
		t.Fatalf("Run(SkipGraph) = %v, %v; want no graph and no error", g, err)
	}
	// Files come in sorted order; the empty and binary ones are skipped.
	if want := []string{"a.txt", "b.txt", "c.md", "d.txt"}; !slices.Equal(docs, want) {
		t.Errorf("extractions in order %q, want %q", docs, want)
	}

	boom := errors.New("boom")
	opts.OnExtraction = func(*extract.Extraction) error { return boom }
	if _, _, err := ingest.Run(context.Background(), []string{dir}, ex, opts); !errors.Is(err, boom) {
		t.Errorf("Run with a failing callback = %v, want boom", err)
	}
}

func TestRunCancelled(t *testing.T) {
	dir := corpusDir(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := ingest.Run(ctx, []string{dir}, extractor(t), ingest.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run(cancelled) = %v, want context.Canceled", err)
	}
}
