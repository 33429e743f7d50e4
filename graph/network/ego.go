package network

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Ego returns the ego network of center in n: center first, then the nodes
// within depth hops by breadth-first search, ordered by depth, then by the
// strongest tie to the previous ring descending, then by name. A depth
// below 1 is 1. It returns nil when center is out of range. g is used for
// names when n has none.
func Ego(g *graph.Graph, n *Network, center int, depth int) []int {
	if center < 0 || center >= n.Len() {
		return nil
	}
	depth = max(depth, 1)
	dist := map[int32]int{int32(center): 0}
	out := []int{center}
	ring := []int32{int32(center)}
	for d := 1; d <= depth && len(ring) > 0; d++ {
		tie := map[int32]float64{}
		for _, u := range ring {
			adj, w := n.Neighbors(int(u))
			for i, v := range adj {
				if _, ok := dist[v]; ok {
					continue
				}
				tie[v] = max(tie[v], w[i])
			}
		}
		next := make([]int32, 0, len(tie))
		for v := range tie {
			next = append(next, v)
			dist[v] = d
		}
		slices.SortFunc(next, func(a, b int32) int {
			if c := cmp.Compare(tie[b], tie[a]); c != 0 {
				return c
			}
			return cmp.Compare(nodeName(g, n, int(a)), nodeName(g, n, int(b)))
		})
		for _, v := range next {
			out = append(out, int(v))
		}
		ring = next
	}
	return out
}

func nodeName(g *graph.Graph, n *Network, id int) string {
	if id < len(n.Names) {
		return n.Names[id]
	}
	if g != nil && id < len(g.Nodes) {
		return g.Nodes[id].Name
	}
	return ""
}
