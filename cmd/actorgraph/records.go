package main

import (
	"path/filepath"
	"strings"
	"unicode"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
)

// The JSON records printed by the query commands. They are plain data,
// shared by the --json output and the tables.

type actorRecord struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Affiliation string   `json:"affiliation,omitempty"`
	Aliases     []string `json:"aliases"`
	Mentions    int      `json:"mentions"`
	Documents   int      `json:"documents"`
}

func newActorRecord(n *graph.Node) actorRecord {
	return actorRecord{Name: n.Name, Type: n.Type.String(), Affiliation: n.Affiliation,
		Aliases: n.Aliases, Mentions: n.Mentions, Documents: n.Documents}
}

type evidenceRecord struct {
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
}

func newEvidence(g *graph.Graph, e graph.Evidence) evidenceRecord {
	d := g.Documents[e.Doc]
	return evidenceRecord{Doc: d.ID, Title: d.Title, URL: d.URL, Sentence: e.Sentence,
		Start: e.Start, End: e.End, Text: e.Text}
}

// rereadEvidence returns the records of evs; the sentences whose text the
// graph does not store are re-read from the sources, one pass per source
// file (relative paths are also looked up next to the graph file).
func rereadEvidence(c *cli.Context, g *graph.Graph, evs []graph.Evidence) []evidenceRecord {
	base := ""
	if p := c.String(graphFlag.Name); isGraphFile(p) {
		base = filepath.Dir(p)
	}
	src := graph.NewSources(g, base, corpusOptions(c))
	src.Load(evs...)
	out := make([]evidenceRecord, len(evs))
	for i, e := range evs {
		out[i] = newEvidence(g, e)
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

// textOrMissing is the sentence of a table row: the text, or why it is
// missing.
func textOrMissing(r evidenceRecord) string {
	if r.Text == "" && r.Missing != "" {
		return "(text not stored and not re-read: " + r.Missing + ")"
	}
	return r.Text
}

type statementRecord struct {
	Speaker  string   `json:"speaker"`
	Cue      string   `json:"cue"`
	Polarity int      `json:"polarity"`
	Targets  []string `json:"targets"`
	Issue    string   `json:"issue,omitempty"`
	evidenceRecord
}

func newStatementRecord(g *graph.Graph, s graph.Statement) statementRecord {
	targets := make([]string, len(s.Targets))
	for i, t := range s.Targets {
		targets[i] = g.Nodes[t].Name
	}
	return statementRecord{Speaker: g.Nodes[s.Speaker].Name, Cue: s.Cue, Polarity: s.Polarity,
		Targets: targets, Issue: s.Issue, evidenceRecord: newEvidence(g, s.Evidence)}
}

// docLabel is the short name of a document in tables: the leading number
// of its file name ("004" for 004_31b66dd9.txt), else its base name.
func docLabel(id string) string {
	base := filepath.Base(id)
	i := strings.IndexFunc(base, func(r rune) bool { return !unicode.IsDigit(r) })
	if i > 0 && (base[i] == '_' || base[i] == '-' || base[i] == '.') {
		return base[:i]
	}
	if ext := filepath.Ext(base); ext != "" && len(base) > len(ext) {
		base = strings.TrimSuffix(base, ext)
	}
	if r := []rune(base); len(r) > 24 {
		return string(r[:23]) + "…"
	}
	return base
}
