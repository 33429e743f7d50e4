package graph_test

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
)

func TestSubgraph(t *testing.T) {
	g := twoCamps()
	g.Stances = []graph.Stance{{Source: 4, Target: 0, Negative: 2}, {Source: 0, Target: 1, Positive: 1}}
	g.Statements[0].Targets = []int{4, 1}
	s := graph.Subgraph(g, []int{4, 0, 0, 99, 1})
	if got, want := nodeNamesOf(s), []string{"a", "b", "e"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("nodes = %q, want %q", got, want)
	}
	if got, want := edgeSummary(s), []string{"a–b:1", "a–e:1", "b–e:1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("edges = %q, want %q", got, want)
	}
	if got, want := s.Stances, []graph.Stance{{Source: 0, Target: 1, Positive: 1}, {Source: 2, Target: 0, Negative: 2}}; !reflect.DeepEqual(got, want) {
		t.Errorf("stances = %+v, want %+v", got, want)
	}
	if len(s.Statements) != 3 || !reflect.DeepEqual(s.Statements[0].Targets, []int{2, 1}) || s.Statements[2].Speaker != 2 {
		t.Errorf("statements = %+v", s.Statements)
	}
	if g.Nodes[4].ID != 4 {
		t.Errorf("Subgraph changed its input")
	}
}

// twoCamps is a discourse graph: a, b, c agree on issue X and d, e, f
// oppose it; everyone is co-mentioned with everyone.
func twoCamps() *graph.Graph {
	var ed []graph.Edge
	for u := range 6 {
		for v := u + 1; v < 6; v++ {
			ed = append(ed, graph.Edge{Source: u, Target: v, Weight: 1})
		}
	}
	g := generate.FromEdges(6, ed)
	for i, nm := range []string{"a", "b", "c", "d", "e", "f"} {
		g.Nodes[i].Name = nm
	}
	for s := range 6 {
		pol := 1
		if s >= 3 {
			pol = -1
		}
		g.Statements = append(g.Statements, graph.Statement{Speaker: s, Polarity: pol, Issue: "X", Targets: []int{}})
	}
	return g
}

// edgeSummary lists edges as "a–b:w" with names, in edge order.
func edgeSummary(g *graph.Graph) []string {
	var s []string
	for _, e := range g.Edges {
		s = append(s, g.Nodes[e.Source].Name+"–"+g.Nodes[e.Target].Name+":"+strconv.Itoa(e.Weight))
	}
	return s
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
