package network

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
)

// layerEdges lists a network's edges as [u, v, weight] with u < v.
func layerEdges(n *Network) [][3]float64 {
	var out [][3]float64
	for u := range n.Len() {
		adj, w := n.Neighbors(u)
		for i, v := range adj {
			if int(v) > u {
				out = append(out, [3]float64{float64(u), float64(v), w[i]})
			}
		}
	}
	return out
}

func TestProjectLayers(t *testing.T) {
	g := generate.FromEdges(4, []graph.Edge{{Source: 0, Target: 1, Weight: 3}, {Source: 2, Target: 3, Weight: 1}})
	g.Stances = []graph.Stance{
		{Source: 1, Target: 0, Positive: 1, Negative: 1, Neutral: 1},
		{Source: 0, Target: 1, Negative: 2},
		{Source: 3, Target: 0, Positive: 1},
	}
	g.Statements = []graph.Statement{
		{Speaker: 0, Polarity: 1, Issue: "ceasefire"},
		{Speaker: 0, Polarity: 1, Issue: "ceasefire"}, // repeats count once
		{Speaker: 1, Polarity: 1, Issue: "ceasefire"},
		{Speaker: 2, Polarity: -1, Issue: "ceasefire"},
		{Speaker: 3, Polarity: 0, Issue: "ceasefire"}, // neutral: ignored
		{Speaker: 1, Polarity: -1, Targets: []int{3}}, // no issue: concept is the target
		{Speaker: 2, Polarity: -1, Targets: []int{3}},
		{Speaker: 0, Polarity: 1, Targets: []int{3}},
	}
	tests := []struct {
		layer Layer
		want  [][3]float64
	}{
		{LayerComention, [][3]float64{{0, 1, 3}, {2, 3, 1}}},
		{LayerStance, [][3]float64{{0, 1, 5}, {0, 3, 1}}},
		{LayerCombined, [][3]float64{{0, 1, 8}, {0, 3, 1}, {2, 3, 1}}},
		{LayerCongruence, [][3]float64{{0, 1, 1}, {1, 2, 1}}},
		{LayerConflict, [][3]float64{{0, 1, 1}, {0, 2, 2}, {1, 2, 1}}},
	}
	for _, tt := range tests {
		t.Run(string(tt.layer), func(t *testing.T) {
			n := Project(g, tt.layer)
			if got := layerEdges(n); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Project(%s) = %v, want %v", tt.layer, got, tt.want)
			}
			if n.Layer != tt.layer {
				t.Errorf("Layer = %q", n.Layer)
			}
		})
	}
	s := ProjectSigned(g, LayerStance)
	if got, want := layerEdges(s), [][3]float64{{0, 1, 1}, {0, 3, 1}}; !reflect.DeepEqual(got, want) {
		t.Errorf("signed stance positive = %v, want %v", got, want)
	}
	if got, want := layerEdges(s.Negative()), [][3]float64{{0, 1, 3}}; !reflect.DeepEqual(got, want) {
		t.Errorf("signed stance negative = %v, want %v", got, want)
	}
}

func TestNetworkCSR(t *testing.T) {
	g := generate.FromEdges(5, []graph.Edge{{Source: 3, Target: 1, Weight: 2}, {Source: 0, Target: 4, Weight: 1}, {Source: 1, Target: 4, Weight: 5}, {Source: 1, Target: 3, Weight: 1}})
	n := Project(g, LayerComention)
	if n.Len() != 5 || n.Edges() != 3 {
		t.Fatalf("Len, Edges = %d, %d; want 5, 3", n.Len(), n.Edges())
	}
	adj, w := n.Neighbors(1)
	if !reflect.DeepEqual(adj, []int32{3, 4}) || !reflect.DeepEqual(w, []float64{3, 5}) {
		t.Errorf("Neighbors(1) = %v %v, want [3 4] [3 5]", adj, w)
	}
	if x, ok := n.Weight(4, 1); !ok || x != 5 {
		t.Errorf("Weight(4, 1) = %v, %v", x, ok)
	}
	if _, ok := n.Weight(2, 1); ok {
		t.Errorf("Weight(2, 1) exists")
	}
	if n.Degree(1) != 2 || n.Strength(1) != 8 || n.Degree(2) != 0 {
		t.Errorf("Degree(1), Strength(1), Degree(2) = %d, %v, %d", n.Degree(1), n.Strength(1), n.Degree(2))
	}
	if Distance(4) != 0.25 {
		t.Errorf("Distance(4) = %v", Distance(4))
	}
}

func TestEdgeBetween(t *testing.T) {
	sorted := &graph.Graph{Edges: []graph.Edge{{Source: 0, Target: 1}, {Source: 0, Target: 3}, {Source: 1, Target: 2}, {Source: 2, Target: 3}}}
	unsorted := &graph.Graph{Edges: []graph.Edge{{Source: 2, Target: 3}, {Source: 3, Target: 0}, {Source: 1, Target: 2}}}
	tests := []struct {
		name string
		g    *graph.Graph
		u, v int
		want int
		ok   bool
	}{
		{"Sorted", sorted, 1, 2, 2, true},
		{"SortedReversed", sorted, 3, 0, 1, true},
		{"SortedMissing", sorted, 1, 3, -1, false},
		{"UnsortedScan", unsorted, 0, 3, 1, true},
		{"UnsortedMissing", unsorted, 0, 1, -1, false},
		{"Empty", &graph.Graph{}, 0, 1, -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.g.EdgeBetween(tt.u, tt.v)
			if got != tt.want || ok != tt.ok {
				t.Errorf("EdgeBetween(%d, %d) = %d, %v; want %d, %v", tt.u, tt.v, got, ok, tt.want, tt.ok)
			}
		})
	}
}
