package extract

import "github.com/actorgraph/actorgraph/extract/text"

// reportingSurnames finds the surnames that stand as the subject of a
// reporting verb and that the tagger left untagged or read as a place:
// "Kenneth May, president of Holly Farms, told the subcommittee … May said
// the figures showed …", "Donald Houston, administrator of the service,
// … Houston said inspection programs have kept pace", "…, Houston
// said." Surnames that are common words, months or places ("May",
// "Pope", "Hair", "Houston") are what the tagger misses there, at the
// start of a sentence most of all, where every word is capitalised, and
// the statements they open are lost or go to the next name of the
// sentence. The word is a mention of the person when it stands where
// reportingSubjects looks, is the last word of exactly one person's name
// of two words or more that the document named before, and is no word of
// any other name of the document but places and that surname alone (an
// organisation's "May Department Stores Co", another person's given
// name). So is the one-word name of an organisation named before
// ("Symbian said that …"). A place the tagger saw there gives way;
// resolve joins the new mention to the full name.
func (st *docState) reportingSurnames() {
	names := map[string]*reportingName{} // word -> what it would name
	other := map[string]bool{}           // words of the names of everything else
	note := func(w, name string, kind Kind, m mention) {
		if r, ok := names[w]; ok {
			r.several = r.several || r.name != name || r.kind != kind
			return
		}
		names[w] = &reportingName{name: name, kind: kind, from: [2]int{m.sent, m.t0}}
	}
	for _, m := range st.mentions {
		toks := st.tokens[m.sent][m.t0:m.t1]
		switch {
		case m.place:
			// a place does not speak: "Houston said" is no city's
		case m.kind == KindState && len(toks) == 1 && m.via == ViaName:
			// a state's one-word name may be a surname ("Holland"):
			// stateOnlyAs decides
		case m.kind == KindPerson && len(toks) == 1:
			// the surname alone, or a given name alone
		case m.kind == KindPerson:
			for _, t := range toks[:len(toks)-1] {
				other[t.Text] = true
			}
			note(toks[len(toks)-1].Text, m.name, KindPerson, m)
		case m.kind == KindOrg && len(toks) == 1:
			note(toks[0].Text, m.name, KindOrg, m)
		default:
			for _, t := range toks {
				other[t.Text] = true
			}
		}
	}
	n := len(st.mentions)
	for si, toks := range st.tokens {
		if st.skipped[si] || st.sentences[si].Start < st.titleEnd {
			continue
		}
		for _, t := range reportingSubjects(toks) {
			if r := names[toks[t].Text]; r != nil && !r.several && !other[toks[t].Text] && !comesBefore(si, t, r.from) {
				st.reportingMention(si, t, n, r)
			}
		}
	}
	if len(st.mentions) > n {
		st.sortMentions()
	}
}

// reportingName is what a word would name as a reporting verb's subject
// (reportingSurnames): a person by surname, or a one-word organisation.
type reportingName struct {
	name    string // the person's full name or the organisation's name
	kind    Kind
	from    [2]int // (sentence, token) where the document first named it
	several bool   // the word ends or is the name of several actors
}

// reportingSubjects returns the tokens of toks that stand where a
// reporting verb's subject stands in news: opening the sentence ("May
// said …") or after a comma or a closing quote before the verb that ends
// the sentence or its clause ("…, Houston said.").
func reportingSubjects(toks []text.Token) []int {
	var out []int
	t := 0
	for t < len(toks) && text.IsOpenQuote(toks[t].Text) {
		t++
	}
	if t+1 < len(toks) && reportingVerbs[toks[t+1].Text] {
		out = append(out, t)
	}
	for t := 1; t+2 < len(toks); t++ {
		p, v, e := toks[t-1].Text, toks[t+1].Text, toks[t+2].Text
		if (p == "," || text.IsOpenQuote(p) && p != "(") && reportingVerbs[v] && (e == "." || e == ",") {
			out = append(out, t)
		}
	}
	return out
}

// reportingMention makes token t of sentence si a mention of r, looking
// among the first n mentions for one that already covers it: a place
// there gives way, and so does a state the document names by no other
// word than a person's surname ("David M. Holland … Holland added", in
// a story that never names the Netherlands otherwise); any other mention
// stays.
func (st *docState) reportingMention(si, t, n int, r *reportingName) {
	toks := st.tokens[si]
	name := r.name
	if r.kind == KindPerson {
		name = cleanName(toks[t].Text) // the surname: resolve joins it to the full name
	}
	at := -1 // a mention of that word alone
	covered := false
	for i := range st.mentions[:n] {
		m := &st.mentions[i]
		if m.sent == si && m.t0 <= t && t < m.t1 {
			covered = true
			if m.t0 == t && m.t1 == t+1 {
				at = i
			}
		}
	}
	switch {
	case at >= 0 && (st.mentions[at].place || r.kind == KindPerson && st.stateOnlyAs(st.mentions[at], n)):
		m := &st.mentions[at]
		m.kind, m.place, m.name, m.known, m.affil = r.kind, false, name, false, ""
	case !covered:
		span := toks[t].Span
		st.mentions = append(st.mentions, mention{sent: si, t0: t, t1: t + 1, span: span, surface: st.text[span.Start:span.End],
			name: name, kind: r.kind, via: ViaName, actorIndex: -1})
	}
}

// stateOnlyAs reports whether m is a mention of a state by its name that
// the first n mentions of the document write in no other way: no other
// name, demonym or seat of the state.
func (st *docState) stateOnlyAs(m mention, n int) bool {
	if m.kind != KindState || m.via != ViaName || m.t1-m.t0 != 1 {
		return false
	}
	for _, o := range st.mentions[:n] {
		if o.kind == KindState && o.name == m.name && o.surface != m.surface {
			return false
		}
	}
	return true
}
