package network

import (
	"context"
	"math"
)

// eigenvector computes eigenvector centrality: the leading eigenvector of
// the weighted adjacency matrix A, scaled to unit Euclidean length with
// non-negative entries. It runs power iteration on A+I (same eigenvectors,
// and the shift avoids the oscillation of bipartite graphs), starting from
// the all-ones vector, until the L1 change is below tol or after 10,000
// iterations. Isolated nodes score 0 unless the graph has no edges at all.
func eigenvector(ctx context.Context, n *Network, tol float64) ([]float64, error) {
	nn := n.Len()
	if nn == 0 {
		return nil, nil
	}
	x := make([]float64, nn)
	y := make([]float64, nn)
	for i := range x {
		x[i] = 1 / math.Sqrt(float64(nn))
	}
	for iter := 0; iter < 10000; iter++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var norm float64
		for i := range nn {
			acc := x[i]
			lo, hi := n.Offsets[i], n.Offsets[i+1]
			for e := lo; e < hi; e++ {
				acc += n.Weights[e] * x[n.Adj[e]]
			}
			y[i] = acc
			norm += acc * acc
		}
		norm = math.Sqrt(norm)
		var diff float64
		for i := range y {
			y[i] /= norm
			diff += math.Abs(y[i] - x[i])
		}
		x, y = y, x
		if diff < tol {
			break
		}
	}
	if n.Edges() > 0 {
		for i := range x {
			if n.Degree(i) == 0 {
				x[i] = 0
			}
		}
	}
	return x, nil
}
