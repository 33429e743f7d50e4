package out

import (
	"bytes"
	"regexp"
	"strconv"
)

// SVG attributes that sizeSVG rewrites.
var (
	svgRootSize = regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`)
	svgClass    = regexp.MustCompile(`class="(node|edge|graph|cluster)"`)
	svgTextTag  = regexp.MustCompile(`<text ([^>]*?)y="([-0-9.]+)"([^>]*?)font-size="([0-9.]+)"`)
)

// sizeSVG sets the printed width of a Graphviz SVG (width in inches, 0 to
// keep its natural size) and enlarges the labels of nodes that would be
// smaller than minFont points at that width (0: leave them). A label grows
// in place around its baseline, so it may overhang its node; the white
// halo keeps it readable over edges.
func sizeSVG(svg []byte, width, minFont float64) []byte {
	m := svgRootSize.FindSubmatchIndex(svg)
	if m == nil || (width <= 0 && minFont <= 0) {
		return svg
	}
	wPt, _ := strconv.ParseFloat(string(svg[m[2]:m[3]]), 64)
	hPt, _ := strconv.ParseFloat(string(svg[m[4]:m[5]]), 64)
	scale := 1.0
	if width > 0 && wPt > 0 {
		scale = width * 72 / wPt
	}
	var out bytes.Buffer
	out.Grow(len(svg) + 64)
	out.Write(svg[:m[0]])
	if width > 0 {
		out.WriteString(`<svg width="` + strconv.FormatFloat(width, 'f', 2, 64) + `in" height="` +
			strconv.FormatFloat(hPt*scale/72, 'f', 2, 64) + `in"`)
	} else {
		out.Write(svg[m[0]:m[1]])
	}
	rest := svg[m[1]:]
	if minFont <= 0 {
		out.Write(rest)
		return out.Bytes()
	}
	want := minFont / scale // the label size in layout points
	classes := svgClass.FindAllSubmatchIndex(rest, -1)
	ci, inNode := 0, false
	last := 0
	for _, t := range svgTextTag.FindAllSubmatchIndex(rest, -1) {
		for ci < len(classes) && classes[ci][0] < t[0] {
			inNode = string(rest[classes[ci][2]:classes[ci][3]]) == "node"
			ci++
		}
		fs, err := strconv.ParseFloat(string(rest[t[8]:t[9]]), 64)
		if !inNode || err != nil || fs >= want {
			continue
		}
		y, err := strconv.ParseFloat(string(rest[t[4]:t[5]]), 64)
		if err != nil {
			continue
		}
		out.Write(rest[last:t[0]])
		out.WriteString("<text ")
		out.Write(rest[t[2]:t[3]])
		// Keep the label centred on the same line: the baseline moves
		// down by about a third of the growth.
		out.WriteString(`y="` + strconv.FormatFloat(y+(want-fs)*0.35, 'f', 2, 64) + `"`)
		out.Write(rest[t[6]:t[7]])
		out.WriteString(`font-size="` + strconv.FormatFloat(want, 'f', 2, 64) + `"`)
		last = t[1]
	}
	out.Write(rest[last:])
	return out.Bytes()
}
