package extract

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/extract/corpus"
)

// bbcLimit limits the BBC benchmarks to the first documents of the archive,
// for slow tools such as cachegrind (0: all).
var bbcLimit = flag.Int("bbcdocs", 0, "use only the first `n` documents of the BBC archive in benchmarks")

// bbcDocs reads the BBC archive of the shared data (../shared/data/bbc), or
// skips the benchmark when it is not beside the repository.
func bbcDocs(b *testing.B) ([]Document, int64) {
	path := filepath.Join("..", "..", "shared", "data", "bbc", "bbc.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("BBC archive not found at %s: %v", path, err)
	}
	c := corpus.Open([]string{path}, corpus.Options{})
	var docs []Document
	var size int64
	for {
		d, err := c.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		if *bbcLimit > 0 && len(docs) == *bbcLimit {
			break
		}
		docs = append(docs, d)
		size += int64(len(d.Text) + len(d.Title))
	}
	return docs, size
}

// BenchmarkExtractBBC measures Extract over the whole BBC archive (2225
// news articles, one goroutine); bytes are those of titles and bodies.
func BenchmarkExtractBBC(b *testing.B) {
	ex := testExtractor(b)
	docs, size := bbcDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract(d); err != nil && err != ErrNoText {
				b.Fatal(err)
			}
		}
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(used.Seconds()/float64(b.N), "cpu-s/op")
		b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
}

// BenchmarkTagBBC measures the entity tagger alone on the tokens of the
// BBC archive, as Extract hands them to it.
func BenchmarkTagBBC(b *testing.B) {
	ex := testExtractor(b)
	docs, size := bbcDocs(b)
	var words [][][]string
	for _, d := range docs {
		st := &docState{e: ex, text: d.AnalysedText()}
		st.segment()
		doc := make([][]string, len(st.tokens))
		for i, toks := range st.tokens {
			for _, t := range toks {
				doc[i] = append(doc[i], t.Text)
			}
		}
		words = append(words, doc)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, doc := range words {
			ex.model.TagDocument(doc)
		}
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(used.Seconds()/float64(b.N), "cpu-s/op")
	}
}
