package out

import (
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// Export writes the whole graph g to w in a data format: JSON node-link,
// GraphML, GEXF, CSV (the edge list; see ExportCSV for nodes and edges) or
// DOT. Stance edges are included everywhere, marked with kind "stance".
// SVG and PNG are diagrams: draw them with DiagramFrom and Render.
func Export(w io.Writer, g *graph.Graph, f Format) error {
	return ExportWith(w, g, f, ExportOptions{})
}

// ExportWith is Export with a choice of edges and node measures (see
// ExportOptions). JSON and DOT always carry every edge and no measures.
func ExportWith(w io.Writer, g *graph.Graph, f Format, opts ExportOptions) error {
	var err error
	switch f {
	case FormatJSON:
		err = WriteJSON(w, NodeLinkFrom(g))
	case FormatGraphML:
		err = writeGraphML(w, newExportData(g, opts))
	case FormatGEXF:
		err = writeGEXF(w, newExportData(g, opts))
	case FormatCSV:
		err = writeEdgesCSV(w, newExportData(g, opts))
	case FormatDOT:
		err = writeDataDOT(w, g)
	case FormatSVG, FormatPNG, FormatHTML:
		return fmt.Errorf("export %s: a diagram format; use Render", f)
	default:
		return fmt.Errorf("export: unknown format %q", f)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", f, err)
	}
	return nil
}
