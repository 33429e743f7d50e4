package network

import (
	"context"
	"math"
	"slices"
)

// yen finds up to k shortest loopless paths from one node to another with
// Yen's algorithm (J. Y. Yen, "Finding the k shortest loopless paths in a
// network", Management Science 17(11), 1971), the algorithm of gonum's
// path.YenKShortestPaths, here on the CSR arrays: gonum's version copies
// every adjacency row into a fresh slice at each step and took 0.3 s on a
// 10,000-node graph, this one milliseconds. Tests compare the two.
//
// One full Dijkstra from the target gives every node its exact distance to
// the target; the spur searches are then A* searches guided by it (an
// admissible and consistent bound, since removing nodes and edges only makes
// paths longer), which visit little more than the path they find. Each spur
// search also stops as soon as it cannot beat the candidates already held.
//
// It stops with ctx.Err() when ctx is done, looked at every checkEvery
// steps of the searches.
func yen(ctx context.Context, n *Network, from, to, k int) ([]Path, error) {
	sp := newPathSearch(n.Len())
	sp.ctx = ctx
	sp.h = distancesTo(n, int32(to))
	first, ok := sp.shortest(n, int32(from), int32(to), math.Inf(1))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !ok {
		return nil, nil
	}
	found := []Path{mkPath(n, first)}
	var cands []Path
	var blockedNext []int32
	var sharing []int // found paths that begin with the current root
	for len(found) < k {
		prev := found[len(found)-1].Nodes
		// The root grows by one node per spur: its removed nodes, its
		// cost and the found paths sharing it are updated in place, so
		// that a round costs O(len(prev)·len(found)) plus the spur
		// searches, not O(len(prev)²) (a chain of 100,000 edges took 39 s
		// for k = 5 when each spur rebuilt them).
		sp.stamp++
		sharing = sharing[:0]
		for i := range found {
			sharing = append(sharing, i)
		}
		rootCost := 0.0
		for j := 0; j < len(prev)-1; j++ {
			if j > 0 {
				sp.removed[prev[j-1]] = sp.stamp
				w, _ := n.Weight(prev[j-1], prev[j])
				rootCost += Distance(w) // the same sum, in the same order, as pathCost
				sharing = slices.DeleteFunc(sharing, func(i int) bool {
					p := found[i].Nodes
					return len(p) <= j || p[j] != prev[j]
				})
			}
			spur := int32(prev[j])
			root := prev[:j+1]
			blockedNext = blockedNext[:0]
			for _, i := range sharing {
				if p := found[i].Nodes; len(p) > j+1 {
					blockedNext = append(blockedNext, int32(p[j+1]))
				}
			}
			sp.spur, sp.blockedNext = spur, blockedNext
			need := k - len(found)
			bound := math.Inf(1)
			if len(cands) >= need {
				// a little slack keeps candidates of equal cost, whose
				// sums may differ in the last bits
				bound = (cands[need-1].Cost-rootCost)*(1+1e-9) + 1e-12
			}
			tail, ok := sp.shortest(n, spur, int32(to), bound)
			sp.spur, sp.blockedNext = -1, nil
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			nodes := make([]int, 0, len(root)+len(tail)-1)
			nodes = append(nodes, root[:j]...)
			for _, v := range tail {
				nodes = append(nodes, int(v))
			}
			p := mkPath(n, nodes)
			if slices.ContainsFunc(cands, func(c Path) bool { return slices.Equal(c.Nodes, p.Nodes) }) {
				continue
			}
			cands = append(cands, p)
			sortPaths(n, cands)
			// Only the best need candidates can still be chosen.
			if len(cands) > need {
				cands = cands[:need]
			}
		}
		if len(cands) == 0 {
			break
		}
		found = append(found, cands[0])
		cands = cands[1:]
	}
	return found, nil
}

func mkPath[T int | int32](n *Network, nodes []T) Path {
	p := Path{Nodes: make([]int, len(nodes)), Hops: len(nodes) - 1}
	for i, v := range nodes {
		p.Nodes[i] = int(v)
	}
	p.Cost = pathCost(n, p.Nodes)
	return p
}

// pathSearch is the reusable scratch space of point-to-point Dijkstra
// searches with removed nodes and, at the spur node, removed edges.
type pathSearch struct {
	dist    []float64
	prev    []int32
	done    []bool
	touched []int32
	heap    distHeap
	removed []int32 // removed[v] == stamp: v is off limits
	stamp   int32

	spur        int32   // node whose edges to blockedNext are removed, -1 none
	blockedNext []int32 //

	// h is the A* heuristic: each node's distance to the target in the
	// whole network (+Inf when it cannot reach it).
	h []float64

	// ctx stops the searches; steps counts heap pops between looks at it.
	ctx   context.Context
	steps int
}

// err returns the context's error, looked at once every checkEvery calls.
func (ps *pathSearch) err() error {
	if ps.steps++; ps.steps%checkEvery != 0 || ps.ctx == nil {
		return nil
	}
	return ps.ctx.Err()
}

// distancesTo returns the Distance-weighted shortest-path distance of every
// node to t (+Inf when unreachable), by Dijkstra.
func distancesTo(n *Network, t int32) []float64 {
	dist := make([]float64, n.Len())
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	var h distHeap
	dist[t] = 0
	h.push(0, t)
	for len(h) > 0 {
		d, u := h.pop()
		if d > dist[u] {
			continue
		}
		lo, hi := n.Offsets[u], n.Offsets[u+1]
		for e := lo; e < hi; e++ {
			v := n.Adj[e]
			if alt := d + Distance(n.Weights[e]); alt < dist[v] {
				dist[v] = alt
				h.push(alt, v)
			}
		}
	}
	return dist
}

func newPathSearch(nn int) *pathSearch {
	s := &pathSearch{
		dist:    make([]float64, nn),
		prev:    make([]int32, nn),
		done:    make([]bool, nn),
		removed: make([]int32, nn),
		spur:    -1,
	}
	for i := range s.dist {
		s.dist[i] = math.Inf(1)
		s.prev[i] = -1
	}
	return s
}

// shortest returns a shortest path from s to t on Distance costs, or false
// when there is none with cost at most bound. It is A* with the heuristic
// h: heap keys are distance from s plus h.
func (ps *pathSearch) shortest(n *Network, s, t int32, bound float64) ([]int32, bool) {
	for _, v := range ps.touched {
		ps.dist[v] = math.Inf(1)
		ps.prev[v] = -1
		ps.done[v] = false
	}
	ps.touched = append(ps.touched[:0], s)
	ps.heap = ps.heap[:0]
	ps.dist[s] = 0
	ps.heap.push(ps.h[s], s)
	for len(ps.heap) > 0 {
		if ps.err() != nil {
			return nil, false
		}
		key, u := ps.heap.pop()
		d := ps.dist[u]
		if ps.done[u] || key > d+ps.h[u] {
			continue
		}
		if key > bound {
			return nil, false
		}
		ps.done[u] = true
		if u == t {
			var path []int32
			for v := t; v >= 0; v = ps.prev[v] {
				path = append(path, v)
			}
			slices.Reverse(path)
			return path, true
		}
		lo, hi := n.Offsets[u], n.Offsets[u+1]
		for e := lo; e < hi; e++ {
			v := n.Adj[e]
			if ps.removed[v] == ps.stamp && ps.stamp != 0 || ps.done[v] {
				continue
			}
			if u == ps.spur && slices.Contains(ps.blockedNext, v) || math.IsInf(ps.h[v], 1) {
				continue
			}
			alt := d + Distance(n.Weights[e])
			if alt < ps.dist[v] {
				if math.IsInf(ps.dist[v], 1) {
					ps.touched = append(ps.touched, v)
				}
				ps.dist[v] = alt
				ps.prev[v] = u
				ps.heap.push(alt+ps.h[v], v)
			}
		}
	}
	return nil, false
}
