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
// once and by the first word or two of that name after it ("Arvin
// Industries Inc said … Arvin said it might earn …", "Metal Traders
// Australasia Ltd … Metal Traders said"), and the tagger, meeting words it
// has never seen, often tags none or only some of those repeats: then the
// statements they open are lost, and the name's mentions undercounted.
// The first word of exactly one organisation's name of several words in
// the document, or its first two words when the name has three or more,
// is a mention wherever the body writes it as a name of its own, when the
// name ends as companies' names do (companyLike): after the full name,
// outside every other name, with no capitalised word right before it
// (unless it opens the sentence) or right after it, and not after a title
// ("Mr Arvin"). A short name must be distinctive: one word of three
// letters or more, not written in lower case in the news the tagger's
// word clusters were made from ("General", "National", "Royal" are common
// words, which are the company's only where they open the sentence as
// the subject of a reporting verb: "Royal said the shares …"); two
// words the first of which is no given name ("Ralph Andrews" of "Ralph
// Andrews Productions" may be the man); either way no name the
// gazetteer knows, nothing on the tagger's lists of places, nationalities
// and days, and no words of a person's full name in the same document
// ("Murdoch" of "Murdoch Magazines" beside Rupert Murdoch). The new
// mention is the short form; resolveShortForms joins it to the
// organisation, as it does the short forms the tagger found.
func (st *docState) repeatedShortNames() {
	names := map[string]map[string]bool{} // short name -> the organisations' names
	from := map[string][2]int{}           // short name -> (sentence, token) of its first full name
	people := map[string]bool{}           // words and word pairs of persons' full names
	note := func(short, name string, m mention) {
		if names[short] == nil {
			names[short] = map[string]bool{}
			from[short] = [2]int{m.sent, m.t0}
		}
		names[short][name] = true
	}
	for _, m := range st.mentions {
		toks := st.tokens[m.sent][m.t0:m.t1]
		if m.kind == KindPerson && len(toks) >= 2 {
			for k, t := range toks {
				people[t.Text] = true
				if k > 0 {
					people[toks[k-1].Text+" "+t.Text] = true
				}
			}
			continue
		}
		if m.kind != KindOrg || m.place || len(toks) < 2 || !text.IsNameStart(toks[1].Text) && !isAnd(toks[1].Text) {
			continue
		}
		if !st.companyLike(m.name) {
			continue
		}
		note(toks[0].Text, m.name, m)
		if len(toks) >= 3 && text.IsNameStart(toks[1].Text) && !text.IsLower(toks[1].Text) && !cue.Default().LegalForm(toks[1].Text) {
			note(toks[0].Text+" "+toks[1].Text, m.name, m)
		}
	}
	// A short name the body names on its own before the full name is a
	// name of its own there ("Mac" before "Mac Format").
	for _, m := range st.mentions {
		short := st.text[m.span.Start:m.span.End]
		if f, ok := from[short]; ok && st.sentences[m.sent].Start >= st.titleEnd && comesBefore(m.sent, m.t0, f) {
			people[short] = true
		}
	}
	// A short name that is a common word ("Royal" of "Royal Gold Inc")
	// names the company only where wire copy writes it so: opening the
	// sentence as the subject of a reporting verb ("Royal said the shares
	// …"); a distinctive one wherever it stands alone.
	shorts := map[string]bool{} // short name -> distinctive
	for short, ns := range names {
		if len(ns) != 1 || people[short] {
			continue
		}
		if st.distinctiveShortName(short) {
			shorts[short] = true
		} else if !strings.Contains(short, " ") && st.nameLikeWord(short) {
			shorts[short] = false
		}
	}
	if len(shorts) == 0 {
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
		for t := range toks {
			for _, e := range []int{t + 2, t + 1} { // the longer short name first
				if e > len(toks) || covered[[2]int{si, t}] || covered[[2]int{si, e - 1}] {
					continue
				}
				short := toks[t].Text
				if e == t+2 {
					short += " " + toks[t+1].Text
				}
				distinctive, ok := shorts[short]
				if !ok || comesBefore(si, t, from[short]) || !st.aloneAt(si, t, e) ||
					!distinctive && !(st.opensSentenceAt(si, t) && e < len(toks) && reportingVerbs[toks[e].Text]) {
					continue
				}
				span := Span{Start: toks[t].Span.Start, End: toks[e-1].Span.End}
				st.mentions = append(st.mentions, mention{sent: si, t0: t, t1: e, span: span, surface: st.text[span.Start:span.End],
					name: cleanName(short), kind: KindOrg, via: ViaName, actorIndex: -1})
				for k := t; k < e; k++ {
					covered[[2]int{si, k}] = true
				}
				break
			}
		}
	}
	if len(st.mentions) > n {
		st.sortMentions()
	}
}

// aloneAt reports whether tokens [t, e) of sentence si are a name of
// their own: no part of a compound ("CBS/Fox"), no capitalised word right
// after them (the start of a longer name: another one, or the full name
// untagged) or right before them (the end of a longer name) unless they
// open the sentence, and no title before them.
func (st *docState) aloneAt(si, t, e int) bool {
	toks := st.tokens[si]
	if t > 0 && strings.ContainsAny(toks[t-1].Text, "-/&") || e < len(toks) && strings.ContainsAny(toks[e].Text, "-/&") {
		return false
	}
	if e < len(toks) && text.IsNameStart(toks[e].Text) && !text.IsLower(toks[e].Text) {
		return false
	}
	if t > 0 && !st.opensSentenceAt(si, t) && text.IsNameStart(toks[t-1].Text) && !text.IsLower(toks[t-1].Text) {
		return false
	}
	return !st.titleBefore(si, t)
}

// distinctiveShortName reports whether short, one word or two, may stand
// for an organisation on its own (repeatedShortNames).
func (st *docState) distinctiveShortName(short string) bool {
	first, second, two := strings.Cut(short, " ")
	if !two {
		return st.distinctiveWord(short)
	}
	m := st.e.model
	if st.e.lex.IsGivenName(first) || len(st.e.lex.Lookup(short)) > 0 || m.IsPlacePeopleOrTimeWord(short) {
		return false
	}
	return !strings.ContainsAny(short, "/&") && !isArticle(first) && !nameParticles[strings.ToLower(second)]
}

// companyLike reports whether name, an organisation's name of several
// words, ends as companies' and bodies' names end: in a legal form or a
// word that heads organisations' names ("Arvin Industries Inc", "Baikal
// Finance Group", "Pew Research Center"), and not in a word of a work, a
// product or an event ("Grammy Awards"); or whether the wire put it in
// the angle brackets of a company's name ("<Asturiana de Zinc>",
// bracketedNames). The tagger's organisations that
// end otherwise are as often a person's name ("Phillips Idowu") or a
// product's ("Nintendo DS"), whose first word alone is no short name of
// theirs.
func (st *docState) companyLike(name string) bool {
	return companyLikeName(name) || st.bracketed[name]
}

// companyLikeName is companyLike by the words of the name alone.
func companyLikeName(name string) bool {
	last, _ := text.LastField(name)
	c := cue.Default()
	return c.OrgWord(last) || c.LegalForm(last) && !c.ThingWord(last)
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
	m := st.e.model
	return st.nameLikeWord(w) && !m.WrittenInLowerCase(w) && !m.IsCommonWord(w)
}

// nameLikeWord reports whether w may be a short name at all: what
// distinctiveWord asks but that the news writes it in lower case too.
func (st *docState) nameLikeWord(w string) bool {
	if utf8.RuneCountInString(w) < 3 || !text.IsNameStart(w) || text.IsLower(w) || isAcronym(w) || pluralAcronym(w) ||
		strings.ContainsAny(w, "-/&.") {
		return false
	}
	return !st.e.model.IsPlacePeopleOrTimeWord(w) && !st.e.lex.IsGivenName(w) && len(st.e.lex.Lookup(w)) == 0
}

// reportingVerbs are the verbs after which wire copy's sentence-opening
// short name is a company's ("Royal said", "Century added"): the plain
// verbs of saying only, narrower than speechVerbs, since the word before
// them is a common word or a place as often as a name.
var reportingVerbs = map[string]bool{"said": true, "says": true, "added": true, "adds": true, "told": true}

// opensSentenceAt reports whether token t of sentence si is its first word,
// after any quotation marks, brackets or dashes and a list's number.
func (st *docState) opensSentenceAt(si, t int) bool {
	toks := st.tokens[si]
	for k := 0; k < t; k++ {
		if text.IsPunct(toks[k].Text) {
			continue
		}
		// A list's number: "4. Questioning Vindman's judgment".
		if k == 0 && k+1 < t && listNumber(toks) {
			continue
		}
		return false
	}
	return true
}

// listNumber reports whether a sentence opens with a list's number: digits
// and a full stop or a closing bracket ("4. Questioning …", "2) Never …").
func listNumber(toks []text.Token) bool {
	return len(toks) > 1 && allDigits(toks[0].Text) && (toks[1].Text == "." || toks[1].Text == ")")
}

// comesBefore reports whether token t of sentence si comes before position p
// (sentence, token).
func comesBefore(si, t int, p [2]int) bool {
	return si < p[0] || si == p[0] && t < p[1]
}

// maxBracketedName is the most tokens bracketedNames reads between the
// wire's angle brackets.
const maxBracketedName = 12

// bracketedNames reads the wire's angle brackets around the name of a
// company that is not listed on an exchange ("<Metal Traders Australasia
// Ltd> said", "talks with <Asturiana de Zinc>"): what they enclose is one
// company's name, whatever parts of it the tagger read as names and of
// which types (it often leaves the legal form out, or reads "Asturiana
// de Zinc" as a person). A bracket pair encloses a name when its first
// word is capitalised and every other word is capitalised, a number, a
// particle of names, "and", "&" or punctuation within a name (". , '",
// a hyphen); the stock codes in brackets ("<ARV>") are gone before
// (text.DropTickers), and a short one it leaves ("<T.N>", all capitals)
// is no name. Title-case headlines are left as they are.
// The mentions inside give way to one organisation mention of the whole,
// read through the gazetteer first (typedPart).
func (st *docState) bracketedNames() {
	var add []mention
	var spans [][3]int // sentence, first and end token of each name
	for si, toks := range st.tokens {
		if headlineLike(toks) {
			continue // a title-case headline writes stock codes in title case too ("<Scti>")
		}
		for i := 0; i < len(toks); i++ {
			if toks[i].Text != "<" {
				continue
			}
			j := i + 1
			for j < len(toks) && j <= i+maxBracketedName && toks[j].Text != ">" && nameWordInBrackets(toks, j) {
				j++
			}
			if j >= len(toks) || toks[j].Text != ">" || j < i+2 || !text.IsNameStart(toks[i+1].Text) || text.IsLower(toks[i+1].Text) {
				continue
			}
			if inner := st.text[toks[i+1].Span.Start:toks[j-1].Span.End]; len(inner) <= 8 && strings.ToUpper(inner) == inner {
				continue // a stock code the tickers' reader does not know ("<T.N>", "<PHAB ST>")
			}
			m, ok := st.typedPart(si, i+1, j, "ORG", false)
			if !ok {
				continue
			}
			if !m.known {
				m.kind = KindOrg
			}
			add = append(add, m)
			spans = append(spans, [3]int{si, i + 1, j})
			if st.bracketed == nil {
				st.bracketed = map[string]bool{}
			}
			st.bracketed[m.name] = true
			i = j
		}
	}
	if len(add) == 0 {
		return
	}
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		return slices.ContainsFunc(spans, func(s [3]int) bool { return m.sent == s[0] && m.t0 < s[2] && m.t1 > s[1] })
	})
	st.mentions = append(st.mentions, add...)
	st.sortMentions()
}

// nameWordInBrackets reports whether token j may stand inside a
// company's name between the wire's angle brackets (bracketedNames); a
// dash with spaces around it separates two names ("<BNL - Banca
// Nazionale del Lavoro>").
func nameWordInBrackets(toks []text.Token, j int) bool {
	w := toks[j].Text
	switch {
	case w == "-":
		return toks[j-1].Span.End == toks[j].Span.Start && j+1 < len(toks) && toks[j].Span.End == toks[j+1].Span.Start
	case w == "." || w == "," || w == "'" || w == "&" || w == "'s" || isAnd(w):
		return true
	case nameParticles[strings.ToLower(w)]:
		return true
	case strings.Trim(w, "0123456789") == "":
		return true
	}
	return text.IsNameStart(w) && !text.IsLower(w)
}

// orgHeadsAfter lengthens a name by the head words of organisations'
// names and legal forms that follow it untagged: the tagger reads
// "Sainsbury Plc" as "[Sainsbury] Plc", "Blackburn Rovers" as "[Blackburn]
// Rovers", a name before a word it knows in lower case. The words after
// a name that the gazetteer does not know and the tagger did not read as
// a person's, up to the first that is no capitalised head word
// (cue.Table.OrgWord: Securities, Breweries, Group, Bank) or legal form,
// join it, and the whole is an organisation.
func (st *docState) orgHeadsAfter() {
	cues := cue.Default()
	changed := false
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.via != ViaName || m.kind == KindPerson {
			continue
		}
		toks := st.tokens[m.sent]
		t := m.t1
		for t < len(toks) && text.IsNameStart(toks[t].Text) && !text.IsLower(toks[t].Text) &&
			(cues.OrgWord(toks[t].Text) || cues.LegalForm(toks[t].Text)) && !st.mentionAt(m.sent, t) {
			t++
		}
		if t == m.t1 || headlineLike(toks) {
			continue
		}
		p, ok := st.typedPart(m.sent, m.t0, t, "ORG", false)
		if !ok || p.known || p.place {
			continue
		}
		p.kind = KindOrg
		*m = p
		changed = true
	}
	if changed {
		st.sortMentions()
		st.mentions = slices.CompactFunc(st.mentions, func(a, b mention) bool { return a.sent == b.sent && a.t0 == b.t0 && a.t1 == b.t1 })
	}
}

// knownCompanyTails reads the capitalised words and legal form the
// tagger left after a gazetteer organisation's mention: one to three
// capitalised words that are no other name and no given name, the last a
// legal form, or "Group" or "Holdings" ("Apple Computer Inc" where only
// "Apple" matched; "the G7 Group" is the G7, but "The Telegraph Group",
// after a news outlet, and "Congress Financial Group", with words
// between, are companies of their own). After a
// company or a bank of the gazetteer they are the same company under its
// longer name, and the mention takes them in, so that no stray "Computer
// Inc" stands between the company and its verb. After any other
// organisation (an agency, an outlet, a party) the whole is another
// body, a company named like it ("SIS Corp" is no intelligence service,
// "AFP Imaging Corp" no news agency): the mention becomes that company,
// unknown to the gazetteer. A mention glued to a word before it by a
// hyphen ("United-Guardian Inc") is a company of its own, too.
func (st *docState) knownCompanyTails() {
	cues := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if !m.known || m.place || m.kind != KindOrg || m.via != ViaName {
			continue
		}
		toks := st.tokens[m.sent]
		end := -1
		for t := m.t1; t < len(toks) && t < m.t1+3; t++ {
			w := toks[t].Text
			if !text.IsNameStart(w) || text.IsLower(w) || text.IsPossessive(w) || st.mentionAt(m.sent, t) || st.e.lex.IsGivenName(w) {
				break
			}
			if groupHeads[w] {
				end = t + 1 // a legal form may follow: "Reuters Holdings Plc"
				continue
			}
			if cues.LegalForm(w) {
				if t+1 < len(toks) && toks[t+1].Text == "-" && toks[t+1].Span.Start == toks[t].Span.End {
					break // "Co-Chairman": no legal form
				}
				end = t + 1
				break
			}
		}
		if end < 0 || headlineLike(toks) {
			continue
		}
		t1 := m.t1
		m.t1 = end
		m.span.End = toks[end-1].Span.End
		m.surface = st.text[m.span.Start:m.span.End]
		glued := m.t0 > 0 && toks[m.t0-1].Text == "-" && toks[m.t0-1].Span.End == toks[m.t0].Span.Start
		e, _ := st.e.lex.Org(m.name)
		onlyGroup := end-1 == t1 && groupHeads[toks[t1].Text] // "Group" right after the name
		if (e.Category == "company" || e.Category == "financial institution" || onlyGroup && e.Category != "media") && !glued {
			continue // "Gazprom Group", "the G7 Group": the same body; "The Telegraph Group" owns the paper
		}
		if glued {
			m.t0 -= 2
			m.span.Start = toks[m.t0].Span.Start
			m.surface = st.text[m.span.Start:m.span.End]
		}
		// "The Telegraph Group" is the Telegraph Group: the article
		// belongs to the outlet's name, not to the company's.
		m.name, m.known, m.affil = cleanName(strings.TrimPrefix(m.surface, "The ")), false, ""
	}
}

// groupHeads are the words that end a company's name like a legal form
// after the name of a body it owns or is named after ("The Telegraph
// Group", "The Guardian Media Group", "Reuters Holdings").
var groupHeads = map[string]bool{"Group": true, "Holdings": true}

// bracketedPlaceNames makes one company of a name with a place in
// brackets, or after "of", before its legal form, as companies name their
// national subsidiaries: "Nikko Securities Co (Europe) Ltd", "Sony (U.K.)
// Ltd", "Sigma Mines (Quebec) Ltd", "General Motors of Canada Ltd". The tagger reads the name before the
// brackets, and the place inside them, apart (Sony (U.K.) Ltd was the
// United Kingdom). The brackets hold one to three capitalised words
// (bracketedPlaceAt); the name before them is a mention that is no
// person's or state's, or up to four capitalised words. The whole is an
// organisation of its own, unknown to the gazetteer.
func (st *docState) bracketedPlaceNames() {
	cues := cue.Default()
	var add []mention
	for si, toks := range st.tokens {
		if headlineLike(toks) {
			continue
		}
		for p := 1; p+2 < len(toks); p++ {
			end := bracketedPlaceAt(toks, p, cues)
			if end < 0 {
				// After "of" only a state or place the document reads as
				// one ("of Canada Ltd", not "of Holiday Inns Inc").
				if end = ofPlaceAt(toks, p, cues); end >= 0 && !st.placeAt(si, p+1) {
					end = -1
				}
			}
			if end < 0 {
				continue
			}
			start := p
			if i := st.mentionEndingAt(si, p); i >= 0 {
				if m := st.mentions[i]; m.kind != KindPerson && m.kind != KindState && !m.place {
					start = m.t0
				}
			} else {
				for start > 0 && p-start < 4 && !st.mentionAt(si, start-1) && text.IsNameStart(toks[start-1].Text) && !text.IsLower(toks[start-1].Text) {
					start--
				}
			}
			if start == p {
				continue
			}
			add = append(add, st.orgMention(si, start, end, ""))
			p = end - 1
		}
	}
	st.replaceMentions(add)
}

// replaceMentions puts the new organisations add in the place of the
// mentions they overlap.
func (st *docState) replaceMentions(add []mention) {
	if len(add) == 0 {
		return
	}
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		for _, a := range add {
			if m.sent == a.sent && m.t0 < a.t1 && a.t0 < m.t1 {
				return true
			}
		}
		return false
	})
	st.mentions = append(st.mentions, add...)
	st.sortMentions()
}

// orgMention returns an organisation mention of the tokens [t0, t1) of
// sentence si, named name ("" for its own words, cleaned).
func (st *docState) orgMention(si, t0, t1 int, name string) mention {
	toks := st.tokens[si]
	span := text.Span{Start: toks[t0].Span.Start, End: toks[t1-1].Span.End}
	surface := st.text[span.Start:span.End]
	if name == "" {
		name = cleanName(surface)
	}
	return mention{sent: si, t0: t0, t1: t1, span: span, surface: surface, name: name, kind: KindOrg, via: ViaName, actorIndex: -1}
}

// bracketedPlaceAt returns the end of "(Europe) Ltd", "(U.K.) Ltd" when
// token p opens it (one to three capitalised words in brackets, then one
// or more legal forms), or -1.
func bracketedPlaceAt(toks []text.Token, p int, cues *cue.Table) int {
	if p >= len(toks) || toks[p].Text != "(" {
		return -1
	}
	q := p + 1
	for q < len(toks) && q <= p+5 && toks[q].Text != ")" {
		w := toks[q].Text
		glued := w == "." && q > p+1 && toks[q-1].Span.End == toks[q].Span.Start // "U.K" "."
		if !glued && (!text.IsNameStart(w) || text.IsLower(w)) {
			return -1
		}
		q++
	}
	if q == p+1 || q >= len(toks)-1 || toks[q].Text != ")" || !cues.LegalForm(toks[q+1].Text) {
		return -1
	}
	end := q + 2
	for end < len(toks) && cues.LegalForm(toks[end].Text) {
		end++
	}
	return end
}

// ofPlaceAt returns the end of "of Canada Ltd", "of New York Inc" when
// token p is the "of" (one to three capitalised words, then one or more
// legal forms: "General Motors of Canada Ltd", "Aluminum Co of Canada
// Ltd"), or -1.
func ofPlaceAt(toks []text.Token, p int, cues *cue.Table) int {
	if p >= len(toks) || toks[p].Text != "of" {
		return -1
	}
	q := p + 1
	for q < len(toks) && q <= p+3 {
		w := toks[q].Text
		if cues.LegalForm(w) || !text.IsNameStart(w) || text.IsLower(w) {
			break
		}
		q++
	}
	if q == p+1 || q >= len(toks) || !cues.LegalForm(toks[q].Text) {
		return -1
	}
	end := q + 1
	for end < len(toks) && cues.LegalForm(toks[end].Text) {
		end++
	}
	return end
}

// placeAt reports whether a mention of a state or a place starts at
// token t of sentence si.
func (st *docState) placeAt(si, t int) bool {
	return slices.ContainsFunc(st.mentions, func(m mention) bool {
		return m.sent == si && m.t0 == t && (m.place || m.kind == KindState)
	})
}

// mentionEndingAt returns the index of the mention of sentence si that
// ends right before token t, or -1.
func (st *docState) mentionEndingAt(si, t int) int {
	for i, m := range st.mentions {
		if m.sent == si && m.t1 == t {
			return i
		}
	}
	return -1
}

// demonymOrgNames makes one organisation of a demonym the tagger left
// alone at the start of a company's or body's name: "Turkish Sugar
// Factories", "Great American First Savings Bank", where "Turkish" and
// "American" were the states. One to four capitalised words follow the
// demonym, no other mention among them, the last a word that heads
// organisations' names or a legal form; capitalised words right before
// the demonym that are no mention belong to the name too ("Great").
func (st *docState) demonymOrgNames() {
	cues := cue.Default()
	var add []mention
	for _, m := range st.mentions {
		if m.kind != KindState || m.via != ViaDemonym {
			continue
		}
		toks := st.tokens[m.sent]
		if headlineLike(toks) {
			continue
		}
		end := -1
		for t := m.t1; t < len(toks) && t < m.t1+4; t++ {
			w := toks[t].Text
			if !text.IsNameStart(w) || text.IsLower(w) || text.IsPossessive(w) || st.mentionAt(m.sent, t) {
				break
			}
			if cues.OrgWord(w) || cues.LegalForm(w) {
				end = t + 1
			}
		}
		if end < 0 || end < len(toks) && text.IsNameStart(toks[end].Text) && !text.IsLower(toks[end].Text) {
			continue // "Indonesian Energy Minister": the name goes on
		}
		if stateBodyName(toks[m.t1:end]) {
			continue // "the German Finance Ministry" speaks for the state
		}
		start := m.t0
		for start > 0 && m.t0-start < 2 && !st.mentionAt(m.sent, start-1) && text.IsNameStart(toks[start-1].Text) &&
			!text.IsLower(toks[start-1].Text) && !st.initialPosition(m.sent, start-1) {
			start--
		}
		add = append(add, st.orgMention(m.sent, start, end, ""))
	}
	st.replaceMentions(add)
}

// stateBodyName reports whether the words after a demonym name a body of
// the state's government ("Finance Ministry", "Parliament", "Central
// Bank"), which the statement finder gives the state (the body level).
func stateBodyName(words []text.Token) bool {
	last := strings.ToLower(words[len(words)-1].Text)
	switch last {
	case "ministry", "parliament", "government", "cabinet", "department", "office", "administration", "embassy",
		"army", "navy", "police", "assembly", "senate", "congress", "treasury":
		return true
	case "bank":
		if len(words) >= 2 {
			switch strings.ToLower(words[len(words)-2].Text) {
			case "central", "reserve", "national", "state":
				return true
			}
		}
	}
	return false
}

// mentionAt reports whether token t of sentence si is inside a mention.
func (st *docState) mentionAt(si, t int) bool {
	return slices.ContainsFunc(st.mentions, func(m mention) bool { return m.sent == si && m.t0 <= t && t < m.t1 })
}

// sortMentions puts the document's mentions in text order (by sentence,
// then by first token), keeping the order of mentions that start
// together.
func (st *docState) sortMentions() {
	slices.SortStableFunc(st.mentions, func(a, b mention) int {
		if a.sent != b.sent {
			return a.sent - b.sent
		}
		return a.t0 - b.t0
	})
}
