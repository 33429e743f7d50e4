package importer

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// ReadGraphML reads a GraphML graph as written by Gephi, NetworkX
// (write_graphml) or actorgraph's own export into a graph; name labels
// errors. Only the first <graph> is read.
//
// Attributes are found by their key's attr.name (or the key id when it has
// none), case-insensitively:
//
//   - node name: "name", else "label", else the node id. Nodes with the
//     same name are one node.
//   - node "type" (or "kind"): person, state or org as extract.ParseKind
//     reads them; anything else is extract.KindUnknown.
//   - node "affiliation"; "aliases" split on ';' or '|'; integer
//     "mentions" and "documents".
//   - edge "weight": finite and positive, rounded up to an integer as in
//     ReadEdgeList; 1 when absent. Integer edge "documents".
//
// Directed edges are read as undirected co-mention edges and repeated pairs
// add up; self-loops are dropped; an edge may name a node that has no
// <node> element, which then gets one. Key defaults apply. Nodes that
// share a name are kept apart, the later ones named "NAME (ID)";
// hyperedges are left out. ReadGraphMLWith reports both.
func ReadGraphML(r io.Reader, name string) (*graph.Graph, error) {
	g, _, err := ReadGraphMLWith(r, name, Options{Round: true})
	return g, err
}

// ReadGraphMLWith is ReadGraphML with weights handled as opts says, and a
// report of what was rounded, renamed and left out.
func ReadGraphMLWith(r io.Reader, name string, opts Options) (*graph.Graph, Report, error) {
	im, rep, err := ReadGraphMLCompact(r, name, opts)
	if err != nil {
		return nil, rep, err
	}
	return im.Graph(), rep, nil
}

// ReadGraphMLCompact is ReadGraphMLWith returning the graph in the compact
// form of Imported.
func ReadGraphMLCompact(r io.Reader, name string, opts Options) (*Imported, Report, error) {
	var rep Report
	var doc gmlDoc
	dec := xml.NewDecoder(r)
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, rep, fmt.Errorf("read %s: no XML element: empty or not GraphML", name)
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, rep, fmt.Errorf("%s:%d: %v", name, se.Line, se.Msg)
		}
		return nil, rep, fmt.Errorf("read %s: %w", name, err)
	}
	if doc.XMLName.Local != "graphml" {
		return nil, rep, fmt.Errorf("read %s: root element <%s>, want <graphml>", name, doc.XMLName.Local)
	}
	if len(doc.Graphs) == 0 {
		return nil, rep, fmt.Errorf("read %s: no <graph> element", name)
	}
	gr := doc.Graphs[0]

	// attr maps a key id to its attribute name, per domain.
	nodeAttr, edgeAttr := map[string]string{}, map[string]string{}
	nodeDef, edgeDef := map[string]string{}, map[string]string{}
	for _, k := range doc.Keys {
		attr := strings.ToLower(strings.TrimSpace(k.Name))
		if attr == "" {
			attr = strings.ToLower(strings.TrimSpace(k.ID))
		}
		switch strings.ToLower(k.For) {
		case "node":
			nodeAttr[k.ID] = attr
			if k.Default != nil {
				nodeDef[attr] = strings.TrimSpace(*k.Default)
			}
		case "edge":
			edgeAttr[k.ID] = attr
			if k.Default != nil {
				edgeDef[attr] = strings.TrimSpace(*k.Default)
			}
		default: // "all" or missing
			nodeAttr[k.ID], edgeAttr[k.ID] = attr, attr
		}
	}
	values := func(data []gmlData, attrs, defs map[string]string) map[string]string {
		v := make(map[string]string, len(defs)+len(data))
		for a, d := range defs {
			v[a] = d
		}
		for _, d := range data {
			a, ok := attrs[d.Key]
			if !ok {
				a = strings.ToLower(d.Key)
			}
			v[a] = strings.TrimSpace(d.Value)
		}
		return v
	}

	b := newImporter()
	byID := map[string]int{}
	owner := map[string]string{} // name -> the XML id of the node that has it
	for _, nd := range gr.Nodes {
		v := values(nd.Data, nodeAttr, nodeDef)
		label := firstOf(v["name"], v["label"], strings.TrimSpace(nd.ID))
		if label == "" {
			return nil, rep, fmt.Errorf("read %s: node without id or name", name)
		}
		if prev, ok := owner[label]; ok && prev != nd.ID {
			// Another node has this name: keep the two apart.
			renamed := label + " (" + nd.ID + ")"
			rep.Renamed = append(rep.Renamed, fmt.Sprintf("%q (node %s, as %q; node %s has the name)", label, nd.ID, renamed, prev))
			label = renamed
		}
		owner[label] = nd.ID
		id := b.node(label)
		byID[nd.ID] = id
		n := b.detail(id)
		if k, err := extract.ParseKind(firstOf(v["type"], v["kind"])); err == nil && n.Type == extract.KindUnknown {
			n.Type = k
		}
		if a := v["affiliation"]; a != "" && n.Affiliation == "" {
			n.Affiliation = a
		}
		for _, a := range strings.FieldsFunc(v["aliases"], func(r rune) bool { return r == ';' || r == '|' }) {
			if a = strings.TrimSpace(a); a != "" {
				n.Aliases = append(n.Aliases, a)
			}
		}
		n.Mentions += atoiNonNeg(v["mentions"])
		n.Documents += atoiNonNeg(v["documents"])
	}
	for i, e := range gr.Edges {
		if e.Source == "" || e.Target == "" {
			return nil, rep, fmt.Errorf("read %s: edge %d without source or target", name, i+1)
		}
		u, ok := byID[e.Source]
		if !ok {
			u = b.node(e.Source)
			byID[e.Source] = u
		}
		v, ok := byID[e.Target]
		if !ok {
			v = b.node(e.Target)
			byID[e.Target] = v
		}
		vals := values(e.Data, edgeAttr, edgeDef)
		if vals["kind"] == "stance" {
			// A stance edge of actorgraph's own export: keep it a stance
			// (speaker = source), not co-mention weight.
			b.stance(u, v, atoiNonNeg(vals["positive"]), atoiNonNeg(vals["negative"]), atoiNonNeg(vals["neutral"]))
			continue
		}
		w := 1.0
		if s := vals["weight"]; s != "" {
			var err error
			if w, err = strconv.ParseFloat(s, 64); err != nil {
				return nil, rep, fmt.Errorf("read %s: edge %d (%s–%s): weight %q is not a number", name, i+1, e.Source, e.Target, s)
			}
		}
		iw, rounded, err := opts.weight(w)
		if err != nil {
			return nil, rep, fmt.Errorf("read %s: edge %d (%s–%s): %w", name, i+1, e.Source, e.Target, err)
		}
		if rounded {
			rep.Rounded++
		}
		b.edgeDocs(u, v, iw, atoiNonNeg(vals["documents"]))
	}
	rep.SelfLoops = b.selfLoops
	rep.Hyperedges = len(gr.Hyperedges)
	return b.finish(), rep, nil
}

type gmlDoc struct {
	XMLName xml.Name
	Keys    []gmlKey   `xml:"key"`
	Graphs  []gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID      string  `xml:"id,attr"`
	For     string  `xml:"for,attr"`
	Name    string  `xml:"attr.name,attr"`
	Type    string  `xml:"attr.type,attr"`
	Default *string `xml:"default"`
}

type gmlGraph struct {
	EdgeDefault string     `xml:"edgedefault,attr"`
	Nodes       []gmlNode  `xml:"node"`
	Edges       []gmlEdge  `xml:"edge"`
	Hyperedges  []struct{} `xml:"hyperedge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// atoiNonNeg parses a count, 0 when absent or invalid. Float spellings
// ("3.0", as NetworkX may write) are accepted.
func atoiNonNeg(s string) int {
	if s == "" {
		return 0
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || !(f > 0) || f > 1<<31 {
		return 0
	}
	return int(f)
}

func sortedUnique(s []string) []string {
	if len(s) == 0 {
		return []string{}
	}
	out := append([]string(nil), s...)
	slices.Sort(out)
	k := 0
	for _, x := range out {
		if k == 0 || out[k-1] != x {
			out[k] = x
			k++
		}
	}
	return out[:k]
}
