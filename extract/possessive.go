package extract

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// possessiveNames makes whole the names of businesses that end in a
// possessive ("McDonald's", "Sainsbury's", "Macy's"), which the tokeniser
// splits like any possessive ("McDonald" "'s"). A name is such a name when
// the gazetteer does not know it, the document never writes it without
// the clitic, and the clitic ends a noun phrase, where a possessive would
// need the thing possessed ("Microsoft's profits"): see possessiveName.
// Such a mention becomes an organisation named with the clitic.
func (st *docState) possessiveNames() {
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.via != ViaName || !st.possessiveName(m) {
			continue
		}
		toks := st.tokens[m.sent]
		m.t1++
		m.span.End = toks[m.t1-1].Span.End
		m.surface = st.text[m.span.Start:m.span.End]
		m.name = m.name + "'s"
		m.kind = KindOrg
	}
}

// possessiveName reports whether mention m is the first part of a name
// that ends in a possessive clitic (see possessiveNames). A person's name
// ("Michael Howard", "Jack") never is: "a plan of Michael Howard's." is a
// possessive without the thing possessed; nor is an acronym or a name that
// ends in a legal form or a word that heads organisation names ("the
// London Metal Exchange's (LME) decision"). A subject's verb after the
// clitic ("McDonald's has") is evidence enough; punctuation or a
// preposition after it ("sales at McDonald's.") only for a one-word name.
func (st *docState) possessiveName(m *mention) bool {
	toks := st.tokens[m.sent]
	last := toks[m.t1-1].Text
	if !clitic(toks, m.t1) || len(st.e.lex.Lookup(m.name)) > 0 || st.e.lex.IsGivenName(toks[m.t0].Text) ||
		m.kind == KindPerson && m.t1-m.t0 > 1 || !strings.ContainsFunc(last, unicode.IsLower) ||
		st.e.model.IsOrgWord(last) || cue.Default().LegalForm(last) {
		return false // "Michael Howard's", "MCA's", "the London Metal Exchange's (LME)"
	}
	name := toks[m.t0:m.t1]
	verb, end := false, false
	for si, ts := range st.tokens {
		if st.sentences[si].Start < st.titleEnd {
			continue // a headline drops the articles and commas that tell
		}
		for k := 0; k+len(name) <= len(ts); k++ {
			if !sameWords(ts[k:k+len(name)], name) || k > 0 && ts[k-1].Span.End == ts[k].Span.Start && !text.IsPunct(ts[k-1].Text) {
				continue
			}
			e := k + len(name)
			if !clitic(ts, e) {
				return false // written without it ("Sainsbury said")
			}
			switch {
			case e+1 == len(ts):
				end = true
			case subjectVerb(ts[e+1].Text):
				verb = true
			case endsNounPhrase(ts[e+1].Text) && (e+2 == len(ts) || ts[e+2].Text != "-"):
				end = true // not "Tele-Comm's on-site systems"
			}
		}
	}
	return verb || end && m.t1-m.t0 == 1
}

// clitic reports whether token k of toks is a possessive clitic glued to
// the word before it.
func clitic(toks []text.Token, k int) bool {
	return k > 0 && k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "\u2019s") &&
		toks[k-1].Span.End == toks[k].Span.Start
}

// subjectVerb reports whether w is a verb that follows the subject of a
// news sentence ("McDonald's said", "Sotheby's has").
func subjectVerb(w string) bool {
	switch strings.ToLower(w) {
	case "said", "says", "has", "had", "is", "was", "will", "would", "could", "can", "may", "announced",
		"reported", "posted", "plans", "also", "expects":
		return true
	}
	return false
}

// endsNounPhrase reports whether a word after a possessive clitic may show
// that the clitic ended a name rather than introduced the thing possessed:
// a mark that ends a clause or a sentence, or a preposition (not a bracket,
// a currency sign or a figure: "Drogba, Chelsea's £24m striker").
func endsNounPhrase(w string) bool {
	switch strings.ToLower(w) {
	case ",", ".", ";", ":", "!", "?", "in", "on", "at", "for", "to", "with":
		return true
	}
	return false
}
