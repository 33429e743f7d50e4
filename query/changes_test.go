package query

import (
	"strings"
	"testing"
)

func TestNewChangesAndFigure(t *testing.T) {
	q := datedGraph(t)
	before, after := periodOf(t, q, "2025-02-01", "2025-02-07"), periodOf(t, q, "2025-02-08", "2025-02-20")
	ch := NewChanges(before, after, 1, "early February", q.Forms())
	match := matchActors(after.Graph, before.Graph, q.Forms())
	for _, tie := range ch.NewTies {
		u, v := match[tie[0]], match[tie[1]]
		if _, had := before.EdgeBetween(u, v); u >= 0 && v >= 0 && had {
			t.Errorf("tie %s–%s is called new but the earlier period has it", after.Nodes[tie[0]].Name, after.Nodes[tie[1]].Name)
		}
	}
	for _, f := range ch.Flips {
		if f.Before*f.After >= 0 {
			t.Errorf("flip %+v does not change sign", f)
		}
	}
	opts := FigureOptions{Selection: DefaultSelection(), SizeBy: "pagerank", Seed: 1, Changes: &ch}
	fig, err := after.Figure(opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fig.Diagram.Note, "highlighted against early February") {
		t.Errorf("note %q does not say what is highlighted", fig.Diagram.Note)
	}
	marked := 0
	for _, e := range fig.Diagram.Edges {
		if e.Highlight {
			marked++
		}
	}
	if marked != len(ch.NewTies)+len(ch.Flips) {
		t.Errorf("%d edges highlighted, want %d new ties and %d flips", marked, len(ch.NewTies), len(ch.Flips))
	}
}
