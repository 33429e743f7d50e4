package network

import (
	"context"
	"math"
)

// pageRank computes weighted PageRank by power iteration on the CSR arrays,
// with the same model as gonum's network.PageRankSparse on the network made
// directed both ways: a walker at j follows edge j–i with probability
// damp·w_ji/s_j (s_j the strength of j), a dangling node (no edges) spreads
// damp/n to every node, and every node receives the teleport (1−damp)/n.
// Iteration starts from the uniform vector and stops when the L1 change is
// below tol (at most 1000 iterations). Cost: O(m) per iteration. It stops
// with ctx.Err() when ctx is done.
func pageRank(ctx context.Context, n *Network, damp, tol float64) ([]float64, error) {
	nn := n.Len()
	if nn == 0 {
		return nil, nil
	}
	inv := make([]float64, nn) // 1/s_j, 0 for dangling nodes
	for j := range nn {
		if s := n.Strength(j); s > 0 {
			inv[j] = 1 / s
		}
	}
	r := make([]float64, nn)
	next := make([]float64, nn)
	out := make([]float64, nn)
	for i := range r {
		r[i] = 1 / float64(nn)
	}
	for iter := 0; iter < 1000; iter++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var dangling float64
		for j, x := range r {
			if inv[j] == 0 {
				dangling += x
			}
			out[j] = x * inv[j]
		}
		base := (1-damp)/float64(nn) + damp*dangling/float64(nn)
		var diff, sum float64
		for i := range nn {
			lo, hi := n.Offsets[i], n.Offsets[i+1]
			var acc float64
			for e := lo; e < hi; e++ {
				acc += n.Weights[e] * out[n.Adj[e]]
			}
			v := base + damp*acc
			next[i] = v
			sum += v
			diff += math.Abs(v - r[i])
		}
		// Renormalise against rounding drift; the exact map keeps the sum 1.
		for i := range next {
			next[i] /= sum
		}
		r, next = next, r
		if diff < tol {
			break
		}
	}
	return r, nil
}
