package graph

import (
	"cmp"
	"slices"
)

// Ego returns the ego network of center in n: center first, then the nodes
// within depth hops by breadth-first search, ordered by depth, then by the
// strongest tie to the previous ring descending, then by name. A depth
// below 1 is 1. It returns nil when center is out of range. g is used for
// names when n has none.
func Ego(g *Graph, n *Network, center int, depth int) []int {
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

func nodeName(g *Graph, n *Network, id int) string {
	if id < len(n.Names) {
		return n.Names[id]
	}
	if g != nil && id < len(g.Nodes) {
		return g.Nodes[id].Name
	}
	return ""
}

// Subgraph returns a new graph with only the nodes in keep (ids of g;
// duplicates and out-of-range ids are ignored) and the edges, stances and
// statements among them. Nodes keep their order by name and are re-indexed
// (ID = index). A statement is kept when its speaker is, with its targets
// cut to the kept nodes. Documents, places, window and folded count are
// kept as they are, so evidence still cites the same documents.
func Subgraph(g *Graph, keep []int) *Graph {
	newID := make([]int, len(g.Nodes))
	for i := range newID {
		newID[i] = -1
	}
	var ids []int
	for _, v := range keep {
		if v >= 0 && v < len(g.Nodes) && newID[v] < 0 {
			newID[v] = 0
			ids = append(ids, v)
		}
	}
	slices.SortFunc(ids, func(a, b int) int {
		if c := cmp.Compare(g.Nodes[a].Name, g.Nodes[b].Name); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	s := &Graph{
		Format:     g.Format,
		Window:     g.Window,
		Documents:  g.Documents,
		Places:     g.Places,
		Folded:     g.Folded,
		Nodes:      make([]Node, len(ids)),
		Edges:      []Edge{},
		Stances:    []Stance{},
		Statements: []Statement{},
	}
	for i, v := range ids {
		newID[v] = i
		s.Nodes[i] = g.Nodes[v]
		s.Nodes[i].ID = i
	}
	in := func(v int) bool { return v >= 0 && v < len(newID) && newID[v] >= 0 }
	for _, e := range g.Edges {
		if in(e.Source) && in(e.Target) {
			e.Source, e.Target = newID[e.Source], newID[e.Target]
			if e.Source > e.Target {
				e.Source, e.Target = e.Target, e.Source
			}
			s.Edges = append(s.Edges, e)
		}
	}
	slices.SortStableFunc(s.Edges, func(a, b Edge) int {
		if c := cmp.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return cmp.Compare(a.Target, b.Target)
	})
	for _, st := range g.Stances {
		if in(st.Source) && in(st.Target) {
			st.Source, st.Target = newID[st.Source], newID[st.Target]
			s.Stances = append(s.Stances, st)
		}
	}
	slices.SortStableFunc(s.Stances, func(a, b Stance) int {
		if c := cmp.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return cmp.Compare(a.Target, b.Target)
	})
	for _, st := range g.Statements {
		if !in(st.Speaker) {
			continue
		}
		st.Speaker = newID[st.Speaker]
		targets := make([]int, 0, len(st.Targets))
		for _, t := range st.Targets {
			if in(t) {
				targets = append(targets, newID[t])
			}
		}
		st.Targets = targets
		s.Statements = append(s.Statements, st)
	}
	return s
}
