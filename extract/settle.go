package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/text"
)

// settle applies the document's own context votes to its actors that the
// gazetteer does not know (named[i] is the number of mentions by name of
// x.Actors[i], given[i] whether its name starts with a common given name):
//   - an actor whose mentions mark a work, a product or an event at least
//     half the time, and an actor never ("its Iressa drug", "cholesterol
//     drug Crestor", "his new book, Lawless World"), is no actor of this
//     document: it leaves the extraction with its mentions and statements,
//     and goes to x.Things, whose votes the corpus still counts; one such
//     vote does not remove a person of two words that start with a common
//     given name ("a nomination for Martin Scorsese"): the corpus decides;
//   - the type the tagger read into the name counts as one vote however
//     often the document names it, and the context votes decide against it
//     when they lean the other way: more votes for an organisation than for
//     a person make a person an organisation ("its Clearstream unit", "X
//     said it ..."), and the reverse. A name that starts with a common
//     given name carries one more vote for the tagger's person, so that
//     one stray organisation cue does not turn "Sonia O'Sullivan" into a
//     firm; alone it does not undo the tagger's organisation, as firms
//     are often named after people. It is the name's, not a context's, so
//     it stays out of the votes that package graph adds up over the
//     corpus.
//
// Package graph weighs the votes again over the whole corpus.
func settle(x *Extraction, named []int, given []bool) {
	gone := map[string]bool{}
	for i := range x.Actors {
		a := &x.Actors[i]
		if a.Known || named[i] == 0 {
			continue
		}
		v := a.Votes
		thing, acting := v.Thing(), v.Acting()
		if thing > 0 && acting == 0 && 2*thing >= named[i] && (thing > 1 || !given[i] || a.Type != KindPerson || text.FieldCount(a.Name, 3) != 2) {
			gone[a.Name] = true
			continue
		}
		cp, co := v.Person, v.Org+v.NonPerson
		g := 0
		if given[i] {
			g = 1
		}
		switch {
		case a.Type == KindPerson && co > cp+g:
			a.Type, a.Affiliation = KindOrg, ""
		case a.Type == KindOrg && cp > co:
			a.Type = KindPerson
		}
	}
	if len(gone) == 0 {
		return
	}
	for _, a := range x.Actors {
		if gone[a.Name] {
			x.Things = append(x.Things, a)
		}
	}
	x.Actors = slices.DeleteFunc(x.Actors, func(a Actor) bool { return gone[a.Name] })
	x.Mentions = slices.DeleteFunc(x.Mentions, func(m Mention) bool { return gone[m.Actor] })
	x.Statements = slices.DeleteFunc(x.Statements, func(s Statement) bool { return gone[s.Speaker] })
	for i := range x.Statements {
		s := &x.Statements[i]
		if slices.ContainsFunc(s.Targets, func(t string) bool { return gone[t] }) {
			s.Targets = slices.DeleteFunc(slices.Clone(s.Targets), func(t string) bool { return gone[t] })
			s.Stances = slices.DeleteFunc(slices.Clone(s.Stances), func(t TargetStance) bool { return gone[t.Target] })
		}
	}
}
