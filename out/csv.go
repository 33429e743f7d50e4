package out

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// ExportCSV writes the nodes of g to nodes and its edges to edges, as two
// RFC 4180 CSV tables with a header row. Node ids are the actors' stable
// ids (graph.ActorIDs). Edges of kind "stance" have type "directed" and
// point from the speaker; co-mention edges are "undirected". The column
// names follow Gephi's spreadsheet import (id and label for nodes; source,
// target, type and weight for edges), so both files load into Gephi as a
// mixed graph as they are.
//
// Text cells that a spreadsheet would run as a formula are neutralised
// (see csvText); numeric cells are plain numbers.
func ExportCSV(nodes, edges io.Writer, g *graph.Graph) error {
	return ExportCSVWith(nodes, edges, g, ExportOptions{})
}

// ExportCSVWith is ExportCSV with a choice of edges and node measures
// (columns community, pagerank, degree and colour).
func ExportCSVWith(nodes, edges io.Writer, g *graph.Graph, opts ExportOptions) error {
	d := newExportData(g, opts)
	if err := writeNodesCSV(nodes, d); err != nil {
		return fmt.Errorf("export csv nodes: %w", err)
	}
	if err := writeEdgesCSV(edges, d); err != nil {
		return fmt.Errorf("export csv edges: %w", err)
	}
	return nil
}

func writeNodesCSV(w io.Writer, d *exportData) error {
	cw := csv.NewWriter(w)
	head := []string{"id", "label", "actor_type", "affiliation", "aliases", "mentions", "documents", "role"}
	if d.m != nil {
		head = append(head, "community", "pagerank", "degree", "colour")
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, n := range d.nodes {
		row := []string{
			csvText(d.id(n.ID)), csvText(clean(n.Name)), n.Type.String(), csvText(clean(n.Affiliation)),
			csvText(strings.Join(cleanAll(n.Aliases), "; ")), strconv.Itoa(n.Mentions), strconv.Itoa(n.Documents),
			csvText(clean(n.Role)),
		}
		if d.m != nil {
			c, _ := d.community(n.ID)
			pr, _ := d.pagerank(n.ID)
			deg, _ := d.degree(n.ID)
			row = append(row, strconv.Itoa(c), formatFloat(pr), strconv.Itoa(deg), d.colour(n.ID))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeEdgesCSV writes the edge table, which stands on its own since it
// names both ends; it is what Export writes for FormatCSV.
func writeEdgesCSV(w io.Writer, d *exportData) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"source", "target", "type", "kind", "weight", "documents",
		"positive", "negative", "neutral", "source_label", "target_label"}); err != nil {
		return err
	}
	for _, l := range d.links {
		typ, pos, neg, neu, docs := "undirected", "", "", "", strconv.Itoa(l.Documents)
		if l.Directed() {
			typ, docs = "directed", ""
			pos, neg, neu = strconv.Itoa(l.Positive), strconv.Itoa(l.Negative), strconv.Itoa(l.Neutral)
		}
		row := []string{
			csvText(d.id(l.Source)), csvText(d.id(l.Target)), typ, l.Kind, strconv.Itoa(l.Weight), docs,
			pos, neg, neu, csvText(nodeName(d.g, l.Source)), csvText(nodeName(d.g, l.Target)),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvText neutralises a text cell against formula injection, as OWASP
// recommends: a cell that starts with "=", "+", "-", "@", a tab or a
// carriage return gets a leading apostrophe, which spreadsheets show as
// text and do not evaluate. Numeric columns are written with strconv and
// never pass through here, so negative numbers stay numbers.
func csvText(s string) string {
	if s == "" {
		return s
	}
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '=', '+', '-', '@', '\t', '\r',
		'\uFF1D', '\uFF0B', '\uFF0D', '\uFF20': // the fullwidth forms, which some spreadsheets also accept
		return "'" + s
	}
	return s
}
