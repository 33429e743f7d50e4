package network

import (
	"cmp"
	"context"
	"slices"
)

// Hop is one step of a path: the edge From–To and its strength.
type Hop struct {
	From   int     `json:"from"`
	To     int     `json:"to"`
	Weight float64 `json:"weight"`
}

// Path is a path between two nodes: its node ids in order, its cost (the sum
// of Distance over its edges) and its number of edges.
type Path struct {
	Nodes []int   `json:"nodes"`
	Cost  float64 `json:"cost"`
	Hops  int     `json:"hops"`
}

// Steps returns the hops of p with their strengths in n.
func (p Path) Steps(n *Network) []Hop {
	if len(p.Nodes) < 2 {
		return nil
	}
	h := make([]Hop, 0, len(p.Nodes)-1)
	for i := 1; i < len(p.Nodes); i++ {
		w, _ := n.Weight(p.Nodes[i-1], p.Nodes[i])
		h = append(h, Hop{From: p.Nodes[i-1], To: p.Nodes[i], Weight: w})
	}
	return h
}

// KShortestPaths returns up to k loopless paths from one node to another,
// the shortest first, where the cost of an edge is Distance(weight): strong
// ties make short paths. When maxHops > 0, paths with more edges are left
// out (the search then looks further, up to 8k candidates). Paths of equal
// cost are ordered by their node names. It returns nil when the nodes are
// not connected, are out of range, or k < 1.
func KShortestPaths(n *Network, from, to, k int, maxHops int) []Path {
	ps, _ := KShortestPathsContext(context.Background(), n, from, to, k, maxHops)
	return ps
}

// KShortestPathsContext is KShortestPaths, stopped with ctx.Err() when ctx
// is done (looked at every few thousand steps of the searches).
func KShortestPathsContext(ctx context.Context, n *Network, from, to, k int, maxHops int) ([]Path, error) {
	if k < 1 || from < 0 || to < 0 || from >= n.Len() || to >= n.Len() {
		return nil, nil
	}
	if from == to {
		return []Path{{Nodes: []int{from}}}, nil
	}
	var ps []Path
	for want := k; ; want *= 2 {
		var err error
		if ps, err = yen(ctx, n, from, to, want); err != nil {
			return nil, err
		}
		if maxHops > 0 {
			ps = slices.DeleteFunc(ps, func(p Path) bool { return p.Hops > maxHops })
		}
		if maxHops <= 0 || len(ps) >= k || want >= 8*k {
			break
		}
	}
	sortPaths(n, ps)
	if len(ps) > k {
		ps = ps[:k]
	}
	return ps, nil
}

// pathCost sums Distance over the edges of a node sequence, in order.
func pathCost(n *Network, nodes []int) float64 {
	var c float64
	for i := 1; i < len(nodes); i++ {
		w, _ := n.Weight(nodes[i-1], nodes[i])
		c += Distance(w)
	}
	return c
}

// sortPaths orders paths by cost, then hops, then node names.
func sortPaths(n *Network, ps []Path) {
	slices.SortStableFunc(ps, func(a, b Path) int {
		if c := cmp.Compare(a.Cost, b.Cost); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Hops, b.Hops); c != 0 {
			return c
		}
		for i := range min(len(a.Nodes), len(b.Nodes)) {
			if c := cmp.Compare(n.Names[a.Nodes[i]], n.Names[b.Nodes[i]]); c != 0 {
				return c
			}
		}
		return 0
	})
}

// FewestHops returns a path from one node to another with the fewest edges,
// found by breadth-first search. Among paths of equal length it prefers, at
// each step back from the target, the predecessor reached first, which is
// the one with the smallest id (name) at each depth. It reports false when
// there is no path.
func FewestHops(n *Network, from, to int) (Path, bool) {
	if from < 0 || to < 0 || from >= n.Len() || to >= n.Len() {
		return Path{}, false
	}
	if from == to {
		return Path{Nodes: []int{from}}, true
	}
	parent := make([]int32, n.Len())
	for i := range parent {
		parent[i] = -1
	}
	parent[from] = int32(from)
	queue := []int32{int32(from)}
	found := false
	for len(queue) > 0 && !found {
		u := queue[0]
		queue = queue[1:]
		adj, _ := n.Neighbors(int(u))
		for _, v := range adj {
			if parent[v] >= 0 {
				continue
			}
			parent[v] = u
			if int(v) == to {
				found = true
				break
			}
			queue = append(queue, v)
		}
	}
	if !found {
		return Path{}, false
	}
	var nodes []int
	for v := to; v != from; v = int(parent[v]) {
		nodes = append(nodes, v)
	}
	nodes = append(nodes, from)
	slices.Reverse(nodes)
	return Path{Nodes: nodes, Cost: pathCost(n, nodes), Hops: len(nodes) - 1}, true
}
