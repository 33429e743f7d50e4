package graph

import (
	"cmp"
	"slices"
)

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
