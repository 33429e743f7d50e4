package query

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/query/period"
)

// periodOf returns the graph of q between two days.
func periodOf(t *testing.T, q *Graph, since, until string) *Graph {
	t.Helper()
	p, err := period.Parse(since + ".." + until)
	if err != nil {
		t.Fatal(err)
	}
	g, err := q.Between(p)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestCompareConsistent(t *testing.T) {
	q := datedGraph(t)
	before, after := periodOf(t, q, "2025-02-01", "2025-02-09"), periodOf(t, q, "2025-02-10", "2025-02-20")
	d, err := Compare(before, after, [2]string{"a", "b"}, DiffOptions{MinSupport: 2, Top: 100})
	if err != nil {
		t.Fatal(err)
	}
	if d.Before.Documents != len(before.Documents) || d.After.Documents != len(after.Documents) {
		t.Errorf("sides %+v %+v, want %d and %d documents", d.Before, d.After, len(before.Documents), len(after.Documents))
	}
	for _, tc := range d.StrengthenedTies {
		if tc.Change <= 0 || tc.Before == 0 || tc.After == 0 || tc.Before+tc.After < 2 {
			t.Errorf("strengthened tie %+v", tc)
		}
		want := round2(float64(tc.After)*1000/float64(len(after.Documents)) - float64(tc.Before)*1000/float64(len(before.Documents)))
		if diff := tc.Change - want; diff > 0.011 || diff < -0.011 {
			t.Errorf("%s–%s: change %v, want %v", tc.A, tc.B, tc.Change, want)
		}
		if len(tc.Evidence) == 0 {
			t.Errorf("%s–%s: no evidence", tc.A, tc.B)
		}
	}
	for _, tc := range d.WeakenedTies {
		if tc.Change >= 0 || tc.Before == 0 || tc.After == 0 {
			t.Errorf("weakened tie %+v", tc)
		}
	}
	for _, tc := range d.AppearedTies {
		if tc.Before != 0 || tc.After == 0 {
			t.Errorf("appeared tie %+v", tc)
		}
	}
	for _, f := range d.StanceFlips {
		if nb, na := f.Before.Support-f.Before.Opposition, f.After.Support-f.After.Opposition; nb*na >= 0 {
			t.Errorf("flip %+v does not change sign", f)
		}
	}
	for _, r := range d.RankShifts {
		if r.Shift != r.Before-r.After || r.Shift == 0 {
			t.Errorf("rank shift %+v", r)
		}
	}
	// Comparing a period with itself finds no change.
	same, err := Compare(before, before, [2]string{"a", "a"}, DiffOptions{MinSupport: 1})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(same.AppearedActors) + len(same.VanishedActors) + len(same.AppearedTies) + len(same.VanishedTies) +
		len(same.StrengthenedTies) + len(same.WeakenedTies) + len(same.StanceFlips) + len(same.RankShifts) + len(same.CommunityChanges); n != 0 {
		t.Errorf("a period compared with itself has %d changes: %+v", n, same)
	}
}

func TestCompareAppearedVanished(t *testing.T) {
	xs := graphtest.DatedExtractions(40, 2)
	b := build.NewBuilder(build.BuildOptions{})
	for _, x := range xs {
		b.Add(x)
	}
	full := New(b.Graph(), "")
	empty := periodOf(t, full, "1990-01-01", "1990-01-02")
	d, err := Compare(empty, full, [2]string{"none", "all"}, DiffOptions{MinSupport: 1, Top: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.VanishedActors) != 0 || len(d.VanishedTies) != 0 {
		t.Errorf("from an empty period: %d actors and %d ties vanished", len(d.VanishedActors), len(d.VanishedTies))
	}
	if len(d.AppearedActors) != len(full.Nodes) {
		t.Errorf("%d actors appeared, want all %d", len(d.AppearedActors), len(full.Nodes))
	}
}

func TestParsePeriodAndBounds(t *testing.T) {
	ref, _ := graph.ParseDay("1987-04-30")
	tests := []struct{ since, until, want string }{
		{"1987-03", "1987-03", "1987-03-01..1987-03-31"},
		{"1987", "", "1987-01-01.."},
		{"", "1987-02", "..1987-02-28"},
		{"7d", "", "1987-04-24.."},
		{"2w", "1w", "1987-04-17..1987-04-23"},
		{"1m", "", "1987-03-31.."},
		{"Mar 5, 1987", "26-MAR-1987", "1987-03-05..1987-03-26"},
	}
	for _, tt := range tests {
		p, err := period.ParseBounds(tt.since, tt.until, ref)
		if err != nil || p.String() != tt.want {
			t.Errorf("period.ParseBounds(%q, %q) = %s, %v; want %s", tt.since, tt.until, p, err, tt.want)
		}
	}
	for _, bad := range [][2]string{{"soon", ""}, {"1987-04", "1987-03"}, {"", "-3d"}} {
		if p, err := period.ParseBounds(bad[0], bad[1], ref); err == nil {
			t.Errorf("period.ParseBounds(%q, %q) = %s, want an error", bad[0], bad[1], p)
		}
	}
	periods := []struct{ in, want string }{
		{"1987-03", "1987-03-01..1987-03-31"},
		{"1987-03-01..1987-03-15", "1987-03-01..1987-03-15"},
		{"1987-03..1987-04", "1987-03-01..1987-04-30"},
		{"1987-03-05", "1987-03-05..1987-03-05"},
		{"..1987-03", "..1987-03-31"},
	}
	for _, tt := range periods {
		p, err := period.Parse(tt.in)
		if err != nil || p.String() != tt.want {
			t.Errorf("period.Parse(%q) = %s, %v; want %s", tt.in, p, err, tt.want)
		}
	}
	for _, bad := range []string{"", "..", "1987-04..1987-03", "March"} {
		if p, err := period.Parse(bad); err == nil {
			t.Errorf("period.Parse(%q) = %s, want an error", bad, p)
		}
	}
}

func TestFormsPerDocumentShortForms(t *testing.T) {
	g := &graph.Graph{Nodes: []graph.Node{
		graph.Node{ID: 0, Name: "Laura Bennett", Key: "laura bennett"}.WithTime(graph.NodeTime{Merged: []graph.MergedActor{{Key: "bennett\x1fd1"}, {Key: "bennett\x1fd2"}}}),
		graph.Node{ID: 1, Name: "Ann Smith", Key: "ann smith"}.WithTime(graph.NodeTime{Merged: []graph.MergedActor{{Key: "smith\x1fd1"}}}),
		graph.Node{ID: 2, Name: "Bob Smith", Key: "bob smith"}.WithTime(graph.NodeTime{Merged: []graph.MergedActor{{Key: "smith\x1fd3"}}}),
		{ID: 3, Name: "Lind", Key: "lind"},
		graph.Node{ID: 4, Name: "Eva Lind", Key: "eva lind"}.WithTime(graph.NodeTime{Merged: []graph.MergedActor{{Key: "lind\x1fd4"}}}),
	}}
	f := New(g, "").Forms()
	tests := []struct {
		key, want string
		ok        bool
	}{
		{"bennett\x1fd1", "laura bennett", true},
		{"bennett", "laura bennett", true}, // every document's form went to one actor
		{"smith", "", false},               // forms of two actors
		{"lind", "", false},                // an actor of its own
	}
	for _, tt := range tests {
		if got, ok := f[tt.key]; ok != tt.ok || got != tt.want {
			t.Errorf("Forms()[%q] = %q, %v; want %q, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
}

// TestSentenceScoreDeterministic checks that a sentence's score does not
// depend on the order in which a map yields its words: with weights whose
// float sum depends on the order, every call must give the same bits.
func TestSentenceScoreDeterministic(t *testing.T) {
	text := "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima"
	weight := map[string]float64{"alpha": 1e16, "bravo": 1, "charlie": -1e16, "delta": 1, "echo": 0.1,
		"foxtrot": 0.2, "golf": 0.3, "hotel": 1e-3, "india": 3.3, "juliet": 1e15, "kilo": -1e15, "lima": 0.7}
	want := sentenceScore(text, weight)
	for range 200 {
		if got := sentenceScore(text, weight); got != want {
			t.Fatalf("sentenceScore = %v, then %v", want, got)
		}
	}
}
