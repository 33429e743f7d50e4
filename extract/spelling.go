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
// Organization". A person's or organisation's name with diacritics loses
// them when none of the document's forms of the actor has any (a state's
// keeps them: "Côte d'Ivoire" in a story that says "Ivory Coast"); a name that one of its forms
// writes with the other spelling of a word (spellingKey) takes that form.
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
	if a.Type != KindState && !isPlainASCII(a.Name) && !slices.ContainsFunc(a.Aliases, func(s string) bool { return !isPlainASCII(s) }) {
		// The document's own full name, or the name without its
		// diacritics, in the German manner ("Schroeder") when the
		// document writes a word so.
		words := len(strings.Fields(a.Name))
		for _, al := range a.Aliases {
			if len(strings.Fields(al)) == words && strings.EqualFold(lastWord(spellingKey(germanFold(al))), lastWord(spellingKey(germanFold(a.Name)))) {
				return al
			}
		}
		n := lexicon.FoldDiacritics(a.Name)
		if g := lexicon.FoldDiacritics(germanFold(a.Name)); g != n && slices.ContainsFunc(a.Aliases, func(al string) bool {
			return slices.Contains(strings.Fields(al), lastWord(g))
		}) {
			n = g
		}
		if isPlainASCII(n) {
			return n
		}
	}
	key := spellingKey(a.Name)
	var form string
	for _, al := range a.Aliases { // sorted: the first such form, for determinism
		if al != a.Name && spellingKey(al) == key {
			form = al
			break
		}
	}
	if form != "" {
		return form
	}
	return a.Name
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

// lastWord returns the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
