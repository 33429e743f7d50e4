package period

import (
	"errors"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func day(t *testing.T, s string) graph.Day {
	t.Helper()
	d, ok := graph.ParseDay(s)
	if !ok {
		t.Fatalf("bad day %q", s)
	}
	return d
}

func TestParse(t *testing.T) {
	tests := []struct {
		in           string
		since, until string // "" for open
		bad          bool
	}{
		{in: "1987-03", since: "1987-03-01", until: "1987-03-31"},
		{in: "1987", since: "1987-01-01", until: "1987-12-31"},
		{in: "1987-03-05", since: "1987-03-05", until: "1987-03-05"},
		{in: "1987-03..1987-04", since: "1987-03-01", until: "1987-04-30"},
		{in: "1987-03..", since: "1987-03-01"},
		{in: "..1987-04", until: "1987-04-30"},
		{in: "..", bad: true},
		{in: "1987-04..1987-03", bad: true},
		{in: "March", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := Parse(tt.in)
			if tt.bad {
				if err == nil {
					t.Fatalf("Parse(%q) = %v, want an error", tt.in, p)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.HasSince != (tt.since != "") || p.HasUntil != (tt.until != "") ||
				tt.since != "" && p.Since != day(t, tt.since) || tt.until != "" && p.Until != day(t, tt.until) {
				t.Errorf("Parse(%q) = %+v", tt.in, p)
			}
		})
	}
}

func TestParseBounds(t *testing.T) {
	ref := day(t, "2025-03-31")
	tests := []struct {
		since, until string
		from, to     string
		bad          bool
	}{
		{since: "2025-02", until: "2025-02", from: "2025-02-01", to: "2025-02-28"},
		{since: "30d", from: "2025-03-02"},
		{since: "2w", from: "2025-03-18"},
		{since: "2025-03", until: "2025-02", bad: true},
		{since: "soon", bad: true},
	}
	for _, tt := range tests {
		p, err := ParseBounds(tt.since, tt.until, ref)
		if tt.bad {
			if err == nil {
				t.Errorf("ParseBounds(%q, %q) = %v, want an error", tt.since, tt.until, p)
			} else if !errors.Is(err, ErrInvalid) && tt.since != "soon" {
				t.Errorf("ParseBounds(%q, %q): %v is no ErrInvalid", tt.since, tt.until, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseBounds(%q, %q): %v", tt.since, tt.until, err)
			continue
		}
		if tt.from != "" && p.Since != day(t, tt.from) || tt.to != "" && p.Until != day(t, tt.to) {
			t.Errorf("ParseBounds(%q, %q) = %v, want %s to %s", tt.since, tt.until, p, tt.from, tt.to)
		}
		if !p.Contains(day(t, max(tt.from, "2025-03-20"))) && tt.to == "" {
			t.Errorf("%v does not contain its own days", p)
		}
	}
}

func TestNewest(t *testing.T) {
	g := &graph.Graph{Documents: []graph.DocRef{{Date: "2025-01-02"}, {}, {Date: "2025-02-03T10:00:00"}}}
	if d, ok := Newest(g); !ok || d != day(t, "2025-02-03") {
		t.Errorf("Newest = %v, %v", d, ok)
	}
	if _, ok := Newest(&graph.Graph{Documents: []graph.DocRef{{}}}); ok {
		t.Error("an undated graph has a newest day")
	}
}
