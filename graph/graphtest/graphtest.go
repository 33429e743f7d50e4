// Package graphtest provides small, hand-made extractions for the tests of
// the graph packages: documents whose sentences mention given actors.
package graphtest

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// Extraction builds an extraction whose sentences each mention the
// given actors: sentences[i] lists the actor names of sentence i.
func Extraction(id string, kinds map[string]extract.Kind, sentences ...[]string) *extract.Extraction {
	x := &extract.Extraction{Doc: id, Document: extract.Document{ID: id, Path: id, Title: "T " + id}}
	var text strings.Builder
	counts := map[string]int{}
	for i, names := range sentences {
		start := text.Len()
		text.WriteString(strings.Join(names, " and ") + " met.")
		x.Sentences = append(x.Sentences, extract.Sentence{Index: i, Paragraph: i / 2,
			Span: extract.Span{Start: start, End: text.Len()}})
		off := start
		for _, n := range names {
			x.Mentions = append(x.Mentions, extract.Mention{Actor: n, Text: n,
				Span: extract.Span{Start: off, End: off + len(n)}, Sentence: i, Via: extract.ViaName})
			off += len(n) + 5
			counts[n]++
		}
		text.WriteString(" ")
	}
	x.Text = text.String()
	for n, c := range counts {
		k := kinds[n]
		if k == extract.KindUnknown {
			k = extract.KindPerson
		}
		x.Actors = append(x.Actors, extract.Actor{Name: n, Key: lexicon.NameKey(n), Type: k, Aliases: []string{n}, Mentions: c})
	}
	return x
}

// Extractions are four small extractions of Putin, Witkoff, Ushakov,
// Russia, Ukraine and NATO, with repeated pairs, for builder and file tests.
func Extractions() []*extract.Extraction {
	kinds := map[string]extract.Kind{"Russia": extract.KindState, "Ukraine": extract.KindState, "NATO": extract.KindOrg}
	return []*extract.Extraction{
		Extraction("a.txt", kinds, []string{"Vladimir Putin", "Steve Witkoff"}, []string{"Russia", "Ukraine"}, []string{"Putin", "Ukraine"}),
		Extraction("b.txt", kinds, []string{"Steve Witkoff", "Yuri Ushakov"}, []string{"Ushakov", "Vladimir Putin", "Russia"}),
		Extraction("c.txt", kinds, []string{"Witkoff", "NATO"}, []string{"Russia", "NATO", "Ukraine"}),
		Extraction("d.txt", kinds, []string{"Ukraine", "Russia"}, []string{"Russia", "Ukraine"}, []string{"Ukraine", "Russia"}, []string{"Russia", "Ukraine"}),
	}
}
