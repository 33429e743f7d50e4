package out

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// EdgeKind tells the two kinds of diagram edge apart.
type EdgeKind uint8

// The diagram edge kinds.
const (
	// Comention is an undirected edge weighted by shared sentences.
	Comention EdgeKind = iota
	// Stance is a directed edge from a speaker to the actor spoken about.
	Stance
)

// String returns "comention" or "stance".
func (k EdgeKind) String() string {
	if k == Stance {
		return kindStance
	}
	return kindComention
}

// DiagramNode is an actor as drawn.
type DiagramNode struct {
	ID   int
	Name string
	// Type is the actor type's name: "person", "state" or "org".
	Type        string
	Affiliation string
	// Size is the measure that sets the node's area (for example a
	// centrality), on any non-negative scale; only ratios matter.
	Size float64
	// Community is the index into Diagram.Communities, or -1 for none.
	Community int
	// Highlight draws the node strongly and fades the rest of the diagram.
	Highlight bool
}

// DiagramEdge is an edge as drawn. From and To are DiagramNode IDs.
type DiagramEdge struct {
	From, To int
	// Weight is the co-mention count or the number of statements.
	Weight int
	Kind   EdgeKind
	// Polarity is the sign of a stance's net polarity: 1 supports, -1
	// opposes, 0 neutral or mixed.
	Polarity int
	// Label is optional text drawn on the edge.
	Label string
	// Highlight draws the edge strongly and fades the rest of the diagram.
	Highlight bool
}

// Diagram is plain data describing what to draw. The caller trims it (or
// the graph it comes from) to a size a reader can take in: Render draws
// every node, and more than a few hundred make a slow, unreadable picture.
type Diagram struct {
	Title    string
	Subtitle string
	// SizeBy names the measure behind DiagramNode.Size, for the legend.
	SizeBy string
	Nodes  []DiagramNode
	Edges  []DiagramEdge
	// Communities holds the legend label of each community index.
	Communities []string
	// Note is a line of small print under the legend, for example
	// "showing the top 300 of 5,000 actors".
	Note string
	// PathLegend explains the highlighted path in the legend, for example
	// "direct tie between A and B" ("" for no legend entry).
	PathLegend string
}

// DiagramFrom makes a diagram of every node, co-mention edge and stance of
// g. size gives each node's size by node ID (nil sizes by mentions, and
// Diagram.SizeBy should then name the measure); community gives each
// node's community index by node ID (nil or -1 for none). Communities are
// labelled by their two largest members. The title is "Actor network" and
// the subtitle counts what is shown; change them as needed.
func DiagramFrom(g *graph.Graph, size []float64, community []int) *Diagram {
	d := &Diagram{Title: "Actor network"}
	if size == nil {
		d.SizeBy = "mentions"
	}
	ncomm := 0
	for _, n := range sortedNodes(g) {
		dn := DiagramNode{ID: n.ID, Name: n.Name, Type: n.Type.String(), Affiliation: n.Affiliation, Size: float64(n.Mentions), Community: -1}
		if size != nil {
			dn.Size = 0
			if n.ID >= 0 && n.ID < len(size) {
				dn.Size = size[n.ID]
			}
		}
		if n.ID >= 0 && n.ID < len(community) && community[n.ID] >= 0 {
			dn.Community = community[n.ID]
			ncomm = max(ncomm, dn.Community+1)
		}
		d.Nodes = append(d.Nodes, dn)
	}
	stances := 0
	for _, l := range links(g) {
		e := DiagramEdge{From: l.Source, To: l.Target, Weight: l.Weight}
		if l.Directed() {
			e.Kind = Stance
			e.Polarity = sign(l.Positive - l.Negative)
			stances++
		}
		d.Edges = append(d.Edges, e)
	}
	d.Communities = communityLabels(d.Nodes, ncomm)
	d.Subtitle = fmt.Sprintf("%s · %s · %s", plural(len(d.Nodes), "actor"),
		plural(len(d.Edges)-stances, "co-mention link"), plural(stances, "stated position"))
	if len(g.Documents) > 0 {
		d.Subtitle += " · " + plural(len(g.Documents), "article")
	}
	return d
}

// HighlightPath marks the nodes of path (node IDs in order) and the edges
// of either kind between consecutive nodes, so that Render draws the path
// strongly and fades everything else. A step with no edge in the diagram
// gets a new co-mention edge of weight 0, so the path is always drawn
// whole.
func (d *Diagram) HighlightPath(path []int) {
	on := make(map[int]bool, len(path))
	for _, id := range path {
		on[id] = true
	}
	for i := range d.Nodes {
		if on[d.Nodes[i].ID] {
			d.Nodes[i].Highlight = true
		}
	}
	for i := 1; i < len(path); i++ {
		a, b := path[i-1], path[i]
		found := false
		for j := range d.Edges {
			e := &d.Edges[j]
			if (e.From == a && e.To == b) || (e.From == b && e.To == a) {
				e.Highlight, found = true, true
			}
		}
		if !found {
			d.Edges = append(d.Edges, DiagramEdge{From: a, To: b, Kind: Comention, Highlight: true})
		}
	}
}

// DropIsolated removes the nodes without any edge in the diagram, except
// keep (a node ID, -1 for none) and highlighted nodes, and returns how many
// it removed. A diagram of one node keeps it. Graphviz packs unconnected
// nodes in a band beside the drawing, where they read as a legend.
func (d *Diagram) DropIsolated(keep int) int {
	if len(d.Nodes) <= 1 {
		return 0
	}
	tied := make(map[int]bool, len(d.Nodes))
	for _, e := range d.Edges {
		if e.From != e.To {
			tied[e.From], tied[e.To] = true, true
		}
	}
	before := len(d.Nodes)
	kept := slices.DeleteFunc(slices.Clone(d.Nodes), func(n DiagramNode) bool {
		return !tied[n.ID] && n.ID != keep && !n.Highlight
	})
	if len(kept) == 0 {
		return 0
	}
	d.Nodes = kept
	return before - len(kept)
}

// DropStances removes the stance edges, for a co-mention-only picture.
func (d *Diagram) DropStances() {
	d.Edges = slices.DeleteFunc(d.Edges, func(e DiagramEdge) bool { return e.Kind == Stance })
}

// communityLabels names each community by its two largest members and the
// number of others, for example "Vladimir Putin, Russia +4".
func communityLabels(nodes []DiagramNode, n int) []string {
	members := make([][]DiagramNode, n)
	for _, dn := range nodes {
		if dn.Community >= 0 && dn.Community < n {
			members[dn.Community] = append(members[dn.Community], dn)
		}
	}
	labels := make([]string, n)
	for c, ms := range members {
		slices.SortStableFunc(ms, func(a, b DiagramNode) int {
			return cmp.Or(cmp.Compare(b.Size, a.Size), cmp.Compare(a.Name, b.Name))
		})
		var names []string
		for _, m := range ms[:min(2, len(ms))] {
			names = append(names, truncate(clean(m.Name), 24))
		}
		labels[c] = strings.Join(names, ", ")
		if len(ms) > 2 {
			labels[c] += fmt.Sprintf(" +%d", len(ms)-2)
		}
	}
	return labels
}

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// plural formats a count with its noun, "1 actor" or "12 actors", with
// thousands separated by commas.
func plural(n int, noun string) string {
	if n != 1 {
		noun += "s"
	}
	return thousands(n) + " " + noun
}

// thousands formats n with comma separators: 5000 -> "5,000".
func thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
