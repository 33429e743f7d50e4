package statement

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Pronouns and role descriptions. "He" and "she" outside quotations
// resolve to a person of the right gender (unknown gender fits both): in
// the middle of a sentence first to the person the sentence opened with,
// then, like a sentence-initial pronoun, to the person the previous three
// sentences were about (who spoke in them, else their subject), then to
// any person named in the previous two. Gender comes from an honorific or
// gendered title before a mention ("Ms.", "spokeswoman") or from the given
// name (cues_gender.txt, else given_gender.txt). A "he" or "she" right
// after an unnamed spokesman spoke ("A Labour spokesman said … “…,” he
// said") is that spokesman, whom the speaker finder turns into the body
// he speaks for. A role description without a name ("the Kremlin
// spokesman", "Putin's foreign policy aide") resolves to the one person
// the article introduced with that role and that state or principal; an
// office's title that opens a sentence right after a lead that named one
// person without a title is that person ("Alun Michael has said … The
// rural affairs minister said").

// genders fills ss.gender for every actor.
func (ss *docState) genders() {
	ss.gender = make([]gender, len(ss.actors))
	for i, a := range ss.actors {
		if a.kind != lexicon.KindPerson {
			continue
		}
		if first, full := text.FirstField(a.name); full {
			var buf [foldBuf]byte
			key := foldWord(&buf, first)
			g, ok := ss.cl.gender[string(key)]
			if !ok {
				g = ss.cl.given[string(key)]
			}
			ss.gender[i] = g
		}
	}
	for si, ms := range ss.bySent {
		toks := ss.doc.Tokens[si]
		for _, m := range ms {
			if ss.actors[m.actorIndex].kind != lexicon.KindPerson || m.t0 == 0 {
				continue
			}
			var buf [foldBuf]byte
			if g := ss.cl.gender[string(foldWord(&buf, toks[m.t0-1].Text))]; g != genderUnknown {
				ss.gender[m.actorIndex] = g
			}
		}
	}
}

// pronounGender returns the gender a pronoun asks for.
func pronounGender(w string) (gender, bool) {
	switch w {
	case "he", "He":
		return genderMale, true
	case "she", "She":
		return genderFemale, true
	}
	return genderUnknown, false
}

// fits reports whether actor a can be referred to with gender g.
func (ss *docState) fits(a int, g gender) bool {
	return a >= 0 && ss.actors[a].kind == lexicon.KindPerson && (ss.gender[a] == genderUnknown || ss.gender[a] == g)
}

// pronouns resolves "he" and "she" in sentence c and adds them as
// mentions.
func (ss *docState) pronouns(c *sentCtx) {
	for t := 0; t < len(c.toks); t++ {
		g, ok := pronounGender(c.toks[t].Text)
		if !ok || c.quoted[t] || c.ment[t] >= 0 {
			continue
		}
		a := -1
		// "Blair would be in the front line, he said": the pronoun that
		// speaks after the clause is not its subject.
		if !sentenceInitial(c, t) && !speaksAfterClause(c, t) {
			// "Asked whether he trusted Putin, Trump said": a pronoun in an
			// opening clause points ahead to the subject.
			// The subject of a quotation is not the subject of the
			// sentence ("“X seems to have gone,” he said").
			if s, np := ss.sentenceSubject(c); ss.fits(s, g) && !c.quoted[np[0]] && (np[1] <= t || (np[0] > t && ss.cl.opener.has(c.toks[0].Text))) {
				a = s
			}
		}
		if a < 0 && ss.officialVoice && ss.officialAgain(c, t) && !ss.fits(ss.subject[ss.officialSpoke.sent], g) {
			// "A Labour spokesman said … “…,” he said": the unnamed
			// spokesman again, not a person named before him, unless a
			// person was the subject where the spokesman spoke; the
			// speaker finder gives the pronoun the body he speaks for.
			continue
		}
		if a < 0 && !speaksAfterClause(c, t) {
			// "Chairman X said he hoped …, something he says …": a
			// person of the sentence who spoke before the pronoun.
			a = ss.speakerBefore(c, t, g)
		}
		if a < 0 && t > 0 && inClauseWord(c, t-1) {
			// "… calling on the senior judge, Lord Woolf, to abandon
			// guidelines he proposed", "what she called": the one person
			// the sentence named before a pronoun inside a clause (not
			// the subject of the main clause after an opening phrase:
			// "At a conference hosted by X, he said").
			a = ss.onlyPersonBefore(c, t, g)
		}
		if a < 0 && ss.unnamedSaysBefore(c, t) {
			// "One analyst said he believes …": the analyst, whom the
			// story does not name.
			continue
		}
		if a < 0 {
			a = ss.antecedent(c.si, g)
			// "“I said to Harry …,” he said": the one the quotation
			// before the pronoun names is not who speaks it.
			if a >= 0 && ss.namedInQuoteBefore(c, t, a) {
				a = ss.antecedentBut(c.si, g, a)
			}
			if a >= 0 && speaksAfterClause(c, t) {
				a = ss.speakerResumes(c.si, g, a)
			}
			if a < 0 && (speakingPronoun(c, t) || tagsQuote(c, t)) {
				a = ss.soleSpeaker(c.si, g)
			}
		}
		if a >= 0 {
			ss.addMention(c, t, t+1, a, lexicon.ViaPronoun)
			if ss.gender[a] == genderUnknown && speakingPronoun(c, t) {
				// "Glenn Campbell said … He said": a later "she" is
				// someone else.
				ss.gender[a] = g
			}
		}
	}
}

// speakerResumes returns who a tag "…, he said" at sentence si refers to
// when antecedent gave a, the subject of a sentence where no one spoke:
// the person of gender g who spoke last in the four sentences before
// that one, when that sentence names him too and a did not speak since
// ("Mr Milburn said … Mr Brown has headed Labour's campaigns before but
// Mr Milburn is taking that role. … It will not be a battle bus
// campaign, he said."); else a.
func (ss *docState) speakerResumes(si int, g gender, a int) int {
	b := -1
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		if ss.spokeIn[k] >= 0 {
			return a // someone spoke since: antecedent read that
		}
		if ss.subject[k] == a {
			b = k
			break
		}
	}
	if b < 0 {
		return a
	}
	for k := b - 1; k >= 0 && k >= b-4; k-- {
		p := ss.spokeIn[k]
		if p < 0 {
			continue
		}
		if p == a || ss.actors[p].kind != lexicon.KindPerson || !ss.fits(p, g) {
			return a
		}
		for _, m := range ss.bySent[b] {
			if m.actorIndex == p && m.via == lexicon.ViaName {
				return p
			}
		}
		return a
	}
	return a
}

// speakerBefore returns the last person of gender g named before token t
// of sentence c, outside quotation marks, right before a verb of saying
// ("X said", "X, 54, told"), or -1.
func (ss *docState) speakerBefore(c *sentCtx, t int, g gender) int {
	a := -1
	for _, m := range c.ms {
		if m.t1 > t || c.quoted[m.t0] || m.actorIndex < 0 || ss.actors[m.actorIndex].kind != lexicon.KindPerson || !ss.fits(m.actorIndex, g) {
			continue
		}
		k := m.t1
		for k < t && isAdverb(c.toks[k].Text) {
			k++
		}
		if k >= t {
			continue
		}
		if v, _, ok := ss.cl.cueTable.match(c.toks, k); ok && ss.cl.cues[v].kind == cueVerb && text.IsLower(c.toks[k].Text) {
			a = m.actorIndex
		}
	}
	return a
}

// namedInQuoteBefore reports whether a quotation of sentence c that
// ends before token t names actor a.
func (ss *docState) namedInQuoteBefore(c *sentCtx, t, a int) bool {
	for _, m := range c.ms {
		if m.t1 <= t && m.actorIndex == a && c.quoted[m.t0] {
			return true
		}
	}
	return false
}

// openingPerson returns the person of gender g that sentence b opens
// with, or -1: a sentence whose subject was not read ("Earlier Mr X,
// whose party …, said", "British actor X is hoping …") is still about
// the person it opens with. The name must stand among the first six
// tokens, outside quotation marks, be no possessor, and only
// capitalised words, a title, a comma or a few opening words ("but",
// "and", "earlier") may stand before it — not a verb, whose object it
// would be ("The Scot defended Beattie").
func (ss *docState) openingPerson(b int, g gender) int {
	toks := ss.doc.Tokens[b]
	for _, m := range ss.bySent[b] {
		if m.t0 >= 6 {
			break
		}
		if m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) || !ss.opensWith(toks, m.t0) {
			continue
		}
		if ss.actors[m.actorIndex].kind != lexicon.KindPerson {
			continue // "Beach Boys veteran Brian Wilson"
		}
		if ss.fits(m.actorIndex, g) {
			return m.actorIndex
		}
		return -1
	}
	return -1
}

// opensWith reports whether the tokens before t are only capitalised
// words, commas, opening words (openingWords) and a title right before
// t.
func (ss *docState) opensWith(toks []text.Token, t int) bool {
	end := t
	for k := 0; k < t; k++ {
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[k:t]); ok && k+n == t {
			end = k
			break
		}
	}
	for _, tk := range toks[:end] {
		w := tk.Text
		if strings.ContainsAny(w, "\"“”") {
			return false // inside a quotation: someone quoted, not the subject
		}
		if w == "," || !text.IsLower(w) && !text.IsPunct(w) || openingWords[strings.ToLower(w)] {
			continue
		}
		return false
	}
	return true
}

// openingWords are the words that may open a sentence before its subject.
var openingWords = map[string]bool{"but": true, "and": true, "the": true, "earlier": true, "later": true,
	"meanwhile": true, "however": true, "now": true, "also": true, "former": true}

// speaksAfterClause reports whether the pronoun at token t tags the
// clause before it as what was said: after a comma, before a verb that
// inverts after one, and then the end of the sentence or a comma ("…, he
// said.", "…, she added, …"; not "…, contrary to X, he said that …").
func speaksAfterClause(c *sentCtx, t int) bool {
	if t == 0 || c.toks[t-1].Text != "," || t+1 >= len(c.toks) || !inverts(c.toks[t+1].Text) {
		return false
	}
	return t+2 >= len(c.toks) || text.IsPunct(c.toks[t+2].Text)
}

// inClauseWord reports whether token k of sentence c, right before a
// pronoun, is a word in lower case that keeps the pronoun inside a clause
// ("guidelines he proposed", "what she called"): no punctuation, no name,
// no conjunction that opens a main clause and no verb of saying ("the
// banker said he suggested": the speaker).
func inClauseWord(c *sentCtx, k int) bool {
	w := c.toks[k].Text
	if c.ment[k] >= 0 || c.quoted[k] || !text.IsLower(w) || text.IsPunct(w) {
		return false
	}
	switch w {
	case "and", "but", "or", "yet", "so", "then", "while", "although", "though", "told", "tells", "telling":
		return false
	}
	return !inverts(w) // "X said he": the speaker, whom the statement finder reads
}

// onlyPersonBefore returns the one person of gender g that sentence c
// names before token t outside quotation marks, or -1 when it names none
// or several.
func (ss *docState) onlyPersonBefore(c *sentCtx, t int, g gender) int {
	found := -1
	for _, m := range c.ms {
		if m.t1 > t || c.quoted[m.t0] || m.actorIndex < 0 || ss.actors[m.actorIndex].kind != lexicon.KindPerson {
			continue
		}
		if !ss.fits(m.actorIndex, g) || found >= 0 && found != m.actorIndex {
			return -1
		}
		found = m.actorIndex
	}
	return found
}

// unnamedSaysBefore reports whether the pronoun at token t of sentence c
// opens the clause of a verb of saying whose subject, right before the
// verb, is a person's role in the singular that names no actor ("one
// analyst said he", "a spokesman said that she", "the Amoco chairman said
// he"): the pronoun is that person, not one named before.
func (ss *docState) unnamedSaysBefore(c *sentCtx, t int) bool {
	k := t - 1
	if k >= 0 && c.toks[k].Text == "that" {
		k--
	}
	if k < 1 || !inverts(c.toks[k].Text) {
		return false
	}
	w := c.toks[k-1].Text
	if c.ment[k-1] >= 0 || c.quoted[k-1] || !text.IsLower(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false // "sources said he", "officials say she": someone else
	}
	if commentatorRoles[w] || ss.cl.official.has(w) {
		return true
	}
	n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[k-1:k])
	return ok && n == 1
}

// tagsQuote reports whether the pronoun at token t of sentence c tags the
// quotation that closes right before it: "“…,” he said." or "“…,” she
// added, …".
func tagsQuote(c *sentCtx, t int) bool {
	if t == 0 || !c.quoted[t-1] || c.quoted[t] || t+1 >= len(c.toks) || !inverts(c.toks[t+1].Text) {
		return false
	}
	return t+2 >= len(c.toks) || text.IsPunct(c.toks[t+2].Text)
}

// speakingPronoun reports whether the pronoun at token t of sentence c
// is the subject of a verb of saying: "He said: …", "…, she said" (not a
// capitalised word of a title: "The She Hate Me director").
func speakingPronoun(c *sentCtx, t int) bool {
	if speaksAfterClause(c, t) {
		return true
	}
	return sentenceInitial(c, t) && t+1 < len(c.toks) && inverts(c.toks[t+1].Text)
}

// sentenceInitial reports whether token t opens the sentence, after
// opening quotes.
func sentenceInitial(c *sentCtx, t int) bool {
	for k := 0; k < t; k++ {
		if !text.IsOpenQuote(c.toks[k].Text) {
			return false
		}
	}
	return true
}

// soleSpeaker returns who a pronoun that speaks ("…,” he said") refers
// to at sentence si when antecedent found no one in the sentences right
// before: the person of gender g who spoke last in the eight sentences
// before, when no other person or named body spoke after him (a body's
// description may: "the board proposed"), no other person of his gender
// was named after him, and no unnamed or unresolved speaker who is
// one ("the arbitrageur said", not "dealers said"), spokesman or official
// spoke since, any of whom may be "he". News keeps "he said" for the one
// person it quotes across sentences of background ("X said … [three
// sentences on a board's proposals] … “…,” he said"); -1 otherwise.
func (ss *docState) soleSpeaker(si int, g gender) int {
	for b := si - 1; b >= 0 && b >= si-8; b-- {
		switch p := ss.spokeIn[b]; {
		case p >= 0 && ss.actors[p].kind == lexicon.KindPerson:
			if !ss.fits(p, g) {
				return -1 // a person of the other gender, or so we read her, spoke since
			}
			return p
		case p >= 0 && ss.spokeByName[b]:
			return -1 // a name spoke, which may be a person's the tagger took for a body's
		}
		if ss.unnamed[b] || ss.unresolvedOne[b] || b == ss.officialSpoke.sent {
			return -1 // "the spokesman said": he may be the one who speaks again
		}
		for _, m := range ss.bySent[b] {
			if ss.fits(m.actorIndex, g) {
				return -1
			}
		}
	}
	return -1
}

// antecedent returns the person a pronoun of gender g at the start of
// sentence si refers to, or -1.
func (ss *docState) antecedent(si int, g gender) int {
	return ss.antecedentBut(si, g, -1)
}

// antecedentBut is antecedent with person skip left out of the
// candidates (-1: none).
func (ss *docState) antecedentBut(si int, g gender, skip int) int {
	for b := si - 1; b >= 0 && b >= si-3; b-- {
		if s := ss.subject[b]; s != skip && ss.fits(s, g) {
			return s
		}
		if ss.unnamed[b] {
			return -1 // the speaker of that sentence, whom we do not know
		}
		if b == si-1 && ss.subject[b] < 0 {
			if p := ss.openingPerson(b, g); p >= 0 && p != skip {
				return p
			}
		}
	}
	for b := si - 1; b >= 0 && b >= si-2; b-- {
		toks := ss.doc.Tokens[b]
		for _, m := range ss.bySent[b] {
			if m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) {
				continue
			}
			if m.actorIndex != skip && ss.fits(m.actorIndex, g) {
				return m.actorIndex
			}
		}
	}
	return -1
}

// roleRec is a role the article gave a named person: "Kremlin spokesman
// Dmitry Peskov" (title "spokesman", principal Russia), "Yuri Ushakov,
// Putin's foreign policy aide" (title "foreign policy aide", principal
// Putin).
type roleRec struct {
	person    int
	title     string // folded words of the title, one space apart
	category  string // the title's category in the lexicon ("head of government")
	principal int    // actor index, or -1
}

// collectRoles finds the roles of named people: a title right before the
// name, or an appositive title right after it.
func (ss *docState) collectRoles() {
	lex := ss.f.lex
	for si, ms := range ss.bySent {
		toks := ss.doc.Tokens[si]
		endAt := func(t int) (int, bool) {
			for i, m := range ms {
				if m.t1-1 == t {
					return i, true
				}
			}
			return 0, false
		}
		startAt := func(t int) (int, bool) {
			for i, m := range ms {
				if m.t0 == t {
					return i, true
				}
			}
			return 0, false
		}
		for _, m := range ms {
			if ss.actors[m.actorIndex].kind != lexicon.KindPerson {
				continue
			}
			// A title the name holds: "Prince Harry" (a royal is named
			// with it).
			if n, _, ok := lex.TitleAt(ss.doc.Text, toks[m.t0:m.t1]); ok && n > 0 && n < m.t1-m.t0 {
				ss.addRole(m.actorIndex, toks[m.t0:m.t0+n], -1)
			}
			// [principal['s]] title [honorific] Name ("Federal Reserve
			// chairman Mr Greenspan")
			start := m.t0
			if n, t, ok := lex.TitleAt(ss.doc.Text, toks[max(start-1, 0):start]); ok && n == 1 && start > 1 && t.Category == "honorific" {
				start--
			}
			for k := max(0, start-4); k < start; k++ {
				n, _, ok := lex.TitleAt(ss.doc.Text, toks[k:start])
				if !ok || k+n != start {
					continue
				}
				// A word that changes the rank belongs to the role:
				// "Shadow chancellor Oliver Letwin" is no chancellor,
				// "former president X" no president.
				k = withStanding(toks, k, 0)
				k = withRankPrefix(toks, k) // "Tory co-chairman Liam Fox"
				p := k - 1
				if p >= 0 && text.IsPossessive(toks[p].Text) {
					p--
				}
				pr := -1
				title := toks[k:start]
				if i, ok := endAt(p); ok && p >= 0 {
					pr = ms[i].actorIndex
					// "ex-Conservative chancellor Ken Clarke", "former
					// Labour leader Neil Kinnock": the standing word before
					// the principal is the title's, which then holds the
					// principal too and fits no "the chancellor".
					if s := standingBefore(toks, ms[i].t0); s >= 0 {
						title = toks[s:start]
					}
				}
				ss.addRole(m.actorIndex, title, pr)
				break
			}
			// Name, [the|a] [principal['s]] [words] title; not a name inside
			// a phrase that opens the sentence ("Like Condoleezza Rice, the
			// prime minister said": the comma ends the phrase, and the title
			// is the subject's).
			k := m.t1
			if k >= len(toks) || toks[k].Text != "," || inOpeningPhrase(toks, m.t0) {
				continue
			}
			k++
			if k < len(toks) && (toks[k].Text == "the" || toks[k].Text == "a") {
				k++
			}
			pr := -1
			if i, ok := startAt(k); ok {
				pr = ms[i].actorIndex
				k = ms[i].t1
				if k < len(toks) && text.IsPossessive(toks[k].Text) {
					k++
				}
			}
			from := k
			for w := 0; w < 4 && k < len(toks); w++ {
				if n, _, ok := lex.TitleAt(ss.doc.Text, toks[k:]); ok && n > 0 {
					if e := k + n; pr < 0 && e+1 < len(toks) && (toks[e].Text == "of" || toks[e].Text == "at") {
						// "John Williams, the president of the Federal
						// Reserve Bank of New York": that body's president.
						j := e + 1
						if toks[j].Text == "the" && j+1 < len(toks) {
							j++
						}
						if i, ok := startAt(j); ok {
							pr = ms[i].actorIndex
						}
					}
					ss.addRole(m.actorIndex, toks[withStanding(toks, k, from):k+n], pr)
					break
				}
				if !text.IsLower(toks[k].Text) && !text.IsPossessive(toks[k].Text) { // "the party's press secretary"
					break
				}
				k++
			}
		}
	}
}

// inOpeningPhrase reports whether token t stands in a phrase that opens
// the sentence with a preposition or a participle and no comma before t
// ("Like X", "Echoing the new US Secretary of State X", "Speaking to X").
func inOpeningPhrase(toks []text.Token, t int) bool {
	if t == 0 || t >= len(toks) {
		return false
	}
	w := toks[0].Text
	if !phraseOpeners[strings.ToLower(w)] && !(len(w) > 4 && strings.HasSuffix(w, "ing") && text.IsNameStart(w)) {
		return false
	}
	for _, tk := range toks[1:t] {
		if tk.Text == "," {
			return false
		}
	}
	return true
}

// phraseOpeners are the prepositions and participles that open a phrase
// before a sentence's subject ("Like X, the minister said").
var phraseOpeners = map[string]bool{"like": true, "unlike": true, "after": true, "before": true, "with": true,
	"despite": true, "following": true, "besides": true, "beside": true, "alongside": true,
	"asked": true, "joined": true, "flanked": true, "accompanied": true, "backed": true, "echoing": true}

// titleKey folds the words of a title: "Foreign Policy Aide" -> "foreign
// policy aide".
func titleKey(toks []text.Token) string {
	var sb strings.Builder
	for i, t := range toks {
		if i > 0 {
			sb.WriteByte(' ')
		}
		var buf [foldBuf]byte
		sb.Write(foldWord(&buf, t.Text))
	}
	return sb.String()
}

// addRole records a role of person, once.
func (ss *docState) addRole(person int, title []text.Token, principal int) {
	if principal == person {
		principal = -1
	}
	r := roleRec{person: person, title: titleKey(title), principal: principal}
	if _, t, ok := ss.f.lex.TitleAt(ss.doc.Text, title); ok {
		r.category = t.Category
	}
	if !slices.Contains(ss.roles, r) {
		ss.roles = append(ss.roles, r)
	}
}

// resolveRole returns the one person the article named with the title in
// tokens [t0, t1) of sentence c, or -1. The titles must agree ("the envoy"
// fits "special envoy", "the prime minister" does not fit "deputy prime
// minister"), and when the phrase names a principal ("the Kremlin
// spokesman") the person's must be on the same side.
func (ss *docState) resolveRole(c *sentCtx, t0, t1, pr int) int {
	t0 = withRankPrefix(c.toks, t0) // "the Tory co-chairman"
	if t1 <= t0 || (t0 > 0 && c.toks[t0-1].Text == "-") {
		return -1
	}
	t0 = withStanding(c.toks, t0, 0) // "the shadow chancellor", as collectRoles reads it
	title := titleKey(c.toks[t0:t1])
	found, bare, several := -1, -1, false
	for _, r := range ss.roles {
		if !titleFits(title, r.title) && !(pr >= 0 && headOf(title, r.title)) {
			continue
		}
		if pr >= 0 && (r.principal < 0 && !ss.titleNames(r.title, pr) || r.principal >= 0 && r.principal != pr && !ss.sameSide(pr, r.principal)) {
			continue
		}
		if pr < 0 && (r.principal < 0 || ss.actors[r.principal].kind == lexicon.KindState) {
			// "President Trump", "the US president": a title of its own
			// or of a state, which a bare "the president" names, not
			// "the president of the American Farm Bureau".
			if bare >= 0 && bare != r.person {
				return -1
			}
			bare = r.person
		}
		if found >= 0 && found != r.person {
			several = true
		}
		found = r.person
	}
	if several {
		found = -1
		if t0 > 0 && strings.EqualFold(c.toks[t0-1].Text, "the") && !commentatorRoles[strings.ToLower(c.toks[t1-1].Text)] {
			found = bare // "The president says": not "one analyst", "the conference's president"
		}
	}
	if found < 0 && pr >= 0 {
		found = ss.knownHolder(c, t0, t1, pr)
	}
	if found < 0 && pr >= 0 && ss.definitePrincipal(c, t0, pr) {
		// "Michael Howard has launched an attack … The Tory leader
		// said": the one person the two sentences before name, as
		// for "the rural affairs minister" below, unless this sentence
		// names him too ("the Lib Dem chief executive said … Mr
		// Kennedy …": someone else).
		if p := ss.namedJustBefore(c, t0, t1); p >= 0 && !slices.ContainsFunc(c.ms, func(m mention) bool { return m.actorIndex == p }) {
			found = p
		}
	}
	if found < 0 && pr < 0 && t0 > 0 && strings.EqualFold(c.toks[t0-1].Text, "the") {
		found = ss.onlyHolder(c, t0, t1)
	}
	if found < 0 && pr < 0 && portfolioAfterThe(c.toks, t0) {
		found = ss.namedJustBefore(c, t0, t1)
	}
	if found >= 0 && (opensIndefinite(c.toks, t0) && ss.mentionedBefore(found, c.si) || opensWithOne(c.toks, t0)) {
		// "one economist said", "another official said" after the story
		// named one: someone it does not name; nor does "one analyst
		// said" before the story names an analyst, one of several. A
		// lead that opens with "A judge has dismissed …" and names the
		// judge later is he.
		return -1
	}
	if found >= 0 && definiteBefore(c, t0) && !ss.mentionedBefore(found, c.si) && !ss.namedInSentence(c, found) &&
		ss.introducedUnnamed(c.si, c.toks[t1-1].Text) {
		// "a spokesman for the importers told Reuters … the committee
		// spokesman said" before the story names a ministry's
		// spokesman: the unnamed one the reader met, not the one named
		// later (a lead's "the home secretary said" is).
		return -1
	}
	return found
}

// definiteBefore reports whether "the" opens the phrase of the title at
// token t0, right before it or before up to three lower-case words ("the
// spokesman", "the committee spokesman").
func definiteBefore(c *sentCtx, t0 int) bool {
	for j := t0 - 1; j >= 0 && j >= t0-4; j-- {
		w := c.toks[j].Text
		if strings.EqualFold(w, "the") {
			return true
		}
		if !text.IsLower(w) || c.ment[j] >= 0 || functionWord(w) {
			return false
		}
	}
	return false
}

// namedInSentence reports whether sentence c names actor a.
func (ss *docState) namedInSentence(c *sentCtx, a int) bool {
	return slices.ContainsFunc(c.ms, func(m mention) bool { return m.actorIndex == a && m.via == lexicon.ViaName })
}

// definitePrincipal reports whether the title at token t0 follows the
// name of its principal pr (an organisation or a state) right after
// "the" ("the Tory leader", "the Liberal Democrat leader").
func (ss *docState) definitePrincipal(c *sentCtx, t0, pr int) bool {
	if t0 < 2 || c.ment[t0-1] < 0 {
		return false
	}
	m := c.ms[c.ment[t0-1]]
	if m.actorIndex != pr || m.t1 != t0 || m.t0 < 1 || !strings.EqualFold(c.toks[m.t0-1].Text, "the") {
		return false
	}
	k := ss.actors[pr].kind
	return k == lexicon.KindOrg || k == lexicon.KindState
}

// mentionedBefore reports whether actor a is named (by a name, not a
// role or a pronoun) in a sentence before sentence si.
func (ss *docState) mentionedBefore(a, si int) bool {
	for k := 0; k < si && k < len(ss.bySent); k++ {
		for _, m := range ss.bySent[k] {
			if m.actorIndex == a && m.via == lexicon.ViaName {
				return true
			}
		}
	}
	return false
}

// opensIndefinite reports whether the noun phrase that ends in the title
// at token t0 opens with an indefinite article ("one economist", "a Swiss
// bank economist", "another official"): it speaks of one holder of the
// title, not of the one the article named.
func opensIndefinite(toks []text.Token, t0 int) bool {
	return indefiniteOpener(toks, t0) != ""
}

// opensWithOne reports whether "one" or "another" opens the phrase of the
// title at token t0 ("one analyst", "another senior official"): one of
// several people of that title.
func opensWithOne(toks []text.Token, t0 int) bool {
	w := indefiniteOpener(toks, t0)
	return w == "one" || w == "another"
}

// indefiniteOpener returns the indefinite article ("a", "an", "one",
// "another") that opens the noun phrase ending in the title at token t0,
// in lower case, or "".
func indefiniteOpener(toks []text.Token, t0 int) string {
	for k := t0 - 1; k >= 0 && k >= t0-4; k-- {
		w := strings.ToLower(toks[k].Text)
		switch {
		case w == "a" || w == "an" || w == "one" || w == "another":
			return w
		case text.IsPunct(w) || text.IsPossessive(w) || functionWord(w):
			return ""
		}
	}
	return ""
}

// portfolioAfterThe reports whether the sentence opens with "The", then
// up to three lower-case words of a portfolio ("rural affairs", "work and
// pensions"), then the title at token t0.
func portfolioAfterThe(toks []text.Token, t0 int) bool {
	if t0 < 1 || t0 > 4 || !strings.EqualFold(toks[0].Text, "the") {
		return false
	}
	for _, tk := range toks[1:t0] {
		if w := tk.Text; !text.IsLower(w) || text.IsPunct(w) || functionWord(w) && w != "and" {
			return false
		}
	}
	return true
}

// officeCategories are the title categories of an office that news names
// a person by once it has named him: "Gordon Brown has issued a rallying
// cry … The chancellor said"; not a spokesman, an aide or an official,
// who is someone else than the person named before.
var officeCategories = map[string]bool{"head of state": true, "head of government": true, "minister": true,
	"diplomat": true, "legislator": true, "party": true, "royal": true, "religious": true, "military": true}

// namedJustBefore returns the person a sentence that opens with "the"
// (and the words of a portfolio) and an office's title in tokens [t0, t1)
// means when the article gave him no other title and a verb follows the
// title (no name in apposition): the one person named in
// the two sentences before ("Alun Michael has said … The rural affairs
// minister said"), unless the people list gives him another office (or an
// office of the same kind in an article that names two of that kind), the
// article titles him otherwise, or sets him apart from the title. -1 if
// none.
func (ss *docState) namedJustBefore(c *sentCtx, t0, t1 int) int {
	lex := ss.f.lex
	n, title, ok := lex.TitleAt(ss.doc.Text, c.toks[t0:t1])
	if !ok || t0+n != t1 || !officeCategories[title.Category] {
		return -1
	}
	if t1 >= len(c.toks) || !text.IsLower(c.toks[t1].Text) || text.IsPunct(c.toks[t1].Text) {
		return -1 // "The Attorney General, Peter Hale, has …": the title's holder is named after it
	}
	found := -1
	for b := c.si - 1; b >= 0 && b >= c.si-2; b-- {
		for _, m := range ss.bySent[b] {
			if m.via != lexicon.ViaName || ss.actors[m.actorIndex].kind != lexicon.KindPerson {
				continue
			}
			if found >= 0 && found != m.actorIndex {
				return -1
			}
			found = m.actorIndex
		}
	}
	if found < 0 {
		return -1
	}
	phrase := titleKey(c.toks[t0:t1])
	if e, ok := lex.Person(ss.actors[found].name); ok && (!title.Names(e.Category, phrase) || ss.otherOfficeNamed(title.Category, phrase)) {
		// "Tony Blair met George Bush. The president said": not Blair.
		// The people list knows offices by their kind, and "the
		// chancellor" beside "the prime minister" are two people of one
		// kind: the list no longer tells which one the title means.
		return -1
	}
	otherTitle := slices.ContainsFunc(ss.roles, func(r roleRec) bool {
		return r.person == found && r.category != "honorific" && !titleFits(phrase, r.title) && !titleFits(r.title, phrase)
	})
	if otherTitle || ss.apartFromTitle(found, phrase) {
		return -1
	}
	return found
}

// otherOfficeNamed reports whether the document writes "the" and another
// title of category cat than phrase ("the chancellor" beside "the prime
// minister").
func (ss *docState) otherOfficeNamed(cat, phrase string) bool {
	for _, toks := range ss.doc.Tokens {
		for k := 0; k+1 < len(toks); k++ {
			if !strings.EqualFold(toks[k].Text, "the") {
				continue
			}
			n, t, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[k+1:])
			if !ok || n == 0 || t.Category != cat {
				continue
			}
			if other := titleKey(toks[k+1 : k+1+n]); !titleFits(other, phrase) && !titleFits(phrase, other) {
				return true
			}
		}
	}
	return false
}

// titleNames reports whether a word of a title phrase names organisation
// or state a, as "fed" of the lexicon's title "Fed chairman" names the
// Federal Reserve: the title carries its principal ("Fed chairman Alan
// Greenspan … the Fed chairman said").
func (ss *docState) titleNames(title string, a int) bool {
	forms := ss.actorForms()
	for _, w := range strings.Fields(title) {
		if b, ok := forms[w]; ok && b == a {
			return true
		}
		for _, e := range ss.f.lex.Lookup(w) {
			if e.Name == ss.actors[a].name {
				return true
			}
		}
	}
	return false
}

// onlyHolder returns the one person of the document whom the people list
// gives the role of the title in tokens [t0, t1), whatever the state
// ("the prime minister said" in an article that names one head of
// government), or -1.
func (ss *docState) onlyHolder(c *sentCtx, t0, t1 int) int {
	lex := ss.f.lex
	n, title, ok := lex.TitleAt(ss.doc.Text, c.toks[t0:t1])
	if !ok || t0+n != t1 {
		return -1
	}
	phrase := titleKey(c.toks[t0:t1])
	found := -1
	for i, a := range ss.actors {
		if a.kind != lexicon.KindPerson {
			continue
		}
		e, ok := lex.Person(a.name)
		if !ok || !title.Names(e.Category, phrase) {
			continue
		}
		// One the article titles with another office of the same kind
		// is not meant ("Chancellor Gordon Brown" is not "the prime
		// minister" of a story that also names Tony Blair).
		if ss.titledOtherwise(i, title.Category, phrase) || ss.apartFromTitle(i, phrase) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// honorifics are the words before a surname that apartFromTitle lets
// stand between a title and the name it sets apart ("should sack Mr
// Brown").
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Mr.": true, "Mrs.": true,
	"Ms.": true, "Dr.": true}

// apartFromTitle reports whether a sentence of the document sets person p
// apart from the title phrase after "the": coordinated with it ("accused
// the prime minister and Mr Brown of …", "Mr Brown and the prime
// minister") or the object of its verb a few words on ("the prime
// minister should sack Mr Brown", "the prime minister told Mr Brown"):
// the text then means someone else by the title. An apposition ("the
// prime minister, Tony Blair") sets no one apart.
func (ss *docState) apartFromTitle(p int, phrase string) bool {
	for si, toks := range ss.doc.Tokens {
		for k := 0; k+1 < len(toks); k++ {
			if !strings.EqualFold(toks[k].Text, "the") {
				continue
			}
			n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[k+1:])
			if !ok || n == 0 || titleKey(toks[k+1:k+1+n]) != phrase {
				continue
			}
			e := k + 1 + n
			for _, m := range ss.bySent[si] {
				if m.actorIndex != p || m.via != lexicon.ViaName {
					continue // a pronoun or role resolved to p may be the title's holder himself
				}
				if m.t1 == k-1 && toks[k-1].Text == "and" {
					return true
				}
				if m.t0 <= e || m.t0 > e+4 {
					continue
				}
				apart := true
				for j := e; j < m.t0; j++ {
					if w := toks[j].Text; (!text.IsLower(w) || text.IsPossessive(w)) && !(j == m.t0-1 && honorifics[w]) {
						apart = false
					}
				}
				if apart {
					return true
				}
			}
		}
	}
	return false
}

// titledOtherwise reports whether the article gave person p a title of
// the category cat that is not the title phrase ("chancellor" when
// "prime minister" is asked, both heads of government). A title of
// another category ("Labour leader") says nothing against the phrase.
func (ss *docState) titledOtherwise(p int, cat, phrase string) bool {
	for _, r := range ss.roles {
		if r.person == p && r.category == cat && !titleFits(phrase, r.title) && !titleFits(r.title, phrase) {
			return true
		}
	}
	return false
}

// knownHolder returns the one person of the document whom the people list
// gives the role of the title in tokens [t0, t1) for the state of actor pr
// ("the Russian president" is Vladimir Putin when he is named), or -1.
func (ss *docState) knownHolder(c *sentCtx, t0, t1, pr int) int {
	lex := ss.f.lex
	n, title, ok := lex.TitleAt(ss.doc.Text, c.toks[t0:t1])
	if !ok || t0+n != t1 {
		return -1
	}
	state := ss.actors[pr].name
	if ss.actors[pr].kind != lexicon.KindState {
		state, _ = ss.actors[pr].affil, ss.actors[pr].affil != ""
	}
	phrase := titleKey(c.toks[t0:t1])
	found := -1
	for i, a := range ss.actors {
		if a.kind != lexicon.KindPerson {
			continue
		}
		e, ok := lex.Person(a.name)
		if !ok || e.Affiliation != state || !title.Names(e.Category, phrase) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// titleFits reports whether a title used alone refers to a named title:
// the same words, or its last words when the words before them do not
// change the rank ("special envoy" but not "deputy prime minister").
func titleFits(short, full string) bool {
	if short == full {
		return true
	}
	if short == "founder" && (full == "co-founder" || full == "co - founder" || full == "cofounder") {
		return true // a body has several founders: "the Wikileaks founder" of its co-founder
	}
	if !strings.HasSuffix(full, " "+short) {
		return false
	}
	for _, w := range strings.Fields(full[:len(full)-len(short)]) {
		if rankWords[w] || standingWords[w] {
			return false // "deputy chairman", "shadow culture secretary" hold no "culture secretary"
		}
	}
	return true
}

// headNouns are the words news uses for whoever heads a body, whatever
// the office is called ("the Fed chief", "the Opec head", "the BA boss").
var headNouns = map[string]bool{"head": true, "chief": true, "boss": true}

// headTitles are the offices of a body's head that a word of headNouns
// stands for.
var headTitles = map[string]bool{"chairman": true, "chairwoman": true, "chair": true, "chairperson": true,
	"president": true, "chief executive": true, "chief executive officer": true, "ceo": true, "governor": true,
	"director general": true, "director-general": true, "secretary general": true, "secretary-general": true,
	"managing director": true, "leader": true}

// headOf reports whether a word of headNouns used alone ("the Fed
// chief") refers to a named head of a body's office ("chairman", "Fed
// chairman", "president"): the principal, which must agree, says whose.
func headOf(short, full string) bool {
	if !headNouns[short] {
		return false
	}
	if headTitles[full] {
		return true
	}
	for t := range headTitles {
		if titleFits(t, full) {
			return true
		}
	}
	return false
}

// rankWords are the words before a title that change the rank it names
// ("deputy prime minister", "shadow chancellor", "former president").
var rankWords = map[string]bool{"deputy": true, "vice": true, "assistant": true, "under": true, "acting": true,
	"former": true, "first": true, "interim": true, "shadow": true, "co": true, "-": true, "vice-": true}

// standingWords are the rank words that say the person does not hold the
// office itself: a shadow chancellor or a former president is never "the
// chancellor" or "the president" of the story, while news goes on calling
// a deputy minister "the minister".
var standingWords = map[string]bool{"shadow": true, "former": true, "ex": true, "ex-": true}

// withRankPrefix returns the start of the title at token k with a rank
// word joined to it by a hyphen ("co-chairman", "vice-president"), or k.
func withRankPrefix(toks []text.Token, k int) int {
	if k >= 2 && toks[k-1].Text == "-" && rankWords[strings.ToLower(toks[k-2].Text)] {
		return k - 2
	}
	return k
}

// standingBefore returns the first token of a standing word that ends
// right before token b ("former Labour leader", "ex-Conservative
// chancellor": "ex" and its hyphen), or -1.
func standingBefore(toks []text.Token, b int) int {
	switch {
	case b > 0 && standingWords[strings.ToLower(toks[b-1].Text)]:
		return b - 1
	case b > 1 && toks[b-1].Text == "-" && standingWords[strings.ToLower(toks[b-2].Text)]:
		return b - 2
	}
	return -1
}

// withStanding returns the start of the title at token k with the
// standing words right before it (see standingWords), not before token
// from.
func withStanding(toks []text.Token, k, from int) int {
	for k > from && standingWords[strings.ToLower(toks[k-1].Text)] {
		k--
	}
	// "Shadow culture secretary X", "former foreign affairs spokesman
	// X": a standing word before the field of the title.
	for j := k - 1; j >= max(from, k-3); j-- {
		w := toks[j].Text
		if standingWords[strings.ToLower(w)] {
			return j
		}
		if text.IsPunct(w) || text.IsPossessive(w) || functionWord(strings.ToLower(w)) {
			break
		}
	}
	return k
}

// sameSide reports whether two actors stand for the same state: a person
// and the state they act for.
func (ss *docState) sameSide(a, b int) bool {
	state := func(i int) string {
		if ss.actors[i].kind == lexicon.KindPerson {
			s, _ := ss.actors[i].affil, ss.actors[i].affil != ""
			return s
		}
		return ss.actors[i].name
	}
	sa, sb := state(a), state(b)
	return sa != "" && sa == sb
}

// sortMentions orders mentions by position.
func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(a, b mention) int {
		if a.sent != b.sent {
			return a.sent - b.sent
		}
		return a.t0 - b.t0
	})
}

// namedBefore reports whether the subject right before the reporting verb
// at token t looks like a person's name the extraction did not resolve:
// a capitalised word that is not the sentence's first, outside quotes and
// names, after auxiliaries and adverbs ("chief executive Lord Rennard
// suggested").
func (ss *docState) namedBefore(c *sentCtx, t int) bool {
	k := ss.skipBack(c, t-1)
	if k <= 0 || c.quoted[k] || c.ment[k] >= 0 {
		return false
	}
	w := c.toks[k].Text
	return text.IsNameStart(w) && !text.IsLower(w) && !isPronoun(w) && !ss.cl.official.has(w)
}

// unknownPersonBefore reports whether the verb of saying at token t of
// sentence c has for its subject one person the extraction cannot name:
// a singular noun of an occupation, a commentator or an official that no
// actor stands for, introduced as someone unnamed ("One Chinese
// journalist said", "a Western diplomat said") or named again so ("the
// diplomat said" after "a Western diplomat"). A "he" in the sentences
// after is that person, not one named before. A definite description the
// article did not introduce so ("the minister confirmed") may be a person
// it named.
func (ss *docState) unknownPersonBefore(c *sentCtx, t int) bool {
	k := ss.skipBack(c, t-1)
	if i := openingRelative(c, k); i > 0 {
		k = i - 1 // "One analyst, who declined to be identified, said"
	}
	if k < 0 || c.quoted[k] || c.ment[k] >= 0 {
		return false
	}
	w := c.toks[k].Text
	lw := strings.ToLower(w)
	if !text.IsLower(w) || strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") ||
		!ss.cl.person.has(lw) && !commentatorRoles[lw] && !ss.cl.official.has(lw) {
		return false
	}
	return indefiniteBefore(c, max(k-3, 0), k) || ss.introducedUnnamed(c.si, w)
}

// introducedUnnamed reports whether a sentence before si introduced
// someone by the noun w with an indefinite article ("a Western diplomat",
// "a Peking university professor"): "the diplomat" after it is that
// person, whom the story does not name.
func (ss *docState) introducedUnnamed(si int, w string) bool {
	for b := si - 1; b >= 0; b-- {
		toks := ss.doc.Tokens[b]
		for j := 1; j < len(toks); j++ {
			if toks[j].Text == w && indefiniteNP(toks, j) {
				return true
			}
		}
	}
	return false
}

// indefiniteNP reports whether the noun at token j opens with an
// indefinite article within the three words before it ("a Western
// diplomat", "one Chinese journalist").
func indefiniteNP(toks []text.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if indefiniteWord(toks[k].Text) {
			return true
		}
		if text.IsPunct(toks[k].Text) {
			return false
		}
	}
	return false
}

// genderWords is the word list of cues_gender.txt over that of
// given_gender.txt, parsed once.
var genderWords = sync.OnceValue(func() map[string]gender {
	m, _ := parseGenders(givenGenderText, "given_gender.txt")
	hand, _ := parseGenders(cuesGenderText, "cues_gender.txt")
	maps.Copy(m, hand)
	return m
})

// WordGender returns the grammatical gender that a given name, honorific
// or title carries in cues_gender.txt or, for a given name it lacks, in
// given_gender.txt: -1 female ("Helena", "Baroness"),
// 1 male ("Charles", "Lord"), 0 unknown or either.
func WordGender(w string) int {
	var buf [foldBuf]byte
	switch genderWords()[string(foldWord(&buf, w))] {
	case genderFemale:
		return -1
	case genderMale:
		return 1
	}
	return 0
}
