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
	gexfKind        = "kind"
	gexfEdgeDocs    = "e_documents"
	gexfPositive    = "positive"
	gexfNegative    = "negative"
	gexfNeutral     = "neutral"
	gexfActorID     = "actor_id"
	gexfRole        = "role"
)

// writeGEXF writes g as GEXF 1.2 using gonum's wire structs. The graph is
// undirected and stance edges are told apart by their kind attribute, with
// the speaker as source. GEXF allows a per-edge type="directed" (a mixed
// graph, which Gephi draws), but networkx.read_gexf rejects it, as
// networkx.read_graphml rejects GraphML's per-edge directed="true"; both
// exports therefore stay undirected.
func writeGEXF(w io.Writer, g *graph.Graph) error {
	doc := gexf12.Content{
		Version: "1.2",
		Meta:    &gexf12.Meta{Creator: "actorgraph", Description: "actor co-mention and stance graph"},
		Graph: gexf12.Graph{
			DefaultEdgeType: "undirected",
			Mode:            "static",
			Attributes: []gexf12.Attributes{
				{Class: "node", Attributes: []gexf12.Attribute{
					{ID: gexfType, Title: "type", Type: "string"},
					{ID: gexfAffiliation, Title: "affiliation", Type: "string"},
					{ID: gexfAliases, Title: "aliases", Type: "string"},
					{ID: gexfMentions, Title: "mentions", Type: "integer"},
					{ID: gexfDocuments, Title: "documents", Type: "integer"},
					{ID: gexfActorID, Title: "actor_id", Type: "string"},
					{ID: gexfRole, Title: "role", Type: "string"},
				}},
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
	for _, n := range sortedNodes(g) {
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
		if id := clean(n.ActorID); id != "" {
			vals = append(vals, gexf12.AttValue{For: gexfActorID, Value: id})
		}
		if r := clean(n.Role); r != "" {
			vals = append(vals, gexf12.AttValue{For: gexfRole, Value: r})
		}
		doc.Graph.Nodes.Nodes = append(doc.Graph.Nodes.Nodes, gexf12.Node{
			ID: xmlNodeID(n.ID), Label: clean(n.Name), AttValues: &gexf12.AttValues{AttValues: vals},
		})
	}
	doc.Graph.Nodes.Count = len(doc.Graph.Nodes.Nodes)
	for i, l := range links(g) {
		e := gexf12.Edge{ID: "e" + strconv.Itoa(i), Source: xmlNodeID(l.Source), Target: xmlNodeID(l.Target),
			Weight: float64(l.Weight)}
		vals := []gexf12.AttValue{{For: gexfKind, Value: l.Kind}}
		if l.Directed() {
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
