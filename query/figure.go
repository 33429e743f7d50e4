package query

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/out"
)

// MaxFigureNodes is the largest diagram drawn without an explicit Top:
// beyond it labels cannot be read on a page and layouts take minutes.
const MaxFigureNodes = 300

// FigureOptions says what a diagram shows.
type FigureOptions struct {
	// Selection chooses the actors (Top, MinWeight, Focus, Depth,
	// PathFrom/PathTo, Layer); SizeBy is also its ranking measure.
	Selection Selection
	// SizeBy is the centrality that sizes the nodes.
	SizeBy network.Measure
	// Title replaces the default title ("Actor graph", "Around X",
	// "From X to Y").
	Title string
	// NoStances leaves the stance edges out.
	NoStances bool
	// Seed is the community detection seed.
	Seed uint64
	// MinConfidence leaves out the stance edges less sure than this (see
	// graph.Stance.Confidence); edges of files that record no confidence
	// are kept.
	MinConfidence float64
}

// Figure is a diagram ready to render, with a note for the user when the
// selection was trimmed.
type Figure struct {
	Diagram *out.Diagram
	// Trimmed is set when the selection had more than MaxFigureNodes
	// actors and only the top ones are drawn; Note says so.
	Trimmed bool
	Note    string
}

// Figure selects the part of the graph opts describes and returns it as a
// diagram: nodes sized by opts.SizeBy and coloured by their community
// within the drawing, the shortest path between PathFrom and PathTo
// highlighted.
func (q *Graph) Figure(opts FigureOptions) (Figure, error) {
	if opts.MinConfidence > 0 {
		cp := *q
		cp.Graph = confidentStances(q.Graph, opts.MinConfidence)
		q = &cp
	}
	sel := opts.Selection
	sel.By = opts.SizeBy
	var title, note string
	if sel.Focus >= 0 {
		title = "Around " + q.Nodes[sel.Focus].Name
	}
	var pathNodes []int
	if sel.PathFrom >= 0 {
		paths := network.KShortestPaths(network.Project(q.Graph, sel.Layer), sel.PathFrom, sel.PathTo, 1, 0)
		if len(paths) == 0 {
			return Figure{}, fmt.Errorf("%s and %s are not connected", q.Nodes[sel.PathFrom].Name, q.Nodes[sel.PathTo].Name)
		}
		pathNodes = paths[0].Nodes
		title = "From " + q.Nodes[sel.PathFrom].Name + " to " + q.Nodes[sel.PathTo].Name
	}
	total := len(q.Nodes)
	sub, err := Select(q.Graph, sel)
	if err != nil {
		return Figure{}, err
	}
	trimmed := false
	if len(sub.Nodes) > MaxFigureNodes {
		sel.Top = MaxFigureNodes
		if sub, err = Select(q.Graph, sel); err != nil {
			return Figure{}, err
		}
		trimmed = true
		note = fmt.Sprintf("showing the top %d of %d actors by %s; use --top, --focus or --min-weight to choose", len(sub.Nodes), total, opts.SizeBy)
	} else if len(sub.Nodes) < total {
		note = fmt.Sprintf("%d of %d actors", len(sub.Nodes), total)
	}
	if len(sub.Nodes) == 0 {
		return Figure{}, fmt.Errorf("render: nothing to draw (the selection is empty)")
	}
	// Sizes and communities come from the subgraph as drawn.
	n := network.Project(sub, sel.Layer)
	size, err := network.CentralityValues(n, opts.SizeBy, network.CentralityOptions{Seed: opts.Seed})
	if err != nil {
		return Figure{}, err
	}
	part, err := network.Communities(n, network.CommunityOptions{Seed: opts.Seed})
	if err != nil {
		return Figure{}, err
	}
	d := out.DiagramFrom(sub, size, part.Membership(len(sub.Nodes)))
	if opts.Title != "" {
		title = opts.Title
	}
	if title == "" {
		title = "Actor graph"
	}
	d.Title = title
	d.Subtitle = fmt.Sprintf("%d actors · %d articles · node size: %s · colour: community (Q = %.2f)",
		len(sub.Nodes), len(q.Documents), opts.SizeBy, part.Q)
	d.Note = note
	d.SizeBy = string(opts.SizeBy)
	if opts.NoStances {
		d.DropStances()
	}
	if len(pathNodes) > 0 {
		// The path's node IDs in the drawn subgraph.
		ids := make([]int, 0, len(pathNodes))
		for _, p := range pathNodes {
			if id, err := find(sub, q.Nodes[p].Name); err == nil {
				ids = append(ids, id)
			}
		}
		d.HighlightPath(ids)
	}
	return Figure{Diagram: d, Trimmed: trimmed, Note: note}, nil
}
