package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// textNameTails drops from ents (sorted, not overlapping) the last word
// of a text's name that the tagger cut off and took for a name of its
// own: "Bill" of "the Anti-Social Behaviour Bill", "Act" of "the
// Anti-Terrorism Act", which a hyphen or a word the tagger read apart
// separated from the rest. A single word that ends texts' names
// (cue.Table.TextWord: "Bill", "Act", "Treaty", "Agreement") right after
// a capitalised word of the same run (hyphens may join them) is no actor,
// nor is an entity that lies inside that run: the words before it name
// the text, not who made it. A name in its own right ("Bill Clinton",
// "President Bill") is followed by a surname or preceded by a title the
// tagger reads with it, so it is one entity of more words.
func textNameTails(toks []text.Token, ents []ner.Entity) []ner.Entity {
	cues := cue.Default()
	var drop []int
	for i, en := range ents {
		if en.End-en.Start != 1 || en.Start == 0 || !cues.TextWord(toks[en.Start].Text) || !upperWord(toks[en.Start].Text) {
			continue
		}
		a := en.Start
		for a > 0 && (upperWord(toks[a-1].Text) && !cues.PersonRole(toks[a-1].Text) || text.IsDash(toks[a-1].Text) && a-1 > 0 && upperWord(toks[a-2].Text)) {
			a--
		}
		if a == en.Start || a == 0 && en.Start-a == 1 {
			continue // no capitalised word before, or only the sentence's first word
		}
		drop = append(drop, i)
		for k := i - 1; k >= 0 && ents[k].Start >= a; k-- {
			drop = append(drop, k)
		}
	}
	if drop == nil {
		return ents
	}
	out := make([]ner.Entity, 0, len(ents))
	for i, en := range ents {
		if !slices.Contains(drop, i) {
			out = append(out, en)
		}
	}
	return out
}
