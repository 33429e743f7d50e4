package network

import (
	"fmt"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
)

// benchSizes are the generated graph sizes of the analysis benchmarks: n
// actors with 5n edges. 100k runs only without -short.
var benchSizes = []int{1000, 10000, 100000}

// benchGraphs caches generated graphs across benchmarks.
type benchGraphs struct {
	mu sync.Mutex
	m  map[string]*Network
}

var benchCache = benchGraphs{m: map[string]*Network{}}

// benchNetwork returns the comention network of a generated graph: "planted"
// (n/100 communities, mixing 0.2) or "pa" (preferential attachment, 5 edges
// per node), n nodes and about 5n edges.
func benchNetwork(b *testing.B, kind string, n int) *Network {
	b.Helper()
	if n > 10000 && testing.Short() {
		b.Skip("100k graphs skipped in -short mode")
	}
	key := fmt.Sprint(kind, n)
	benchCache.mu.Lock()
	defer benchCache.mu.Unlock()
	if nw, ok := benchCache.m[key]; ok {
		return nw
	}
	var g *graph.Graph
	switch kind {
	case "planted":
		g = generate.PlantedPartition(n, max(n/100, 2), 5*n, 0.2, 1)
	default:
		g = generate.PreferentialAttachment(n, 5, 1)
	}
	nw := Project(g, LayerComention)
	benchCache.m[key] = nw
	return nw
}

// benchEach runs f for both graph kinds at every size.
func benchEach(b *testing.B, f func(b *testing.B, n *Network)) {
	for _, kind := range []string{"planted", "pa"} {
		for _, size := range benchSizes {
			b.Run(fmt.Sprintf("%s_%d", kind, size), func(b *testing.B) {
				nw := benchNetwork(b, kind, size)
				b.ReportAllocs()
				b.ResetTimer()
				f(b, nw)
			})
		}
	}
}
