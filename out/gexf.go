package out

import (
	"io"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/actorgraph/actorgraph/graph"
)

// GEXF attribute ids, declared in writeGEXF.
const (
	gexfType        = "type"
	gexfAffiliation = "affiliation"
	gexfAliases     = "aliases"
	gexfMentions    = "mentions"
	gexfDocuments   = "documents"
	gexfCommunity   = "community"
	gexfPageRank    = "pagerank"
	gexfDegree      = "degree"
	gexfKind        = "kind"
	gexfEdgeDocs    = "e_documents"
	gexfPositive    = "positive"
	gexfNegative    = "negative"
	gexfNeutral     = "neutral"
	gexfRole        = "role"
)

// writeGEXF writes g as GEXF 1.2 using gonum's wire structs. Node ids are
// the actors' stable ids (graph.ActorIDs). Co-mention edges are undirected
// and stances directed from the speaker, each edge with its own type (a
// mixed graph, which Gephi reads as such). networkx.read_gexf refuses
// per-edge types; for it, export the stances alone (EdgesStance: a
// directed graph) or the co-mentions alone. With measures, nodes carry
// community, PageRank and degree attributes and viz colour and size
// matching the diagram.
func writeGEXF(w io.Writer, d *exportData) error {
	defaultType := "undirected"
	if d.edges == EdgesStance {
		defaultType = "directed"
	}
	nodeAttrs := []gexf12.Attribute{
		{ID: gexfType, Title: "type", Type: "string"},
		{ID: gexfAffiliation, Title: "affiliation", Type: "string"},
		{ID: gexfAliases, Title: "aliases", Type: "string"},
		{ID: gexfMentions, Title: "mentions", Type: "integer"},
		{ID: gexfDocuments, Title: "documents", Type: "integer"},
		{ID: gexfRole, Title: "role", Type: "string"},
	}
	if d.m != nil {
		nodeAttrs = append(nodeAttrs,
			gexf12.Attribute{ID: gexfCommunity, Title: "community", Type: "integer"},
			gexf12.Attribute{ID: gexfPageRank, Title: "pagerank", Type: "double"},
			gexf12.Attribute{ID: gexfDegree, Title: "degree", Type: "integer"})
	}
	doc := gexf12.Content{
		Version: "1.2",
		Meta:    &gexf12.Meta{Creator: "actorgraph", Description: "actor co-mention and stance graph"},
		Graph: gexf12.Graph{
			DefaultEdgeType: defaultType,
			Mode:            "static",
			Attributes: []gexf12.Attributes{
				{Class: "node", Attributes: nodeAttrs},
				{Class: "edge", Attributes: []gexf12.Attribute{
					{ID: gexfKind, Title: "kind", Type: "string"},
					{ID: gexfEdgeDocs, Title: "documents", Type: "integer"},
					{ID: gexfPositive, Title: "positive", Type: "integer"},
					{ID: gexfNegative, Title: "negative", Type: "integer"},
					{ID: gexfNeutral, Title: "neutral", Type: "integer"},
				}},
			},
		},
	}
	for _, n := range d.nodes {
		doc.Graph.Nodes.Nodes = append(doc.Graph.Nodes.Nodes, gexfNode(d, n))
	}
	doc.Graph.Nodes.Count = len(doc.Graph.Nodes.Nodes)
	for i, l := range d.links {
		e := gexf12.Edge{ID: "e" + strconv.Itoa(i), Source: d.id(l.Source), Target: d.id(l.Target),
			Weight: float64(l.Weight), Type: "undirected"}
		vals := []gexf12.AttValue{{For: gexfKind, Value: l.Kind}}
		if l.Directed() {
			e.Type = "directed"
			vals = append(vals,
				gexf12.AttValue{For: gexfPositive, Value: strconv.Itoa(l.Positive)},
				gexf12.AttValue{For: gexfNegative, Value: strconv.Itoa(l.Negative)},
				gexf12.AttValue{For: gexfNeutral, Value: strconv.Itoa(l.Neutral)})
		} else {
			vals = append(vals, gexf12.AttValue{For: gexfEdgeDocs, Value: strconv.Itoa(l.Documents)})
		}
		e.AttValues = &gexf12.AttValues{AttValues: vals}
		doc.Graph.Edges.Edges = append(doc.Graph.Edges.Edges, e)
	}
	doc.Graph.Edges.Count = len(doc.Graph.Edges.Edges)
	return writeXML(w, doc)
}

// gexfNode returns the GEXF node of n.
func gexfNode(d *exportData, n graph.Node) gexf12.Node {
	vals := []gexf12.AttValue{{For: gexfType, Value: n.Type.String()}}
	if a := clean(n.Affiliation); a != "" {
		vals = append(vals, gexf12.AttValue{For: gexfAffiliation, Value: a})
	}
	if a := cleanAll(n.Aliases); len(a) > 0 {
		vals = append(vals, gexf12.AttValue{For: gexfAliases, Value: strings.Join(a, "; ")})
	}
	vals = append(vals,
		gexf12.AttValue{For: gexfMentions, Value: strconv.Itoa(n.Mentions)},
		gexf12.AttValue{For: gexfDocuments, Value: strconv.Itoa(n.Documents)})
	if r := clean(n.Role); r != "" {
		vals = append(vals, gexf12.AttValue{For: gexfRole, Value: r})
	}
	node := gexf12.Node{ID: d.id(n.ID), Label: clean(n.Name)}
	if c, ok := d.community(n.ID); ok {
		vals = append(vals, gexf12.AttValue{For: gexfCommunity, Value: strconv.Itoa(c)})
		r, g, b := rgb(d.colour(n.ID))
		node.Color = &gexf12.Color{R: r, G: g, B: b}
	}
	if pr, ok := d.pagerank(n.ID); ok {
		vals = append(vals, gexf12.AttValue{For: gexfPageRank, Value: formatFloat(pr)})
		size, _ := d.size(n.ID)
		node.Size = &gexf12.Size{Value: size}
	}
	if deg, ok := d.degree(n.ID); ok {
		vals = append(vals, gexf12.AttValue{For: gexfDegree, Value: strconv.Itoa(deg)})
	}
	node.AttValues = &gexf12.AttValues{AttValues: vals}
	return node
}
