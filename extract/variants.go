package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/cue"
)

// joinSpellingVariants gives one spelling to a name the document spells
// two ways, one letter apart: a wire story that writes "Greespan" once
// beside "Greenspan", "Comact Disc Interactive" beside "Compact Disc
// Interactive", or "Ms Chada" after "Monica Chadha" has one actor, not
// two. Two names of people or organisations are variants when
//   - both have several words and differ in one word only (a legal form
//     that only one of them has aside: "Enetertainment Marketing Inc" and
//     "Entertainment Marketing"), or one is a single word and the other the only full name of the document whose
//     last word it nearly is (and no full name ends in it exactly), or
//     both are single words;
//   - the two words differ by one letter added, dropped, changed or two
//     letters swapped (compared without case), inside a word of five
//     letters or more, not in its first letter (initials: "G Easterby" is
//     not "S Easterby"), not a final "s" ("the Osbournes") and not a
//     digit ("Qatargas-2");
//   - not both words are words of the news the tagger's clusters were
//     made from (seen at least five times in 4.27 million tokens):
//     "Reagan" and "Regan", "Unison" and "Union", "Green" and "Greene"
//     are two names, a misprint is rare. Two names the gazetteer knows
//     stay apart too.
//
// The spelling kept is, for two full names, the one the clusters know (as
// written or in lower case), else the gazetteer's, else the one more of
// the document's names hold ("Coats Viyella" beside "Coats Viyella Plc"
// and one "Coats Vieylla"), else the first in byte order; for a single
// word and a full name, the full name's, unless only the word is known to
// the clusters and the document's names hold it at least as often (a
// person's surname does not take the spelling of a word the document never
// gives a person: "Shoichiro Toyoda" beside "Toyota" are two names). Only
// the mentions' names change: the variant stays an alias.
func (st *docState) joinSpellingVariants() {
	type nameInfo struct {
		known  bool     // a mention of it is the gazetteer's
		words  []string // its words, split once
		person bool     // a mention of it is a person's
	}
	names := map[string]*nameInfo{}
	words := map[string]int{} // mentions whose name holds the word
	for _, m := range st.mentions {
		if m.place || m.kind != KindPerson && m.kind != KindOrg {
			continue
		}
		ni := names[m.name]
		if ni == nil {
			ni = &nameInfo{words: strings.Fields(m.name)}
			names[m.name] = ni
		}
		ni.known = ni.known || m.known
		ni.person = ni.person || m.kind == KindPerson
		for _, w := range ni.words {
			words[w]++
		}
	}
	if len(names) < 2 {
		return
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	rename := map[string]string{}
	commonWord := func(w string) bool { return st.e.model.ClusterWord(w) || st.e.model.ClusterWord(strings.ToLower(w)) }
	// prefer returns which of the names a and b, whose words wa and wb
	// differ, to keep and which to drop: the one whose word the clusters
	// know, else the gazetteer's, else the one more of the document's
	// names hold, else a.
	prefer := func(a, b, wa, wb string) (keep, drop string) {
		switch ca, cb := commonWord(wa), commonWord(wb); {
		case ca != cb:
			if cb {
				return b, a
			}
		case names[a].known != names[b].known:
			if names[b].known {
				return b, a
			}
		case words[wb] > words[wa]:
			return b, a
		}
		return a, b
	}
	// Several words each, one word apart.
	for i, a := range keys {
		wa := names[a].words
		if len(wa) < 2 {
			continue
		}
		for _, b := range keys[i+1:] {
			wb := names[b].words
			ca, cb := wa, wb
			if len(wb) != len(wa) {
				// "Enetertainment Marketing Inc" beside "Entertainment
				// Marketing": the same name but for a legal form.
				ca, cb = withoutLegalWords(wa), withoutLegalWords(wb)
				if len(ca) != len(cb) || len(ca) < 2 {
					continue
				}
			}
			k := oneWordApart(ca, cb)
			if k < 0 || !misprintPair(wa[k], wb[k]) || commonWord(wa[k]) && commonWord(wb[k]) || names[a].known && names[b].known {
				continue
			}
			keep, drop := prefer(a, b, wa[k], wb[k])
			if len(wa) != len(wb) {
				// Only the misprinted word changes; the legal form stays,
				// and resolve joins the two names as one company.
				w := slices.Clone(names[drop].words)
				w[k] = names[keep].words[k]
				keep = strings.Join(w, " ")
			}
			if _, done := rename[drop]; !done {
				rename[drop] = keep
			}
		}
	}
	// Two single words, one misprint apart ("AztraZeneca" beside
	// "AstraZeneca"), not both known to the clusters or the gazetteer,
	// neither an acronym ("OAPEC" is not OPEC, "SAMA" not Samba), a given
	// name ("Myles" is not Mylex) or a model's letter ("Rafale-D").
	singles := slices.DeleteFunc(slices.Clone(keys), func(w string) bool {
		return len(names[w].words) != 1 || isAcronym(w) || st.e.lex.IsGivenName(w) || modelLetter(w)
	})
	for i, a := range singles {
		for _, b := range singles[i+1:] {
			if !misprintPair(a, b) || commonWord(a) && commonWord(b) || names[a].known && names[b].known {
				continue
			}
			keep, drop := prefer(a, b, a, b)
			if _, done := rename[drop]; !done {
				rename[drop] = keep
			}
		}
	}
	// A single word and the last word of the one full name it nearly is.
	for _, x := range keys {
		if len(names[x].words) != 1 || names[x].known {
			continue
		}
		full, exact := "", false
		count := 0
		for _, y := range keys {
			wy := names[y].words
			if len(wy) < 2 {
				continue
			}
			last := wy[len(wy)-1]
			if last == x {
				exact = true
				break
			}
			if misprintPair(x, last) {
				full = y
				count++
			}
		}
		if exact || count != 1 {
			continue
		}
		wy := slices.Clone(names[full].words)
		last := wy[len(wy)-1]
		if commonWord(x) && commonWord(last) {
			continue
		}
		if commonWord(x) && !commonWord(last) && !names[full].known && words[x] >= words[last] {
			if names[full].person && !names[x].person {
				// A person's surname one letter from a word the news
				// knows that the document never gives a person
				// ("Shoichiro Toyoda" beside "Toyota"): two names.
				continue
			}
			// The full name holds the misprint ("Beesley" six times
			// beside "Brent Beesely" once): it takes the word's
			// spelling, and so does the full name's last word alone,
			// while the word joins it as a surname.
			wy[len(wy)-1] = x
			if _, done := rename[full]; !done {
				rename[full] = strings.Join(wy, " ")
				rename[last] = x
			}
			continue
		}
		if _, done := rename[x]; !done {
			rename[x] = last
		}
	}
	if len(rename) == 0 {
		return
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if to, ok := rename[m.name]; ok && !m.known && !m.place {
			m.name = to
		}
	}
}

// withoutLegalWords returns words without the legal forms that end them
// ("Coats Viyella Plc" -> "Coats Viyella").
func withoutLegalWords(words []string) []string {
	legal := cue.Default()
	n := len(words)
	for n > 1 && legal.LegalForm(words[n-1]) {
		n--
	}
	return words[:n]
}

// oneWordApart returns the index of the only word in which wa and wb
// differ, or -1.
func oneWordApart(wa, wb []string) int {
	k := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if k >= 0 {
				return -1
			}
			k = i
		}
	}
	return k
}

// misprintPair reports whether the words a and b are one misprint apart:
// one letter added, dropped or changed, or two neighbouring letters
// swapped, compared without case, in a word of at least five letters,
// neither in its first letter nor a final "s", and neither word holding a
// digit.
func misprintPair(a, b string) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	if max(len(ra), len(rb)) < 5 || slices.ContainsFunc(ra, unicode.IsDigit) || slices.ContainsFunc(rb, unicode.IsDigit) {
		return false
	}
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	// The first difference.
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if i == 0 || i == len(ra) && len(ra) == len(rb) {
		return false // the first letter, or no difference
	}
	switch len(rb) - len(ra) {
	case 0:
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true // one letter changed
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	case 1:
		if i == len(ra) && rb[i] == 's' {
			return false // a final "s": a plural or a family
		}
		return string(ra[i:]) == string(rb[i+1:])
	}
	return false
}

// modelLetter reports whether w ends in a hyphen and one letter or digit,
// as the variants of a product do ("Rafale-D", "Zafi-B").
func modelLetter(w string) bool {
	r := []rune(w)
	return len(r) >= 3 && r[len(r)-2] == '-'
}
