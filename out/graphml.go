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
// reads edge weights as doubles. With measures, nodes also get community,
// pagerank, degree and the diagram's colour and size.
func graphMLKeys(measures bool) []graphMLKey {
	keys := []graphMLKey{
		{ID: "g_format", For: "graph", Name: "format", Type: "string"},
		{ID: "g_window", For: "graph", Name: "window", Type: "string"},
		{ID: "g_documents", For: "graph", Name: "documents", Type: "int"},
		{ID: "label", For: "node", Name: "label", Type: "string"},
		{ID: "type", For: "node", Name: "type", Type: "string"},
		{ID: "affiliation", For: "node", Name: "affiliation", Type: "string"},
		{ID: "aliases", For: "node", Name: "aliases", Type: "string"},
		{ID: "mentions", For: "node", Name: "mentions", Type: "int"},
		{ID: "documents", For: "node", Name: "documents", Type: "int"},
		{ID: "role", For: "node", Name: "role", Type: "string"},
	}
	if measures {
		keys = append(keys,
			graphMLKey{ID: "community", For: "node", Name: "community", Type: "int"},
			graphMLKey{ID: "pagerank", For: "node", Name: "pagerank", Type: "double"},
			graphMLKey{ID: "degree", For: "node", Name: "degree", Type: "int"},
			graphMLKey{ID: "colour", For: "node", Name: "colour", Type: "string"},
			graphMLKey{ID: "size", For: "node", Name: "size", Type: "double"})
	}
	return append(keys,
		graphMLKey{ID: "weight", For: "edge", Name: "weight", Type: "double"},
		graphMLKey{ID: "kind", For: "edge", Name: "kind", Type: "string"},
		graphMLKey{ID: "e_documents", For: "edge", Name: "documents", Type: "int"},
		graphMLKey{ID: "positive", For: "edge", Name: "positive", Type: "int"},
		graphMLKey{ID: "negative", For: "edge", Name: "negative", Type: "int"},
		graphMLKey{ID: "neutral", For: "edge", Name: "neutral", Type: "int"},
		graphMLKey{ID: "speaker", For: "edge", Name: "speaker", Type: "string"})
}

// writeGraphML writes g as GraphML with typed attributes; node ids are the
// actors' stable ids (graph.ActorIDs).
//
// With every edge (EdgesAll) the graph is undirected
// (edgedefault="undirected") and a stance is an edge of kind "stance"
// whose source is the speaker, also named in its "speaker" attribute:
// GraphML allows a per-edge directed="true", but networkx.read_graphml
// rejects it in an undirected graph, and a directed graph would double
// every co-mention. A pair with both kinds of edge gives parallel edges,
// which networkx.read_graphml returns as a MultiGraph. The stance export
// (EdgesStance) is a directed graph that every tool reads with the
// speaker as source.
func writeGraphML(w io.Writer, d *exportData) error {
	g := d.g
	edgeDefault := "undirected"
	if d.edges == EdgesStance {
		edgeDefault = "directed"
	}
	doc := graphML{
		Xmlns:          "http://graphml.graphdrawing.org/xmlns",
		XmlnsXSI:       "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Keys:           graphMLKeys(d.m != nil),
		Graph: graphMLGraph{
			ID:          "actorgraph",
			EdgeDefault: edgeDefault,
			Data: []graphMLData{
				{Key: "g_format", Value: clean(g.Format)},
				{Key: "g_window", Value: clean(g.Window)},
				{Key: "g_documents", Value: strconv.Itoa(len(g.Documents))},
			},
		},
	}
	for _, n := range d.nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphMLNodeOf(d, n))
	}
	for i, l := range d.links {
		e := graphMLEdge{ID: "e" + strconv.Itoa(i), Source: d.id(l.Source), Target: d.id(l.Target),
			Data: []graphMLData{
				{Key: "weight", Value: strconv.Itoa(l.Weight)},
				{Key: "kind", Value: l.Kind},
			}}
		if l.Directed() {
			e.Data = append(e.Data,
				graphMLData{Key: "positive", Value: strconv.Itoa(l.Positive)},
				graphMLData{Key: "negative", Value: strconv.Itoa(l.Negative)},
				graphMLData{Key: "neutral", Value: strconv.Itoa(l.Neutral)},
				graphMLData{Key: "speaker", Value: d.id(l.Source)})
		} else {
			e.Data = append(e.Data, graphMLData{Key: "e_documents", Value: strconv.Itoa(l.Documents)})
		}
		doc.Graph.Edges = append(doc.Graph.Edges, e)
	}
	return writeXML(w, doc)
}

// graphMLNodeOf returns the GraphML node of n.
func graphMLNodeOf(d *exportData, n graph.Node) graphMLNode {
	node := graphMLNode{ID: d.id(n.ID), Data: []graphMLData{
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
	if r := clean(n.Role); r != "" {
		node.Data = append(node.Data, graphMLData{Key: "role", Value: r})
	}
	if c, ok := d.community(n.ID); ok {
		node.Data = append(node.Data, graphMLData{Key: "community", Value: strconv.Itoa(c)})
	}
	if pr, ok := d.pagerank(n.ID); ok {
		node.Data = append(node.Data, graphMLData{Key: "pagerank", Value: formatFloat(pr)})
	}
	if deg, ok := d.degree(n.ID); ok {
		node.Data = append(node.Data, graphMLData{Key: "degree", Value: strconv.Itoa(deg)})
	}
	if c := d.colour(n.ID); c != "" {
		node.Data = append(node.Data, graphMLData{Key: "colour", Value: c})
	}
	if sz, ok := d.size(n.ID); ok {
		node.Data = append(node.Data, graphMLData{Key: "size", Value: formatFloat(sz)})
	}
	return node
}

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
