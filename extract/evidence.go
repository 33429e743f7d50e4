package extract

import (
	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// evidence fills the fields of x.Actors that the corpus-level resolution of
// package graph reads: the gazetteer flag, the context votes of the
// mentions by name (package cue, plus a title before the name for a
// person) and the gazetteer hint of a bare surname. It also marks the
// mentions that cite their actor as a source of news: those with a
// source cue ("X reported."), and those cited or spoken to ("told X",
// "according to X") when the actor is an outlet: a news organisation of
// the gazetteer, or one with a source cue elsewhere in the document.
func (st *docState) evidence(x *Extraction, actors []*resolvedActor) {
	if len(x.Actors) == 0 {
		return
	}
	byName := make(map[string]int, len(x.Actors))
	for i, a := range x.Actors {
		byName[a.Name] = i
	}
	table := cue.Default()
	type voted struct {
		actor int
		span  Span
		v     cue.Votes
	}
	var list []voted
	outlet := make([]bool, len(x.Actors))
	for mi, m := range st.mentions {
		if m.actorIndex < 0 || m.place || m.via != ViaName {
			continue
		}
		ra := actors[m.actorIndex]
		i, ok := byName[ra.name]
		if !ok {
			continue
		}
		a := &x.Actors[i]
		a.Known = a.Known || ra.known
		if m.hint != "" && a.HintKey == "" {
			a.HintKey = lexicon.NameKey(m.hint)
		}
		v := table.Vote(st.tokens[m.sent], m.t0, m.t1)
		if m.titled {
			v.Mark(cue.ClassPerson)
		}
		if st.possessesPerson(mi, actors) {
			v.Mark(cue.ClassOrg) // "Munster's Ronan O'Gara": a team, a party, a firm
		}
		if v.Source > 0 && a.Type != KindPerson {
			outlet[i] = true
		}
		list = append(list, voted{i, m.span, v})
	}
	for i, a := range x.Actors {
		if a.Known && a.Type == KindOrg {
			if e, ok := st.e.lex.Org(a.Name); ok && e.Category == "media" {
				outlet[i] = true
			}
		}
	}
	for _, l := range list {
		a := &x.Actors[l.actor]
		v := l.v
		v.Source = 0
		if l.v.Source > 0 || l.v.Cited > 0 && outlet[l.actor] {
			v.Source = 1
			markSource(x.Mentions, a.Name, l.span)
		}
		a.Votes.Add(v)
	}
}

// markSource sets Source on the mention of actor at span; mentions are
// sorted by start.
func markSource(ms []Mention, actor string, span Span) {
	lo, hi := 0, len(ms)
	for lo < hi {
		h := (lo + hi) / 2
		if ms[h].Start < span.Start {
			lo = h + 1
		} else {
			hi = h
		}
	}
	for i := lo; i < len(ms) && ms[i].Start == span.Start; i++ {
		if ms[i].Actor == actor {
			ms[i].Source = true
		}
	}
}

// possessesPerson reports whether mention i is followed by a possessive
// and a person's name ("Chelsea's Frank Lampard").
func (st *docState) possessesPerson(i int, actors []*resolvedActor) bool {
	m := &st.mentions[i]
	toks := st.tokens[m.sent]
	if m.t1+1 >= len(toks) || !text.IsPossessive(toks[m.t1].Text) || i+1 >= len(st.mentions) {
		return false
	}
	n := &st.mentions[i+1]
	return n.sent == m.sent && n.t0 == m.t1+1 && n.actorIndex >= 0 && actors[n.actorIndex].kind == KindPerson
}
