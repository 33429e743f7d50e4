package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// openingConnectives are the words that open a sentence and link it to
// the one before ("But", "However", "Meanwhile"). The tagger, trained on
// text where a sentence's first capital says nothing, may read the name
// right after such a word as if it opened the sentence, and miss it ("But
// Age Concern said …").
var openingConnectives = map[string]bool{"But": true, "And": true, "Yet": true, "So": true, "However": true,
	"Meanwhile": true, "Still": true, "Now": true, "Also": true, "Indeed": true, "Instead": true,
	"Nevertheless": true, "Moreover": true, "Furthermore": true, "Then": true, "Or": true, "Nor": true,
	"Separately": true, "Elsewhere": true, "Similarly": true, "Likewise": true, "Earlier": true, "Later": true}

// closedClassWords are the pronouns and determiners that a connective's
// next word may be, written with a capital only where it opens a
// sentence or stands for a name ("But He Weiling …", "But He said").
var closedClassWords = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"you": true, "this": true, "that": true, "these": true, "those": true, "the": true, "a": true, "an": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "there": true, "here": true, "some": true,
	"many": true, "most": true, "all": true, "both": true, "one": true, "no": true, "not": true, "as": true, "in": true}

// tagDocument tags the words of each sentence. Where a sentence opens
// with a connective and the tagger found nothing in the capitalised word
// after it (no pronoun or determiner: "But He said" is no name), those sentences are tagged once more, together, with the
// connective in lower case, as it would stand inside a sentence ("but Age
// Concern said"); an entity that starts right after the connective there
// is taken when the first reading has none over its words. Entities the
// first reading found stay as they are: the second reading, without the
// rest of the document, is no better at them.
func (st *docState) tagDocument(words [][]string) [][]ner.Tag {
	tags := st.e.model.TagDocument(words)
	var again []int
	for si, ws := range words {
		if len(ws) > 2 && openingConnectives[ws[0]] && tags[si][1] == ner.O && upperWord(ws[1]) && !text.IsPunct(ws[1]) &&
			!closedClassWords[strings.ToLower(ws[1])] {
			again = append(again, si)
		}
	}
	if len(again) == 0 {
		return tags
	}
	sub := make([][]string, len(again))
	for i, si := range again {
		sub[i] = append([]string{strings.ToLower(words[si][0])}, words[si][1:]...)
	}
	subTags := st.e.model.TagDocument(sub)
	for i, si := range again {
		fillEntityAfterConnective(tags[si], subTags[i])
	}
	return tags
}

// fillEntityAfterConnective copies into tags the entity that other reads
// from token 1, when tags has no entity over any of its tokens.
func fillEntityAfterConnective(tags, other []ner.Tag) {
	if len(other) < 2 || other[1] == ner.O {
		return
	}
	ents := ner.AppendEntities(nil, other)
	if len(ents) == 0 || ents[0].Start != 1 {
		return
	}
	en := ents[0]
	for k := en.Start; k < en.End; k++ {
		if tags[k] != ner.O {
			return
		}
	}
	// An entity of the first reading right after it may be part of the
	// same name: leave the words as they are then.
	if en.End < len(tags) && tags[en.End] != ner.O {
		return
	}
	copy(tags[en.Start:en.End], other[en.Start:en.End])
}
