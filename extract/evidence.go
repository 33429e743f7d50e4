package extract

import (
	"slices"
	"strings"
	"unicode"

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
	list := make([]voted, 0, len(st.mentions))
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
		v := st.mentionVotes(table, &st.mentions[mi])
		if m.titled && m.t0 > 0 && cue.SurnameHonorific(st.tokens[m.sent][m.t0-1].Text) {
			v.Mark(cue.ClassSurname)
		}
		if st.initialPosition(m.sent, m.t0) {
			v.Mark(cue.ClassInitial)
		}
		if st.signature(m.span) {
			v.Mark(cue.ClassSource) // "... on February 27. Reuter"
		}
		if st.possessesPerson(mi, actors) {
			v.Mark(cue.ClassOrg) // "Munster's Ronan O'Gara": a team, a party, a firm
		}
		if st.outletsProgramme(mi, actors) {
			v.Mark(cue.ClassWork) // "ITV's Celebrity Fit Club", "BBC One's Countryfile"
		}
		if !ra.known && !ra.outlet && st.titledWork(m.sent, m.t0) {
			v.Mark(cue.ClassWork) // "comedy Meet The Fockers", "Scorsese's The Aviator"
		}
		if v.Source > 0 && a.Type != KindPerson || m.outlet {
			outlet[i] = true
		}
		list = append(list, voted{i, m.span, v})
	}
	for i, a := range x.Actors {
		if a.Known && a.Type == KindOrg && st.knownOutlet(a.Name) {
			outlet[i] = true
		}
	}
	named := make([]int, len(x.Actors)) // mentions by name
	for _, l := range list {
		named[l.actor]++
		a := &x.Actors[l.actor]
		v := l.v
		v.Source = 0
		if l.v.Source > 0 || l.v.Cited > 0 && outlet[l.actor] {
			v.Source = 1
			markSource(x.Mentions, a.Name, l.span)
		}
		a.Votes.Add(v)
	}
	given := make([]bool, len(x.Actors))
	for i, a := range x.Actors {
		given[i] = st.givenNameFirst(a.Name)
		if given[i] && !a.Known {
			x.Actors[i].Votes.Given = 1
		}
	}
	settle(x, named, given)
}

// mentionVotes returns the context votes of mention m by name: the cue
// table's, and a person's for a title before the name.
func (st *docState) mentionVotes(table *cue.Table, m *mention) cue.Votes {
	v := table.Vote(st.tokens[m.sent], m.t0, m.t1)
	if m.titled {
		v.Mark(cue.ClassPerson)
	}
	if st.afterPersonsOf(m) {
		v.Mark(cue.ClassNonPerson)
	}
	return v
}

// afterPersonsOf reports whether mention m follows "of" right after a
// person's full name ("Edward Johnson of Johnson Redbook", "Thomas
// Bradley of Richardson Greenshields of Canada Ltd"): the person's firm,
// body or place, which is no person, whatever the tagger read.
func (st *docState) afterPersonsOf(m *mention) bool {
	toks := st.tokens[m.sent]
	if m.t0 < 2 || toks[m.t0-1].Text != "of" || m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) {
		return false // "said X of Novo's punishment"
	}
	i, _ := slices.BinarySearchFunc(st.mentions, m.sent, func(x mention, si int) int { return x.sent - si })
	for ; i < len(st.mentions) && st.mentions[i].sent == m.sent && st.mentions[i].t0 < m.t0; i++ {
		n := &st.mentions[i]
		if n.t1 == m.t0-1 && n.kind == KindPerson && n.via == ViaName && strings.Contains(n.name, " ") && n.name != m.name {
			return true
		}
	}
	return false
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

// givenNameFirst reports whether a name of two or more words starts with
// a common given name of the lexicon ("Sonia O'Sullivan") and does not end
// with the head word or legal form of an organisation's name ("Douglas
// Corp").
func (st *docState) givenNameFirst(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok || !st.e.lex.IsGivenName(first) {
		return false
	}
	last, _ := text.LastField(name)
	return !cue.Default().OrgWord(last)
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

// outletsProgramme reports whether mention i follows the possessive of a
// news outlet or one of its stations ("ITV's Celebrity Fit Club", "BBC
// Radio Scotland's Good Morning Scotland", "Channel 4's Shameless"): a
// programme, unless it is a person's full name (the outlet's reporter or
// presenter: "the BBC's Jonathan Beale", "ITV1's Jonathan Dimbleby") or
// an actor the gazetteer knows.
func (st *docState) outletsProgramme(i int, actors []*resolvedActor) bool {
	m := &st.mentions[i]
	if i == 0 || m.t0 < 2 || m.actorIndex < 0 || !text.IsPossessive(st.tokens[m.sent][m.t0-1].Text) {
		return false
	}
	if a := actors[m.actorIndex]; a.known || a.kind == KindPerson && strings.Contains(a.name, " ") {
		return false // the gazetteer's actor is one ("BBC Radio 4's Westminster Hour" names no Commons)
	}
	p := &st.mentions[i-1]
	if p.sent != m.sent || p.t1 != m.t0-1 || p.actorIndex < 0 {
		return false
	}
	o := actors[p.actorIndex]
	return o.outlet || o.known && st.knownOutlet(o.name)
}

// titledWork reports whether the name at token t0 of sentence si is the
// end of a title written with a capital "The" inside running text, after
// another capitalised word of the title or a possessive: "the comedy Meet
// The Fockers", "In The Name Of The Father", "Scorsese's The Aviator".
// English writes a name's article in lower case inside a sentence ("the
// Fockers", "the Treasury"); "The" after a capitalised word is a work's
// title, whose words are all capitalised. Not in a headline, where every
// word is, nor after a word with a full stop ("in the U.S. The company
// said": a sentence the splitter did not end). The name may hold the
// article ("The Aviator") or follow it ("The Fockers" read as "Fockers",
// "The History Boys" as "Boys").
func (st *docState) titledWork(si, t0 int) bool {
	toks := st.tokens[si]
	if st.headlineSents != nil && si < len(st.headlineSents) && st.headlineSents[si] || headlineLike(toks) {
		return false
	}
	// Back from the name's first word to "The", over up to three more
	// capitalised words of the title ("The History Boys" read as "Boys").
	the := t0
	for n := 0; n < 4 && the > 0 && the < len(toks) && toks[the].Text != "The"; n++ {
		if w := toks[the-1].Text; w != "The" && (!text.IsNameStart(w) || text.IsLower(w)) {
			return false
		}
		the--
	}
	if the < 1 || the >= len(toks) || toks[the].Text != "The" {
		return false
	}
	w := toks[the-1].Text
	if text.IsPossessive(w) {
		return the >= 2 && text.IsNameStart(toks[the-2].Text) && !text.IsLower(toks[the-2].Text)
	}
	return the >= 2 && text.IsNameStart(w) && !text.IsLower(w) && !strings.Contains(w, ".") && !text.IsPunct(toks[the-2].Text)
}

// knownOutlet reports whether the gazetteer knows the organisation name
// as a news outlet (category "media").
func (st *docState) knownOutlet(name string) bool {
	e, ok := st.e.lex.Org(name)
	return ok && e.Category == "media"
}

// initialPosition reports whether a name at token t0 of sentence si starts
// the sentence (after any opening punctuation, or after a colon) or stands
// in a Title Case headline: places where any word is capitalised.
func (st *docState) initialPosition(si, t0 int) bool {
	toks := st.tokens[si]
	first := 0
	for first < len(toks) && !text.IsNameStart(toks[first].Text) {
		first++
	}
	return t0 == first || t0 > 0 && toks[t0-1].Text == ":" || titleCase(toks)
}

// titleCase reports whether every word of a sentence that starts with a
// letter is capitalised, and there are at least two: a headline in Title
// Case ("Am International Inc 2Nd Qtr Jan 31").
func titleCase(toks []text.Token) bool {
	words := 0
	for _, t := range toks {
		if !text.IsNameStart(t.Text) || !unicode.IsLetter([]rune(t.Text)[0]) {
			continue
		}
		if text.IsLower(t.Text) {
			return false
		}
		words++
	}
	return words >= 2
}

// signature reports whether the name at span is a sentence of its own at
// the end of a line or of the text, as an agency's signature is ("... on
// February 27. Reuter").
func (st *docState) signature(span Span) bool {
	after := st.text[span.End:]
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		after = after[:i]
	}
	if strings.TrimFunc(after, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
		return false
	}
	before := st.text[:span.Start]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?")
}
