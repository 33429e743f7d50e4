package out

import (
	"encoding/json"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/fogleman/gg"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// PNG drawing. go-graphviz v0.2.9 draws PNG with its own Go renderer,
// which fills every edge curve (so straight edges vanish and curved ones
// become wedges) and drops node outlines. Render therefore asks Graphviz
// for the laid-out drawing operations in its JSON format (xdot 1.7 ops)
// and paints them here with fogleman/gg, in the Go fonts.
//
// The same WebAssembly build swaps the filled flag of Bézier curves: edges
// come as "b" (filled) and rounded filled boxes as "B". So the flag is
// taken from the object instead: edge curves are never filled, and node
// curves are filled whenever a fill colour is set (every diagram node is
// filled).

// xdotOp is one xdot drawing operation as written by Graphviz -Tjson.
type xdotOp struct {
	Op       string      `json:"op"`
	Color    string      `json:"color"`
	Rect     []float64   `json:"rect"`
	Points   [][]float64 `json:"points"`
	Pt       []float64   `json:"pt"`
	Align    string      `json:"align"`
	Width    float64     `json:"width"`
	Text     string      `json:"text"`
	Size     float64     `json:"size"`
	Face     string      `json:"face"`
	Style    string      `json:"style"`
	Fontchar int         `json:"fontchar"`
}

// xdotObject is a graph, node or edge with its drawing operations.
type xdotObject struct {
	Draw   []xdotOp `json:"_draw_"`
	LDraw  []xdotOp `json:"_ldraw_"`
	HDraw  []xdotOp `json:"_hdraw_"`
	TDraw  []xdotOp `json:"_tdraw_"`
	HLDraw []xdotOp `json:"_hldraw_"`
	TLDraw []xdotOp `json:"_tldraw_"`
}

type xdotGraph struct {
	xdotObject
	BB          string       `json:"bb"`
	Subgraphs   int          `json:"_subgraph_cnt"`
	Objects     []xdotObject `json:"objects"`
	Edges       []xdotObject `json:"edges"`
	OutputOrder string       `json:"outputorder"`
}

// pngCanvas holds the state of one PNG drawing.
type pngCanvas struct {
	dc          *gg.Context
	scale       float64 // pixels per point
	x0, y1, pad float64 // layout bounding box corner and padding, in points
	pen, fill   color.Color
	lineWidth   float64
	dash        []float64
	fontSize    float64
	bold        bool
	regular     *truetype.Font
	boldFont    *truetype.Font
	faces       map[faceKey]font.Face
	curves      curveMode
	halo        bool    // draw a white halo behind text (node labels)
	minLabel    float64 // smallest node label in pixels (0: as laid out)
}

type faceKey struct {
	size float64
	bold bool
}

// drawPNG paints the Graphviz JSON layout in js as a PNG on w. Pixels per
// point are dpi/72, reduced so that neither side exceeds maxInches.
func drawPNG(w io.Writer, js []byte, opts RenderOptions) error {
	dpi, maxInches := opts.DPI, opts.MaxInches
	var g xdotGraph
	if err := json.Unmarshal(js, &g); err != nil {
		return fmt.Errorf("read graphviz json: %w", err)
	}
	bb, err := parseFloats(g.BB, 4)
	if err != nil {
		return fmt.Errorf("read graphviz json: bounding box %q: %w", g.BB, err)
	}
	const pad = 14 // points of white margin; Graphviz's pad is not in bb
	wPt, hPt := bb[2]-bb[0]+2*pad, bb[3]-bb[1]+2*pad
	scale := float64(dpi) / 72
	if opts.Width > 0 {
		scale = opts.Width * float64(dpi) / wPt
	}
	if limit := maxInches * float64(dpi); math.Max(wPt, hPt)*scale > limit {
		scale = limit / math.Max(wPt, hPt)
	}
	width, height := max(1, int(math.Ceil(wPt*scale))), max(1, int(math.Ceil(hPt*scale)))
	regular, err := truetype.Parse(goregular.TTF)
	if err != nil {
		return err
	}
	bold, err := truetype.Parse(gobold.TTF)
	if err != nil {
		return err
	}
	c := &pngCanvas{
		dc: gg.NewContext(width, height), scale: scale, x0: bb[0], y1: bb[3], pad: pad,
		regular: regular, boldFont: bold, faces: map[faceKey]font.Face{},
		minLabel: opts.FontSize * float64(dpi) / 72,
	}
	c.dc.SetColor(color.White)
	c.dc.Clear()
	c.dc.SetLineJoinRound()
	c.dc.SetLineCapButt()
	c.object(g.xdotObject, curveAsIs)
	nodes := g.Objects[min(max(g.Subgraphs, 0), len(g.Objects)):]
	for _, sub := range g.Objects[:len(g.Objects)-len(nodes)] {
		c.object(sub, curveAsIs)
	}
	if g.OutputOrder == "nodesfirst" {
		for _, n := range nodes {
			c.object(n, curveFilled)
		}
		nodes = nil
	}
	for _, e := range g.Edges {
		c.object(e, curveOpen)
	}
	for _, n := range nodes {
		c.object(n, curveFilled)
	}
	// Fast compression: a third of the time of the default level for
	// files about a fifth bigger.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, c.dc.Image())
}

// curveMode says how to fill the Bézier curves of an object.
type curveMode uint8

const (
	curveAsIs   curveMode = iota // trust the op letter
	curveOpen                    // never fill (edges)
	curveFilled                  // fill when a fill colour is set (nodes)
)

// object draws an object's shape, then its labels and arrowheads. Each
// list starts from the default state, as in Graphviz.
func (c *pngCanvas) object(o xdotObject, curves curveMode) {
	for i, ops := range [][]xdotOp{o.Draw, o.TDraw, o.HDraw, o.LDraw, o.TLDraw, o.HLDraw} {
		c.pen, c.fill = color.Black, color.Transparent
		c.lineWidth, c.dash, c.fontSize, c.bold = 1, nil, 14, false
		c.curves = curves
		c.halo = curves == curveFilled && i > 0
		if i > 0 {
			c.curves = curveAsIs // arrowheads and labels
		}
		for _, op := range ops {
			c.op(op)
		}
	}
}

// xy converts a layout point to pixels (y grows downwards in the image).
func (c *pngCanvas) xy(p []float64) (float64, float64) {
	if len(p) < 2 {
		return 0, 0
	}
	return (p[0] - c.x0 + c.pad) * c.scale, (c.y1 - p[1] + c.pad) * c.scale
}

func (c *pngCanvas) op(op xdotOp) {
	dc := c.dc
	switch op.Op {
	case "c":
		c.pen = parseColour(op.Color)
	case "C":
		c.fill = parseColour(op.Color)
	case "S":
		c.style(op.Style)
	case "F":
		c.fontSize = op.Size
	case "t":
		c.bold = op.Fontchar&1 != 0
	case "E", "e":
		if len(op.Rect) < 4 {
			return
		}
		x, y := c.xy(op.Rect)
		dc.DrawEllipse(x, y, op.Rect[2]*c.scale, op.Rect[3]*c.scale)
		c.paint(op.Op == "E")
	case "P", "p", "L":
		if len(op.Points) < 2 {
			return
		}
		for i, p := range op.Points {
			x, y := c.xy(p)
			if i == 0 {
				dc.MoveTo(x, y)
			} else {
				dc.LineTo(x, y)
			}
		}
		if op.Op != "L" {
			dc.ClosePath()
		}
		c.paint(op.Op == "P")
	case "B", "b":
		if len(op.Points) < 4 {
			return
		}
		dc.MoveTo(c.xy(op.Points[0]))
		for i := 1; i+2 < len(op.Points); i += 3 {
			x1, y1 := c.xy(op.Points[i])
			x2, y2 := c.xy(op.Points[i+1])
			x3, y3 := c.xy(op.Points[i+2])
			dc.CubicTo(x1, y1, x2, y2, x3, y3)
		}
		filled := op.Op == "b"
		switch c.curves {
		case curveOpen:
			filled = false
		case curveFilled:
			filled = visible(c.fill)
		}
		if filled {
			dc.ClosePath()
		}
		c.paint(filled)
	case "T":
		c.text(op)
	}
}

// paint fills the current path (when filled) and strokes it with the pen.
func (c *pngCanvas) paint(filled bool) {
	dc := c.dc
	if filled && visible(c.fill) {
		dc.SetColor(c.fill)
		dc.FillPreserve()
	}
	if visible(c.pen) && c.lineWidth > 0 {
		dc.SetColor(c.pen)
		dc.SetLineWidth(c.lineWidth * c.scale)
		if len(c.dash) > 0 {
			dashes := make([]float64, len(c.dash))
			for i, d := range c.dash {
				dashes[i] = d * c.scale
			}
			dc.SetDash(dashes...)
		} else {
			dc.SetDash()
		}
		dc.StrokePreserve()
	}
	dc.ClearPath()
}

// style applies an xdot style: solid, dashed, dotted, bold, invis or
// setlinewidth(N).
func (c *pngCanvas) style(s string) {
	switch {
	case s == "solid":
		c.dash = nil
	case s == "dashed":
		c.dash = []float64{5, 3}
	case s == "dotted":
		c.dash = []float64{1, 3}
	case s == "bold":
		c.lineWidth = 2
	case s == "invis":
		c.lineWidth = 0
	case strings.HasPrefix(s, "setlinewidth(") && strings.HasSuffix(s, ")"):
		if v, err := strconv.ParseFloat(s[len("setlinewidth("):len(s)-1], 64); err == nil && v >= 0 && v < 100 {
			c.lineWidth = v
		}
	}
}

// text draws a text span at its baseline point. Graphviz sized the layout
// with its own estimate of the text width; when the Go font runs wider,
// the font is shrunk to fit, so labels never spill out of their cells.
func (c *pngCanvas) text(op xdotOp) {
	if op.Text == "" || !visible(c.pen) || len(op.Pt) < 2 {
		return
	}
	size := c.fontSize * c.scale
	grown := c.halo && size < c.minLabel
	if grown {
		size = c.minLabel // a node label enlarged to stay readable; it may overhang its node
	}
	face := c.face(size)
	c.dc.SetFontFace(face)
	if want := op.Width * c.scale; want > 0 && !grown {
		if got, _ := c.dc.MeasureString(op.Text); got > want*1.02 {
			c.dc.SetFontFace(c.face(size * want / got))
		}
	}
	ax := 0.5
	switch op.Align {
	case "l":
		ax = 0
	case "r":
		ax = 1
	}
	x, y := c.xy(op.Pt)
	if c.halo {
		// A thin white halo keeps a label readable where it crosses an
		// outline or an edge (the SVG gets the same through CSS).
		r := 1.2 * c.scale
		c.dc.SetColor(color.NRGBA{0xFF, 0xFF, 0xFF, 0x90})
		for k := range 4 {
			a := float64(k)*math.Pi/2 + math.Pi/4
			c.dc.DrawStringAnchored(op.Text, x+r*math.Cos(a), y+r*math.Sin(a), ax, 0)
		}
	}
	c.dc.SetColor(c.pen)
	c.dc.DrawStringAnchored(op.Text, x, y, ax, 0)
}

// face returns a cached face of the current weight at a pixel size.
func (c *pngCanvas) face(px float64) font.Face {
	key := faceKey{math.Round(px*4) / 4, c.bold}
	if f, ok := c.faces[key]; ok {
		return f
	}
	ft := c.regular
	if c.bold {
		ft = c.boldFont
	}
	f := truetype.NewFace(ft, &truetype.Options{Size: max(key.size, 1), Hinting: font.HintingNone})
	c.faces[key] = f
	return f
}

// parseColour reads "#rrggbb" or "#rrggbbaa" as written by Graphviz, and
// the names black, white, none and transparent; anything else is black.
func parseColour(s string) color.Color {
	switch strings.ToLower(s) {
	case "white":
		return color.White
	case "none", "transparent":
		return color.Transparent
	}
	if len(s) != 7 && len(s) != 9 || s[0] != '#' {
		return color.Black
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.Black
	}
	if len(s) == 7 {
		return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xFF}
	}
	return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}
}

func visible(c color.Color) bool {
	_, _, _, a := c.RGBA()
	return a > 0
}

// parseFloats reads n comma-separated numbers.
func parseFloats(s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d numbers", n)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("bad number %q", p)
		}
		out[i] = v
	}
	return out, nil
}
