package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

// maxRenderNodes is the largest diagram drawn without an explicit --top:
// beyond it labels cannot be read on a page and layouts take minutes.
const maxRenderNodes = 300

var renderCommand = &cli.Command{
	Name:  "render",
	Usage: "draw the graph as SVG, PNG or DOT for a report",
	Description: `Draws the actors as nodes sized by a centrality, coloured by community and shaped by
type (person, state, organisation), with co-mention edges by weight and stance edges
green (support) or red (opposition). Select part of the graph with --top, --min-weight,
--focus/--depth or --path. Graphs over 300 actors are trimmed to the top 300.

Example:
   actorgraph render -g graph.json -o putin.svg --focus Putin --depth 1 --title "Around Putin"`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, layerFlag,
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "graph.svg", Usage: "output `FILE` (- for stdout)"},
		&cli.StringFlag{Name: "format", Usage: "svg, png or dot (default: from the file name)"},
		&cli.StringFlag{Name: "layout", Value: "sfdp", Usage: "Graphviz layout: sfdp, neato, fdp, dot or circo"},
		&cli.IntFlag{Name: "top", Usage: "draw only the top `N` actors by --size-by"},
		&cli.IntFlag{Name: "min-weight", Usage: "drop co-mention edges lighter than `W`"},
		&cli.StringFlag{Name: "focus", Usage: "draw only the network around this `ACTOR`"},
		&cli.IntFlag{Name: "depth", Value: 1, Usage: "hops around --focus"},
		&cli.StringSliceFlag{Name: "path", Usage: "highlight the shortest path between two actors: --path FROM --path TO, or --path FROM,TO"},
		&cli.StringFlag{Name: "title", Usage: "diagram title"},
		&cli.StringFlag{Name: "size-by", Value: "pagerank", Usage: "centrality that sizes the nodes"},
		&cli.BoolFlag{Name: "no-stances", Usage: "leave stance edges out"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "community detection seed"},
	},
	Action: runRender,
}

func runRender(c *cli.Context) error {
	layer, err := graph.ParseLayer(c.String(layerFlag.Name))
	if err != nil {
		return &usageError{err}
	}
	by, err := graph.ParseMeasure(c.String("size-by"))
	if err != nil {
		return &usageError{err}
	}
	output := c.String("output")
	format, err := renderFormat(c.String("format"), output)
	if err != nil {
		return err
	}
	layout := c.String("layout")
	switch layout {
	case "sfdp", "neato", "fdp", "dot", "circo":
	default:
		return usagef("render: unknown layout %q (want sfdp, neato, fdp, dot or circo)", layout)
	}
	var pathEnds []string
	for _, p := range c.StringSlice("path") {
		pathEnds = append(pathEnds, strings.Split(p, ",")...)
	}
	if c.IsSet("path") && len(pathEnds) == 1 && c.NArg() == 1 {
		// --path FROM TO: urfave takes TO as an argument.
		pathEnds = append(pathEnds, c.Args().First())
	}
	if len(pathEnds) != 0 && len(pathEnds) != 2 {
		return usagef("render: --path wants two actors, FROM and TO")
	}
	g, err := loadGraph(c)
	if err != nil {
		return err
	}
	sel := graph.DefaultSelection()
	sel.Top, sel.By, sel.MinWeight, sel.Depth, sel.Layer = c.Int("top"), by, c.Int("min-weight"), c.Int("depth"), layer
	var title, note string
	if f := c.String("focus"); f != "" {
		if sel.Focus, err = findActor(g, f); err != nil {
			return err
		}
		title = "Around " + g.Nodes[sel.Focus].Name
	}
	var pathNodes []int
	if len(pathEnds) == 2 {
		if sel.PathFrom, err = findActor(g, pathEnds[0]); err != nil {
			return err
		}
		if sel.PathTo, err = findActor(g, pathEnds[1]); err != nil {
			return err
		}
		paths := graph.KShortestPaths(graph.Project(g, layer), sel.PathFrom, sel.PathTo, 1, 0)
		if len(paths) == 0 {
			return fmt.Errorf("%s and %s are not connected", g.Nodes[sel.PathFrom].Name, g.Nodes[sel.PathTo].Name)
		}
		pathNodes = paths[0].Nodes
		title = "From " + g.Nodes[sel.PathFrom].Name + " to " + g.Nodes[sel.PathTo].Name
	}
	total := len(g.Nodes)
	sub, err := graph.Select(g, sel)
	if err != nil {
		return err
	}
	if len(sub.Nodes) > maxRenderNodes {
		sel.Top = maxRenderNodes
		if sub, err = graph.Select(g, sel); err != nil {
			return err
		}
		note = fmt.Sprintf("showing the top %d of %d actors by %s; use --top, --focus or --min-weight to choose", len(sub.Nodes), total, by)
		fmt.Fprintf(c.App.ErrWriter, "actorgraph: %s\n", note)
	} else if len(sub.Nodes) < total {
		note = fmt.Sprintf("%d of %d actors", len(sub.Nodes), total)
	}
	if len(sub.Nodes) == 0 {
		return fmt.Errorf("render: nothing to draw (the selection is empty)")
	}
	// Sizes and communities come from the subgraph as drawn.
	n := graph.Project(sub, layer)
	size, err := graph.CentralityValues(n, by, graph.CentralityOptions{Seed: c.Uint64("seed")})
	if err != nil {
		return err
	}
	part, err := graph.Communities(n, graph.CommunityOptions{Seed: c.Uint64("seed")})
	if err != nil {
		return err
	}
	d := out.DiagramFrom(sub, size, part.Membership(len(sub.Nodes)))
	if t := c.String("title"); t != "" {
		title = t
	}
	if title == "" {
		title = "Actor graph"
	}
	d.Title = title
	d.Subtitle = fmt.Sprintf("%d actors · %d articles · node size: %s · colour: community (Q = %.2f)",
		len(sub.Nodes), len(g.Documents), by, part.Q)
	d.Note = note
	d.SizeBy = string(by)
	if c.Bool("no-stances") {
		d.DropStances()
	}
	if len(pathNodes) > 0 {
		// The path's node IDs in the drawn subgraph.
		ids := make([]int, 0, len(pathNodes))
		for _, p := range pathNodes {
			if id, err := sub.Find(g.Nodes[p].Name); err == nil {
				ids = append(ids, id)
			}
		}
		d.HighlightPath(ids)
	}
	opts := out.RenderOptions{Format: format, Layout: layout}
	var buf bytes.Buffer
	if err := out.Render(c.Context, &buf, d, opts); err != nil {
		return err
	}
	if output == "-" {
		_, err := c.App.Writer.Write(buf.Bytes())
		return err
	}
	if err := graph.WriteFileAtomic(output, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	}); err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %s (%d actors, %s layout)\n", output, len(sub.Nodes), layout)
	return nil
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
	if f != out.Format("svg") && f != out.Format("png") && f != out.Format("dot") {
		return "", usagef("render: format %q is not a diagram (want svg, png or dot; see 'actorgraph export')", s)
	}
	return f, nil
}
