package query

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
	"github.com/actorgraph/actorgraph/graph/network"
)

func TestSelect(t *testing.T) {
	g := pathGraph()
	tests := []struct {
		name string
		sel  func(s *Selection)
		want []string
	}{
		{"All", func(s *Selection) {}, []string{"a", "b", "c", "d", "e", "f"}},
		{"Top2", func(s *Selection) { s.Top, s.By = 2, network.MeasureStrength }, []string{"b", "d"}},
		{"MinWeight", func(s *Selection) { s.MinWeight = 2 }, []string{"a", "b", "d", "e"}},
		{"Focus", func(s *Selection) { s.Focus = 4 }, []string{"d", "e"}},
		{"FocusDepth2Top2", func(s *Selection) { s.Focus, s.Depth, s.Top, s.By = 4, 2, 2, network.MeasureDegree }, []string{"b", "d", "e"}},
		{"TopWithPath", func(s *Selection) { s.Top, s.By, s.PathFrom, s.PathTo = 1, network.MeasureStrength, 2, 4 }, []string{"a", "b", "c", "d", "e"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := DefaultSelection()
			tt.sel(&s)
			sub, err := Select(g, s)
			if err != nil {
				t.Fatal(err)
			}
			if got := nodeNamesOf(sub); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Select(%+v) = %q, want %q", s, got, tt.want)
			}
		})
	}
	bad := DefaultSelection()
	bad.PathFrom = 1
	if _, err := Select(g, bad); err == nil {
		t.Errorf("Select with one path end: want error")
	}
	bad = DefaultSelection()
	bad.Focus = 17
	if _, err := Select(g, bad); err == nil {
		t.Errorf("Select with focus out of range: want error")
	}
}

// pathGraph: a–b strong (weight 4), b–d 4, a–c 1, c–d 1, d–e 2, and f alone.
func pathGraph() *graph.Graph {
	g := generate.FromEdges(6, []graph.Edge{
		{Source: 0, Target: 1, Weight: 4},
		{Source: 1, Target: 3, Weight: 4},
		{Source: 0, Target: 2, Weight: 1},
		{Source: 2, Target: 3, Weight: 1},
		{Source: 3, Target: 4, Weight: 2},
	})
	for i, nm := range []string{"a", "b", "c", "d", "e", "f"} {
		g.Nodes[i].Name = nm
	}
	return g
}

func nodeNamesOf(g *graph.Graph) []string {
	var s []string
	for i, n := range g.Nodes {
		if n.ID != i {
			return []string{"bad id"}
		}
		s = append(s, n.Name)
	}
	return s
}
