package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/extract"
)

// ActorID returns the stable identifier of an actor: its type and a slug of
// its canonical name, "person:tony-blair", "state:united-kingdom",
// "org:bbc". The slug is lower case ASCII: diacritics are dropped, every
// run of other characters becomes one hyphen ("Gerhard Schröder" ->
// "gerhard-schroder", "AT&T" -> "at-t"). It depends on nothing but the name
// and the type, so the same actor has the same ActorID in every graph that
// names it the same way.
func ActorID(kind extract.Kind, name string) string {
	return kind.String() + ":" + slug(name)
}

// slug is the name part of ActorID.
func slug(name string) string {
	var sb strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '\u2019' || r == '.':
			continue // "O'Brien" -> "obrien", "U.S." -> "us"
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			hyphen = false
			sb.WriteRune(unicode.ToLower(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			hyphen = false
			sb.WriteString(foldRune(r))
		default:
			hyphen = true
		}
	}
	if sb.Len() == 0 {
		return "-"
	}
	return sb.String()
}

// foldRune spells a non-ASCII letter in ASCII where a common spelling
// exists, else keeps it lower-cased (a slug of a name in Cyrillic or Arabic
// script stays in that script).
func foldRune(r rune) string {
	switch unicode.ToLower(r) {
	case 'ø':
		return "o"
	case 'ł':
		return "l"
	case 'ß':
		return "ss"
	case 'đ':
		return "d"
	case 'ı':
		return "i"
	case 'æ':
		return "ae"
	case 'œ':
		return "oe"
	case 'þ':
		return "th"
	}
	return string(unicode.ToLower(r))
}
