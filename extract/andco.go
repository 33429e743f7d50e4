package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// joinAndCo makes a company of a name followed by "and Co" or "& Co" (and
// any legal forms after it): "Arthur Andersen and Co", "Merck and Co Inc",
// "Kravis Roberts and Co". The tagger often tags the name as a person and
// "Co" apart, and a legal form alone is no name (trimSpans), so the firm
// was the person it is named after. Only that mention changes: "Andersen
// said" elsewhere in the story keeps its own reading. A mention that
// already runs past the "and" (an organisation the tagger read whole)
// is left as it is, and so is a place.
func (st *docState) joinAndCo() {
	legal := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.place || m.kind != KindPerson && m.kind != KindOrg {
			continue
		}
		toks := st.tokens[m.sent]
		k := m.t1
		if k+1 >= len(toks) || toks[k].Text != "and" && toks[k].Text != "&" || !isCo(toks[k+1].Text) {
			continue
		}
		if i+1 < len(st.mentions) && st.mentions[i+1].sent == m.sent && st.mentions[i+1].t0 <= k+1 {
			continue // another name starts at the "Co": not a bare legal form
		}
		end := k + 2
		for end < len(toks) && legal.LegalForm(toks[end].Text) && toks[end-1].Span.End < toks[end].Span.Start {
			end++
		}
		*m = st.orgMention(m.sent, m.t0, end, "")
	}
}

// joinLegalForm makes a company of a name the tagger read as a person's
// when a company's legal form follows it right away ("Sara Lee Corp",
// "A. H. Robins Co", "John Smith Lumber Co", "Robert Halmi Inc"): no
// person's name goes on with "Co", "Inc" or "Ltd", and a legal form alone
// is no name (trimSpans), so the firm was the person it is named after.
// Only that mention changes, as in joinAndCo; a legal form glued to a
// hyphen ("Co-Chairman") or that opens another name is none.
func (st *docState) joinLegalForm() {
	legal := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.place || m.kind != KindPerson || m.via != ViaName {
			continue
		}
		toks := st.tokens[m.sent]
		end := m.t1
		for end < len(toks) && legal.LegalForm(toks[end].Text) && !text.IsLower(toks[end].Text) && toks[end-1].Span.End < toks[end].Span.Start {
			if end+1 < len(toks) && toks[end+1].Text == "-" && toks[end+1].Span.Start == toks[end].Span.End {
				break // "Co-Chairman"
			}
			end++
		}
		if end == m.t1 || i+1 < len(st.mentions) && st.mentions[i+1].sent == m.sent && st.mentions[i+1].t0 < end {
			continue
		}
		// A legal form that ends the sentence took its full stop
		// ("… of PepsiCo's Taco Bell Corp."): the name has none.
		*m = st.orgMention(m.sent, m.t0, end, strings.TrimSuffix(cleanName(st.text[toks[m.t0].Span.Start:toks[end-1].Span.End]), "."))
	}
}

// joinCompanyHalves makes one company of two names the tagger read side
// by side, with nothing between them, when the second ends in a company's
// legal form ("Kokusai" and "Denshin Denwa Co Ltd" of "Kokusai Denshin
// Denwa Co Ltd"): a name that goes on right into a company's name is its
// first words, as names in a language the tagger did not learn are cut.
// The first name must be no place, state or gazetteer name ("Tokyo",
// "IBM"), the second none the gazetteer knows.
func (st *docState) joinCompanyHalves() {
	legal := cue.Default()
	var out []mention
	for i := 0; i < len(st.mentions); i++ {
		m := st.mentions[i]
		if i+1 < len(st.mentions) {
			n := st.mentions[i+1]
			toks := st.tokens[m.sent]
			if n.sent == m.sent && n.t0 == m.t1 && n.t1-n.t0 >= 2 && legal.LegalForm(toks[n.t1-1].Text) &&
				m.via == ViaName && n.via == ViaName && !m.place && !n.place && !m.known && !n.known &&
				m.kind != KindState && toks[m.t1-1].Span.End+1 == toks[n.t0].Span.Start && !text.IsPunct(toks[m.t1-1].Text) {
				out = append(out, st.orgMention(m.sent, m.t0, n.t1, ""))
				i++
				continue
			}
		}
		out = append(out, m)
	}
	st.mentions = out
}

// isCo reports whether w is "Co" or "Company" as a company's name ends in
// after "and" (with or without a full stop).
func isCo(w string) bool {
	switch w {
	case "Co", "Co.", "Company", "Cos", "Cos.":
		return true
	}
	return false
}

// joinPartnerNames makes one company of a firm named after its partners,
// whose names are joined by commas before the last "and": "Kidder,
// Peabody and Co Inc", "Merrill Lynch, Pierce, Fenner and Smith Inc",
// "Donaldson, Lufkin and Jenrette Securities Corp". The tagger and the
// seams of entityMentions cut such a name at its commas, so that "Kidder"
// stood apart from "Peabody and Co Inc" (often read as a town) and the
// last partner spoke for the firm. The name must end in a company's legal
// form, and the words before it must be partners' names (partnersBefore):
// single capitalised words that are no place, time, organisation word or
// gazetteer phrase, the first of them perhaps opening a longer company
// name ("Merrill Lynch"). A list without a legal form ("A, B and C") is
// left as the tagger read it: people named by surname, places and works
// are listed that way too.
func (st *docState) joinPartnerNames() {
	var out []mention
	changed := false
	for i := 0; i < len(st.mentions); i++ {
		m := st.mentions[i]
		if t0, ok := st.partnersBefore(out, m); ok {
			m = st.orgMention(m.sent, t0, m.t1, "")
			changed = true
			// Drop the partners' own mentions before the firm's.
			for len(out) > 0 && out[len(out)-1].sent == m.sent && out[len(out)-1].t1 > t0 {
				out = out[:len(out)-1]
			}
		}
		out = append(out, m)
	}
	if changed {
		st.mentions = out
	}
}

// partnersBefore returns the first token of the partners' names before an
// organisation mention m whose name runs across "and" ("Peabody and Co
// Inc" after "Kidder, "), or that ends in a legal form after "and" and a
// partner ("Jenrette Securities Corp" after "Donaldson, Lufkin and "),
// and whether there are any; before holds the mentions of the document
// before m. A place the tagger alone saw may be a partner (it often reads
// the first one as a town); a place or state the gazetteer knows is none.
func (st *docState) partnersBefore(before []mention, m mention) (int, bool) {
	if m.place || m.kind != KindOrg || m.via != ViaName || m.known {
		return 0, false
	}
	toks := st.tokens[m.sent]
	if !cue.Default().LegalForm(toks[m.t1-1].Text) {
		return 0, false
	}
	// across: m is one partner's word, "and", and one more word or legal
	// forms ("Peabody and Co Inc", "Fenner and Smith Inc").
	across := m.t1-m.t0 >= 3 && isAnd(toks[m.t0+1].Text) && st.partnerWord(toks, m.t0)
	// covering returns the mention of before that holds token j, if any.
	covering := func(j int) (mention, bool) {
		for k := len(before) - 1; k >= 0 && before[k].sent == m.sent; k-- {
			if b := before[k]; b.t0 <= j && j < b.t1 {
				return b, true
			}
		}
		return mention{}, false
	}
	partner := func(j int) (mention, bool, bool) {
		if j < 0 || !st.partnerWord(toks, j) {
			return mention{}, false, false
		}
		b, ok := covering(j)
		if ok && (b.known || b.kind == KindState || b.t1 != j+1) {
			return mention{}, false, false
		}
		return b, ok, true
	}
	t0 := m.t0
	if !across {
		if m.t0 < 2 || !isAnd(toks[m.t0-1].Text) {
			return 0, false
		}
		// The partner before "and" is a person's name ("Lufkin"), not
		// another company of a list ("Toyota and Honda Motor Co").
		if b, ok, p := partner(m.t0 - 2); !p || ok && (b.t0 < m.t0-2 || b.kind == KindOrg) {
			return 0, false
		}
		t0 = m.t0 - 2
	}
	first := t0
	for t0 >= 2 && toks[t0-1].Text == "," {
		b, ok, p := partner(t0 - 2)
		if !p {
			break
		}
		if ok && b.t0 < t0-2 {
			// The first partner's longer name, a company's: "Merrill
			// Lynch, Pierce, …", not "Thomas McKiernan, McKiernan and Co".
			if b.kind == KindOrg && t0-2-b.t0 <= 2 {
				t0 = b.t0
			}
			break
		}
		t0 -= 2
	}
	if t0 == first && m.t1-m.t0 == 2 {
		// Two partners: "Clayton and Dubilier Inc", the first one a
		// surname alone, no company's ("Toyota and Honda Motor Co"),
		// that no other name runs into.
		b, ok, _ := partner(first)
		alone := first == 0 || text.IsLower(toks[first-1].Text) || text.IsPunct(toks[first-1].Text)
		return first, alone && (!ok || b.t0 == first && b.kind == KindPerson)
	}
	return t0, t0 < first
}

// partnerWord reports whether token j may be a partner's name in a firm's
// name: a capitalised word with a lower-case letter that no gazetteer
// phrase starts with, nor, opening the sentence, a common word.
func (st *docState) partnerWord(toks []text.Token, j int) bool {
	w := toks[j].Text
	m := st.e.model
	if !surnameLike(w) || j == 0 && m.IsCommonWord(w) || m.IsPlacePeopleOrTimeWord(w) || m.IsOrgWord(w) || cue.Default().LegalForm(w) {
		return false
	}
	n, _ := st.e.lex.Longest(st.text, toks[j:j+1])
	return n == 0
}

// joinPartnerLists makes one company of a firm named after three or more
// partners without a legal form when the sentence says it is a firm: the
// kind of firm stands before the name ("law firm Fried, Frank, Harris,
// Shriver and Jacobson", "auditors Deloitte Haskins and Sells") or an
// apposition after it says what it is ("Eppler, Guerin and Turner, a
// Dallas brokerage"). The partners are single words (partnerWord),
// separated by commas or written one after the other ("Wessels Arnold
// and Henderson"), the last after "and"; the name must end there. Without
// such words a list is left as the tagger read it (joinPartnerNames):
// people, places and companies are listed the same way.
func (st *docState) joinPartnerLists() {
	var add []mention
	for si, toks := range st.tokens {
		for k := 1; k+1 < len(toks); k++ {
			if !isAnd(toks[k].Text) || !st.partnerWord(toks, k+1) || nameRunsOn(toks, k+2) {
				continue
			}
			t0, words := k, 0
			for j := k - 1; j >= 0; j-- {
				if toks[j].Text == "," && j > 0 && words > 0 {
					continue
				}
				if !st.partnerWord(toks, j) {
					break
				}
				t0, words = j, words+1
			}
			if words < 2 {
				continue
			}
			end := k + 2
			if !orgKindBefore(toks, t0, end) && !apposedOrg(toks, end) && (t0 == 0 || !partnershipNouns[toks[t0-1].Text]) {
				continue
			}
			if st.overlapsKnown(si, t0, end) {
				continue
			}
			add = append(add, st.orgMention(si, t0, end, ""))
		}
	}
	if len(add) == 0 {
		return
	}
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		return slices.ContainsFunc(add, func(a mention) bool { return a.sent == m.sent && m.t0 < a.t1 && a.t0 < m.t1 })
	})
	st.mentions = append(st.mentions, add...)
	st.sortMentions()
}

// overlapsKnown reports whether a mention the gazetteer knows, or a
// state, overlaps tokens [t0,t1) of sentence si (a place the tagger alone
// saw may be a partner: it often reads partners' names as towns).
func (st *docState) overlapsKnown(si, t0, t1 int) bool {
	return slices.ContainsFunc(st.mentions, func(m mention) bool {
		return m.sent == si && m.t0 < t1 && t0 < m.t1 && (m.known || m.kind == KindState)
	})
}
