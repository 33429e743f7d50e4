package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// townsReadAsActors makes places of the towns the tagger read as
// organisations or people ("a service from Tweedbank to Edinburgh", "a
// session in Leeds", "visits Manchester, Liverpool, Leicester"). A name is a town's when the gazetteer's town list
// (lexicon.TownStates) holds it as written, the document names one of the
// states it lies in (a state, or a person, body or place of it), and the
// text places it: at least one mention, and at least half of them, come
// after a preposition of place ("in", "near", "via", …), in a list after
// a place, or at one end of a way from one place to another, and none
// acts or is described as an actor (a verb of saying before or after it,
// a possessive, a title, a kind of organisation
// before it or in apposition, any cue of a person or an organisation).
// The town list holds many names of people, clubs and companies
// (Chelsea, Nokia), so the gazetteer's actors come first, and a word the
// news writes in lower case, a given name, and a one-word name the tagger
// read as a person's (a surname: "a letter to Baker") are left alone.
func (st *docState) townsReadAsActors() {
	groups := map[string][]int{}
	var order []string
	for i, m := range st.mentions {
		if m.known || m.place || m.via != ViaName || m.kind != KindOrg && m.kind != KindPerson {
			continue
		}
		if groups[m.name] == nil {
			order = append(order, m.name)
		}
		groups[m.name] = append(groups[m.name], i)
	}
	var states map[string]bool
	for _, name := range order {
		idx := groups[name]
		towns := st.townStates(name, idx)
		if towns == nil {
			continue
		}
		if states == nil {
			states = st.documentStates()
		}
		if !slices.ContainsFunc(towns, func(s string) bool { return states[s] }) {
			continue
		}
		placed := 0
		acts := false
		for _, i := range idx {
			m := st.mentions[i]
			toks := st.tokens[m.sent]
			if st.actsAsActor(m) {
				acts = true
				break
			}
			if townPrepositionBefore(toks, m.t0) || st.listedAfterPlace(m) || st.fromTo(m) {
				placed++
			}
		}
		if acts || placed == 0 || 2*placed < len(idx) {
			continue
		}
		for _, i := range idx {
			st.mentions[i].place = true
		}
	}
}

// townStates returns the states of the towns named name when name, the
// name of the mentions idx, may be a town's, and nil when it may not: on
// the town list, no word the news writes in lower case, not
// the first words of an organisation's name in the document ("Boliden"
// of "Boliden AB", the company named after the town), and neither a
// given name alone nor, for one word the tagger read as a person's, a
// surname.
func (st *docState) townStates(name string, idx []int) []string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return nil
	}
	towns := st.e.lex.TownStates(name)
	if towns == nil {
		return nil
	}
	for _, o := range st.mentions {
		if o.kind == KindOrg && !o.place && strings.HasPrefix(o.name, name+" ") {
			return nil // "Boliden" of "Boliden AB": the company named after the town
		}
	}
	if len(words) == 1 {
		if st.e.model.IsCommonWord(name) || st.e.lex.IsGivenName(name) ||
			slices.ContainsFunc(idx, func(i int) bool { return st.mentions[i].kind == KindPerson }) {
			return nil
		}
		return towns
	}
	if st.e.lex.IsGivenName(words[0]) && st.mentions[idx[0]].kind == KindPerson {
		return nil
	}
	return towns
}

// actsAsActor reports whether mention m acts or is described as an actor:
// a verb of saying after it, a possessive, a title before it, a kind of
// organisation before it or in apposition after it, or a cue of a person
// or an organisation around it (cue.Table.Vote).
func (st *docState) actsAsActor(m mention) bool {
	toks := st.tokens[m.sent]
	if m.titled || st.speaksAfter(m.sent, m.t1) || m.t0 > 0 && speechVerbs[toks[m.t0-1].Text] || m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) ||
		orgKindBefore(toks, m.t0, m.t1) || apposedOrg(toks, m.t1) {
		return true
	}
	v := cue.Default().Vote(toks, m.t0, m.t1)
	return v.Person+v.Org+v.NonPerson+v.Agent > 0
}

// townPrepositions are the prepositions that place a town ("a session in
// Leeds", "near Slough"). "At", "to" and "from" are left out: they place
// a club or a company as often ("a defeat at Shrewsbury", "sold to Ford",
// "his move from Middlesbrough"), unless they run from one place to
// another (fromTo).
var townPrepositions = map[string]bool{"in": true, "into": true, "near": true, "outside": true, "inside": true,
	"towards": true, "toward": true, "via": true, "around": true, "through": true}

// townPrepositionBefore reports whether a preposition of place stands
// right before token t0 (past an article).
func townPrepositionBefore(toks []text.Token, t0 int) bool {
	b := wordBefore(toks, t0)
	return b >= 0 && townPrepositions[strings.ToLower(toks[b].Text)]
}

// fromTo reports whether mention m is one end of a way from one place to
// another: "from m to" a place or a state, or "from" a place or a state
// "to m" ("a service from Tweedbank to Edinburgh").
func (st *docState) fromTo(m mention) bool {
	toks := st.tokens[m.sent]
	b := wordBefore(toks, m.t0)
	if b >= 0 && toks[b].Text == "from" && m.t1+1 < len(toks) && toks[m.t1].Text == "to" && st.placeAt(m.sent, m.t1+1) {
		return true
	}
	if b < 1 || toks[b].Text != "to" {
		return false
	}
	p := st.mentionEndingAt(m.sent, b)
	if p < 0 {
		return false
	}
	o := st.mentions[p]
	return (o.place || o.kind == KindState) && o.t0 > 0 && toks[o.t0-1].Text == "from"
}

// listedAfterPlace reports whether mention m follows "and", "or" or a
// comma right after a state, or a place the gazetteer or the town list
// knows ("between Edinburgh and Tweedbank"), no "and Co" makes the list
// a firm's partners, and the list gives no examples of a kind other than
// places ("clubs including Liverpool, Everton and Chelsea"; "towns
// including" is placesInLists' case).
func (st *docState) listedAfterPlace(m mention) bool {
	toks := st.tokens[m.sent]
	if m.t0 < 2 || !listJoin(toks[m.t0-1].Text) {
		return false
	}
	if m.t1+1 < len(toks) && isAnd(toks[m.t1].Text) && (isCo(toks[m.t1+1].Text) || cue.Default().LegalForm(toks[m.t1+1].Text)) {
		return false // "Bear, Stearns and Co": a firm's partners
	}
	pi := st.mentionEndingAt(m.sent, m.t0-1)
	if pi < 0 {
		return false
	}
	prev := st.mentions[pi]
	if prev.kind != KindState && !(prev.place && (prev.known || st.e.lex.TownStates(prev.name) != nil)) {
		return false
	}
	// The list's first name: a list of clubs or firms ("clubs including
	// Liverpool, Everton and Chelsea") is introduced as such.
	first := prev
	for first.t0 >= 2 && listJoin(toks[first.t0-1].Text) {
		p := st.mentionEndingAt(m.sent, first.t0-1)
		if p < 0 {
			break
		}
		first = st.mentions[p]
	}
	return !exampleOfKind(toks, first.t0) || st.afterLocative(first)
}

// listJoin reports whether w joins the names of a list: a comma, "and"
// or "or".
func listJoin(w string) bool {
	return w == "," || w == "and" || w == "or"
}

// exampleOfKind reports whether "including", "like" or "such as" stands
// right before token t0: the list gives examples of the kind named before
// it.
func exampleOfKind(toks []text.Token, t0 int) bool {
	if t0 < 1 {
		return false
	}
	switch toks[t0-1].Text {
	case "including", "like":
		return true
	case "as":
		return t0 >= 2 && toks[t0-2].Text == "such"
	}
	return false
}

// documentStates returns the states the document names: as a state, or
// as the state of a person, body or place the gazetteer knows.
func (st *docState) documentStates() map[string]bool {
	out := map[string]bool{}
	for _, m := range st.mentions {
		if !m.known {
			continue
		}
		if m.kind == KindState {
			out[m.name] = true
		}
		if m.affil != "" {
			out[m.affil] = true
		}
	}
	return out
}
