package out

import (
	"fmt"
	"math"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
)

// NodeMeasures are analysis results that the exports carry as node
// attributes. The query layer computes them (out does not analyse); each
// slice is indexed by node ID and may be nil.
type NodeMeasures struct {
	// Community is each node's community index (0 is the largest; -1 for
	// none), the same index that colours the diagrams.
	Community []int
	// PageRank sizes the nodes, as in the default diagram.
	PageRank []float64
	// Degree is the number of co-mention neighbours.
	Degree []int
}

// EdgeSet chooses the edges an export writes.
type EdgeSet string

// The edge sets.
const (
	// EdgesAll writes co-mention edges (undirected) and stances (directed).
	EdgesAll EdgeSet = ""
	// EdgesComention writes an undirected graph of co-mentions only.
	EdgesComention EdgeSet = kindComention
	// EdgesStance writes a directed graph of stances only, from the
	// speaker to the actor spoken about: the export that tools which
	// refuse mixed graphs (networkx.read_graphml, read_gexf) read with
	// the right direction.
	EdgesStance EdgeSet = kindStance
)

// ParseEdgeSet parses "all", "comention" or "stance".
func ParseEdgeSet(s string) (EdgeSet, error) {
	switch s {
	case "", "all":
		return EdgesAll, nil
	case kindComention, kindStance:
		return EdgeSet(s), nil
	}
	return "", fmt.Errorf("unknown edge set %q (want all, comention or stance)", s)
}

// ExportOptions controls ExportWith.
type ExportOptions struct {
	Edges EdgeSet
	// Measures, when set, adds community, PageRank and degree attributes
	// and, in GEXF, viz colour and size matching the diagram.
	Measures *NodeMeasures
}

// exportData is what every XML and CSV writer needs: the nodes, their
// stable ids, the links chosen and the measures.
type exportData struct {
	g     *graph.Graph
	nodes []graph.Node
	ids   []string
	links []link
	edges EdgeSet
	m     *NodeMeasures
	maxPR float64
}

func newExportData(g *graph.Graph, opts ExportOptions) *exportData {
	d := &exportData{g: g, nodes: sortedNodes(g), ids: g.ActorIDs(), edges: opts.Edges, m: opts.Measures}
	for _, l := range links(g) {
		if opts.Edges == EdgesAll || string(opts.Edges) == l.Kind {
			d.links = append(d.links, l)
		}
	}
	if d.m != nil {
		for _, v := range d.m.PageRank {
			if v > d.maxPR && !math.IsInf(v, 0) {
				d.maxPR = v
			}
		}
	}
	return d
}

// id returns the stable id of node v.
func (d *exportData) id(v int) string {
	if v >= 0 && v < len(d.ids) {
		return d.ids[v]
	}
	return "n" + strconv.Itoa(v)
}

// community returns the 1-based community number of node v (as the
// communities command prints it), 0 for none, and whether it is known.
func (d *exportData) community(v int) (int, bool) {
	if d.m == nil || v < 0 || v >= len(d.m.Community) {
		return 0, false
	}
	return d.m.Community[v] + 1, true
}

// pagerank returns the PageRank of node v and whether it is known.
func (d *exportData) pagerank(v int) (float64, bool) {
	if d.m == nil || v < 0 || v >= len(d.m.PageRank) {
		return 0, false
	}
	return d.m.PageRank[v], true
}

// degree returns the degree of node v and whether it is known.
func (d *exportData) degree(v int) (int, bool) {
	if d.m == nil || v < 0 || v >= len(d.m.Degree) {
		return 0, false
	}
	return d.m.Degree[v], true
}

// colour returns the diagram fill of node v ("" when unknown).
func (d *exportData) colour(v int) string {
	c, ok := d.community(v)
	if !ok {
		return ""
	}
	return fillColour(c - 1)
}

// size returns the diagram width of node v in points (PageRank sizes the
// default diagram), and whether it is known.
func (d *exportData) size(v int) (float64, bool) {
	pr, ok := d.pagerank(v)
	if !ok {
		return 0, false
	}
	return math.Round(lerp(minNodeWidth, maxNodeWidth, scaleFraction(pr, d.maxPR))*72*10) / 10, true
}

// formatFloat writes a measure for an attribute.
func formatFloat(v float64) string { return strconv.FormatFloat(v, 'g', 6, 64) }
