package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// headlineLine takes, in a document without a title of its own (a plain
// text file), a first line in Title Case that stands alone before a blank
// line ("Bell And Howell Sees Earnings Growth\n\nBell and Howell Co
// said …") as its title, for dropHeadlineWords and inHeadline.
func (st *docState) headlineLine() {
	if st.titleEnd != 0 || len(st.sentences) < 2 {
		return
	}
	end := strings.Index(st.text, "\n\n")
	if end <= 0 || strings.Contains(st.text[:end], "\n") || st.sentences[1].Start < end {
		return
	}
	if !isHeadline(st.tokens[0]) {
		return
	}
	st.titleEnd = end
}

// dropHeadlineWords drops, from a headline in title case ("Uk Hopes
// Howard'S Tokyo Trip Will Ease Tensions", see isHeadline), the names the
// gazetteer does not know that are common words or that the story's text
// does not confirm: every word of such a headline is capitalised, so a
// capital says nothing about a name there ("Freddie Mac Adjusts Rates",
// "Bell And Howell Sells Unit" with "Bell" and "Howell"), and the story's
// text names its actors again. A name is confirmed when its words stand
// in the text with a capital (see namedInText), or when a ticker symbol
// follows or encloses it ("Aaron Rents Inc <Aron.O> Year Net",
// "<George Weston Ltd> Year Net": a company, the subject of a table of
// figures that names no one).
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
	legal := cue.Default()
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		if m.span.End > st.titleEnd || m.known || m.via != ViaName {
			return false
		}
		if m.t1-m.t0 == 1 && st.e.model.IsCommonWord(m.surface) {
			return true
		}
		toks := st.tokens[m.sent]
		after := m.t1
		for after < len(toks) && legal.LegalForm(toks[after].Text) {
			after++ // "Aaron Spelling Productions" of "… Productions Inc <Sp>"
		}
		if after < len(toks) && toks[after].Text == "<" || m.t0 > 0 && toks[m.t0-1].Text == "<" {
			return false
		}
		name := toks[m.t0:m.t1]
		core := len(name)
		for core > 1 && legal.LegalForm(name[core-1].Text) {
			core-- // "John Fairfax Ltd" is confirmed by "John Fairfax"
		}
		// The names the headline joins to this one ("Bell" and "Howell" of
		// "Bell And Howell"), which the text must not join to it either.
		var left, right string
		if m.t0 >= 2 && isAnd(toks[m.t0-1].Text) {
			left = toks[m.t0-2].Text
		}
		if m.t1+1 < len(toks) && isAnd(toks[m.t1].Text) {
			right = toks[m.t1+1].Text
		}
		return !st.namedInText(name[:core], left, right)
	})
}

// namedInText reports whether the words of name stand, in that order and
// the first with a capital, in a sentence of the story after its title,
// and not joined by "and" to left before it or to right after it (the
// names the headline joins to it: "Bell" of "Bell and Howell" is no name
// of its own).
func (st *docState) namedInText(name []text.Token, left, right string) bool {
	for si, s := range st.sentences {
		if s.Start < st.titleEnd {
			continue
		}
		toks := st.tokens[si]
		for i := 0; i+len(name) <= len(toks); i++ {
			if !sameWords(toks[i:i+len(name)], name) || !unicode.IsUpper([]rune(toks[i].Text)[0]) {
				continue
			}
			j := i + len(name)
			joined := left != "" && i >= 2 && isAnd(toks[i-1].Text) && strings.EqualFold(toks[i-2].Text, left) ||
				right != "" && j+1 < len(toks) && isAnd(toks[j].Text) && strings.EqualFold(toks[j+1].Text, right)
			if !joined {
				return true
			}
		}
	}
	return false
}

// sameWords reports whether two token runs have the same words, ignoring
// case.
func sameWords(a, b []text.Token) bool {
	return slices.EqualFunc(a, b, func(x, y text.Token) bool { return strings.EqualFold(x.Text, y.Text) })
}

// isAnd reports whether w joins two names.
func isAnd(w string) bool { return w == "and" || w == "&" || w == "And" }
