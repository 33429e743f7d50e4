package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Invisible reports whether r is an invisible formatting character that
// has no place inside a name and can hide one: the soft hyphen, the zero
// width space, non-joiner and joiner, the word joiner and invisible
// operators, the byte order mark, and the bidirectional marks, embeddings,
// overrides and isolates that make text display in another order than it
// is stored. Readers drop them, so that "Zelen\u00adsky" is one word and
// a right-to-left override never reaches a terminal.
func Invisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0x180E, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2069:
		return true
	}
	return false
}

// StripInvisible returns s without the characters Invisible reports.
func StripInvisible(s string) string {
	if !strings.ContainsFunc(s, Invisible) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if Invisible(r) {
			return -1
		}
		return r
	}, s)
}

// script is a writing system whose letters can pass for another's.
type script int

const (
	scriptOther script = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
)

func scriptOf(r rune) script {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return scriptLatin
		}
		return scriptOther
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	}
	return scriptOther
}

// lookAlike maps letters of one script to the letter of another that looks
// the same in common fonts (after the confusables of Unicode TR #39, for
// the letters of these three scripts that are identical in shape).
var lookAlike = map[script]map[rune]rune{
	scriptLatin: { // Cyrillic and Greek letters that pass for Latin ones
		'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
		'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ү': 'Y', 'Ԛ': 'Q', 'Ԝ': 'W',
		'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
		'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l',
		'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
		'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o', 'ν': 'v', 'ι': 'i',
	},
	scriptCyrillic: { // Latin letters that pass for Cyrillic ones
		'A': 'А', 'B': 'В', 'E': 'Е', 'K': 'К', 'M': 'М', 'H': 'Н', 'O': 'О', 'P': 'Р', 'C': 'С', 'T': 'Т',
		'X': 'Х', 'Y': 'У', 'I': 'І', 'J': 'Ј', 'S': 'Ѕ',
		'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'y': 'у', 'x': 'х', 'i': 'і', 'j': 'ј', 's': 'ѕ',
	},
	scriptGreek: { // Latin letters that pass for Greek ones
		'A': 'Α', 'B': 'Β', 'E': 'Ε', 'Z': 'Ζ', 'H': 'Η', 'I': 'Ι', 'K': 'Κ', 'M': 'Μ', 'N': 'Ν', 'O': 'Ο',
		'P': 'Ρ', 'T': 'Τ', 'Y': 'Υ', 'X': 'Χ', 'o': 'ο', 'v': 'ν',
	},
}

// FoldMixedScript returns s with every word that mixes Latin letters with
// Cyrillic or Greek ones written in one script: the letters of the other
// scripts that look like letters of the word's main script (the one most
// of its letters are in, Latin on a tie) are replaced by them. "Рutin"
// with a Cyrillic "Р" becomes "Putin", "Mоscow" with a Cyrillic "о"
// becomes "Moscow"; "Путин" and "Putin" are left alone. Such a word is a
// spoofed or mistyped name, and folding it keeps it from becoming a second
// actor that prints exactly like the first (the mixed-script confusable
// of Unicode TR #39). Words are runs of letters and marks.
func FoldMixedScript(s string) string {
	if !hasNonASCIILetter(s) {
		return s
	}
	var b strings.Builder
	last := 0 // bytes of s up to here are in b (when b is used)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		var count [4]int
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			count[scriptOf(r)]++
			j += n
		}
		word := s[i:j]
		if mixed := count[scriptLatin] > 0 && (count[scriptCyrillic] > 0 || count[scriptGreek] > 0); mixed {
			main := scriptLatin
			if count[scriptCyrillic] > count[scriptLatin] {
				main = scriptCyrillic
			} else if count[scriptGreek] > count[scriptLatin] {
				main = scriptGreek
			}
			if folded := foldWord(word, main); folded != word {
				b.WriteString(s[last:i])
				b.WriteString(folded)
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// foldWord replaces the letters of word outside main by their look-alikes
// in main, where there is one.
func foldWord(word string, main script) string {
	m := lookAlike[main]
	return strings.Map(func(r rune) rune {
		if sc := scriptOf(r); sc != main && sc != scriptOther {
			if l, ok := m[r]; ok {
				return l
			}
		}
		return r
	}, word)
}

// hasNonASCIILetter reports whether s has a Cyrillic or Greek letter,
// without decoding ASCII text.
func hasNonASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xCD && c <= 0xD4 { // lead bytes of U+0340–U+053F: Greek and Cyrillic
			return true
		}
	}
	return false
}
