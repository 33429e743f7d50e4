// Package ingest streams a corpus of articles through the extractor into a
// graph: read (one goroutine, input order) -> extract (one worker per core)
// -> add (one build.Builder, fed as extractions arrive). Queues are
// bounded, so memory grows with the graph and not with the corpus, and the
// result does not depend on the number of workers: build.Builder.Add is
// order independent, and duplicate detection happens in input order before
// extraction.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/graph"
)

// MaxWorkers bounds Options.Workers: each worker holds its own buffers and
// a share of the queues, and beyond the number of cores more workers only
// cost memory (a value of 10^7 once took 9 GB).
const MaxWorkers = 256

// Options configures Run.
type Options struct {
	Build  build.BuildOptions
	Corpus corpus.Options
	// Workers is the number of extraction goroutines: 0 means
	// runtime.GOMAXPROCS(0), more than MaxWorkers means MaxWorkers.
	Workers int
	// KeepDuplicates turns off the folding of duplicate articles.
	KeepDuplicates bool
	// OnExtraction, if set, is called with every extraction, in input
	// order, from a single goroutine (used by `actorgraph extract`).
	OnExtraction func(*extract.Extraction) error
	// SkipGraph leaves the graph out (extract only).
	SkipGraph bool
	// Progress, if set, is called from one goroutine after each input.
	Progress func(Summary)
	// Keep, if set, says which documents to use (a period: see Period);
	// the others are counted as outside and left out before duplicate
	// folding, as if they had not been given.
	Keep func(extract.Document) bool
}

// Summary is the run summary of a build.
type Summary struct {
	Read     int            `json:"documents_read"`
	Used     int            `json:"documents_used"`
	Folded   int            `json:"duplicates_folded"`
	Skipped  map[string]int `json:"skipped"`
	Skips    []string       `json:"skip_messages,omitempty"`
	Warnings []string       `json:"warnings,omitempty"`
	Actors   int            `json:"actors"`
	Edges    int            `json:"edges"`
	Stances  int            `json:"stances"`
	Bytes    int64          `json:"bytes"`
	Seconds  float64        `json:"seconds"`
	// Undated counts the documents used that have no date; FirstDate and
	// LastDate are the days of the earliest and latest dated ones.
	Undated   int    `json:"documents_undated"`
	FirstDate string `json:"first_date,omitempty"`
	LastDate  string `json:"last_date,omitempty"`
	// Outside counts the documents left out by Options.Keep.
	Outside int `json:"documents_outside_period,omitempty"`
}

// countDate adds a used document's date to the summary.
func (s *Summary) countDate(date string) {
	if len(date) < 10 {
		s.Undated++
		return
	}
	day := date[:10]
	if s.FirstDate == "" || day < s.FirstDate {
		s.FirstDate = day
	}
	if day > s.LastDate {
		s.LastDate = day
	}
}

// SkippedTotal is the number of skipped inputs.
func (s *Summary) SkippedTotal() int {
	n := 0
	for _, c := range s.Skipped {
		n += c
	}
	return n
}

// maxSkipMessages bounds the messages kept in a Summary; counts stay exact.
const maxSkipMessages = 200

func (s *Summary) skip(reason string, msg string) {
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
	if len(s.Skips) < maxSkipMessages {
		s.Skips = append(s.Skips, msg)
	}
}

type job struct {
	seq int
	doc extract.Document
}

type result struct {
	seq int
	x   *extract.Extraction
	err error
	doc extract.Document
}

// Run reads the corpus under paths, extracts every document with ex and
// returns the merged graph (nil with Options.SkipGraph) and the run
// summary. Skipped inputs are counted in the summary, not returned as
// errors; the error is for failures that stop the run (ctx cancelled, a
// callback failing).
func Run(ctx context.Context, paths []string, ex *extract.Extractor, opts Options) (*graph.Graph, Summary, error) {
	start := time.Now()
	workers := min(opts.Workers, MaxWorkers)
	if workers <= 0 {
		workers = min(runtime.GOMAXPROCS(0), MaxWorkers)
	}
	sum := Summary{Skipped: map[string]int{}}
	var mu sync.Mutex // guards sum while the reader runs
	copts := opts.Corpus
	copts.OnWarning = func(w corpus.Warning) {
		// Called from the reader goroutine, inside corpus.Next.
		mu.Lock()
		if len(sum.Warnings) < maxSkipMessages {
			sum.Warnings = append(sum.Warnings, w.String())
		}
		mu.Unlock()
	}
	// The reader goroutine closes rd: when ctx is done while it blocks in
	// a read (stdin, a FIFO), Run returns without waiting for it.
	rd := corpus.Open(paths, copts)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, 2*workers)
	results := make(chan result, 2*workers)
	// One builder, fed by the collector below as extractions arrive: the
	// builder's memory is not repeated per worker, and Add's order
	// independence makes the result the same for any number of workers.
	makeGraph := !opts.SkipGraph && opts.OnExtraction == nil
	b := build.NewBuilder(opts.Build)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				x, err := ex.Extract(j.doc)
				select {
				case results <- result{seq: j.seq, x: x, err: err, doc: j.doc}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}

	// Reader: input order, duplicate folding, skip accounting.
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer rd.Close()
		dups := newDeduper()
		seq := 0
		for {
			d, err := rd.Next()
			if errors.Is(err, io.EOF) {
				readErr <- nil
				return
			}
			var se *corpus.SkipError
			if errors.As(err, &se) {
				mu.Lock()
				sum.skip(string(se.Reason), se.Error())
				mu.Unlock()
				continue
			}
			if err != nil {
				readErr <- err
				return
			}
			mu.Lock()
			sum.Read++
			sum.Bytes += int64(len(d.Text))
			mu.Unlock()
			if opts.Keep != nil && !opts.Keep(d) {
				mu.Lock()
				sum.Outside++
				mu.Unlock()
				continue
			}
			if !opts.KeepDuplicates && isDuplicate(dups, d.Text) {
				mu.Lock()
				sum.Folded++
				mu.Unlock()
				continue
			}
			select {
			case jobs <- job{seq: seq, doc: d}:
				seq++
			case <-ctx.Done():
				readErr <- ctx.Err()
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	// Collector: hands extractions to the callback in input order.
	pending := map[int]result{}
	next := 0
	var cbErr error
	deliver := func(r result) {
		if r.err != nil {
			mu.Lock()
			reason := "no-text"
			if !errors.Is(r.err, extract.ErrNoText) {
				reason = "extract-failed"
			}
			sum.skip(reason, fmt.Sprintf("%s: %v", r.doc.ID, r.err))
			mu.Unlock()
			return
		}
		mu.Lock()
		sum.Used++
		sum.countDate(r.doc.Date)
		mu.Unlock()
		if opts.OnExtraction != nil && cbErr == nil {
			if err := opts.OnExtraction(r.x); err != nil {
				cbErr = err
				cancel()
			}
		}
	}
	for {
		var r result
		var ok bool
		select {
		case r, ok = <-results:
		case <-ctx.Done():
			// Cancelled (or a callback failed): return at once, without
			// waiting for a reader that may block or workers busy with a
			// large document; they end when they next look at ctx.
			mu.Lock()
			s := sum.clone()
			mu.Unlock()
			if cbErr != nil {
				return nil, s, cbErr
			}
			return nil, s, ctx.Err()
		}
		if !ok {
			break
		}
		if makeGraph && r.err == nil {
			b.Add(r.x)
			r.x = nil
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			deliver(p)
		}
		if opts.Progress != nil {
			mu.Lock()
			s := sum.clone()
			mu.Unlock()
			opts.Progress(s)
		}
	}
	// Whatever is left arrived out of order after a cancellation.
	rest := make([]int, 0, len(pending))
	for k := range pending {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	for _, k := range rest {
		deliver(pending[k])
	}
	if err := <-readErr; err != nil && cbErr == nil {
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			return nil, sum, err
		}
		return nil, sum, fmt.Errorf("read corpus: %w", err)
	}
	if cbErr != nil {
		return nil, sum, cbErr
	}
	if err := ctx.Err(); err != nil {
		return nil, sum, err
	}
	sum.Seconds = time.Since(start).Seconds()
	if opts.SkipGraph {
		return nil, sum, nil
	}
	b.Fold(sum.Folded)
	if opts.OnExtraction != nil {
		return nil, sum, errors.New("ingest: OnExtraction with a graph is not supported")
	}
	g := b.Finish()
	sum.Actors, sum.Edges, sum.Stances = len(g.Nodes), len(g.Edges), len(g.Stances)
	sum.Seconds = time.Since(start).Seconds()
	return g, sum, nil
}

// clone returns a copy of s that shares nothing with it.
func (s *Summary) clone() Summary {
	c := *s
	c.Skipped = make(map[string]int, len(s.Skipped))
	for k, v := range s.Skipped {
		c.Skipped[k] = v
	}
	c.Skips = slices.Clone(s.Skips)
	c.Warnings = slices.Clone(s.Warnings)
	return c
}

func isDuplicate(dd *deduper, text string) bool {
	kind, _ := dd.check(text)
	return kind != dupNone
}
