package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/text"
)

// dropHeadlineWords drops, from a headline in title case ("Uk Hopes
// Howard'S Tokyo Trip Will Ease Tensions"), the one-word names that are
// common words the gazetteer does not know: every word of such a headline
// is capitalised, so a capital says nothing about a name there, and the
// story's text names its actors again.
func (st *docState) dropHeadlineWords() {
	if st.titleEnd == 0 || !st.titleCase() {
		return
	}
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		return m.span.End <= st.titleEnd && m.t1-m.t0 == 1 && !m.known && m.via == ViaName &&
			st.e.model.IsCommonWord(m.surface)
	})
}

// titleCase reports whether the document's title capitalises at least
// four in five of its words of three letters or more, and has at least
// three of them.
func (st *docState) titleCase() bool {
	words, upper := 0, 0
	for si, s := range st.sentences {
		if s.Start >= st.titleEnd {
			break
		}
		for _, t := range st.tokens[si] {
			if t.Span.End > st.titleEnd || len(t.Text) < 3 || !isLetterByte(t.Text[0]) {
				continue
			}
			words++
			if !text.IsLower(t.Text) {
				upper++
			}
		}
	}
	return words >= 3 && 5*upper >= 4*words
}

// isLetterByte reports whether b is an ASCII letter.
func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
