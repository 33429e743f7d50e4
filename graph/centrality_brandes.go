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
						sp.dijkstra(n, s)
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
						sp.accumulate(n, s, a, unweighted)
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
	heap  distHeap
	queue []int32
}

func newSSSP(nn int) *sssp {
	s := &sssp{
		dist:  make([]float64, nn),
		sigma: make([]float64, nn),
		delta: make([]float64, nn),
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

// dijkstra runs Dijkstra's algorithm from s on Distance(weight) costs,
// counting shortest paths. Ties are exact float equality of the same sums,
// which the accumulation step recomputes identically.
func (sp *sssp) dijkstra(n *Network, s int32) {
	sp.reset()
	sp.heap = sp.heap[:0]
	sp.dist[s] = 0
	sp.sigma[s] = 1
	sp.heap.push(0, s)
	// A settled node is marked with delta = -1 until the search ends, so
	// that stale heap entries of equal distance are skipped. Every touched
	// node is settled before the heap empties, so reset finds it in order.
	for len(sp.heap) > 0 {
		d, u := sp.heap.pop()
		if d > sp.dist[u] || sp.delta[u] < 0 {
			continue
		}
		sp.delta[u] = -1 // settled
		sp.order = append(sp.order, u)
		lo, hi := n.Offsets[u], n.Offsets[u+1]
		for e := lo; e < hi; e++ {
			v := n.Adj[e]
			alt := d + Distance(n.Weights[e])
			switch dv := sp.dist[v]; {
			case alt < dv:
				sp.dist[v] = alt
				sp.sigma[v] = sp.sigma[u]
				sp.heap.push(alt, v)
			case alt == dv:
				sp.sigma[v] += sp.sigma[u]
			}
		}
	}
	for _, v := range sp.order {
		sp.delta[v] = 0
	}
}

// accumulate adds the dependencies of source s to a, walking the reached
// nodes from the farthest back. The predecessors of w are the neighbours v
// with dist[v] + cost(v, w) == dist[w].
func (sp *sssp) accumulate(n *Network, s int32, a []float64, unweighted bool) {
	for i := len(sp.order) - 1; i >= 0; i-- {
		w := sp.order[i]
		dw := sp.dist[w]
		coeff := (1 + sp.delta[w]) / sp.sigma[w]
		lo, hi := n.Offsets[w], n.Offsets[w+1]
		for e := lo; e < hi; e++ {
			v := n.Adj[e]
			c := 1.0
			if !unweighted {
				c = Distance(n.Weights[e])
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

// distHeap is a binary min-heap of (distance, node) with lazy deletion.
type distHeap []heapItem

type heapItem struct {
	d float64
	v int32
}

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

// less orders by distance, then node id, so that pops are deterministic.
func (x heapItem) less(y heapItem) bool {
	if x.d != y.d {
		return x.d < y.d
	}
	return x.v < y.v
}
