package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/text"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
)

// BodySep separates, in an Actor.Key, the name key of a state body named
// without its state ("Finance Ministry") from the state it belongs to:
// such bodies of different states are different actors.
const BodySep = "\x1e"

// qualifyBodies gives the state bodies the text names without their state
// ("the Finance Ministry", "the Central Bank", "the Treasury") the identity
// of the state they belong to, so that an archive keeps each state's
// ministry apart instead of one "Finance Ministry" for all of them. The
// name stays as the text wrote it. The state is the one the mentions'
// context gives (the affiliation votes: "Japan's Finance Ministry", "the
// Japanese Finance Ministry"), else the state the document is about
// (homeState). The body's key is then that of the
// gazetteer's organisation of that state with that name ("Treasury" in an
// article about the United States is the U.S. Treasury, "Parliament" in
// one about the United Kingdom the Parliament of the United Kingdom), else its own name
// key joined to the state by BodySep; it is affiliated with the state,
// and its Canonical name is the gazetteer's ("U.S. Treasury") or the name
// after the state's demonym ("Japanese Finance Ministry"), which a graph
// shows when
// no document names the body in full. A
// body for which no state is found and whose name is only a generic word
// ("Army") is no actor. A body named with its state's name or demonym
// ("Japanese Finance Ministry") gets the same key as the bare name of
// that state's body, so both are one actor across documents.
func (st *docState) qualifyBodies(actors []*resolvedActor) {
	docState := ""
	docStateDone := false
	drop := map[int]bool{}
	for i, a := range actors {
		// The tagger may read a body named alone as a person ("it was
		// for Parliament, and not judges, to decide"): a body's name
		// is never a person's.
		if a.kind != KindOrg && a.kind != KindPerson || a.known {
			continue
		}
		body, state := a.name, ""
		if s, rest, ok := st.e.lex.StatePrefix(a.name); ok {
			body, state = rest, s // "Japanese Finance Ministry"
		}
		if !isBodyName(body) {
			continue
		}
		a.kind = KindOrg
		if state == "" {
			state, _ = topKey(a.affil)
		}
		if _, ok := st.e.lex.State(state); !ok {
			if !docStateDone {
				docState, docStateDone = st.homeState(actors), true
			}
			state = docState
		}
		if state == "" {
			if st.e.model.IsOrgWord(a.name) && st.e.model.IsCommonWord(a.name) {
				drop[i] = true
			}
			continue
		}
		if e, ok := st.e.lex.BodyOf(state, body); ok {
			a.key, a.canonical = lexicon.NameKey(e.Name), e.Name
		} else {
			a.key, a.canonical = lexicon.NameKey(body)+BodySep+state, body+" ("+state+")"
			if d := st.e.lex.Demonym(state); d != "" {
				a.canonical = d + " " + body // "Japanese Finance Ministry"
			}
		}
		a.known = true
		a.addAffil(state, 1000)
	}
	if len(drop) == 0 {
		return
	}
	for k := range st.mentions {
		if m := &st.mentions[k]; m.actorIndex >= 0 && drop[m.actorIndex] {
			m.actorIndex = -1
		}
	}
}

// homeState returns the state the document is about: the one its
// mentions name most, counting each mention of a state and each of a
// gazetteer person or organisation of that state (a story that names
// Tony Blair, Michael Howard and Labour and mentions Jordan twice is
// about the United Kingdom, and its bare "Parliament" is that state's);
// ties go to the state named first, "" if none.
func (st *docState) homeState(actors []*resolvedActor) string {
	count := map[string]int{}
	first := map[string]int{}
	best := ""
	for k, m := range st.mentions {
		state := ""
		switch {
		case m.actorIndex >= 0 && actors[m.actorIndex].kind == KindState:
			state = actors[m.actorIndex].name
		case m.known && !m.place && (m.kind == KindPerson || m.kind == KindOrg) && m.affil != "":
			if _, ok := st.e.lex.State(m.affil); ok {
				state = m.affil
			}
		}
		if state == "" {
			continue
		}
		if _, ok := first[state]; !ok {
			first[state] = k
		}
		count[state]++
		if best == "" || count[state] > count[best] || count[state] == count[best] && first[state] < first[best] {
			best = state
		}
	}
	return best
}

// otherStatesBody reports whether mention i is a state body the gazetteer
// names by a bare word of one state ("Congress", "Senate", "Parliament"
// for the U.S. Congress or the House of Commons) that the text gives to
// another state, right before it: its name with a possessive ("Brazil's
// Congress") or its demonym ("the Bolivian Congress"), or "the country's"
// in a story that has named another state most so far; it returns that
// state.
func (st *docState) otherStatesBody(i int) (string, bool) {
	m := &st.mentions[i]
	if !m.known || m.kind != KindOrg || m.affil == "" || i == 0 || m.t1-m.t0 != 1 || !isBodyName(m.surface) {
		return "", false
	}
	toks := st.tokens[m.sent]
	if m.t0 >= 2 && text.IsPossessive(toks[m.t0-1].Text) && (toks[m.t0-2].Text == "country" || toks[m.t0-2].Text == "nation") {
		// "the country's Congress": the state the story is about.
		if s := st.mostNamedStateSoFar(i); s != "" && s != m.affil {
			return s, true
		}
		return "", false
	}
	o := &st.mentions[i-1]
	if o.sent != m.sent || o.kind != KindState || o.name == m.affil {
		return "", false
	}
	return o.name, o.t1 == m.t0 && o.via == ViaDemonym || o.t1+1 == m.t0 && text.IsPossessive(toks[o.t1].Text)
}

// mostNamedStateSoFar returns the state that the mentions before mention
// i name most often (ties: the one named first), "" if none.
func (st *docState) mostNamedStateSoFar(i int) string {
	count := map[string]int{}
	best := ""
	for _, m := range st.mentions[:i] {
		if m.kind != KindState || m.place {
			continue
		}
		count[m.name]++
		if best == "" || count[m.name] > count[best] {
			best = m.name
		}
	}
	return best
}

// isBodyName reports whether an organisation's name is a state body named
// without its state: a ministry with its field ("Finance Ministry",
// "Ministry of Finance"), or one of the bodies every state has, alone
// ("Treasury", "Central Bank", "Parliament", "Congress", "Senate",
// "Army", "Supreme Court", "High Court", "Court of Appeal").
func isBodyName(name string) bool {
	switch strings.ToLower(name) {
	case "treasury", "central bank", "parliament", "cabinet", "army", "navy", "air force", "police",
		"supreme court", "constitutional court", "high court", "court of appeal", "appeal court",
		"armed forces", "foreign office", "congress", "senate", "national assembly":
		return true
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	switch {
	case words[len(words)-1] == "Ministry":
		return true
	case words[0] == "Ministry" && words[1] == "of":
		return true
	}
	return false
}

// stateGovernmentsNamed trims the tagger's names of a state's government
// written "Government of" and the state ("the Government of India", "the
// Governments of France and Germany", "the Government of the United
// Kingdom") to the state, which the gazetteer then reads: the body level
// of the statement finder gives a government's words to its state, as it
// does for "the Indian Government". A name that goes on past the state
// ("Government of India Press") or another body ("Government of National
// Unity") stays as the tagger read it.
func (st *docState) stateGovernmentsNamed(toks []text.Token, ents []ner.Entity) []ner.Entity {
	var out []ner.Entity
	for k, en := range ents {
		if en.End-en.Start < 3 || toks[en.Start].Text != "Government" && toks[en.Start].Text != "Governments" || toks[en.Start+1].Text != "of" {
			continue
		}
		j := en.Start + 2
		if toks[j].Text == "the" && j+1 < en.End {
			j++
		}
		n, entries := st.e.lex.Longest(st.text, toks[j:en.End])
		if j+n != en.End || !slices.ContainsFunc(st.existing(entries), func(e lexicon.Entry) bool { return e.Kind == KindState }) {
			continue
		}
		if out == nil {
			out = slices.Clone(ents)
		}
		out[k].Start = j
	}
	if out == nil {
		return ents
	}
	return out
}

// partyNames gives the organisations named right before a lower-case
// "party" the party's whole name, as news styles that write the word in
// lower case mean it ("Tsai Ing-wen of the Democratic Progressive party",
// "the Freedom party"): "Democratic Progressive Party", not "Democratic
// Progressive". A name the gazetteer knows keeps its entry ("the Labour
// party" is the Labour Party; "the Downing Street party" is no party).
// A name that is whole without the word stays: an acronym ("the ZAPU
// party", "Zanu-PF"), a plural ("the Greens party") or a name ending in
// a word that heads organisations' names ("United Malays National
// Organisation").
func (st *docState) partyNames() {
	cues := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.kind != KindOrg {
			continue
		}
		toks := st.tokens[m.sent]
		if m.t1 >= len(toks) || toks[m.t1].Text != "party" {
			continue
		}
		last := toks[m.t1-1].Text
		if strings.ToUpper(last) == last || strings.Contains(m.surface, "-") || strings.HasSuffix(last, "s") || cues.OrgWord(last) {
			continue
		}
		m.name += " Party"
	}
}

// legislatureShortNames gives a one-word organisation that is the head
// noun of the name of one legislature of the state whose legislature or parties
// the document names ("The House voted 220-210" in a story of the U.S.
// Senate and the Democrats: the U.S. House of Representatives) that
// legislature, as the news means it. The word must name no other
// organisation of the document ("the House" after "the House of Commons"
// is that house, which the short forms of resolve join), the state's
// legislatures must hold it once (the United Kingdom's "House" is of
// Commons or of Lords), and the document must name bodies of one state
// only.
func (st *docState) legislatureShortNames() {
	state := ""
	for _, o := range st.mentions {
		if !o.known || o.kind != KindOrg || o.affil == "" {
			continue
		}
		e, ok := st.e.lex.Org(o.name)
		if !ok || e.Category != "legislature" && e.Category != "party" {
			continue
		}
		if state != "" && state != e.Affiliation {
			return
		}
		state = e.Affiliation
	}
	if state == "" {
		return
	}
	bodies := st.e.lex.Bodies(state, "legislature")
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.kind != KindOrg || m.t1-m.t0 != 1 || !capitalWord(m.surface) {
			continue
		}
		w := m.surface
		var found lexicon.Entry
		n := 0
		for _, b := range bodies {
			if headOf(b.Name) == w {
				found, n = b, n+1
			}
		}
		if n != 1 || slices.ContainsFunc(st.mentions, func(o mention) bool {
			return o.t1-o.t0 > 1 && o.via != ViaSeat && slices.Contains(strings.Fields(o.surface), w)
		}) {
			continue
		}
		m.name, m.known, m.affil, m.via = found.Name, true, found.Affiliation, ViaName
	}
}

// headOf returns the head noun of an organisation's name: the word before
// its first "of", or else its last word ("House" of "U.S. House of
// Representatives", "Senate" of "U.S. Senate").
func headOf(name string) string {
	f := strings.Fields(name)
	if i := slices.Index(f, "of"); i > 0 {
		return f[i-1]
	}
	return f[len(f)-1]
}

// chamberCommittees makes a committee of a house of a legislature whose
// name follows the house's in lower case, as British news writes it ("the
// Commons public accounts committee", "the Lords constitution committee",
// "the Senate banking committee"): the house's name as the story writes
// it, with the words up to "committee" capitalised, is the committee's
// name ("Commons Public Accounts Committee"; without "select", which
// the news writes or leaves out for the same committee), an organisation
// of the house's state, and the house itself is not named there (it only says
// where the committee sits). The words between must be words of a
// committee's remit (committeeRemit), at least one of them more than
// "select"; "the Commons committee stage" is a stage of a bill, no body.
func (st *docState) chamberCommittees() {
	for i := range st.mentions {
		m := &st.mentions[i]
		if !m.known || m.place || m.kind != KindOrg {
			continue
		}
		e, ok := st.e.lex.Org(m.name)
		if !ok || e.Category != "legislature" {
			continue
		}
		toks := st.tokens[m.sent]
		end, ok := committeeRemit(toks, m.t1)
		if !ok {
			continue
		}
		words := []string{m.surface}
		for _, w := range strings.Fields(st.text[toks[m.t1].Span.Start:toks[end].Span.End]) {
			if w != "select" {
				words = append(words, capitaliseRemit(w))
			}
		}
		m.t1 = end + 1
		m.span.End = toks[end].Span.End
		m.surface = st.text[m.span.Start:m.span.End]
		m.name, m.known, m.affil, m.via = strings.Join(words, " "), false, e.Affiliation, ViaName
	}
}

// committeeRemit returns the token of "committee" (or "subcommittee",
// "sub-committee", which the tokenizer splits at its hyphen) that ends the lower-case remit of a committee starting
// at token k ("public accounts committee", "work and pensions select
// committee"), and whether there is one: one to six lower-case words of
// letters, "and" or "&" among them, none a word that only joins or opens
// a clause (an article, a preposition, a pronoun, an auxiliary) or a
// past form ("voted", "approved"), at least one of them more than
// "select", and no "stage" after "committee".
func committeeRemit(toks []text.Token, k int) (int, bool) {
	remit := false
	for j := k; j < len(toks) && j <= k+6; j++ {
		w := toks[j].Text
		switch w {
		case "committee", "subcommittee", "sub-committee":
			if !remit || j == k || j+1 < len(toks) && toks[j+1].Text == "stage" {
				return 0, false
			}
			return j, true
		case "and", "&", "-":
			if j == k {
				return 0, false
			}
			continue
		}
		if !text.IsLower(w) || strings.HasSuffix(w, "ed") || remitStopWords[w] || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			return 0, false
		}
		if w != "select" {
			remit = true
		}
	}
	return 0, false
}

// remitStopWords are lower-case words that cannot be part of a
// committee's remit between a house's name and "committee": they join
// or open a clause ("the Senate and the committee", "the Commons, which
// committee").
var remitStopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "for": true, "with": true, "by": true, "from": true, "as": true, "is": true, "was": true, "are": true,
	"were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"its": true, "their": true, "his": true, "her": true, "which": true, "that": true, "who": true, "this": true,
	"or": true, "but": true, "not": true, "said": true, "says": true, "told": true, "into": true, "after": true,
	"before": true, "than": true, "when": true, "where": true, "while": true, "if": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "did": true, "does": true, "do": true}

// capitaliseRemit writes a word of a committee's name as its name has it:
// capitalised, but for "and" and "&", and each part of a hyphenated word
// ("sub-committee": "Sub-Committee").
func capitaliseRemit(w string) string {
	if w == "and" || w == "&" {
		return w
	}
	parts := strings.Split(w, "-")
	for i, p := range parts {
		parts[i] = upperFirst(p)
	}
	return strings.Join(parts, "-")
}

// papersOfPlaces makes a newspaper of a masthead word followed by "of"
// and a state or a place ("the official Times of Zambia said", "The
// Herald of Glasgow"): a newspaper the gazetteer knows followed so is
// another paper (its own forms of that kind, "The Times of London", "The
// Times of India", are longer phrases that it matched already), and a
// masthead word the tagger left alone is the paper's name. The word must
// name newspapers (mastheadWords) and stand right before "of".
func (st *docState) papersOfPlaces() {
	var drop []int
	var add []mention
	for i, n := range st.mentions {
		if !n.known || n.kind != KindState && !n.place || n.t0 < 2 {
			continue
		}
		toks := st.tokens[n.sent]
		if toks[n.t0-1].Text != "of" || !mastheadWords[toks[n.t0-2].Text] {
			continue
		}
		affil := n.affil
		if n.kind == KindState {
			affil = n.name
		}
		if i > 0 && st.mentions[i-1].sent == n.sent && st.mentions[i-1].t1 == n.t0-1 {
			m := &st.mentions[i-1]
			if e, ok := st.e.lex.Org(m.name); !m.known || !ok || e.Category != "media" {
				continue
			}
			span := Span{Start: m.span.Start, End: n.span.End}
			m.t1, m.span = n.t1, span
			m.surface = st.text[span.Start:span.End]
			m.name, m.known, m.affil, m.outlet = cleanName(m.surface), false, affil, false
			drop = append(drop, i)
			continue
		}
		if slices.ContainsFunc(st.mentions, func(o mention) bool { return o.sent == n.sent && o.t0 <= n.t0-2 && n.t0-2 < o.t1 }) {
			continue
		}
		t0 := n.t0 - 2
		if t0 > 0 && toks[t0-1].Text == "The" {
			t0--
		}
		p := st.orgMention(n.sent, t0, n.t1, "")
		p.affil = affil
		add = append(add, p)
		drop = append(drop, i)
	}
	for k := len(drop) - 1; k >= 0; k-- {
		st.mentions = slices.Delete(st.mentions, drop[k], drop[k]+1)
	}
	if len(add) > 0 {
		st.mentions = append(st.mentions, add...)
		st.sortMentions()
	}
}

// mastheadWords are the last words of newspapers' names.
var mastheadWords = map[string]bool{"Times": true, "Post": true, "Herald": true, "Tribune": true, "Gazette": true,
	"Journal": true, "Observer": true, "Chronicle": true, "Star": true, "Mail": true, "Standard": true,
	"Express": true, "Nation": true, "Independent": true, "Guardian": true, "Telegraph": true, "Mirror": true}
