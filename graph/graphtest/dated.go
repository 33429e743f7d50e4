package graphtest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// datedActor is an actor of the dated corpus: the forms it is named by,
// the types and affiliations documents give it.
type datedActor struct {
	names        []string
	kinds        []extract.Kind
	affiliations []string
}

// datedActors are the actors of DatedExtractions. Berg and Lind are
// surnames of one or two full names, so that periods differ in which
// surname merges the builder makes; some actors are typed or affiliated
// differently by different documents.
var datedActors = []datedActor{
	{names: []string{"Anna Berg"}, kinds: []extract.Kind{extract.KindPerson}, affiliations: []string{"Sweden", ""}},
	{names: []string{"Carl Berg"}, kinds: []extract.Kind{extract.KindPerson}},
	{names: []string{"Berg"}, kinds: []extract.Kind{extract.KindPerson, extract.KindPerson, extract.KindOrg}},
	{names: []string{"Eva Lind"}, kinds: []extract.Kind{extract.KindPerson}, affiliations: []string{"Norway"}},
	{names: []string{"Lind"}, kinds: []extract.Kind{extract.KindPerson}},
	{names: []string{"Sweden", "Swedish"}, kinds: []extract.Kind{extract.KindState}},
	{names: []string{"Norway"}, kinds: []extract.Kind{extract.KindState}},
	{names: []string{"Nordic Council", "NORDIC COUNCIL"}, kinds: []extract.Kind{extract.KindOrg, extract.KindOrg, extract.KindState}},
	{names: []string{"Ola Dahl", "Ola Dahl Jr"}, kinds: []extract.Kind{extract.KindPerson}, affiliations: []string{"Norway", "Sweden"}},
	{names: []string{"Kiruna Mining"}, kinds: []extract.Kind{extract.KindOrg}},
}

// DatedExtractions returns n random extractions of the actors above, dated
// over the days of February 2025 (one in ten undated), with co-mentions in
// sentences and statements with polarities, made from seed. Document IDs
// are "doc-000" to "doc-<n-1>" and the day of document i is Dates[i].
// Actors carry the evidence of the corpus-level resolution (context votes,
// gazetteer knowledge and hints, names marked as things), drawn so that
// the type vote drops some names in some sets of the documents and not in
// others.
func DatedExtractions(n int, seed uint64) []*extract.Extraction {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	ev := rand.New(rand.NewPCG(seed^0xe71d, seed))
	out := make([]*extract.Extraction, n)
	for i := range out {
		date := ""
		if rng.IntN(10) > 0 {
			date = fmt.Sprintf("2025-02-%02dT%02d:00:00", 1+rng.IntN(20), rng.IntN(24))
		}
		out[i] = datedExtraction(fmt.Sprintf("doc-%03d", i), date, rng)
		addEvidence(out[i], ev)
	}
	return out
}

// addEvidence gives the actors of x random resolution evidence: context
// votes for their type or against it, the gazetteer's knowledge of the
// states and of Berg, a hint at Eva Lind for Lind, and thing votes (on the
// actor, or on the name as a thing of the document), mostly outweighed by
// an acting vote.
func addEvidence(x *extract.Extraction, rng *rand.Rand) {
	for i := range x.Actors {
		a := &x.Actors[i]
		v := &a.Votes
		if a.Key == "nordic council" {
			// An event more often than an actor: the type vote drops
			// it from the whole corpus, not from every period.
			v.Event = rng.IntN(2)
			if rng.IntN(3) == 0 {
				v.Agent = 1
			}
			continue
		}
		switch rng.IntN(4) {
		case 0:
			v.Person = 1 + rng.IntN(2)
		case 1:
			v.Org = 1
		case 2:
			v.NonPerson = 1
		}
		if rng.IntN(5) == 0 {
			v.Cited = 1
		}
		if rng.IntN(6) == 0 {
			v.Source = 1
		}
		if rng.IntN(4) == 0 {
			v.Initial, v.Agent = 1, 1
		}
		switch rng.IntN(8) {
		case 0, 1:
			v.Work, v.Agent = 1, v.Agent+1
		case 2:
			v.Product = 1 + rng.IntN(2) // a name some periods drop
		}
		switch a.Name {
		case "Sweden", "Norway":
			a.Known = rng.IntN(2) == 0
		case "Berg":
			a.Known = rng.IntN(8) == 0
		case "Lind":
			if rng.IntN(3) == 0 {
				a.HintKey = "eva lind"
			}
		}
		if rng.IntN(6) == 0 {
			// A context elsewhere in the document marks the name as a
			// thing; the actor's own mentions act.
			v.Agent++
			x.Things = append(x.Things, extract.Actor{Name: strings.ToUpper(a.Name), Key: a.Key, Type: a.Type,
				Known: a.Known, Votes: extract.Votes{Event: 1}})
		}
	}
}

// datedExtraction makes one random document.
func datedExtraction(id, date string, rng *rand.Rand) *extract.Extraction {
	x := &extract.Extraction{Doc: id, Date: date,
		Document: extract.Document{ID: id, Path: id, Title: "T " + id, Date: date}}
	// The document's cast: a few actors, each under one of its forms.
	cast := map[string]extract.Actor{}
	var names []string
	for _, k := range rng.Perm(len(datedActors))[:2+rng.IntN(4)] {
		a := datedActors[k]
		name := a.names[rng.IntN(len(a.names))]
		// A surname seldom appears beside its full name: the extractor
		// resolves it within the document, but not always.
		if slices.Contains(names, name) || clashes(names, name) && rng.IntN(6) > 0 {
			continue
		}
		act := extract.Actor{Name: name, Key: lexicon.NameKey(name), Type: a.kinds[rng.IntN(len(a.kinds))], Aliases: []string{name}}
		if len(a.affiliations) > 0 {
			act.Affiliation = a.affiliations[rng.IntN(len(a.affiliations))]
		}
		if len(a.names) > 1 && rng.IntN(2) == 0 {
			act.Aliases = append(act.Aliases, a.names[0]+" (alias)")
			slices.Sort(act.Aliases)
		}
		cast[name] = act
		names = append(names, name)
	}
	var text strings.Builder
	counts := map[string]int{}
	for s := range 2 + rng.IntN(4) {
		start := text.Len()
		var in []string
		for _, nm := range names {
			if rng.IntN(2) == 0 {
				in = append(in, nm)
			}
		}
		text.WriteString(strings.Join(append(in, "someone"), " and ") + " spoke.")
		x.Sentences = append(x.Sentences, extract.Sentence{Index: s, Paragraph: s / 2,
			Span: extract.Span{Start: start, End: text.Len()}})
		off := start
		for _, nm := range in {
			x.Mentions = append(x.Mentions, extract.Mention{Actor: nm, Text: nm,
				Span: extract.Span{Start: off, End: off + len(nm)}, Sentence: s, Via: extract.ViaName})
			off += len(nm) + 5
			counts[nm]++
		}
		if len(in) >= 2 && rng.IntN(2) == 0 {
			st := extract.Statement{Speaker: in[0], Cue: "said",
				Polarity: rng.IntN(3) - 1, Targets: in[1:], Text: text.String()[start:],
				Span: extract.Span{Start: start, End: text.Len()}, SentenceIndex: s,
				Confidence: float64(rng.IntN(1000)) / 1000}
			// Each target gets a polarity and confidence of its own,
			// as the polarity model gives them.
			for _, t := range st.Targets {
				st.Stances = append(st.Stances, extract.TargetStance{Target: t, Polarity: rng.IntN(3) - 1,
					Confidence: float64(rng.IntN(1000)) / 1000})
			}
			x.Statements = append(x.Statements, st)
		}
		text.WriteString(" ")
	}
	x.Text = text.String()
	for _, nm := range names {
		a := cast[nm]
		a.Mentions = counts[nm]
		x.Actors = append(x.Actors, a)
	}
	return x
}

// clashes reports whether name is a surname of one of names or has one of
// them as its surname.
func clashes(names []string, name string) bool {
	for _, n := range names {
		if strings.HasSuffix(n, " "+name) || strings.HasSuffix(name, " "+n) {
			return true
		}
	}
	return false
}
