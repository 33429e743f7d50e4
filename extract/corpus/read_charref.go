package corpus

import (
	"html"
	"strings"
)

// maxCharRefLen is the longest character reference decodeCharRefs reads,
// "&" and ";" included ("&CounterClockwiseContourIntegral;" is the longest
// HTML name, 33 bytes).
const maxCharRefLen = 40

// decodeCharRefs replaces the HTML character references in text that was
// not read as HTML by the characters they stand for: feeds and scrapers
// often leave them in plain text and JSON ("communiqu&#233;",
// "O&#39;Neill", "AT&amp;T"), and a name cut at "&#233;" is a fragment
// ("Jos&#233; Manuel Barroso" made "Manuel Barroso"). Only complete
// references count: "&", a name or "#" and a decimal or "#x" and a
// hexadecimal number, and ";" (so "AT&T", "R&D" and "&nothing" stay as
// written); a name HTML does not know stays too. The control characters
// a numeric reference may give are dropped by cleanText afterwards, as
// those written directly are.
func decodeCharRefs(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	last := 0 // s[last:i] is still to be written
	for i >= 0 {
		end := charRefEnd(s[i:])
		if end > 0 {
			if dec := html.UnescapeString(s[i : i+end]); dec != s[i:i+end] {
				sb.WriteString(s[last:i])
				sb.WriteString(dec)
				last = i + end
			}
		} else {
			end = 1
		}
		j := strings.IndexByte(s[i+end:], '&')
		if j < 0 {
			break
		}
		i += end + j
	}
	if last == 0 {
		return s
	}
	sb.WriteString(s[last:])
	return sb.String()
}

// charRefEnd returns the length of the complete character reference
// that starts s (which starts with "&"), or 0.
func charRefEnd(s string) int {
	n := min(len(s), maxCharRefLen)
	k := 1
	switch {
	case k+1 < n && s[k] == '#' && (s[k+1] == 'x' || s[k+1] == 'X'):
		k += 2
		start := k
		for k < n && isHexDigit(s[k]) {
			k++
		}
		if k == start {
			return 0
		}
	case k < n && s[k] == '#':
		k++
		start := k
		for k < n && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == start {
			return 0
		}
	default:
		start := k
		for k < n && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || k > start && s[k] >= '0' && s[k] <= '9') {
			k++
		}
		if k == start {
			return 0
		}
	}
	if k < n && s[k] == ';' {
		return k + 1
	}
	return 0
}

// isHexDigit reports whether c is a hexadecimal digit.
func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
