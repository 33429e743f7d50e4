package ingest_test

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/query/ingest"
)

// TestRunCancelWhileReading checks that Run returns soon after its
// context is cancelled while the reader blocks on an input nobody writes
// to (stdin kept open, as a FIFO would be).
func TestRunCancelWhileReading(t *testing.T) {
	ex := extractor(t)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	defer r.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err = ingest.Run(ctx, []string{"-"}, ex, ingest.Options{Corpus: corpus.Options{Stdin: r}})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the context's error", err)
	}
	if d := time.Since(start); d > 600*time.Millisecond {
		t.Errorf("Run returned %v after start, want soon after the 100 ms deadline", d)
	}
}

// TestRunHugeWorkers checks that an absurd number of workers is capped,
// not allocated (10^9 workers once died out of memory).
func TestRunHugeWorkers(t *testing.T) {
	ex := extractor(t)
	dir := t.TempDir()
	os.WriteFile(dir+"/a.txt", []byte("Talks\n\nVladimir Putin met Emmanuel Macron in Paris.\n"), 0o644)
	for _, w := range []int{1 << 40, 1<<63 - 1} {
		g, _, err := ingest.Run(context.Background(), []string{dir}, ex, ingest.Options{Workers: w})
		if err != nil || len(g.Nodes) == 0 {
			t.Errorf("workers %d: %v, %v", w, g, err)
		}
	}
}
