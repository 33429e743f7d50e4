package out

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Edge kinds as written in every export.
const (
	kindComention = "comention"
	kindStance    = "stance"
)

// link is one edge of either kind, flattened for the data exports.
type link struct {
	Source, Target int
	Kind           string
	// Weight is the co-mention count, or the number of statements for a
	// stance.
	Weight    int
	Documents int // co-mention only
	Positive  int // stance only
	Negative  int
	Neutral   int
}

// Directed reports whether the link is a stance, which points from the
// speaker to the actor spoken about.
func (l link) Directed() bool { return l.Kind == kindStance }

// links returns the co-mention edges sorted by (source, target), then the
// stances sorted the same way, so that exports do not depend on the order
// the graph was built in.
func links(g *graph.Graph) []link {
	out := make([]link, 0, len(g.Edges)+len(g.Stances))
	for _, e := range g.Edges {
		out = append(out, link{Source: e.Source, Target: e.Target, Kind: kindComention, Weight: e.Weight, Documents: e.Documents})
	}
	for _, s := range g.Stances {
		out = append(out, link{Source: s.Source, Target: s.Target, Kind: kindStance, Weight: s.Total(),
			Positive: s.Positive, Negative: s.Negative, Neutral: s.Neutral})
	}
	slices.SortStableFunc(out, func(a, b link) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	return out
}

// sortedNodes returns the nodes of g ordered by ID.
func sortedNodes(g *graph.Graph) []graph.Node {
	nodes := slices.Clone(g.Nodes)
	slices.SortStableFunc(nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	return nodes
}

// nodeName returns the cleaned name of the node with the given ID, or ""
// when there is none.
func nodeName(g *graph.Graph, id int) string {
	if id >= 0 && id < len(g.Nodes) && g.Nodes[id].ID == id {
		return clean(g.Nodes[id].Name)
	}
	for _, n := range g.Nodes {
		if n.ID == id {
			return clean(n.Name)
		}
	}
	return ""
}

// cleanAll cleans every string of ss, dropping those that become empty.
func cleanAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if c := clean(s); c != "" {
			out = append(out, c)
		}
	}
	return out
}
