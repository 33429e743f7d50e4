package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// polityNouns are the plural and collective nouns of political agents and
// of what they do as a body: after a region's name or demonym ("European
// leaders", "Europe's governments", "Western sanctions") they make the
// region an actor of the sentence.
var polityNouns = map[string]bool{
	"leader": true, "leaders": true, "leadership": true, "official": true, "officials": true,
	"government": true, "governments": true, "ally": true, "allies": true, "power": true, "powers": true,
	"nation": true, "nations": true, "country": true, "countries": true, "state": true, "states": true,
	"capital": true, "capitals": true, "diplomat": true, "diplomats": true, "diplomacy": true,
	"minister": true, "ministers": true, "negotiator": true, "negotiators": true, "partner": true,
	"partners": true, "counterpart": true, "counterparts": true, "politician": true, "politicians": true,
	"lawmaker": true, "lawmakers": true, "envoy": true, "envoys": true, "delegation": true,
	"delegations": true, "troops": true, "forces": true, "sanctions": true, "peacekeepers": true,
	"mediators": true, "regulators": true, "authorities": true, "democracies": true,
	"support": true, "opposition": true, "criticism": true, "pressure": true, "backing": true,
	"proposal": true, "proposals": true, "plan": true, "initiative": true, "demands": true,
	"position": true, "stance": true, "response": true, "warning": true, "condemnation": true, "aid": true,
}

// regionPlaceWords are the words before a region's name that make it a
// place: prepositions of place and direction, and the compass words of a
// part of it ("in Europe", "across Europe", "western Europe").
var regionPlaceWords = map[string]bool{
	"in": true, "across": true, "throughout": true, "around": true, "to": true, "from": true, "into": true,
	"within": true, "outside": true, "over": true, "at": true, "near": true, "on": true, "through": true,
	"beyond": true, "inside": true, "toward": true, "towards": true, "via": true, "of": true,
	"western": true, "eastern": true, "northern": true, "southern": true, "central": true,
	"continental": true, "mainland": true,
}

// regionActs reports whether the mention of a region in tokens [t0, t1) of
// sentence si names the bloc acting rather than the place: a polity noun
// ends the phrase or follows it ("Western powers", "European leaders",
// "Europe's governments"), or the name itself, not after a word of place,
// says or decides something ("Europe warned", "the West has refused").
// Everything else ("in Europe", "the European market", "Europeans") is
// the place.
func (st *docState) regionActs(si, t0, t1 int) bool {
	toks := st.tokens[si]
	if polityNouns[strings.ToLower(toks[t1-1].Text)] {
		return true
	}
	j := t1
	if j < len(toks) && text.IsPossessive(toks[j].Text) {
		j++
	}
	if j < len(toks) && polityNouns[strings.ToLower(toks[j].Text)] {
		return true
	}
	if t0 > 0 && regionPlaceWords[strings.ToLower(toks[t0-1].Text)] {
		return false
	}
	return t1 < len(toks) && (cue.Default().AgentWord(toks[t1].Text) || regionModals[strings.ToLower(toks[t1].Text)])
}

// regionModals are the auxiliaries after which a region's name is the
// subject of a decision or a demand ("Europe must", "the West will not").
var regionModals = map[string]bool{"must": true, "should": true, "will": true, "would": true, "can": true,
	"could": true, "cannot": true, "has": true, "have": true, "needs": true, "may": true, "might": true}

// regionPlace reports whether entry e, matched at [t0, t1) of sentence
// si, is a region named as a place there (see regionActs).
func (st *docState) regionPlace(e lexicon.Entry, si, t0, t1 int) bool {
	return e.Category == lexicon.CategoryRegion && !st.regionActs(si, t0, t1)
}

// venueNouns are the nouns of agreements, meetings and negotiations that
// a capital before them names by the place where they were made or held:
// "the Paris accord", "the Tokyo summit", "the London talks", "the Paris
// Club".
var venueNouns = map[string]bool{"accord": true, "accords": true, "agreement": true, "agreements": true,
	"pact": true, "treaty": true, "round": true, "summit": true, "talks": true, "declaration": true,
	"protocol": true, "communique": true, "club": true, "conference": true, "meeting": true}

// topicWords are the topics of agreements and meetings that stand between
// a capital and the noun of the agreement or meeting ("the Geneva peace
// talks", "the Paris currency stabilisation pact").
var topicWords = map[string]bool{"peace": true, "trade": true, "currency": true, "stabilisation": true,
	"stabilization": true, "monetary": true, "economic": true, "security": true, "nuclear": true, "arms": true,
	"climate": true, "ceasefire": true, "debt": true, "budget": true, "farm": true, "tariff": true, "energy": true,
	"oil": true}

// namesAgreement reports whether entry e, a state matched by its capital
// and ending at token t1 of sentence si, names the place of an agreement
// or a meeting rather than the state acting: a noun of venueNouns follows,
// after up to two topic words ("the Paris accord" is the G-6's, not
// France's; "the Geneva peace talks"). A state's own name
// does so only before "round", the trade negotiations a state launched
// ("the Uruguay round"): "the Japan agreement", "U.S. talks" often name a
// party.
func (st *docState) namesAgreement(e lexicon.Entry, si, t1 int) bool {
	toks := st.tokens[si]
	if e.Kind != KindState || t1 >= len(toks) {
		return false
	}
	next := strings.ToLower(toks[t1].Text)
	switch e.Via {
	case lexicon.ViaSeat:
		// Up to two words of the agreement's or meeting's topic may
		// stand between ("the Paris currency stabilisation pact", "the
		// Geneva peace talks").
		for k := t1; k < len(toks) && k < t1+3; k++ {
			w := strings.ToLower(toks[k].Text)
			if venueNouns[w] {
				return true
			}
			if !topicWords[w] {
				return false
			}
		}
		return false
	case lexicon.ViaName, "":
		return next == "round"
	}
	return false
}

// compassWords are the adjectives of a part of a country or region
// before its name ("Northern Virginia", "Southern California", "Eastern
// Ukraine"). "North", "South", "East" and "West" are left out: they open
// the names of states ("North Yemen", "South Vietnam").
var compassWords = map[string]bool{"Northern": true, "Southern": true, "Eastern": true, "Western": true,
	"Central": true, "Northeastern": true, "Northwestern": true, "Southeastern": true, "Southwestern": true,
	"North-Eastern": true, "North-Western": true, "South-Eastern": true, "South-Western": true}

// compassRegions makes places of the unknown names of two words that are
// a compass adjective and a state or a place on land the gazetteer knows
// ("drove from Northern Virginia", "storms in Southern California"),
// which the tagger reads as organisations: a part of a place is a place,
// and a part of a state no voice of it. Not a sea ("Southern Pacific" is
// a railroad), nor the first words of a longer name the document gives
// ("Central Maine Power Co" … "Central Maine").
func (st *docState) compassRegions() {
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.via != ViaName || m.t1-m.t0 != 2 {
			continue
		}
		toks := st.tokens[m.sent]
		if !compassWords[toks[m.t0].Text] {
			continue
		}
		if !slices.ContainsFunc(st.e.lex.Lookup(toks[m.t0+1].Text), func(e lexicon.Entry) bool {
			return e.Via == ViaName && (e.Kind == KindState || e.Kind == KindUnknown && e.Category != "sea")
		}) {
			continue
		}
		if slices.ContainsFunc(st.mentions, func(o mention) bool {
			return o.t1-o.t0 > 2 && strings.HasPrefix(o.surface, m.surface+" ")
		}) {
			continue
		}
		m.place = true
	}
}
