package network

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Network is a compact weighted undirected view of one layer of a Graph,
// the representation every analysis in this package runs on.
//
// It is a compressed sparse row (CSR) adjacency: the neighbours of node u
// are Adj[Offsets[u]:Offsets[u+1]], sorted ascending, with the matching
// strengths in Weights. Node ids are Node.ID of the graph, so that every node
// of the graph is present, isolated ones included. Each undirected edge is
// stored twice (once in each row) and there are no self-loops. An edge costs
// 12 bytes per direction, against about 165 bytes per edge for a gonum
// simple.WeightedUndirectedGraph.
//
// Weights are strengths (how strongly two actors are tied); path algorithms
// convert them to costs with Distance.
type Network struct {
	// Layer is the relation the network was projected from.
	Layer Layer
	// Names holds the node names, indexed by node id.
	Names   []string
	Offsets []int32
	Adj     []int32
	Weights []float64

	// neg is the negative layer of a signed network (see ProjectSigned),
	// nil otherwise.
	neg *Network
}

// Len returns the number of nodes.
func (n *Network) Len() int { return len(n.Names) }

// Edges returns the number of undirected edges.
func (n *Network) Edges() int { return len(n.Adj) / 2 }

// Neighbors returns the sorted neighbours of u and their weights. The slices
// alias the network and must not be modified.
func (n *Network) Neighbors(u int) ([]int32, []float64) {
	lo, hi := n.Offsets[u], n.Offsets[u+1]
	return n.Adj[lo:hi], n.Weights[lo:hi]
}

// Weight returns the weight of the edge u–v and whether it exists.
func (n *Network) Weight(u, v int) (float64, bool) {
	adj, w := n.Neighbors(u)
	i, ok := slices.BinarySearch(adj, int32(v))
	if !ok {
		return 0, false
	}
	return w[i], true
}

// Degree returns the number of neighbours of u.
func (n *Network) Degree(u int) int { return int(n.Offsets[u+1] - n.Offsets[u]) }

// Strength returns the sum of the weights of the edges of u.
func (n *Network) Strength(u int) float64 {
	var s float64
	_, w := n.Neighbors(u)
	for _, x := range w {
		s += x
	}
	return s
}

// Signed reports whether the network carries a negative layer.
func (n *Network) Signed() bool { return n.neg != nil }

// Negative returns the negative layer of a signed network, or nil.
func (n *Network) Negative() *Network { return n.neg }

// Distance converts an edge strength into a path cost: 1/weight. It is the
// one place in actorgraph where strength becomes distance, so that two
// actors mentioned together often are close. Shortest paths, betweenness
// and closeness all use it.
func Distance(weight float64) float64 { return 1 / weight }

// Project builds the network of one layer of g. Weights per layer:
//
//   - LayerComention: Edge.Weight, the number of shared windows.
//   - LayerStance: Stance.Total() summed over both directions; direction
//     and polarity are dropped.
//   - LayerCongruence, LayerConflict: discourse network analysis (Leifeld's
//     Discourse Network Analyzer), see Congruence.
//   - LayerCombined: co-mention plus stance weights.
//
// An unknown layer projects as LayerComention. Self-loops and edges of
// weight 0 are dropped.
func Project(g *graph.Graph, layer Layer) *Network {
	var ed []wedge
	switch layer {
	case LayerStance:
		ed = stanceEdges(g, func(s graph.Stance) int { return s.Total() })
	case LayerCongruence:
		ed, _ = discourseEdges(g)
	case LayerConflict:
		_, ed = discourseEdges(g)
	case LayerCombined:
		ed = append(comentionEdges(g), stanceEdges(g, func(s graph.Stance) int { return s.Total() })...)
	default:
		if n := sortedComention(g); n != nil {
			return n
		}
		layer = LayerComention
		ed = comentionEdges(g)
	}
	n := fromEdges(nodeNames(g), ed)
	n.Layer = layer
	return n
}

// ProjectSigned builds a signed network for the signed community mode: the
// returned network is the positive layer and Negative() the negative one.
//
//   - LayerCongruence or LayerConflict: congruence is positive, conflict
//     negative (Leifeld's discourse network, see Congruence).
//   - LayerStance: Stance.Positive counts are positive and Stance.Negative
//     counts negative, direction dropped; neutral statements are left out.
//   - LayerComention and LayerCombined: that layer is positive and the
//     negative stance counts are negative.
func ProjectSigned(g *graph.Graph, layer Layer) *Network {
	var pos, neg []wedge
	negStance := func(s graph.Stance) int { return s.Negative }
	switch layer {
	case LayerCongruence, LayerConflict:
		pos, neg = discourseEdges(g)
	case LayerStance:
		pos = stanceEdges(g, func(s graph.Stance) int { return s.Positive })
		neg = stanceEdges(g, negStance)
	case LayerCombined:
		pos = append(comentionEdges(g), stanceEdges(g, func(s graph.Stance) int { return s.Total() })...)
		neg = stanceEdges(g, negStance)
	default:
		layer = LayerComention
		pos = comentionEdges(g)
		neg = stanceEdges(g, negStance)
	}
	nm := nodeNames(g)
	p := fromEdges(nm, pos)
	p.Layer = layer
	p.neg = fromEdges(nm, neg)
	p.neg.Layer = layer
	return p
}

// wedge is a weighted undirected edge before compaction.
type wedge struct {
	u, v int32
	w    float64
}

func nodeNames(g *graph.Graph) []string {
	s := make([]string, len(g.Nodes))
	for i := range g.Nodes {
		s[i] = g.Nodes[i].Name
	}
	return s
}

func comentionEdges(g *graph.Graph) []wedge {
	ed := make([]wedge, 0, len(g.Edges))
	for _, e := range g.Edges {
		ed = append(ed, wedge{int32(e.Source), int32(e.Target), float64(e.Weight)})
	}
	return ed
}

// sortedComention returns the co-mention network of g built straight
// from g.Edges when they are as graph files keep them: sorted by (Source,
// Target), each pair once, Source < Target, weights positive. That is
// fromEdges(comentionEdges(g)) without its copy and sort of the edges,
// about a sixth of the time and memory of loading a large graph for a
// query. It returns nil for any other edge list.
func sortedComention(g *graph.Graph) *Network {
	nn := len(g.Nodes)
	off := make([]int32, nn+1)
	for i, e := range g.Edges {
		if e.Source < 0 || e.Source >= e.Target || e.Target >= nn || e.Weight <= 0 ||
			i > 0 && (e.Source < g.Edges[i-1].Source || e.Source == g.Edges[i-1].Source && e.Target <= g.Edges[i-1].Target) {
			return nil
		}
		off[e.Source+1]++
		off[e.Target+1]++
	}
	for i := range nn {
		off[i+1] += off[i]
	}
	adj := make([]int32, 2*len(g.Edges))
	w := make([]float64, 2*len(g.Edges))
	pos := make([]int32, nn)
	copy(pos, off[:nn])
	// As in fromEdges: the smaller neighbours of every row first, then
	// the larger ones, each in ascending order.
	for _, e := range g.Edges {
		adj[pos[e.Target]] = int32(e.Source)
		w[pos[e.Target]] = float64(e.Weight)
		pos[e.Target]++
	}
	for _, e := range g.Edges {
		adj[pos[e.Source]] = int32(e.Target)
		w[pos[e.Source]] = float64(e.Weight)
		pos[e.Source]++
	}
	return &Network{Layer: LayerComention, Names: nodeNames(g), Offsets: off, Adj: adj, Weights: w}
}

func stanceEdges(g *graph.Graph, weight func(graph.Stance) int) []wedge {
	ed := make([]wedge, 0, len(g.Stances))
	for _, s := range g.Stances {
		ed = append(ed, wedge{int32(s.Source), int32(s.Target), float64(weight(s))})
	}
	return ed
}

// fromEdges compacts edges into a CSR network over the named nodes. Parallel
// edges (in either direction) are summed; self-loops, edges with a
// non-positive weight and edges to unknown nodes are dropped.
func fromEdges(names []string, ed []wedge) *Network {
	n := len(names)
	// Normalise to u < v and drop what the network cannot hold.
	k := 0
	for _, e := range ed {
		if e.u == e.v || !(e.w > 0) || e.u < 0 || e.v < 0 || int(e.u) >= n || int(e.v) >= n {
			continue
		}
		if e.u > e.v {
			e.u, e.v = e.v, e.u
		}
		ed[k] = e
		k++
	}
	ed = ed[:k]
	slices.SortFunc(ed, func(a, b wedge) int {
		if c := cmp.Compare(a.u, b.u); c != 0 {
			return c
		}
		return cmp.Compare(a.v, b.v)
	})
	// Sum duplicates in sorted order, so the sums do not depend on the
	// input order beyond ties of equal (u, v).
	k = 0
	for _, e := range ed {
		if k > 0 && ed[k-1].u == e.u && ed[k-1].v == e.v {
			ed[k-1].w += e.w
			continue
		}
		ed[k] = e
		k++
	}
	ed = ed[:k]

	off := make([]int32, n+1)
	for _, e := range ed {
		off[e.u+1]++
		off[e.v+1]++
	}
	for i := 0; i < n; i++ {
		off[i+1] += off[i]
	}
	adj := make([]int32, 2*len(ed))
	w := make([]float64, 2*len(ed))
	pos := make([]int32, n)
	copy(pos, off[:n])
	// Edges are sorted by (u, v): row u receives its larger neighbours in
	// ascending order, and row v receives its smaller neighbours u in
	// ascending order too, all before any larger one. So rows come out
	// sorted with one pass over lower then upper halves.
	for _, e := range ed {
		// lower neighbours of v first: e.u < e.v
		adj[pos[e.v]] = e.u
		w[pos[e.v]] = e.w
		pos[e.v]++
	}
	for _, e := range ed {
		adj[pos[e.u]] = e.v
		w[pos[e.u]] = e.w
		pos[e.u]++
	}
	return &Network{Names: names, Offsets: off, Adj: adj, Weights: w}
}

// Layer selects which relation analysis runs on.
type Layer string

// The layers of the actor graph.
const (
	// LayerComention: undirected, weight = co-mention count.
	LayerComention Layer = "comention"
	// LayerStance: stance edges, made undirected, weight = statements.
	LayerStance Layer = "stance"
	// LayerCongruence links actors who took the same polarity on the same
	// issue (discourse network analysis).
	LayerCongruence Layer = "congruence"
	// LayerConflict links actors who took opposite polarities on the same
	// issue.
	LayerConflict Layer = "conflict"
	// LayerCombined adds co-mention and stance weights.
	LayerCombined Layer = "combined"
)

// ParseLayer parses a layer name.
func ParseLayer(s string) (Layer, error) {
	switch l := Layer(s); l {
	case LayerComention, LayerStance, LayerCongruence, LayerConflict, LayerCombined:
		return l, nil
	case "":
		return LayerComention, nil
	}
	return "", fmt.Errorf("unknown layer %q (want comention, stance, congruence, conflict or combined)", s)
}
