package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// dropRatings drops the mentions that are credit ratings, in a document
// that speaks of ratings ("rated AAA by Standard and Poor's", "lowered to
// Baa-2 from A-3"): the tagger takes the capitals for an organisation's
// initials. An acronym the document defines ("American Arbitration
// Association (AAA)") names its organisation (joinDefinitions) and stays,
// and so does a name the gazetteer knows.
func (st *docState) dropRatings() {
	if !speaksOfRatings(st.text) {
		return
	}
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		if !m.known && m.via == ViaName && m.name == m.surface && isRatingSymbol(m.surface) {
			continue
		}
		kept = append(kept, m)
	}
	clear(st.mentions[len(kept):])
	st.mentions = kept
}

// speaksOfRatings reports whether a text has the vocabulary of credit
// ratings: "rating(s)", "rated", "downgrade", "upgrade" or the name of a
// rating agency.
func speaksOfRatings(s string) bool {
	for _, w := range []string{"rating", "rated", "Rating", "Rated", "downgrad", "upgrad", "Downgrad", "Upgrad",
		"Moody's", "Standard and Poor's", "Standard & Poor's", "S and P", "S&P", "Fitch"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isRatingSymbol reports whether s is the symbol of a credit rating on
// the scales of Standard & Poor's and Fitch ("AAA", "BB", "CCC", with
// "-plus" or "-minus") or Moody's ("Aaa", "Baa-2", "Ba3", "Caa"): one
// letter of A, B and C, repeated up to three times, or in Moody's form the
// capital followed by lower-case "a"s, with an optional notch.
func isRatingSymbol(s string) bool {
	for _, suf := range []string{"-plus", "-minus", "+", "-"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	s = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "1"), "2"), "3"), "-")
	if len(s) < 2 || len(s) > 3 || text.IsLower(s) {
		return false
	}
	c := s[0]
	if c != 'A' && c != 'B' && c != 'C' {
		return false
	}
	same, moody := true, true
	for i := 1; i < len(s); i++ {
		same = same && s[i] == c
		moody = moody && s[i] == 'a'
	}
	return same || moody
}
