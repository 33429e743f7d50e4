package out

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes an untrusted string safe to place in any output: it drops
// invalid UTF-8 and U+FFFD (which gonum's DOT parser rejects), turns tabs, newlines and other white space runs into one
// space, and drops control characters (C0, C1, DEL), characters that XML 1.0
// forbids (U+FFFE, U+FFFF and the other noncharacters) and the invisible
// bidirectional formatting characters (marks, embeddings, overrides and
// isolates) that can make a name display as something else.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.ToValidUTF8(s, "") {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case dropRune(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether clean(s) == s, without allocating.
func isClean(s string) bool {
	if !utf8.ValidString(s) || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
		return false
	}
	prev := rune(0)
	for _, r := range s {
		if (unicode.IsSpace(r) && (r != ' ' || prev == ' ')) || dropRune(r) {
			return false
		}
		prev = r
	}
	return true
}

// dropRune reports whether r is removed by clean.
func dropRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7F && r < 0xA0: // C0, DEL, C1
		return true
	case r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE: // noncharacters, U+FFFE, U+FFFF
		return true
	case r == utf8.RuneError: // U+FFFD, the mark of text that was already broken
		return true
	case r == 0x061C, r == 0x200E, r == 0x200F, // Arabic letter mark, LRM, RLM
		r >= 0x202A && r <= 0x202E, // embeddings and overrides
		r >= 0x2066 && r <= 0x2069: // isolates
		return true
	}
	return false
}

// ellipsis ends a shortened string.
const ellipsis = "…"

// truncate shortens s to at most max runes, ending it with an ellipsis when
// anything was cut. It prefers to cut at a space in the last third.
func truncate(s string, max int) string {
	if max < 1 || utf8.RuneCountInString(s) <= max {
		return s
	}
	runes := []rune(s)[:max-1]
	cut := len(runes)
	for i := len(runes) - 1; i >= len(runes)*2/3; i-- {
		if runes[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(runes[:cut]), " ") + ellipsis
}
