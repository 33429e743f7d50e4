package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Allocation-free forms of strings.Fields idioms for the per-mention code
// of the extractor, which runs them on short names that are mostly already in
// normal form.

// JoinFields returns strings.Join(strings.Fields(s), " "): s with white
// space trimmed and every run of white space replaced by one space. It
// returns s itself, without allocating, when s is already in that form.
func JoinFields(s string) string {
	space := true // at the start, or after a space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return strings.Join(strings.Fields(s), " ")
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return strings.Join(strings.Fields(s), " ")
			default:
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		space = false
		i += n
	}
	if space && len(s) > 0 {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}

// FieldCount returns len(strings.Fields(s)), at most max.
func FieldCount(s string, max int) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n == max {
				return n
			}
			n++
			in = true
		}
	}
	return n
}

// LastField returns the last element of strings.Fields(s) and whether s
// has at least two.
func LastField(s string) (string, bool) {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return s[start:end], FieldCount(s[:start], 1) == 1
}

// FirstField returns the first element of strings.Fields(s) and whether s
// has at least two.
func FirstField(s string) (string, bool) {
	start := 0
	for start < len(s) {
		r, n := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	end := start
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if unicode.IsSpace(r) {
			break
		}
		end += n
	}
	return s[start:end], FieldCount(s[end:], 1) == 1
}
