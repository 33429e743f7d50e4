package out

import (
	"bytes"
	"fmt"
	"io"
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
	case bidiControl(r): // Arabic letter mark, LRM, RLM, embeddings, overrides, isolates
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

// Clean makes an untrusted string (an actor name, a title, a sentence, a
// file name) safe to print on a terminal or in any output format: see
// clean. White space runs become one space, so the result is one line.
func Clean(s string) string { return clean(s) }

// bidiControl reports whether r is one of the invisible bidirectional
// formatting characters clean drops (marks, embeddings, overrides,
// isolates), which can make text display in another order than it has.
func bidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// EscapeJSON returns encoded JSON with every bidirectional formatting
// character written as a \u escape: the same JSON value, but nothing that
// can reorder what a terminal shows. It returns b itself when there is
// none. The characters can only occur inside JSON strings, where the
// escape is valid.
func EscapeJSON(b []byte) []byte {
	if !bytes.ContainsFunc(b, bidiControl) {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if bidiControl(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}

// JSONWriter returns a writer that passes encoded JSON to w through
// EscapeJSON. Each Write must hold whole characters, as json.Encoder's
// writes of whole values do.
func JSONWriter(w io.Writer) io.Writer { return jsonWriter{w} }

type jsonWriter struct{ w io.Writer }

func (j jsonWriter) Write(p []byte) (int, error) {
	if _, err := j.w.Write(EscapeJSON(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}
