package polarity

import (
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	start, end int    // byte span in the sentence
	key        uint64 // hash of the normalised form (lower case, digits as 0)
	stem       uint64 // hash of the normalised form without its inflection suffix
	pre        uint64 // hash of the part before the first inner apostrophe, 0 if none
	kind       tokKind
	upper      bool // starts with an upper-case letter
	digit      bool // contains a digit
}

// tokKind classifies tokens for the feature extractor.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters or digits
	tokPunct                // any other single character
	tokQuote                // a quotation mark of any style
)

// maxTokens bounds the tokens read from one sentence; the rest are ignored
// (news sentences are far shorter; this bounds the work on hostile input).
const maxTokens = 400

// tokenize appends the tokens of s to buf and returns it. Words are runs of
// letters and digits, with inner apostrophes, hyphens and dots kept
// ("didn't", "anti-war", "U.S."); every other non-space character is a token
// of its own. Keys are FNV-1a hashes of the lower-cased form with curly
// apostrophes made straight and digits mapped to 0. Invalid UTF-8 bytes are
// punctuation.
func tokenize(s string, buf []token) []token {
	i := 0
	for i < len(s) && len(buf) < maxTokens {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			i += n
		case isWordRune(r):
			j := i
			h := uint64(fnvOffset)
			up := unicode.IsUpper(r)
			pre := uint64(0)
			dig := false
			var fold [maxStemBytes]byte
			nf := 0
			for j < len(s) {
				c, m := rune(s[j]), 1
				if c >= utf8.RuneSelf {
					c, m = utf8.DecodeRuneInString(s[j:])
				}
				if !isWordRune(c) {
					// Keep an apostrophe, hyphen or dot between word characters.
					if (c == '\'' || c == '’' || c == '-' || c == '.') && j+m < len(s) {
						d, _ := utf8.DecodeRuneInString(s[j+m:])
						if isWordRune(d) && (c != '.' || unicode.IsUpper(d) || unicode.IsDigit(d)) {
							if c == '’' {
								c = '\''
							}
							if c == '\'' && pre == 0 {
								pre = h
							}
							h = hashRune(h, c)
							nf = appendFold(&fold, nf, c)
							j += m
							continue
						}
					}
					break
				}
				c = foldRune(c)
				if c == '0' {
					dig = true
				}
				h = hashRune(h, c)
				nf = appendFold(&fold, nf, c)
				j += m
			}
			st := h
			if nf <= maxStemBytes {
				if k := stemLen(fold[:nf]); k < nf {
					st = hashBytes(fold[:k])
				}
			}
			buf = append(buf, token{start: i, end: j, key: h, stem: st, pre: pre, kind: tokWord, upper: up, digit: dig})
			i = j
		default:
			k := tokPunct
			switch r {
			case '"', '“', '”', '„', '«', '»', '‘', '’', '\'', '`':
				k = tokQuote
				r = '"'
			case '–', '—', '―':
				r = '-'
			}
			if r == utf8.RuneError {
				r = '?'
			}
			buf = append(buf, token{start: i, end: i + n, key: hashRune(fnvOffset, r), kind: k})
			i += n
		}
	}
	return buf
}

// isWordRune reports whether r belongs in a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// foldRune lower-cases r and maps digits to '0'.
func foldRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r >= '0' && r <= '9':
		return '0'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsDigit(r):
		return '0'
	}
	return unicode.ToLower(r)
}

// hashRune feeds the UTF-8 bytes of r into the FNV-1a hash h.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * fnvPrime
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// wordKey returns the key tokenize gives the single word w (for word lists).
func wordKey(w string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		h = hashRune(h, foldRune(r))
	}
	return h
}

// maxStemBytes bounds the words that are stemmed.
const maxStemBytes = 40

// appendFold appends the UTF-8 bytes of r to fold[:n] and returns the new
// length; past maxStemBytes it returns maxStemBytes+1 (too long to stem).
func appendFold(fold *[maxStemBytes]byte, n int, r rune) int {
	if n > maxStemBytes {
		return n
	}
	if r < utf8.RuneSelf {
		if n == maxStemBytes {
			return n + 1
		}
		fold[n] = byte(r)
		return n + 1
	}
	if n+utf8.RuneLen(r) > maxStemBytes {
		return maxStemBytes + 1
	}
	return n + utf8.EncodeRune(fold[n:], r)
}

// stemSuffixes are stripped by stemLen, longest first.
var stemSuffixes = [...]string{"ations", "ation", "ments", "ment", "ings", "ing", "ers", "ies", "ied",
	"ed", "er", "es", "ly", "s", "e"}

// stemLen returns the length of w without its inflection or derivation
// suffix (a light suffix stripper: "criticized", "criticizes" and
// "criticize" share "criticiz"), keeping at least 3 bytes.
func stemLen(w []byte) int {
	for _, suf := range stemSuffixes {
		if len(w) >= len(suf)+3 && string(w[len(w)-len(suf):]) == suf {
			return len(w) - len(suf)
		}
	}
	return len(w)
}

// hashBytes returns the FNV-1a hash of b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// stemKey returns the stem key tokenize gives the single word w.
func stemKey(w string) uint64 {
	var fold [maxStemBytes]byte
	n := 0
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		n = appendFold(&fold, n, foldRune(r))
	}
	if n > maxStemBytes {
		return wordKey(w)
	}
	return hashBytes(fold[:stemLen(fold[:n])])
}
