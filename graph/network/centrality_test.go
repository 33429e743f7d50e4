package network

import (
	"math"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph/generate"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/mat"
)

// close6 reports whether got and want agree within 1e-6 relative (1e-9
// absolute near zero).
func close6(got, want float64) bool {
	return math.Abs(got-want) <= 1e-6*math.Max(math.Abs(want), 1e-3)
}

var compareCases = []struct {
	name string
	seed uint64
	n    int
	p    float64
}{
	{"Sparse30", 1, 30, 0.08},
	{"Medium40", 2, 40, 0.15},
	{"Dense25", 3, 25, 0.5},
	{"Disconnected50", 4, 50, 0.03},
}

func TestPageRankMatchesGonum(t *testing.T) {
	for _, tt := range compareCases {
		t.Run(tt.name, func(t *testing.T) {
			n := Project(randomGraph(tt.seed, tt.n, tt.p), LayerComention)
			d := simple.NewWeightedDirectedGraph(0, 0)
			for u := range n.Len() {
				d.AddNode(simple.Node(u))
			}
			for u := range n.Len() {
				adj, w := n.Neighbors(u)
				for i, v := range adj {
					d.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: w[i]})
				}
			}
			want := network.PageRankSparse(d, 0.85, 1e-13)
			got, err := CentralityValues(n, MeasurePageRank, CentralityOptions{Tolerance: 1e-14})
			if err != nil {
				t.Fatal(err)
			}
			for u, g := range got {
				if !close6(g, want[int64(u)]) {
					t.Errorf("pagerank[%d] = %g, want %g (gonum)", u, g, want[int64(u)])
				}
			}
		})
	}
}

func TestBetweennessMatchesGonum(t *testing.T) {
	for _, tt := range compareCases {
		t.Run(tt.name, func(t *testing.T) {
			n := Project(randomGraph(tt.seed, tt.n, tt.p), LayerComention)

			cost := gonumCopy(n, Distance)
			want := network.BetweennessWeighted(cost, path.DijkstraAllPaths(cost))
			got, err := CentralityValues(n, MeasureBetweenness, CentralityOptions{Workers: 3})
			if err != nil {
				t.Fatal(err)
			}
			for u, g := range got {
				if !close6(g, want[int64(u)]) {
					t.Errorf("weighted betweenness[%d] = %g, want %g (gonum)", u, g, want[int64(u)])
				}
			}

			plain := simple.NewUndirectedGraph()
			for u := range n.Len() {
				plain.AddNode(simple.Node(u))
			}
			for u := range n.Len() {
				adj, _ := n.Neighbors(u)
				for _, v := range adj {
					if int(v) > u {
						plain.SetEdge(simple.Edge{F: simple.Node(u), T: simple.Node(v)})
					}
				}
			}
			want = network.Betweenness(plain)
			got, err = CentralityValues(n, MeasureBetweenness, CentralityOptions{Unweighted: true})
			if err != nil {
				t.Fatal(err)
			}
			for u, g := range got {
				if !close6(g, want[int64(u)]) {
					t.Errorf("unweighted betweenness[%d] = %g, want %g (gonum)", u, g, want[int64(u)])
				}
			}
		})
	}
}

func TestClosenessMatchesGonum(t *testing.T) {
	for _, tt := range compareCases {
		t.Run(tt.name, func(t *testing.T) {
			n := Project(randomGraph(tt.seed, tt.n, tt.p), LayerComention)
			cost := gonumCopy(n, Distance)
			want := network.Closeness(cost, path.DijkstraAllPaths(cost))
			got, err := CentralityValues(n, MeasureCloseness, CentralityOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for u, g := range got {
				w := want[int64(u)]
				if math.IsInf(w, 1) {
					w = 0 // isolated: gonum 1/0, ours 0
				}
				if !close6(g, w) {
					t.Errorf("closeness[%d] = %g, want %g (gonum)", u, g, w)
				}
			}
		})
	}
}

func TestEigenvectorMatchesDenseEigen(t *testing.T) {
	for _, tt := range compareCases[:3] {
		t.Run(tt.name, func(t *testing.T) {
			n := Project(randomGraph(tt.seed, tt.n, tt.p), LayerComention)
			// Keep the largest connected component's behaviour simple:
			// these cases are connected or nearly so; compare on the
			// dense leading eigenvector.
			a := mat.NewSymDense(n.Len(), nil)
			for u := range n.Len() {
				adj, w := n.Neighbors(u)
				for i, v := range adj {
					a.SetSym(u, int(v), w[i])
				}
			}
			var es mat.EigenSym
			if !es.Factorize(a, true) {
				t.Fatal("EigenSym failed")
			}
			var vec mat.Dense
			es.VectorsTo(&vec)
			lead := n.Len() - 1 // eigenvalues ascending
			got, err := CentralityValues(n, MeasureEigenvector, CentralityOptions{Tolerance: 1e-15})
			if err != nil {
				t.Fatal(err)
			}
			for u, g := range got {
				w := math.Abs(vec.At(u, lead))
				if math.Abs(g-w) > 1e-6 {
					t.Errorf("eigenvector[%d] = %g, want %g (mat.EigenSym)", u, g, w)
				}
			}
		})
	}
}

func TestSampledCentrality(t *testing.T) {
	n := Project(generate.PreferentialAttachment(400, 3, 5), LayerComention)
	for _, m := range []Measure{MeasureBetweenness, MeasureCloseness} {
		t.Run(string(m), func(t *testing.T) {
			exact, _ := CentralityValues(n, m, CentralityOptions{})
			all, _ := CentralityValues(n, m, CentralityOptions{Samples: 400})
			if !slices.Equal(exact, all) {
				t.Errorf("Samples = n differs from exact")
			}
			one, _ := CentralityValues(n, m, CentralityOptions{Samples: 100, Seed: 3, Workers: 1})
			four, _ := CentralityValues(n, m, CentralityOptions{Samples: 100, Seed: 3, Workers: 4})
			if !slices.Equal(one, four) {
				t.Errorf("sampled values depend on the number of workers")
			}
			other, _ := CentralityValues(n, m, CentralityOptions{Samples: 100, Seed: 4})
			if slices.Equal(one, other) {
				t.Errorf("seed does not change the sample")
			}
			// The estimate must find the same top node as the exact
			// value on a hub-dominated graph.
			top := func(v []float64) int { return slices.Index(v, slices.Max(v)) }
			if got, want := top(one), top(exact); got != want {
				t.Errorf("top node by sampled %s = %d, want %d", m, got, want)
			}
		})
	}
}

func TestCentralityOrderAndParse(t *testing.T) {
	n := Project(randomGraph(7, 20, 0.2), LayerComention)
	for _, m := range Measures() {
		got, err := ParseMeasure(string(m))
		if err != nil || got != m {
			t.Errorf("ParseMeasure(%q) = %q, %v", m, got, err)
		}
		s, err := Centrality(n, m, CentralityOptions{})
		if err != nil {
			t.Fatalf("Centrality(%s): %v", m, err)
		}
		for i := 1; i < len(s); i++ {
			if s[i-1].Value < s[i].Value || s[i-1].Value == s[i].Value && s[i-1].Name > s[i].Name {
				t.Fatalf("Centrality(%s) not sorted at %d: %+v, %+v", m, i, s[i-1], s[i])
			}
		}
	}
	if _, err := ParseMeasure("fame"); err == nil {
		t.Errorf("ParseMeasure(fame) = nil error, want error")
	}
	if m, _ := ParseMeasure(" PageRank "); m != MeasurePageRank {
		t.Errorf("ParseMeasure(PageRank) = %q", m)
	}
}
