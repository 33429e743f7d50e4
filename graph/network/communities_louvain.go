package network

import (
	"context"
	"math/rand/v2"
)

// level is one level of the Louvain hierarchy: a weighted undirected graph
// in CSR form whose nodes are the communities of the level below. self[i]
// is the diagonal entry A_ii (twice the weight inside the merged node) and
// k[i] its strength including A_ii.
type level struct {
	off  []int32
	adj  []int32
	w    []float64
	self []float64
	k    []float64
}

func (l *level) len() int { return len(l.k) }

// louvain returns the community of every node of n, numbered 0..c−1.
//
// Each level moves nodes, one at a time in an order shuffled with a PCG
// seeded by seed, to the neighbouring community with the largest gain
//
//	ΔQ ∝ k_i,c − γ Σ_tot(c) k_i / 2m
//
// (k_i,c the weight from i into c, Σ_tot(c) the strength of c without i),
// until no move raises Q (see move); then merges each community into one
// node and starts the next level, until a level moves no node. This is
// Blondel et al.'s method, as igraph's multilevel runs it, with a queue of
// nodes to revisit in place of full sweeps, and one refinement round at the
// finest level (see louvainRounds). Ties keep the current community, else
// the first community met in neighbour order, so the result depends only on
// the seed. Memory is O(n + m); a sweep over all nodes is O(m). It stops
// with ctx.Err() when ctx is done.
func louvain(ctx context.Context, n *Network, gamma float64, seed uint64) ([]int32, error) {
	rng := rand.New(rand.NewPCG(seed, 0x853c49e6748fea9b))
	l := &level{off: n.Offsets, adj: n.Adj, w: n.Weights, self: make([]float64, n.Len()), k: make([]float64, n.Len())}
	var m2 float64
	for i := range l.k {
		l.k[i] = n.Strength(i)
		m2 += l.k[i]
	}
	member := make([]int32, n.Len())
	for i := range member {
		member[i] = int32(i)
	}
	if m2 == 0 {
		return member, nil
	}
	for round := 0; round < louvainRounds; round++ {
		var init []int32
		if round > 0 {
			init = member
		}
		comm, moved := l.move(ctx, gamma, m2, rng, init)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !moved {
			break
		}
		member = comm
		nc := renumber(member)
		up := l.aggregate(member, nc)
		for {
			c, moved := up.move(ctx, gamma, m2, rng, nil)
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if !moved {
				break
			}
			nc = renumber(c)
			for i, x := range member {
				member[i] = c[x]
			}
			up = up.aggregate(c, nc)
		}
	}
	return renumberCopy(member), nil
}

// louvainRounds bounds the refinement rounds: after the levels converge,
// the nodes of the original network are moved once more starting from the
// partition found, and if any moves, the levels run again from there. This
// corrects nodes that were merged early into what became the wrong
// community (the idea of the multilevel refinement of R. Rotta and
// A. Noack, "Multilevel local search algorithms for modularity clustering",
// J. Exp. Algorithmics 16, 2011, at the finest level only). On the
// generated 100,000-node graphs of the benchmarks one refinement raises Q
// from 0.795 to 0.800 (planted partition) and from 0.337 to 0.346
// (preferential attachment) for 10–30% more time; further rounds changed
// nothing there.
const louvainRounds = 2

// move runs the local moving phase on l, starting from singletons or from
// the communities init, and returns the community of each node and whether
// any node moved.
//
// Instead of sweeping every node pass after pass, it keeps a queue (V. A.
// Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing
// well-connected communities", Sci. Rep. 9, 5233, 2019, fast local move;
// also S. Ozaki et al., "Simple acceleration of the Louvain method", 2016):
// all nodes start in it in shuffled order, and when a node moves, its
// neighbours outside its new community that are not queued join the end
// of the queue. Each move strictly raises Q, so the phase ends when the queue
// is empty, at the same kind of local optimum as repeated sweeps, but the
// late sweeps that move a few nodes out of 100,000 cost almost nothing.
// It returns early, with a partial result, when ctx is done (looked at
// every checkEvery visits).
func (l *level) move(ctx context.Context, gamma, m2 float64, rng *rand.Rand, init []int32) ([]int32, bool) {
	nn := l.len()
	comm := make([]int32, nn)
	tot := make([]float64, nn)
	for i := range comm {
		comm[i] = int32(i)
		if init != nil {
			comm[i] = init[i]
		}
		tot[comm[i]] += l.k[i]
	}
	// queue is a ring buffer holding each node at most once.
	queue := make([]int32, nn)
	for i := range queue {
		queue[i] = int32(i)
	}
	rng.Shuffle(nn, func(i, j int) { queue[i], queue[j] = queue[j], queue[i] })
	queued := make([]bool, nn)
	for i := range queued {
		queued[i] = true
	}
	head, size := 0, nn

	wto := make([]float64, nn) // weight from the current node to community c
	seen := make([]bool, nn)
	var touched []int32
	moved := false
	for visits := 1; size > 0; visits++ {
		if visits%checkEvery == 0 && ctx.Err() != nil {
			return comm, moved
		}
		i := queue[head]
		head++
		if head == nn {
			head = 0
		}
		size--
		queued[i] = false

		ci := comm[i]
		ki := l.k[i]
		touched = touched[:0]
		for e := l.off[i]; e < l.off[i+1]; e++ {
			c := comm[l.adj[e]]
			if !seen[c] {
				seen[c] = true
				touched = append(touched, c)
			}
			wto[c] += l.w[e]
		}
		tot[ci] -= ki
		f := gamma * ki / m2
		best, bestGain := ci, wto[ci]-tot[ci]*f
		for _, c := range touched {
			if g := wto[c] - tot[c]*f; g > bestGain {
				best, bestGain = c, g
			}
		}
		tot[best] += ki
		for _, c := range touched {
			wto[c] = 0
			seen[c] = false
		}
		if best == ci {
			continue
		}
		comm[i] = best
		moved = true
		for e := l.off[i]; e < l.off[i+1]; e++ {
			v := l.adj[e]
			if !queued[v] && comm[v] != best {
				queued[v] = true
				tail := head + size
				if tail >= nn {
					tail -= nn
				}
				queue[tail] = v
				size++
			}
		}
	}
	return comm, moved
}

// checkEvery is how many steps long loops take between two looks at their
// context: a few microseconds of work on large graphs.
const checkEvery = 1024

// renumber maps community labels to 0..c−1 in order of first appearance and
// returns c.
func renumber(comm []int32) int {
	id := make([]int32, len(comm))
	for i := range id {
		id[i] = -1
	}
	nc := int32(0)
	for i, c := range comm {
		if id[c] < 0 {
			id[c] = nc
			nc++
		}
		comm[i] = id[c]
	}
	return int(nc)
}

func renumberCopy(comm []int32) []int32 {
	renumber(comm)
	return comm
}

// aggregate merges the nodes of each community into one node.
func (l *level) aggregate(comm []int32, nc int) *level {
	// Members of each community by counting sort, in node order.
	start := make([]int32, nc+1)
	for _, c := range comm {
		start[c+1]++
	}
	for c := range nc {
		start[c+1] += start[c]
	}
	members := make([]int32, len(comm))
	pos := make([]int32, nc)
	copy(pos, start[:nc])
	for i, c := range comm {
		members[pos[c]] = int32(i)
		pos[c]++
	}

	next := &level{
		off:  make([]int32, nc+1),
		self: make([]float64, nc),
		k:    make([]float64, nc),
	}
	// A row holds at most the arcs of its members that leave the
	// community, so len(l.adj) bounds the whole: with that capacity the
	// slices never grow (growing them, copying most arcs once or twice,
	// was a sixth of the command's time on a 100,000-node graph).
	adj := make([]int32, 0, len(l.adj))
	w := make([]float64, 0, len(l.adj))
	slot := make([]int32, nc) // position of community d in the current row, or -1
	for i := range slot {
		slot[i] = -1
	}
	for c := range nc {
		rowStart := int32(len(adj))
		for _, u := range members[start[c]:start[c+1]] {
			next.self[c] += l.self[u]
			next.k[c] += l.k[u]
			for e := l.off[u]; e < l.off[u+1]; e++ {
				d := comm[l.adj[e]]
				if int(d) == c {
					next.self[c] += l.w[e]
					continue
				}
				if slot[d] < 0 {
					slot[d] = int32(len(adj))
					adj = append(adj, d)
					w = append(w, l.w[e])
					continue
				}
				w[slot[d]] += l.w[e]
			}
		}
		for _, d := range adj[rowStart:] {
			slot[d] = -1
		}
		next.off[c+1] = int32(len(adj))
	}
	next.adj, next.w = adj, w
	return next
}
