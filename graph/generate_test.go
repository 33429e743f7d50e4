package graph

import (
	"bytes"
	"math/rand/v2"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// randomGraph returns a G(n, p) graph with weights drawn from {1, 2, 4}, so
// that sums of Distance are exact in floating point and shortest-path ties
// are the same for gonum and for this package.
func randomGraph(seed uint64, n int, p float64) *Graph {
	rng := rand.New(rand.NewPCG(seed, 3))
	var ed []Edge
	for u := range n {
		for v := u + 1; v < n; v++ {
			if rng.Float64() < p {
				ed = append(ed, Edge{Source: u, Target: v, Weight: 1 << rng.IntN(3)})
			}
		}
	}
	return generated(n, ed)
}

// gonumCopy copies a network into a gonum weighted undirected graph with
// weights transformed by f.
func gonumCopy(n *Network, f func(float64) float64) *simple.WeightedUndirectedGraph {
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for u := range n.Len() {
		g.AddNode(simple.Node(u))
	}
	for u := range n.Len() {
		adj, w := n.Neighbors(u)
		for i, v := range adj {
			if int(v) > u {
				g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: f(w[i])})
			}
		}
	}
	return g
}

var _ gg.WeightedUndirected = (*simple.WeightedUndirectedGraph)(nil)

func TestGenerators(t *testing.T) {
	tests := []struct {
		name     string
		g        *Graph
		nodes    int
		minEdges int
		maxEdges int
	}{
		{"Planted", PlantedPartition(1000, 10, 5000, 0.1, 1), 1000, 4500, 5000},
		{"Preferential", PreferentialAttachment(1000, 5, 1), 1000, 4900, 5000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(tt.g.Nodes); got != tt.nodes {
				t.Errorf("nodes = %d, want %d", got, tt.nodes)
			}
			if got := len(tt.g.Edges); got < tt.minEdges || got > tt.maxEdges {
				t.Errorf("edges = %d, want %d..%d", got, tt.minEdges, tt.maxEdges)
			}
			for i, e := range tt.g.Edges {
				if e.Source >= e.Target || e.Weight < 1 {
					t.Fatalf("edge %d = %+v, want Source < Target and Weight >= 1", i, e)
				}
				if i > 0 && (tt.g.Edges[i-1].Source > e.Source || tt.g.Edges[i-1].Source == e.Source && tt.g.Edges[i-1].Target >= e.Target) {
					t.Fatalf("edges not sorted and unique at %d", i)
				}
			}
		})
	}
	a, b := PreferentialAttachment(500, 3, 7), PreferentialAttachment(500, 3, 7)
	var ba, bb bytes.Buffer
	if err := WriteEdgeList(&ba, a); err != nil {
		t.Fatal(err)
	}
	if err := WriteEdgeList(&bb, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ba.Bytes(), bb.Bytes()) {
		t.Errorf("PreferentialAttachment with the same seed gave different graphs")
	}
}

func TestWriteEdgeListRoundTrip(t *testing.T) {
	g := PlantedPartition(300, 5, 1200, 0.2, 9)
	g.Nodes[3].Name = `a "quoted", name #3`
	// keep names sorted for the comparison below
	var buf bytes.Buffer
	if err := WriteEdgeList(&buf, g); err != nil {
		t.Fatal(err)
	}
	h, err := ReadEdgeList(&buf, "roundtrip")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Nodes) != len(g.Nodes) || len(h.Edges) != len(g.Edges) {
		t.Fatalf("read %d nodes %d edges, want %d and %d", len(h.Nodes), len(h.Edges), len(g.Nodes), len(g.Edges))
	}
	total := func(g *Graph) (s int) {
		for _, e := range g.Edges {
			s += e.Weight
		}
		return s
	}
	if got, want := total(h), total(g); got != want {
		t.Errorf("total weight = %d, want %d", got, want)
	}
	found := false
	for _, n := range h.Nodes {
		found = found || n.Name == `a "quoted", name #3`
	}
	if !found {
		t.Errorf("ReadEdgeList lost the quoted name")
	}
}
