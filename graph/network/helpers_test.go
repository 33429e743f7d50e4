package network

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// randomGraph returns a G(n, p) graph with weights drawn from {1, 2, 4}
// (generate.Gnp), so that sums of Distance are exact in floating point and
// shortest-path ties are the same for gonum and for this package.
func randomGraph(seed uint64, n int, p float64) *graph.Graph { return generate.Gnp(n, p, seed) }

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
