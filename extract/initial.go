package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// dropSentenceStartWords drops the one-word names that are only common
// words capitalised because they open a sentence ("Lots of fans",
// "Honestly, ..."). Such a word is not in the gazetteer, nor on its lists
// of given names and of family names written first ("Park said ..."); it
// reads as a common word rather than a name by the word clusters
// (ner.Model.SentenceStartWord: "Arsenal", "Shell" read as names), is a
// connective that opens sentences ("Moreover", "Furthermore", which the
// clusters' news writes too rarely in lower case to know) or an adverb
// that does (openingAdverbs: "Never"), or reads as
// a common noun in the plural ("Tensions have risen", "Bankers said"); no
// other name of the document holds it, no capitalised word follows it
// (with or without "and" between), and the document never writes it with
// a capital elsewhere than at the start of a sentence or in its headline.
//
// A word that labels two rows or more of a table of figures (rowLabel:
// "Oper shr …", "Oper net …") and no longer name holds is no name
// anywhere in the document: not in its headline ("4Th Qtr Oper Net") nor
// in a note below the table ("Note: Oper excludes …").
func (st *docState) dropSentenceStartWords() {
	rows := map[string]int{}
	for _, m := range st.mentions {
		if m.t1-m.t0 == 1 && !m.known && m.via == ViaName && st.opensSentence(m) && st.rowLabel(m) {
			rows[m.surface]++
		}
	}
	for _, m := range st.mentions {
		if len(rows) == 0 {
			break
		}
		if m.t1-m.t0 > 1 {
			for _, t := range st.tokens[m.sent][m.t0:m.t1] {
				delete(rows, t.Text) // "Bank" of "Bank fuer Gemeinwirtschaft AG"
			}
		}
	}
	drop := func(m mention) bool {
		if m.t1-m.t0 == 1 && !m.known && m.via == ViaName && rows[m.surface] >= 2 {
			return true
		}
		if m.t1-m.t0 != 1 || m.known || m.place || m.via != ViaName || !st.opensSentence(m) && !st.afterColonLabel(m) {
			return false
		}
		w := m.surface
		if toks := st.tokens[m.sent]; m.t1+1 < len(toks) && (capitalWord(toks[m.t1].Text) ||
			(isAnd(toks[m.t1].Text) || allDigits(toks[m.t1].Text)) && capitalWord(toks[m.t1+1].Text)) {
			// "House Speaker Jim Wright", "House and Senate negotiators",
			// "Spectrum 2000 Inc"; not "Benchmark 10-year notes"
			return false
		}
		if !st.startWord(w) && !st.pluralCommonNoun(w) && !openingConnectives[w] && !openingAdverbs[w] && !st.rowLabel(m) && !st.colonLabel(m) ||
			len(st.e.lex.Lookup(w)) > 0 || st.e.lex.IsGivenName(w) || st.e.lex.IsFamilyFirst(w) {
			return false
		}
		for _, o := range st.mentions {
			if o.t1-o.t0 > 1 && slices.ContainsFunc(st.tokens[o.sent][o.t0:o.t1], func(t text.Token) bool { return t.Text == w }) {
				return false // a word of another name ("Cable" of "Cable and Wireless Plc")
			}
		}
		return !st.capitalisedInside(w, nil)
	}
	st.mentions = slices.DeleteFunc(st.mentions, drop)
}

// openingAdverbs are adverbs of frequency, degree and time that open a
// sentence or a list's item ("2. Never urged Ukraine to …", "Only
// later …"), which the word clusters do not all read as common words.
var openingAdverbs = map[string]bool{"Never": true, "Always": true, "Often": true, "Sometimes": true, "Rarely": true,
	"Seldom": true, "Only": true, "Even": true, "Perhaps": true, "Maybe": true, "Once": true, "Again": true,
	"Almost": true, "Nearly": true, "Soon": true, "Already": true, "Together": true, "Finally": true}

// dropNumberedNouns drops the one-word names that are a common noun
// numbering a thing, and such a noun read with its number as a name: the
// word, one the news also writes in lower case, stands right before a
// whole number of one to three digits that a lower-case word or the
// sentence's end follows ("the Phase 1 trade deal", "Article 5 of the
// treaty", "Chapter 11 protection"). Not a name before an amount ("cost
// Chemical 21 mln dlrs", "Labour 37 pct"), a year ("Transport 2000
// said"), a minute of play ("(Mills 83)") or a capital ("Spectrum 2000
// Inc"), nor a station ("Radio 1") or a body that speaks ("the union's
// Local 222 said").
func (st *docState) dropNumberedNouns() {
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		if m.known || m.place || m.via != ViaName {
			return false
		}
		toks := st.tokens[m.sent]
		num := m.t1 // the number: after a one-word name, or the second word of the name ("Phase 1")
		switch {
		case m.t1-m.t0 == 2 && allDigits(toks[m.t0+1].Text):
			num = m.t0 + 1
		case m.t1-m.t0 != 1:
			return false
		}
		if num+1 >= len(toks) || !allDigits(toks[num].Text) || len(toks[num].Text) > 3 {
			return false
		}
		if next := toks[num+1].Text; next != "." && (!text.IsLower(next) || amountWords[next] || st.speaksAfter(m.sent, num+1)) {
			return false
		}
		w := toks[m.t0].Text
		return !stationWords[strings.ToLower(w)] && st.e.model.WrittenInLowerCase(w) && !st.e.lex.IsGivenName(w) && len(st.e.lex.Lookup(w)) == 0
	})
}

// amountWords are the units and words of amounts that follow a number
// after a name that owns, earns or polls it ("Labour 37 pct").
var amountWords = map[string]bool{"pct": true, "percent": true, "per": true, "%": true, "mln": true, "million": true,
	"bln": true, "billion": true, "dlrs": true, "dlr": true, "stg": true, "cts": true, "points": true, "pts": true,
	"seats": true, "votes": true, "shares": true, "tonnes": true, "tons": true, "yen": true, "marks": true}

// capitalWord reports whether w is a word that starts with a capital
// letter (not a number: "10-year").
func capitalWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// colonLabel reports whether mention m, one word opening its sentence in
// the body, is the label of what follows its colon, a common noun the
// news also writes in lower case ("(Graphic: Emerging markets in 2019)",
// "Photo: …", "Analysis: …").
func (st *docState) colonLabel(m mention) bool {
	toks := st.tokens[m.sent]
	return m.t1 < len(toks) && toks[m.t1].Text == ":" && st.sentences[m.sent].Start >= st.titleEnd && st.e.model.WrittenInLowerCase(m.surface)
}

// afterColonLabel reports whether mention m opens the clause after a
// one-word label and its colon that open the sentence ("(Graphic:
// Emerging markets in 2019)").
func (st *docState) afterColonLabel(m mention) bool {
	toks := st.tokens[m.sent]
	return m.t0 >= 2 && toks[m.t0-1].Text == ":" && st.opensSentenceAt(m.sent, m.t0-2)
}

// rowLabel reports whether mention m, one word opening its sentence, is
// the abbreviated label of a row of a wire's table of figures ("Qtr ended
// Dec 31", "Oper shr 12 cts", "Qtly div"): a word of four letters at most
// in title case (not an acronym: "GM gained two") that the news also
// writes in lower case, in a line of at most twelve tokens that holds a
// number. (Longer words are names as often: "Orange 25 pct", "Shell 1.2
// mln".)
func (st *docState) rowLabel(m mention) bool {
	toks := st.tokens[m.sent]
	if len(toks) > 12 || len(m.surface) > 4 || strings.ToUpper(m.surface) == m.surface || !st.e.model.WrittenInLowerCase(m.surface) {
		return false
	}
	return slices.ContainsFunc(toks[m.t1:], func(t text.Token) bool { return t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9' })
}

// pluralCommonNoun reports whether w reads as a common noun in the plural:
// the news writes it and its singular in lower case ("Tensions",
// "Bankers", "Employers").
func (st *docState) pluralCommonNoun(w string) bool {
	sing, ok := strings.CutSuffix(w, "s")
	return ok && len(sing) >= 3 && !strings.HasSuffix(sing, "s") && st.e.model.WrittenInLowerCase(w) && st.e.model.WrittenInLowerCase(sing)
}

// opensSentence reports whether mention m is the first word of its
// sentence, after any quotation marks, brackets or dashes.
func (st *docState) opensSentence(m mention) bool {
	return st.opensSentenceAt(m.sent, m.t0)
}

// capitalisedInside reports whether the word w stands in the document's
// body with a capital somewhere other than at the start of a sentence,
// and, when skip is not nil, at no token (sentence, index) skip leaves
// out.
func (st *docState) capitalisedInside(w string, skip func(si, k int) bool) bool {
	for si, toks := range st.tokens {
		if st.sentences[si].Start < st.titleEnd {
			continue // a headline capitalises every word
		}
		// first: the token opens the sentence, or the clause after a
		// colon ("(Graphic: Emerging markets in 2019)"), where any word
		// may be capitalised.
		first := true
		for k, t := range toks {
			if first && (text.IsPunct(t.Text) || k == 0 && listNumber(toks)) {
				continue // also a list's number: "3. Never did …"
			}
			if !first && t.Text == w && (skip == nil || !skip(si, k)) {
				return true
			}
			first = t.Text == ":"
		}
	}
	return false
}

// trimSentenceStartWords cuts off the common word that opens a sentence
// or a headline written in sentence case from a two-word name whose second
// word is the surname of a person the document names in full
// ("Unpredictable Sondland faces questions …" after "Gordon Sondland",
// "Questioning Vindman's judgment" after "Alexander Vindman"), or a
// surname the gazetteer knows ("Referencing Trump's description"): the tagger
// read the capitalised first word as a given name. The word must read as a
// common word (startWord), be no given name, no title and no gazetteer
// name.
func (st *docState) trimSentenceStartWords() {
	var surnames map[string]bool
	for i, m := range st.mentions {
		if m.t1-m.t0 != 2 || m.kind != KindPerson || m.known || m.place || m.via != ViaName || !st.opensSentence(m) {
			continue
		}
		toks := st.tokens[m.sent]
		w := toks[m.t0].Text
		if !st.startWord(w) || st.e.lex.IsGivenName(w) || len(st.e.lex.Lookup(w)) > 0 {
			continue
		}
		if n, _, ok := st.e.lex.TitleAt(st.text, toks[m.t0:m.t0+1]); ok && n > 0 {
			continue
		}
		if surnames == nil {
			surnames = st.fullNameSurnames()
		}
		if !surnames[toks[m.t0+1].Text] && !slices.ContainsFunc(st.e.lex.Lookup(toks[m.t0+1].Text), func(e lexicon.Entry) bool { return e.Kind == KindPerson }) {
			continue
		}
		if p, ok := st.typedPart(m.sent, m.t0+1, m.t1, "PER", m.titled); ok {
			p.kind = KindPerson
			st.mentions[i] = p
		}
	}
}

// trimOrgStartWords cuts off the word that opens a sentence from a name
// of an organisation or a person when the word is no part of it and the
// rest is a name the document writes elsewhere, or one the gazetteer
// knows: "Aiding Royal Trust's foreign growth are …" after "Royal Trust",
// "Unlike Amro, …", "An Alcoa spokesman said", "Rapper Eminem has …".
// The tagger read the capitalised word as the name's first. The word is
// a function word (openingFunctionWords) or a participle that the news
// writes in lower case, before the opening words of another mention's
// name; or a role noun of one person before a name the document writes
// whole elsewhere. It must be no given name, no title and no gazetteer
// name, and stand nowhere else in the body with a capital ("All Nippon
// Airways" written again inside a sentence keeps its "All"); a rest of
// one word must be no common word, and no rest a state or a place ("All
// Taiwan" is left to the tagger).
func (st *docState) trimOrgStartWords() {
	for i, m := range st.mentions {
		if m.t1-m.t0 < 2 || m.kind != KindOrg && m.kind != KindPerson || m.known || m.place || m.via != ViaName || !st.opensSentence(m) {
			continue
		}
		toks := st.tokens[m.sent]
		w := toks[m.t0].Text
		prefix := openingFunctionWords[strings.ToLower(w)] ||
			len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && st.e.model.WrittenInLowerCase(w)
		role := !prefix && cue.Default().PersonRole(w)
		if !prefix && !role || !upperWord(toks[m.t0+1].Text) || st.e.lex.IsGivenName(w) || len(st.e.lex.Lookup(w)) > 0 {
			continue
		}
		if n, _, ok := st.e.lex.TitleAt(st.text, toks[m.t0:m.t0+1]); ok && n > 0 {
			continue
		}
		// A one-word rest must be a name, not a common word.
		if m.t1-m.t0 == 2 && st.e.model.WrittenInLowerCase(toks[m.t0+1].Text) {
			continue
		}
		if st.capitalisedInside(w, nil) || !st.restNamed(i, toks[m.t0+1:m.t1], prefix) {
			continue
		}
		typ := "ORG"
		if m.kind == KindPerson {
			typ = "PER"
		}
		if p, ok := st.typedPart(m.sent, m.t0+1, m.t1, typ, m.titled); ok {
			p.kind = m.kind
			st.mentions[i] = p
		}
	}
}

// openingFunctionWords are the determiners, prepositions and conjunctions
// that open sentences, and an organisation's name only rarely ("All
// Nippon Airways", which the body writes with its capital inside a
// sentence too, or never without it) (trimOrgStartWords).
var openingFunctionWords = map[string]bool{"a": true, "an": true, "all": true, "any": true, "both": true,
	"each": true, "every": true, "some": true, "most": true, "no": true, "unlike": true, "like": true,
	"although": true, "though": true, "while": true, "whereas": true, "because": true, "since": true,
	"unless": true, "if": true, "which": true, "whose": true, "whether": true, "when": true, "where": true,
	"this": true, "that": true, "these": true, "those": true, "such": true, "another": true, "neither": true,
	"either": true, "despite": true, "besides": true, "amid": true, "among": true, "against": true,
	"without": true, "with": true, "from": true, "for": true, "by": true, "to": true, "at": true, "as": true,
	"after": true, "before": true, "during": true, "until": true, "than": true}

// restNamed reports whether the words rest are the whole name of another
// mention than mention skip (with prefix, also the opening words of one),
// or a name the gazetteer knows as an organisation's, and no state's or
// place's (trimOrgStartWords).
func (st *docState) restNamed(skip int, rest []text.Token, prefix bool) bool {
	entries := st.e.lex.Lookup(joinTexts(rest))
	if slices.ContainsFunc(entries, func(e lexicon.Entry) bool { return e.Kind == KindState || e.Kind == KindUnknown || e.Via == ViaSeat }) {
		return false
	}
	if slices.ContainsFunc(entries, func(e lexicon.Entry) bool { return e.Kind == KindOrg }) {
		return true
	}
	named := false
	for j, o := range st.mentions {
		if j == skip || o.t1-o.t0 < len(rest) || !prefix && o.t1-o.t0 != len(rest) {
			continue
		}
		ot := st.tokens[o.sent][o.t0 : o.t0+len(rest)]
		if !slices.EqualFunc(ot, rest, func(a, b text.Token) bool { return a.Text == b.Text }) {
			continue
		}
		if o.place || o.kind == KindState {
			return false
		}
		named = named || o.via == ViaName
	}
	return named
}

// startWord reports whether w, opening a sentence, reads as a common
// word: one of the tagger's clusters of common words
// (ner.Model.SentenceStartWord), or a participle or an adverb in -ly that
// the news writes in lower case or too seldom for the clusters to hold it
// capitalised ("Referencing Trump's description", "Citing",
// "Regretfully, it is not"; not "Fleming" or "Connelly", names the news
// writes capitalised).
func (st *docState) startWord(w string) bool {
	return st.e.model.SentenceStartWord(w) ||
		len(w) > 6 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")) &&
			(st.e.model.WrittenInLowerCase(w) || !st.e.model.ClusterWord(w))
}

// fullNameSurnames returns the last words of the names of two words or
// more that the tagger read as people's in the document, but for those
// that open a sentence with a common word (the names to trim).
func (st *docState) fullNameSurnames() map[string]bool {
	out := map[string]bool{}
	for _, m := range st.mentions {
		if m.kind != KindPerson || m.t1-m.t0 < 2 {
			continue
		}
		toks := st.tokens[m.sent]
		if st.opensSentence(m) && st.startWord(toks[m.t0].Text) && !st.e.lex.IsGivenName(toks[m.t0].Text) {
			continue
		}
		out[toks[m.t1-1].Text] = true
	}
	return out
}

// dropDayNumbers drops the one-word names that are a day of a date
// written in words after its month, as wire copy writes some days
// ("expire April Nine", "payable May One"): the capital marks no name.
func (st *docState) dropDayNumbers() {
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		if m.t1-m.t0 != 1 || m.known || m.via != ViaName || m.t0 == 0 || !dayWords[strings.ToLower(m.surface)] {
			return false
		}
		return text.IsMonth(st.tokens[m.sent][m.t0-1].Text)
	})
}

// dayWords are the numbers of the days of a month written as one word.
var dayWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
	"twenty": true, "thirty": true, "first": true, "second": true, "third": true}

// dropHolidays drops the names of holidays and festivals that the tagger
// read as names of actors ("before Christmas", "by Easter", "during
// Ramadan", "the Christmas and New Year period"): a day or a season, no
// one who acts. A name the gazetteer knows or that is longer ("Christmas
// Island", "Easter Island") is left alone.
func (st *docState) dropHolidays() {
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		if m.known || m.via != ViaName {
			return false
		}
		if holidayNames[m.surface] {
			return true
		}
		a, b, ok := strings.Cut(m.surface, " and ")
		return ok && holidayNames[a] && holidayNames[b]
	})
}

// holidayNames are the names news gives holidays, festivals and feast
// days, religious and civic, as written (written from general knowledge,
// December 2026).
var holidayNames = map[string]bool{"Christmas": true, "Christmas Eve": true, "Christmas Day": true, "Boxing Day": true,
	"New Year": true, "New Year's Day": true, "New Year's Eve": true, "Hogmanay": true, "Easter": true,
	"Easter Sunday": true, "Easter Monday": true, "Good Friday": true, "Lent": true, "Advent": true, "Whitsun": true,
	"Pentecost": true, "Ramadan": true, "Eid": true, "Eid al-Fitr": true, "Eid al-Adha": true, "Diwali": true,
	"Holi": true, "Hanukkah": true, "Passover": true, "Yom Kippur": true, "Rosh Hashanah": true, "Nowruz": true,
	"Chinese New Year": true, "Lunar New Year": true, "Thanksgiving": true, "Halloween": true, "Kwanzaa": true,
	"Valentine's Day": true, "St Valentine's Day": true, "Mother's Day": true, "Father's Day": true,
	"St Patrick's Day": true, "Labor Day": true, "Labour Day": true, "Memorial Day": true, "Independence Day": true,
	"Bastille Day": true, "Remembrance Day": true, "Remembrance Sunday": true, "Armistice Day": true,
	"Veterans Day": true, "Bonfire Night": true, "Guy Fawkes Night": true}
