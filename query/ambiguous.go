package query

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// shortForm returns node id, found for name, unless it is a short name the
// corpus did not resolve (graph.Node.Candidates) and name is not its
// ActorID: then an *AmbiguousError lists the full names it may stand for
// and, last, the node's own ActorID, which names the unresolved mentions.
func shortForm(g *graph.Graph, id int, name string) (int, error) {
	n := &g.Nodes[id]
	if len(n.Candidates) == 0 || n.ActorID == name {
		return id, nil
	}
	cands := slices.Clone(n.Candidates)
	if n.ActorID != "" {
		cands = append(cands, n.ActorID)
	}
	return -1, &AmbiguousError{Name: name, Candidates: cands}
}
