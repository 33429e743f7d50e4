package build

import (
	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
)

// The evidence of the corpus-level resolution (actorEvidence) per day, as
// labels of the day votes (Node.DayVotes) beside names, types, affiliations
// and aliases, so that a period of a graph resolves its actors from the
// period's evidence alone (Between).
const (
	// voteContext and a class of extract.Votes ("c:person"): the context
	// votes of the day's mentions.
	voteContext = "c:"
	// voteKnown and a type: documents in which the gazetteer named the
	// actor with that type.
	voteKnown = "k:"
	// voteHint and the key of a gazetteer person: documents that hinted
	// at that person for a bare surname.
	voteHint = "h:"
	// voteThing and a name: documents whose contexts marked the name as a
	// thing (extract.Extraction.Things), which count no mention.
	voteThing = "x:"
	// voteCanonical and a name: documents that gave the actor that name
	// as its canonical one (extract.Actor.Canonical), which counts no
	// mention but may name the actor.
	voteCanonical = "m:"
)

// voteClasses returns the classes of extract.Votes by label, in label
// order.
func voteClasses() [14]string {
	return [...]string{"agent", "cited", "event", "given", "group", "initial", "measure", "nonperson", "org", "person", "product", "site", "source", "work"}
}

// voteField returns the counter of class c in v, or nil for another
// string.
func voteField(v *extract.Votes, c string) *int {
	switch c {
	case "agent":
		return &v.Agent
	case "cited":
		return &v.Cited
	case "event":
		return &v.Event
	case "given":
		return &v.Given
	case "group":
		return &v.Group
	case "initial":
		return &v.Initial
	case "measure":
		return &v.Measure
	case "nonperson":
		return &v.NonPerson
	case "org":
		return &v.Org
	case "person":
		return &v.Person
	case "product":
		return &v.Product
	case "site":
		return &v.Site
	case "source":
		return &v.Source
	case "work":
		return &v.Work
	}
	return nil
}

// addEvidenceDay adds the resolution evidence of one document's actor a
// to the day's votes: its context votes, the type the gazetteer gave it,
// the person hinted at.
func addEvidenceDay(d *actorDayAcc, a extract.Actor) {
	for _, c := range voteClasses() {
		if n := *voteField(&a.Votes, c); n != 0 {
			d.votes = addVote(d.votes, voteContext+c, n)
		}
	}
	if a.Known {
		d.votes = addVote(d.votes, voteKnown+a.Type.String(), 1)
	}
	if a.HintKey != "" {
		d.votes = addVote(d.votes, voteHint+a.HintKey, 1)
	}
}

// addThingDay counts one document's thing a (a name its contexts marked
// as no actor) on its day: its name and evidence, no mention.
func addThingDay(list []actorDayAcc, day graph.Day, a extract.Actor) []actorDayAcc {
	list, d := actorDay(list, day)
	d.votes = addVote(d.votes, voteThing+a.Name, 1)
	addEvidenceDay(d, a)
	return list
}

// addDayVote adds the vote of label to the counts of actor a, as adding
// the documents behind it did; it reports false for a label of no known
// kind.
func addDayVote(a *actorAcc, label string, n int) bool {
	if len(label) < 2 {
		return false
	}
	v := label[2:]
	switch label[:2] {
	case voteName:
		a.names.add(v, n)
		a.aliases.add(v, 0)
	case voteType:
		k, _ := extract.ParseKind(v)
		a.kinds.add(k, n)
	case voteAffiliation:
		a.affiliations.add(v, n)
	case voteAlias:
		a.aliases.add(v, 0)
	case voteContext:
		p := voteField(&a.ev.votes, v)
		if p == nil {
			return false
		}
		*p += n
	case voteKnown:
		k, err := extract.ParseKind(v)
		if err != nil {
			return false
		}
		if a.ev.known == nil {
			a.ev.known = map[extract.Kind]int{}
		}
		a.ev.known[k] += n
	case voteHint:
		if a.ev.hints == nil {
			a.ev.hints = map[string]int{}
		}
		a.ev.hints[v] += n
	case voteThing, voteCanonical:
		a.names.add(v, 0)
	default:
		return false
	}
	return true
}

// unitDoc returns the document ID of a short form's key (see unitKey), or
// "" for another key.
func unitDoc(key string) string {
	_, doc, _ := SplitKey(key)
	return doc
}
