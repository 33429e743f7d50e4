package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NameKey returns the key of name that the known people list agrees on:
// the key of the person's canonical name if name is one of their names or
// aliases ("MBS" and "Mohammed bin Salman" agree), else NameKey(name).
func (l *Lexicon) NameKey(name string) string {
	if e, ok := l.Person(name); ok {
		return NameKey(e.Name)
	}
	return NameKey(name)
}

// NameKey returns a key under which spelling variants of one name agree:
// Zelensky, Zelenskiy and Zelenskyy; Sergey and Sergei Lavrov; Alexei and
// Aleksey. Different people who share a surname keep different keys (Joe
// Biden, Hunter Biden). The rules, applied word by word after folding case
// and diacritics and dropping punctuation: "ks" becomes "x", a leading
// "ye" becomes "e", "y" becomes "i", and runs of one letter collapse to one
// ("Zelenskii" -> "zelenski", "Mohammed" -> "mohamed"), except in a word
// written in capitals ("BAA" is not "BA"); adjacent initials
// join ("George H. W. Bush" = "George H.W. Bush"). The key is meant
// for comparison only, not for display. See also Lexicon.NameKey, which
// also knows the aliases of the people list.
func NameKey(name string) string {
	if isASCII(name) {
		return nameKeyASCII(name)
	}
	return nameKey(name)
}

// nameKey is NameKey for any text.
func nameKey(name string) string {
	folded := foldDiacritics(name)
	var words []string
	var w []rune
	caps := true // the word is written in capitals, as an acronym is
	flush := func() {
		if len(w) == 0 {
			return
		}
		words = append(words, keyWord(string(w), caps && len(w) > 1))
		w = w[:0]
		caps = true
	}
	for _, r := range folded {
		r = foldPunct(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsLower(r) {
				caps = false
			}
			w = append(w, unicode.ToLower(r))
		case r == '\'' || r == '.':
			// O'Brien = OBrien; "J.D." = "JD"
		default:
			flush()
		}
	}
	flush()
	// Adjacent initials form one word: "H. W." = "H.W." = "HW".
	out := words[:0]
	for _, w := range words {
		if n := len(out); n > 0 && len(w) == 1 && isInitials(out[n-1]) {
			out[n-1] += w
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// isInitials reports whether a key word is one or two letters, as
// initials are ("h", "hw").
func isInitials(w string) bool { return len(w) == 1 || len(w) == 2 && w != "al" }

// keyWord returns the key of one lower-cased word; the letters of an
// acronym (a word written in capitals) do not collapse.
func keyWord(w string, acronym bool) string {
	w = strings.ReplaceAll(w, "ks", "x")
	if strings.HasPrefix(w, "ye") && len(w) > 3 {
		w = w[1:]
	}
	w = strings.ReplaceAll(w, "y", "i")
	var sb strings.Builder
	var last rune
	for _, r := range w {
		if r == last && !acronym {
			continue
		}
		sb.WriteRune(r)
		last = r
	}
	return sb.String()
}

// FoldDiacritics returns s without its diacritics, as English news often
// writes foreign names ("Erdoğan" -> "Erdogan", "Schröder" -> "Schroder"):
// combining marks removed, and a few letters that have no decomposition
// (ø, ł, ß, đ, ı, æ, œ) written in ASCII.
func FoldDiacritics(s string) string { return foldDiacritics(s) }

// foldDiacritics removes combining marks and maps a few letters that
// have no decomposition (ø, ł, ß, đ, ı, æ, œ) to ASCII.
func foldDiacritics(s string) string {
	if isASCII(s) {
		return s // nothing to fold
	}
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ø':
			sb.WriteString("o")
		case 'Ø':
			sb.WriteString("O")
		case 'ł':
			sb.WriteString("l")
		case 'Ł':
			sb.WriteString("L")
		case 'ß':
			sb.WriteString("ss")
		case 'đ':
			sb.WriteString("d")
		case 'Đ':
			sb.WriteString("D")
		case 'ı':
			sb.WriteString("i")
		case 'æ':
			sb.WriteString("ae")
		case 'œ':
			sb.WriteString("oe")
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nameKeyASCII is NameKey for ASCII text, with the same rules as nameKey
// (and keyWord) applied to bytes, allocating only the result.
func nameKeyASCII(name string) string {
	var outBuf [64]byte
	out := outBuf[:0]
	last := -1 // start in out of the last key word, -1 if none
	var wbuf [32]byte
	w := wbuf[:0]
	caps := true // the word is written in capitals, as an acronym is
	flush := func() {
		if len(w) == 0 {
			return
		}
		acronym := caps && len(w) > 1
		caps = true
		// keyWord: "ks" -> "x", a leading "ye" -> "e", "y" -> "i", runs
		// of one letter collapse.
		k := 0
		for i := 0; i < len(w); i++ {
			if w[i] == 'k' && i+1 < len(w) && w[i+1] == 's' {
				w[k] = 'x'
				i++
			} else {
				w[k] = w[i]
			}
			k++
		}
		w = w[:k]
		if len(w) > 3 && w[0] == 'y' && w[1] == 'e' {
			w = w[1:]
		}
		k = 0
		for i, c := range w {
			if c == 'y' {
				c = 'i'
			}
			if i > 0 && c == w[k-1] && !acronym {
				continue // "BAA" is not "BA", but "Mohammed" is "Mohamed"
			}
			w[k] = c
			k++
		}
		w = w[:k]
		// Adjacent initials join ("h" "w" -> "hw").
		if prev := out[max(last, 0):]; last >= 0 && len(w) == 1 &&
			(len(prev) == 1 || len(prev) == 2 && string(prev) != "al") {
			out = append(out, w...)
		} else {
			if last >= 0 {
				out = append(out, ' ')
			}
			last = len(out)
			out = append(out, w...)
		}
		w = w[:0]
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z':
			w = append(w, c)
			caps = false
		case '0' <= c && c <= '9':
			w = append(w, c)
		case 'A' <= c && c <= 'Z':
			w = append(w, c+'a'-'A')
		case c == '\'' || c == '.':
			// O'Brien = OBrien; "J.D." = "JD"
		default:
			flush()
		}
	}
	flush()
	return string(out)
}
