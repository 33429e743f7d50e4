package out

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
)

// The interactive view's script and style, inlined into every page: the
// HTML loads nothing from anywhere.
var (
	//go:embed html/view.js
	viewJS string
	//go:embed html/view.css
	viewCSS string
)

// viewData is the JSON the view's script reads.
type viewData struct {
	Nodes   []ViewNode `json:"nodes"`
	Edges   []ViewEdge `json:"edges"`
	Sources []Source   `json:"sources"`
	Periods []string   `json:"periods"`
	Anchor  string     `json:"anchor,omitempty"`
}

// viewFragment is what a page needs to show one view.
type viewFragment struct {
	ID   string
	SVG  template.HTML
	Data template.JS
}

// newViewFragment renders the view's diagram as SVG (with ids on nodes
// and edges) and encodes its data. id must be unique on the page.
func newViewFragment(ctx context.Context, v *View, id string, opts RenderOptions) (viewFragment, error) {
	opts.Format = FormatSVG
	var buf bytes.Buffer
	if err := Render(ctx, &buf, v.Diagram, opts); err != nil {
		return viewFragment{}, err
	}
	data := viewData{Nodes: v.Nodes, Edges: v.Edges, Sources: v.Sources, Periods: v.Periods, Anchor: v.SourceAnchor}
	if data.Nodes == nil {
		data.Nodes = []ViewNode{}
	}
	if data.Edges == nil {
		data.Edges = []ViewEdge{}
	}
	if data.Sources == nil {
		data.Sources = []Source{}
	}
	// encoding/json escapes <, > and & (and U+2028/9), so the data cannot
	// close its <script> element.
	js, err := json.Marshal(data)
	if err != nil {
		return viewFragment{}, fmt.Errorf("view data: %w", err)
	}
	return viewFragment{ID: id, SVG: inlineSVG(buf.Bytes()), Data: template.JS(js)}, nil
}

// inlineSVG returns a Graphviz SVG document as an element to put inside
// HTML: the XML declaration, doctype and comments before <svg are cut.
// Graphviz escapes every text it writes, and the DOT it draws quotes every
// name (diagramDOT), so the markup is Graphviz's own.
func inlineSVG(svg []byte) template.HTML {
	if i := bytes.Index(svg, []byte("<svg")); i >= 0 {
		svg = svg[i:]
	}
	return template.HTML(bytes.TrimSpace(svg)) //nolint:gosec // see above
}

// viewTemplate is the markup of one view; its script runs once per page.
const viewTemplate = `{{define "view"}}<div class="agv" id="{{.ID}}">
<div class="agv-bar">
<label>Find an actor <input class="agv-search" type="search" list="{{.ID}}-names" placeholder="name"></label>
<datalist id="{{.ID}}-names"></datalist>
<span><button type="button" class="agv-zoomin" title="zoom in">+</button> <button type="button" class="agv-zoomout" title="zoom out">−</button> <button type="button" class="agv-reset">reset</button></span>
<fieldset><legend>Types</legend>
<label><input type="checkbox" class="agv-type" value="person" checked> people</label>
<label><input type="checkbox" class="agv-type" value="state" checked> states</label>
<label><input type="checkbox" class="agv-type" value="org" checked> organisations</label>
<label><input type="checkbox" class="agv-type" value="other" checked> other</label></fieldset>
<fieldset><legend>Layers</legend>
<label><input type="checkbox" class="agv-layer" value="comention" checked> mentioned together</label>
<label><input type="checkbox" class="agv-layer" value="stance" checked> stated positions</label></fieldset>
<fieldset class="agv-period"><legend>Period</legend>
<select class="agv-from" aria-label="from"></select> to <select class="agv-to" aria-label="to"></select></fieldset>
</div>
<div class="agv-canvas">{{.SVG}}</div>
<div class="agv-panel"><p class="agv-meta">Click an actor or a tie to read the sentences behind it. Drag to pan, scroll to zoom.</p></div>
<div class="agv-tip"></div>
<script type="application/json" class="agv-data">{{.Data}}</script>
</div>{{end}}`

// viewPage is a page with one view and nothing else.
var viewPage = template.Must(template.New("page").Parse(viewTemplate + `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>body{margin:1rem;font:14px/1.4 Helvetica,Arial,sans-serif}h1{font-size:20px;margin:.2rem 0 .6rem}
{{.CSS}}</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{template "view" .View}}
<script>{{.JS}}</script>
</body>
</html>
`))

// WriteView writes v as one self-contained HTML page: the diagram drawn
// by Graphviz as inline SVG, the evidence as inline JSON, and the script
// and style inline, so that the page works offline and requests nothing.
func WriteView(ctx context.Context, w io.Writer, v *View, opts RenderOptions) error {
	frag, err := newViewFragment(ctx, v, "view", opts)
	if err != nil {
		return err
	}
	title := "Actor graph"
	if v.Diagram != nil && v.Diagram.Title != "" {
		title = v.Diagram.Title
	}
	var buf bytes.Buffer
	if err := viewPage.Execute(&buf, struct {
		Title string
		CSS   template.CSS
		JS    template.JS
		View  viewFragment
	}{title, template.CSS(viewCSS), template.JS(viewJS), frag}); err != nil {
		return fmt.Errorf("view page: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}
