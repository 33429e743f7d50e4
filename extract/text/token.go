package text

import (
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Token is a word or punctuation mark with its byte span in the text.
type Token struct {
	Text string
	Span Span
}

// Character classes of ASCII bytes for the fast path.
const (
	classPunct uint8 = iota // any other symbol: a one-character token
	classSpace
	classLower
	classUpper
	classDigit
	classHigh // a byte >= 0x80: decode the rune
)

// charClass maps every byte to its class. It is a read-only lookup table.
var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 0x80:
			t[c] = classHigh
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			t[c] = classSpace
		case c >= 'a' && c <= 'z':
			t[c] = classLower
		case c >= 'A' && c <= 'Z':
			t[c] = classUpper
		case c >= '0' && c <= '9':
			t[c] = classDigit
		default:
			t[c] = classPunct
		}
	}
	return t
}()

// Tokenize splits the whole of text into tokens; see AppendTokens for the
// conventions.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5+1), text, Span{0, len(text)})
}

// AppendTokens tokenizes text[span.Start:span.End] and appends tokens with
// absolute byte offsets to dst. A span outside text is clipped to it. Every
// token is an exact slice of text (Token.Text == text[Span.Start:Span.End],
// nothing is normalised or copied) and tokens come in text order without
// overlap. It runs in linear time and allocates only to grow dst.
//
// The conventions are close to the Penn Treebank / CoNLL-2003 tokens the
// entity tagger is trained on:
//
//   - Words are runs of Unicode letters, digits and combining marks
//     ("Zelenskiy", "Зеленський", "Côte", "1.2m", "2022").
//   - Numbers keep their separators when a digit follows: "1.2", "2,000",
//     "1,234.56", "3:45", and so do dates, scores and fractions written with
//     "-" or "/" ("2022-02-24", "6-3", "24/7"). A percent sign or currency
//     symbol is its own token: "19%" is "19" "%", "$11bn" is "$" "11bn";
//     a dollar sign after up to three capitals joins them ("US$", "C$").
//   - Hyphens split compounds into parts with a "-" token: "Trump-Putin" is
//     "Trump" "-" "Putin", "U.S.-backed" is "U.S." "-" "backed". Runs of
//     hyphens ("--") are one token; en and em dashes are tokens.
//   - Possessives and clitics are split off in PTB style: "Putin's" is
//     "Putin" "'s", "Putin’s" is "Putin" "’s", "it’s" is "it" "’s",
//     "don't" is "do" "n't", "can't" is "ca" "n't", "we're" is "we" "'re",
//     "I'll" is "I" "'ll"; a clitic after a space stays whole ("Putin 's"
//     in pre-tokenized text). A trailing apostrophe ("allies’") is its own
//     token. Other inner apostrophes stay in the word ("O'Brien",
//     "d'Ivoire").
//   - Abbreviations keep their dots: known short forms ("Mr.", "Feb.",
//     "Gen.", "Inc.", "etc.", "vs."), US state abbreviations after a comma
//     ("Salem, Ore." but not "Norbert Ore."), "No." before a number,
//     single-letter initials ("F." in "John F. Kennedy", not the last
//     letter of "Jay-Z." or "AT&T."), dotted acronyms ("U.S.", "E.U.",
//     "a.m."). Such a token also absorbs a sentence-final dot: "… in the
//     U.S." ends with the token "U.S.", not "U.S" "." and not "U.S." ".".
//   - Any other final period is its own token; "..." and "…" are one token.
//   - Dotted names with a lower-case letter after the dot stay whole
//     ("ndtv.com", "e.g."); URLs ("https://…", "www.…") and e-mail
//     addresses are one token, without trailing sentence punctuation.
//   - Every other symbol (quotes straight or curly, brackets, slashes,
//     "©", "€") is a token of one character. Invalid UTF-8 bytes are
//     one-byte tokens; they never cause a panic.
func AppendTokens(dst []Token, text string, span Span) []Token {
	start, end := span.Start, span.End
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	i := start
	for i < end {
		c := text[i]
		switch charClass[c] {
		case classSpace:
			i++
		case classLower, classUpper, classDigit:
			dst, i = scanWord(dst, text, i, end)
		case classPunct:
			n := 1
			switch c {
			case '.', '-':
				for i+n < end && text[i+n] == c {
					n++
				}
			case '\'':
				n = cliticAfter(text, i, 1, end)
			}
			dst = append(dst, Token{Text: text[i : i+n], Span: Span{i, i + n}})
			i += n
		default:
			r, size := utf8.DecodeRuneInString(text[i:end])
			switch {
			case r == utf8.RuneError && size <= 1:
				dst = append(dst, Token{Text: text[i : i+1], Span: Span{i, i + 1}})
				i++
			case isSpace(r):
				i += size
			case isWordRune(r):
				dst, i = scanWord(dst, text, i, end)
			default:
				if r == '’' {
					size = cliticAfter(text, i, size, end)
				}
				dst = append(dst, Token{Text: text[i : i+size], Span: Span{i, i + size}})
				i += size
			}
		}
	}
	return dst
}

// cliticAfter returns the length of the token that starts with the
// apostrophe of a bytes at i that does not follow a word: a clitic ("'s" in
// "U.S.'s", or in pre-tokenized text such as "Putin 's") if one follows,
// else the apostrophe alone.
func cliticAfter(text string, i, a, end int) int {
	if k := cliticEnd(text, i+a, end); k > 0 {
		return k - i
	}
	return a
}

// isSpace reports whether r separates tokens: Unicode white space plus
// the zero-width space, word joiner and byte order mark that web text
// carries.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		k := charClass[r]
		return k == classLower || k == classUpper || k == classDigit
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordAt returns whether a word character starts at i (before end), and
// its size in bytes.
func wordAt(text string, i, end int) (bool, int) {
	if i >= end {
		return false, 0
	}
	c := text[i]
	if c < utf8.RuneSelf {
		k := charClass[c]
		return k == classLower || k == classUpper || k == classDigit, 1
	}
	r, size := utf8.DecodeRuneInString(text[i:end])
	if r == utf8.RuneError && size <= 1 {
		return false, 1
	}
	return isWordRune(r), size
}

// letterAt reports whether a letter starts at i, and whether it is lower
// case.
func letterAt(text string, i, end int) (letter, lower bool) {
	if i >= end {
		return false, false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		k := charClass[c]
		return k == classLower || k == classUpper, k == classLower
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r), unicode.IsLower(r)
}

// runEnd returns the end of the run of word characters that starts at i
// and the number of characters in it.
func runEnd(text string, i, end int) (int, int) {
	n := 0
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			k := charClass[c]
			if k != classLower && k != classUpper && k != classDigit {
				break
			}
			i++
			n++
			continue
		}
		ok, size := wordAt(text, i, end)
		if !ok {
			break
		}
		i += size
		n++
	}
	return i, n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// apostropheAt returns the byte length of an apostrophe (' or ’) at i,
// or 0.
func apostropheAt(text string, i, end int) int {
	if i < end && text[i] == '\'' {
		return 1
	}
	if i+2 < end && text[i] == 0xe2 && text[i+1] == 0x80 && text[i+2] == 0x99 {
		return 3
	}
	return 0
}

// scanWord scans the word starting at i and appends it, with any split-off
// clitic, to dst. It returns the position after the last byte consumed.
func scanWord(dst []Token, text string, i, end int) ([]Token, int) {
	if j := uRLEnd(text, i, end); j > i {
		return append(dst, Token{Text: text[i:j], Span: Span{i, j}}), j
	}
	j, n := runEnd(text, i, end)
	if j < end && text[j] == '$' && j-i <= 3 && allUpperASCII(text[i:j]) {
		// US$, C$, HK$
		return append(dst, Token{Text: text[i : j+1], Span: Span{i, j + 1}}), j + 1
	}
	segStart, segLen := i, n // the last run of word characters
	dotted := false          // the word holds letter-dot joins ("U.S", "e.g")
	for j < end {
		c := text[j]
		switch c {
		case '.', ',', ':':
			if isDigit(text[j-1]) && j+1 < end && isDigit(text[j+1]) {
				// 1.2, 2,000, 3:45
				k, m := runEnd(text, j+1, end)
				segStart, segLen, j = j+1, m, k
				continue
			}
			if c != '.' {
				break
			}
			if k, ok := abbrevEnd(text, i, j, end, segStart, segLen, dotted); ok {
				return append(dst, Token{Text: text[i:k], Span: Span{i, k}}), k
			}
			if letter, lower := letterAt(text, j+1, end); letter && (lower || segLen == 1) {
				// ndtv.com, e.g, U.S (the final dot is decided above on
				// the next round)
				k, m := runEnd(text, j+1, end)
				segStart, segLen, j = j+1, m, k
				dotted = true
				continue
			}
		case '\'', 0xe2:
			a := apostropheAt(text, j, end)
			if a == 0 {
				break
			}
			if k := cliticEnd(text, j+a, end); k > 0 {
				// 's, 're, 've, 'll, 'd, 'm
				dst = append(dst, Token{Text: text[i:j], Span: Span{i, j}})
				return append(dst, Token{Text: text[j:k], Span: Span{j, k}}), k
			}
			if segLen >= 2 && (text[j-1]|0x20) == 'n' && j+a < end && (text[j+a]|0x20) == 't' {
				if ok, _ := wordAt(text, j+a+1, end); !ok {
					// don't -> do n't
					k := j + a + 1
					dst = append(dst, Token{Text: text[i : j-1], Span: Span{i, j - 1}})
					return append(dst, Token{Text: text[j-1 : k], Span: Span{j - 1, k}}), k
				}
			}
			if letter, _ := letterAt(text, j+a, end); letter {
				// O'Brien, d'Ivoire
				k, m := runEnd(text, j+a, end)
				segStart, segLen, j = j+a, m, k
				continue
			}
		case '@':
			if k := emailEnd(text, j, end); k > j {
				return append(dst, Token{Text: text[i:k], Span: Span{i, k}}), k
			}
		case '-', '/':
			if isDigit(text[j-1]) && j+1 < end && isDigit(text[j+1]) {
				// 1996-08-30, 6-3, 24/7, 1/2
				k, m := runEnd(text, j+1, end)
				segStart, segLen, j = j+1, m, k
				continue
			}
			if c == '/' {
				break
			}
			if k := emailAhead(text, j, end); k > j {
				return append(dst, Token{Text: text[i:k], Span: Span{i, k}}), k
			}
		case '_', '+':
			if k := emailAhead(text, j, end); k > j {
				return append(dst, Token{Text: text[i:k], Span: Span{i, k}}), k
			}
		}
		break
	}
	return append(dst, Token{Text: text[i:j], Span: Span{i, j}}), j
}

// allUpperASCII reports whether s is made of ASCII capitals only.
func allUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if charClass[s[i]] != classUpper {
			return false
		}
	}
	return true
}

// cliticEnd returns the end of an English clitic whose letters start at
// i (just after the apostrophe): s, re, ve, ll, d, m in either case,
// followed by a non-word character. It returns 0 if there is none.
func cliticEnd(text string, i, end int) int {
	if i >= end {
		return 0
	}
	n := 0
	switch text[i] | 0x20 {
	case 's', 'd', 'm':
		n = 1
	case 'r', 'v':
		if i+1 < end && (text[i+1]|0x20) == 'e' {
			n = 2
		}
	case 'l':
		if i+1 < end && (text[i+1]|0x20) == 'l' {
			n = 2
		}
	}
	if n == 0 {
		return 0
	}
	if ok, _ := wordAt(text, i+n, end); ok {
		return 0
	}
	return i + n
}

// abbrevEnd decides whether the dot at j ends an abbreviation that began
// at i. The last run of word characters is text[segStart:j] with segLen
// characters; dotted says whether the word already holds letter-dot joins.
// It returns the end of the abbreviation (after its dot).
func abbrevEnd(text string, i, j, end, segStart, segLen int, dotted bool) (int, bool) {
	if ok, _ := wordAt(text, j+1, end); ok {
		return 0, false // the word goes on: U.S.A, a.m, ndtv.com, 1.2
	}
	if dotted && segLen <= 2 {
		return j + 1, true // U.S., a.m., e.g., Ph.D.
	}
	if segLen == 1 && segStart == i {
		if i > 0 && (text[i-1] == '-' || text[i-1] == '&') {
			return 0, false // the last letter of a name, not an initial: Jay-Z., AT&T.
		}
		if letter, lower := letterAt(text, i, end); letter && !lower {
			return j + 1, true // an initial: J.
		}
		return 0, false
	}
	if segStart != i || segLen > 6 || j-i > 6 {
		return 0, false
	}
	w := text[i:j]
	if isAbbrev(w) || isStateAbbrev(w) && afterComma(text, i) {
		return j + 1, true
	}
	if w == "No" || w == "no" || w == "NO" || w == "Nos" || w == "Art" || w == "Vol" || w == "p" || w == "pp" {
		// only before a number: "No. 10", "p. 5"
		k := j + 1
		for k < end && text[k] == ' ' {
			k++
		}
		if k > j+1 && k < end && isDigit(text[k]) {
			return j + 1, true
		}
	}
	return 0, false
}

// isAbbrev reports whether w (without its dot) is a common English
// abbreviation written with a final dot in news text: titles and ranks,
// months, company suffixes and a few Latin forms.
func isAbbrev(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Rev", "Hon",
		"Gen", "Sen", "Rep", "Reps", "Gov", "Lt", "Col", "Maj", "Capt", "Cmdr",
		"Adm", "Sgt", "Cpl", "Pvt", "Brig", "Supt", "Insp", "Det", "Amb", "Pres",
		"Fr", "Messrs", "Mme", "Mlle", "Sens", "Govs", "Gens", "Esq",
		"MR", "MRS", "MS", "DR", "ST", "GEN", "SEN", "REP", "GOV", "LT", "COL",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
		"Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "Dept", "Univ", "Assn", "Intl",
		"INC", "CORP", "LTD", "CO",
		"vs", "etc", "al", "approx", "cf", "viz", "ca", "Fig", "fig", "Ave", "Blvd",
		"Mt", "Ft", "Rd", "Govt", "Assoc", "Cdr", "Rt", "Pte", "Pfc", "Spc":
		return true
	}
	return false
}

// isStateAbbrev reports whether w (without its dot) is the abbreviation of
// a US state in datelines and addresses ("Calif.", "Fla."). Many are also
// names or words ("Ore", "Penn", "Miss", "Wash"), so the dot is kept only
// after a comma (afterComma): "Salem, Ore." but not "Norbert Ore." at the
// end of a sentence.
func isStateAbbrev(w string) bool {
	switch w {
	case "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
		"Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
		"Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash",
		"Wis", "Wyo":
		return true
	}
	return false
}

// uRLEnd returns the end of a URL starting at i ("http://", "https://",
// "ftp://" or "www."), without trailing sentence punctuation, or i if there
// is none.
func uRLEnd(text string, i, end int) int {
	rest := text[i:end]
	if len(rest) < 5 {
		return i
	}
	var n int
	switch rest[0] | 0x20 {
	case 'h':
		switch {
		case hasPrefixFold(rest, "https://"):
			n = 8
		case hasPrefixFold(rest, "http://"):
			n = 7
		}
	case 'w':
		if hasPrefixFold(rest, "www.") {
			n = 4
		}
	case 'f':
		if hasPrefixFold(rest, "ftp://") {
			n = 6
		}
	}
	if n == 0 {
		return i
	}
	if ok, _ := wordAt(text, i+n, end); !ok {
		return i
	}
	j := i + n
	for j < end {
		c := text[j]
		if c < utf8.RuneSelf {
			if charClass[c] == classSpace || c == '"' || c == '<' || c == '>' {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:end])
		if isSpace(r) || r == utf8.RuneError || r == '“' || r == '”' || r == '‘' || r == '’' || r == '«' || r == '»' {
			break
		}
		j += size
	}
	// Trim punctuation that ends the sentence rather than the URL; keep a
	// closing bracket only if the URL opened one.
	var depth [2]int // unmatched "(" and "["
	for k := i; k < j; k++ {
		switch text[k] {
		case '(':
			depth[0]++
		case ')':
			depth[0]--
		case '[':
			depth[1]++
		case ']':
			depth[1]--
		}
	}
	for j > i+n {
		switch text[j-1] {
		case '.', ',', ';', ':', '!', '?', '\'':
			j--
			continue
		case ')':
			if depth[0] < 0 {
				depth[0]++
				j--
				continue
			}
		case ']':
			if depth[1] < 0 {
				depth[1]++
				j--
				continue
			}
		}
		break
	}
	return j
}

// hasPrefixFold reports whether s starts with the lower-case ASCII
// prefix p, ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// emailByte reports whether c may appear in an e-mail address.
func emailByte(c byte) bool {
	k := charClass[c]
	return k == classLower || k == classUpper || k == classDigit ||
		c == '.' || c == '-' || c == '_' || c == '+' || c == '%'
}

// emailEnd returns the end of the domain of an e-mail address whose "@"
// is at j, or j if the "@" is not followed by a dotted domain.
func emailEnd(text string, j, end int) int {
	k := j + 1
	dots := 0
	for k < end && emailByte(text[k]) && text[k] != '_' && text[k] != '+' && text[k] != '%' {
		if text[k] == '.' {
			dots++
		}
		k++
	}
	for k > j+1 && (text[k-1] == '.' || text[k-1] == '-') {
		if text[k-1] == '.' {
			dots--
		}
		k--
	}
	if k == j+1 || dots == 0 {
		return j
	}
	if ok, _ := wordAt(text, j+1, end); !ok {
		return j
	}
	return k
}

// emailAhead looks past a "-", "_" or "+" at j inside a word for an
// e-mail address ("first-last@example.com") and returns its end, or j.
func emailAhead(text string, j, end int) int {
	k := j
	for k < end && k-j < 64 && emailByte(text[k]) {
		k++
	}
	if k < end && text[k] == '@' {
		if e := emailEnd(text, k, end); e > k {
			return e
		}
	}
	return j
}

// afterComma reports whether the word that starts at i follows a comma
// and spaces.
func afterComma(text string, i int) bool {
	k := i - 1
	for k >= 0 && text[k] == ' ' {
		k--
	}
	return k >= 0 && k < i-1 && text[k] == ','
}
