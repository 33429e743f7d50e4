package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Longer names than the gazetteer's: a tagger organisation that runs on
// past a gazetteer organisation may name another body (anotherBody) or a
// broadcaster's channel (station), and a name the tagger reads as a place
// may be an organisation's (orgNamedLikePlace); the end of a longer
// organisation's name in the same story is that organisation
// (tailsOfOrgNames).

// anotherBody reports whether a tagger organisation that runs on past the
// gazetteer's organisation e at its start, n tokens long, names another
// body: a company named after a body that is none ("Commonwealth Edison
// Co", "CPC International Inc"), or a body inside it or named after it
// ("Senate Agriculture Committee", "EC Council", "Commonwealth Bank of
// Australia", "Federal Reserve Bank of New York"): the words added are
// capitalised (or "of", "for", "on"), hold a legal form or a word that
// heads organisations' names, do not start with a legal form, and are not
// just the head of e's own name or a head that adds nothing ("Tory
// Party" is the Conservative Party, "G7 Group" the G7), nor with the end
// of the match another name of e. A company's or an outlet's
// longer name is mostly the same company or one of its products
// ("Apple Computer Inc", "Reuters Holdings Plc", "Microsoft Windows"), and
// a given name among the words added is a person the tagger ran on into
// ("Federal Reserve Board Vice Chairman Manuel Johnson"): those keep the
// gazetteer's organisation.
func (st *docState) anotherBody(en ner.Entity, n int, e lexicon.Entry, toks []text.Token) bool {
	if e.Kind != KindOrg || en.Start+n >= en.End {
		return false
	}
	added := toks[en.Start+n : en.End]
	switch e.Category {
	case "media":
		return station(added)
	case "company", "financial institution":
		return false
	}
	cues := cue.Default()
	head := false
	for _, t := range added {
		w := t.Text
		switch {
		case w == "of" || w == "for" || w == "on":
			continue
		case !text.IsNameStart(w) || text.IsLower(w) || text.IsPossessive(w) || st.e.lex.IsGivenName(w):
			return false
		case cues.LegalForm(w) || cues.OrgWord(w):
			head = true
		}
	}
	if !head || cues.LegalForm(added[0].Text) {
		return false // "Commonwealth Co": the same name with a legal form
	}
	if len(added) == 1 && (strings.EqualFold(added[0].Text, lastField(e.Name)) || sameBodyWords[strings.ToLower(added[0].Text)]) {
		return false
	}
	// The end of the gazetteer's match and the words added may be another
	// of its names: "U.S. Federal Reserve" and "Board" ("Federal Reserve
	// Board").
	for k := en.Start + 1; k < en.Start+n; k++ {
		for _, o := range st.e.lex.Lookup(cleanName(st.text[toks[k].Span.Start:toks[en.End-1].Span.End])) {
			if o.Name == e.Name {
				return false
			}
		}
	}
	return true
}

// station reports whether the words added to a broadcaster's name name
// one of its channels or stations: words of channels and numbers ("BBC
// Radio Five Live", "BBC World Service", "CBS TV", "BBC Two"); not a news
// agency's longer name ("Kyodo News Service"), a programme or an award,
// nor a place, which after an outlet is as often the next clause's subject
// ("told Reuters Taiwan would cut tariffs") as a regional station ("BBC
// Scotland").
func station(added []text.Token) bool {
	if len(added) == 1 {
		switch strings.ToLower(added[0].Text) {
		case "service", "agency", "news":
			return false
		}
	}
	for _, t := range added {
		if w := t.Text; !stationWords[strings.ToLower(w)] && !smallNumber(w) {
			return false
		}
	}
	return true
}

// stationWords are the words of a broadcaster's channels and stations
// after its name.
var stationWords = map[string]bool{"radio": true, "television": true, "tv": true, "channel": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "live": true, "world": true,
	"service": true, "sport": true, "online": true, "interactive": true, "music": true, "extra": true,
	"news": true, "network": true, "parliament": true}

// stationEnd returns the end of a broadcaster's station name at token end
// of toks, with what the tagger left out after it: a number ("BBC Radio"
// "4"), or a channel's word or a place after "Radio" ("BBC Radio" "Four",
// "BBC Radio" "Scotland").
func (st *docState) stationEnd(toks []text.Token, end int) int {
	if end >= len(toks) || toks[end-1].Span.End == toks[end].Span.Start {
		return end
	}
	w := toks[end].Text
	if smallNumber(w) {
		return end + 1
	}
	if toks[end-1].Text != "Radio" || text.IsLower(w) {
		return end
	}
	if stationWords[strings.ToLower(w)] {
		return end + 1 // "BBC Radio" "Four"
	}
	for _, e := range st.e.lex.Lookup(w) {
		if e.Via == ViaName && (e.Kind == KindState || e.Kind == KindUnknown) {
			return end + 1
		}
	}
	return end
}

// smallNumber reports whether w is a number of one or two digits.
func smallNumber(w string) bool {
	return len(w) <= 2 && allDigits(w)
}

// sameBodyWords are heads of organisations' names that, added alone to a
// body's name, name the same body ("Tory Party", "G7 Group").
var sameBodyWords = map[string]bool{"party": true, "group": true, "organisation": true, "organization": true,
	"alliance": true, "movement": true, "coalition": true, "front": true}

// orgNamedLikePlace reports whether a name the tagger read as a place is
// an organisation's: two words or more, the last a legal form or a word
// that heads organisations' names ("Greater Manchester Police", "Heritage
// Foundation", "Great Western Financial Corp", "Oxford University"), but
// not "City", which ends the names of towns as often as of clubs ("Salt
// Lake City"), nor common words before a legal form, the end of a longer
// name the tagger cut ("Investment Corp", "Gas Co Ltd").
func (st *docState) orgNamedLikePlace(name string) bool {
	last, several := text.LastField(name)
	if !several || strings.EqualFold(last, "city") {
		return false
	}
	cues := cue.Default()
	if !cues.LegalForm(last) {
		return cues.OrgWord(last)
	}
	for _, w := range strings.Fields(name) {
		if !cues.LegalForm(w) && !st.e.model.WrittenInLowerCase(w) {
			return true
		}
	}
	return false
}

// tailsOfOrgNames names an organisation's mention by the one longer
// organisation's name of the document that ends with it: "the Treasury
// Select Committee" after "the House of Commons Treasury Select
// Committee", "Senate Agriculture Committee" after "U.S. Senate
// Agriculture Committee". The shorter name is two words or more and ends
// in a word that heads organisations' names or a legal form ("New York
// Corp" is no tail of a name); not when two names end with it, nor when
// it is a complement in the longer one ("of British Petroleum").
func (st *docState) tailsOfOrgNames() {
	var orgs []keyedName
	cues := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.kind != KindOrg {
			continue
		}
		k := lexicon.NameKey(m.name)
		if !strings.Contains(k, " ") {
			continue
		}
		if last, _ := text.LastField(m.name); !cues.OrgWord(last) && !cues.LegalForm(last) {
			continue
		}
		if orgs == nil {
			orgs = st.orgKeys()
		}
		full, n, tail := "", 0, " "+k
		for _, o := range orgs {
			if strings.HasSuffix(o.key, tail) && !complementBefore(strings.TrimSuffix(o.key, tail)) {
				full = o.name
				n++
			}
		}
		if n == 1 {
			m.name = full
		}
	}
}

// complementBefore reports whether the start of a name key ends in a word
// after which what follows is a complement, not the rest of one name:
// "Eurodebt of British Petroleum" does not end with the name of a body it
// is.
func complementBefore(head string) bool {
	last := head
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		last = head[i+1:]
	}
	switch last {
	case "of", "for", "the", "and", "to", "at", "in", "on":
		return true
	}
	return false
}

// orgKeys returns the plain names (plainOrgName) of organisations the
// gazetteer does not know among the document's mentions, one per name key, in the order of their
// first mentions; never nil.
func (st *docState) orgKeys() []keyedName {
	out := []keyedName{}
	for _, o := range st.mentions {
		if o.kind != KindOrg || o.known || o.place || !plainOrgName(o.name) {
			continue
		}
		k := lexicon.NameKey(o.name)
		if !slices.ContainsFunc(out, func(p keyedName) bool { return p.key == k }) {
			out = append(out, keyedName{k, o.name})
		}
	}
	return out
}

// plainOrgName reports whether an organisation's name is one name, not
// two the tagger ran together ("Daily and Sunday Telegraph"), a possessor
// ("Bank's Monetary Policy Committee") or a prefix ("Ex-Welsh Office")
// before it.
func plainOrgName(name string) bool {
	for _, w := range strings.Fields(name) {
		if w == "and" || w == "&" || text.IsPossessive(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			return false
		}
	}
	return !strings.HasPrefix(strings.ToLower(name), "ex-")
}

// commonWordsOpeningNames takes into an organisation's name a capitalised
// common word right before it that the tagger left out: "Planned" of "to
// Planned Parenthood's super PAC", which the news writes in lower case
// elsewhere. Inside a sentence (not after its first word, a quotation mark
// or a colon) such a capital marks a name. Not a title or role word ("Acting
// Director"), a month or weekday, a place, people or time word, a word the
// gazetteer knows, nor in a headline.
func (st *docState) commonWordsOpeningNames() {
	roles := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.kind != KindOrg || m.via != ViaName || m.t0 < 2 {
			continue
		}
		toks := st.tokens[m.sent]
		k := m.t0 - 1
		w, prev := toks[k].Text, toks[k-1].Text
		if !upperWord(w) || allCaps(w) || toks[k].Span.End+1 != toks[m.t0].Span.Start ||
			!st.e.model.IsCommonWord(w) && !st.e.model.WrittenInLowerCase(w) {
			continue
		}
		if !text.IsLower(prev) && prev != "," || isHeadline(toks) || st.mentionAt(m.sent, k) || isArticle(w) || len(w) < 4 || st.e.lex.IsGivenName(w) ||
			roles.PersonRole(w) || honorific(w) || st.e.model.IsPlacePeopleOrTimeWord(w) || len(st.e.lex.Lookup(w)) > 0 {
			continue
		}
		if n, _, ok := st.e.lex.TitleAt(st.text, toks[k:]); ok && n > 0 {
			continue
		}
		m.t0 = k
		m.span.Start = toks[k].Span.Start
		m.surface = st.text[m.span.Start:m.span.End]
		m.name = cleanName(m.surface)
	}
}

// generalNouns are the events, acts and posts that "General" opens ("the
// General Election", "General Manager of the supply department").
var generalNouns = map[string]bool{"election": true, "elections": true, "strike": true, "agreement": true,
	"agreements": true, "meeting": true, "debate": true, "manager": true, "secretary": true, "counsel": true,
	"director": true, "partner": true, "consul": true, "editor": true}

// generalCompanies takes "General" into a name after it that is a common
// word: "General Electric", "General Mills", "General Dynamics". The tagger
// reads "General" as a military title and the word after it as a man
// ("Electric") or, with a legal form, as a company of its own ("Electric
// Co"), but a person's name is rarely a word the news writes in lower
// case, and a general's name never is; a given name or a family name
// written first stays a person ("General Wesley Clark"). Not after a
// capitalised word or a hyphen, where "General" ends a title ("Solicitor
// General Fried", "Secretary-General Lord Carrington"), nor before a role
// or an honorific ("General Manager") or in an event's name ("General
// Election").
func (st *docState) generalCompanies() {
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.via != ViaName || m.t0 < 1 || m.kind != KindPerson && m.kind != KindOrg {
			continue
		}
		toks := st.tokens[m.sent]
		k := m.t0 - 1
		if toks[k].Text != "General" || toks[k].Span.End+1 != toks[m.t0].Span.Start || st.mentionAt(m.sent, k) {
			continue
		}
		if k > 0 && (upperWord(toks[k-1].Text) || toks[k-1].Span.End == toks[k].Span.Start) {
			continue // "Solicitor General", "Secretary-General"
		}
		w := toks[m.t0].Text
		if !st.e.model.WrittenInLowerCase(w) || st.e.lex.IsGivenName(w) || st.e.lex.IsFamilyFirst(w) ||
			cue.Default().PersonRole(w) || honorific(w) {
			continue // "General Manager X", "General Lord Guthrie"
		}
		if last, _ := text.LastField(m.name); cue.Default().ThingWord(last) || generalNouns[strings.ToLower(last)] || generalNouns[strings.ToLower(w)] {
			continue // "General Election", "General Agreement", "General Manager"
		}
		m.t0 = k
		m.span.Start = toks[k].Span.Start
		m.surface = st.text[m.span.Start:m.span.End]
		m.name = cleanName(m.surface)
		m.kind = KindOrg
		m.titled = false
	}
}
