package network

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
)

// Measure names a centrality measure.
type Measure string

// The centrality measures.
const (
	// MeasureDegree is the number of neighbours.
	MeasureDegree Measure = "degree"
	// MeasureStrength is the sum of edge weights.
	MeasureStrength Measure = "strength"
	// MeasureBetweenness is Brandes' shortest-path betweenness on
	// Distance(weight) costs.
	MeasureBetweenness Measure = "betweenness"
	// MeasureCloseness is 1 / (sum of Distance-weighted shortest path
	// lengths to the reachable nodes).
	MeasureCloseness Measure = "closeness"
	// MeasureEigenvector is the leading eigenvector of the weighted
	// adjacency matrix.
	MeasureEigenvector Measure = "eigenvector"
	// MeasurePageRank is weighted PageRank with every undirected edge
	// followed both ways.
	MeasurePageRank Measure = "pagerank"
)

// Measures returns the measures in the order help texts show them.
func Measures() []Measure {
	return []Measure{MeasurePageRank, MeasureBetweenness, MeasureCloseness, MeasureEigenvector, MeasureDegree, MeasureStrength}
}

// ParseMeasure parses a measure name, case-insensitively. The empty string
// is MeasurePageRank.
func ParseMeasure(s string) (Measure, error) {
	m := Measure(strings.ToLower(strings.TrimSpace(s)))
	if m == "" {
		return MeasurePageRank, nil
	}
	if slices.Contains(Measures(), m) {
		return m, nil
	}
	return "", fmt.Errorf("unknown measure %q (want pagerank, betweenness, closeness, eigenvector, degree or strength)", s)
}

// ExactLimit is the largest number of nodes for which betweenness and
// closeness are computed exactly when CentralityOptions.Samples is 0.
// Exact Brandes costs one shortest-path search per node, O(n·m log n) in
// all; above this size DefaultSamples sources are sampled instead, which
// keeps a 100,000-node graph to seconds.
const ExactLimit = 5000

// DefaultSamples is the number of sampled sources used above ExactLimit.
const DefaultSamples = 256

// CentralityOptions tune Centrality. The zero value gives the defaults.
type CentralityOptions struct {
	// Samples, when positive, estimates betweenness and closeness from
	// that many sampled source nodes (exact when Samples >= nodes). When
	// 0, graphs up to ExactLimit nodes are exact and larger ones use
	// DefaultSamples.
	Samples int
	// Seed seeds the choice of sampled sources.
	Seed uint64
	// Damping is the PageRank damping factor, 0.85 when 0.
	Damping float64
	// Tolerance stops PageRank and eigenvector iterations when the L1
	// change of the vector falls below it; 1e-10 when 0.
	Tolerance float64
	// Unweighted makes betweenness and closeness count hops instead of
	// Distance(weight).
	Unweighted bool
	// Workers is the number of goroutines for betweenness and closeness,
	// GOMAXPROCS when 0. Results do not depend on it.
	Workers int
}

func (o CentralityOptions) withDefaults() CentralityOptions {
	if o.Damping == 0 {
		o.Damping = 0.85
	}
	if o.Tolerance == 0 {
		o.Tolerance = 1e-10
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// SampleSize returns the number of source nodes betweenness and closeness
// will sample on n with opts, or 0 when they will be exact.
func SampleSize(n *Network, opts CentralityOptions) int {
	k := opts.Samples
	if k <= 0 {
		if n.Len() <= ExactLimit {
			return 0
		}
		k = DefaultSamples
	}
	if k >= n.Len() {
		return 0
	}
	return k
}

// Score is the centrality of one node.
type Score struct {
	Node  int     `json:"node"`
	Name  string  `json:"name"`
	Value float64 `json:"value"`
}

// Centrality scores every node of n by the measure m, sorted by value
// descending then name ascending.
func Centrality(n *Network, m Measure, opts CentralityOptions) ([]Score, error) {
	return CentralityContext(context.Background(), n, m, opts)
}

// CentralityContext is Centrality, stopped with ctx.Err() when ctx is done.
func CentralityContext(ctx context.Context, n *Network, m Measure, opts CentralityOptions) ([]Score, error) {
	vals, err := CentralityValuesContext(ctx, n, m, opts)
	if err != nil {
		return nil, err
	}
	s := make([]Score, len(vals))
	for i, v := range vals {
		s[i] = Score{Node: i, Name: n.Names[i], Value: v}
	}
	slices.SortFunc(s, func(a, b Score) int {
		if c := cmp.Compare(b.Value, a.Value); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return s, nil
}

// CentralityValues returns the centrality of every node of n by the measure
// m, indexed by node id.
func CentralityValues(n *Network, m Measure, opts CentralityOptions) ([]float64, error) {
	return CentralityValuesContext(context.Background(), n, m, opts)
}

// CentralityValuesContext is CentralityValues, stopped with ctx.Err() when
// ctx is done: the iterative and path-based measures look at ctx between
// iterations and sources.
func CentralityValuesContext(ctx context.Context, n *Network, m Measure, opts CentralityOptions) ([]float64, error) {
	opts = opts.withDefaults()
	switch m {
	case MeasureDegree:
		v := make([]float64, n.Len())
		for i := range v {
			v[i] = float64(n.Degree(i))
		}
		return v, nil
	case MeasureStrength:
		v := make([]float64, n.Len())
		for i := range v {
			v[i] = n.Strength(i)
		}
		return v, nil
	case MeasurePageRank:
		if opts.Damping <= 0 || opts.Damping >= 1 {
			return nil, fmt.Errorf("pagerank: damping %v out of range (0, 1)", opts.Damping)
		}
		return pageRank(ctx, n, opts.Damping, opts.Tolerance)
	case MeasureEigenvector:
		return eigenvector(ctx, n, opts.Tolerance)
	case MeasureBetweenness:
		return brandes(ctx, n, opts, false)
	case MeasureCloseness:
		return brandes(ctx, n, opts, true)
	}
	return nil, fmt.Errorf("unknown measure %q", m)
}
