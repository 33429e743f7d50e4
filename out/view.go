package out

// View is the data of the interactive view (WriteView): a diagram and,
// for each node and edge drawn, what a reader can click to read.
type View struct {
	Diagram *Diagram
	// Nodes and Edges describe the diagram's nodes (by DiagramNode.ID)
	// and edges (by their index in Diagram.Edges).
	Nodes []ViewNode
	Edges []ViewEdge
	// Sources are the documents the evidence cites, numbered from 1.
	Sources []Source
	// SourceAnchor, when set, makes citations links to "#" + SourceAnchor
	// + number, the source list of the page the view is embedded in;
	// otherwise the view lists its sources itself.
	SourceAnchor string
	// Periods are the dates of the documents behind the edges (sorted
	// "YYYY-MM-DD" or "YYYY-MM" keys); a period filter appears when there
	// are at least two.
	Periods []string
}

// ViewNode is one actor of the view.
type ViewNode struct {
	ID          int    `json:"id"`
	Name        string `json:"name"`
	Type        string `json:"type"`
	Affiliation string `json:"affiliation,omitempty"`
	Community   string `json:"community,omitempty"`
	Colour      string `json:"colour"`
	// Rank is the node's place by the size measure (1 = largest), Value
	// that measure.
	Rank      int     `json:"rank"`
	Value     float64 `json:"value"`
	Mentions  int     `json:"mentions"`
	Documents int     `json:"documents"`
}

// ViewEdge is one tie of the view, with the sentences behind it.
type ViewEdge struct {
	// Index is the edge's index in Diagram.Edges (its SVG id is
	// "edge" + Index).
	Index    int    `json:"index"`
	From     int    `json:"from"`
	To       int    `json:"to"`
	Kind     string `json:"kind"`
	Polarity int    `json:"polarity"`
	Weight   int    `json:"weight"`
	// Evidence holds the stored sentences; Total counts all sentences or
	// statements behind the tie.
	Evidence []ViewEvidence `json:"evidence"`
	Total    int            `json:"total"`
}

// ViewEvidence is one sentence with its citation.
type ViewEvidence struct {
	Text string `json:"text"`
	// Source is the number of the cited document in View.Sources.
	Source int    `json:"source"`
	Date   string `json:"date,omitempty"`
	// Speaker, Cue and Polarity describe a statement (empty for a
	// co-mention sentence).
	Speaker  string `json:"speaker,omitempty"`
	Cue      string `json:"cue,omitempty"`
	Polarity int    `json:"polarity,omitempty"`
}
