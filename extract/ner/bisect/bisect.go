// Package bisect clusters word vectors into a binary tree by bisecting
// k-means: each node's words are split in two, first by the sign of their
// projection on the node's principal direction (Boley's principal
// direction divisive partitioning), then by a few rounds of 2-means
// (Lloyd's iterations on the unit vectors, that is by cosine similarity).
// A word's path from the root, one bit per split, is its cluster: words
// whose vectors point alike share long prefixes, as in Brown clusters, so
// that the tagger of package ner can use both in the same way.
//
// The result depends only on the input: no random numbers, a fixed number
// of iterations, float64 sums in a fixed order.
package bisect

import (
	"errors"
	"fmt"
	"math"
)

// Options bound the tree.
type Options struct {
	// Depth is the largest number of splits from the root to a leaf
	// (1 to 32).
	Depth int
	// MinSize is the smallest node that is split further; smaller ones are
	// leaves (at least 2).
	MinSize int
	// Iterations is the number of 2-means rounds after the first split
	// of a node (0: none), and of power iterations for its principal
	// direction (that many plus ten).
	Iterations int
}

// Paths returns the path of each of vecs (rows of equal length) in the
// tree, as a string of 0 and 1. Rows are normalised to unit length first;
// a zero row is an error.
func Paths(vecs [][]float32, opts Options) ([]string, error) {
	if opts.Depth < 1 || opts.Depth > 32 {
		return nil, fmt.Errorf("bisect: depth %d, want 1 to 32", opts.Depth)
	}
	if opts.MinSize < 2 {
		return nil, fmt.Errorf("bisect: minimum size %d, want at least 2", opts.MinSize)
	}
	if len(vecs) == 0 {
		return nil, errors.New("bisect: no vectors")
	}
	dim := len(vecs[0])
	x := make([][]float64, len(vecs))
	for i, v := range vecs {
		if len(v) != dim {
			return nil, fmt.Errorf("bisect: row %d has %d components, row 0 %d", i, len(v), dim)
		}
		row := make([]float64, dim)
		var n float64
		for j, c := range v {
			row[j] = float64(c)
			n += row[j] * row[j]
		}
		if n == 0 || math.IsNaN(n) || math.IsInf(n, 0) {
			return nil, fmt.Errorf("bisect: row %d has no direction", i)
		}
		n = math.Sqrt(n)
		for j := range row {
			row[j] /= n
		}
		x[i] = row
	}
	paths := make([][]byte, len(x))
	all := make([]int, len(x))
	for i := range all {
		all[i] = i
	}
	s := &splitter{x: x, dim: dim, opts: opts}
	s.grow(all, paths, 0)
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = string(p)
	}
	return out, nil
}

// splitter holds the unit vectors and the scratch of one run.
type splitter struct {
	x    [][]float64
	dim  int
	opts Options
}

// grow splits the node of the rows idx (at depth d) and its children,
// appending each row's bits to paths.
func (s *splitter) grow(idx []int, paths [][]byte, d int) {
	if d >= s.opts.Depth || len(idx) < s.opts.MinSize {
		return
	}
	left, right := s.split(idx)
	if len(left) == 0 || len(right) == 0 {
		return
	}
	for _, i := range left {
		paths[i] = append(paths[i], '0')
	}
	for _, i := range right {
		paths[i] = append(paths[i], '1')
	}
	s.grow(left, paths, d+1)
	s.grow(right, paths, d+1)
}

// split divides idx in two. The larger side comes first (it takes bit 0);
// on a tie, the side of the smaller first row.
func (s *splitter) split(idx []int) (a, b []int) {
	mean := s.mean(idx)
	dir := s.principal(idx, mean)
	side := make([]bool, len(idx))
	for k, i := range idx {
		side[k] = dotSub(s.x[i], mean, dir) > 0
	}
	c0, c1 := make([]float64, s.dim), make([]float64, s.dim)
	for range s.opts.Iterations {
		if !s.centroids(idx, side, c0, c1) {
			break
		}
		// The nearer centroid: |x-c|² = |x|² - 2x·c + |c|².
		n0, n1 := dot(c0, c0), dot(c1, c1)
		changed := false
		for k, i := range idx {
			v := 2*dot(s.x[i], c1)-n1 > 2*dot(s.x[i], c0)-n0
			if v != side[k] {
				side[k], changed = v, true
			}
		}
		if !changed {
			break
		}
	}
	for k, i := range idx {
		if side[k] {
			b = append(b, i)
		} else {
			a = append(a, i)
		}
	}
	if len(a) < len(b) || len(a) == len(b) && len(a) > 0 && b[0] < a[0] {
		a, b = b, a
	}
	return a, b
}

// centroids writes the means of the rows of each side into c0 and c1 and
// reports whether both sides have rows.
func (s *splitter) centroids(idx []int, side []bool, c0, c1 []float64) bool {
	clear(c0)
	clear(c1)
	n0, n1 := 0, 0
	for k, i := range idx {
		c := c0
		if side[k] {
			c, n1 = c1, n1+1
		} else {
			n0++
		}
		for j, v := range s.x[i] {
			c[j] += v
		}
	}
	if n0 == 0 || n1 == 0 {
		return false
	}
	for j := range c0 {
		c0[j] /= float64(n0)
		c1[j] /= float64(n1)
	}
	return true
}

// mean returns the mean of the rows idx.
func (s *splitter) mean(idx []int) []float64 {
	m := make([]float64, s.dim)
	for _, i := range idx {
		for j, v := range s.x[i] {
			m[j] += v
		}
	}
	for j := range m {
		m[j] /= float64(len(idx))
	}
	return m
}

// principal returns the leading eigenvector of the covariance of the rows
// idx (centred on mean), by power iteration from the direction of the row
// farthest from the mean.
func (s *splitter) principal(idx []int, mean []float64) []float64 {
	v := make([]float64, s.dim)
	far := -1.0
	for _, i := range idx {
		var d float64
		for j, c := range s.x[i] {
			d += (c - mean[j]) * (c - mean[j])
		}
		if d > far {
			far = d
			for j, c := range s.x[i] {
				v[j] = c - mean[j]
			}
		}
	}
	if !normalise(v) {
		v[0] = 1
	}
	w := make([]float64, s.dim)
	for range s.opts.Iterations + 10 {
		clear(w)
		for _, i := range idx {
			p := dotSub(s.x[i], mean, v)
			for j, c := range s.x[i] {
				w[j] += p * (c - mean[j])
			}
		}
		if !normalise(w) {
			break
		}
		v, w = w, v
	}
	return v
}

// normalise scales v to unit length and reports whether it had one.
func normalise(v []float64) bool {
	var n float64
	for _, c := range v {
		n += c * c
	}
	if n == 0 {
		return false
	}
	n = math.Sqrt(n)
	for j := range v {
		v[j] /= n
	}
	return true
}

// dot returns a·b.
func dot(a, b []float64) float64 {
	var s float64
	for j, v := range a {
		s += v * b[j]
	}
	return s
}

// dotSub returns (a-m)·b.
func dotSub(a, m, b []float64) float64 {
	var s float64
	for j, v := range a {
		s += (v - m[j]) * b[j]
	}
	return s
}
