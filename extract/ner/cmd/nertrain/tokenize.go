package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// asciiPunct maps typographic characters to the ASCII forms of CoNLL-2003,
// as the tagger reads them.
var asciiPunct = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "`", "'", "\u00B4", "'",
	"\u201C", "\"", "\u201D", "\"", "\u201E", "\"", "\u201F", "\"", "\u00AB", "\"", "\u00BB", "\"",
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
)

// abbrev holds short words that keep their final period in CoNLL-2003
// tokens (Mr., Corp., Jan.); single letters (initials) keep it too.
var abbrev = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "Plc": true,
	"Gen": true, "Gov": true, "Sen": true, "Rep": true, "Lt": true, "Col": true, "Capt": true,
	"Jan": true, "Feb": true, "Aug": true, "Sept": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true,
	"No": true, "vs": true, "v": true,
}

// clitics are the endings split off a word as tokens of their own.
var clitics = []string{"n't", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m"}

// tokenize splits a line of running text into tokens in the style of
// CoNLL-2003 (Penn Treebank-like): punctuation apart, clitics such as 's
// and n't apart, abbreviations and initials with their period.
func tokenize(dst []string, line string) []string {
	line = asciiPunct.Replace(line)
	for _, w := range strings.Fields(line) {
		dst = splitWord(dst, w)
	}
	return dst
}

// splitWord appends the tokens of one whitespace-separated chunk.
func splitWord(dst []string, w string) []string {
	// Leading punctuation and currency signs.
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune("\"'([{$\u00A3\u20AC", r) || n == len(w) {
			break
		}
		dst = append(dst, w[:n])
		w = w[n:]
	}
	// Trailing punctuation, kept in order.
	var tail []string
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if n == len(w) {
			break
		}
		if r == '.' {
			stem := w[:len(w)-1]
			if strings.Contains(stem, ".") || abbrev[stem] || utf8.RuneCountInString(stem) == 1 && unicode.IsUpper([]rune(stem)[0]) {
				break
			}
		} else if !strings.ContainsRune("\"')]},;:!?%", r) {
			break
		}
		tail = append(tail, w[len(w)-n:])
		w = w[:len(w)-n]
	}
	for _, c := range clitics {
		if len(w) > len(c) && strings.HasSuffix(w, c) {
			dst = append(dst, w[:len(w)-len(c)])
			w = w[len(w)-len(c):]
			break
		}
	}
	if w != "" {
		dst = append(dst, w)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		dst = append(dst, tail[i])
	}
	return dst
}
