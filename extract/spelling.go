package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// documentSpellings writes the name of a gazetteer actor as the document
// writes it when the two differ only in diacritics or in British and
// American spelling: an English story about "Recep Tayyip Erdogan" or the
// "World Trade Organisation" reports its actors and their statements under
// those names, not the gazetteer's "Erdoğan" and "World Trade
// Organization". A name that one of the document's forms of the actor
// writes in another spelling (spellingKey: without diacritics, with the
// other spelling of a word) takes that form; a person's or organisation's
// name with diacritics that no form writes in full loses them when none of
// the forms has any (a state's keeps them: "Côte d'Ivoire" in a story that
// says "Ivory Coast").
// The actor's Key stays the gazetteer name's (set in collect, before this
// runs), so that the graph joins the spellings into one node; the
// mentions, statements, targets and affiliations of the extraction follow
// the new name.
func documentSpellings(x *Extraction) {
	rename := map[string]string{}
	for _, a := range x.Actors {
		if n := documentSpelling(a); n != a.Name {
			rename[a.Name] = n
		}
	}
	if len(rename) == 0 {
		return
	}
	to := func(s string) string {
		if n, ok := rename[s]; ok {
			return n
		}
		return s
	}
	for i := range x.Actors {
		a := &x.Actors[i]
		a.Name, a.Affiliation = to(a.Name), to(a.Affiliation)
	}
	for i := range x.Mentions {
		x.Mentions[i].Actor = to(x.Mentions[i].Actor)
	}
	for i := range x.Statements {
		s := &x.Statements[i]
		s.Speaker = to(s.Speaker)
		for j := range s.Targets {
			s.Targets[j] = to(s.Targets[j])
		}
		for j := range s.Stances {
			s.Stances[j].Target = to(s.Stances[j].Target)
		}
	}
}

// documentSpelling returns the name actor a goes by in its document (see
// documentSpellings): its name, unless the document writes it otherwise.
func documentSpelling(a Actor) string {
	if !a.Known {
		return a.Name
	}
	// A form of the document that is the name in another spelling: the
	// first in order of the sorted aliases, for determinism.
	keys := []string{spellingKey(a.Name), spellingKey(germanFold(a.Name))}
	for _, al := range a.Aliases {
		if al != a.Name && slices.Contains(keys, spellingKey(al)) {
			return al
		}
	}
	if a.Type == KindState || isPlainASCII(a.Name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return !isPlainASCII(s) }) {
		return a.Name
	}
	// No form writes the name in full: the name without its diacritics,
	// in the German manner ("Schroeder") when a form writes a word so.
	n := lexicon.FoldDiacritics(a.Name)
	if g := lexicon.FoldDiacritics(germanFold(a.Name)); g != n && slices.ContainsFunc(a.Aliases, func(al string) bool {
		return slices.Contains(strings.Fields(al), lastField(g))
	}) {
		n = g
	}
	if !isPlainASCII(n) {
		return a.Name
	}
	return n
}

// isPlainASCII reports whether s has no letter outside ASCII (curly
// quotes and dashes do not count).
func isPlainASCII(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) })
}

// britishAmerican are the word endings and words that British and
// American English spell apart, in their British form, with the American
// one.
var britishAmerican = strings.NewReplacer("isation", "ization", "defence", "defense", "Defence", "Defense",
	"centre", "center", "Centre", "Center", "labour", "labor", "Labour", "Labor", "programme", "program",
	"Programme", "Program")

// spellingKey folds a name's diacritics and British spellings, so that
// "World Trade Organisation" and "World Trade Organization", or "Ministry
// of Defence" and "Ministry of Defense", get one key; case is kept ("Bank
// Of Japan" in a headline is no other spelling).
func spellingKey(s string) string {
	return britishAmerican.Replace(lexicon.FoldDiacritics(s))
}

// germanFold writes the umlauts and sharp s of s as German does without
// them ("Schröder" -> "Schroeder").
var germanFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss").Replace
