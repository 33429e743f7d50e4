package query

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/query/period"
)

// ParseDays reads a span of days for sliding windows: "30d", "2w" (a bare
// number is days).
func ParseDays(s string) (int, error) {
	s = strings.TrimSpace(s)
	unit := 1
	switch {
	case strings.HasSuffix(s, "d"):
		s = s[:len(s)-1]
	case strings.HasSuffix(s, "w"):
		s, unit = s[:len(s)-1], 7
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || n > 100000 {
		return 0, fmt.Errorf("%w: %q is not a number of days or weeks (30d, 2w)", period.ErrInvalid, s)
	}
	return n * unit, nil
}

// Window is one period of a series: its days and the graph of its
// documents.
type Window struct {
	Since     string `json:"since"`
	Until     string `json:"until"`
	Documents int    `json:"documents"`
}

// Windows returns the sliding windows of size days, one every step days,
// from the day of the first dated document of q until the window that
// holds the last: DNA's time-window networks, each a period of the graph
// (see Between).
func (q *Graph) Windows(size, step int) ([]period.Span, error) {
	if size <= 0 || step <= 0 {
		return nil, fmt.Errorf("%w: window size and step must be positive", period.ErrInvalid)
	}
	first, last, ok := graph.Day(0), graph.Day(0), false
	for i := range q.Documents {
		if d, dated := q.DocDay(i); dated {
			if !ok || d < first {
				first = d
			}
			if !ok || d > last {
				last = d
			}
			ok = true
		}
	}
	if !ok {
		return nil, fmt.Errorf("%w: windows need dated documents", period.ErrUndated)
	}
	var out []period.Span
	for s := first; ; s += graph.Day(step) {
		out = append(out, period.Span{Since: s, Until: s + graph.Day(size-1), HasSince: true, HasUntil: true})
		if s+graph.Day(size-1) >= last {
			break
		}
	}
	return out, nil
}

// overWindows calls f with the graph of every window, on up to GOMAXPROCS
// goroutines, and returns the results in window order.
func overWindows[R any](q *Graph, ws []period.Span, f func(w *Graph) (R, error)) ([]R, []Window, error) {
	out := make([]R, len(ws))
	meta := make([]Window, len(ws))
	errs := make([]error, len(ws))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ws)) {
		wg.Go(func() {
			for i := range jobs {
				since, until := ws[i].Range()
				g := New(build.Between(q.Graph, since, until, nil), q.Base)
				g.Stdin, g.lexicon, g.ctx = q.Stdin, q.lexicon, q.ctx
				meta[i] = Window{Since: since.String(), Until: until.String(), Documents: len(g.Documents)}
				out[i], errs[i] = f(g)
			}
		})
	}
	for i := range ws {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, nil, fmt.Errorf("window %s: %w", ws[i], err)
		}
	}
	return out, meta, nil
}

// RankWindow is the ranking of one window.
type RankWindow struct {
	Window
	Scores []Rank `json:"scores"`
}

// RankSeries is a ranking over sliding windows.
type RankSeries struct {
	Measure    string       `json:"measure"`
	Layer      string       `json:"layer"`
	WindowDays int          `json:"window_days"`
	StepDays   int          `json:"step_days"`
	Windows    []RankWindow `json:"windows"`
}

// RankWindows ranks the actors of every window of size days, one every
// step days (see Windows and Rank).
func (q *Graph) RankWindows(opts RankOptions, size, step int) (RankSeries, error) {
	ws, err := q.Windows(size, step)
	if err != nil {
		return RankSeries{}, err
	}
	rs, meta, err := overWindows(q, ws, func(w *Graph) (Ranking, error) { return w.Rank(opts) })
	if err != nil {
		return RankSeries{}, err
	}
	s := RankSeries{Measure: string(opts.By), Layer: string(opts.Layer), WindowDays: size, StepDays: step, Windows: make([]RankWindow, len(rs))}
	for i, r := range rs {
		s.Windows[i] = RankWindow{Window: meta[i], Scores: r.Scores}
	}
	return s, nil
}

// PartitionWindow is the communities of one window.
type PartitionWindow struct {
	Window
	Partition
}

// PartitionSeries is the communities over sliding windows.
type PartitionSeries struct {
	Layer      string            `json:"layer"`
	WindowDays int               `json:"window_days"`
	StepDays   int               `json:"step_days"`
	Windows    []PartitionWindow `json:"windows"`
}

// CommunityWindows finds the communities of every window of size days,
// one every step days (see Windows and Communities).
func (q *Graph) CommunityWindows(opts CommunityOptions, size, step int) (PartitionSeries, error) {
	ws, err := q.Windows(size, step)
	if err != nil {
		return PartitionSeries{}, err
	}
	ps, meta, err := overWindows(q, ws, func(w *Graph) (Partition, error) { return w.Communities(opts) })
	if err != nil {
		return PartitionSeries{}, err
	}
	s := PartitionSeries{Layer: string(opts.Layer), WindowDays: size, StepDays: step, Windows: make([]PartitionWindow, len(ps))}
	for i, p := range ps {
		s.Windows[i] = PartitionWindow{Window: meta[i], Partition: p}
	}
	return s, nil
}
