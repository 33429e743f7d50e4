package out

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// GraphML wire structs, styled like gonum's graph/formats/gexf12.

type graphML struct {
	XMLName        xml.Name     `xml:"graphml"`
	Xmlns          string       `xml:"xmlns,attr"`
	XmlnsXSI       string       `xml:"xmlns:xsi,attr"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
	Keys           []graphMLKey `xml:"key"`
	Graph          graphMLGraph `xml:"graph"`
}

type graphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphMLGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Data        []graphMLData `xml:"data"`
	Nodes       []graphMLNode `xml:"node"`
	Edges       []graphMLEdge `xml:"edge"`
}

type graphMLNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphMLData `xml:"data"`
}

type graphMLEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphMLData `xml:"data"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// graphMLKeys returns the typed attributes. Key ids are the attribute
// names, which GraphML allows and which keeps the file readable. "label"
// is what Gephi and Cytoscape show; "weight" is a double because Gephi
// reads edge weights as doubles.
func graphMLKeys() []graphMLKey {
	return []graphMLKey{
		{ID: "g_format", For: "graph", Name: "format", Type: "string"},
		{ID: "g_window", For: "graph", Name: "window", Type: "string"},
		{ID: "g_documents", For: "graph", Name: "documents", Type: "int"},
		{ID: "label", For: "node", Name: "label", Type: "string"},
		{ID: "type", For: "node", Name: "type", Type: "string"},
		{ID: "affiliation", For: "node", Name: "affiliation", Type: "string"},
		{ID: "aliases", For: "node", Name: "aliases", Type: "string"},
		{ID: "mentions", For: "node", Name: "mentions", Type: "int"},
		{ID: "documents", For: "node", Name: "documents", Type: "int"},
		{ID: "actor_id", For: "node", Name: "actor_id", Type: "string"},
		{ID: "role", For: "node", Name: "role", Type: "string"},
		{ID: "weight", For: "edge", Name: "weight", Type: "double"},
		{ID: "kind", For: "edge", Name: "kind", Type: "string"},
		{ID: "e_documents", For: "edge", Name: "documents", Type: "int"},
		{ID: "positive", For: "edge", Name: "positive", Type: "int"},
		{ID: "negative", For: "edge", Name: "negative", Type: "int"},
		{ID: "neutral", For: "edge", Name: "neutral", Type: "int"},
	}
}

// writeGraphML writes g as GraphML with typed attributes.
//
// The graph is undirected (edgedefault="undirected") and stance edges are
// ordinary edges with kind "stance" whose source is the speaker: GraphML
// allows a per-edge directed="true", but networkx.read_graphml rejects it in
// an undirected graph, and a directed graph would double every co-mention.
// A pair with both kinds of edge gives parallel edges, which
// networkx.read_graphml returns as a MultiGraph.
func writeGraphML(w io.Writer, g *graph.Graph) error {
	doc := graphML{
		Xmlns:          "http://graphml.graphdrawing.org/xmlns",
		XmlnsXSI:       "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Keys:           graphMLKeys(),
		Graph: graphMLGraph{
			ID:          "actorgraph",
			EdgeDefault: "undirected",
			Data: []graphMLData{
				{Key: "g_format", Value: clean(g.Format)},
				{Key: "g_window", Value: clean(g.Window)},
				{Key: "g_documents", Value: strconv.Itoa(len(g.Documents))},
			},
		},
	}
	for _, n := range sortedNodes(g) {
		node := graphMLNode{ID: xmlNodeID(n.ID), Data: []graphMLData{
			{Key: "label", Value: clean(n.Name)},
			{Key: "type", Value: n.Type.String()},
		}}
		if a := clean(n.Affiliation); a != "" {
			node.Data = append(node.Data, graphMLData{Key: "affiliation", Value: a})
		}
		if a := cleanAll(n.Aliases); len(a) > 0 {
			node.Data = append(node.Data, graphMLData{Key: "aliases", Value: strings.Join(a, "; ")})
		}
		node.Data = append(node.Data,
			graphMLData{Key: "mentions", Value: strconv.Itoa(n.Mentions)},
			graphMLData{Key: "documents", Value: strconv.Itoa(n.Documents)})
		if id := clean(n.ActorID); id != "" {
			node.Data = append(node.Data, graphMLData{Key: "actor_id", Value: id})
		}
		if r := clean(n.Role); r != "" {
			node.Data = append(node.Data, graphMLData{Key: "role", Value: r})
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, node)
	}
	for i, l := range links(g) {
		e := graphMLEdge{ID: "e" + strconv.Itoa(i), Source: xmlNodeID(l.Source), Target: xmlNodeID(l.Target),
			Data: []graphMLData{
				{Key: "weight", Value: strconv.Itoa(l.Weight)},
				{Key: "kind", Value: l.Kind},
			}}
		if l.Directed() {
			e.Data = append(e.Data,
				graphMLData{Key: "positive", Value: strconv.Itoa(l.Positive)},
				graphMLData{Key: "negative", Value: strconv.Itoa(l.Negative)},
				graphMLData{Key: "neutral", Value: strconv.Itoa(l.Neutral)})
		} else {
			e.Data = append(e.Data, graphMLData{Key: "e_documents", Value: strconv.Itoa(l.Documents)})
		}
		doc.Graph.Edges = append(doc.Graph.Edges, e)
	}
	return writeXML(w, doc)
}

// xmlNodeID is the node identifier used in GraphML and GEXF.
func xmlNodeID(id int) string { return "n" + strconv.Itoa(id) }

// writeXML writes the XML declaration, v indented by two spaces, and a
// final newline.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode xml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
