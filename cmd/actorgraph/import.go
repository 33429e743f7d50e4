package main

import (
	"fmt"
	"io"
	"math"
	"os"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphfile"
	"github.com/actorgraph/actorgraph/graph/importer"
	"github.com/actorgraph/actorgraph/query"
)

var importCommand = &cli.Command{
	Name:      "import",
	Usage:     "turn a graph made elsewhere (edge list, GraphML) into a graph file",
	ArgsUsage: "FILE...",
	Description: `Reads a weighted edge list ("source target weight" per line, # comments), GraphML
(as written by Gephi, NetworkX or 'actorgraph export'), or the record table written
by the Beam pipeline (cmd/actorgraph-beam; several shard files, read with the
window and evidence cap the pipeline recorded in them) so that every analysis
and render command works on it.

Example:
   actorgraph import --format edgelist ties.txt -o graph.json`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "format", Value: "edgelist", Usage: "edgelist, graphml or table"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "graph.json", Usage: "graph `FILE` to write (- for stdout)"},
		&cli.Float64Flag{Name: "scale", Value: 1, Usage: "multiply every weight by `F` (weights are whole numbers: 0.25 with --scale 100 is 25)"},
		&cli.BoolFlag{Name: "round", Usage: "round fractional weights up instead of refusing them"},
	},
	Action: runImport,
}

func runImport(c *cli.Context) error {
	if err := checkOutput(c.String("output"), c.Args().Slice()...); err != nil {
		return err
	}
	if c.String("format") == "table" {
		return importTable(c)
	}
	if c.NArg() != 1 {
		return usagef("import: want one input file (got %d arguments)", c.NArg())
	}
	path, format := c.Args().First(), c.String("format")
	if format != "edgelist" && format != "graphml" {
		return usagef("import: unknown format %q (want edgelist or graphml)", format)
	}
	scale := c.Float64("scale")
	if !(scale > 0) || math.IsInf(scale, 0) {
		return usagef("import: --scale must be a positive number")
	}
	opts := importer.Options{Scale: scale, Round: c.Bool("round")}
	type imported struct {
		g   *importer.Imported
		rep importer.Report
	}
	im, err := query.Cancellable(c.Context, func() (imported, error) {
		r := c.App.Reader
		if path != "-" {
			f, err := os.Open(path)
			if err != nil {
				return imported{}, fmt.Errorf("import: %w", err)
			}
			defer f.Close()
			r = f
		}
		read := importer.ReadEdgeListCompact
		if format == "graphml" {
			read = importer.ReadGraphMLCompact
		}
		g, rep, err := read(r, path, opts)
		return imported{g, rep}, err
	})
	if err != nil {
		return err
	}
	// The imported graph is written from its compact form: a graph.Graph of
	// ten million edges would take gigabytes.
	if err := writeGraph(c, im.g.Nodes(), im.g.Edges(), im.g.WriteGraphFile); err != nil {
		return err
	}
	for _, l := range im.rep.Lines() {
		fmt.Fprintf(c.App.ErrWriter, "actorgraph: %s: %s\n", path, l)
	}
	if im.rep.Dropped() {
		return errPartial
	}
	return nil
}

// writeImported writes an imported graph to -o, unless it has no actor:
// an empty import never replaces a graph file; the inputs are never
// overwritten.
func writeImported(c *cli.Context, g *graph.Graph) error {
	return writeGraph(c, len(g.Nodes), len(g.Edges), func(w io.Writer) error { return graphfile.Write(w, g) })
}

// writeGraph writes a graph of nodes actors and edges edges with write, as
// writeImported does.
func writeGraph(c *cli.Context, nodes, edges int, write func(io.Writer) error) error {
	out := c.String("output")
	if nodes == 0 {
		return fmt.Errorf("import: the input has no actor; %s not written", out)
	}
	if err := writeOutput(c, out, write, c.Args().Slice()...); err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %s: %d actors, %d edges\n", out, nodes, edges)
	return nil
}

// importTable merges the record shards of the Beam pipeline into a graph.
func importTable(c *cli.Context) error {
	if c.NArg() == 0 {
		return usagef("import: no table files")
	}
	// A table written before the pipeline carried its options is read
	// with the defaults of build.
	type table struct {
		g         *graph.Graph
		noOptions bool
	}
	t, err := query.Cancellable(c.Context, func() (table, error) {
		g, noOptions, err := build.ReadTable(c.Args().Slice(), build.BuildOptions{})
		return table{g, noOptions}, err
	})
	g, noOptions := t.g, t.noOptions
	if err != nil {
		return err
	}
	if noOptions {
		fmt.Fprintf(c.App.ErrWriter, "actorgraph: the table has no options record; read with the defaults (window sentence, max-evidence %d)\n", build.DefaultMaxEvidence)
	}
	return writeImported(c, g)
}
