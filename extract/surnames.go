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
// name). A place the tagger saw there gives way to the person; resolve
// joins the new mention to the full name.
func (st *docState) reportingSurnames() {
	full := map[string]string{} // surname -> the one full name; "" when several
	from := map[string][2]int{} // surname -> (sentence, token) of its first full name
	other := map[string]bool{}  // words of the names of everything else
	for _, m := range st.mentions {
		toks := st.tokens[m.sent][m.t0:m.t1]
		if m.place {
			continue // a place does not speak: "Houston said" is no city's
		}
		if m.kind == KindPerson && len(toks) == 1 {
			continue // the surname alone, or a given name alone
		}
		if m.kind != KindPerson {
			for _, t := range toks {
				other[t.Text] = true
			}
			continue
		}
		for _, t := range toks[:len(toks)-1] {
			other[t.Text] = true
		}
		last := toks[len(toks)-1].Text
		if n, ok := full[last]; ok && n != m.name {
			full[last] = ""
			continue
		}
		if _, ok := full[last]; !ok {
			from[last] = [2]int{m.sent, m.t0}
		}
		full[last] = m.name
	}
	n := len(st.mentions)
	for si, toks := range st.tokens {
		if st.skipped[si] || st.sentences[si].Start < st.titleEnd {
			continue
		}
		for _, t := range reportingSubjects(toks) {
			st.reportingSurname(si, t, n, full, from, other)
		}
	}
	if len(st.mentions) > n {
		st.sortMentions()
	}
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

// reportingSurname makes token t of sentence si a mention of the person
// whose surname it is (reportingSurnames), looking among the first n
// mentions for one that already covers it.
func (st *docState) reportingSurname(si, t, n int, full map[string]string, from map[string][2]int, other map[string]bool) {
	toks := st.tokens[si]
	w := toks[t].Text
	if full[w] == "" || other[w] || comesBefore(si, t, from[w]) {
		return
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
	case at >= 0 && st.mentions[at].place:
		m := &st.mentions[at]
		m.kind, m.place, m.name, m.known, m.affil = KindPerson, false, cleanName(w), false, ""
	case !covered:
		span := toks[t].Span
		st.mentions = append(st.mentions, mention{sent: si, t0: t, t1: t + 1, span: span, surface: st.text[span.Start:span.End],
			name: cleanName(w), kind: KindPerson, via: ViaName, actorIndex: -1})
	}
}
