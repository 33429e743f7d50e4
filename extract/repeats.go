package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// repeatedShortNames finds the repeats of an organisation's short name
// that the tagger left untagged. News names a company or a body in full
// once and by the first word of that name after it ("Arvin Industries Inc
// said … Arvin said it might earn …", "Daiwa Securities … Daiwa"), and the
// tagger, meeting a word it has never seen at the start of a sentence,
// often tags none or only some of those repeats: then the statements they
// open are lost, and the name's mentions undercounted. The first word of
// exactly one organisation's name of several words in the document is a
// mention wherever the body writes it as a name of its own, when the
// name ends as companies' names do (companyLike): outside every
// other name, with no capitalised word right before it (unless it opens
// the sentence) or right after it, and not after a title ("Mr Arvin").
// Only a distinctive word counts: of three letters or more, not written in
// lower case in the news the tagger's word clusters were made from
// ("General", "National", "Royal" are common words), not a given name, not
// a word the gazetteer names, and not a word of a person's name in the
// same document ("Murdoch" of "Murdoch Magazines" beside Rupert Murdoch).
// The new mention is the short form; resolveShortForms joins it to the
// organisation, as it does the short forms the tagger found.
func (st *docState) repeatedShortNames() {
	firsts := map[string]map[string]bool{} // first word -> the organisations' names
	from := map[string][2]int{}            // first word -> (sentence, token) of its first full name
	people := map[string]bool{}            // words of persons' full names
	for _, m := range st.mentions {
		toks := st.tokens[m.sent][m.t0:m.t1]
		if m.kind == KindPerson && len(toks) >= 2 {
			for _, t := range toks {
				people[t.Text] = true
			}
			continue
		}
		if m.kind != KindOrg || m.place || len(toks) < 2 || !text.IsNameStart(toks[1].Text) && !isAnd(toks[1].Text) {
			continue
		}
		if !companyLike(m.name) {
			continue
		}
		w := toks[0].Text
		if firsts[w] == nil {
			firsts[w] = map[string]bool{}
			from[w] = [2]int{m.sent, m.t0}
		}
		firsts[w][m.name] = true
	}
	// A word the body names on its own before the full name is a name
	// of its own there ("Mac" before "Mac Format").
	for _, m := range st.mentions {
		w := st.tokens[m.sent][m.t0].Text
		if f, ok := from[w]; ok && m.t1-m.t0 == 1 && st.sentences[m.sent].Start >= st.titleEnd && comesBefore(m.sent, m.t0, f) {
			people[w] = true
		}
	}
	words := map[string]bool{}
	for w, names := range firsts {
		if len(names) == 1 && !people[w] && st.distinctiveWord(w) {
			words[w] = true
		}
	}
	if len(words) == 0 {
		return
	}
	n := len(st.mentions)
	covered := map[[2]int]bool{} // (sentence, token) inside a mention
	for _, m := range st.mentions {
		for t := m.t0; t < m.t1; t++ {
			covered[[2]int{m.sent, t}] = true
		}
	}
	for si, toks := range st.tokens {
		if st.skipped[si] || st.sentences[si].Start < st.titleEnd {
			continue // a headline capitalises every word
		}
		for t, tok := range toks {
			if !words[tok.Text] || covered[[2]int{si, t}] || comesBefore(si, t, from[tok.Text]) {
				continue
			}
			if t > 0 && strings.ContainsAny(toks[t-1].Text, "-/&") || t+1 < len(toks) && strings.ContainsAny(toks[t+1].Text, "-/&") {
				continue // a part of a compound: "CBS/Fox"
			}
			if t+1 < len(toks) && text.IsNameStart(toks[t+1].Text) && !text.IsLower(toks[t+1].Text) {
				continue // the start of a longer name: another one, or the full name untagged
			}
			if t > 0 && !st.opensSentenceAt(si, t) && text.IsNameStart(toks[t-1].Text) && !text.IsLower(toks[t-1].Text) {
				continue // the end of a longer name
			}
			if st.titleBefore(si, t) {
				continue
			}
			st.mentions = append(st.mentions, mention{sent: si, t0: t, t1: t + 1, span: tok.Span, surface: tok.Text,
				name: cleanName(tok.Text), kind: KindOrg, via: ViaName, actorIndex: -1})
		}
	}
	if len(st.mentions) > n {
		slices.SortStableFunc(st.mentions, func(a, b mention) int {
			if a.sent != b.sent {
				return a.sent - b.sent
			}
			return a.t0 - b.t0
		})
	}
}

// companyLike reports whether name, an organisation's name of several
// words, ends as companies' and bodies' names end: in a legal form or a
// word that heads organisations' names ("Arvin Industries Inc", "Baikal
// Finance Group", "Pew Research Center"), and not in a word of a work, a
// product or an event ("Grammy Awards"). The tagger's organisations that
// end otherwise are as often a person's name ("Phillips Idowu") or a
// product's ("Nintendo DS"), whose first word alone is no short name of
// theirs.
func companyLike(name string) bool {
	last, _ := text.LastField(name)
	c := cue.Default()
	return (c.LegalForm(last) || c.OrgWord(last)) && !(c.ThingWord(last) && !c.OrgWord(last))
}

// distinctiveWord reports whether w, the first word of an organisation's
// name, names it on its own (repeatedShortNames): three letters or more,
// a capital first, not an acronym (orgOf reads those) nor a compound
// ("Anglo-Welsh"), not written in lower case in the news of the word
// clusters, not on the tagger's lists of places, nationalities and days
// ("Welsh Rugby Union", "Arab Bankers Association", "Sunday Times" are no
// "Welsh", "Arab" or "Sunday"), not a given name, and no name of the
// gazetteer's.
func (st *docState) distinctiveWord(w string) bool {
	if utf8.RuneCountInString(w) < 3 || !text.IsNameStart(w) || text.IsLower(w) || isAcronym(w) || pluralAcronym(w) ||
		strings.ContainsAny(w, "-/&.") {
		return false
	}
	m := st.e.model
	return !m.WrittenInLowerCase(w) && !m.IsCommonWord(w) && !m.IsPlacePeopleOrTimeWord(w) && !st.e.lex.IsGivenName(w) &&
		len(st.e.lex.Lookup(w)) == 0
}

// opensSentenceAt reports whether token t of sentence si is its first word,
// after any quotation marks, brackets or dashes.
func (st *docState) opensSentenceAt(si, t int) bool {
	for k := 0; k < t; k++ {
		if !text.IsPunct(st.tokens[si][k].Text) {
			return false
		}
	}
	return true
}

// comesBefore reports whether token t of sentence si comes before position p
// (sentence, token).
func comesBefore(si, t int, p [2]int) bool {
	return si < p[0] || si == p[0] && t < p[1]
}
