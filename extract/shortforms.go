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

// checkGazetteer keeps a bare surname from meaning a gazetteer person the
// document speaks against. The gazetteer lists a surname alias for people
// whose surname is distinctive in world news ("McConnell" for Mitch
// McConnell), but an archive about someone else with that surname (a
// Scottish First Minister) would be read as the famous person throughout.
// The surname keeps its gazetteer meaning unless the document disagrees:
// a title of another role stands before it ("First Minister McConnell" is
// no legislator; a cleric's rank is no role, "Hojatoleslam Rafsanjani"), the document names another person with that surname in
// full or a company whose name opens with it ("Raab Karcher AG"), or it
// names states but neither the person's own nor a party, body or person
// of it. Then the mention
// becomes a plain surname, and the gazetteer name travels as a hint to the
// corpus-level resolution (Actor.HintKey), which joins it to the gazetteer
// person only where the corpus's co-mentions agree.
func (st *docState) checkGazetteer() {
	st.acronymsOfCompanies()
	st.acronymsOfNamedBodies()
	st.placesOfCompanies()
	st.surnamesOfPeopleNamed()
	for i := range st.mentions {
		m := &st.mentions[i]
		if !m.known || m.kind != KindPerson || m.via != ViaName || m.t1-m.t0 != 1 && !surnameOf(m.name, m.surface) {
			continue // one word, or a surname of several ("De Croo", "al-Assad")
		}
		if _, full := text.FirstField(m.name); !full || lexicon.NameKey(m.surface) == lexicon.NameKey(m.name) {
			continue // the canonical name itself, or a one-word name
		}
		p, ok := st.e.lex.Person(m.name)
		if !ok || p.Category == "user" {
			continue // alias-file entries are the analyst's decision
		}
		if !st.personDisagrees(i, p) {
			continue
		}
		m.hint = m.name
		m.name, m.known, m.affil = cleanName(m.surface), false, ""
	}
}

// titledSurnames gives a surname that a title of office stands before
// ("President Bush", "Chancellor Schroeder", "Foreign Secretary Straw")
// the gazetteer person it names, when the gazetteer lists no surname
// alias for it (not distinctive in world news: "Bush", "Clinton",
// "Straw") and the title makes it one person: of the people whose full
// name ends in the surname, exactly one has the role the title names
// (lexicon.Title.Names). An honorific ("Mr Bush") names no role; a
// document that names another person with the surname in full ("Jeb
// Bush") keeps the surname to itself; and in a document dated before the
// years the people list covers the title says nothing of them.
func (st *docState) titledSurnames() {
	if !st.day.IsZero() && st.day.Year() < gazetteerPeopleFrom {
		return
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.kind != KindPerson || m.t1-m.t0 != 1 || m.via != ViaName || m.hint != "" {
			continue
		}
		t, phrase, ok := st.officeBefore(m)
		if !ok || t.Category == "honorific" {
			continue
		}
		var found lexicon.Entry
		n := 0
		for _, p := range st.e.lex.PeopleNamed(m.surface) {
			if t.Names(p.Category, phrase) {
				found, n = p, n+1
			}
		}
		if n != 1 || st.namesAnother(m.surface, found.Name) {
			continue
		}
		m.name, m.known, m.affil = found.Name, true, found.Affiliation
	}
}

// officeBefore returns the title that ends right before mention m (the
// one that starts first, up to four tokens back), and its phrase as
// written with its words folded to lower case.
func (st *docState) officeBefore(m *mention) (lexicon.Title, string, bool) {
	toks := st.tokens[m.sent]
	for k := max(0, m.t0-4); k < m.t0; k++ {
		if n, t, ok := st.e.lex.TitleAt(st.text, toks[k:m.t0]); ok && k+n == m.t0 {
			return t, strings.ToLower(st.text[toks[k].Span.Start:toks[m.t0-1].Span.End]), true
		}
	}
	return lexicon.Title{}, "", false
}

// namesAnother reports whether the document names a person other than
// full in full with surname as the last word ("Jeb Bush" beside "George
// W. Bush").
func (st *docState) namesAnother(surname, full string) bool {
	sk := " " + lexicon.NameKey(surname)
	for _, o := range st.mentions {
		if o.kind == KindPerson && o.t1-o.t0 > 1 && o.name != full && strings.HasSuffix(lexicon.NameKey(o.surface), sk) {
			return true
		}
	}
	return false
}

// surnamesOfPeopleNamed keeps a one-word alias of a gazetteer
// organisation from meaning the organisation where the document names a
// person in full whose surname it is: after "Association president Ulrich
// Wagner told a news conference", "Wagner said" is the president, not the
// Wagner Group. The word becomes a plain person's surname, which the
// document's full name then takes (tailsOfFullNames). The organisation's
// own name ("Dell" for Dell) is left to the gazetteer, and so is a word
// that heads organisations' names or is a common word ("Congress" after
// "the American Pork Congress", a name the tagger may take for a
// person's).
func (st *docState) surnamesOfPeopleNamed() {
	for i := range st.mentions {
		m := &st.mentions[i]
		if !m.known || m.kind != KindOrg || m.t1-m.t0 != 1 || m.via != ViaName ||
			lexicon.NameKey(m.surface) == lexicon.NameKey(m.name) || st.e.model.IsOrgWord(m.surface) || st.e.model.IsCommonWord(m.surface) ||
			!st.namesAnother(m.surface, "") {
			continue
		}
		m.name, m.known, m.kind, m.affil = cleanName(m.surface), false, KindPerson, ""
	}
}

// acronymsOfCompanies keeps an acronym the gazetteer knows ("CPC", the
// Chinese Communist Party) from meaning its gazetteer actor in a document
// that names a company whose name starts with it and ends in a legal form
// ("CPC International Inc"): there the acronym is the company's short
// name (orgOf joins it to the company), as in the fourteen Reuters
// stories of 1987 about the food company.
func (st *docState) acronymsOfCompanies() {
	legal := cue.Default()
	var firsts map[string]bool // first words of the document's companies
	for _, m := range st.mentions {
		toks := st.tokens[m.sent]
		if m.known || m.kind != KindOrg || m.t1-m.t0 < 2 || !legal.LegalForm(toks[m.t1-1].Text) {
			continue
		}
		if firsts == nil {
			firsts = map[string]bool{}
		}
		firsts[toks[m.t0].Text] = true
	}
	if firsts == nil {
		return
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if !m.known || m.kind != KindOrg || m.t1-m.t0 != 1 || m.via != ViaName || !isAcronym(m.surface) || !firsts[m.surface] {
			continue
		}
		m.name, m.known, m.affil = m.surface, false, ""
	}
}

// acronymsOfNamedBodies keeps an acronym the gazetteer knows ("ADB", the
// Asian Development Bank) from meaning its gazetteer organisation in a
// document that names, in full, one other organisation whose initials the
// acronym spells ("the African Development Bank … total ADB lending") and
// never the gazetteer's own in full: a story writes the full name first
// and its initials after, so the acronym is the document's organisation.
// Two such organisations leave the gazetteer's reading alone, and so do a
// body of the gazetteer's organisation (the European Commission, a body
// of the European Union that took over from the European Community, is
// not the "EC" of 1987), a gazetteer organisation whose own name is the
// acronym ("OECD") and the gazetteer's own name written another way
// (nameVariant: "Internal Revenues Service").
func (st *docState) acronymsOfNamedBodies() {
	type body struct {
		name, affil string
		known       bool
	}
	var bodies []body // organisations named in two words or more, first mention first
	named := map[string]bool{}
	for _, m := range st.mentions {
		if m.kind != KindOrg || m.place || m.t1-m.t0 < 2 {
			continue
		}
		if !named[m.name] {
			bodies = append(bodies, body{m.name, m.affil, m.known})
		}
		named[m.name] = true
	}
	if len(bodies) == 0 {
		return
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if !m.known || m.kind != KindOrg || m.t1-m.t0 != 1 || m.via != ViaName || !isAcronym(m.surface) || named[m.name] || m.name == m.surface {
			continue // the gazetteer's organisation named, or named by the acronym itself ("OECD")
		}
		var hit []body
		for _, b := range bodies {
			if b.name != m.name && spelledLater(m.surface, b.name) && !st.bodyOf(b.name, m.name) && !st.nameVariant(b.name, m.name) {
				hit = append(hit, b)
			}
		}
		if len(hit) != 1 {
			continue
		}
		m.name, m.known, m.affil = hit[0].name, hit[0].known, hit[0].affil
	}
}

// placesOfCompanies reads a place of two words or more that the gazetteer
// knows ("Gulf States", a region's other name) as the short name of the
// one company the document names with those words first and a legal form
// last, where the place does what only an actor does: it says, has or is
// something ("Gulf States Utilities Co … Gulf States said"), not after a
// preposition ("plants in the Gulf States") nor before a noun ("the Hong
// Kong dollar" beside Hong Kong Land Co Ltd).
func (st *docState) placesOfCompanies() {
	legal := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if !m.place || !m.known || m.via != ViaName || m.t1-m.t0 < 2 {
			continue
		}
		toks := st.tokens[m.sent]
		if m.t1 >= len(toks) || !actorVerbs[toks[m.t1].Text] {
			continue
		}
		if k := m.t0 - 1; k >= 0 && (placePrepositions[strings.ToLower(toks[k].Text)] || isArticle(toks[k].Text) && k > 0 && placePrepositions[strings.ToLower(toks[k-1].Text)]) {
			continue
		}
		found := -1
		for j, o := range st.mentions {
			if o.place || o.kind != KindOrg || o.t1-o.t0 <= m.t1-m.t0 || !legal.LegalForm(st.tokens[o.sent][o.t1-1].Text) {
				continue
			}
			if !slices.EqualFunc(st.tokens[o.sent][o.t0:o.t0+m.t1-m.t0], toks[m.t0:m.t1], func(a, b text.Token) bool { return a.Text == b.Text }) {
				continue
			}
			if found >= 0 && st.mentions[found].name != o.name {
				found = -2 // two companies open with the words
				break
			}
			found = j
		}
		if found < 0 {
			continue
		}
		o := st.mentions[found]
		m.place, m.kind, m.name, m.known, m.affil = false, KindOrg, o.name, o.known, o.affil
	}
}

// actorVerbs are the verbs after a name that make it the subject of what
// an actor says, has or is ("Gulf States said", "Gulf States has
// appealed").
var actorVerbs = map[string]bool{"said": true, "says": true, "has": true, "had": true, "is": true, "was": true,
	"will": true, "would": true, "added": true, "reported": true, "announced": true, "expects": true}

// placePrepositions are the prepositions that make the name after them
// the place where something is or happens.
var placePrepositions = map[string]bool{"in": true, "at": true, "from": true, "to": true, "across": true,
	"throughout": true, "into": true, "near": true, "around": true, "within": true, "outside": true}

// bodyOf reports whether the gazetteer makes the organisation body a body
// of org, or of the organisation that took over from org.
func (st *docState) bodyOf(body, org string) bool {
	e, ok := st.e.lex.Org(body)
	if !ok || e.Affiliation == "" {
		return false
	}
	if e.Affiliation == org {
		return true
	}
	p, ok := st.e.lex.PredecessorOf(e.Affiliation)
	return ok && p == org
}

// nameVariant reports whether the organisation name a is the name b
// written another way: the same words but for "and", "&", "of", "for"
// and "the" and for a misprint, a final "s" or a shortened word in one of
// them ("Securities & Exchange Commission", "Trade Unions Congress",
// "Institute of Fiscal Studies", "Europe Union"); when a is no
// organisation the gazetteer knows, also one word changed, added or
// dropped ("Federal Drug Administration" of the Food and Drug
// Administration).
func (st *docState) nameVariant(a, b string) bool {
	wa, wb := variantWords(a), variantWords(b)
	same := func(x, y string) bool {
		return x == y || misprintPair(x, y) || x+"s" == y || y+"s" == x ||
			len(x) >= 4 && len(y) >= 4 && (strings.HasPrefix(x, y) || strings.HasPrefix(y, x))
	}
	apart := 0 // words set apart at the same place
	if len(wa) == len(wb) {
		for i := range wa {
			if !same(wa[i], wb[i]) {
				apart++
			}
		}
		if apart == 0 {
			return true
		}
	}
	if _, known := st.e.lex.Org(a); known {
		return false
	}
	if len(wa) == len(wb) {
		return apart == 1
	}
	if len(wa) < len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) != len(wb)+1 {
		return false
	}
	for i := range wa { // one word added
		if slices.EqualFunc(slices.Delete(slices.Clone(wa), i, i+1), wb, same) {
			return true
		}
	}
	return false
}

// variantWords returns the lower-case words of an organisation's name
// without "and", "&", "of", "for" and "the".
func variantWords(name string) []string {
	var ws []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "and", "&", "of", "for", "the":
			continue
		}
		ws = append(ws, w)
	}
	return ws
}

// personDisagrees reports whether the document around mention i speaks
// against the gazetteer person p (see checkGazetteer).
func (st *docState) personDisagrees(i int, p lexicon.Entry) bool {
	m := &st.mentions[i]
	if t, _, ok := st.officeBefore(m); ok && t.Category != "honorific" && t.Category != "religious" && t.Category != p.Category {
		return true
	}
	sk, pk := lexicon.NameKey(m.surface), lexicon.NameKey(p.Name)
	_, stateAffiliated := st.e.lex.State(p.Affiliation)
	states, own := 0, false
	for j := range st.mentions {
		o := &st.mentions[j]
		if j == i || o.place || o.sent == m.sent && o.t0 <= m.t0 && o.t1 >= m.t1 {
			continue // the mention itself, or a longer one around it
		}
		ok := "" // the key of an unknown person's name
		if !o.known && o.kind == KindPerson {
			ok = lexicon.NameKey(o.surface)
		}
		switch {
		case o.known && o.name == p.Name && o.t1-o.t0 > 1, ok != "" && strings.HasSuffix(ok, pk):
			return false // named in full ("Hojatoleslam Akbar Hashemi Rafsanjani" for "Hashemi Rafsanjani")
		case o.known && (o.name == p.Affiliation || o.affil == p.Affiliation && o.kind != KindState):
			own = true // the state, or a party, body or person of it ("Labour", "the Tories")
		case o.known && o.kind == KindState:
			states++
		case ok != "" && o.t1-o.t0 > 1 && strings.HasSuffix(ok, " "+sk):
			return true // another person with that surname
		case !o.known && o.kind == KindOrg && o.t1-o.t0 > 1 && opensName(o.surface, m.surface) && cue.Default().LegalForm(st.tokens[o.sent][o.t1-1].Text):
			return true // a company named so ("Raab Karcher AG", "Kurz-Kasch Inc")
		}
	}
	return stateAffiliated && states > 0 && !own
}

// surnameOf reports whether surface is the end of the full name after a
// space: a surname alias ("De Croo" of "Alexander De Croo").
func surnameOf(name, surface string) bool {
	k := lexicon.NameKey(surface)
	return k != lexicon.NameKey(name) && strings.HasSuffix(lexicon.NameKey(name), " "+k)
}

// opensName reports whether name starts with word before a space or a
// hyphen.
func opensName(name, word string) bool {
	rest, ok := strings.CutPrefix(name, word)
	return ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "-"))
}

// gazetteerPerson is the gazetteer person a single-word person mention
// names, unless checkGazetteer found that the document disagrees.
func (st *docState) gazetteerPerson(m *mention) (lexicon.Entry, bool) {
	if m.hint != "" {
		return lexicon.Entry{}, false
	}
	return st.e.lex.Person(m.name)
}

// namesThing reports whether the document's mentions of the single word
// name, taken together, point away from a person: at least one context
// marks a work, a product or an event, and the contexts that mark a thing
// or an organisation outnumber those that mark a person or a speaker ("Ray
// has been nominated in six Oscar categories", "Ray star Jamie Foxx", "Ray's
// Taylor Hackford"). Such a word is not the given name of a person the
// document names in full (a surname is: "the Blair government" is his).
func (st *docState) namesThing(name string) bool {
	var v cue.Votes
	table := cue.Default()
	for _, m := range st.mentions {
		if m.name == name && m.t1-m.t0 == 1 {
			v.Add(table.Vote(st.tokens[m.sent], m.t0, m.t1))
		}
	}
	return v.Thing() > 0 && v.Thing()+v.Org+v.NonPerson > v.Person+v.Agent
}

// fullNameOf returns the document's person a single word stands for: the
// one full name that ends with it (a surname), else the one full name that
// starts with it when the word is a given name ("Paula" for Paula
// Radcliffe) or a family name of names written family name first ("Wang"
// for Wang Dong), unless the word's contexts name a thing (namesThing:
// "best actor for Ray" is the film, not Ray Charles); -1 if none or
// several.
func (st *docState) fullNameOf(actors []*resolvedActor, word string) int {
	if j := st.uniqueFullName(actors, word); j >= 0 {
		return j
	}
	listed := st.e.lex.IsGivenName(word) || st.e.lex.IsFamilyFirst(word)
	if !listed && (st.e.model.WrittenInLowerCase(word) || !strings.ContainsFunc(word, unicode.IsLower)) || st.namesThing(word) {
		return -1
	}
	wk := lexicon.NameKey(word)
	found := onePerson(actors, func(a *resolvedActor) bool {
		first, rest, full := strings.Cut(a.name, " ")
		if !full || lexicon.NameKey(first) != wk || !listed && !st.surnamesOnly(rest) {
			return false
		}
		last, _ := text.LastField(rest)
		return !st.e.model.IsOrgWord(last) // "Robert Kilroy-Silk Party", still a person here, is no second Robert
	})
	if found == -2 {
		return -1 // several
	}
	if found < 0 && listed {
		found = st.personReadAsOrg(actors, wk)
	}
	return found
}

// personReadAsOrg returns the one organisation of actors, not from the
// gazetteer, whose name starts with the word of name key wk and goes on in
// surnames, and whose mentions' contexts mark a person more often than an
// organisation or a thing that is no person ("Tan Soo Nan, director of
// the Development Bank of Singapore, said he expects …", where the tagger
// read the name of three words as a firm's), and turns it into a person:
// the type settle would give it after the statements, given here so that
// the name said alone ("Tan said") is the same person; -1 if none or
// several.
func (st *docState) personReadAsOrg(actors []*resolvedActor, wk string) int {
	found := -1
	table := cue.Default()
	for j, a := range actors {
		if a.kind != KindOrg || a.known {
			continue
		}
		first, rest, full := strings.Cut(a.name, " ")
		if !full || lexicon.NameKey(first) != wk || !st.surnamesOnly(rest) {
			continue
		}
		if last, _ := text.LastField(rest); st.e.model.IsOrgWord(last) {
			continue
		}
		var v cue.Votes
		for k := range st.mentions {
			if m := &st.mentions[k]; m.actorIndex == j && !m.place && m.via == ViaName {
				v.Add(st.mentionVotes(table, m))
			}
		}
		if v.Person <= v.Org+v.NonPerson {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	if found >= 0 {
		actors[found].kind = KindPerson
	}
	return found
}

// surnamesOnly reports whether every word of rest, the words of a
// person's name after the first, reads as a surname: capitalised but not
// in capitals, and neither a common word, nor one that heads organisation
// names, nor a name the gazetteer knows as something other than a person.
// A given name the gazetteer does not list ("Sonny" of Sonny Parker)
// stands for the full name only then, not for the product or company a
// tagger took for a person ("Nintendo DS", "Yahoo Messenger", "Argonaut
// Games").
func (st *docState) surnamesOnly(rest string) bool {
	for w := range strings.FieldsSeq(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !strings.ContainsFunc(w, unicode.IsLower) || st.e.model.WrittenInLowerCase(w) || st.e.model.IsOrgWord(w) {
			return false
		}
		for _, e := range st.e.lex.Lookup(w) {
			if e.Kind != KindPerson {
				return false // "GM Canada"
			}
		}
	}
	return true
}

// firstFullName returns, when two or more people of the document share
// the surname word, the one the document's body named first, or -1. News
// names a story's subject in full first and then by the bare surname, and
// names a relative or namesake who comes later by given name or title
// ("Richey Edwards ... Edwards ... his mother, Sherry Edwards"); a bare
// surname with a title ("Mrs Edwards") is left to the caller. A name
// first seen in a headline ("Classy Henman") does not count as the first.
func (st *docState) firstFullName(actors []*resolvedActor, word string) int {
	wk := lexicon.NameKey(word)
	var cands []int // in the order of their first mentions
	for j, a := range actors {
		if a.kind == KindPerson && a.surnameKey() == wk {
			cands = append(cands, j)
		}
	}
	if len(cands) < 2 {
		return -1
	}
	firstSent := make(map[int]int, len(cands))
	for _, m := range st.mentions {
		if _, seen := firstSent[m.actorIndex]; !seen && slices.Contains(cands, m.actorIndex) {
			firstSent[m.actorIndex] = m.sent
		}
	}
	for _, j := range cands {
		if si, ok := firstSent[j]; ok && !st.inHeadline(si) {
			return j
		}
	}
	return -1
}

// inHeadline reports whether sentence si is the document's title or reads
// as a headline: a line without a sentence's punctuation, or one in Title
// Case.
func (st *docState) inHeadline(si int) bool {
	if st.sentences[si].Start < st.titleEnd {
		return true
	}
	return headlineLike(st.tokens[si])
}

// headlineLike reports whether a sentence's tokens read as a headline: no
// sentence punctuation, or Title Case.
func headlineLike(toks []text.Token) bool {
	return len(toks) > 0 && (isHeadline(toks) || titleCase(toks))
}

// resolveShortForms runs after the person passes of resolve:
//   - a one-word organisation that is a word of exactly one longer
//     organisation name named before it in the document joins it
//     ("United" after "Manchester United", "Commission" after "European
//     Commission"), and so does an acronym of its initials ("LSE" for
//     London Stock Exchange); a longer name that comes later is another
//     thing ("Yahoo" and then "Yahoo Messenger"), unless the short name
//     stands in the headline ("Cairn shares up" of Cairn Energy); a one-word name that
//     is only a head word of organisation names and a common noun
//     ("Bank", "Committee", "City") and joins no such name is no actor;
//   - a hyphenated compound of two people of the document ("the
//     Blair-Brown feud") is split back into its two people;
//   - a generic plural group ("MPs", the plural of a title) is no actor;
//   - a one-word name found only in a Title Case headline, which the body
//     never names, is dropped (headline words are capitalised anyway).
func (st *docState) resolveShortForms(actors []*resolvedActor) {
	split := len(st.mentions)
	defer func() {
		if len(st.mentions) > split {
			st.sortMentions()
		}
	}()
	inBody := make([]bool, len(actors))
	first := make([]int, len(actors)) // index of each actor's first mention, len(st.mentions) if none
	for j := range first {
		first[j] = len(st.mentions)
	}
	for i, m := range st.mentions {
		if m.actorIndex >= 0 && first[m.actorIndex] > i {
			first[m.actorIndex] = i
		}
	}
	headline := make(map[int]bool)
	for si, toks := range st.tokens {
		if headlineLike(toks) {
			headline[si] = true
		}
	}
	// firstBody is each actor's first mention outside headlines.
	firstBody := make([]int, len(actors))
	for j := range firstBody {
		firstBody[j] = len(st.mentions)
	}
	for i, m := range st.mentions {
		if m.actorIndex >= 0 && !headline[m.sent] && firstBody[m.actorIndex] > i {
			firstBody[m.actorIndex] = i
		}
	}
	var index map[*resolvedActor]int // actors' indices, made when orgOf first asks
	indexOf := func(o *resolvedActor) int {
		if index == nil {
			index = make(map[*resolvedActor]int, len(actors))
			for j, a := range actors {
				index[a] = j
			}
		}
		return index[o]
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.place && !m.known && m.t1-m.t0 == 1 && isAcronym(m.surface) {
			// "GM, which makes cars, said" after "General Motors Corp":
			// the tagger reads a capitalised word before a comma at the
			// start of a sentence as a dateline's place; the initials of
			// an organisation the story named before are that
			// organisation, or the company whose name opens with them
			// ("AMR" of "AMR Corp"), but not a product's name that holds
			// them ("BT" is not "BT Together").
			// A company whose name opens with the acronym comes first
			// ("CTC" of "CTC Dealer Holdings Ltd", not of "Canadian Tire
			// Corp Ltd"); an organisation the same sentence names again
			// right after it is another ("CTC, a group of Canadian Tire
			// dealers, said").
			j := st.uniqueOrg(actors, func(a *resolvedActor) bool {
				f, _, _ := strings.Cut(a.name, " ")
				return f == m.surface && st.companyLike(a.name)
			})
			if j < 0 {
				j = st.orgOf(actors, m.surface, func(*resolvedActor) bool { return true })
			}
			if j >= 0 && first[j] < i && (!slices.Contains(strings.Fields(actors[j].name), m.surface) || st.companyLike(actors[j].name)) &&
				!st.namedAgainAfter(i, j, 12) {
				m.place, m.actorIndex, m.kind = false, j, KindOrg
			}
		}
		if m.actorIndex < 0 {
			continue
		}
		if st.isGroup(m) || st.someMembers(i) {
			m.actorIndex = -1
			continue
		}
		a := actors[m.actorIndex]
		if a.kind == KindState && m.t1-m.t0 == 1 && longAcronym(m.surface) {
			// "RSA said" in a story that names "RSA Security":
			// the firm, not South Africa, before its full name too
			// ("said security firm RSA").
			if j := max(st.uniqueOrg(actors, func(o *resolvedActor) bool {
				f, _, _ := strings.Cut(o.name, " ")
				return f == m.surface
			}), -1); j >= 0 {
				m.actorIndex, a = j, actors[j]
			}
		}
		if a.kind == KindOrg && !a.known && text.FieldCount(a.name, 2) == 2 {
			// "Metal Traders said" after "Metal Traders Australasia
			// Ltd said": the first words of the one longer name.
			// So are they in the story's first line, its headline, before
			// the longer name ("Krispy Kreme shares hit").
			if j := st.longerOrgOf(actors, a.name); j >= 0 && (first[j] < i || m.sent == 0) {
				m.actorIndex, a = j, actors[j]
			}
		}
		if word, ok := oneWordName(a); ok && !strings.Contains(word, "-") && (a.kind == KindOrg || a.kind == KindPerson && !m.titled && !st.afterHonorific(m)) {
			// "Ciba" of "Ciba-Geigy Ltd", "Daimler" of "Daimler-Benz AG",
			// "Chesebrough said" of "Chesebrough-Pond's Inc": the first
			// part of a hyphenated company's name is its short name.
			if j := st.hyphenatedOrgOf(actors, word); j >= 0 {
				m.actorIndex, a = j, actors[j]
			}
		}
		if word, ok := oneWordName(a); ok {
			if documentNouns[word] && m.t0 > 0 && strings.EqualFold(st.tokens[m.sent][m.t0-1].Text, "the") {
				m.actorIndex = -1 // "the Bill", "the Budget": a text, whatever the tagger read
				continue
			}
			if a.kind == KindPerson && genericNouns[word] {
				m.actorIndex = -1 // "Administration" typed a person
				continue
			}
			if a.kind == KindPerson && !m.titled {
				// "Arvin said" after "Arvin Industries Inc said": the
				// tagger read the company's short name as a person.
				if j := st.companyOfWord(actors, word); j >= 0 && first[j] < i {
					m.actorIndex = j
				}
			}
			if a.kind == KindOrg {
				// A name several longer ones hold is the one the reader
				// had met when the text first used it; in the first line,
				// the headline, it is the one the story spells out after
				// it ("Cairn shares up on new oil find" of Cairn Energy).
				seen := func(o *resolvedActor) bool { return first[indexOf(o)] < firstBody[m.actorIndex] }
				// An acronym of a name the text spells out only later is
				// that name too ("India's ONGC …, Oil and Natural Gas
				// Corporation chairman …"): its initials tie them in
				// either order, unless a name holds the acronym as a word
				// ("BCI Holdings Corp", "BT Together"), the acronym's own.
				// An acronym of five or six letters is the name's as
				// written ("FSLIC"), though cleanName title-cased it.
				if isAcronym(m.surface) && m.surface != word && strings.EqualFold(m.surface, word) && st.orgOf(actors, m.surface, seen) >= 0 {
					word = m.surface
				}
				if j := st.orgOf(actors, word, seen); j >= 0 && (first[j] < i || m.sent == 0 && st.inHeadline(0) || isAcronym(word) && spelledLater(word, actors[j].name) && !st.wordOfAName(actors, word)) {
					m.actorIndex = j
				} else if genericNouns[word] || st.e.model.IsOrgWord(word) && st.e.model.IsCommonWord(word) && !isBodyName(word) {
					m.actorIndex = -1 // "Bank", "The Department": which one, the text does not say
					continue
				}
			}
		}
		if a.kind == KindPerson && !m.known {
			// "Prince Alwaleed" after "Prince Alwaleed bin Talal",
			// "Prince Mohammed" after "Mohammed bin Salman".
			if j := st.royalFullName(actors, m); j >= 0 {
				m.actorIndex, a = j, actors[j]
			}
		}
		if m.joined && a.kind == KindPerson && !a.known && text.FieldCount(a.name, 2) == 1 {
			st.splitCompound(actors, i)
			m = &st.mentions[i]
		}
		if !headline[m.sent] && m.actorIndex >= 0 {
			inBody[m.actorIndex] = true
		}
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.actorIndex < 0 || !headline[m.sent] || inBody[m.actorIndex] {
			continue
		}
		a := actors[m.actorIndex]
		if !a.known && text.FieldCount(a.name, 2) == 1 {
			m.actorIndex = -1
		}
	}
}

// royalFullName returns the document's one person whose longer name the
// mention m, a royal's title and given name, stands for ("Prince
// Alwaleed", "King Abdullah"), or -1: a name that opens with that title
// and given name ("Prince Alwaleed bin Talal"), or with the given name
// and a particle of Arabic names after it ("Mohammed bin Salman",
// "Abdullah bin Abdulaziz"), as news names royals again by title and
// given name.
func (st *docState) royalFullName(actors []*resolvedActor, m *mention) int {
	toks := st.tokens[m.sent][m.t0:m.t1]
	if len(toks) != 2 {
		return -1
	}
	if n, t, ok := st.e.lex.TitleAt(st.text, toks[:1]); !ok || n != 1 || t.Category != "royal" {
		return -1
	}
	name := actors[m.actorIndex].name
	words := strings.Fields(name)
	if len(words) != 2 {
		return -1
	}
	found := -1
	for j, o := range actors {
		ow := strings.Fields(o.name)
		if o.kind != KindPerson || len(ow) < 3 {
			continue
		}
		prefixed := ow[0] == words[0] && ow[1] == words[1]
		arabic := ow[0] == words[1] && arabicParticles[strings.ToLower(ow[1])]
		if !prefixed && !arabic {
			continue
		}
		if found >= 0 && found != j {
			return -1
		}
		found = j
	}
	return found
}

// arabicParticles are the particles of Arabic names after the given name
// ("bin Salman", "ibn Saud", "bint Hussein").
var arabicParticles = map[string]bool{"bin": true, "ibn": true, "bint": true, "ben": true}

// oneWordName returns the word of an actor the gazetteer does not know
// whose name is one word, after an article or not ("Commission", "The
// Department"), and whether it is one.
func oneWordName(a *resolvedActor) (string, bool) {
	if a.known {
		return "", false
	}
	switch text.FieldCount(a.name, 3) {
	case 1:
		return a.name, true
	case 2:
		if first, rest, _ := strings.Cut(a.name, " "); isArticle(first) {
			return rest, true
		}
	}
	return "", false
}

// isGroup reports whether a mention is a generic plural group of people:
// the plural of a title ("MPs", "Senators").
func (st *docState) isGroup(m *mention) bool {
	if m.known || m.t1-m.t0 != 1 {
		return false
	}
	w := m.surface
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	sing := w[:len(w)-1]
	_, _, ok := st.e.lex.TitleAt(sing, []text.Token{{Text: sing, Span: Span{Start: 0, End: len(sing)}}})
	return ok
}

// someMembers reports whether mention i is the gazetteer's plural of a
// body's members in capitals ("MEPs" for the European Parliament) counted
// or marked as some of them: a number, a possessive, "fellow" or "other",
// or a party or state named right before it ("an extra 10 MEPs", "his
// fellow MEPs", "UKIP MEPs", "Polish MEPs"). Those members are a group,
// not the body; the bare plural ("after MEPs failed to back it") is the
// body voting.
func (st *docState) someMembers(i int) bool {
	m := &st.mentions[i]
	if !m.known || m.t0 == 0 || !pluralAcronym(m.surface) {
		return false
	}
	prev := st.tokens[m.sent][m.t0-1].Text
	if memberCounts[strings.ToLower(prev)] || allDigits(prev) {
		return true
	}
	for j := i - 1; j >= 0; j-- {
		p := &st.mentions[j]
		if p.sent != m.sent || p.t1 < m.t0 {
			break
		}
		if p.t1 == m.t0 && (p.kind == KindState || p.kind == KindOrg) {
			return true
		}
	}
	return false
}

// memberCounts are the words before a plural of members that count them
// or say whose they are (see someMembers).
var memberCounts = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true,
	"fellow": true, "other": true, "some": true, "many": true, "several": true, "two": true, "three": true,
	"four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"dozen": true, "hundreds": true, "dozens": true, "most": true, "few": true}

// orgOf returns the document's one multi-word organisation that has word
// among its words (or as its possessive first word, when it is a company:
// "Moody" of "Moody's Investors Service Inc") or as the acronym of its
// initials (with or without its legal form: "GM" of "General Motors
// Corp"; an acronym of three letters or more also without the word that
// heads the name: "PCS" of "Public and Commercial Services Union"), or, for an acronym that is no organisation's initials, as the
// first word of a name that ends in a legal form or a word heading
// organisations' names ("ICN" of "ICN Pharmaceuticals Inc"); of several
// names that hold a word, the one company whose name (ending in a legal
// form) opens with it, else the one of them seen (the one the text had
// named when it first used the short name: "Orbanco" of "Orbanco
// Financial Services Corp", not of its units "Orbanco Securities Corp"
// and "Orbanco Real Estate Service Co" named later); -1 when there is
// none or several.
func (st *docState) orgOf(actors []*resolvedActor, word string, seen func(*resolvedActor) bool) int {
	wk := lexicon.NameKey(word)
	if wk == "" || nameParticles[strings.ToLower(word)] {
		return -1
	}
	if isAcronym(word) {
		j := st.uniqueOrg(actors, func(a *resolvedActor) bool {
			return spelledLater(word, a.name) || len(word) >= 3 && isInitialsOf(word, withoutHead(a.name))
		})
		if j != -1 {
			return max(j, -1)
		}
		// "ICN" of "ICN Pharmaceuticals Inc": the acronym as the first
		// word of a company's or body's name, not of a product's or an
		// event's ("BT Openzone", "NRJ Music Awards").
		return max(st.uniqueOrg(actors, func(a *resolvedActor) bool {
			f, _, _ := strings.Cut(a.name, " ")
			f, _, _ = strings.Cut(f, "/") // "MGM" of "MGM/UA Communications Co"
			last, _ := text.LastField(a.name)
			return f == word && (cue.Default().OrgWord(last) || cue.Default().LegalForm(last))
		}), -1)
	}
	// A common word ("Bank") is no short form of a possessive ("the
	// Bank's International Development Association").
	possessive := !st.e.model.IsCommonWord(word)
	holds := func(a *resolvedActor) bool {
		last, _ := text.LastField(a.name)
		legal := cue.Default().LegalForm(last)
		for i, w := range nameWords(a.name) {
			// "Moody" (the tokenizer cut its "'s") is the first word
			// of the company "Moody's Investors Service Inc" (not of
			// "Macrovision's Entertainment Technologies Group", a
			// division the tagger ran into its owner's name).
			if lexicon.NameKey(w) == wk || possessive && i == 0 && legal && lexicon.NameKey(withoutPossessive(w)) == wk {
				return true
			}
		}
		return false
	}
	j := st.uniqueOrg(actors, holds)
	if j == -2 {
		// Several names hold the word: news shortens a company to the
		// first word of its name, so the one company it opens is meant
		// ("Corrections said" of "Corrections Corp of America", not of
		// "Texas Department of Corrections").
		j = st.uniqueOrg(actors, func(a *resolvedActor) bool {
			f, _, _ := strings.Cut(a.name, " ")
			return lexicon.NameKey(f) == wk && companyName(a.name)
		})
		if j != -2 {
			return max(j, -1)
		}
		// Several companies open with it: the short name is the one the
		// reader had met, unless that is a unit named after its parent and
		// a place ("Honda American Manufacturing Co", "Nissan Motor
		// Manufacturing (UK) Ltd"), which news does not shorten to the
		// parent's name.
		j = st.uniqueOrg(actors, func(a *resolvedActor) bool { return holds(a) && seen(a) })
		if j >= 0 && st.namesPlace(actors[j].name) {
			return -1
		}
	}
	return max(j, -1)
}

// namesPlace reports whether a word of name after its first is the name,
// the adjective or the seat of a state, or a place the gazetteer knows
// ("Honda American Manufacturing Co", "Daiwa Europe Ltd", "Nissan Motor
// Manufacturing (UK) Ltd").
func (st *docState) namesPlace(name string) bool {
	for _, w := range strings.Fields(name)[1:] {
		w = strings.Trim(w, "()")
		for _, e := range st.e.lex.Lookup(w) {
			if e.Kind == lexicon.KindState || e.Kind == lexicon.KindUnknown {
				return true
			}
		}
	}
	return false
}

// companyName reports whether name is written as a company's: it ends in a
// legal form ("Hughes Tool Co"), or a legal form and "of" a place follow
// its first word ("Corrections Corp of America", "Aluminum Co of
// America").
func companyName(name string) bool {
	words := strings.Fields(name)
	legal := cue.Default().LegalForm
	if legal(words[len(words)-1]) {
		return true
	}
	for i := 1; i+2 < len(words); i++ {
		if legal(words[i]) && words[i+1] == "of" {
			return true
		}
	}
	return false
}

// longerOrgOf returns the document's one organisation whose name begins
// with the words of name, a name of two words, and goes on to end as
// companies' and bodies' names end (companyLike: "Metal Traders" of
// "Metal Traders Australasia Ltd", "Morgan Stanley" of "Morgan Stanley
// and Co Inc"), or as a company's name with its legal form and "of" a
// place (companyName: "Electronic Mail" of "Electronic Mail Corp of
// America"), or with the plural of a trade's goods ("Krispy Kreme" of
// "Krispy Kreme Doughnuts", tradeTail) or "of" and a place ("United Bank"
// of "United Bank of Africa"), or with a body's noun and "of" ("Canadian
// Imperial" of "Canadian Imperial Bank of Commerce", bodyOfTail); -1 when
// there is none or several. A name that goes on
// with "and" and more words counts only when no other does: after two
// words "and" mostly joins the trade's words ("Louisiana Land" of
// "Louisiana Land and Exploration Co", "American Savings" of "American
// Savings and Loan Association"), but it may join a second actor named in
// the story ("Virginia Federal and Montrose Capital", which the tagger
// read as one name beside Montrose Capital Corp), which never counts.
func (st *docState) longerOrgOf(actors []*resolvedActor, name string) int {
	after := func(a *resolvedActor) (string, string, bool) {
		rest, ok := strings.CutPrefix(a.name, name+" ")
		if !ok || strings.Contains(rest, name) || !st.companyLike(a.name) && !companyName(a.name) && !(tradeTail(rest) && st.namedInBody(a.name)) && !strings.HasPrefix(rest, "of ") && !bodyOfTail(rest) {
			return "", "", false
		}
		first, tail, _ := strings.Cut(rest, " ")
		return first, tail, true
	}
	j := st.uniqueOrg(actors, func(a *resolvedActor) bool {
		first, tail, ok := after(a)
		next, _, _ := strings.Cut(tail, " ")
		return ok && (!isAnd(first) || isCo(next))
	})
	if j != -1 {
		return max(j, -1)
	}
	return max(st.uniqueOrg(actors, func(a *resolvedActor) bool {
		first, tail, ok := after(a)
		return ok && isAnd(first) && !st.opensOtherOrg(actors, a, tail)
	}), -1)
}

// bodyOfTail reports whether rest, the words a longer name adds, is the
// noun of a body and "of" with what follows ("Bank of Commerce", "Trust
// Company of Canada").
func bodyOfTail(rest string) bool {
	head, tail, ok := strings.Cut(rest, " ")
	return ok && strings.HasPrefix(tail, "of ") && cue.Default().OrgWord(head)
}

// namedInBody reports whether the document writes name in a sentence
// that is no title-case headline, where "Chuan Hup Issues" is a company
// and a verb.
func (st *docState) namedInBody(name string) bool {
	for _, toks := range st.tokens {
		if len(toks) > 0 && !headlineLike(toks) && strings.Contains(st.text[toks[0].Span.Start:toks[len(toks)-1].Span.End], name) {
			return true
		}
	}
	return false
}

// tradeTail reports whether rest, the words a longer name adds, is one
// word written as a plural noun, a capital and lower-case letters ending
// in "s": the goods of a company's trade ("Doughnuts", "Restaurants"),
// which a product's name ("Messenger", "Focus") is not.
func tradeTail(rest string) bool {
	if len(rest) < 4 || !strings.HasSuffix(rest, "s") || strings.HasSuffix(rest, "ss") || rest[0] < 'A' || rest[0] > 'Z' ||
		cue.Default().ThingWord(rest) { // "Screen Actors Guild Awards" is the guild's event
		return false
	}
	for i := 1; i < len(rest); i++ {
		if rest[i] < 'a' || rest[i] > 'z' {
			return false
		}
	}
	return true
}

// opensOtherOrg reports whether the words tail open the name of an
// organisation of actors other than a ("Montrose Capital" of Montrose
// Capital Corp).
func (st *docState) opensOtherOrg(actors []*resolvedActor, a *resolvedActor, tail string) bool {
	for _, o := range actors {
		if o != a && o.kind == KindOrg && (o.name == tail || strings.HasPrefix(o.name, tail+" ") || strings.HasPrefix(tail, o.name+" ")) {
			return true
		}
	}
	return false
}

// companyOfWord returns the document's one organisation whose name of
// several words opens with word and ends as companies' names end
// (companyLike), or else, when none does and word is distinctive
// (distinctiveWord: no given name, no common word), ends with it before
// its legal form (namedAfterPerson), when no person of the document has
// word in a name of several words (Rupert Murdoch beside "Murdoch
// Magazines"): a one-word "person" of that word is the organisation's
// short name, which the tagger misread ("Trilogy said" after "Trilogy
// Resource Corp", a common word that opens the company's name). -1 when
// there is none.
func (st *docState) companyOfWord(actors []*resolvedActor, word string) int {
	distinctive := st.distinctiveWord(word)
	if !distinctive && !st.nameLikeWord(word) {
		return -1
	}
	for _, a := range actors {
		if a.kind == KindPerson && text.FieldCount(a.name, 2) == 2 && slices.Contains(strings.Fields(a.name), word) {
			return -1
		}
	}
	j := st.uniqueOrg(actors, func(a *resolvedActor) bool {
		f, rest, _ := strings.Cut(a.name, " ")
		if rest != "" && cue.Default().LegalForm(strings.ReplaceAll(f, ".", "")) {
			// "N.V. Philips", "AB Volvo": a legal form written first.
			f, _, _ = strings.Cut(rest, " ")
			return f == word
		}
		// "Kidder, Peabody and Co": a firm of partners opens with the
		// first one's name and a comma.
		return strings.TrimSuffix(f, ",") == word && st.companyLike(a.name)
	})
	if j == -1 && distinctive {
		// No name opens with the word: one that ends with it, before
		// its legal form.
		j = st.uniqueOrg(actors, func(a *resolvedActor) bool { return namedAfterPerson(a.name, word) })
	}
	return max(j, -1)
}

// hyphenatedOrgOf returns the document's one organisation whose name
// opens with word, a hyphen and a capitalised part ("Ciba-Geigy Ltd",
// "Anheuser-Busch Cos Inc", "Frito-Lay"), or -1. A number or a code after
// the hyphen makes a model's name ("Pascal-2", "D/P-4"), no company's; an
// organisation whose name opens with the word and a space makes the word
// ambiguous ("Prudential-Bache Securities" beside "Prudential Insurance
// Co of America").
func (st *docState) hyphenatedOrgOf(actors []*resolvedActor, word string) int {
	wk := lexicon.NameKey(word)
	if wk == "" || len(word) < 3 {
		return -1
	}
	found := -1
	for j, a := range actors {
		if a.kind != KindOrg {
			continue
		}
		f, more, _ := strings.Cut(a.name, " ")
		head, rest, ok := strings.Cut(f, "-")
		if !ok {
			if lexicon.NameKey(f) == wk && more != "" {
				return -1 // "Prudential" beside "Prudential Insurance Co of America" too
			}
			continue
		}
		if rest == "" || lexicon.NameKey(head) != wk || !upperWord(rest) || len(rest) <= 2 && strings.ToUpper(rest) == rest {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	return found
}

// namedAfterPerson reports whether a company's name is capitalised words
// that end in word, then a legal form, after "and" or not ("A. H. Robins
// Co", "Roy F. Weston Inc", "Eastman Kodak Co", "G.D. Searle and Co"): a
// company named after its founder or its
// brand, which news goes on calling by that last word ("Robins said",
// "Kodak said").
func namedAfterPerson(name, word string) bool {
	f := strings.Fields(name)
	legal := cue.Default()
	n := len(f)
	for n > 0 && legal.LegalForm(f[n-1]) {
		n--
	}
	if n < len(f) && n > 0 && isAnd(f[n-1]) {
		n-- // "G.D. Searle and Co", "H.F. Ahmanson and Co"
	}
	if n == len(f) || n < 2 || f[n-1] != word {
		return false
	}
	for _, w := range f[:n-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// withoutHead returns name without its last word when that word heads
// organisations' names ("Public and Commercial Services Union" ->
// "Public and Commercial Services", whose initials are the union's
// acronym, PCS), else name.
func withoutHead(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !cue.Default().OrgWord(name[i+1:]) {
		return name
	}
	return name[:i]
}

// uniqueOrg returns the document's one multi-word organisation for which
// hit is true, -1 if there is none and -2 if there are several.
func (st *docState) uniqueOrg(actors []*resolvedActor, hit func(*resolvedActor) bool) int {
	found := -1
	for j, a := range actors {
		if a.kind != KindOrg || text.FieldCount(a.name, 2) < 2 || !hit(a) {
			continue
		}
		if found >= 0 {
			return -2
		}
		found = j
	}
	return found
}

// namedAgainAfter reports whether actor a has a mention in the sentence of
// mention i within n tokens after it.
func (st *docState) namedAgainAfter(i, a, n int) bool {
	m := st.mentions[i]
	for _, o := range st.mentions[i+1:] {
		if o.sent != m.sent || o.t0 > m.t1+n {
			break
		}
		if o.actorIndex == a {
			return true
		}
	}
	return false
}

// nameWords returns the words of a name, and for a word written with a
// slash its parts as well ("Royal", "Dutch/Shell", "Group", then "Dutch",
// "Shell" of "Royal Dutch/Shell Group"; "Audio/Video" stays a word of
// "Audio/Video Affiliates Inc").
func nameWords(name string) []string {
	words := strings.Fields(name)
	if !strings.Contains(name, "/") {
		return words
	}
	for _, w := range words[:len(words):len(words)] {
		if strings.Contains(w, "/") {
			words = append(words, strings.FieldsFunc(w, func(r rune) bool { return r == '/' })...)
		}
	}
	return words
}

// isAcronym reports whether w is two to six capital letters.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// initials returns the capitalised initials of a name's words, skipping
// lower-case particles ("London Stock Exchange" -> "LSE", "Bank of
// England" -> "BE").
func initials(name string) string {
	var sb strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// isInitialsOf reports whether acronym is the initials of name, of its
// words or of the capitalised parts of its hyphenated words: the
// Inter-American Development Bank is the "IDB" and the "IADB". (orgOf
// asks it of names without their legal form: "OII" is not Owens-Illinois
// Inc.)
func isInitialsOf(acronym, name string) bool {
	if initials(name) == acronym {
		return true
	}
	if !strings.Contains(name, "-") {
		return false
	}
	return initials(strings.ReplaceAll(name, "-", " ")) == acronym
}

// spelledLater reports whether acronym is the initials of name, with or
// without its legal form (whose initial never counts inside a hyphenated
// name: "OII" is not Owens-Illinois Inc): the tie that holds an acronym
// to a name in either order, which orgOf also asks.
func spelledLater(acronym, name string) bool {
	return initials(name) == acronym || isInitialsOf(acronym, withoutLegalForm(name, cue.Default()))
}

// wordOfAName reports whether word is a word of the name of one of the
// document's actors.
func (st *docState) wordOfAName(actors []*resolvedActor, word string) bool {
	for _, a := range actors {
		if a.name != word && slices.Contains(strings.Fields(a.name), word) {
			return true
		}
	}
	return false
}

// splitCompound splits mention i, a hyphenated one-word person name
// ("Blair-Brown"), into two mentions when each part is the surname of a
// different person of the document.
func (st *docState) splitCompound(actors []*resolvedActor, i int) {
	m := st.mentions[i]
	toks := st.tokens[m.sent]
	if m.t1-m.t0 != 3 || toks[m.t0+1].Text != "-" {
		return
	}
	a := st.uniqueFullName(actors, toks[m.t0].Text)
	b := st.uniqueFullName(actors, toks[m.t0+2].Text)
	if a < 0 || b < 0 || a == b {
		return
	}
	first, second := m, m
	first.t1, first.span.End = m.t0+1, toks[m.t0].Span.End
	second.t0, second.span.Start = m.t0+2, toks[m.t0+2].Span.Start
	first.surface, second.surface = st.text[first.span.Start:first.span.End], st.text[second.span.Start:second.span.End]
	first.name, second.name = first.surface, second.surface
	first.actorIndex, second.actorIndex = a, b
	first.joined, second.joined = false, false
	st.mentions[i] = first
	st.mentions = append(st.mentions, second)
}

// withoutPossessive returns w without a final "'s" or "’s".
func withoutPossessive(w string) string {
	for _, p := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(w, p) && len(w) > len(p) {
			return w[:len(w)-len(p)]
		}
	}
	return w
}
