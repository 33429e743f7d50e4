package ner

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Token flags computed from the characters of a token.
const (
	fUpper    = 1 << iota // has an upper-case letter
	fLower                // has a lower-case letter
	fInitCap              // first letter upper case
	fAllCaps              // letters present and none lower case
	fDigit                // has a digit
	fAlpha                // has a letter
	fPunct                // no letter and no digit
	fFirst                // first token of the sentence
	fCapsSent             // the sentence has no lower-case letter
	fTrigger              // has an upper-case letter or is near one (see shortcut)
	fNear                 // within two tokens of an fTrigger token: features may use its cluster
)

// normRune maps typographic characters to the ASCII used in CoNLL-2003:
// curly quotes and apostrophes, guillemets, dashes and the ellipsis.
func normRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	}
	return r
}

// normalize appends to dst the token with typographic characters mapped to
// ASCII (normRune), and to low the same in lower case with every digit
// replaced by '0'. It returns both buffers and the token's flags.
func normalize(dst, low []byte, tok string) ([]byte, []byte, uint32) {
	var fl uint32
	first := true
	for i := 0; i < len(tok); {
		c := tok[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(tok[i:])
			i += n
			r = normRune(r)
		}
		switch {
		case 'a' <= r && r <= 'z':
			fl |= fLower | fAlpha
			dst = append(dst, byte(r))
			low = append(low, byte(r))
		case 'A' <= r && r <= 'Z':
			fl |= fUpper | fAlpha
			if first {
				fl |= fInitCap
			}
			dst = append(dst, byte(r))
			low = append(low, byte(r)+'a'-'A')
		case '0' <= r && r <= '9':
			fl |= fDigit
			dst = append(dst, byte(r))
			low = append(low, '0')
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
			low = append(low, byte(r))
		default:
			if unicode.IsUpper(r) {
				fl |= fUpper | fAlpha
				if first {
					fl |= fInitCap
				}
			} else if unicode.IsLetter(r) {
				fl |= fLower | fAlpha
			} else if unicode.IsDigit(r) {
				fl |= fDigit
			}
			dst = utf8.AppendRune(dst, r)
			low = utf8.AppendRune(low, unicode.ToLower(r))
		}
		first = false
	}
	if fl&fUpper != 0 && fl&fLower == 0 {
		fl |= fAllCaps
	}
	if fl&(fAlpha|fDigit) == 0 {
		fl |= fPunct
	}
	return dst, low, fl
}

// shapeClass returns the shape character of r: X, x, d or r itself for
// punctuation (non-ASCII symbols become '*').
func shapeClass(r rune) byte {
	switch {
	case 'a' <= r && r <= 'z':
		return 'x'
	case 'A' <= r && r <= 'Z':
		return 'X'
	case '0' <= r && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return byte(r)
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return '*'
}

// shapes returns the hashes of the long shape (runs of one class cut to four,
// "Xxxxx" for "Washington") and the short shape (runs cut to one, "Xx") of
// the normalised token b.
func shapes(b []byte) (long, short uint64) {
	long, short = fnvOffset, fnvOffset
	var prev byte
	run := 0
	for i := 0; i < len(b); {
		var r rune
		if b[i] < utf8.RuneSelf {
			r = rune(b[i])
			i++
		} else {
			var n int
			r, n = utf8.DecodeRune(b[i:])
			i += n
		}
		c := shapeClass(r)
		if c == prev {
			run++
		} else {
			run = 1
			short ^= uint64(c)
			short *= fnvPrime
		}
		if run <= 4 {
			long ^= uint64(c)
			long *= fnvPrime
		}
		prev = c
	}
	return long, short
}

// scanToken is normalize, hashBytes of the normalised token and shapes of
// it in one sweep over the token: it returns both buffers, the flags, the
// hash of dst and the long and short shape hashes.
func scanToken(dst, low []byte, tok string) ([]byte, []byte, uint32, uint64, uint64, uint64) {
	ascii := true
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return scanASCII(dst, low, tok)
	}
	var fl uint32
	raw, long, short := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var prev byte // shape class of the previous rune
	run := 0
	first := true
	for i := 0; i < len(tok); {
		c := tok[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(tok[i:])
			i += n
			r = normRune(r)
		}
		var sh byte
		switch {
		case 'a' <= r && r <= 'z':
			fl |= fLower | fAlpha
			dst = append(dst, byte(r))
			low = append(low, byte(r))
			sh = 'x'
		case 'A' <= r && r <= 'Z':
			fl |= fUpper | fAlpha
			if first {
				fl |= fInitCap
			}
			dst = append(dst, byte(r))
			low = append(low, byte(r)+'a'-'A')
			sh = 'X'
		case '0' <= r && r <= '9':
			fl |= fDigit
			dst = append(dst, byte(r))
			low = append(low, '0')
			sh = 'd'
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
			low = append(low, byte(r))
			sh = byte(r)
		default:
			if unicode.IsUpper(r) {
				fl |= fUpper | fAlpha
				if first {
					fl |= fInitCap
				}
			} else if unicode.IsLetter(r) {
				fl |= fLower | fAlpha
			} else if unicode.IsDigit(r) {
				fl |= fDigit
			}
			n := len(dst)
			dst = utf8.AppendRune(dst, r)
			low = utf8.AppendRune(low, unicode.ToLower(r))
			for _, b := range dst[n:] {
				raw ^= uint64(b)
				raw *= fnvPrime
			}
			// shapes decodes dst again: an invalid rune reads as U+FFFD.
			d, _ := utf8.DecodeRune(dst[n:])
			sh = shapeClass(d)
		}
		if r < utf8.RuneSelf {
			raw ^= uint64(r)
			raw *= fnvPrime
		}
		if sh == prev {
			run++
		} else {
			run = 1
			short ^= uint64(sh)
			short *= fnvPrime
		}
		if run <= 4 {
			long ^= uint64(sh)
			long *= fnvPrime
		}
		prev = sh
		first = false
	}
	if fl&fUpper != 0 && fl&fLower == 0 {
		fl |= fAllCaps
	}
	if fl&(fAlpha|fDigit) == 0 {
		fl |= fPunct
	}
	return dst, low, fl, raw, long, short
}

// asciiClass holds, for each ASCII byte, what normalize and shapes make of
// it: its flags (but fInitCap), its lower-case form and its shape class.
var asciiClass = func() (t [256]struct {
	fl       uint32
	low, shp byte
}) {
	for c := range 128 {
		e := &t[c]
		e.low, e.shp = byte(c), byte(c)
		switch {
		case 'a' <= c && c <= 'z':
			e.fl, e.shp = fLower|fAlpha, 'x'
		case 'A' <= c && c <= 'Z':
			e.fl, e.low, e.shp = fUpper|fAlpha, byte(c)+'a'-'A', 'X'
		case '0' <= c && c <= '9':
			e.fl, e.low, e.shp = fDigit, '0', 'd'
		}
	}
	return t
}()

// scanASCII is scanToken for a token of ASCII bytes, which normalize
// leaves as they are.
func scanASCII(dst, low []byte, tok string) ([]byte, []byte, uint32, uint64, uint64, uint64) {
	dst = append(dst, tok...)
	low = slices.Grow(low, len(tok))
	var fl uint32
	raw, long, short := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var prev byte
	run := 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		e := &asciiClass[c]
		fl |= e.fl
		low = append(low, e.low)
		raw = (raw ^ uint64(c)) * fnvPrime
		if e.shp == prev {
			run++
		} else {
			run = 1
			short = (short ^ uint64(e.shp)) * fnvPrime
		}
		if run <= 4 {
			long = (long ^ uint64(e.shp)) * fnvPrime
		}
		prev = e.shp
	}
	if len(tok) > 0 && 'A' <= tok[0] && tok[0] <= 'Z' {
		fl |= fInitCap
	}
	if fl&fUpper != 0 && fl&fLower == 0 {
		fl |= fAllCaps
	}
	if fl&(fAlpha|fDigit) == 0 {
		fl |= fPunct
	}
	return dst, low, fl, raw, long, short
}
