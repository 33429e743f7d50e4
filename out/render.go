package out

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"sync"
	"time"

	graphviz "github.com/goccy/go-graphviz"
)

// Layouts lists the Graphviz layout engines Render accepts; the first is
// the default.
func Layouts() []string { return []string{"sfdp", "neato", "fdp", "dot", "circo"} }

// RenderOptions controls Render.
type RenderOptions struct {
	// Format is FormatSVG (the default), FormatPNG or FormatDOT. DOT is the
	// styled source, not laid out: Graphviz's own dot command draws it the
	// same way.
	Format Format
	// Layout is a name from Layouts; empty means "sfdp".
	Layout string
	// DPI is the PNG resolution; 0 means 150.
	DPI int
	// MaxInches bounds the longer side of a PNG, which keeps a big graph
	// from becoming a gigapixel image; 0 means 20 (3,000 pixels at 150 dpi).
	MaxInches float64
	// Width is the width of the image in inches (0: Graphviz's natural
	// size, 1 point per point). An SVG gets it as its width; a PNG is
	// Width × DPI pixels wide (still bounded by MaxInches).
	Width float64
	// FontSize is the smallest size in points of an actor's label at the
	// image's width (0: as laid out, 9 to 17 points at natural size):
	// smaller labels are enlarged in place, so that a big graph drawn at
	// page width stays readable.
	FontSize float64
	// Timeout is the time budget of the layout: past it Render returns a
	// *LayoutTimeoutError (0 means none).
	Timeout time.Duration
}

// withDefaults fills in zero fields and checks the rest.
func (o RenderOptions) withDefaults() (RenderOptions, error) {
	if o.Format == "" {
		o.Format = FormatSVG
	}
	if o.Format != FormatSVG && o.Format != FormatPNG && o.Format != FormatDOT {
		return o, fmt.Errorf("render: format %q is not a drawing (want svg, png or dot; html is WriteView)", o.Format)
	}
	if o.Layout == "" {
		o.Layout = Layouts()[0]
	}
	known := false
	for _, l := range Layouts() {
		known = known || l == o.Layout
	}
	if !known {
		return o, fmt.Errorf("render: unknown layout %q (want sfdp, neato, fdp, dot or circo)", o.Layout)
	}
	if o.DPI <= 0 {
		o.DPI = 150
	}
	o.DPI = min(o.DPI, 600)
	if !(o.MaxInches > 0) {
		o.MaxInches = 20
	}
	o.MaxInches = min(o.MaxInches, 100)
	return o, nil
}

// graphvizMu serialises calls into go-graphviz, which runs one WebAssembly
// Graphviz instance for the whole process and is not safe for concurrent
// use. It is the package's only global, and it guards a global of
// go-graphviz's, not state of ours.
var graphvizMu sync.Mutex

// ErrEmptyDiagram is returned by Render for a diagram with no nodes.
var ErrEmptyDiagram = errors.New("render: diagram has no nodes")

// Render lays out and draws d, writing SVG, PNG or DOT to w. Nothing is
// written unless the whole drawing succeeded.
//
// The layout runs in go-graphviz's WebAssembly Graphviz, which cannot be
// interrupted: when ctx is done or opts.Timeout has passed first, Render
// returns at once (ctx.Err() or a *LayoutTimeoutError) and the layout
// finishes in the background, releasing its memory, before the next Render
// starts. Time grows quickly with size (see BenchmarkRender and
// MaxLayoutNodes); callers should trim diagrams to MaxLayoutNodes.
//
// While a layout runs, the garbage collector is off: a collection has to
// stop every goroutine, and the one running WebAssembly machine code cannot
// be stopped until the layout calls back into Go, which dot and circo may
// not do for minutes; the whole process, signal handling included, would
// wait for it.
//
// Output is deterministic: the same diagram gives the same DOT bytes, and
// the same SVG and PNG bytes in every process that renders it first. Later
// renders in the same process match too, except with sfdp: go-graphviz
// keeps one WebAssembly Graphviz for the process, and sfdp draws on a
// random generator and heap state that carry over from earlier layouts.
func Render(ctx context.Context, w io.Writer, d *Diagram, opts RenderOptions) error {
	opts, err := opts.withDefaults()
	if err != nil {
		return err
	}
	if len(d.Nodes) == 0 {
		return ErrEmptyDiagram
	}
	src := diagramDOT(d, opts)
	if opts.Format == FormatDOT {
		_, err := io.WriteString(w, src)
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	var budget <-chan time.Time
	if opts.Timeout > 0 {
		t := time.NewTimer(opts.Timeout)
		defer t.Stop()
		budget = t.C
	}
	type result struct {
		out []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := layout(ctx, src, opts)
		done <- result{out, err}
	}()
	select {
	case <-ctx.Done():
		return fmt.Errorf("render: %w", ctx.Err())
	case <-budget:
		return &LayoutTimeoutError{Layout: opts.Layout, Nodes: len(d.Nodes), Edges: len(d.Edges), Timeout: opts.Timeout}
	case r := <-done:
		if r.err != nil {
			return fmt.Errorf("render %s with %s: %w", opts.Format, opts.Layout, r.err)
		}
		_, err := w.Write(r.out)
		return err
	}
}

// layout parses src, lays it out and renders it, holding graphvizMu. It
// turns a panic inside go-graphviz into an error.
func layout(ctx context.Context, src string, opts RenderOptions) (out []byte, err error) {
	graphvizMu.Lock()
	defer graphvizMu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("graphviz panicked: %v", r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err // cancelled while waiting for the lock
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	useGraphvizCache()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("start graphviz: %w", err)
	}
	// Close frees the context; its error repeats Graphviz's last warning
	// (for example "some nodes touch - falling back to straight line
	// edges"), which does not spoil the drawing, so it is not returned.
	defer gv.Close()
	g, err := graphviz.ParseBytes([]byte(src))
	if err != nil {
		return nil, fmt.Errorf("parse dot: %w", err)
	}
	defer g.Close()
	gv.SetLayout(graphviz.Layout(opts.Layout))
	format := graphviz.Format(opts.Format)
	if opts.Format == FormatPNG {
		format = "json" // drawn by drawPNG
	}
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, format, &buf); err != nil {
		return nil, err
	}
	if opts.Format == FormatPNG {
		var png bytes.Buffer
		if err := drawPNG(&png, buf.Bytes(), opts); err != nil {
			return nil, err
		}
		return png.Bytes(), nil
	}
	return sizeSVG(addSVGStyle(buf.Bytes()), opts.Width, opts.FontSize), nil
}

// svgStyle gives node labels a thin white halo, so that they stay readable
// where they cross an outline or an edge. It is a constant of ours, never
// text from input.
const svgStyle = `<style>.node text{paint-order:stroke;stroke:#ffffff;stroke-opacity:0.6;stroke-width:2.4px;stroke-linejoin:round}</style>` + "\n"

// addSVGStyle inserts svgStyle before the first group of a Graphviz SVG.
func addSVGStyle(svg []byte) []byte {
	i := bytes.Index(svg, []byte("<g id=\"graph0\""))
	if i < 0 {
		return svg
	}
	out := make([]byte, 0, len(svg)+len(svgStyle))
	out = append(out, svg[:i]...)
	out = append(out, svgStyle...)
	return append(out, svg[i:]...)
}
