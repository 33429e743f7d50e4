package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// maxKindName is the number of capitalised words of the longest name that
// kindNamesLeftOut reads after the kind of an organisation.
const maxKindName = 4

// kindNamesLeftOut adds to ents (sorted, not overlapping) the names the
// tagger left out right after the kind of organisation they name, in
// lower case ("auditors Grant Thornton", "brokers Hoare Govett"): the
// capitalised words there, up to maxKindName, as an organisation. A run
// that is a possessive ("the bank Britain's biggest lender") or runs on
// past a connector ("Birr, Wilson and Co") gives nothing (orgKindBefore).
func kindNamesLeftOut(toks []text.Token, ents []ner.Entity) []ner.Entity {
	var out []ner.Entity
	next := 0
	for i := 1; i < len(toks); i++ {
		for next < len(ents) && ents[next].End <= i {
			next++
		}
		if next < len(ents) && ents[next].Start <= i || !upperWord(toks[i].Text) || !text.IsLower(toks[i-1].Text) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i < maxKindName && nameGoesOn(toks, j) && (next >= len(ents) || j < ents[next].Start) {
			j++
		}
		if j < len(toks) && (nameGoesOn(toks, j) || next < len(ents) && j == ents[next].Start) {
			i = j
			continue // longer than a name, or running into an entity
		}
		if !orgKindBefore(toks, i, j) {
			i = j
			continue
		}
		if out == nil {
			out = append(make([]ner.Entity, 0, len(ents)+1), ents...)
		}
		out = append(out, ner.Entity{Start: i, End: j, Type: "ORG"})
		i = j
	}
	if out == nil {
		return ents
	}
	slices.SortFunc(out, func(a, b ner.Entity) int { return a.Start - b.Start })
	return out
}

// nameGoesOn reports whether token j goes on with the name before it: a
// capitalised word, a number ("Transport 2000") or a hyphen glued to the
// words on both sides ("Wind-Up Records").
func nameGoesOn(toks []text.Token, j int) bool {
	w := toks[j].Text
	if upperWord(w) || allDigits(w) {
		return true
	}
	return w == "-" && j+1 < len(toks) && toks[j-1].Span.End == toks[j].Span.Start && toks[j].Span.End == toks[j+1].Span.Start
}
