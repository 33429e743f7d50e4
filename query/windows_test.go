package query

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/query/period"
)

func TestWindows(t *testing.T) {
	q := datedGraph(t)
	ws, err := q.Windows(7, 5)
	if err != nil {
		t.Fatal(err)
	}
	first, seen := q.DocDay(0)
	for i := range q.Documents {
		if d, ok := q.DocDay(i); ok && (!seen || d < first) {
			first, seen = d, true
		}
	}
	if ws[0].Since != first || ws[0].Until != first+6 {
		t.Errorf("first window %s, want 7 days from %s", ws[0], first)
	}
	for i := 1; i < len(ws); i++ {
		if ws[i].Since != ws[i-1].Since+5 {
			t.Errorf("window %d starts %s, 5 days after %s expected", i, ws[i].Since, ws[i-1].Since)
		}
	}
	newest, _ := period.Newest(q.Graph)
	if last := ws[len(ws)-1]; last.Until < newest || last.Since > newest {
		t.Errorf("last window %s does not hold the newest day %s", last, newest)
	}
	if _, err := q.Windows(0, 1); err == nil {
		t.Error("a window of 0 days gives no error")
	}
}

func TestRankWindowsEqualPeriods(t *testing.T) {
	q := datedGraph(t)
	opts := RankOptions{By: network.MeasurePageRank, Layer: network.LayerComention, Top: 3}
	s, err := q.RankWindows(opts, 6, 4)
	if err != nil {
		t.Fatal(err)
	}
	ws, _ := q.Windows(6, 4)
	if len(s.Windows) != len(ws) {
		t.Fatalf("%d windows, want %d", len(s.Windows), len(ws))
	}
	for i, w := range ws {
		g, err := q.Between(w)
		if err != nil {
			t.Fatal(err)
		}
		r, err := g.Rank(opts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r.Scores, s.Windows[i].Scores) || s.Windows[i].Documents != len(g.Documents) {
			t.Errorf("window %s: series %+v, the period's ranking %+v", w, s.Windows[i], r.Scores)
		}
	}
	c, err := q.CommunityWindows(CommunityOptions{Layer: network.LayerComention, Resolution: 1, Seed: 1}, 6, 4)
	if err != nil || len(c.Windows) != len(ws) {
		t.Errorf("CommunityWindows: %d windows, %v; want %d", len(c.Windows), err, len(ws))
	}
}

func TestParseDays(t *testing.T) {
	for in, want := range map[string]int{"30d": 30, "2w": 14, "5": 5} {
		if got, err := ParseDays(in); err != nil || got != want {
			t.Errorf("ParseDays(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "0d", "-2w", "3m", "x"} {
		if got, err := ParseDays(bad); err == nil {
			t.Errorf("ParseDays(%q) = %d, want an error", bad, got)
		}
	}
}
