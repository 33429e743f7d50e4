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

// institutionHeads are the words that head the names of institutions
// named after a saint or a monarch in the possessive ("St Thomas'
// Hospital", "King's College London", "St Egwin's Middle School").
// Churches, chapels, cathedrals and abbeys stay out: the news names them
// as places ("a wedding at St George's Chapel").
var institutionHeads = map[string]bool{"School": true, "College": true, "Hospital": true, "University": true,
	"Academy": true, "Infirmary": true}

// possessiveInstitutions makes whole the names of institutions named
// after a saint or a monarch in the possessive, which the tokenizer cuts
// at the clitic and the tagger reads as a place ("St Egwin") and an
// organisation ("Middle School", "College London"): an organisation
// mention with a word of institutionHeads that follows "'s" or a bare
// apostrophe, itself right after "St", "St." or "Saint" and a capitalised
// name, or after "King" or "Queen", becomes one organisation from the
// possessor on, and a mention of the possessor's words is dropped. A
// place's or a state's possessive ("Oxford's Balliol College") is no part
// of the name.
func (st *docState) possessiveInstitutions() {
	ms := st.mentions
	var out []mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		a, ok := st.institutionStart(m)
		if !ok {
			// The possessor read as a name and the rest left untagged:
			// "St Egwin" and "'s Middle School".
			if b, ok := st.institutionAfter(m); ok {
				if out == nil {
					out = append(make([]mention, 0, len(ms)), ms[:i]...)
				}
				for i+1 < len(ms) && ms[i+1].sent == m.sent && ms[i+1].t0 < b {
					i++ // a mention inside the rest
				}
				m.t1, m.span.End = b, st.tokens[m.sent][b-1].Span.End
				m.surface = st.text[m.span.Start:m.span.End]
				m.name, m.kind, m.place, m.affil, m.joined = cleanName(m.surface), KindOrg, false, "", true
				out = append(out, m)
				continue
			}
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]mention, 0, len(ms)), ms[:i]...)
		}
		for len(out) > 0 && out[len(out)-1].sent == m.sent && out[len(out)-1].t1 > a {
			out = out[:len(out)-1] // "St Egwin", read as a place
		}
		toks := st.tokens[m.sent]
		span := Span{Start: toks[a].Span.Start, End: m.span.End}
		surface := st.text[span.Start:span.End]
		out = append(out, mention{sent: m.sent, t0: a, t1: m.t1, span: span, surface: surface, name: cleanName(surface),
			kind: KindOrg, via: ViaName, actorIndex: -1, joined: true})
	}
	if out != nil {
		st.mentions = out
	}
}

// institutionAfter returns the end of an institution's name that mention
// m, a saint's or a monarch's name ("St Egwin", "King"), starts in the
// possessive: the clitic right after it, then up to four capitalised
// words, the last a word of institutionHeads ("'s Middle School").
func (st *docState) institutionAfter(m mention) (int, bool) {
	toks := st.tokens[m.sent]
	if m.known || m.via != ViaName || m.t1+2 > len(toks) {
		return 0, false
	}
	k := m.t1 // the clitic
	if !namesSaintOrMonarch(toks[m.t0:m.t1]) || !possessiveMark(toks, k) {
		return 0, false
	}
	for b := k + 1; b < len(toks) && b <= k+4 && capitalised(toks[b].Text); b++ {
		if institutionHeads[toks[b].Text] && (b+1 == len(toks) || !capitalised(toks[b+1].Text)) {
			return b + 1, true
		}
	}
	return 0, false
}

// institutionStart returns the first token of the possessor before
// organisation mention m when m is the rest of an institution's name
// (see possessiveInstitutions).
func (st *docState) institutionStart(m mention) (int, bool) {
	if m.kind != KindOrg || m.known || m.place || m.via != ViaName || m.t0 < 2 {
		return 0, false
	}
	toks := st.tokens[m.sent]
	head := false
	for _, t := range toks[m.t0:m.t1] {
		head = head || institutionHeads[t.Text]
	}
	k := m.t0 - 1 // the clitic
	if !head || !possessiveMark(toks, k) {
		return 0, false
	}
	switch {
	case namesSaintOrMonarch(toks[k-1 : k]):
		return k - 1, true
	case k >= 2 && namesSaintOrMonarch(toks[k-2:k]):
		return k - 2, true
	}
	return 0, false
}

// namesSaintOrMonarch reports whether the tokens name a saint ("St
// Egwin", "St. Thomas", "Saint Fintan": the title and a capitalised name)
// or are "King" or "Queen", the possessors of institutions' names.
func namesSaintOrMonarch(toks []text.Token) bool {
	switch len(toks) {
	case 1:
		return toks[0].Text == "King" || toks[0].Text == "Queen"
	case 2:
		w := toks[0].Text
		return (w == "St" || w == "St." || w == "Saint") && capitalised(toks[1].Text)
	}
	return false
}

// possessiveMark reports whether token k of toks is a possessive clitic
// ("'s", see clitic) or a bare apostrophe ("St Thomas' Hospital") that
// touches the word before it.
func possessiveMark(toks []text.Token, k int) bool {
	if clitic(toks, k) {
		return true
	}
	return k > 0 && k < len(toks) && (toks[k].Text == "'" || toks[k].Text == "\u2019") && toks[k-1].Span.End == toks[k].Span.Start
}

// courtNames makes whole the names of the courts named after a place and
// their judges in the possessive ("Westminster Magistrates' Court",
// "Bow Street Magistrate's Court", "Hammersmith Coroner's Court"): the
// tagger reads the place alone (which the gazetteer may know as another
// actor: "Westminster" is Parliament) or the place and the judges' noun
// as a place, and leaves "Court" out. The place's mention, the judges'
// noun, the clitic (or none: "Magistrates Court") and "Court" become one
// organisation.
func (st *docState) courtNames() {
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.via != ViaName {
			continue
		}
		toks := st.tokens[m.sent]
		k := m.t1
		if k < len(toks) && courtJudges[toks[k].Text] {
			k++
		} else if !courtJudges[toks[k-1].Text] {
			continue
		}
		if possessiveMark(toks, k) {
			k++
		}
		if k >= len(toks) || toks[k].Text != "Court" {
			continue
		}
		m.t1 = k + 1
		m.span.End = toks[k].Span.End
		m.surface = st.text[m.span.Start:m.span.End]
		m.name, m.kind, m.place, m.known, m.affil, m.joined = cleanName(m.surface), KindOrg, false, false, "", true
	}
}

// courtJudges are the judges a court is named after in the possessive.
var courtJudges = map[string]bool{"Magistrate": true, "Magistrates": true, "Coroner": true, "Coroners": true}
