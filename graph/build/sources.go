package build

import (
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
)

// SourcePolicy says what a Builder does with the mentions that cite an
// outlet as the source of news (extract.Mention.Source).
type SourcePolicy string

// The source policies. The zero value means SourcesDrop.
const (
	// SourcesDrop leaves source mentions out: "Reuters reported that X
	// met Y" gives no Reuters-X or Reuters-Y co-mention and no statement
	// by Reuters, and an outlet that only reports is no node. An outlet
	// that also acts ("Reuters cut 500 jobs") keeps those mentions.
	SourcesDrop SourcePolicy = "drop"
	// SourcesKeep counts source mentions like any other; outlets cited
	// mostly as sources get Node.Role "source".
	SourcesKeep SourcePolicy = "keep"
)

// ParseSourcePolicy parses "keep" or "drop"; "" means drop.
func ParseSourcePolicy(s string) (SourcePolicy, error) {
	switch p := SourcePolicy(strings.ToLower(s)); p {
	case SourcesDrop, SourcesKeep:
		return p, nil
	case "":
		return SourcesDrop, nil
	}
	return "", fmt.Errorf("unknown sources policy %q (want keep or drop)", s)
}

// withoutSources returns x without its source mentions: actors left with
// no mention are removed, with their statements, and so are statements
// whose speaker is cited as a source in that sentence ("X reported that
// ..."). x itself is not changed; without source mentions it is returned
// as it is.
func withoutSources(x *extract.Extraction) *extract.Extraction {
	if !slices.ContainsFunc(x.Mentions, func(m extract.Mention) bool { return m.Source }) {
		return x
	}
	y := *x
	dropped := map[string]int{}
	type place struct {
		actor    string
		sentence int
	}
	cited := map[place]bool{} // (actor, sentence) cited as a source
	y.Mentions = make([]extract.Mention, 0, len(x.Mentions))
	for _, m := range x.Mentions {
		if m.Source {
			dropped[m.Actor]++
			cited[place{m.Actor, m.Sentence}] = true
			continue
		}
		y.Mentions = append(y.Mentions, m)
	}
	gone := map[string]bool{}
	y.Actors = make([]extract.Actor, 0, len(x.Actors))
	for _, a := range x.Actors {
		if n := dropped[a.Name]; n > 0 {
			a.Mentions -= n
			if a.Mentions <= 0 {
				gone[a.Name] = true
				continue
			}
		}
		y.Actors = append(y.Actors, a)
	}
	y.Statements = make([]extract.Statement, 0, len(x.Statements))
	for _, s := range x.Statements {
		if gone[s.Speaker] || cited[place{s.Speaker, s.SentenceIndex}] {
			continue
		}
		if slices.ContainsFunc(s.Targets, func(t string) bool { return gone[t] }) {
			s.Targets = slices.DeleteFunc(slices.Clone(s.Targets), func(t string) bool { return gone[t] })
		}
		y.Statements = append(y.Statements, s)
	}
	return &y
}
