package out

import (
	"fmt"
	"time"
)

// Layout budgets. Graphviz's layouts differ by orders of magnitude in what
// they can draw in reasonable time: measured on the BBC archive's graph
// (the top actors by PageRank, densely tied), dot took 1.4 s of CPU for 25
// actors, 12 s for 50 and over four minutes for 75; circo 5.5 s for 25 and
// over four minutes for 50; sfdp, neato and fdp draw 300 in seconds. And a
// layout runs in WebAssembly that nothing can interrupt, so a drawing that
// is too large is refused or trimmed before it starts, and a drawing that
// still takes too long is given up after RenderOptions.Timeout.

// DefaultRenderTimeout is the time budget of a layout when
// RenderOptions.Timeout is 0 in commands that set one (render --timeout).
const DefaultRenderTimeout = time.Minute

// MaxLayoutNodes returns the most actors the layout draws in reasonable
// time; larger diagrams are to be cut down (query.FigureOptions.MaxNodes)
// or drawn with a faster layout.
func MaxLayoutNodes(layout string) int {
	switch layout {
	case "dot":
		return 50
	case "circo":
		return 30
	}
	return 300
}

// LayoutTimeoutError is returned by Render when the layout took longer than
// RenderOptions.Timeout. Its message suggests what to do instead.
type LayoutTimeoutError struct {
	Layout       string
	Nodes, Edges int
	Timeout      time.Duration
}

func (e *LayoutTimeoutError) Error() string {
	fewer := max(e.Nodes/2, 1)
	alt := "--layout sfdp (the fastest)"
	if e.Layout == "sfdp" {
		alt = "--min-weight 2 (fewer ties)"
	}
	return fmt.Sprintf("the %s layout took longer than %v for %d actors and %d ties: try %s, fewer actors (--top %d) or a longer --timeout",
		e.Layout, e.Timeout, e.Nodes, e.Edges, alt, fewer)
}
