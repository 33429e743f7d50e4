package text

import (
	"strings"
	"unicode/utf8"
)

// SplitLong returns sents with every sentence longer than max bytes split
// into pieces of at most max bytes, so that no text is left out of the
// analysis for its length (a list of lines without punctuation, an HTML
// <ul>, a table flattened to text). A long sentence is cut at its line
// breaks first, each line a sentence of its own; a line still too long is
// cut after the last "; ", ", " or ": " that fits, else at the last space,
// else (one unbroken "word") at a character boundary. Pieces are trimmed
// and keep the paragraph of their sentence; sentence indices are
// renumbered in text order. Sentences of at most max bytes are returned as
// they are, and sents itself when none is longer. max <= 0 means no limit;
// a max below utf8.UTFMax counts as utf8.UTFMax (characters are not cut).
func SplitLong(text string, sents []Sentence, max int) []Sentence {
	if max <= 0 || !slicesAnyLonger(sents, max) {
		return sents
	}
	max = maxInt(max, utf8.UTFMax)
	out := make([]Sentence, 0, len(sents)+len(sents)/4)
	add := func(para, a, b int) {
		a, b = trim(text, a, b)
		if a < b {
			out = append(out, Sentence{Index: len(out), Paragraph: para, Span: Span{a, b}})
		}
	}
	for _, s := range sents {
		if s.Len() <= max {
			add(s.Paragraph, s.Start, s.End)
			continue
		}
		for a := s.Start; a < s.End; {
			nl := strings.IndexByte(text[a:s.End], '\n')
			b := s.End
			if nl >= 0 {
				b = a + nl
			}
			for a < b {
				a, b = trim(text, a, b)
				cut := b
				if b-a > max {
					cut = cutPoint(text, a, a+max)
				}
				add(s.Paragraph, a, cut)
				a = cut
			}
			a = b + 1
		}
	}
	return out
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func slicesAnyLonger(sents []Sentence, max int) bool {
	for _, s := range sents {
		if s.Len() > max {
			return true
		}
	}
	return false
}

// cutPoint returns where to end a piece of text that starts at a and may
// not go beyond limit: after the last clause punctuation followed by a
// space, else at the last space, else at the last character boundary, but
// always past a.
func cutPoint(text string, a, limit int) int {
	piece := text[a:limit]
	best := -1
	for _, sep := range []string{"; ", ", ", ": "} {
		if i := strings.LastIndex(piece, sep); i > best {
			best = i
		}
	}
	if best > 0 {
		return a + best + 1
	}
	if i := strings.LastIndexAny(piece, " \t"); i > 0 {
		return a + i
	}
	// One unbroken run: cut at a character boundary.
	cut := limit
	for cut > a+1 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return cut
}
