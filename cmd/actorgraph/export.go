package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/out"
)

var exportCommand = &cli.Command{
	Name:  "export",
	Usage: "write the graph for other tools: JSON node-link, GraphML, GEXF, CSV or DOT",
	Description: `Writes the whole graph in a format other tools read: json (node-link, as NetworkX),
graphml (Gephi, Cytoscape, NetworkX), gexf (Gephi), csv (two files: FILE.nodes.csv
and FILE.edges.csv) or dot (Graphviz). Node ids are stable actor ids (a slug of the
name); GraphML, GEXF and CSV nodes carry community, PageRank and degree, and GEXF
the diagram's colour and size.

Stances point from the speaker. GEXF marks each edge directed or undirected (Gephi
reads the mixed graph); GraphML with every edge is undirected with a "kind" and a
"speaker" per edge. --edges stance writes a directed graph of stances alone, which
NetworkX (read_graphml, read_gexf) reads with the right direction.

Examples:
   actorgraph export -g graph.json --format graphml -o actors.graphml
   actorgraph export -g graph.json --format graphml --edges stance -o stances.graphml`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "format", Value: string(out.ExportFormats()[0]), Usage: orList(formatNames(out.ExportFormats()))},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "-", Usage: "output `FILE` (- for stdout; for csv, the prefix of the two files)"},
		&cli.StringFlag{Name: "edges", Value: "all", Usage: "edges to write: all, comention (undirected) or stance (directed; graphml, gexf and csv)"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "community detection seed (the community attribute)"},
	},
	Action: runExport,
}

func runExport(c *cli.Context) error {
	f, err := out.ParseFormat(c.String("format"))
	if err != nil {
		return &usageError{err}
	}
	if f.IsDiagram() && f != out.Format("dot") {
		return usagef("export: %s is a diagram format; use 'actorgraph render'", f)
	}
	edges, err := out.ParseEdgeSet(c.String("edges"))
	if err != nil {
		return &usageError{err}
	}
	output := c.String("output")
	if err := checkOutput(output, graphInputs(c)...); err != nil {
		return err
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	m, err := q.Measures(network.LayerComention, c.Uint64("seed"))
	if err != nil {
		return err
	}
	g, opts := q.Graph, out.ExportOptions{Edges: edges, Measures: m}
	if f == out.Format("csv") {
		return exportCSV(c, g, output, opts)
	}
	return writeOutput(c, output, func(w io.Writer) error { return out.ExportWith(w, g, f, opts) }, graphInputs(c)...)
}

// exportCSV writes PREFIX.nodes.csv and PREFIX.edges.csv, or both tables
// one after the other on stdout.
func exportCSV(c *cli.Context, g *graph.Graph, output string, opts out.ExportOptions) error {
	if isStream(output) {
		return writeOutput(c, output, func(w io.Writer) error { return out.ExportCSVWith(w, w, g, opts) })
	}
	prefix := strings.TrimSuffix(output, ".csv")
	nodesPath, edgesPath := prefix+".nodes.csv", prefix+".edges.csv"
	inputs := graphInputs(c)
	err := writeOutput(c, edgesPath, func(ew io.Writer) error {
		return writeOutput(c, nodesPath, func(nw io.Writer) error {
			return out.ExportCSVWith(nw, ew, g, opts)
		}, inputs...)
	}, inputs...)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %s and %s\n", nodesPath, edgesPath)
	return nil
}
