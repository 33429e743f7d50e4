package graph

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/actorgraph/actorgraph/extract"
)

// Format is the value of Graph.Format in files written by this version.
// Readers refuse other values with ErrFormat.
const Format = "actorgraph-graph/1"

// Graph is the actor graph. Nodes are sorted by name and Node.ID is the
// node's index in Nodes; edges, stances and statements refer to nodes by ID
// and to documents by their index in Documents.
type Graph struct {
	Format string `json:"format"`
	// Window is the co-mention window the graph was built with:
	// "sentence", "paragraph" or "document".
	Window     string      `json:"window"`
	Documents  []DocRef    `json:"documents"`
	Nodes      []Node      `json:"nodes"`
	Edges      []Edge      `json:"edges"`
	Stances    []Stance    `json:"stances"`
	Statements []Statement `json:"statements"`
	// Places are the non-actor locations of the corpus with mention counts.
	Places []Place `json:"places,omitempty"`
	// Folded counts documents that were left out as duplicates.
	Folded int `json:"folded,omitempty"`
	// MaxEvidence, MaxRefs and MaxStatements are the caps the graph was
	// built with (BuildOptions; MaxEvidence is -1 for no cap, 0 in files
	// written before it was recorded), so that a period of the graph
	// (Between) keeps what a build of the period would.
	MaxEvidence   int `json:"max_evidence,omitempty"`
	MaxRefs       int `json:"max_refs,omitempty"`
	MaxStatements int `json:"max_statements,omitempty"`
	// Dropped holds, for the dated documents, what the build counted of
	// the names that the corpus's type vote left out as no actors, so that
	// a period whose own votes make them actors has them (see Between).
	Dropped *Dropped `json:"dropped,omitempty"`
}

// Dropped is the time data of the names a build left out as no actors
// (works, products, events, groups, common words): the actor keys with
// their days, their co-mentions and stances (by key pair, with their
// sentences), and the statements they made. No query reads it.
type Dropped struct {
	Actors  []MergedActor `json:"actors,omitempty"`
	Edges   []EdgePart    `json:"edges,omitempty"`
	Stances []StancePart  `json:"stances,omitempty"`
	// Statements have Speaker -1, the speaker's key in Form and the
	// targets' keys in TargetForms.
	Statements []Statement `json:"statements,omitempty"`
}

// DocRef identifies a source document, so that evidence can be cited and
// re-read.
type DocRef struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"`
	URL   string `json:"url,omitempty"`
	Path  string `json:"path,omitempty"`
	Line  int    `json:"line,omitempty"`
	// Digest identifies the analysed text (the first 16 hex digits of its
	// SHA-256), so that text re-read from Path can be checked against
	// what the graph was built from.
	Digest string `json:"digest,omitempty"`
}

// Node is an actor.
type Node struct {
	ID          int          `json:"id"`
	Name        string       `json:"name"`
	Type        extract.Kind `json:"type"`
	Affiliation string       `json:"affiliation,omitempty"`
	Aliases     []string     `json:"aliases"`
	// Mentions counts every mention in every document; Documents counts
	// the documents that mention the actor at least once.
	Mentions  int `json:"mentions"`
	Documents int `json:"documents"`
	// ActorID is the actor's stable identifier, "type:slug" of its
	// canonical name ("person:tony-blair", "org:bbc"): the same actor gets
	// the same ActorID in graphs built from different corpora, so that
	// they can be joined. Empty in graphs written before it existed.
	ActorID string `json:"actor_id,omitempty"`
	// Role is "source" for an actor cited mostly as the source of news
	// ("X reported", "told X") rather than acting; "" otherwise.
	Role string `json:"role,omitempty"`
	// Candidates are, for a short name that the corpus does not resolve
	// ("Howard" when two full names end with it), the actors it may stand
	// for, most likely first.
	Candidates []string `json:"candidates,omitempty"`
	// Kinds counts the documents by the type the extractor gave the actor
	// in each (one vote per document, however many its mentions), and Votes the context votes of its mentions (see
	// extract.Votes): the evidence behind Type, for `actorgraph review`.
	Kinds map[string]int `json:"kinds,omitempty"`
	Votes *extract.Votes `json:"votes,omitempty"`
	// Key is the actor's identity across documents (extract.Actor.Key
	// of its name): actors of two graphs with the same key are the same.
	Key string `json:"key,omitempty"`
	// NodeTime holds the actor's time data, nil when it has none. Its
	// fields are read with the methods of their names, which are
	// nil-safe and shadow them; encoding/json writes them in the node's
	// object.
	*NodeTime
}

// NodeTime is the time data of an actor, which only a period of the graph
// (Between) reads: behind one pointer in Node, nil for an actor without
// dated documents, so that a node takes 184 bytes instead of 320. It is
// read with the Node methods of its field names (or Time) and set with
// SetTime, SetDayVotes, SetDays, SetSeen, SetMerged, SetInner and
// SetInnerStances, which give the node a record of its own, so that
// setting them on a copy of a node leaves the original as it was. Its
// fields are written and read in the node's JSON object, as Edge's
// EdgeText.
type NodeTime struct {
	// DayVotes labels the votes of Days, sorted: "n:" and a name, "t:"
	// and a type, "a:" and an affiliation, "s:" and an alias that was not
	// the name. A name, type and affiliation get the mentions of each
	// document that gives them (at least 1); an alias gets 1 per document.
	// The evidence of the corpus-level resolution is labelled too: "c:"
	// and a class of extract.Votes (the context votes of the day's
	// mentions), "k:" and a type (documents in which the gazetteer named
	// the actor so), "h:" and the key of a gazetteer person (documents
	// that hinted at that person for a bare surname), "x:" and a name
	// (documents whose contexts marked the name as a thing, which count no
	// mention), "m:" and a name (documents that gave the actor that
	// canonical name, extract.Actor.Canonical, which counts no mention).
	DayVotes []string `json:"day_votes,omitempty"`
	// Days holds the actor's mentions, documents and votes per day, in
	// day order, for the dated documents (undated ones have no day), the
	// forms in Merged included.
	Days []ActorDay `json:"days,omitempty"`
	// Seen lists the dated documents (indices) that mention an actor who
	// may be merged into a full name in a period of the graph: a
	// one-word key with votes for person (not a short form's key, which
	// names its document).
	Seen []int `json:"seen,omitempty"`
	// Merged are the actor keys the build merged into this one (see
	// Builder.Graph): short forms, each of one document ("berg", a unit
	// separator and the document ID), surnames, spelling variants, with
	// their own days and documents, so that a period of the graph can
	// resolve them again from the period's articles alone (see Between).
	Merged []MergedActor `json:"merged,omitempty"`
	// Inner are the co-mentions between two forms of the actor (keys of
	// Merged or Key) that the build counted before it merged them, by
	// day, with their sentences (EdgePart.Refs); InnerStances the
	// statements of one form about another. A period that keeps the forms
	// apart counts them again (see Between).
	Inner        []EdgePart   `json:"inner,omitempty"`
	InnerStances []StancePart `json:"inner_stances,omitempty"`
}

// Time returns a copy of the time data of the node.
func (n Node) Time() NodeTime {
	if n.NodeTime == nil {
		return NodeTime{}
	}
	return *n.NodeTime
}

// SetTime sets the time data of the node to t, in a record of the node's
// own (none when every list of t is nil).
func (n *Node) SetTime(t NodeTime) {
	if t.DayVotes == nil && t.Days == nil && t.Seen == nil && t.Merged == nil && t.Inner == nil && t.InnerStances == nil {
		n.NodeTime = nil
		return
	}
	// A copy, so that t stays off the heap when it is empty.
	p := new(NodeTime)
	*p = t
	n.NodeTime = p
}

// WithTime returns the node with its time data set to t (see SetTime),
// for a node written as a literal.
func (n Node) WithTime(t NodeTime) Node {
	n.SetTime(t)
	return n
}

// DayVotes returns the labels of the votes of Days (NodeTime.DayVotes).
func (n Node) DayVotes() []string {
	if n.NodeTime == nil {
		return nil
	}
	return n.NodeTime.DayVotes
}

// SetDayVotes sets the labels of the votes of Days (NodeTime.DayVotes).
func (n *Node) SetDayVotes(v []string) {
	t := n.Time()
	t.DayVotes = v
	n.SetTime(t)
}

// Days returns the actor's mentions, documents and votes per day (NodeTime.Days).
func (n Node) Days() []ActorDay {
	if n.NodeTime == nil {
		return nil
	}
	return n.NodeTime.Days
}

// SetDays sets the actor's mentions, documents and votes per day (NodeTime.Days).
func (n *Node) SetDays(v []ActorDay) {
	t := n.Time()
	t.Days = v
	n.SetTime(t)
}

// Seen returns the dated documents that mention a form of the actor that a period may merge (NodeTime.Seen).
func (n Node) Seen() []int {
	if n.NodeTime == nil {
		return nil
	}
	return n.NodeTime.Seen
}

// SetSeen sets the dated documents that mention a form of the actor that a period may merge (NodeTime.Seen).
func (n *Node) SetSeen(v []int) {
	t := n.Time()
	t.Seen = v
	n.SetTime(t)
}

// Merged returns the actor keys the build merged into this one (NodeTime.Merged).
func (n Node) Merged() []MergedActor {
	if n.NodeTime == nil {
		return nil
	}
	return n.NodeTime.Merged
}

// SetMerged sets the actor keys the build merged into this one (NodeTime.Merged).
func (n *Node) SetMerged(v []MergedActor) {
	t := n.Time()
	t.Merged = v
	n.SetTime(t)
}

// Inner returns the co-mentions between two forms of the actor (NodeTime.Inner).
func (n Node) Inner() []EdgePart {
	if n.NodeTime == nil {
		return nil
	}
	return n.NodeTime.Inner
}

// SetInner sets the co-mentions between two forms of the actor (NodeTime.Inner).
func (n *Node) SetInner(v []EdgePart) {
	t := n.Time()
	t.Inner = v
	n.SetTime(t)
}

// InnerStances returns the statements of one form of the actor about another (NodeTime.InnerStances).
func (n Node) InnerStances() []StancePart {
	if n.NodeTime == nil {
		return nil
	}
	return n.NodeTime.InnerStances
}

// SetInnerStances sets the statements of one form of the actor about another (NodeTime.InnerStances).
func (n *Node) SetInnerStances(v []StancePart) {
	t := n.Time()
	t.InnerStances = v
	n.SetTime(t)
}

// MergedActor is a form of an actor that the builder merged into another
// (or, in Dropped, a name it left out): its key, vote labels, days and
// documents, as in Node.
type MergedActor struct {
	Key      string     `json:"key"`
	DayVotes []string   `json:"day_votes,omitempty"`
	Days     []ActorDay `json:"days,omitempty"`
	Seen     []int      `json:"seen,omitempty"`
}

// Evidence points at one sentence behind an edge or statement.
type Evidence struct {
	// Doc is the index of the document in Graph.Documents.
	Doc int `json:"doc"`
	// Sentence is the 0-based sentence index in that document.
	Sentence int `json:"sentence"`
	extract.Span
	// Text is the sentence; it may be empty for references beyond the
	// stored examples, in which case it can be re-read from the document.
	Text string `json:"text,omitempty"`
}

// Edge is an undirected co-mention edge between Source < Target. Weight is
// the number of windows (sentences by default) that mention both actors.
//
// The sentences and time data of an edge (EdgeText: Evidence, Refs, Days,
// Parts) are behind one pointer, nil for an edge that has none, which most
// edges of a large graph are: an edge then takes 40 bytes instead of 128,
// and a query on a graph of 500,000 edges loads about 45 MB less. They are
// read with the methods of those names (or Text) and set with SetText,
// SetEvidence, SetRefs, SetDays and SetParts, which give the edge a record
// of its own, so that setting them on a copy of an edge leaves the
// original as it was, as assigning a slice field would. (Records are
// never changed in place, so copies of an edge may share one.)
// encoding/json writes and reads the record's fields in the edge's object,
// in the same order as when they were fields of Edge; reading an object
// with any of their keys, even with a null list, gives the edge a record,
// as the graph file's fast reader does too.
type Edge struct {
	Source    int `json:"source"`
	Target    int `json:"target"`
	Weight    int `json:"weight"`
	Documents int `json:"documents,omitempty"`
	// EdgeText holds the sentences and time data, nil when there are
	// none. Its fields are read with the methods of their names, which
	// are nil-safe and shadow them; encoding/json writes them in the
	// edge's object.
	*EdgeText
}

// EdgeText is what an edge holds besides its ends and counts: its
// sentences and time data.
type EdgeText struct {
	// Evidence holds example sentences, at most the builder's limit,
	// chosen by the smallest (document, offset) keys so that the choice does
	// not depend on the order of the merge.
	Evidence []Evidence `json:"evidence,omitempty"`
	// Refs points at the other sentences behind the edge, without their
	// text, in (document, offset) order; Sources re-reads them from the
	// source files. Evidence and Refs together hold Weight sentences unless
	// the builder capped the references.
	Refs []Ref `json:"refs,omitempty"`
	// Days holds the weight and documents per day, in day order, for
	// the dated documents.
	Days []DayCount `json:"days,omitempty"`
	// Parts break Days down by the forms of the actors (keys) the edge
	// was made of, for an edge of an actor with merged forms
	// (Node.Merged), so that a period can keep them apart (see Between).
	Parts []EdgePart `json:"parts,omitempty"`
}

// Evidence returns the example sentences of the edge, at most the
// builder's limit, chosen by the smallest (document, offset) keys so that
// the choice does not depend on the order of the merge.
func (e Edge) Evidence() []Evidence {
	if e.EdgeText == nil {
		return nil
	}
	return e.EdgeText.Evidence
}

// Refs returns the references to the other sentences behind the edge,
// without their text, in (document, offset) order; Sources re-reads them
// from the source files. Evidence and Refs together hold Weight sentences
// unless the builder capped the references.
func (e Edge) Refs() []Ref {
	if e.EdgeText == nil {
		return nil
	}
	return e.EdgeText.Refs
}

// Days returns the weight and documents per day, in day order, for the
// dated documents.
func (e Edge) Days() []DayCount {
	if e.EdgeText == nil {
		return nil
	}
	return e.EdgeText.Days
}

// Parts returns the break-down of Days by the forms of the actors (keys)
// the edge was made of, for an edge of an actor with merged forms
// (Node.Merged), so that a period can keep them apart (see Between).
func (e Edge) Parts() []EdgePart {
	if e.EdgeText == nil {
		return nil
	}
	return e.EdgeText.Parts
}

// Text returns a copy of the sentences and time data of the edge.
func (e Edge) Text() EdgeText {
	if e.EdgeText == nil {
		return EdgeText{}
	}
	return *e.EdgeText
}

// SetText sets the sentences and time data of the edge to t, in a record
// of the edge's own (none when every list of t is nil).
func (e *Edge) SetText(t EdgeText) {
	if t.Evidence == nil && t.Refs == nil && t.Days == nil && t.Parts == nil {
		e.EdgeText = nil
		return
	}
	// A copy, so that t stays off the heap when it is empty.
	p := new(EdgeText)
	*p = t
	e.EdgeText = p
}

// With returns the edge with its sentences and time data set to t (see
// SetText), for an edge written as a literal.
func (e Edge) With(t EdgeText) Edge {
	e.SetText(t)
	return e
}

// SetEvidence sets the example sentences of the edge.
func (e *Edge) SetEvidence(ev []Evidence) {
	t := e.Text()
	t.Evidence = ev
	e.SetText(t)
}

// SetRefs sets the references to the other sentences of the edge.
func (e *Edge) SetRefs(r []Ref) {
	t := e.Text()
	t.Refs = r
	e.SetText(t)
}

// SetDays sets the weight and documents per day.
func (e *Edge) SetDays(d []DayCount) {
	t := e.Text()
	t.Days = d
	e.SetText(t)
}

// SetParts sets the break-down of Days by actor keys.
func (e *Edge) SetParts(p []EdgePart) {
	t := e.Text()
	t.Parts = p
	e.SetText(t)
}

// EdgePart is the share of an edge of one pair of actor keys.
type EdgePart struct {
	Source string     `json:"source"`
	Target string     `json:"target"`
	Days   []DayCount `json:"days"`
	// Sentences are the indices of the part's sentences among those of
	// its edge, Evidence then Refs (dated documents only).
	Sentences []int `json:"sentences,omitempty"`
	// Refs are the sentences of a part of Node.Inner, which has no edge
	// (dated documents only).
	Refs []Ref `json:"refs,omitempty"`
}

// StancePart is the share of a stance of one pair of actor keys (see
// Edge.Parts).
type StancePart struct {
	Source string      `json:"source"`
	Target string      `json:"target"`
	Days   []StanceDay `json:"days"`
}

// Ref is a reference to a sentence whose text is not stored: document
// index, sentence index and byte offsets. It is written as a JSON array of
// four integers, [doc, sentence, start, end], to keep large graph files
// small.
type Ref struct {
	Doc, Sentence, Start, End int
}

// MarshalJSON implements json.Marshaler.
func (r Ref) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 32)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(r.Doc), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(r.Sentence), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(r.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(r.End), 10)
	return append(b, ']'), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *Ref) UnmarshalJSON(b []byte) error {
	var v []int
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("reference: %w", err)
	}
	if len(v) != 4 {
		return fmt.Errorf("reference: want [doc, sentence, start, end], got %d numbers", len(v))
	}
	*r = Ref{Doc: v[0], Sentence: v[1], Start: v[2], End: v[3]}
	return nil
}

// Evidence returns the reference as evidence without text.
func (r Ref) Evidence() Evidence {
	return Evidence{Doc: r.Doc, Sentence: r.Sentence, Span: extract.Span{Start: r.Start, End: r.End}}
}

// Stance is a directed edge from a speaker to an actor the speaker made
// statements about, with the count of statements by polarity.
type Stance struct {
	Source   int        `json:"source"`
	Target   int        `json:"target"`
	Positive int        `json:"positive"`
	Negative int        `json:"negative"`
	Neutral  int        `json:"neutral"`
	Evidence []Evidence `json:"evidence,omitempty"`
	// Days holds the statements per day by polarity, in day order, for
	// the dated documents.
	Days []StanceDay `json:"days,omitempty"`
	// Parts break Days down by actor keys (see Edge.Parts).
	Parts []StancePart `json:"parts,omitempty"`
	// Confidence is how sure the extraction is of the stance as drawn
	// (the sign of Net, or any statement when Net is 0): the noisy-or
	// 1 − Π(1 − c) of the confidences c of its statements of that sign
	// (see stanceConfidence). 0 in files written before it was recorded.
	Confidence float64 `json:"confidence,omitempty"`
}

// Net is the number of positive minus negative statements.
func (s Stance) Net() int { return s.Positive - s.Negative }

// Total is the number of statements behind the stance.
func (s Stance) Total() int { return s.Positive + s.Negative + s.Neutral }

// Statement is a stated position as stored in the graph.
type Statement struct {
	Speaker  int    `json:"speaker"`
	Targets  []int  `json:"targets"`
	Cue      string `json:"cue"`
	Polarity int    `json:"polarity"`
	Issue    string `json:"issue,omitempty"`
	Evidence
	// Form is the speaker's key when the speaker spoke under a form
	// merged into its node (Node.Merged), so that a period can keep the
	// forms apart (see Between).
	Form string `json:"form,omitempty"`
	// Confidence is the probability that Polarity is right (0 in files
	// written before it was recorded).
	Confidence float64 `json:"confidence,omitempty"`
	// TargetPolarity and TargetConfidence hold the statement's polarity
	// towards each of Targets and its confidence, in the order of
	// Targets; empty in files written before they were recorded, when
	// every target has Polarity.
	TargetPolarity   []int     `json:"target_polarity,omitempty"`
	TargetConfidence []float64 `json:"target_confidence,omitempty"`
	// TargetForms are the keys of the actors the statement is about, as
	// its document names them, when they are not the keys of Targets'
	// nodes (a form merged into a node, or into the speaker's); dated
	// documents only (see Between).
	TargetForms []string `json:"target_forms,omitempty"`
	// FormPolarity and FormConfidence are the polarity towards each of
	// TargetForms and its confidence, in that order (see Between).
	FormPolarity   []int     `json:"form_polarity,omitempty"`
	FormConfidence []float64 `json:"form_confidence,omitempty"`
}

// Place is a location that is not an actor.
type Place struct {
	Name      string `json:"name"`
	Mentions  int    `json:"mentions"`
	Documents int    `json:"documents"`
	// Days holds the mentions and documents per day, in day order, for
	// the dated documents.
	Days []DayCount `json:"days,omitempty"`
}

// Node returns the node with the given ID. It panics if id is out of range,
// which is a programming error.
func (g *Graph) Node(id int) *Node { return &g.Nodes[id] }

// EdgeBetween returns the index in g.Edges of the co-mention edge between
// nodes u and v (in either order). Graphs written by this package keep
// edges sorted by (Source, Target) with Source < Target, which is searched
// in O(log E); other edge lists are scanned.
func (g *Graph) EdgeBetween(u, v int) (int, bool) {
	if u > v {
		u, v = v, u
	}
	less := func(e Edge) bool { return e.Source < u || e.Source == u && e.Target < v }
	i := sort.Search(len(g.Edges), func(i int) bool { return !less(g.Edges[i]) })
	if i < len(g.Edges) && g.Edges[i].Source == u && g.Edges[i].Target == v {
		return i, true
	}
	for i, e := range g.Edges {
		if e.Source == u && e.Target == v || e.Source == v && e.Target == u {
			return i, true
		}
	}
	return -1, false
}
