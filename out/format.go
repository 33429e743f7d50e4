package out

import (
	"fmt"
	"slices"
	"strings"
)

// Format is an output format name as given to --format.
type Format string

// The output formats. FormatSVG and FormatPNG are diagrams (see Render);
// FormatDOT is both a diagram (Render) and a data export (Export).
const (
	FormatJSON    Format = "json"
	FormatGraphML Format = "graphml"
	FormatGEXF    Format = "gexf"
	FormatCSV     Format = "csv"
	FormatDOT     Format = "dot"
	FormatSVG     Format = "svg"
	FormatPNG     Format = "png"
	// FormatHTML is the interactive view (WriteView), a diagram with the
	// evidence behind every tie.
	FormatHTML Format = "html"
)

// ParseFormat parses a format name, ignoring case and a leading dot, so that
// a file extension such as ".GraphML" is accepted.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), ".")))
	switch f {
	case FormatJSON, FormatGraphML, FormatGEXF, FormatCSV, FormatDOT, FormatSVG, FormatPNG, FormatHTML:
		return f, nil
	case "htm":
		return FormatHTML, nil
	case "gv":
		return FormatDOT, nil
	case "xml":
		return FormatGraphML, nil
	}
	return "", fmt.Errorf("unknown format %q (want json, graphml, gexf, csv, dot, svg, png or html)", s)
}

// DiagramFormats lists the formats of a drawing, in the order help texts
// name them: Render draws the first three, WriteView the interactive HTML.
func DiagramFormats() []Format { return []Format{FormatSVG, FormatPNG, FormatDOT, FormatHTML} }

// ExportFormats lists the formats Export writes, in the order help texts
// name them.
func ExportFormats() []Format {
	return []Format{FormatJSON, FormatGraphML, FormatGEXF, FormatCSV, FormatDOT}
}

// IsDiagram reports whether f is drawn by Render rather than written by
// Export. DOT is both; it reports true for it.
func (f Format) IsDiagram() bool {
	return slices.Contains(DiagramFormats(), f)
}

// Ext returns the usual file extension for f, with its dot.
func (f Format) Ext() string { return "." + string(f) }
