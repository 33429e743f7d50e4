package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
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
