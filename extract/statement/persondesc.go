package statement

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// personDescribed resolves a definite description of one person that ends
// at token k, next to a reporting verb: "the singer said", "the England
// captain said", "the 36-year-old told", "“…,” said the Lions coach".
// News names a person in full and then by occupation, role or age. The
// phrase is "the", up to four modifiers (lower-case words, names of places,
// teams and bodies, "double", "world"; no person's name; a hyphenated word
// counts once: "the 47-year-old director") and a noun of the [person]
// list or an age ("36-year-old"). The person is the one the
// story was just about: the person who spoke in the sentence before, or
// else the person the sentence before is about (its subject), when both
// readings that exist agree and the noun's gender ("actress") does not
// contradict; -1 otherwise, and the phrase's first token.
func (ss *docState) personDescribed(c *sentCtx, k int) (int, int) {
	if k < 1 || k >= len(c.toks) || c.ment[k] >= 0 || c.quoted[k] {
		return -1, 0
	}
	// The head, with the words a hyphen joins to it ("film-maker",
	// "36-year-old").
	a := k
	for a >= 2 && hyphenJoins(c.toks, a-1) && c.ment[a-2] < 0 {
		a -= 2
	}
	var b strings.Builder
	for t := a; t <= k; t++ {
		b.WriteString(strings.ToLower(c.toks[t].Text))
	}
	head := b.String()
	if !ss.cl.person.has(head) && !yearsOld(head) {
		return -1, 0
	}
	j := a - 1
	for n := 0; j >= 0 && n < 4; n++ {
		w := c.toks[j].Text
		if strings.EqualFold(w, "the") {
			break
		}
		if mi := c.ment[j]; mi >= 0 {
			if ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson {
				return -1, 0 // "the Wenger protégé": someone else's
			}
			j = c.ms[mi].t0 - 1
			continue
		}
		if c.quoted[j] || text.IsPunct(w) && w != "-" || functionWord(strings.ToLower(w)) {
			return -1, 0
		}
		if w == "-" || j+1 < len(c.toks) && c.toks[j+1].Text == "-" {
			n-- // a hyphenated modifier counts once: "the 47-year-old director"
		}
		j--
	}
	if j < 0 || !strings.EqualFold(c.toks[j].Text, "the") {
		return -1, 0
	}
	if ss.introducedUnnamed(c.si, c.toks[k].Text) {
		return -1, 0 // "a Peking university professor … The professor argued": someone unnamed
	}
	p := ss.salientPerson(c, head)
	if p >= 0 && slices.ContainsFunc(c.ms, func(m mention) bool { return m.actorIndex == p && m.via == lexicon.ViaName && m.t0 > k }) {
		return -1, 0 // "The Toon boss vowed Bellamy would not play again": someone else
	}
	return p, j
}

// demonymPerson resolves "the Irishman", "the American", "the Dutchman"
// at token k, a singular noun of nationality that the gazetteer reads as
// its state, right after "the" and next to a reporting verb: a person of
// that nationality the story was just about (salientPerson), not the
// state ("the Australian said; “You're the best”" after a tennis match).
// Nouns that are as often plural ("the Chinese", "the Swiss") and plurals
// ("the Americans said") stay the state's.
func (ss *docState) demonymPerson(c *sentCtx, k int) (int, int) {
	if k < 1 || k >= len(c.toks) || !strings.EqualFold(c.toks[k-1].Text, "the") || c.quoted[k] {
		return -1, 0
	}
	mi := c.ment[k]
	if mi < 0 || c.ms[mi].t0 != k || c.ms[mi].t1 != k+1 || c.ms[mi].via != lexicon.ViaDemonym ||
		ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindState {
		return -1, 0
	}
	w := strings.ToLower(c.toks[k].Text)
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") {
		return -1, 0 // "the Americans", "the Chinese", "the Swiss", "the British", "the French"
	}
	if p := ss.salientPerson(c, w); p >= 0 {
		return p, k - 1
	}
	return -1, 0
}

// salientPerson returns the person a description with the head noun head
// names (personDescribed): the person who spoke in the sentence before,
// or else the person that sentence is about, when both readings that
// exist agree and the noun's gender ("actress") fits; -1 otherwise.
func (ss *docState) salientPerson(c *sentCtx, head string) int {
	g := genderUnknown
	switch WordGender(head) {
	case -1:
		g = genderFemale
	case 1:
		g = genderMale
	}
	fits := func(a int) bool {
		return a >= 0 && ss.actors[a].kind == lexicon.KindPerson && (g == genderUnknown || ss.fits(a, g))
	}
	spoke := -1
	if l := ss.last; l.sent == c.si-1 && fits(l.speaker) {
		spoke = l.speaker
	}
	about := -1
	if c.si > 0 && fits(ss.subject[c.si-1]) {
		about = ss.subject[c.si-1]
	}
	switch {
	case spoke >= 0 && about >= 0 && spoke != about:
		return -1
	case spoke >= 0:
		return spoke
	}
	return about
}

// yearsOld reports whether w is an age written as a noun: "36-year-old".
func yearsOld(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && isAge(n)
}
