package network

import (
	"math"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// gonumView presents a Network to gonum's algorithms without copying it:
// it implements gonum's graph.WeightedUndirected over the CSR arrays. When
// cost is set, Weight returns Distance(strength), the cost gonum's path
// algorithms expect; otherwise it returns the strength itself.
type gonumView struct {
	n    *Network
	cost bool
}

var _ gg.WeightedUndirected = gonumView{}

func (v gonumView) valid(id int64) bool { return id >= 0 && id < int64(v.n.Len()) }

// Node implements gonum's graph.Graph.
func (v gonumView) Node(id int64) gg.Node {
	if !v.valid(id) {
		return nil
	}
	return simple.Node(id)
}

// Nodes implements gonum's graph.Graph.
func (v gonumView) Nodes() gg.Nodes {
	if v.n.Len() == 0 {
		return gg.Empty
	}
	return iterator.NewImplicitNodes(0, v.n.Len(), func(id int) gg.Node { return simple.Node(id) })
}

// From implements gonum's graph.Graph.
func (v gonumView) From(id int64) gg.Nodes {
	if !v.valid(id) {
		return gg.Empty
	}
	adj, _ := v.n.Neighbors(int(id))
	if len(adj) == 0 {
		return gg.Empty
	}
	return &rowNodes{adj: adj, i: -1}
}

// HasEdgeBetween implements gonum's graph.Graph.
func (v gonumView) HasEdgeBetween(x, y int64) bool {
	_, ok := v.Weight(x, y)
	return ok && x != y
}

// Edge implements gonum's graph.Graph.
func (v gonumView) Edge(u, w int64) gg.Edge { return v.WeightedEdge(u, w) }

// EdgeBetween implements gonum's graph.Undirected.
func (v gonumView) EdgeBetween(x, y int64) gg.Edge { return v.WeightedEdge(x, y) }

// WeightedEdgeBetween implements gonum's graph.WeightedUndirected.
func (v gonumView) WeightedEdgeBetween(x, y int64) gg.WeightedEdge { return v.WeightedEdge(x, y) }

// WeightedEdge implements gonum's graph.Weighted.
func (v gonumView) WeightedEdge(u, w int64) gg.WeightedEdge {
	if u == w {
		return nil
	}
	wt, ok := v.Weight(u, w)
	if !ok {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(u), T: simple.Node(w), W: wt}
}

// Weight implements gonum's graph.Weighted: 0 for a node with itself, and
// false when there is no edge.
func (v gonumView) Weight(x, y int64) (float64, bool) {
	if !v.valid(x) || !v.valid(y) {
		return 0, false
	}
	if x == y {
		return 0, true
	}
	w, ok := v.n.Weight(int(x), int(y))
	if !ok {
		return 0, false
	}
	if v.cost {
		return Distance(w), true
	}
	return w, true
}

// rowNodes iterates over one CSR row as gonum nodes.
type rowNodes struct {
	adj []int32
	i   int
}

func (r *rowNodes) Next() bool {
	if r.i+1 >= len(r.adj) {
		r.i = len(r.adj)
		return false
	}
	r.i++
	return true
}

func (r *rowNodes) Len() int {
	if r.i >= len(r.adj) {
		return 0
	}
	return len(r.adj) - r.i - 1
}

func (r *rowNodes) Reset() { r.i = -1 }

func (r *rowNodes) Node() gg.Node {
	if r.i < 0 || r.i >= len(r.adj) {
		return nil
	}
	return simple.Node(r.adj[r.i])
}

// yenGonum finds k shortest paths with gonum's path.YenKShortestPaths over a
// view of the network.
func yenGonum(n *Network, from, to, k int) []Path {
	view := gonumView{n: n, cost: true}
	raw := path.YenKShortestPaths(view, k, math.Inf(1), simple.Node(from), simple.Node(to))
	ps := make([]Path, 0, len(raw))
	for _, r := range raw {
		p := Path{Nodes: make([]int, len(r)), Hops: len(r) - 1}
		for i, v := range r {
			p.Nodes[i] = int(v.ID())
		}
		p.Cost = pathCost(n, p.Nodes)
		ps = append(ps, p)
	}
	return ps
}
