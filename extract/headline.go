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

// headlineAndNames joins the names of companies of two words or more
// joined by "and" that a wire's title-case headline marks with a ticker
// ("Cross And Trecker <Ctco> Buys Automation Unit", "Willcox And Gibbs
// Inc <Wg> Year Net") where the story writes them again with a small
// "and" ("Cross and Trecker said …"): the tagger, which reads "and" as a
// conjunction, cuts such a name in two ("Trecker", "Gibbs Inc"). The
// name is the longest run of the headline's words before the ticker that
// holds "And" between capitalised words and stands in the story with the
// same words, each but "and" capitalised (and the legal forms after it);
// every such run in the story, and the headline's, becomes one
// organisation, in place of the mentions it overlaps.
func (st *docState) headlineAndNames() {
	if st.titleEnd == 0 {
		return
	}
	var add []mention
	for si, s := range st.sentences {
		if s.Start >= st.titleEnd {
			break
		}
		toks := st.tokens[si]
		if len(toks) == 0 || !isHeadline(toks) {
			continue
		}
		for p := 2; p < len(toks); p++ {
			if toks[p].Text != "<" {
				continue
			}
			name, found, held := st.andNameInStory(toks, p)
			if found == nil && held == "" {
				continue
			}
			// One name for all: the story's spelling.
			story := held
			if len(found) > 0 {
				story = found[0].name
			}
			add = append(add, st.orgMention(si, name, p, story))
			for _, f := range found {
				f.name = story
				add = append(add, f)
			}
		}
	}
	st.replaceMentions(add)
}

// andNameInStory returns the first token of the longest run of headline
// words ending before token p that holds "And" between two capitalised
// words and that the story's text names again, with the story's new
// mentions of it and the name of a mention that held it already (see
// storyRuns); nil and "" when there is none.
func (st *docState) andNameInStory(toks []text.Token, p int) (int, []mention, string) {
	for start := 0; start+3 <= p; start++ {
		run := toks[start:p]
		if !andBetweenNames(run) {
			continue
		}
		if found, held := st.storyRuns(run); len(found) > 0 || held != "" {
			return start, found, held
		}
	}
	return 0, nil, ""
}

// andBetweenNames reports whether run is capitalised words (or words
// hyphenated without spaces) with an "And" between two of them.
func andBetweenNames(run []text.Token) bool {
	and := false
	for i, t := range run {
		if isAnd(t.Text) {
			if i == 0 || i == len(run)-1 {
				return false
			}
			and = true
			continue
		}
		if t.Text == "-" && i > 0 && i < len(run)-1 && run[i-1].Span.End == t.Span.Start && t.Span.End == run[i+1].Span.Start {
			continue // "Freeport-Mcmoran Oil And Gas"
		}
		if text.IsLower(t.Text) || !text.IsNameStart(t.Text) {
			return false
		}
	}
	return and
}

// storyRuns returns, as organisation mentions, the places after the title
// where the story writes the words of run, each but "and" with a capital,
// with the legal forms that follow them, and the name of the first
// mention that held such a place whole already (the tagger read the name
// whole there), or "".
func (st *docState) storyRuns(run []text.Token) ([]mention, string) {
	held := ""
	legal := cue.Default()
	var out []mention
	for si, s := range st.sentences {
		if s.Start < st.titleEnd || st.skipped[si] {
			continue
		}
		toks := st.tokens[si]
		for i := 0; i+len(run) <= len(toks); i++ {
			if !sameWords(toks[i:i+len(run)], run) {
				continue
			}
			capitalised := true
			for _, t := range toks[i : i+len(run)] {
				if !isAnd(t.Text) && text.IsLower(t.Text) {
					capitalised = false
				}
			}
			if !capitalised {
				continue
			}
			end := i + len(run)
			for end < len(toks) && legal.LegalForm(toks[end].Text) {
				end++
			}
			// A mention the tagger made of the end of the name and more
			// ("Rehabilitation Properties Trust" of "Health and
			// Rehabilitation Properties Trust") carries the name on; one
			// that holds the whole run already is the name.
			keep := false
			for _, m := range st.mentions {
				if m.sent != si || m.t1 <= i || m.t0 >= end {
					continue
				}
				switch {
				case m.t0 <= i && m.t1 >= end:
					keep = true
					if held == "" {
						held = m.name
					}
				case m.t0 > i && m.t1 > end:
					end = m.t1
				}
			}
			if keep {
				continue
			}
			out = append(out, st.orgMention(si, i, end, ""))
			i = end - 1
		}
	}
	return out, held
}

// dropQuotedHeadlineNames drops the names the headline puts in quotation
// marks ("'Fido' to be taken off vote lists", "'Brainwave' cap controls
// computer", "Norway upholds 'Napster' ruling") when the story's text
// does not write them: a headline quotes a word as the story's catchword,
// not as an actor, and the story names its actors again. Gazetteer names
// are left alone.
func (st *docState) dropQuotedHeadlineNames() {
	if st.titleEnd == 0 || st.titleEnd >= len(st.text) {
		return
	}
	body := st.text[st.titleEnd:]
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		if m.span.End > st.titleEnd || m.known || m.via != ViaName {
			return false
		}
		toks := st.tokens[m.sent]
		if m.t0 == 0 || m.t1 >= len(toks) || !quoteMark(toks[m.t0-1].Text) || !quoteMark(toks[m.t1].Text) {
			return false
		}
		return !strings.Contains(body, m.surface)
	})
}

// quoteMark reports whether w is a quotation mark, straight or curly.
func quoteMark(w string) bool {
	switch w {
	case "'", "\"", "\u2018", "\u2019", "\u201c", "\u201d":
		return true
	}
	return false
}
