package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/graph/build"
	"github.com/actorgraph/actorgraph/graph/graphfile"
)

func benchExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		tb.Fatal(err)
	}
	m, err := ner.Default()
	if err != nil {
		tb.Fatal(err)
	}
	opts := extract.DefaultOptions()
	if opts.Sentiment, err = polarity.Default(); err != nil {
		tb.Fatal(err)
	}
	return extract.New(lex, m, opts)
}

// BenchmarkIngestBBC runs the whole build pipeline (read, fold duplicates,
// extract, merge) over the BBC archive in ../shared.
func BenchmarkIngestBBC(b *testing.B) {
	path := filepath.Join("..", "..", "..", "shared", "data", "bbc", "bbc.jsonl")
	st, err := os.Stat(path)
	if err != nil {
		b.Skipf("BBC data not available: %v", err)
	}
	ex := benchExtractor(b)
	b.SetBytes(st.Size())
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Run(context.Background(), []string{path}, ex, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTail measures what a build does beside and after the
// extraction: Builder.Add, and the serial tail, Builder.Graph and
// graphfile.Write, on the BBC archive in ../shared added four times under
// distinct IDs (the 20 MB corpus of scripts/bench.sh). Extracting it once
// first takes a few seconds.
func BenchmarkTail(b *testing.B) {
	path := filepath.Join("..", "..", "..", "shared", "data", "bbc", "bbc.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("BBC data not available: %v", err)
	}
	var xs []*extract.Extraction
	_, _, err := Run(context.Background(), []string{path}, benchExtractor(b), Options{KeepDuplicates: true, SkipGraph: true,
		OnExtraction: func(x *extract.Extraction) error { xs = append(xs, x); return nil }})
	if err != nil {
		b.Fatal(err)
	}
	var copies []*extract.Extraction
	for i := range 4 {
		for _, x := range xs {
			y := *x
			y.Doc = fmt.Sprintf("copy%d/%s", i, x.Doc)
			y.Document.ID = fmt.Sprintf("copy%d/%s", i, x.Document.ID)
			copies = append(copies, &y)
		}
	}
	add := func() *build.Builder {
		bu := build.NewBuilder(build.BuildOptions{})
		for _, x := range copies {
			bu.Add(x)
		}
		return bu
	}
	bu := add()
	g := bu.Graph()
	// Add runs beside the extraction workers, on the collector goroutine:
	// on a machine whose cores all extract, its time is the build's too.
	b.Run("Add", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			add()
		}
	})
	b.Run("Graph", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			bu.Graph()
		}
	})
	b.Run("Write", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := graphfile.Write(io.Discard, g); err != nil {
				b.Fatal(err)
			}
		}
	})
}
