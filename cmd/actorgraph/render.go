package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
	"github.com/actorgraph/actorgraph/query/period"
)

var renderCommand = &cli.Command{
	Name:  "render",
	Usage: "draw the graph as SVG, PNG, DOT or an interactive HTML page",
	Description: `Draws the actors as nodes sized by a centrality, coloured by their community in the
whole graph (the same in every subset) and shaped by type (person, state,
organisation), with co-mention edges by weight and stance edges blue and solid
(support), red and dashed (opposition) or grey and dotted (neutral). Select part of the
graph with --top, --min-weight, --focus/--depth or --path (the route 'paths' lists
first is highlighted). --format html writes an interactive page: click an actor or a
tie to read its evidence. Graphs over 300 actors are trimmed to the top 300; the
dot and circo layouts, much slower, draw at most 50 and 30. A layout that takes
longer than --timeout (a minute) is given up with a suggestion. With --diff --before
P1 --after P2, draws P2 with the ties new since P1 and the stance flips highlighted.
Stance arrows less sure than --min-confidence (default 0.3, see the README) are not drawn.

Example:
   actorgraph render -g graph.json -o putin.svg --focus Putin --depth 1 --title "Around Putin"`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, layerFlag,
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "graph.svg", Usage: "output `FILE` (- for stdout; without it graph.svg, or graph.dot, graph.png, graph.html after --format)"},
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
		&cli.Float64Flag{Name: "width", Usage: "width of the image in `INCHES` (0: natural size); labels keep --font-size at that width"},
		&cli.IntFlag{Name: "dpi", Value: 150, Usage: "PNG resolution in dots per inch"},
		&cli.Float64Flag{Name: "font-size", Usage: "smallest label size in `POINTS` at the printed width (0: natural size)"},
		&cli.DurationFlag{Name: "timeout", Value: out.DefaultRenderTimeout, Usage: "give up a layout that takes longer than `D` (0: never)"},
		&cli.BoolFlag{Name: "diff", Usage: "draw the --after period (or the graph) with the ties new since --before and the stance flips highlighted"},
		&cli.StringFlag{Name: "before", Usage: "with --diff: the earlier `PERIOD` of the graph, or an earlier graph file"},
		&cli.StringFlag{Name: "after", Usage: "with --diff: the later `PERIOD` of the graph (default: the graph as opened)"},
		&cli.IntFlag{Name: "min-support", Value: 3, Usage: "with --diff: least sentences of a new tie to highlight"},
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
	if !c.IsSet("output") && format != out.FormatSVG {
		// The default file name follows --format: graph.dot, graph.png.
		output = "graph." + string(format)
	}
	ropts, err := renderOptions(c, format)
	if err != nil {
		return err
	}
	limit := out.MaxLayoutNodes(ropts.Layout)
	if top := c.Int("top"); top > limit {
		return usagef("render: the %s layout draws at most %d actors in reasonable time (asked for --top %d): use --top %d, or --layout sfdp for up to %d",
			ropts.Layout, limit, top, limit, out.MaxLayoutNodes("sfdp"))
	}
	opts.MaxNodes = limit
	ends, err := pathEnds(c)
	if err != nil {
		return err
	}
	if err := checkOutput(output, graphInputs(c)...); err != nil {
		return err
	}
	q, err := openDrawn(c, &opts)
	if err != nil {
		return err
	}
	if err := selectActors(c, q, &opts.Selection, ends); err != nil {
		return err
	}
	l, err := q.Layout(opts.Selection.Layer, opts.SizeBy, opts.Seed)
	if err != nil {
		return err
	}
	fig, err := q.FigureWith(l, opts)
	if err != nil {
		return err
	}
	if fig.Trimmed {
		fmt.Fprintf(c.App.ErrWriter, "actorgraph: %s\n", fig.Note)
	}
	var buf bytes.Buffer
	if format == out.FormatHTML {
		err = out.WriteView(c.Context, &buf, q.View(fig, l, nil), ropts)
	} else {
		err = out.Render(c.Context, &buf, fig.Diagram, ropts)
	}
	if err != nil {
		return err
	}
	return writeRendered(c, output, buf.Bytes(), fmt.Sprintf("%d actors, %s layout", len(fig.Diagram.Nodes), ropts.Layout))
}

// selectActors resolves --focus and the --path ends into the selection.
func selectActors(c *cli.Context, q *query.Graph, sel *query.Selection, ends []string) error {
	var err error
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
	return nil
}

// renderOptions reads the layout and size flags of render.
func renderOptions(c *cli.Context, format out.Format) (out.RenderOptions, error) {
	layout := c.String("layout")
	if !slices.Contains(out.Layouts(), layout) {
		return out.RenderOptions{}, usagef("render: unknown layout %q (want %s)", layout, orList(out.Layouts()))
	}
	o := out.RenderOptions{Format: format, Layout: layout, DPI: c.Int("dpi"), Width: c.Float64("width"), FontSize: c.Float64("font-size")}
	if o.DPI < 0 || o.DPI > 600 {
		return o, usagef("render: --dpi must be between 1 and 600")
	}
	if o.Width < 0 || o.Width > 100 {
		return o, usagef("render: --width must be between 0 (natural size) and 100 inches")
	}
	if o.FontSize < 0 || o.FontSize > 72 {
		return o, usagef("render: --font-size must be between 0 (natural size) and 72 points")
	}
	if o.Timeout = c.Duration("timeout"); o.Timeout < 0 {
		return o, usagef("render: --timeout must be 0 (never) or a duration such as 90s")
	}
	return o, nil
}

// writeRendered writes data to output (writeOutput) and says what it
// wrote.
func writeRendered(c *cli.Context, output string, data []byte, what string) error {
	if err := writeOutput(c, output, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, graphInputs(c)...); err != nil {
		return err
	}
	if !isStream(output) {
		fmt.Fprintf(c.App.ErrWriter, "wrote %s (%s)\n", output, what)
	}
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

// renderFormat picks the drawing format from --format or the file name;
// an unknown one lists the formats render writes.
func renderFormat(flag, output string) (out.Format, error) {
	s := flag
	if s == "" {
		s = strings.TrimPrefix(strings.ToLower(filepath.Ext(output)), ".")
		if s == "" || output == "-" {
			s = "svg"
		}
	}
	want := orList(formatNames(out.DiagramFormats()))
	f, err := out.ParseFormat(s)
	if err != nil || !slices.Contains(out.DiagramFormats(), f) {
		if flag == "" {
			return "", usagef("render: cannot write %q files (%s): render writes %s; give one of those extensions or --format", s, output, want)
		}
		return "", usagef("render: format %q is not a drawing: render writes %s (data formats: see 'actorgraph export')", s, want)
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

// openDrawn opens the graph render draws and, with --diff, sets the
// changes it highlights in opts.
func openDrawn(c *cli.Context, opts *query.FigureOptions) (*query.Graph, error) {
	q, err := openGraph(c)
	if err != nil {
		return nil, err
	}
	q, opts.Changes, err = diffTarget(c, q)
	return q, err
}

// diffTarget returns the graph render draws and, with --diff, the changes
// it highlights: the --after period of q (q itself without --after)
// against the --before period of q or the graph file --before names.
func diffTarget(c *cli.Context, q *query.Graph) (*query.Graph, *query.Changes, error) {
	if !c.Bool("diff") {
		if c.IsSet("before") || c.IsSet("after") {
			return nil, nil, usagef("render: --before and --after go with --diff")
		}
		return q, nil, nil
	}
	b := c.String("before")
	if b == "" {
		return nil, nil, usagef("render: --diff wants --before PERIOD (or an earlier graph file)")
	}
	after := q
	if a := c.String("after"); a != "" {
		p, err := period.Parse(a)
		if err != nil {
			return nil, nil, &usageError{err}
		}
		if after, err = q.Between(p); err != nil {
			return nil, nil, err
		}
	}
	var before *query.Graph
	var err error
	forms := q.Forms()
	if query.IsGraphFile(b) {
		forms = nil // another graph: keys as they are
		before, err = query.Open(c.Context, b, query.OpenOptions{})
	} else {
		var p period.Span
		if p, err = period.Parse(b); err != nil {
			return nil, nil, &usageError{err}
		}
		before, err = q.Between(p)
	}
	if err != nil {
		return nil, nil, err
	}
	ch := query.NewChanges(before, after, c.Int("min-support"), b, forms)
	return after, &ch, nil
}
