package build

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract"
)

// Weights of the type vote (typeOf): a context cue counts as much as
// cueWeight documents that the extractor typed so.
const cueWeight = 3

// minInitial is the number of mentions from which a name seen only where
// every word is capitalised is taken for a common word.
const minInitial = 5

// With at least minCues person and organisation votes, one side that has
// clearCues times the other's decides.
const (
	minCues   = 2
	clearCues = 3
)

// typeOf returns an actor's type from all the evidence of the corpus, and
// whether it is an actor at all. A type the gazetteer gave it wins. Else
// the types the extractor gave it, one vote per document (a document's
// type repeats one reading of the name, the tagger's, however many times
// the document names it), are weighed against the context votes of its
// mentions, each of which counts cueWeight times (see nodeType for the
// given-name prior of the graph's nodes); a tie goes to the type of
// most documents, or for a one-word name to an organisation when at least
// minCues contexts favour it ("Yahoo": a person of one word is rarer than
// a firm):
// "said he", a title or a role noun for a person; "club", "shares", "said
// it", a legal form for an organisation. A name whose contexts mark a work,
// a product, an event or a generic group more often than they mark an
// actor that speaks or decides is no actor.
func typeOf(a *actorAcc) (extract.Kind, bool) { return typeVote(a, false) }

// nodeType is typeOf for the nodes of the graph, after the resolution
// has joined the short forms to their full names: the given-name prior
// (Votes.Given) counts too. The resolution itself leaves it out: a
// short form that starts with a given name ("Lucas Aerospace", "Wang
// Laboratories") may be the short name of a company named after a
// person ("Lucas Aerospace Ltd"), which it must still join.
func nodeType(a *actorAcc) (extract.Kind, bool) { return typeVote(a, true) }

// typeVote is typeOf, with the given-name prior when given is set.
func typeVote(a *actorAcc, given bool) (extract.Kind, bool) {
	if len(a.ev.known) > 0 {
		k, _ := topKey(a.ev.known)
		return k, k != extract.KindUnknown
	}
	v := a.ev.votes
	thing, acting := v.Thing(), v.Acting()
	if thing >= 2 && thing > acting {
		return extract.KindUnknown, false
	}
	// A one-word name seen capitalised only where every word is (at the
	// start of a sentence, in a Title Case headline), and never in a
	// context that marks an actor, is a common word ("Qtr").
	if a.mentions >= minInitial && 10*v.Initial >= 9*a.mentions && 10*(v.Agent+v.Person+v.Org) <= a.mentions &&
		!strings.ContainsFunc(displayName(a), isSpace) {
		return extract.KindUnknown, false
	}
	// Enough context votes, clearly one way, decide person or
	// organisation: the tagger's guess repeats one reading of the name
	// in every mention of a document, the contexts are independent.
	cp, co := v.Person, v.Org+v.NonPerson
	if v.Agent > 0 {
		co += v.Product // an actor with products ("X console") is a maker
	}
	if cp+co >= minCues && a.kinds.get(extract.KindState) == 0 {
		switch {
		case co >= clearCues*cp:
			return extract.KindOrg, true
		case cp >= clearCues*co:
			return extract.KindPerson, true
		}
	}
	person := a.kinds.get(extract.KindPerson) + cueWeight*v.Person
	if given && v.Given > 0 && a.kinds.get(extract.KindPerson) > 0 {
		// A name that starts with a common given name, read as a person
		// in some document, is worth one context for a person: a single
		// stray organisation cue ("Julie Burchill" in a list of
		// columnists of a paper) does not make an organisation of it,
		// as the document's own settling did not.
		person += cueWeight
	}
	org := a.kinds.get(extract.KindOrg) + cueWeight*(v.Org+v.NonPerson)
	state := a.kinds.get(extract.KindState)
	switch {
	case state > person && state > org:
		return extract.KindState, true
	case org > person, org == person && a.kinds.get(extract.KindOrg) > a.kinds.get(extract.KindPerson),
		org == person && co > cp && co >= minCues && !strings.ContainsFunc(displayName(a), isSpace):
		return extract.KindOrg, true
	case person > 0:
		return extract.KindPerson, true
	}
	k, _ := a.kinds.top()
	return k, k != extract.KindUnknown
}
