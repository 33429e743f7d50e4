package period

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/extract/date"
	"github.com/actorgraph/actorgraph/graph"
)

// Span is a span of days, both ends included. The zero Span is
// unbounded; a bound that is not set is open.
type Span struct {
	Since, Until graph.Day
	// HasSince and HasUntil say which bounds are set.
	HasSince, HasUntil bool
}

// Bounded reports whether the period has a bound.
func (p Span) Bounded() bool { return p.HasSince || p.HasUntil }

// Range returns the bounds, open ones as the smallest and largest Day.
func (p Span) Range() (since, until graph.Day) {
	since, until = math.MinInt32, math.MaxInt32
	if p.HasSince {
		since = p.Since
	}
	if p.HasUntil {
		until = p.Until
	}
	return since, until
}

// Contains reports whether day d is in the period.
func (p Span) Contains(d graph.Day) bool {
	s, u := p.Range()
	return d >= s && d <= u
}

// String returns the period as "2006-01-02..2006-01-02", an open end
// left empty.
func (p Span) String() string {
	var s, u string
	if p.HasSince {
		s = p.Since.String()
	}
	if p.HasUntil {
		u = p.Until.String()
	}
	return s + ".." + u
}

// ErrInvalid is returned (wrapped) for a period or bound that cannot be read.
var ErrInvalid = errors.New("bad period")

// ParseBounds reads --since and --until values ("" for none) into a
// Span. A value is a date in any form package date reads, a month
// ("1987-03") or a year ("1987") — --since takes its first day, --until
// its last — or a span back from ref: "30d", "2w", "3m", "1y" (days,
// weeks, calendar months, years). --since N covers the last N: it starts
// N-1 days (or the month or year less a day) before ref, so that
// "--since 7d" is the seven days ending on ref; --until N ends N before
// ref, so that "--since 14d --until 7d" is the week before the last.
// Commands on a graph measure from its newest document's day, build from
// today.
func ParseBounds(since, until string, ref graph.Day) (Span, error) {
	var p Span
	var err error
	if since != "" {
		if p.Since, err = parseBound(since, ref, false); err != nil {
			return Span{}, fmt.Errorf("--since %s: %w", since, err)
		}
		p.HasSince = true
	}
	if until != "" {
		if p.Until, err = parseBound(until, ref, true); err != nil {
			return Span{}, fmt.Errorf("--until %s: %w", until, err)
		}
		p.HasUntil = true
	}
	if p.HasSince && p.HasUntil && p.Since > p.Until {
		return Span{}, fmt.Errorf("%w: --since %s is after --until %s", ErrInvalid, p.Since, p.Until)
	}
	return p, nil
}

// parseBound reads one bound; end selects the last day of a month or year.
func parseBound(s string, ref graph.Day, end bool) (graph.Day, error) {
	s = strings.TrimSpace(s)
	if back, ok, err := relative(s, ref, end); ok {
		return back, err
	}
	first, last, err := parseSpan(s)
	if err != nil {
		return 0, err
	}
	if end {
		return last, nil
	}
	return first, nil
}

// relative reads a span back from ref ("30d"); ok is false if s is not
// one.
func relative(s string, ref graph.Day, end bool) (graph.Day, bool, error) {
	if len(s) < 2 {
		return 0, false, nil
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil {
		return 0, false, nil
	}
	if n < 0 || n > 100000 {
		return 0, true, fmt.Errorf("%w: %d is not a number of days, weeks, months or years", ErrInvalid, n)
	}
	t := ref.Time()
	switch s[len(s)-1] {
	case 'd':
		t = t.AddDate(0, 0, -n)
	case 'w':
		t = t.AddDate(0, 0, -7*n)
	case 'm':
		t = t.AddDate(0, -n, 0)
	case 'y':
		t = t.AddDate(-n, 0, 0)
	default:
		return 0, false, nil
	}
	d := graph.DayOf(t)
	if !end {
		d++
	}
	return d, true, nil
}

// Parse reads a period argument: a day, a month ("1987-03"), a year
// ("1987"), or two of these joined by ".." ("1987-03-01..1987-03-15",
// "1987-03..1987-04"; an empty side is open).
func Parse(s string) (Span, error) {
	a, b, span := strings.Cut(strings.TrimSpace(s), "..")
	if !span {
		first, last, err := parseSpan(a)
		if err != nil {
			return Span{}, fmt.Errorf("period %q: %w", s, err)
		}
		return Span{Since: first, Until: last, HasSince: true, HasUntil: true}, nil
	}
	var p Span
	if a = strings.TrimSpace(a); a != "" {
		first, _, err := parseSpan(a)
		if err != nil {
			return Span{}, fmt.Errorf("period %q: %w", s, err)
		}
		p.Since, p.HasSince = first, true
	}
	if b = strings.TrimSpace(b); b != "" {
		_, last, err := parseSpan(b)
		if err != nil {
			return Span{}, fmt.Errorf("period %q: %w", s, err)
		}
		p.Until, p.HasUntil = last, true
	}
	if !p.Bounded() {
		return Span{}, fmt.Errorf("%w: %q has no date", ErrInvalid, s)
	}
	if p.HasSince && p.HasUntil && p.Since > p.Until {
		return Span{}, fmt.Errorf("%w: %q ends before it starts", ErrInvalid, s)
	}
	return p, nil
}

// parseSpan reads a year, a month or a date into its first and last day.
func parseSpan(s string) (first, last graph.Day, err error) {
	for _, f := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"Jan 2006", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"January 2006", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
	} {
		if t, perr := time.Parse(f.layout, s); perr == nil {
			return graph.DayOf(t), graph.DayOf(f.next(t)) - 1, nil
		}
	}
	st, perr := date.Parse(s)
	if perr != nil {
		return 0, 0, fmt.Errorf("%w: %q is not a date, month or year (e.g. 1987-03-01, 1987-03, 1987, 30d)", ErrInvalid, s)
	}
	d := graph.DayOf(st.Time)
	return d, d, nil
}

// Newest returns the day of the newest dated document of g; ok is false
// if no document is dated.
func Newest(g *graph.Graph) (day graph.Day, ok bool) {
	for i := range g.Documents {
		if d, dated := g.DocDay(i); dated && (!ok || d > day) {
			day, ok = d, true
		}
	}
	return day, ok
}

// ErrUndated is returned (wrapped) when a period is asked of a graph none
// of whose documents is dated.
var ErrUndated = errors.New("no document of the graph has a date")
