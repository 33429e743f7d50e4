package out

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Label limits, in runes: names longer than maxLabel are cut with an
// ellipsis for display (the full name stays in the tooltip, up to
// maxTooltip), and labels longer than wrapAt are split over two lines at
// the space nearest the middle.
const (
	maxLabel   = 36
	wrapAt     = 16
	maxTooltip = 300
	maxHeader  = 120
)

// splinesUpTo is the largest diagram drawn with edges routed around nodes
// (splines=true); bigger ones get straight lines, since routing costs
// seconds per hundred nodes in WebAssembly Graphviz.
const splinesUpTo = 80

// prismUpTo is the largest diagram whose overlaps are removed with
// overlap=prism; bigger ones use overlap=scale (see graphAttrs).
const prismUpTo = 100

// Above labelAllUpTo nodes only the labelTop largest (and highlighted)
// nodes are labelled: hundreds of labels cover the picture. Every node
// keeps its full name as a tooltip in SVG.
const (
	labelAllUpTo = 80
	labelTop     = 60
)

// WriteDOT writes the styled DOT source of d for the given layout, exactly
// what Render lays out. It is deterministic: the same diagram gives the
// same bytes.
func WriteDOT(w io.Writer, d *Diagram, opts RenderOptions) error {
	opts, err := opts.withDefaults()
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, diagramDOT(d, opts))
	return err
}

// diagramDOT returns the DOT source of d. opts has its defaults filled in.
func diagramDOT(d *Diagram, opts RenderOptions) string {
	nodes := slices.Clone(d.Nodes)
	slices.SortStableFunc(nodes, func(a, b DiagramNode) int { return cmp.Compare(a.ID, b.ID) })
	index := make(map[int]bool, len(nodes))
	maxSize := 0.0
	highlight := false
	for _, n := range nodes {
		index[n.ID] = true
		if n.Size > maxSize {
			maxSize = n.Size
		}
		highlight = highlight || n.Highlight
	}
	type indexed struct {
		DiagramEdge
		i int // index in d.Edges, the SVG id "edge<i>"
	}
	var edges []indexed
	maxCo, maxSt := 0, 0
	for i, e := range d.Edges {
		if !index[e.From] || !index[e.To] {
			continue
		}
		edges = append(edges, indexed{e, i})
		highlight = highlight || e.Highlight
		if e.Kind == Stance {
			maxSt = max(maxSt, e.Weight)
		} else {
			maxCo = max(maxCo, e.Weight)
		}
	}
	// Draw order: faded edges, co-mentions, stances, the highlighted path.
	rank := func(e DiagramEdge) int {
		switch {
		case e.Highlight:
			return 3
		case highlight:
			return 0
		case e.Kind == Stance:
			return 2
		}
		return 1
	}
	slices.SortStableFunc(edges, func(a, b indexed) int {
		return cmp.Or(cmp.Compare(rank(a.DiagramEdge), rank(b.DiagramEdge)), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To),
			cmp.Compare(a.Kind, b.Kind))
	})
	names := make(map[int]string, len(nodes))
	for _, n := range nodes {
		names[n.ID] = displayName(n.Name)
	}

	var b strings.Builder
	b.WriteString("digraph actorgraph {\n\tgraph")
	writeDOTAttrs(&b, graphAttrs(d, opts, len(nodes)))
	b.WriteString(";\n\tnode")
	writeDOTAttrs(&b, []dotAttr{raw("fontname", dotQuote(fontFamily)), raw("fixedsize", "shape"),
		raw("penwidth", "1.2"), raw("fontcolor", dotQuote(textColour)), raw("margin", "0.02")})
	b.WriteString(";\n\tedge")
	writeDOTAttrs(&b, []dotAttr{raw("fontname", dotQuote(fontFamily)), raw("fontsize", "8"),
		raw("arrowsize", "0.7"), raw("color", dotQuote(comentionLine))})
	b.WriteString(";\n")
	labelled := labelledNodes(nodes)
	for i, n := range nodes {
		b.WriteString("\t" + dotNodeID(n.ID))
		attrs := nodeAttrs(n, maxSize, highlight, labelled[n.ID])
		if opts.Layout == "fdp" {
			attrs = append(attrs, startPos(i))
		}
		writeDOTAttrs(&b, attrs)
		b.WriteString(";\n")
	}
	for _, e := range edges {
		fmt.Fprintf(&b, "\t%s -> %s", dotNodeID(e.From), dotNodeID(e.To))
		attrs := edgeAttrs(e.DiagramEdge, names, maxCo, maxSt, highlight)
		writeDOTAttrs(&b, append(attrs, raw("id", dotQuote(fmt.Sprintf("edge%d", e.i)))))
		b.WriteString(";\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// startPos places the i-th node on a sunflower spiral (golden angle) as
// fdp's starting position. Without it fdp starts from random positions
// drawn from a generator that go-graphviz never reseeds, so a second
// layout in the same process would differ from the first.
func startPos(i int) dotAttr {
	const goldenAngle = 2.399963229728653 // π(3 - √5)
	r := 40 * math.Sqrt(float64(i)+1)
	a := goldenAngle * float64(i)
	return raw("pos", dotQuote(pt(r*math.Cos(a))+","+pt(r*math.Sin(a))))
}

// headerScale grows the title and legend with the number of nodes, so
// that they keep their size relative to a bigger drawing: 1 up to 40
// nodes, then the square root of n/40 (as the drawing's side grows), at
// most 3.
func headerScale(n int) float64 {
	return min(3, max(1, math.Sqrt(float64(n)/40)))
}

// scaleHTML multiplies the sizes in a header made by headerHTML. Text in
// it is escaped (quotes become &#34;), so only our attributes match.
func scaleHTML(h string, f float64) string {
	if f == 1 {
		return h
	}
	return sizeAttr.ReplaceAllStringFunc(h, func(m string) string {
		i := strings.IndexByte(m, '"')
		v, err := strconv.ParseFloat(m[i+1:len(m)-1], 64)
		if err != nil || v <= 1 { // keep emptyCell's 1-point font
			return m
		}
		return m[:i+1] + strconv.Itoa(int(math.Round(v*f))) + `"`
	})
}

// sizeAttr matches the size attributes of a header.
var sizeAttr = regexp.MustCompile(`(POINT-SIZE|WIDTH|HEIGHT)="[0-9.]+"`)

// labelledNodes returns the IDs of the nodes that get a label: all of
// them up to labelAllUpTo nodes, else the labelTop largest by size (ties
// by ID) and every highlighted node.
func labelledNodes(nodes []DiagramNode) map[int]bool {
	out := make(map[int]bool, len(nodes))
	if len(nodes) <= labelAllUpTo {
		for _, n := range nodes {
			out[n.ID] = true
		}
		return out
	}
	bySize := slices.Clone(nodes)
	slices.SortStableFunc(bySize, func(a, b DiagramNode) int {
		return cmp.Or(cmp.Compare(b.Size, a.Size), cmp.Compare(a.ID, b.ID))
	})
	for i, n := range bySize {
		if i < labelTop || n.Highlight {
			out[n.ID] = true
		}
	}
	return out
}

// graphAttrs returns the graph attributes: layout, overlap removal and the
// header with title and legend.
func graphAttrs(d *Diagram, opts RenderOptions, n int) []dotAttr {
	attrs := []dotAttr{
		raw("layout", opts.Layout),
		raw("fontname", dotQuote(fontFamily)),
		raw("bgcolor", dotQuote("white")),
		raw("pad", "0.4"),
		raw("outputorder", "edgesfirst"),
		raw("labelloc", "t"),
		raw("labeljust", "l"),
		raw("label", scaleHTML(headerHTML(d, n, min(n, labelTop)), headerScale(n))),
	}
	switch opts.Layout {
	case "sfdp", "neato", "fdp", "circo":
		// Overlap removal. go-graphviz's Graphviz lacks the triangulation
		// library, so prism falls back to a quadratic method: it gives the
		// tightest pictures but takes 12 s for 300 nodes (sfdp), where
		// scale takes 1 s and spreads the layout out about twice as far.
		// overlap=false would take minutes. sep keeps a margin for labels.
		overlap := "prism"
		if n > prismUpTo {
			overlap = "scale"
		}
		attrs = append(attrs, raw("overlap", overlap), raw("sep", dotQuote("+10")), raw("esep", dotQuote("+4")))
		if opts.Layout == "sfdp" || opts.Layout == "fdp" {
			attrs = append(attrs, raw("start", "1")) // fixed seed
		}
		switch opts.Layout {
		case "sfdp":
			attrs = append(attrs, raw("K", "0.9"), raw("repulsiveforce", "1.5"))
		case "circo":
			attrs = append(attrs, raw("mindist", "0.6"))
		}
	case "dot":
		attrs = append(attrs, raw("rankdir", "LR"), raw("ranksep", "0.6"), raw("nodesep", "0.25"))
	}
	if n <= splinesUpTo {
		attrs = append(attrs, raw("splines", "true"))
	} else {
		attrs = append(attrs, raw("splines", "line"))
	}
	return attrs
}

// nodeAttrs styles one node.
func nodeAttrs(n DiagramNode, maxSize float64, highlight, labelled bool) []dotAttr {
	f := scaleFraction(n.Size, maxSize)
	shape, style, wf, hf := shapeOf(n.Type)
	w := lerp(minNodeWidth, maxNodeWidth, f)
	fill := fillColour(n.Community)
	border := mix(fill, "#000000", 0.45)
	font := textColour
	pen := "1.2"
	switch {
	case highlight && n.Highlight:
		border, pen = pathLine, "2.8"
	case highlight:
		fill, border, font = mix(fill, "#FFFFFF", 0.7), mix(border, "#FFFFFF", 0.7), fadedText
	}
	name := clean(n.Name)
	tip := truncate(name, maxTooltip)
	if a := clean(n.Affiliation); a != "" && a != name {
		tip += " · " + truncate(a, 60)
	}
	tip += " · " + n.Type
	label := labelDOT(name)
	if !labelled {
		label = `" "` // go-graphviz turns an empty label into \N, the node ID
	}
	attrs := []dotAttr{
		{Key: "label", Value: label, Raw: true},
		str("tooltip", tip),
		raw("id", dotQuote(fmt.Sprintf("actor%d", n.ID))),
		raw("shape", shape),
		raw("style", dotQuote(style)),
		raw("width", pt(w*wf)),
		raw("height", pt(w*hf)),
		raw("fontsize", pt(lerp(minFontSize, maxFontSize, f))),
		raw("fillcolor", dotQuote(fill)),
		raw("color", dotQuote(border)),
	}
	if font != textColour {
		attrs = append(attrs, raw("fontcolor", dotQuote(font)))
	}
	if pen != "1.2" {
		attrs = append(attrs, raw("penwidth", pen))
	}
	return attrs
}

// edgeAttrs styles one edge.
func edgeAttrs(e DiagramEdge, names map[int]string, maxCo, maxSt int, highlight bool) []dotAttr {
	var attrs []dotAttr
	var colour, tip string
	var pen float64
	if e.Kind == Stance {
		pen = lerp(1.2, maxPen, logFraction(e.Weight, maxSt))
		verb := "neutral towards"
		switch e.Polarity {
		case 1:
			colour, verb = positiveLine, "supports"
		case -1:
			colour, verb = negativeLine, "opposes"
			attrs = append(attrs, raw("style", "dashed"))
		default:
			colour = neutralLine
			attrs = append(attrs, raw("style", "dotted"))
		}
		tip = fmt.Sprintf("%s %s %s (%s)", names[e.From], verb, names[e.To], plural(e.Weight, "statement"))
	} else {
		pen = lerp(minPen, maxPen*0.8, logFraction(e.Weight, maxCo))
		colour = comentionLine
		attrs = append(attrs, raw("dir", "none"))
		tip = fmt.Sprintf("%s — %s (%s)", names[e.From], names[e.To], plural(e.Weight, "shared sentence"))
	}
	switch {
	case highlight && e.Highlight && e.Kind == Stance:
		// A highlighted stance keeps its polarity colour.
		pen = max(pen, 3.2) + 0.8
	case highlight && e.Highlight:
		colour, pen = pathLine, max(pen, 3.2)+0.8
	case highlight:
		colour, pen = fadedLine, min(pen, 1.5)
	}
	attrs = append(attrs, raw("color", dotQuote(colour)), raw("penwidth", pt(pen)), str("tooltip", tip))
	if l := truncate(clean(e.Label), 40); l != "" {
		attrs = append(attrs, str("label", l))
	}
	return attrs
}

// displayName is the cleaned name cut to maxLabel runes, or "(unnamed)".
func displayName(name string) string {
	s := truncate(clean(name), maxLabel)
	if s == "" {
		return "(unnamed)"
	}
	return s
}

// labelDOT returns the quoted DOT label of a name: cut to maxLabel runes
// and, when long, split over two lines with Graphviz's \n, which is the
// only escape in the result; everything from the name is quoted by
// dotQuote.
func labelDOT(name string) string {
	s := displayName(name)
	n := utf8.RuneCountInString(s)
	if n <= wrapAt {
		return dotQuote(s)
	}
	// Split at the space nearest the middle.
	best, bestDist, i := -1, n, 0
	for j, r := range s {
		if r == ' ' {
			if d := abs(i - n/2); d < bestDist {
				best, bestDist = j, d
			}
		}
		i++
	}
	if best < 0 {
		return dotQuote(s)
	}
	first, second := dotQuote(s[:best]), dotQuote(s[best+1:])
	return first[:len(first)-1] + `\n` + second[1:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// headerHTML returns the graph label: title, subtitle and legend as a
// Graphviz HTML-like label. All text is escaped with html.EscapeString,
// so a name cannot open or close a tag.
func headerHTML(d *Diagram, n, labelled int) string {
	esc := func(s string, max int) string { return html.EscapeString(truncate(clean(s), max)) }
	var b strings.Builder
	b.WriteString(`<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">`)
	if t := esc(d.Title, maxHeader); t != "" {
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="22">%s</FONT></TD></TR>`, t)
	}
	if s := esc(d.Subtitle, maxHeader*2); s != "" {
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="12" COLOR="%s">%s</FONT></TD></TR>`, subtleText, s)
	}
	b.WriteString(`<TR><TD HEIGHT="6">` + emptyCell + `</TD></TR>`)
	// Communities, four to a row.
	used := usedCommunities(d)
	const perRow = 4
	for i := 0; i < len(used); i += perRow {
		b.WriteString(`<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0" ALIGN="LEFT" FIXEDSIZE="TRUE"><TR>`)
		if i == 0 {
			legendKey(&b, "Communities")
		} else {
			legendKey(&b, "")
		}
		for _, c := range used[i:min(i+perRow, len(used))] {
			var label string
			switch {
			case c < 0:
				label = "none"
			case c >= len(communityFills()):
				label = "other communities"
			case c < len(d.Communities) && clean(d.Communities[c]) != "":
				label = d.Communities[c]
			default:
				label = fmt.Sprintf("community %d", c+1)
			}
			fill := fillColour(c)
			fmt.Fprintf(&b, `<TD BGCOLOR="%s" COLOR="%s" BORDER="1" WIDTH="12" HEIGHT="12" FIXEDSIZE="TRUE">%s</TD>`,
				fill, mix(fill, "#000000", 0.45), emptyCell)
			fmt.Fprintf(&b, `<TD ALIGN="LEFT"><FONT POINT-SIZE="10"> %s</FONT></TD><TD WIDTH="12">%s</TD>`, esc(label, 48), emptyCell)
		}
		b.WriteString(`</TR></TABLE></TD></TR>`)
	}
	// Shapes and size.
	b.WriteString(`<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0" ALIGN="LEFT" FIXEDSIZE="TRUE"><TR>`)
	legendKey(&b, "Shapes")
	fmt.Fprintf(&b, `<TD ALIGN="LEFT"><FONT POINT-SIZE="10">ellipse: person   ·   rounded box: state   ·   hexagon: organisation</FONT></TD>`)
	b.WriteString(`</TR></TABLE></TD></TR>`)
	sizeKey(&b, d, headerScale(n))
	if n > labelAllUpTo {
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="10" COLOR="%s">names shown for the %d largest</FONT></TD></TR>`, subtleText, labelled)
	}
	// Edges.
	b.WriteString(`<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0" ALIGN="LEFT" FIXEDSIZE="TRUE"><TR>`)
	legendKey(&b, "Links")
	legendLine(&b, comentionLine, lineSolid, "mentioned together (width: sentences)")
	if hasStance(d, 1) {
		legendLine(&b, positiveLine, lineSolid, "supports →")
	}
	if hasStance(d, -1) {
		legendLine(&b, negativeLine, lineDashed, "opposes →")
	}
	if hasStance(d, 0) {
		legendLine(&b, neutralLine, lineDotted, "neutral →")
	}
	b.WriteString(`</TR></TABLE></TD></TR>`)
	if p := esc(d.PathLegend, maxHeader*2); p != "" {
		b.WriteString(`<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0" ALIGN="LEFT" FIXEDSIZE="TRUE"><TR>`)
		legendKey(&b, "Highlighted")
		legendLine(&b, pathLine, lineSolid, p)
		b.WriteString(`</TR></TABLE></TD></TR>`)
	}
	if note := esc(d.Note, maxHeader*2); note != "" {
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="%s">%s</FONT></TD></TR>`, subtleText, note)
	}
	b.WriteString(`</TABLE>>`)
	return b.String()
}

// sizeKey writes a legend row with two grey nodes at a quarter and a
// sixteenth of the largest value drawn (a half and a quarter of its
// width, since area follows the value) and that value: the largest node
// is in the drawing itself, and a key node of its size would crowd the
// legend. The header is
// scaled by scale afterwards (scaleHTML), so the boxes are drawn 1/scale
// as large here and come out at the nodes' true size.
func sizeKey(b *strings.Builder, d *Diagram, scale float64) {
	maxSize := 0.0
	for _, n := range d.Nodes {
		maxSize = max(maxSize, n.Size)
	}
	if !(maxSize > 0) || math.IsInf(maxSize, 0) {
		return
	}
	b.WriteString(`<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0" ALIGN="LEFT" FIXEDSIZE="TRUE"><TR>`)
	legendKey(b, "Size")
	for _, f := range []float64{0.25, 1.0 / 16} {
		w := lerp(minNodeWidth, maxNodeWidth, scaleFraction(f*maxSize, maxSize)) * 72 / scale
		px := max(2, int(math.Round(w)))
		fmt.Fprintf(b, `<TD BGCOLOR="%s" COLOR="%s" BORDER="1" STYLE="rounded" WIDTH="%d" HEIGHT="%d" FIXEDSIZE="TRUE">%s</TD>`,
			otherFill, mix(otherFill, "#000000", 0.45), px, px, emptyCell)
		fmt.Fprintf(b, `<TD ALIGN="LEFT"><FONT POINT-SIZE="10"> %s</FONT></TD><TD WIDTH="14">%s</TD>`,
			html.EscapeString(formatValue(f*maxSize)), emptyCell)
	}
	by := "size"
	if sb := clean(d.SizeBy); sb != "" {
		by = truncate(sb, 40)
	}
	fmt.Fprintf(b, `<TD ALIGN="LEFT"><FONT POINT-SIZE="10">(%s; the largest drawn is %s; area grows with the value)</FONT></TD>`,
		html.EscapeString(by), html.EscapeString(formatValue(maxSize)))
	b.WriteString(`</TR></TABLE></TD></TR>`)
}

// formatValue prints a size value with three significant digits.
func formatValue(v float64) string {
	if v == math.Trunc(v) && v < 1e6 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}

// emptyCell fills cells that only carry a colour or a width: go-graphviz
// v0.2.9 fails with "failed to read wasm memory" on an empty <TD></TD>
// inside a nested table.
const emptyCell = `<FONT POINT-SIZE="1"> </FONT>`

// legendKey writes the fixed-width key cell that starts a legend row.
func legendKey(b *strings.Builder, key string) {
	if key == "" { // Graphviz rejects an empty <FONT></FONT>, and the whole label with it
		fmt.Fprintf(b, `<TD ALIGN="LEFT" WIDTH="84" FIXEDSIZE="FALSE">%s</TD>`, emptyCell)
		return
	}
	fmt.Fprintf(b, `<TD ALIGN="LEFT" WIDTH="84" FIXEDSIZE="FALSE"><FONT POINT-SIZE="10" COLOR="%s">%s</FONT></TD>`, subtleText, key)
}

// Line patterns of the legend.
const (
	lineSolid = iota
	lineDashed
	lineDotted
)

// legendLine writes a short coloured bar (solid, three dashes or five
// dots) and its text.
func legendLine(b *strings.Builder, colour string, pattern int, text string) {
	switch pattern {
	case lineDashed, lineDotted:
		n, w, gap := 3, 6, 3
		if pattern == lineDotted {
			n, w, gap = 5, 3, 3
		}
		for i := 0; i < n; i++ {
			fmt.Fprintf(b, `<TD BGCOLOR="%s" WIDTH="%d" HEIGHT="3" FIXEDSIZE="TRUE">%s</TD><TD WIDTH="%d" FIXEDSIZE="TRUE">%s</TD>`,
				colour, w, emptyCell, gap, emptyCell)
		}
	default:
		fmt.Fprintf(b, `<TD BGCOLOR="%s" WIDTH="27" HEIGHT="3" FIXEDSIZE="TRUE">%s</TD>`, colour, emptyCell)
	}
	fmt.Fprintf(b, `<TD ALIGN="LEFT"><FONT POINT-SIZE="10"> %s</FONT></TD><TD WIDTH="14">%s</TD>`, text, emptyCell)
}

// usedCommunities returns the community indexes drawn, in order, with -1
// last when some node has none; indexes beyond the palette are shown as
// one "other" entry.
func usedCommunities(d *Diagram) []int {
	seen := map[int]bool{}
	for _, n := range d.Nodes {
		c := n.Community
		if c >= len(communityFills()) {
			c = len(communityFills())
		}
		seen[c] = true
	}
	var out []int
	for c := range seen {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b int) int {
		if (a < 0) != (b < 0) { // -1 last
			if a < 0 {
				return 1
			}
			return -1
		}
		return cmp.Compare(a, b)
	})
	if len(out) == 1 && out[0] < 0 {
		return nil // no communities at all: no legend row
	}
	return out
}

// hasStance reports whether d has a stance edge of the given polarity.
func hasStance(d *Diagram, polarity int) bool {
	for _, e := range d.Edges {
		if e.Kind == Stance && e.Polarity == polarity {
			return true
		}
	}
	return false
}
