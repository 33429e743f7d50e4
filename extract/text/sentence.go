package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a document.
type Sentence struct {
	// Index is the 0-based position of the sentence in the document.
	Index int `json:"index"`
	// Paragraph is the 0-based paragraph the sentence belongs to.
	Paragraph int `json:"paragraph"`
	Span
}

// stop marks the bytes at which the splitter has to look closer: line
// breaks, terminal punctuation and the first byte of "…" (U+2026).
var stop = [256]bool{'\n': true, '.': true, '?': true, '!': true, 0xe2: true}

// sentenceSplitter holds the state of one run of Sentences.
type sentenceSplitter struct {
	text    string
	out     []Sentence
	start   int  // where the pending sentence begins (untrimmed)
	para    int  // index of the current paragraph
	paraHas bool // the current paragraph has a sentence
}

// Sentences splits text into sentences with byte spans (trimmed of
// surrounding white space, including no-break and zero-width spaces) and
// paragraph indices. A paragraph is a block separated by a blank line; a
// single line break inside a paragraph ends a sentence only where the line
// looks like a heading or a paragraph of its own. Sentences are never
// empty, never overlap and come in text order. It runs in linear time.
//
// The rules, in the order they apply:
//
//   - A blank line (a line holding only white space) or U+2029 PARAGRAPH
//     SEPARATOR ends the sentence and the paragraph.
//   - ".", "?", "!", "..." and "…", followed by any closing quotes or
//     brackets and then by white space, end a sentence when the next
//     character is not a lower-case letter ("“Why?” he asked" goes on).
//     The sentence ends after the closing quotes: “…yet.” | He added.
//   - A single "." after an abbreviation does not end a sentence: never
//     after a title ("Mr.", "Gen.", "Sen."), not before a number after
//     "No.", a month ("Feb. 24") or "p.", and after an initial ("F.") or a
//     dotted acronym ("U.S.", "a.m.") only when the next word is a common
//     sentence opener ("… in the U.S. The talks …", but "U.S. President")
//     other than "And", "Or" and "Officials", which old wire copy
//     capitalises after "U.S." ("the U.S. And Japan", "but U.S. Officials
//     said").
//     Decimals and dotted names ("1.2", "example.com") have no white space
//     after the dot and never end a sentence.
//   - A single line break ends a sentence when the line does not end with
//     terminal or continuing punctuation (",", ";", ":", "-", "(" …) and the
//     next line starts with something other than a lower-case letter —
//     unless the line ends with a lower-case function word ("the", "of",
//     "with"), as a hard-wrapped line does, or the line and the next have
//     the width of hard-wrapped text (50 to 100 and 30 to 110 bytes) and
//     the next is no byline ("By …") or list item ("- …", "1. …"). An
//     all-capitals line always ends at its line break. This makes titles,
//     subheadings, bylines and the one-paragraph-per-line text of web
//     extractors come out as sentences.
//   - A line that ends with an abbreviation other than a title ("… by the
//     U.S.", "… Acme Inc.") ends its sentence when the next line starts
//     with a capital letter and the text is not hard-wrapped.
func Sentences(text string) []Sentence {
	s := sentenceSplitter{text: text, out: make([]Sentence, 0, len(text)/120+1)}
	n := len(text)
	lineStart := 0
	i := 0
	for i < n {
		for i < n && !stop[text[i]] {
			i++
		}
		if i >= n {
			break
		}
		switch text[i] {
		case '\n':
			j := skipBlank(text, i+1)
			if j >= n {
				i = n
				continue
			}
			if text[j] == '\n' {
				s.emit(i)
				if s.paraHas {
					s.para++
					s.paraHas = false
				}
				lineStart, i = j, j
				continue
			}
			if lineBreakEnds(text, lineStart, max(lineStart, s.start), i, j) {
				s.emit(i)
			}
			lineStart, i = i+1, j
		case 0xe2:
			switch {
			case i+2 < n && text[i+1] == 0x80 && text[i+2] == 0xa6: // …
				i = s.terminal(i)
			case i+2 < n && text[i+1] == 0x80 && text[i+2] == 0xa9: // U+2029 PARAGRAPH SEPARATOR
				s.emit(i)
				if s.paraHas {
					s.para++
					s.paraHas = false
				}
				lineStart, i = i+3, i+3
			default:
				i++
			}
		default:
			i = s.terminal(i)
		}
	}
	s.emit(n)
	return s.out
}

// emit ends the pending sentence at end, trimming white space; an empty
// sentence is dropped.
func (s *sentenceSplitter) emit(end int) {
	a, b := trim(s.text, s.start, end)
	s.start = end
	if a >= b {
		return
	}
	s.out = append(s.out, Sentence{Index: len(s.out), Paragraph: s.para, Span: Span{a, b}})
	s.paraHas = true
}

// terminal handles the terminal punctuation that starts at i and returns
// where scanning resumes.
func (s *sentenceSplitter) terminal(i int) int {
	text := s.text
	n := len(text)
	j := i
	dots, strong := 0, false
	for j < n {
		switch c := text[j]; {
		case c == '.':
			dots++
			j++
			continue
		case c == '?' || c == '!':
			strong = true
			j++
			continue
		case c == 0xe2 && j+2 < n && text[j+1] == 0x80 && text[j+2] == 0xa6:
			dots += 3
			j += 3
			continue
		}
		break
	}
	punctEnd := j
	j = skipClosers(text, j)
	if j >= n {
		s.emit(n)
		return n
	}
	// Scanning resumes at j so that the main loop sees any line breaks.
	k := skipSpace(text, j)
	if k == j {
		return j // "1.2", "U.S.-backed", "example.com"
	}
	if k >= n {
		s.emit(j)
		return j
	}
	if letter, lower := letterAt(text, k, n); letter && lower {
		return j // "“Why?” he asked", "yesterday... they"
	}
	// An abbreviation's dot may stand inside brackets: "Sony (U.K.) Ltd".
	if dots == 1 && !strong && (punctEnd == j || strings.Trim(text[punctEnd:j], ")]") == "") && !dotEnds(text, i, k) {
		return j
	}
	s.emit(j)
	return j
}

// dotEnds decides whether the single dot at i, followed by white space
// and a character that is not a lower-case letter at k, ends a sentence,
// by looking at the word before the dot.
func dotEnds(text string, i, k int) bool {
	// The word before the dot: letters and inner dots. seg is the length
	// of the current dot-separated part, maxSeg the longest.
	ws, letters, dotted, seg, maxSeg := i, 0, false, 0, 0
	for ws > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if r == '.' {
			dotted, seg = true, 0
		} else if unicode.IsLetter(r) {
			letters++
			seg++
			maxSeg = max(maxSeg, seg)
		} else {
			break
		}
		ws -= size
	}
	if letters == 0 {
		return !listNumber(text, i)
	}
	w := text[ws:i]
	digit := k < len(text) && isDigit(text[k])
	// A word glued to what precedes it ("Jay-Z", "3G", "AT&T") is no
	// initial or acronym; an opening bracket is no glue ("(U.S.)", the
	// wire's "<E.F. Hutton and Co Inc>").
	glued := false
	if ws > 0 {
		switch text[ws-1] {
		case ' ', '\t', '\n', '\r', '(', '[', '"', '\'', '<':
		default:
			p, _ := utf8.DecodeLastRuneInString(text[:ws])
			glued = !isSpace(p) && p != '“' && p != '‘'
		}
	}
	switch {
	case glued && !(dotted && maxSeg <= 2 && text[ws-1] == '-'):
		return true
	case dotted && maxSeg <= 2:
		// U.S., a.m., e.g., Ph.D.; "Iran-U.S. Claims Tribunal" after a
		// hyphen. Old wire copy capitalises the word after "U.S.": "the
		// U.S. And Japan", "but U.S. Officials said" go on (in the Reuters
		// archive of 1987 none of a sample of 30 such "And"s, nor of 12
		// such "Officials", opened a sentence).
		return isOpener(text, k) && !wireCapital(text, k)
	case dotted:
		return true // example.com
	case letters == 1:
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return isOpener(text, k) // an initial: John F. Kennedy
		}
		return !(digit && w == "p")
	}
	if isTitle(w) {
		return false // always followed by a name or a phrase
	}
	switch w {
	case "No", "Nos", "NO", "Art", "Vol", "pp", "Fig", "fig":
		return !digit // No. 10
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
		"Nov", "Dec", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT",
		"OCT", "NOV", "DEC", "approx", "ca",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Kans",
		"Ky", "Md", "Mich", "Minn", "Neb", "Nev", "Okla", "Pa", "Tenn", "Tex",
		"Va", "Vt", "Wis", "Wyo", "Rt", "Govt", "Assoc":
		return !digit && isOpener(text, k) // Feb. 24, Calif.
	}
	return true
}

// listNumber reports whether the dot at i ends the number of a list
// item at the start of a line ("2. Never urged …").
func listNumber(text string, i int) bool {
	d := i
	for d > 0 && i-d < 3 && isDigit(text[d-1]) {
		d--
	}
	if d == i {
		return false
	}
	for d > 0 && (text[d-1] == ' ' || text[d-1] == '\t') {
		d--
	}
	return d == 0 || text[d-1] == '\n'
}

// isTitle reports whether w (without its dot) is an abbreviation that
// is always followed by a name or a phrase: a title or rank ("Mr", "Gen")
// or "vs".
func isTitle(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Rev", "Hon", "Gen", "Sen", "Rep",
		"Reps", "Gov", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Pte", "Pfc", "Spc",
		"Brig", "Supt", "Insp", "Det", "Amb", "Pres", "Fr", "Messrs", "Mme", "Mlle",
		"Sens", "Govs", "Gens", "vs", "cf", "viz",
		"MR", "MRS", "DR", "ST", "GEN", "SEN", "REP", "GOV", "LT", "COL":
		return true
	}
	return false
}

// wireCapital reports whether the word at k is one that old wire copy
// capitalises after "U.S." in the middle of a sentence: "And", "Or",
// "Officials".
func wireCapital(text string, k int) bool {
	e, _ := runEnd(text, k, len(text))
	switch text[k:e] {
	case "And", "Or", "Officials":
		return true
	}
	return false
}

// isOpener reports whether the word at k is a common first word of an
// English sentence in news text, or not a word at all (a quote, a bracket).
func isOpener(text string, k int) bool {
	if ok, _ := wordAt(text, k, len(text)); !ok {
		return true
	}
	e, _ := runEnd(text, k, len(text))
	if e-k > 12 {
		return false
	}
	switch text[k:e] {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And",
		"Or", "So", "Yet", "In", "On", "At", "For", "With", "From", "By", "As", "If",
		"When", "While", "After", "Before", "Since", "Although", "Though", "Because",
		"This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their",
		"Our", "My", "However", "Meanwhile", "Still", "Also", "Now", "Then", "Later",
		"Earlier", "According", "Both", "Some", "Many", "Most", "Other", "Such", "No",
		"Not", "What", "Why", "How", "Who", "Where", "Asked", "Officials", "Mr", "Mrs",
		"Ms", "Last", "Next", "One", "Two", "THE", "HE", "SHE", "IT", "THEY", "WE":
		return true
	}
	return false
}

// lineBreakEnds decides whether the single line break at nl ends the
// sentence. The line runs from line to nl, its part in the pending sentence
// from ls; the next line starts at next (its first non-blank byte).
func lineBreakEnds(text string, line, ls, nl, next int) bool {
	a, b := trim(text, ls, nl)
	if a >= b {
		return false
	}
	la, lb := trim(text, line, nl)
	r, _ := utf8.DecodeLastRuneInString(text[a:b])
	switch r {
	case '.':
		// The punctuation rule kept an abbreviation ("U.S.", "Inc.") in
		// the sentence; at the end of a line that is not hard-wrapped, a
		// capital on the next line starts a new one, unless the word is a
		// title ("Mr.").
		ws := b - 1
		for ws > a && text[ws-1] != ' ' && text[ws-1] != '\t' {
			ws--
		}
		w := strings.TrimSuffix(strings.TrimLeft(text[ws:b], "(“‘\"'"), ".")
		if isTitle(w) || hardWrapped(text, la, lb, next) {
			return false
		}
		letter, lower := letterAt(text, next, len(text))
		return letter && !lower
	case '?', '!', '…':
		return false // decided by the punctuation rule
	case ',', ';', ':', '-', '–', '—', '(', '[', '/', '&', '+', '=', '“', '‘':
		return false
	case '"', '\'', '”', '’', ')', ']', '»':
		// a closer after terminal punctuation was decided already
		if p, _ := utf8.DecodeLastRuneInString(text[a : b-utf8.RuneLen(r)]); p == '.' || p == '?' || p == '!' || p == '…' {
			return false
		}
	}
	if allCaps(text[la:lb]) {
		return true
	}
	if letter, lower := letterAt(text, next, len(text)); letter && lower {
		return false
	}
	// A hard-wrapped line ends mid-phrase, often on a function word.
	e := b
	w := e
	for w > a && text[w-1] >= 'a' && text[w-1] <= 'z' {
		w--
	}
	if w < a+1 || text[w-1] == ' ' || text[w-1] == '\t' {
		switch text[w:e] {
		case "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with",
			"from", "and", "or", "but", "as", "that", "his", "her", "its", "their",
			"our", "is", "was", "are", "were", "be", "been", "will", "would", "has",
			"have", "had", "said", "told", "who", "which", "than", "into", "over":
			return false
		}
	}
	return !hardWrapped(text, la, lb, next)
}

// Line lengths, in bytes, of hard-wrapped text: editors and e-mail wrap at
// 60 to 80 columns (RFC 3676 recommends at most 78), so a wrapped line is
// rarely shorter than wrapMinLine, and the line after it is either
// wrapped too or the short end of the paragraph.
const (
	wrapMinLine = 50
	wrapMaxLine = 100
	wrapMinNext = 30
	wrapMaxNext = 110
)

// hardWrapped reports whether the line text[a:b], followed by a line
// starting at next, looks like part of a hard-wrapped paragraph rather than
// a heading: both lines of wrapping width (or the next one the short end of
// a sentence), and the next one not a byline or list item.
func hardWrapped(text string, a, b, next int) bool {
	if b-a < wrapMinLine || b-a > wrapMaxLine || text[a] == '#' {
		return false
	}
	e := next
	for e < len(text) && text[e] != '\n' {
		if e-next >= 2*wrapMaxNext {
			return false
		}
		e++
	}
	_, e = trim(text, next, e)
	if n := e - next; n > wrapMaxNext || n < wrapMinNext && !endsSentence(text[next:e]) {
		return false
	}
	return !strings.HasPrefix(text[next:], "By ") && !strings.HasPrefix(text[next:], "BY ") &&
		!isListItem(text[next:])
}

// endsSentence reports whether line ends with terminal punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(line string) bool {
	for line != "" {
		r, size := utf8.DecodeLastRuneInString(line)
		switch r {
		case '.', '?', '!', '…':
			return true
		case '"', '\'', '”', '’', ')', ']', '»':
			line = line[:len(line)-size]
			continue
		}
		return false
	}
	return false
}

// isListItem reports whether line starts with a list marker: "- ",
// "* ", "• ", "– ", "1. ", "2) ".
func isListItem(line string) bool {
	for _, m := range []string{"- ", "* ", "+ ", "• ", "– ", "— ", "· "} {
		if strings.HasPrefix(line, m) {
			return true
		}
	}
	i := 0
	for i < len(line) && i < 3 && isDigit(line[i]) {
		i++
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}

// allCaps reports whether line has at least two letters and no
// lower-case ones.
func allCaps(line string) bool {
	letters := 0
	for _, r := range line {
		if r < utf8.RuneSelf {
			switch k := charClass[r]; k {
			case classLower:
				return false
			case classUpper:
				letters++
			}
			continue
		}
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// skipClosers returns the position after any closing quotes and
// brackets at j.
func skipClosers(text string, j int) int {
	n := len(text)
	for j < n {
		switch c := text[j]; c {
		case '"', '\'', ')', ']', '}':
			j++
			continue
		case 0xe2:
			// ’ U+2019, ” U+201D, › U+203A
			if j+2 < n && text[j+1] == 0x80 && (text[j+2] == 0x99 || text[j+2] == 0x9d) ||
				j+2 < n && text[j+1] == 0x80 && text[j+2] == 0xba {
				j += 3
				continue
			}
		case 0xc2:
			if j+1 < n && text[j+1] == 0xbb { // »
				j += 2
				continue
			}
		}
		break
	}
	return j
}

// skipSpace returns the position of the first non-space byte at or
// after j (len(text) if none).
func skipSpace(text string, j int) int { return skip(text, j, false) }

// skipBlank returns the position of the first byte at or after j that
// is not white space other than a line break.
func skipBlank(text string, j int) int { return skip(text, j, true) }

// skip skips white space from j, stopping at a line break when
// stopAtNewline is set.
func skip(text string, j int, stopAtNewline bool) int {
	for j < len(text) {
		c := text[j]
		if c == '\n' && stopAtNewline {
			return j
		}
		if c < utf8.RuneSelf {
			if charClass[c] != classSpace {
				return j
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isSpace(r) || r == utf8.RuneError {
			return j
		}
		j += size
	}
	return j
}

// trim returns the bounds of text[a:b] without surrounding white space.
func trim(text string, a, b int) (int, int) {
	a = skipSpace(text[:b], a)
	for b > a {
		c := text[b-1]
		if c < utf8.RuneSelf {
			if charClass[c] != classSpace {
				break
			}
			b--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if !isSpace(r) || r == utf8.RuneError {
			break
		}
		b -= size
	}
	return a, b
}
