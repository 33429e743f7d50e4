package graph

import (
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
)

// brandesChunks is the fixed number of source chunks, each with its own
// accumulator. Chunks are summed in order, so results are the same bytes
// for any number of workers.
const brandesChunks = 16

// brandes computes betweenness (closeness when closeness is set) from
// single-source shortest paths, exactly or from sampled sources.
//
// Betweenness is Brandes' algorithm (U. Brandes, "A faster algorithm for
// betweenness centrality", J. Math. Sociol. 25(2), 2001): one shortest-path
// search per source (Dijkstra with a binary heap on Distance(weight) costs,
// or breadth-first search when opts.Unweighted), then dependencies
// accumulated in reverse order of distance. Like gonum's
// network.Betweenness, every ordered pair (s, t) is counted, so on an
// undirected graph each value is twice the per-pair betweenness.
//
// Closeness is 1 / Σ_u d(u, v) over the nodes u reachable from v, as gonum's
// network.Closeness; an isolated node scores 0 (gonum gives +Inf).
//
// Sampling (SampleSize > 0): K distinct sources are drawn with a PCG seeded
// by opts.Seed. Betweenness sums their dependencies and scales by n/K, the
// unbiased estimator of Brandes and Pich (U. Brandes, C. Pich, "Centrality
// estimation in large networks", Int. J. Bifurcation and Chaos 17(7), 2007).
// Closeness estimates each node's total distance as n/K times the sum of its
// distances to the sampled sources (D. Eppstein, J. Wang, "Fast
// approximation of centrality", J. Graph Algorithms Appl. 8(1), 2004).
func brandes(n *Network, opts CentralityOptions, closeness bool) []float64 {
	nn := n.Len()
	if nn == 0 {
		return nil
	}
	k := SampleSize(n, opts)
	var sources []int32
	scale := 1.0
	if k > 0 {
		rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
		perm := make([]int32, nn)
		for i := range perm {
			perm[i] = int32(i)
		}
		for i := range k { // partial Fisher–Yates
			j := i + rng.IntN(nn-i)
			perm[i], perm[j] = perm[j], perm[i]
		}
		sources = perm[:k]
		slices.Sort(sources)
		scale = float64(nn) / float64(k)
	} else {
		sources = make([]int32, nn)
		for i := range sources {
			sources[i] = int32(i)
		}
	}
	unweighted := opts.Unweighted || uniformWeights(n)
	var cost []float64
	if !unweighted {
		// Distance once per edge, shared read-only by the workers.
		cost = make([]float64, len(n.Weights))
		for e, w := range n.Weights {
			cost[e] = Distance(w)
		}
	}

	chunks := min(brandesChunks, len(sources))
	acc := make([][]float64, chunks)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(opts.Workers, chunks) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sp := newSSSP(nn)
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				a := make([]float64, nn)
				lo, hi := c*len(sources)/chunks, (c+1)*len(sources)/chunks
				for _, s := range sources[lo:hi] {
					if unweighted {
						sp.bfs(n, s)
					} else {
						sp.dijkstra(n, cost, s)
					}
					if closeness {
						if k > 0 {
							for _, v := range sp.order {
								a[v] += sp.dist[v]
							}
						} else {
							var sum float64
							for _, v := range sp.order {
								sum += sp.dist[v]
							}
							a[s] = sum
						}
					} else {
						sp.accumulate(n, cost, s, a)
					}
				}
				acc[c] = a
			}
		}()
	}
	wg.Wait()

	out := acc[0]
	for _, a := range acc[1:] {
		for i, x := range a {
			out[i] += x
		}
	}
	if closeness {
		for i, far := range out {
			if far > 0 {
				out[i] = 1 / (far * scale)
			} else {
				out[i] = 0
			}
		}
		return out
	}
	if scale != 1 {
		for i := range out {
			out[i] *= scale
		}
	}
	return out
}

// uniformWeights reports whether all edges of n have the same weight, in
// which case breadth-first search finds the same shortest paths as
// Dijkstra, faster.
func uniformWeights(n *Network) bool {
	for _, w := range n.Weights {
		if w != n.Weights[0] {
			return false
		}
	}
	return true
}

// sssp is the scratch space of one single-source shortest-path search,
// reused across sources.
type sssp struct {
	dist  []float64 // +Inf when unreached
	sigma []float64 // number of shortest paths from the source
	delta []float64
	order []int32 // reached nodes by non-decreasing distance
	heap  indexHeap
}

func newSSSP(nn int) *sssp {
	s := &sssp{
		dist:  make([]float64, nn),
		sigma: make([]float64, nn),
		delta: make([]float64, nn),
		heap:  newIndexHeap(nn),
	}
	for i := range s.dist {
		s.dist[i] = math.Inf(1)
	}
	return s
}

// reset clears the entries touched by the previous search.
func (sp *sssp) reset() {
	for _, v := range sp.order {
		sp.dist[v] = math.Inf(1)
		sp.sigma[v] = 0
		sp.delta[v] = 0
	}
	sp.order = sp.order[:0]
}

// bfs runs breadth-first search from s, counting hops.
func (sp *sssp) bfs(n *Network, s int32) {
	sp.reset()
	sp.dist[s] = 0
	sp.sigma[s] = 1
	sp.order = append(sp.order, s)
	for i := 0; i < len(sp.order); i++ {
		u := sp.order[i]
		du := sp.dist[u] + 1
		lo, hi := n.Offsets[u], n.Offsets[u+1]
		for _, v := range n.Adj[lo:hi] {
			switch {
			case math.IsInf(sp.dist[v], 1):
				sp.dist[v] = du
				sp.sigma[v] = sp.sigma[u]
				sp.order = append(sp.order, v)
			case sp.dist[v] == du:
				sp.sigma[v] += sp.sigma[u]
			}
		}
	}
}

// dijkstra runs Dijkstra's algorithm from s on the edge costs, counting
// shortest paths. Ties are exact float equality of the same sums, which the
// accumulation step recomputes identically. The heap is an indexed 4-ary
// heap with decrease-key, ordered by (distance, node id), so the settling
// order is fully determined.
func (sp *sssp) dijkstra(n *Network, cost []float64, s int32) {
	sp.reset()
	sp.dist[s] = 0
	sp.sigma[s] = 1
	sp.heap.set(s, 0)
	for sp.heap.len() > 0 {
		d, u := sp.heap.pop()
		sp.order = append(sp.order, u)
		lo, hi := n.Offsets[u], n.Offsets[u+1]
		su := sp.sigma[u]
		for e := lo; e < hi; e++ {
			v := n.Adj[e]
			alt := d + cost[e]
			switch dv := sp.dist[v]; {
			case alt < dv:
				sp.dist[v] = alt
				sp.sigma[v] = su
				sp.heap.set(v, alt)
			case alt == dv:
				sp.sigma[v] += su
			}
		}
	}
}

// accumulate adds the dependencies of source s to a, walking the reached
// nodes from the farthest back. The predecessors of w are the neighbours v
// with dist[v] + cost(v, w) == dist[w].
// cost is nil for hop counts.
func (sp *sssp) accumulate(n *Network, cost []float64, s int32, a []float64) {
	for i := len(sp.order) - 1; i >= 0; i-- {
		w := sp.order[i]
		dw := sp.dist[w]
		coeff := (1 + sp.delta[w]) / sp.sigma[w]
		lo, hi := n.Offsets[w], n.Offsets[w+1]
		for e := lo; e < hi; e++ {
			v := n.Adj[e]
			c := 1.0
			if cost != nil {
				c = cost[e]
			}
			if sp.dist[v]+c == dw {
				sp.delta[v] += sp.sigma[v] * coeff
			}
		}
		if w != s {
			a[w] += sp.delta[w]
		}
	}
}

// indexHeap is a 4-ary min-heap of nodes keyed by distance, with
// decrease-key: each node is in it at most once.
type indexHeap struct {
	items []heapItem
	pos   []int32 // index of node in items, -1 when absent
}

type heapItem struct {
	d float64
	v int32
}

func newIndexHeap(nn int) indexHeap {
	h := indexHeap{pos: make([]int32, nn)}
	for i := range h.pos {
		h.pos[i] = -1
	}
	return h
}

func (h *indexHeap) len() int { return len(h.items) }

// set inserts v with key d, or lowers its key to d.
func (h *indexHeap) set(v int32, d float64) {
	i := int(h.pos[v])
	if i < 0 {
		i = len(h.items)
		h.items = append(h.items, heapItem{d, v})
	} else {
		h.items[i].d = d
	}
	h.up(i)
}

func (h *indexHeap) up(i int) {
	a := h.items
	x := a[i]
	for i > 0 {
		p := (i - 1) / 4
		if !x.less(a[p]) {
			break
		}
		a[i] = a[p]
		h.pos[a[i].v] = int32(i)
		i = p
	}
	a[i] = x
	h.pos[x.v] = int32(i)
}

// pop removes and returns the item with the smallest key.
func (h *indexHeap) pop() (float64, int32) {
	a := h.items
	top := a[0]
	h.pos[top.v] = -1
	last := len(a) - 1
	x := a[last]
	a = a[:last]
	h.items = a
	if last == 0 {
		return top.d, top.v
	}
	i := 0
	for {
		c := 4*i + 1
		if c >= last {
			break
		}
		m := c
		for k := c + 1; k < c+4 && k < last; k++ {
			if a[k].less(a[m]) {
				m = k
			}
		}
		if !a[m].less(x) {
			break
		}
		a[i] = a[m]
		h.pos[a[i].v] = int32(i)
		i = m
	}
	a[i] = x
	h.pos[x.v] = int32(i)
	return top.d, top.v
}

// less orders by distance, then node id, so that pops are deterministic.
func (x heapItem) less(y heapItem) bool {
	if x.d != y.d {
		return x.d < y.d
	}
	return x.v < y.v
}

// distHeap is a binary min-heap of (distance, node) with lazy deletion,
// for point-to-point searches that stop early.
type distHeap []heapItem

func (h *distHeap) push(d float64, v int32) {
	*h = append(*h, heapItem{d, v})
	a := *h
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !a[i].less(a[p]) {
			break
		}
		a[i], a[p] = a[p], a[i]
		i = p
	}
}

func (h *distHeap) pop() (float64, int32) {
	a := *h
	top := a[0]
	last := len(a) - 1
	a[0] = a[last]
	a = a[:last]
	i := 0
	for {
		l := 2*i + 1
		if l >= len(a) {
			break
		}
		m := l
		if r := l + 1; r < len(a) && a[r].less(a[l]) {
			m = r
		}
		if !a[m].less(a[i]) {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top.d, top.v
}
