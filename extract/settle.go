package extract

import "slices"

// settle applies the document's own context votes to its actors that the
// gazetteer does not know (named[i] is the number of mentions by name of
// x.Actors[i]):
//   - an actor whose mentions mark a work, a product or an event at least
//     half the time, and an actor never ("its Iressa drug", "cholesterol
//     drug Crestor", "his new book, Lawless World"), is no actor of this
//     document: it leaves the extraction with its mentions and statements,
//     and goes to x.Things, whose votes the corpus still counts;
//   - two or more context votes for a person or for an organisation, and
//     none for the other, set the type ("Vodafone said it ...", "shares in
//     Vodafone").
//
// Package graph weighs the votes again over the whole corpus.
func settle(x *Extraction, named []int) {
	gone := map[string]bool{}
	for i := range x.Actors {
		a := &x.Actors[i]
		if a.Known || named[i] == 0 {
			continue
		}
		v := a.Votes
		thing := v.Work + v.Product + v.Event + v.Group
		acting := v.Agent + v.Person + v.Org + v.Source
		if thing > 0 && acting == 0 && 2*thing >= named[i] {
			gone[a.Name] = true
			continue
		}
		cp, co := v.Person, v.Org+v.NonPerson
		switch {
		case a.Type == KindPerson && co >= 2 && cp == 0:
			a.Type, a.Affiliation = KindOrg, ""
		case a.Type == KindOrg && cp >= 2 && co == 0:
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
		}
	}
}
