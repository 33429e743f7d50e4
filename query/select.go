package query

import (
	"context"
	"fmt"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
)

// Selection says which part of a graph to keep, for `render` and
// `neighbors`. Node fields hold node ids, −1 for none; DefaultSelection
// returns a selection that keeps everything.
type Selection struct {
	// Top keeps the Top highest-ranked nodes by By (all when 0).
	Top int
	// By is the measure for Top, MeasurePageRank when empty.
	By network.Measure
	// MinWeight drops co-mention edges lighter than it, and then the nodes
	// left without any co-mention edge.
	MinWeight int
	// Focus keeps only the ego network of this node, Depth hops deep.
	Focus int
	// Depth is the ego network depth for Focus, 1 when 0.
	Depth int
	// PathFrom and PathTo force the nodes of the three shortest paths
	// between them into the selection.
	PathFrom, PathTo int
	// Layer is the relation ranking, ego networks and paths use,
	// LayerComention when empty.
	Layer network.Layer
}

// DefaultSelection returns a selection that keeps the whole graph.
func DefaultSelection() Selection {
	return Selection{Focus: -1, PathFrom: -1, PathTo: -1}
}

// Select returns the part of g described by s as a new graph (see
// Subgraph). The steps: drop edges below MinWeight; restrict to the ego
// network of Focus; keep the Top nodes of what is left by the measure By;
// then add back Focus and the nodes on the paths between PathFrom and
// PathTo, which are always kept.
func Select(g *graph.Graph, s Selection) (*graph.Graph, error) {
	return SelectContext(context.Background(), g, s)
}

// SelectContext is Select, stopped with ctx.Err() when ctx is done.
func SelectContext(ctx context.Context, g *graph.Graph, s Selection) (*graph.Graph, error) {
	f, keep, _, err := selectKeep(ctx, g, s)
	if err != nil {
		return nil, err
	}
	return graph.Subgraph(f, keep), nil
}

// selectKeep returns what Select draws from: the graph it reads (g, or g
// without the edges below MinWeight), the nodes to keep and the number of
// candidates before Top cut them, so that a caller can tell a trimmed
// selection without building an untrimmed one.
func selectKeep(ctx context.Context, g *graph.Graph, s Selection) (*graph.Graph, []int, int, error) {
	for _, id := range []int{s.Focus, s.PathFrom, s.PathTo} {
		if id >= len(g.Nodes) || id < -1 {
			return nil, nil, 0, fmt.Errorf("select: node %d out of range (graph has %d nodes)", id, len(g.Nodes))
		}
	}
	if (s.PathFrom < 0) != (s.PathTo < 0) {
		return nil, nil, 0, fmt.Errorf("select: a path needs both ends")
	}
	by := s.By
	if by == "" {
		by = network.MeasurePageRank
	}
	f := g
	if s.MinWeight > 1 {
		cp := *g
		heavy := 0
		for _, e := range g.Edges {
			if e.Weight >= s.MinWeight {
				heavy++
			}
		}
		cp.Edges = make([]graph.Edge, 0, heavy)
		for _, e := range g.Edges {
			if e.Weight >= s.MinWeight {
				cp.Edges = append(cp.Edges, e)
			}
		}
		f = &cp
	}
	n := network.Project(f, s.Layer)

	var cand []int
	switch {
	case s.Focus >= 0:
		cand = network.Ego(f, n, s.Focus, s.Depth)
	case s.MinWeight > 1:
		has := make([]bool, len(f.Nodes))
		for _, e := range f.Edges {
			has[e.Source], has[e.Target] = true, true
		}
		for v, ok := range has {
			if ok {
				cand = append(cand, v)
			}
		}
	default:
		cand = make([]int, len(g.Nodes))
		for i := range cand {
			cand[i] = i
		}
	}

	candidates := len(cand)
	if s.Top > 0 && len(cand) > s.Top {
		vals, err := network.CentralityValuesContext(ctx, n, by, network.CentralityOptions{})
		if err != nil {
			return nil, nil, 0, fmt.Errorf("select: %w", err)
		}
		slices.SortStableFunc(cand, func(a, b int) int {
			if vals[a] != vals[b] {
				if vals[a] > vals[b] {
					return -1
				}
				return 1
			}
			if n.Names[a] < n.Names[b] {
				return -1
			}
			if n.Names[a] > n.Names[b] {
				return 1
			}
			return 0
		})
		cand = cand[:s.Top]
	}

	keep := cand
	if s.Focus >= 0 {
		keep = append(keep, s.Focus)
	}
	if s.PathFrom >= 0 {
		keep = append(keep, s.PathFrom, s.PathTo)
		paths, err := network.KShortestPathsContext(ctx, n, s.PathFrom, s.PathTo, 3, 0)
		if err != nil {
			return nil, nil, 0, err
		}
		for _, p := range paths {
			keep = append(keep, p.Nodes...)
		}
	}
	return f, keep, candidates, nil
}
