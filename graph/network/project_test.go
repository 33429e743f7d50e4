package network

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
)

// TestSortedComention checks that the co-mention network built straight
// from sorted edges is the one fromEdges builds, and that any other edge
// list goes to fromEdges.
func TestSortedComention(t *testing.T) {
	nodes := func(n int) []graph.Node {
		out := make([]graph.Node, n)
		for i := range out {
			out[i] = graph.Node{ID: i, Name: string(rune('a' + i))}
		}
		return out
	}
	tests := []struct {
		name   string
		g      *graph.Graph
		direct bool
	}{
		{"generated", generate.PlantedPartition(500, 10, 2500, 0.2, 1), true},
		{"preferential", generate.PreferentialAttachment(300, 3, 2), true},
		{"empty", &graph.Graph{Nodes: nodes(3)}, true},
		{"sorted", &graph.Graph{Nodes: nodes(4), Edges: []graph.Edge{{Source: 0, Target: 1, Weight: 2}, {Source: 0, Target: 3, Weight: 1}, {Source: 2, Target: 3, Weight: 5}}}, true},
		{"unsorted", &graph.Graph{Nodes: nodes(4), Edges: []graph.Edge{{Source: 2, Target: 3, Weight: 5}, {Source: 0, Target: 1, Weight: 2}}}, false},
		{"reversed pair", &graph.Graph{Nodes: nodes(3), Edges: []graph.Edge{{Source: 1, Target: 0, Weight: 1}}}, false},
		{"repeated pair", &graph.Graph{Nodes: nodes(3), Edges: []graph.Edge{{Source: 0, Target: 1, Weight: 1}, {Source: 0, Target: 1, Weight: 2}}}, false},
		{"self-loop", &graph.Graph{Nodes: nodes(3), Edges: []graph.Edge{{Source: 1, Target: 1, Weight: 1}}}, false},
		{"zero weight", &graph.Graph{Nodes: nodes(3), Edges: []graph.Edge{{Source: 0, Target: 1}}}, false},
		{"unknown node", &graph.Graph{Nodes: nodes(2), Edges: []graph.Edge{{Source: 0, Target: 2, Weight: 1}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := fromEdges(nodeNames(tt.g), comentionEdges(tt.g))
			want.Layer = LayerComention
			got := sortedComention(tt.g)
			if (got != nil) != tt.direct {
				t.Fatalf("built directly: %v, want %v", got != nil, tt.direct)
			}
			if got != nil && !reflect.DeepEqual(got, want) {
				t.Fatalf("network differs from fromEdges':\n got %+v\nwant %+v", got, want)
			}
			if p := Project(tt.g, LayerComention); !reflect.DeepEqual(p, want) {
				t.Fatalf("Project differs from fromEdges':\n got %+v\nwant %+v", p, want)
			}
		})
	}
}

// BenchmarkProject projects the co-mention layer of generated graphs,
// whose edges are sorted as graph files keep them (sortedComention), and,
// for comparison, through the general build (fromEdges).
func BenchmarkProject(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		if n > 10000 && testing.Short() {
			continue
		}
		g := generate.PlantedPartition(n, n/100, 5*n, 0.2, 1)
		b.Run(fmt.Sprintf("sorted_%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Project(g, LayerComention)
			}
		})
		b.Run(fmt.Sprintf("general_%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				fromEdges(nodeNames(g), comentionEdges(g))
			}
		})
	}
}
