package network

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
)

func TestKShortestPathsMatchesGonum(t *testing.T) {
	tests := []struct {
		name string
		g    *graph.Graph
		k    int
	}{
		{"Random", randomGraph(1, 40, 0.12), 3},
		{"RandomK8", randomGraph(2, 30, 0.2), 8},
		{"Planted", generate.PlantedPartition(200, 4, 600, 0.1, 3), 5},
		{"Preferential", generate.PreferentialAttachment(200, 2, 4), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Project(tt.g, LayerComention)
			for pair := range 10 {
				from, to := pair*3%n.Len(), (pair*7+n.Len()/2)%n.Len()
				got := KShortestPaths(n, from, to, tt.k, 0)
				want := yenGonum(n, from, to, tt.k)
				if len(got) != len(want) {
					t.Fatalf("%d→%d: %d paths, gonum %d", from, to, len(got), len(want))
				}
				for i := range got {
					if math.Abs(got[i].Cost-want[i].Cost) > 1e-9 {
						t.Errorf("%d→%d path %d cost = %v, gonum %v", from, to, i, got[i].Cost, want[i].Cost)
					}
					p := got[i]
					if p.Nodes[0] != from || p.Nodes[len(p.Nodes)-1] != to || p.Hops != len(p.Nodes)-1 {
						t.Errorf("path %v: wrong ends or hops", p)
					}
					if math.Abs(pathCost(n, p.Nodes)-p.Cost) > 1e-12 {
						t.Errorf("path %v: cost %v, edges sum to %v", p.Nodes, p.Cost, pathCost(n, p.Nodes))
					}
					seen := map[int]bool{}
					for _, v := range p.Nodes {
						if seen[v] {
							t.Errorf("path %v has a loop", p.Nodes)
						}
						seen[v] = true
					}
					for j := range i {
						if slices.Equal(got[j].Nodes, p.Nodes) {
							t.Errorf("path %v found twice", p.Nodes)
						}
					}
				}
			}
		})
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

func TestPaths(t *testing.T) {
	n := Project(pathGraph(), LayerComention)
	tests := []struct {
		name        string
		from, to, k int
		maxHops     int
		want        [][]int
	}{
		{"StrongFirst", 0, 4, 3, 0, [][]int{{0, 1, 3, 4}, {0, 2, 3, 4}}},
		{"OnlyOne", 0, 4, 1, 0, [][]int{{0, 1, 3, 4}}},
		{"MaxHops", 0, 3, 3, 2, [][]int{{0, 1, 3}, {0, 2, 3}}},
		{"Unreachable", 0, 5, 3, 0, nil},
		{"Same", 2, 2, 3, 0, [][]int{{2}}},
		{"OutOfRange", 0, 9, 3, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := KShortestPaths(n, tt.from, tt.to, tt.k, tt.maxHops)
			var got [][]int
			for _, p := range ps {
				got = append(got, p.Nodes)
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("KShortestPaths(%d, %d, %d) = %v, want %v", tt.from, tt.to, tt.k, got, tt.want)
			}
		})
	}
	p, ok := FewestHops(n, 0, 4)
	if !ok || p.Hops != 3 || p.Nodes[0] != 0 || p.Nodes[3] != 4 {
		t.Errorf("FewestHops(a, e) = %v, %v; want 3 hops", p, ok)
	}
	if _, ok := FewestHops(n, 0, 5); ok {
		t.Errorf("FewestHops(a, f) found a path, want none")
	}
	if got := (Path{Nodes: []int{0, 1, 3}}).Steps(n); len(got) != 2 || got[1] != (Hop{From: 1, To: 3, Weight: 4}) {
		t.Errorf("Steps = %v", got)
	}
}

// TestKShortestPathsLongChain checks that k shortest paths stay linear in
// the length of the path: on a chain of 100,000 edges (one path only) the
// search took 39 s for k = 5 when each spur rebuilt its root.
func TestKShortestPathsLongChain(t *testing.T) {
	n := chainNetwork(100001)
	start := time.Now()
	for _, k := range []int{1, 5, 100} {
		ps := KShortestPaths(n, 0, n.Len()-1, k, 0)
		if len(ps) != 1 || ps[0].Hops != 100000 {
			t.Fatalf("k=%d: %d paths", k, len(ps))
		}
	}
	if ps := KShortestPaths(n, 0, n.Len()-1, 5, 10); len(ps) != 0 {
		t.Errorf("max 10 hops: %d paths, want none", len(ps))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}
