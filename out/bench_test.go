package out

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// benchGraph returns a random graph of n actors in communities of about
// ten, each actor linked to three others (mostly in its own community),
// with sizes and communities, always the same for the same n.
func benchGraph(n int) (*graph.Graph, []float64, []int) {
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	g := &graph.Graph{Format: graph.Format, Window: "sentence"}
	size := make([]float64, n)
	comm := make([]int, n)
	ncomm := max(1, n/10)
	for i := range n {
		comm[i] = i % ncomm
		size[i] = rng.ExpFloat64()
		g.Nodes = append(g.Nodes, graph.Node{ID: i, Name: fmt.Sprintf("Actor %03d of group %d", i, comm[i]),
			Type: extract.Kind(1 + i%3), Mentions: 1 + rng.IntN(20), Documents: 1})
	}
	seen := map[[2]int]bool{}
	for i := range n {
		for range 3 {
			j := rng.IntN(n)
			if rng.Float64() < 0.8 { // same community
				j = (j/ncomm)*ncomm + comm[i]
			}
			a, b := min(i, j), max(i, j)
			if a == b || b >= n || seen[[2]int{a, b}] {
				continue
			}
			seen[[2]int{a, b}] = true
			g.Edges = append(g.Edges, graph.Edge{Source: a, Target: b, Weight: 1 + rng.IntN(8), Documents: 1})
		}
	}
	slices.SortFunc(g.Edges, func(x, y graph.Edge) int {
		return cmp.Or(cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target))
	})
	for i := 0; i < n/10; i++ {
		g.Stances = append(g.Stances, graph.Stance{Source: rng.IntN(n), Target: rng.IntN(n), Positive: rng.IntN(3), Negative: rng.IntN(3)})
	}
	return g, size, comm
}

// BenchmarkRender measures a whole Render (DOT, parse, layout, SVG or
// PNG). go-graphviz compiles its WebAssembly module when the program
// starts (package init, cached under $TMPDIR/go-graphviz), so the first
// call here is not slower than the rest.
func BenchmarkRender(b *testing.B) {
	for _, n := range []int{50, 300} {
		for _, f := range []Format{FormatSVG, FormatPNG} {
			d := DiagramFrom(benchGraph(n))
			b.Run(fmt.Sprintf("%s/%d", f, n), func(b *testing.B) {
				b.ReportAllocs()
				var buf bytes.Buffer
				for b.Loop() {
					buf.Reset()
					if err := Render(context.Background(), &buf, d, RenderOptions{Format: f}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkExport(b *testing.B) {
	g, _, _ := benchGraph(1000)
	for _, f := range []Format{FormatJSON, FormatGraphML, FormatGEXF, FormatCSV, FormatDOT} {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Export(&buf, g, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
