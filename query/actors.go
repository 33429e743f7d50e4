package query

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// Actors returns the actors of kind (all for KindUnknown), most mentioned
// first (ties by name), at most top of them (all when top <= 0).
func (q *Graph) Actors(kind extract.Kind, top int) []Actor {
	nodes := make([]*graph.Node, 0, len(q.Nodes))
	for i := range q.Nodes {
		if kind == extract.KindUnknown || q.Nodes[i].Type == kind {
			nodes = append(nodes, &q.Nodes[i])
		}
	}
	slices.SortStableFunc(nodes, func(a, b *graph.Node) int {
		if a.Mentions != b.Mentions {
			return b.Mentions - a.Mentions
		}
		return strings.Compare(a.Name, b.Name)
	})
	if top > 0 && top < len(nodes) {
		nodes = nodes[:top]
	}
	recs := make([]Actor, len(nodes))
	for i, n := range nodes {
		recs[i] = NewActor(n)
	}
	return recs
}
