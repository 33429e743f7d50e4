package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word-shape tests on single tokens, shared by the stages that read tokens
// (actor resolution, statements).

// IsPossessive reports whether w is a possessive ending token: "'s", "’s"
// or a lone apostrophe.
func IsPossessive(w string) bool {
	return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019"
}

// IsLower reports whether w starts with a lower-case letter.
func IsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// IsNameStart reports whether w starts with a letter or a digit, as every
// word of a name does.
func IsNameStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// HasUpper reports whether s holds an upper-case letter.
func HasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// IsPunct reports whether w is a punctuation or symbol token.
func IsPunct(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// IsDash reports whether w is a dash that sets words apart: a hyphen
// token, an en or em dash, or a double hyphen.
func IsDash(w string) bool {
	switch w {
	case "-", "\u2014", "\u2013", "--":
		return true
	}
	return false
}

// IsOpenQuote reports whether a short token holds a quotation mark or an
// opening parenthesis.
func IsOpenQuote(w string) bool {
	return strings.ContainsAny(w, "\"“‘'(") && len(w) <= 3
}

// IsMonth reports whether w is the name of a month, written out or
// abbreviated, in any case and with or without a final dot ("March",
// "Sept.", "DEC").
func IsMonth(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// IsWeekday reports whether w is the name of a day of the week, in any
// case ("Monday", "FRIDAY").
func IsWeekday(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}
