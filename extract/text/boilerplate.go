package text

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// boilerplateList is the phrase list behind IsBoilerplate; its header
// describes the format and where it came from.
//
//go:embed data/boilerplate.txt
var boilerplateList string

// boilerRules holds the parsed phrase list. It is built once, on first
// use, and never changed afterwards.
var boilerRules = sync.OnceValue(func() *boiler {
	b, _ := parseBoiler(boilerplateList)
	return b
})

// Limits of the line-level rules, in words (see boilerplate.txt).
const (
	boilerMaxPrefixWords    = 25
	boilerMaxContainsWords  = 80
	boilerMaxFurnitureWords = 8
	boilerMaxBylineWords    = 14
	boilerMaxStaffWords     = 10
	boilerMaxDateWords      = 12
	boilerMaxMenuSegment    = 4
	// boilerMaxBytes bounds the lines worth looking at: longer lines
	// are article text (a cookie banner is well under this).
	boilerMaxBytes = 1200
)

// boiler is the parsed form of boilerplate.txt.
type boiler struct {
	exact     map[string]bool
	prefixes  []string
	contains  map[string][][]string // phrase words by first word
	furniture map[string]bool
	camel     map[string]bool
}

// parseBoiler parses a phrase list in the format of boilerplate.txt and
// returns the rules and the lines it could not read.
func parseBoiler(list string) (*boiler, []string) {
	b := &boiler{
		exact:     map[string]bool{},
		contains:  map[string][][]string{},
		furniture: map[string]bool{},
		camel:     map[string]bool{},
	}
	var bad []string
	for line := range strings.Lines(list) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		kind, phrase, ok := strings.Cut(line, " ")
		phrase = strings.TrimSpace(phrase)
		if !ok || phrase == "" {
			bad = append(bad, line)
			continue
		}
		norm := normalize(phrase)
		switch kind {
		case "=":
			b.exact[strings.TrimSuffix(norm, ":")] = true
		case "^":
			b.prefixes = append(b.prefixes, norm)
		case "*":
			ws := strings.Fields(norm)
			b.contains[ws[0]] = append(b.contains[ws[0]], ws)
		case "w":
			b.furniture[norm] = true
		case "!":
			b.camel[phrase] = true
		default:
			bad = append(bad, line)
		}
	}
	return b, bad
}

// IsBoilerplate reports whether a line (or a short sentence) is page
// furniture rather than article text: share buttons ("Share This
// Article"), comment forms ("Leave a Reply", "Required fields are marked
// *"), reading-time badges ("3 Min Read"), bylines ("By Jane Smith",
// "Posted by admin"), source, tag, photo-credit and copyright lines, dates
// and times alone on a line ("Updated 3:45 PM ET"), cookie notices and
// section menus ("Home | World | Politics", or items run together as in
// "US and CanadaWar in Gaza"). It uses the phrase list in boilerplate.txt
// and a few structural rules. Headlines and short sentences that name
// anyone ("Putin said no.") are not boilerplate, and neither is a single
// word that is also a name ("US", "Facebook", "Reading"), so the function
// is safe on entity surfaces too.
func IsBoilerplate(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > boilerMaxBytes || strings.Count(line, " ") >= boilerMaxContainsWords {
		return false
	}
	rules := boilerRules()
	norm := normalize(line)
	if norm == "" {
		return false
	}
	words := strings.Fields(norm)
	n := len(words)
	if rules.exact[strings.TrimSuffix(norm, ":")] {
		return true
	}
	if n <= boilerMaxContainsWords && containsPhrase(words, rules.contains) {
		return true
	}
	if n <= boilerMaxPrefixWords {
		for _, p := range rules.prefixes {
			if hasWordPrefix(norm, p) {
				return true
			}
		}
		if (strings.HasPrefix(line, "(c) ") || strings.HasPrefix(line, "(C) ")) && len(line) > 4 {
			// "(c) 2025 Example Media", not the list item "(c) the parties …"
			if r, _ := utf8.DecodeRuneInString(line[4:]); unicode.IsUpper(r) || unicode.IsDigit(r) {
				return true
			}
		}
		// "Copyright 2025 …", "Copyright © …", but not "Copyright law …"
		if n >= 2 && words[0] == "copyright" && (words[1] == "©" || words[1] == "c" || isNumber(words[1])) {
			return true
		}
	}
	switch {
	case n >= 2 && n <= boilerMaxFurnitureWords && allFurniture(words, rules):
		return true
	case n <= boilerMaxDateWords && isDateLine(words):
		return true
	case n <= boilerMaxBylineWords && isByline(line):
		return true
	case n <= boilerMaxStaffWords && isStaffLine(line):
		return true
	case hasMenuSeparator(line) && isMenuRun(line):
		return true
	case isCamelMenu(line, rules):
		return true
	}
	return false
}

// BoilerplateSpans returns the byte spans of the lines in text that are
// boilerplate, trimmed of surrounding white space, in text order. Besides
// the lines IsBoilerplate reports, it finds menus laid out one item per
// line: a run of at least boilerMinMenuLines short lines (at most four
// words, no final punctuation), blank lines allowed in between, is
// boilerplate as a whole ("News", "Sport", "Europe", "US & Canada", …).
func BoilerplateSpans(text string) []Span {
	var out []Span
	var run []Span // the current run of short item lines
	flush := func() {
		if len(run) >= boilerMinMenuLines {
			for _, s := range run {
				if len(out) == 0 || out[len(out)-1] != s {
					out = append(out, s)
				}
			}
		}
		run = run[:0]
	}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		a, b := trim(text, start, end)
		start = end + 1
		if a >= b {
			continue // a blank line neither adds to a run nor ends it
		}
		line := text[a:b]
		if !isMenuItem(line) {
			flush()
		}
		if IsBoilerplate(line) {
			out = append(out, Span{a, b})
		}
		if isMenuItem(line) {
			run = append(run, Span{a, b})
		}
	}
	flush()
	slices.SortFunc(out, func(x, y Span) int { return x.Start - y.Start })
	return slices.Compact(out)
}

// boilerMinMenuLines is the shortest run of one-item lines taken for a
// menu. Article text rarely has six short unpunctuated lines in a row;
// site menus have dozens.
const boilerMinMenuLines = 6

// isMenuItem reports whether line could be one item of a menu laid out
// one per line: at most 40 bytes and four words, without final
// punctuation.
func isMenuItem(line string) bool {
	if len(line) > 40 || strings.Count(line, " ") > 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '?', '!', ':', ';', ',', '"', '”', '’', '\'':
		return false
	}
	return true
}

// containsPhrase reports whether words holds one of the phrases as a
// run of whole words.
func containsPhrase(words []string, phrases map[string][][]string) bool {
	for i, w := range words {
		for _, p := range phrases[w] {
			if len(p) <= len(words)-i && slices.Equal(words[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

// normalize lower-cases s and turns every run of characters other than
// letters, digits, ":" and "©" into one space, trimming the ends.
func normalize(s string) string {
	buf := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			k := charClass[c]
			if k != classLower && k != classUpper && k != classDigit && c != ':' {
				space = true
				continue
			}
			if space && len(buf) > 0 {
				buf = append(buf, ' ')
			}
			space = false
			if k == classUpper {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' {
			space = true
			continue
		}
		if space && len(buf) > 0 {
			buf = append(buf, ' ')
		}
		space = false
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return string(buf)
}

// hasWordPrefix reports whether norm starts with the phrase p followed
// by a word boundary.
func hasWordPrefix(norm, p string) bool {
	if !strings.HasPrefix(norm, p) {
		return false
	}
	if len(norm) == len(p) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return true // "source:", "©"
	}
	return norm[len(p)] == ' ' || norm[len(p)] == ':'
}

// isFunctionWord reports whether w (lower case) is an English function
// word that may appear in furniture ("Leave a Reply", "Follow us on X").
func isFunctionWord(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "these", "to", "of", "in", "on", "for",
		"and", "or", "with", "by", "at", "our", "your", "up", "me", "my", "here",
		"now", "it", "is", "be", "not", "will", "new", "from", "into", "out", "per",
		"what", "s", "t":
		return true
	}
	return false
}

// isNumber reports whether w is a number, possibly with an ordinal or
// unit suffix ("3", "26th", "10am", "3:45").
func isNumber(w string) bool {
	if w == "" || !isDigit(w[0]) {
		return false
	}
	i := 0
	for i < len(w) && (isDigit(w[i]) || w[i] == ':') {
		i++
	}
	switch w[i:] {
	case "", "st", "nd", "rd", "th", "am", "pm", "h", "m", "s", "k":
		return true
	}
	return false
}

// allFurniture reports whether words are all furniture words, function
// words or numbers, with at least one furniture word.
func allFurniture(words []string, rules *boiler) bool {
	seen := false
	for _, w := range words {
		w = strings.TrimSuffix(w, ":")
		switch {
		case rules.furniture[w]:
			seen = true
		case isFunctionWord(w), isNumber(w):
		default:
			return false
		}
	}
	return seen
}

// isDateWord reports whether w (lower case) may appear in a date or
// time stamp line.
func isDateWord(w string) (word, anchor bool) {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
		"today", "yesterday", "ago":
		return true, true
	case "updated", "published", "posted", "modified", "last", "first", "on", "at",
		"of", "the", "am", "pm", "a", "p", "m", "et", "est", "edt", "pt", "pst", "pdt",
		"ct", "cst", "cdt", "gmt", "utc", "bst", "cet", "cest", "msk", "ist", "eet",
		"hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "day", "days",
		"week", "weeks", "month", "months", "year", "years", "and", "by", "date", "time":
		return true, false
	}
	return false, false
}

// isDateLine reports whether words make a date or time stamp alone:
// "November 26, 2025", "Updated 3:45 PM ET", "2 hours ago".
func isDateLine(words []string) bool {
	number := false
	for _, w := range words {
		w = strings.TrimSuffix(w, ":")
		if isNumber(w) {
			number = true
			continue
		}
		if ok, _ := isDateWord(w); !ok {
			return false
		}
	}
	return number
}

// isByline reports whether line is a byline: "By" and then names,
// agencies and connecting words only ("By Jane Smith and John Doe,
// Reuters", "By JANE SMITH", "By admin").
func isByline(line string) bool {
	if len(line) < 4 || (line[0] != 'B' && line[0] != 'b') || (line[1] != 'y' && line[1] != 'Y') || line[2] != ' ' {
		return false
	}
	if last := line[len(line)-1]; last == '?' || last == '!' || last == ':' || last == ',' {
		return false
	}
	fields := strings.FieldsFunc(line[3:], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '·' || r == '•' || r == ';' || r == '/' || r == '(' || r == ')'
	})
	if len(fields) == 0 {
		return false
	}
	if len(fields) == 1 {
		return true // By admin, By Reuters
	}
	for _, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		lower := strings.ToLower(f)
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r):
		case lower == "and" || f == "&" || lower == "in" || lower == "for" || lower == "de" ||
			lower == "van" || lower == "von" || lower == "bin" || lower == "al" || lower == "da" ||
			lower == "staff" || lower == "reporter" || lower == "correspondent" || lower == "editor":
		default:
			if ok, _ := isDateWord(strings.Trim(lower, ".:")); !ok {
				return false
			}
		}
	}
	return true
}

// staffRoles are the posts of the journalists a news page credits on a
// line of their own ("Caroline Hawley, BBC diplomatic correspondent").
var staffRoles = map[string]bool{"correspondent": true, "editor": true, "reporter": true, "writer": true,
	"columnist": true, "producer": true, "presenter": true, "analyst": true}

// isStaffLine reports whether line credits a journalist without "By": a
// name of two to four capitalised words, a comma, and the post, whose last
// word is a journalist's ("Jane Smith, BBC political editor", "John Doe,
// Moscow correspondent"), with no final punctuation. A post that opens with
// an article, a possessive or "former" describes someone ("Jane Smith, a
// former correspondent"), and a sentence that does so ("Jane Smith, the
// paper's editor, said …") goes on after the post.
func isStaffLine(line string) bool {
	name, post, ok := strings.Cut(line, ", ")
	if !ok || strings.ContainsAny(post, ",;:.!?\"“”") {
		return false
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	pw := strings.Fields(post)
	if len(pw) == 0 {
		return false
	}
	switch strings.ToLower(pw[0]) {
	case "a", "an", "the", "his", "her", "their", "its", "former":
		return false // a description ("Jane Smith, a former correspondent")
	}
	return staffRoles[strings.ToLower(pw[len(pw)-1])]
}

// menuSeparators are the characters that separate items of a menu or
// breadcrumb trail.
const menuSeparators = "|•·»›>"

// hasMenuSeparator is a fast test for any of menuSeparators in
// line.
func hasMenuSeparator(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '|', '>':
			return true
		case 0xc2: // · U+00B7, » U+00BB
			if i+1 < len(line) && (line[i+1] == 0xb7 || line[i+1] == 0xbb) {
				return true
			}
		case 0xe2: // • U+2022, › U+203A
			if i+2 < len(line) && line[i+1] == 0x80 && (line[i+2] == 0xa2 || line[i+2] == 0xba) {
				return true
			}
		}
	}
	return false
}

// isMenuRun reports whether line is a run of short menu items joined by
// separators: "Home | World | Politics", "News › Europe › Ukraine".
func isMenuRun(line string) bool {
	segs := strings.FieldsFunc(line, func(r rune) bool {
		return strings.ContainsRune(menuSeparators, r)
	})
	if len(segs) < 3 {
		return false
	}
	for _, s := range segs {
		s = strings.TrimSpace(s)
		if FieldCount(s, boilerMaxMenuSegment+1) > boilerMaxMenuSegment {
			return false
		}
		if last, _ := utf8.DecodeLastRuneInString(s); last == '.' || last == '?' || last == '!' {
			return false
		}
	}
	return true
}

// isCamelMenu reports whether line holds menu items run together by an
// extractor that dropped the separators: a capitalised word of four or
// more letters glued to the next capitalised word ("CanadaWar"). Two such
// joins make a menu; one does when the line has three to eight words,
// no final punctuation, and lower-case words that are all "and", "in",
// "of" and the like (at least one). Names in
// the "!" list of data/boilerplate.txt ("YouTube") are not joins.
func isCamelMenu(line string, rules *boiler) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == '.' || last == '?' || last == '!' || last == '"' || last == '”' {
		return false
	}
	fields, joins, contentLower, functionLower := 0, 0, false, false
	for f := range strings.FieldsSeq(line) {
		fields++
		if rules.camel[strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })] {
			continue
		}
		joins += camelJoins(f)
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			switch f {
			case "and", "&", "in", "of", "the", "for", "on", "at", "to":
				functionLower = true
			default:
				contentLower = true
			}
		}
	}
	switch {
	case joins >= 2:
		return true
	case joins == 1:
		return fields >= 3 && fields <= boilerMaxFurnitureWords && functionLower && !contentLower
	}
	return false
}

// camelJoins counts the places in word where a capitalised part of at
// least four letters is followed directly by an upper-case letter and a
// lower-case one ("CanadaWar" has one, "McDonald" and "iPhone" none).
func camelJoins(word string) int {
	joins := 0
	partLen, partCap := 0, false
	var prev rune
	rs := []rune(word)
	for i, r := range rs {
		switch {
		case unicode.IsUpper(r):
			next := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) && next && partCap && partLen >= 4 {
				joins++
			}
			if !unicode.IsUpper(prev) || next {
				partLen, partCap = 0, true
			}
			partLen++
		case unicode.IsLower(r):
			partLen++
		default:
			partLen, partCap = 0, false
		}
		prev = r
	}
	return joins
}
