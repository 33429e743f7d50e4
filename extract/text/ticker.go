package text

import "strings"

// DropTickers removes from toks, in place, the stock codes that news
// wires print after a company's name: a code in angle brackets
// ("Elders IXL Ltd <ELXA.S>", "Ford <F>") or a code with an exchange
// suffix in round or square brackets ("Apple (AAPL.O)", "Daimler-Benz AG
// [DAIG.F]"). A code is one to six capital letters or digits with at
// least one letter, optionally followed by a dot and a one- to
// three-letter exchange suffix (and a full stop: "<PGLO.AS.>"); a code of
// digits only needs the suffix ("<7203.T>"). Such a code names
// no actor of its own: it is the listing of the name before it. Round
// brackets without a suffix are left alone, since they usually define
// an acronym ("European Community (EC)"), and so are angle brackets
// around words ("<Cable and Wireless Plc>"). It returns the shortened
// slice.
func DropTickers(toks []Token) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		if n := max(tickerAt(toks, i), ricAt(toks, i)); n > 0 {
			i += n - 1
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// tickerAt returns the number of tokens of the bracketed stock code that
// starts at toks[i], 0 if none does.
func tickerAt(toks []Token, i int) int {
	open := toks[i].Text
	if open != "<" && open != "(" && open != "[" {
		return 0
	}
	j := i + 1
	if j >= len(toks) {
		return 0
	}
	code := toks[j].Text
	digits := len(code) <= 6 && strings.Trim(code, "0123456789") == ""
	if !isTickerCode(code, 6) && !digits {
		return 0
	}
	j++
	suffix := false
	if j+1 < len(toks) && toks[j].Text == "." && isTickerCode(toks[j+1].Text, 3) && toks[j].Span.Start == toks[j-1].Span.End && toks[j+1].Span.Start == toks[j].Span.End {
		suffix = true
		j += 2
	}
	if digits && !suffix {
		return 0 // "<12>" is a number, "<7203.T>" a listing
	}
	if suffix && j+1 < len(toks) && toks[j].Text == "." && toks[j].Span.Start == toks[j-1].Span.End {
		j++ // "<PGLO.AS.>": a full stop after the suffix
	}
	closing := ">"
	if open != "<" {
		closing = ")"
		if open == "[" {
			closing = "]"
		}
		if !suffix {
			return 0
		}
	}
	if j >= len(toks) || toks[j].Text != closing {
		return 0
	}
	return j + 1 - i
}

// ricAt returns the number of tokens of the bare Reuters instrument code
// that starts at toks[i] (Reuters' web copy prints one after the name of
// an index, a rate or a contract: "the Dow Jones Industrial Average .DJI
// fell", "10-year notes US10YT=RR", "the euro EUR= rose", "Brent crude
// LCOc1"), 0 if none does: a dot set off before and glued to an index's
// code (indexCode: ".DJI", ".N225", ".MIAPJ0000PUS"); a code of three
// capitals or digits or more glued to "=" and, glued after it, up to four
// capitals ("EUR=", "US10YT=RR"); a
// futures contract's code, one to four capitals, "c" and a digit
// ("LCOc1", "CLc1").
func ricAt(toks []Token, i int) int {
	spaced := i == 0 || toks[i-1].Span.End < toks[i].Span.Start
	glued := func(j int) bool { return j < len(toks) && toks[j].Span.Start == toks[j-1].Span.End }
	w := toks[i].Text
	switch {
	case w == "." && spaced && glued(i+1) && indexCode(toks[i+1].Text) && !glued(i+2):
		return 2
	case spaced && isTickerCode(w, 10) && len(w) >= 3 && glued(i+1) && toks[i+1].Text == "=":
		if glued(i+2) && isTickerCode(toks[i+2].Text, 4) {
			return 3
		}
		return 2
	case futuresCode(w):
		return 1
	}
	return 0
}

// indexCode reports whether w is the code of an index after its dot: two
// to five capitals (".DJI", ".SPX", ".FTSE"), or capitals and digits up to
// fourteen (".N225", ".MIAPJ0000PUS"). A longer word of capitals is a
// heading (".FORECAST").
func indexCode(w string) bool {
	if !isTickerCode(w, 14) || len(w) < 2 {
		return false
	}
	return len(w) <= 5 || strings.ContainsAny(w, "0123456789")
}

// futuresCode reports whether w is one to four capitals, "c" and a digit.
func futuresCode(w string) bool {
	n := len(w)
	if n < 3 || n > 6 || w[n-2] != 'c' || w[n-1] < '0' || w[n-1] > '9' {
		return false
	}
	for k := 0; k < n-2; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// isTickerCode reports whether w is one to limit capital letters or digits
// with at least one letter.
func isTickerCode(w string, limit int) bool {
	if w == "" || len(w) > limit {
		return false
	}
	letter := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letter
}

// TickerAfter reports whether a bracketed stock code follows offset i of
// s after spaces ("DuPont <DD>", "Apple (AAPL.O)"): the name before it is
// a listed company's. It reads the raw text, not tokens, with
// isTickerCode's rules for the code and its exchange suffix; unlike
// tickerAt it also takes a dotted country in round brackets ("Victa
// (U.K.) Ltd"), which likewise follows a company's name.
func TickerAfter(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return false
	}
	var closing byte
	switch s[i] {
	case '<':
		closing = '>'
	case '(':
		closing = ')'
	case '[':
		closing = ']'
	default:
		return false
	}
	j := strings.IndexByte(s[i+1:min(len(s), i+16)], closing)
	if j < 0 {
		return false
	}
	code, suffix, dotted := strings.Cut(s[i+1:i+1+j], ".")
	digits := code != "" && len(code) <= 6 && strings.Trim(code, "0123456789") == ""
	if !isTickerCode(code, 6) && !digits {
		return false
	}
	if dotted && !isTickerCode(strings.TrimSuffix(suffix, "."), 3) {
		return false
	}
	return dotted || s[i] == '<' && !digits
}
