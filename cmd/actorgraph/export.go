package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

var exportCommand = &cli.Command{
	Name:  "export",
	Usage: "write the graph for other tools: JSON node-link, GraphML, GEXF, CSV or DOT",
	Description: `Writes the whole graph in a format other tools read: json (node-link, as NetworkX),
graphml (Gephi, Cytoscape, NetworkX), gexf (Gephi), csv (two files: FILE.nodes.csv
and FILE.edges.csv) or dot (Graphviz).

Example:
   actorgraph export -g graph.json --format graphml -o actors.graphml`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "format", Value: string(out.ExportFormats()[0]), Usage: orList(formatNames(out.ExportFormats()))},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "-", Usage: "output `FILE` (- for stdout; for csv, the prefix of the two files)"},
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
	output := c.String("output")
	if err := checkOutput(output, graphInputs(c)...); err != nil {
		return err
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	g := q.Graph
	if f == out.Format("csv") {
		return exportCSV(c, g, output)
	}
	return writeOutput(c, output, func(w io.Writer) error { return out.Export(w, g, f) }, graphInputs(c)...)
}

// exportCSV writes PREFIX.nodes.csv and PREFIX.edges.csv, or both tables
// one after the other on stdout.
func exportCSV(c *cli.Context, g *graph.Graph, output string) error {
	if isStream(output) {
		return writeOutput(c, output, func(w io.Writer) error { return out.ExportCSV(w, w, g) })
	}
	prefix := strings.TrimSuffix(output, ".csv")
	nodesPath, edgesPath := prefix+".nodes.csv", prefix+".edges.csv"
	inputs := graphInputs(c)
	err := writeOutput(c, edgesPath, func(ew io.Writer) error {
		return writeOutput(c, nodesPath, func(nw io.Writer) error {
			return out.ExportCSV(nw, ew, g)
		}, inputs...)
	}, inputs...)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %s and %s\n", nodesPath, edgesPath)
	return nil
}
