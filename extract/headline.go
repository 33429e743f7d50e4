package extract

import "slices"

// dropHeadlineWords drops, from a headline in title case ("Uk Hopes
// Howard'S Tokyo Trip Will Ease Tensions", see isHeadline), the one-word
// names that are common words the gazetteer does not know: every word of
// such a headline is capitalised, so a capital says nothing about a name
// there, and the story's text names its actors again.
func (st *docState) dropHeadlineWords() {
	if st.titleEnd == 0 {
		return
	}
	headline := false
	for si, s := range st.sentences {
		if s.Start >= st.titleEnd {
			break
		}
		headline = headline || len(st.tokens[si]) > 0 && isHeadline(st.tokens[si])
	}
	if !headline {
		return
	}
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		return m.span.End <= st.titleEnd && m.t1-m.t0 == 1 && !m.known && m.via == ViaName &&
			st.e.model.IsCommonWord(m.surface)
	})
}
