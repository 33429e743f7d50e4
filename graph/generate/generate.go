package generate

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// PlantedPartition generates a graph for tests and benchmarks: n nodes in c
// communities of (nearly) equal size and about `edges` co-mention edges.
// Each edge picks a random node u; with probability 1−mixing its other end
// is a random node of u's community, otherwise a random node of the whole
// graph. This is the planted partition model with p_in/p_out set through
// the edge count and the mixing fraction (mixing 0.1 gives a clear
// structure, 0.5 a weak one). Weights are 1 to 4, uniformly. Repeated
// pairs are merged by adding their weights, so there can be slightly fewer
// than `edges` edges. The same seed gives the same graph.
func PlantedPartition(n, c, edges int, mixing float64, seed uint64) *graph.Graph {
	rng := rand.New(rand.NewPCG(seed, 1))
	c = max(1, min(c, n))
	ed := make([]graph.Edge, 0, edges)
	for range edges {
		if n < 2 {
			break
		}
		u := rng.IntN(n)
		var v int
		if rng.Float64() < mixing {
			v = rng.IntN(n)
		} else {
			// community of u: nodes with the same index modulo c
			size := (n - u%c + c - 1) / c
			v = u%c + c*rng.IntN(size)
		}
		if u == v {
			continue
		}
		ed = append(ed, graph.Edge{Source: u, Target: v, Weight: 1 + rng.IntN(4)})
	}
	return FromEdges(n, ed)
}

// PreferentialAttachment generates a Barabási–Albert graph for tests and
// benchmarks (A.-L. Barabási, R. Albert, "Emergence of scaling in random
// networks", Science 286, 1999): nodes arrive one at a time and link to m
// distinct earlier nodes chosen with probability proportional to their
// degree, which grows hubs. It has about n·m edges with weights 1 to 4. The
// same seed gives the same graph.
func PreferentialAttachment(n, m int, seed uint64) *graph.Graph {
	rng := rand.New(rand.NewPCG(seed, 2))
	m = max(1, m)
	ed := make([]graph.Edge, 0, n*m)
	// ends lists every edge end, so a uniform pick from it is a pick
	// proportional to degree.
	ends := make([]int, 0, 2*n*m)
	chosen := make([]int, 0, m)
	for u := 1; u < n; u++ {
		chosen = chosen[:0]
		for len(chosen) < min(m, u) {
			var v int
			if len(ends) == 0 || rng.IntN(4) == 0 {
				v = rng.IntN(u) // some uniform choice keeps every node reachable
			} else {
				v = ends[rng.IntN(len(ends))]
			}
			if !slices.Contains(chosen, v) {
				chosen = append(chosen, v)
			}
		}
		for _, v := range chosen {
			ed = append(ed, graph.Edge{Source: v, Target: u, Weight: 1 + rng.IntN(4)})
			ends = append(ends, u, v)
		}
	}
	return FromEdges(n, ed)
}

// FromEdges returns a graph of n actors tied by the given edges: node names
// "a0001"… sort in id order, types cycle through person, state and
// organisation, parallel edges are merged (their weights added) and
// self-loops dropped. The generators build their graphs with it; tests use
// it for small graphs of a known shape. It reorders edges.
func FromEdges(n int, ed []graph.Edge) *graph.Graph {
	width := len(strconv.Itoa(max(n-1, 0)))
	kinds := []extract.Kind{extract.KindPerson, extract.KindState, extract.KindOrg}
	g := &graph.Graph{Format: graph.Format, Window: "sentence", Documents: []graph.DocRef{}, Stances: []graph.Stance{}, Statements: []graph.Statement{}}
	g.Nodes = make([]graph.Node, n)
	for i := range g.Nodes {
		g.Nodes[i] = graph.Node{ID: i, Name: fmt.Sprintf("a%0*d", width, i), Type: kinds[i%3], Aliases: []string{}}
	}
	g.Edges = sumParallelEdges(ed)
	for _, e := range g.Edges {
		g.Nodes[e.Source].Mentions += e.Weight
		g.Nodes[e.Target].Mentions += e.Weight
	}
	return g
}

// sumParallelEdges orders edges as Source < Target, sorts them and adds the
// weights of repeated pairs. Self-loops are dropped.
func sumParallelEdges(ed []graph.Edge) []graph.Edge {
	k := 0
	for _, e := range ed {
		if e.Source == e.Target {
			continue
		}
		if e.Source > e.Target {
			e.Source, e.Target = e.Target, e.Source
		}
		if e.Evidence() == nil {
			e.SetEvidence([]graph.Evidence{})
		}
		ed[k] = e
		k++
	}
	ed = ed[:k]
	slices.SortFunc(ed, func(a, b graph.Edge) int {
		if c := cmp.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return cmp.Compare(a.Target, b.Target)
	})
	k = 0
	for _, e := range ed {
		if k > 0 && ed[k-1].Source == e.Source && ed[k-1].Target == e.Target {
			ed[k-1].Weight += e.Weight
			ed[k-1].Documents += e.Documents
			continue
		}
		ed[k] = e
		k++
	}
	return slices.Clip(ed[:k])
}

// Gnp returns an Erdős–Rényi G(n, p) graph: every pair of n actors is
// tied with probability p, with a weight drawn uniformly from {1, 2, 4}.
// Sums of such weights' distances are exact in floating point, so shortest
// path ties come out the same for any correct algorithm, which makes the
// graph a fair test for comparing implementations. O(n²).
func Gnp(n int, p float64, seed uint64) *graph.Graph {
	rng := rand.New(rand.NewPCG(seed, 3))
	var ed []graph.Edge
	for u := range n {
		for v := u + 1; v < n; v++ {
			if rng.Float64() < p {
				ed = append(ed, graph.Edge{Source: u, Target: v, Weight: 1 << rng.IntN(3)})
			}
		}
	}
	return FromEdges(n, ed)
}
