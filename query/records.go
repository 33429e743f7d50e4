package query

import (
	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/query/cite"
)

// The records below are what the query commands print: plain data, shared
// by the tables and the --json output.

// Actor is one actor of a graph.
type Actor struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Affiliation string   `json:"affiliation,omitempty"`
	Aliases     []string `json:"aliases"`
	Mentions    int      `json:"mentions"`
	Documents   int      `json:"documents"`
	// ActorID is the stable identifier (graph.Node.ActorID); Role is
	// "source" for an outlet cited mostly as a source of news;
	// Candidates are the full names an unresolved short name may mean.
	ActorID    string   `json:"actor_id,omitempty"`
	Role       string   `json:"role,omitempty"`
	Candidates []string `json:"candidates,omitempty"`
}

// NewActor returns the record of a node.
func NewActor(n *graph.Node) Actor {
	return Actor{Name: n.Name, Type: n.Type.String(), Affiliation: n.Affiliation,
		Aliases: n.Aliases, Mentions: n.Mentions, Documents: n.Documents,
		ActorID: n.ActorID, Role: n.Role, Candidates: n.Candidates}
}

// Evidence is one sentence behind a tie or a statement, with its document.
type Evidence struct {
	Doc      string `json:"doc"`
	Title    string `json:"title,omitempty"`
	URL      string `json:"url,omitempty"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	// Missing says why Text is empty: the sentence was not stored in the
	// graph and could not be re-read from its source.
	Missing string `json:"missing,omitempty"`
	// Date and Outlet of the document, and Label, the short form of Doc
	// that text output cites it by (see DocLabels).
	Date   string `json:"date,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Label  string `json:"label,omitempty"`
}

// newEvidence returns the record of e as stored in g (no re-reading).
func (q *Graph) newEvidence(e graph.Evidence) Evidence {
	d := q.Documents[e.Doc]
	return Evidence{Doc: d.ID, Title: d.Title, URL: d.URL, Sentence: e.Sentence,
		Start: e.Start, End: e.End, Text: e.Text, Date: d.Date, Outlet: cite.Outlet(d), Label: q.docLabel(e.Doc)}
}

// Statement is one stated position: speaker, cue, polarity, targets, issue
// and the sentence.
type Statement struct {
	Speaker  string   `json:"speaker"`
	Cue      string   `json:"cue"`
	Polarity int      `json:"polarity"`
	Targets  []string `json:"targets"`
	Issue    string   `json:"issue,omitempty"`
	Evidence
	// SpeakerID and TargetIDs are the actors' stable identifiers.
	SpeakerID string   `json:"speaker_id,omitempty"`
	TargetIDs []string `json:"target_ids,omitempty"`
	// Confidence is the probability that Polarity is right (0: the graph
	// file does not record it).
	Confidence float64 `json:"confidence,omitempty"`
	// Stances gives the polarity towards each target and its confidence,
	// in the order of Targets.
	Stances []TargetStance `json:"stances,omitempty"`
}

// TargetStance is a statement's polarity towards one of its targets.
type TargetStance struct {
	Target     string  `json:"target"`
	Polarity   int     `json:"polarity"`
	Confidence float64 `json:"confidence,omitempty"`
}

// newStatement returns the record of s with the sentence ev.
func (q *Graph) newStatement(s graph.Statement, ev Evidence) Statement {
	targets := make([]string, len(s.Targets))
	var ids []string
	for i, t := range s.Targets {
		targets[i] = q.Nodes[t].Name
		if id := q.Nodes[t].ActorID; id != "" {
			ids = append(ids, id)
		}
	}
	return Statement{Speaker: q.Nodes[s.Speaker].Name, Cue: s.Cue, Polarity: s.Polarity,
		Targets: targets, Issue: s.Issue, Evidence: ev, SpeakerID: q.Nodes[s.Speaker].ActorID, TargetIDs: ids,
		Confidence: s.Confidence, Stances: q.targetStances(s)}
}

// Evidences returns the records of evs. Sentences whose text the graph
// does not store are re-read from the sources, one pass per source file
// (relative paths are also looked up under Base); those that cannot be
// re-read say why in Missing.
func (q *Graph) Evidences(evs []graph.Evidence) []Evidence {
	src := NewSources(q.Graph, q.Base, corpus.Options{Stdin: q.Stdin})
	src.Load(evs...)
	out := make([]Evidence, len(evs))
	for i, e := range evs {
		out[i] = q.newEvidence(e)
		if e.Text != "" {
			continue
		}
		if text, err := src.Text(e); err != nil {
			out[i].Missing = err.Error()
		} else {
			out[i].Text = text
		}
	}
	return out
}

// docLabel returns the label of document doc (see cite.DocLabels).
func (q *Graph) docLabel(doc int) string {
	if q.labels == nil {
		q.labels = func() []string { return cite.DocLabels(q.Graph) }
	}
	if l := q.labels(); doc >= 0 && doc < len(l) {
		return l[doc]
	}
	return ""
}
