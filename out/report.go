package out

import (
	"bytes"
	"context"
	"fmt"
)

// Report is a printable report on an actor graph, as plain data: the query
// layer fills it (query.Graph.Report), RenderReport draws its figures, and
// WriteReportHTML and WriteReportMarkdown write it. Every claim carries
// the numbers of its sources in Sources.
type Report struct {
	Title    string
	Subtitle string
	Read     ReadSummary
	Figures  []ReportFigure
	Actors   ReportActors
	Camps    ReportCamps
	// Alliances and Conflicts are the strongest support and opposition
	// between actors from their stated positions.
	Alliances []ReportTie
	Conflicts []ReportTie
	// HasConfidence says whether the ties carry a confidence.
	HasConfidence bool
	Paths         []ReportPath
	// Periods count documents per month when the documents are dated.
	Periods []ReportCount
	// Changes compares the earlier and the later half of those months
	// (nil when fewer than two are covered).
	Changes *ReportChanges
	// View is the interactive view (HTML only; nil for none).
	View    *View
	Sources []Source
}

// ReadSummary says what the report was made from.
type ReadSummary struct {
	Documents int
	Folded    int
	// Skipped counts skipped inputs by reason; SkippedKnown is false when
	// the report was made from a graph file, which does not record them.
	Skipped      []ReportCount
	SkippedKnown bool
	Dated        int
	First, Last  string
	Outlets      []ReportCount
	Actors       int
	Edges        int
	Stances      int
	Statements   int
}

// ReportCount is a name with a count.
type ReportCount struct {
	Name  string
	Count int
}

// ReportFigure is one diagram of the report. RenderReport fills SVG; File
// is the name the Markdown report gives its SVG file.
type ReportFigure struct {
	Title   string
	Caption string
	Diagram *Diagram
	SVG     []byte
	File    string
}

// ReportActors is the ranking of the top actors.
type ReportActors struct {
	Measure string
	Rows    []ReportActor
}

// ReportActor is one ranked actor.
type ReportActor struct {
	Rank        int
	Name        string
	Type        string
	Affiliation string
	Community   int
	Colour      string
	Value       float64
	Betweenness float64
	Degree      int
	Mentions    int
	Documents   int
	Cites       []int
}

// ReportCamps are the communities with their modularity.
type ReportCamps struct {
	Q float64
	// Threshold is the modularity below which the partition is called
	// weak; Weak is Q < Threshold and Warning says what that means.
	Threshold float64
	Weak      bool
	Warning   string
	Camps     []ReportCamp
}

// ReportCamp is one community.
type ReportCamp struct {
	N       int
	Colour  string
	Size    int
	Members []string
	// More counts the members not listed.
	More  int
	Cites []int
}

// ReportTie is a stated relation between two actors.
type ReportTie struct {
	From, To                    string
	Positive, Negative, Neutral int
	// Confidence is the stance's confidence (graph.Stance.Confidence),
	// when the graph has it (Report.HasConfidence).
	Confidence float64
	Quotes     []ReportQuote
}

// ReportChanges is what changed between two periods of the documents.
type ReportChanges struct {
	// Before and After name the two periods with their numbers of
	// documents.
	Before, After string
	Lines         []ReportChange
}

// ReportChange is one change with its evidence.
type ReportChange struct {
	Kind   string // "stronger tie", "new tie", "stance flip", "rank shift"
	Text   string
	Quotes []ReportQuote
}

// ReportQuote is a sentence with its citation.
type ReportQuote struct {
	Text string
	Cite int
}

// ReportPath is a route between two actors.
type ReportPath struct {
	From, To string
	Hops     int
	Steps    []ReportStep
	// Missing says why there is no path ("" when there is one).
	Missing string
}

// ReportStep is one hop of a path with a sentence behind it.
type ReportStep struct {
	From, To string
	Weight   int
	Quote    *ReportQuote
}

// RenderReport draws the figures of r as SVG (opts.Format is ignored).
func RenderReport(ctx context.Context, r *Report, opts RenderOptions) error {
	opts.Format = FormatSVG
	for i := range r.Figures {
		f := &r.Figures[i]
		var buf bytes.Buffer
		if err := Render(ctx, &buf, f.Diagram, opts); err != nil {
			return fmt.Errorf("figure %d (%s): %w", i+1, f.Title, err)
		}
		f.SVG = buf.Bytes()
		if f.File == "" {
			f.File = fmt.Sprintf("figure-%d.svg", i+1)
		}
	}
	return nil
}
