package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph/graphfile"
	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
)

var renderCommand = &cli.Command{
	Name:  "render",
	Usage: "draw the graph as SVG, PNG or DOT for a report",
	Description: `Draws the actors as nodes sized by a centrality, coloured by community and shaped by
type (person, state, organisation), with co-mention edges by weight and stance edges
green (support) or red (opposition). Select part of the graph with --top, --min-weight,
--focus/--depth or --path. Graphs over 300 actors are trimmed to the top 300. Stance
arrows less sure than --min-confidence (default 0.6, see the README) are not drawn.

Example:
   actorgraph render -g graph.json -o putin.svg --focus Putin --depth 1 --title "Around Putin"`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, layerFlag,
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "graph.svg", Usage: "output `FILE` (- for stdout)"},
		&cli.StringFlag{Name: "format", Usage: orList(formatNames(out.DiagramFormats())) + " (default: from the file name)"},
		&cli.StringFlag{Name: "layout", Value: out.Layouts()[0], Usage: "Graphviz layout: " + orList(out.Layouts())},
		&cli.IntFlag{Name: "top", Usage: "draw only the top `N` actors by --size-by"},
		&cli.IntFlag{Name: "min-weight", Usage: "drop co-mention edges lighter than `W`"},
		&cli.StringFlag{Name: "focus", Usage: "draw only the network around this `ACTOR`"},
		&cli.IntFlag{Name: "depth", Value: 1, Usage: "hops around --focus"},
		&cli.StringSliceFlag{Name: "path", Usage: "highlight the shortest path between two actors: --path FROM --path TO, or --path FROM,TO"},
		&cli.StringFlag{Name: "title", Usage: "diagram title"},
		&cli.StringFlag{Name: "size-by", Value: "pagerank", Usage: "centrality that sizes the nodes"},
		&cli.BoolFlag{Name: "no-stances", Usage: "leave stance edges out"},
		minConfidenceFlag(defaultDiagramConfidence, "stance arrows"),
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "community detection seed"},
	},
	Action: runRender,
}

func runRender(c *cli.Context) error {
	opts, err := figureOptions(c)
	if err != nil {
		return err
	}
	output := c.String("output")
	format, err := renderFormat(c.String("format"), output)
	if err != nil {
		return err
	}
	layout := c.String("layout")
	if !slices.Contains(out.Layouts(), layout) {
		return usagef("render: unknown layout %q (want %s)", layout, orList(out.Layouts()))
	}
	ends, err := pathEnds(c)
	if err != nil {
		return err
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	sel := &opts.Selection
	if f := c.String("focus"); f != "" {
		if sel.Focus, err = findActor(q, f); err != nil {
			return err
		}
	}
	if len(ends) == 2 {
		if sel.PathFrom, err = findActor(q, ends[0]); err != nil {
			return err
		}
		if sel.PathTo, err = findActor(q, ends[1]); err != nil {
			return err
		}
	}
	fig, err := q.Figure(opts)
	if err != nil {
		return err
	}
	if fig.Trimmed {
		fmt.Fprintf(c.App.ErrWriter, "actorgraph: %s\n", fig.Note)
	}
	var buf bytes.Buffer
	if err := out.Render(c.Context, &buf, fig.Diagram, out.RenderOptions{Format: format, Layout: layout}); err != nil {
		return err
	}
	if output == "-" {
		_, err := c.App.Writer.Write(buf.Bytes())
		return err
	}
	if err := graphfile.WriteFileAtomic(output, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	}); err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %s (%d actors, %s layout)\n", output, len(fig.Diagram.Nodes), layout)
	return nil
}

// figureOptions reads the flags that choose what a diagram shows (all but
// the actors named, which need the graph).
func figureOptions(c *cli.Context) (query.FigureOptions, error) {
	l, err := layer(c)
	if err != nil {
		return query.FigureOptions{}, err
	}
	by, err := network.ParseMeasure(c.String("size-by"))
	if err != nil {
		return query.FigureOptions{}, &usageError{err}
	}
	sel := query.DefaultSelection()
	sel.Top, sel.MinWeight, sel.Depth, sel.Layer = c.Int("top"), c.Int("min-weight"), c.Int("depth"), l
	minConf, err := minConfidence(c, "render")
	if err != nil {
		return query.FigureOptions{}, err
	}
	return query.FigureOptions{Selection: sel, SizeBy: by, Title: c.String("title"),
		NoStances: c.Bool("no-stances"), Seed: c.Uint64("seed"), MinConfidence: minConf}, nil
}

// pathEnds reads --path: "--path FROM --path TO", "--path FROM,TO" or
// "--path FROM TO" (urfave takes TO as an argument).
func pathEnds(c *cli.Context) ([]string, error) {
	var ends []string
	for _, p := range c.StringSlice("path") {
		ends = append(ends, strings.Split(p, ",")...)
	}
	if c.IsSet("path") && len(ends) == 1 && c.NArg() == 1 {
		ends = append(ends, c.Args().First())
	}
	if len(ends) != 0 && len(ends) != 2 {
		return nil, usagef("render: --path wants two actors, FROM and TO")
	}
	return ends, nil
}

// renderFormat picks the diagram format from --format or the file name.
func renderFormat(flag, output string) (out.Format, error) {
	s := flag
	if s == "" {
		s = strings.TrimPrefix(strings.ToLower(filepath.Ext(output)), ".")
		if s == "" || output == "-" {
			s = "svg"
		}
	}
	f, err := out.ParseFormat(s)
	if err != nil {
		return "", &usageError{err}
	}
	if !slices.Contains(out.DiagramFormats(), f) {
		return "", usagef("render: format %q is not a diagram (want %s; see 'actorgraph export')", s, orList(formatNames(out.DiagramFormats())))
	}
	return f, nil
}

// orList joins items as "a, b or c".
func orList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// formatNames returns the names of formats.
func formatNames(fs []out.Format) []string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return names
}
