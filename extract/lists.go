package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// placesInLists makes places of the names listed with places: in "towns
// including Cardiff, Bangor, Aberystwyth and Wrexham" the tagger may type
// the less known towns as organisations, but a list joins things of one
// kind. A name becomes a place when at least half of the list's other
// names are places and none of them is an actor the gazetteer knows, and
// the name itself is neither known to the gazetteer nor a person's name
// that starts with a given name. A list of two joined by a comma alone
// ("Bromsgrove, Worcestershire") must end at punctuation: "In London,
// Barclays said" is no list. The list must follow a preposition of place
// ("in", "across"), or "including", "such as" or "like" after a plural
// noun of places ("towns including"): "from Liverpool, Everton and Chelsea" names clubs, and
// the tagger's place may be a club named after its town.
func (st *docState) placesInLists() {
	st.constituencies()
	for i := 0; i < len(st.mentions); {
		j, conj := st.listEnd(i)
		if j-i >= 2 && (conj || st.endsAtPunct(st.mentions[j-1])) && st.afterLocative(st.mentions[i]) {
			st.placeList(i, j)
		}
		i = j
	}
}

// listEnd returns the end of the run of mentions from i that only commas
// and "and"/"or" separate in one sentence, and whether a conjunction is
// among the separators.
func (st *docState) listEnd(i int) (int, bool) {
	conj := false
	j := i + 1
	for ; j < len(st.mentions); j++ {
		a, b := st.mentions[j-1], st.mentions[j]
		if a.sent != b.sent || b.t0 <= a.t1 || b.t0-a.t1 > 2 {
			break
		}
		toks := st.tokens[a.sent]
		ok := true
		for k := a.t1; k < b.t0; k++ {
			switch w := toks[k].Text; {
			case w == "," && conj:
				ok = false // "in England and Wales, Lord Woolf": the list ended
			case w == ",":
			case w == "and" || w == "or":
				conj = true
			default:
				ok = false
			}
		}
		if !ok || b.t0-a.t1 == 2 && toks[a.t1].Text != "," {
			break
		}
	}
	return j, conj
}

// endsAtPunct reports whether mention m is followed by punctuation or
// ends its sentence.
func (st *docState) endsAtPunct(m mention) bool {
	toks := st.tokens[m.sent]
	if m.t1 >= len(toks) {
		return true
	}
	switch toks[m.t1].Text {
	case ",", ".", ";", ":", ")":
		return true
	}
	return false
}

// placeList makes places of the unknown names of the list of mentions
// [i, j) when at least half of the others are places and none is the
// surname of a person the document names in full. A name the document
// uses again outside the list keeps its type ("customers in Bristol and
// NTL viewers in Glasgow" in a story about NTL).
func (st *docState) placeList(i, j int) {
	places := 0
	for _, m := range st.mentions[i:j] {
		switch {
		case st.isSurname(m.surface):
			return // "in Hodgson and Barkley": players, whatever the tagger says
		case m.place:
			places++
		case m.known || m.via != ViaName:
			return
		}
	}
	if places == 0 || 2*places < j-i-1 {
		return
	}
	for k := i; k < j; k++ {
		m := &st.mentions[k]
		if m.place || m.kind == KindPerson && m.t1-m.t0 > 1 && st.e.lex.IsGivenName(st.tokens[m.sent][m.t0].Text) ||
			st.namedElsewhere(k) {
			continue
		}
		m.place = true
	}
}

// afterLocative reports whether mention m follows a preposition of place,
// or "including", "such as" or "like" after a plural noun of places
// ("towns and cities including Cardiff").
func (st *docState) afterLocative(m mention) bool {
	if m.t0 == 0 {
		return false
	}
	toks := st.tokens[m.sent]
	k := m.t0 - 1
	switch toks[k].Text {
	case "in", "across", "near", "around", "outside", "throughout":
		return true
	case "as":
		if k == 0 || toks[k-1].Text != "such" {
			return false
		}
		k--
	case "including", "like":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if placeNouns[toks[j].Text] {
			return true
		}
	}
	return false
}

// placeNouns are plural nouns for kinds of places.
var placeNouns = map[string]bool{"towns": true, "cities": true, "villages": true, "areas": true, "regions": true,
	"places": true, "locations": true, "suburbs": true, "counties": true, "provinces": true, "districts": true,
	"capitals": true, "ports": true, "resorts": true, "destinations": true}

// seatNounAt reports whether a noun of an electoral district starts at
// token k: "seat", "constituency", "ward" or "by-election" (which the
// tokenizer splits at its hyphen).
func seatNounAt(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].Text {
	case "seat", "constituency", "ward":
		return true
	case "by":
		return k+2 < len(toks) && toks[k+1].Text == "-" && toks[k+2].Text == "election"
	}
	return strings.EqualFold(toks[k].Text, "by-election")
}

// isSurname reports whether w is the last word of a person's name of two
// words or more in the document.
func (st *docState) isSurname(w string) bool {
	for _, m := range st.mentions {
		if m.kind == KindPerson && !m.place && m.t1-m.t0 >= 2 && st.tokens[m.sent][m.t1-1].Text == w {
			return true
		}
	}
	return false
}

// namedElsewhere reports whether another mention of the document, not a
// place, has the surface of mention k.
func (st *docState) namedElsewhere(k int) bool {
	for i, m := range st.mentions {
		if i != k && !m.place && m.surface == st.mentions[k].surface {
			return true
		}
	}
	return false
}

// constituencies makes places of the names of constituencies: a name
// right after "MP for", "MEP for", "MSP for", "AM for", "member for",
// "seat of" or "constituency of" ("Labour MP for Ealing North", "his home
// seat of Bedwellty") or right before "seat", "constituency", "ward" or
// "by-election" ("the Eton and Slough seat", "the Horsham by-election"),
// and one joined to it by "and" ("Kensington and Chelsea"), whatever the
// tagger typed it; the first only when the gazetteer does not know it
// ("the Labour seat" is the party's).
func (st *docState) constituencies() {
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place {
			continue
		}
		toks := st.tokens[m.sent]
		if seatNounAt(toks, m.t1) && !m.titled {
			// "the Eton and Slough seat", "the 1904 Horsham by-election":
			// the constituency, and the one joined to it by "and".
			m.place = true
			if p := i - 1; p >= 0 && st.mentions[p].sent == m.sent && st.mentions[p].t1 == m.t0-1 && toks[m.t0-1].Text == "and" && !st.mentions[p].known {
				st.mentions[p].place = true
			}
			continue
		}
		if m.t0 < 2 {
			continue
		}
		prep, before := toks[m.t0-1].Text, toks[m.t0-2].Text
		switch {
		case prep == "for" && (before == "MP" || before == "MEP" || before == "MSP" || before == "AM" || before == "member"),
			prep == "of" && (before == "seat" || before == "constituency"):
			m.place = true
			// "the member for Kensington and Chelsea": a constituency
			// named after two places is one place, whatever the second
			// names elsewhere (the club).
			if n := i + 1; n < len(st.mentions) && st.mentions[n].sent == m.sent && st.mentions[n].t0 == m.t1+1 && toks[m.t1].Text == "and" &&
				(st.mentions[n].t1 >= len(toks) || !text.IsPossessive(toks[st.mentions[n].t1].Text)) {
				st.mentions[n].place = true // not "MP for Merionnydd Nant Conwy and Plaid Cymru's leader"
			}
		}
	}
}
