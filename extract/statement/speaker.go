package statement

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// speakerFor finds the speaker of the cue at tokens [t, t+n) of kind k. It
// returns the actor index (-1 if none) and the token range of the speaker
// phrase.
func (ss *docState) speakerFor(c *sentCtx, t, n int, k cueKind, found []candidate) (int, [2]int) {
	toks := c.toks
	after := t + n
	switch k {
	case cueObject, cueFrom, cueAccording:
		if k == cueFrom && withheldFrom(toks, t) {
			return -1, [2]int{} // "withhold support from X": X receives, not gives, the support
		}
		b := ss.npFwd(c, after)
		h := ss.headOf(c, after, b)
		if h < 0 && k == cueAccording {
			// "according to the company", "according to the exchange": a
			// description of a body, as before a verb of saying.
			if d, st := ss.describedAfterAccording(c, after); d >= 0 {
				return d, [2]int{st, ss.descriptionEnd(c, st)}
			}
			// "according to state statistics body INSEE": the name after
			// the words that describe it.
			if m, ok := ss.namedAfterDescriptor(c, after); ok {
				return m.actorIndex, [2]int{after, m.t1}
			}
		}
		return h, [2]int{after, b}
	case cuePoss:
		return ss.possessor(c, t, after)
	case cueGerund:
		// "X was quoted today as saying": the subject of the passive
		// speaks, as the subject of "said" would ("The head of the
		// authority, X, was quoted as saying" is X), also when the
		// outlet that quoted him is named between ("X was quoted in the
		// Herald newspaper saying").
		if v := passiveQuotedBefore(c, t); v > 0 {
			if a, np := ss.subjectBefore(c, v); a >= 0 {
				return a, np
			}
		}
		if len(found) > 0 {
			// ", with X saying …": an absolute clause with a subject of
			// its own, who speaks; else the participle is the last
			// speaker's ("…, saying").
			if t > 0 && !text.IsPunct(toks[t-1].Text) {
				if a, np := ss.subjectBefore(c, t); a >= 0 && withClause(toks, np[0]) {
					return a, np
				}
			}
			f := found[len(found)-1]
			return f.speaker, f.np
		}
		// "…, publicly threatening": adverbs between a comma and the
		// participle leave it the adjunct of its clause, as the comma
		// alone does.
		prev := wordBeforeAdverbs(toks, t)
		adjunct := prev < t-1 && toks[prev].Text == ","
		if t > 0 && gerundSubordinators[strings.ToLower(toks[t-1].Text)] {
			// "X, who heads Y, while welcoming the move, said …": the
			// participle of a subordinate clause is the sentence's
			// subject's, not the name before it.
			adjunct = true
		}
		if t > 0 && !adjunct && !text.IsPunct(toks[t-1].Text) && !ss.cl.opener.has(toks[t-1].Text) && toks[t-1].Text != "by" && toks[t-1].Text != "of" {
			if a, np := ss.subjectBefore(c, t); a >= 0 {
				if np[0] > 0 && sitePreps[strings.ToLower(toks[np[0]-1].Text)] {
					// "unveiled a billboard opposite the Palace of
					// Westminster accusing …": a place, not who accuses;
					// the clause's subject does.
					if s, snp := ss.sentenceSubject(c); s >= 0 && snp[1] <= np[0] {
						return s, snp
					}
					return -1, [2]int{}
				}
				return a, np
			}
		}
		if v := progressive(toks, t); v >= 0 {
			// "He is also claiming …": the sentence's subject when it
			// stands right before the verb; "… and creditors have been
			// pushing for a say": a subject of its own, which names no
			// actor; not the subject's participle ("…, saying").
			if a, np := ss.sentenceSubject(c); a >= 0 && np[1] == v && !ss.nounDescribedByState(c, a, np) {
				return a, np
			}
			return -1, [2]int{}
		}
		if a, np := ss.sentenceSubject(c); !ss.nounDescribedByState(c, a, np) {
			return a, np
		}
		return -1, [2]int{}
	}
	// "state media quoted X as saying": X speaks; so does X in "quoted X,
	// a delegate to the congress, as saying" and "quoted X criticising the
	// policy".
	if k == cueQuoted {
		if b := ss.npFwd(c, after); b > after && b < len(toks) {
			e := b
			if toks[e].Text == "," {
				e = appositiveEnd(c, e)
			}
			if e < len(toks) && (toks[e].Text == "as" || ss.gerundCueAt(c, e)) {
				if a := ss.headOf(c, after, b); a >= 0 {
					return a, [2]int{after, b}
				}
			}
		}
		if strings.EqualFold(toks[t].Text, "cited") {
			// "The agency cited weak demand": a reason given, which
			// is no report of anyone's words.
			return -1, [2]int{}
		}
	}
	if k == cueVerb && strings.HasSuffix(toks[t].Text, "ed") {
		// "rejected by X"; "was dismissed as \"nonsense\" by X", "has
		// been branded a \"disgrace\" by X": a passive's complement may
		// stand before its agent.
		by := after
		if e := passiveComplementEnd(c, t, after); e > after {
			by = e
		}
		if by < len(toks) && toks[by].Text == "by" {
			b := ss.npFwd(c, by+1)
			if a := ss.headOf(c, by+1, b); a >= 0 {
				return a, [2]int{by + 1, b}
			}
			return -1, [2]int{}
		}
	}
	// "Britain and West Germany, backed by the Netherlands and Denmark,
	// opposed …", "X, while welcoming the move, said …": the subject
	// stands before the participle's aside.
	if j := ss.skipBack(c, t-1); (k == cueVerb || k == cueQuoted) && j > 0 && !c.quoted[j] {
		if i := participleAsideStart(c, j); i > 0 {
			// From the aside's opening comma, which may close another
			// parenthesis ("X, who heads Y, while welcoming …"), when a
			// name ends right before it.
			if a, np := ss.subjectBefore(c, i+1); a >= 0 && c.ment[i-1] >= 0 {
				return a, np
			}
		}
	}
	// "One political analyst, who declined to be identified, said
	// Nakasone …", "Nakasone, who leaves office soon, said Abe …": the
	// person who opens the sentence, a relative clause after him, is its
	// subject, and the name after the verb is what he spoke of, not an
	// inverted speaker.
	if k == cueVerb && t > 1 {
		if a, np, ok := ss.openingSubject(c, t-1); ok {
			return a, np
		}
	}
	// "…,” said X" after a quote; after a plain comma only verbs that take
	// no object ("…, said X", "…, reported the Association of …", not
	// "…, warned Mr Brown"), and only if no subject stands before the
	// comma ("Xi, in remarks …, said China …").
	afterQuote := t == 0 || c.quoted[t-1]
	if (k == cueVerb || k == cueQuoted) && (afterQuote || (toks[t-1].Text == "," && inverts(toks[t].Text))) {
		// "…, once the owner of Y, said founder X.": a name that ends the
		// clause after the verb is its subject, whatever stands before
		// the comma.
		if a, np := ss.invertedSpeaker(c, after); a >= 0 {
			return a, np
		}
		if !afterQuote {
			if a, np := ss.subjectBefore(c, t); a >= 0 {
				return a, np
			}
		}
	}
	// "researchers were told", "are widely reported": the subject listened.
	if passiveAuxBefore(c, t) && (strings.HasSuffix(toks[t].Text, "ed") || toks[t].Text == "told" || toks[t].Text == "said") {
		return -1, [2]int{}
	}
	if a, np := ss.subjectBefore(c, t); a >= 0 {
		return a, np
	}
	j := ss.skipBack(c, t-1)
	if j < 0 || c.quoted[j] {
		return -1, [2]int{}
	}
	// "X said … but cautioned …": the speaker of the clause before.
	if len(found) > 0 && (toks[j].Text == "and" || toks[j].Text == "but") {
		f := found[len(found)-1]
		return f.speaker, f.np
	}
	// "X is not giving up and has threatened legal action": a second verb
	// phrase without a subject of its own has the sentence's subject.
	if len(found) == 0 && (toks[j].Text == "and" || toks[j].Text == "but") {
		if a, np := ss.sentenceSubject(c); a >= 0 && np[1] <= j && !c.quoted[np[0]] {
			return a, np
		}
		// "The company gave no further details but said …".
		if a, np := ss.descriptionSubject(c); a >= 0 && np[1] <= j {
			return a, np
		}
	}
	// "… Home Secretary X who said …", "X, which said …": the relative
	// pronoun's antecedent, the name right before it.
	if a, np := ss.relativeAntecedent(c, j); a >= 0 {
		return a, np
	}
	// "The ministry said … It added …", "… said it welcomed …": the last
	// state or organisation that spoke.
	// "Electrolux saw its shares rise after it said it would …": "it"
	// after a subordinator is the main clause's subject, an organisation
	// or a state.
	if toks[j].Text == "it" && j > 0 && clauseLinks[strings.ToLower(toks[j-1].Text)] && ss.f.opts.Pronouns {
		if sub, np := ss.sentenceSubject(c); sub >= 0 && np[1] <= j-1 && !c.quoted[np[0]] &&
			ss.actors[sub].kind != lexicon.KindPerson && !ss.isMedia(sub) {
			ss.addMention(c, j, j+1, sub, lexicon.ViaPronoun)
			return sub, [2]int{j, j + 1}
		}
		// "Shares in Orbis Corp surged after it said …": the company
		// whose shares are the subject.
		if sub := ss.sharesOwnerSubject(c, j); sub >= 0 {
			ss.addMention(c, j, j+1, sub, lexicon.ViaPronoun)
			return sub, [2]int{j, j + 1}
		}
	}
	switch toks[j].Text {
	case "it", "It", "they", "They":
		if !ss.f.opts.Pronouns {
			break
		}
		if a := ss.bodyPronoun(c, j, found); a >= 0 {
			ss.addMention(c, j, j+1, a, lexicon.ViaPronoun)
			return a, [2]int{j, j + 1}
		}
	case "one", "One":
		// "…, ministry sources said. “…,” one said": one of the people
		// through whom the body spoke in the plural.
		if ss.f.opts.Pronouns && ss.bodyPlural && (j == 0 || toks[j-1].Text == "," || c.quoted[j-1] || isClosingQuote(toks[j-1].Text)) && !ss.unnamedSince(ss.bodySpoke.sent, c.si) {
			if a := ss.bodyStillTopic(c); a >= 0 {
				return a, [2]int{j, j + 1}
			}
		}
	case "he", "He", "she", "She":
		// "…, a company spokesman said. He said …": the unnamed
		// spokesman again, who speaks for the body.
		if ss.officialAgain(c, j) && c.ment[j] < 0 && ss.f.opts.Pronouns {
			return ss.officialSpoke.speaker, [2]int{j, j + 1}
		}
	}
	return -1, [2]int{}
}

// participleAsideStart returns the comma that opens an aside of a
// participle with no subject of its own, which the comma at token j
// closes: a participle and its agent (", backed by the Netherlands and
// Denmark,"), or a conjunction and a present participle (", while
// welcoming the move,"); else -1.
func participleAsideStart(c *sentCtx, j int) int {
	toks := c.toks
	if toks[j].Text != "," {
		return -1
	}
	i := j - 1
	for i >= 0 && toks[i].Text != "," && !c.quoted[i] && !isClauseBreak(toks[i].Text) {
		i--
	}
	if i < 1 || toks[i].Text != "," || i+3 > j {
		return -1
	}
	w, next := toks[i+1].Text, toks[i+2].Text
	switch {
	case text.IsLower(w) && strings.HasSuffix(w, "ed") && next == "by":
		return i
	case gerundSubordinators[w] && text.IsLower(next) && strings.HasSuffix(next, "ing") && !ingPrepositions[next]:
		return i
	}
	return -1
}

// maxOpeningSubject is the most words a phrase that opens a sentence
// before a relative clause may have to be read as its subject ("One
// senior Western banking analyst, who …").
const maxOpeningSubject = 6

// openingRelative returns the comma that opens a relative clause (",
// who …", ", which …") that the comma at token j of sentence c closes,
// when the words before it open the sentence: at most maxOpeningSubject
// words, no punctuation or quotation among them; else -1. Those words
// are the subject of the verb after the comma ("One political analyst,
// who declined to be identified, said …").
func openingRelative(c *sentCtx, j int) int {
	toks := c.toks
	if j < 0 || toks[j].Text != "," {
		return -1
	}
	i := j - 1
	for i >= 0 && toks[i].Text != "," && !c.quoted[i] && !isClauseBreak(toks[i].Text) {
		i--
	}
	if i < 1 || i > maxOpeningSubject || toks[i].Text != "," || i+2 > j {
		return -1
	}
	switch toks[i+1].Text {
	case "who", "which", "whose":
	default:
		return -1
	}
	for k := 0; k < i; k++ {
		if c.quoted[k] || text.IsPunct(toks[k].Text) {
			return -1
		}
	}
	return i
}

// openingSubject reads the subject that opens sentence c before the
// relative clause that the comma at token j closes (openingRelative): one
// name ("Nakasone, who leaves office soon, said …"), or a phrase with an
// indefinite article that names no actor and is no official ("One
// political analyst, who declined to be identified, said …", speaker -1).
// ok is false for any other opening, which the other readings of the
// verb take.
func (ss *docState) openingSubject(c *sentCtx, j int) (a int, np [2]int, ok bool) {
	i := openingRelative(c, j)
	if i < 0 {
		return -1, [2]int{}, false
	}
	if mi := c.ment[0]; mi >= 0 && c.ms[mi].t0 == 0 && c.ms[mi].t1 == i {
		return c.ms[mi].actorIndex, [2]int{0, i}, true
	}
	if !indefiniteWord(c.toks[0].Text) || slices.ContainsFunc(c.ment[:i], func(m int) bool { return m >= 0 }) {
		return -1, [2]int{}, false
	}
	if ss.cl.official.has(strings.ToLower(c.toks[i-1].Text)) {
		// "A central bank official, who declined to be named, said": an
		// official speaks for his body, which the other readings find.
		return -1, [2]int{}, false
	}
	return -1, [2]int{}, true
}

// gerundSubordinators are the conjunctions that open a clause of a
// participle with no subject of its own ("while welcoming the move",
// "when asked", "after meeting X").
var gerundSubordinators = map[string]bool{"while": true, "whilst": true, "when": true, "after": true, "before": true,
	"though": true, "although": true, "despite": true, "since": true}

// sharesOwnerSubject returns the organisation whose shares open sentence
// c as its subject, before token j: "Shares in X", "Shares of X", "X
// shares", "X's shares" (after an opening adverb at most); else -1.
func (ss *docState) sharesOwnerSubject(c *sentCtx, j int) int {
	toks := c.toks
	i := 0
	for i < j && (text.IsPunct(toks[i].Text) || sentenceAdverbs[strings.ToLower(toks[i].Text)]) {
		i++
	}
	if i+2 < j && shareWords[strings.ToLower(toks[i].Text)] && (toks[i+1].Text == "in" || toks[i+1].Text == "of") {
		if mi := c.ment[i+2]; mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindOrg && !ss.isMedia(c.ms[mi].actorIndex) {
			return c.ms[mi].actorIndex
		}
	}
	if mi := c.ment[i]; mi >= 0 {
		m := c.ms[mi]
		k := m.t1
		if k < j && text.IsPossessive(toks[k].Text) {
			k++
		}
		if k < j && shareWords[strings.ToLower(toks[k].Text)] && ss.actors[m.actorIndex].kind == lexicon.KindOrg && !ss.isMedia(m.actorIndex) {
			return m.actorIndex
		}
	}
	return -1
}

// shareWords are the nouns of a company's stock.
var shareWords = map[string]bool{"shares": true, "stock": true, "stocks": true}

// officialAgain reports whether the pronoun at token j of sentence c is
// the unnamed official who spoke last (officialSpoke) again: in the
// sentence after, or after the quotations or the silent sentence that
// followed, opening the sentence or closing its quotation. A pronoun of
// the other gender than the official's noun ("spokeswoman") is someone
// else.
func (ss *docState) officialAgain(c *sentCtx, j int) bool {
	s := ss.officialSpoke
	if s.speaker < 0 || s.sent >= c.si {
		return false
	}
	if g, ok := pronounGender(c.toks[j].Text); ok && ss.officialGender != genderUnknown && g != ss.officialGender {
		return false
	}
	return s.sent >= c.si-1 || ss.quotesBetween(s.sent, c.si, s.speaker) && opensOrEndsQuote(c, j) ||
		s.sent == c.si-2 && ss.silentBetween(s.sent, c.si) && opensOrEndsQuote(c, j)
}

// maxQuoteRun is the number of sentences of a quotation that may stand
// between an unnamed spokesman's statement and the "he added" after them.
const maxQuoteRun = 2

// quotesBetween reports whether the sentences strictly between a and b
// are at most maxQuoteRun quotations that name no person, each opening
// with quotation marks: the words of whoever spoke in sentence a (for
// speaker), whose "he added" may come after them ("A spokesman for X said
// … \"We have a good feeling. We saw good response,\" he added."). A
// quotation that someone else closes is not theirs: another speaker, or
// one the text does not name ("“…,” a Western diplomat said"), whose "he
// said" the next sentence may hold.
func (ss *docState) quotesBetween(a, b, speaker int) bool {
	if a < 0 || b-a-1 < 1 || b-a-1 > maxQuoteRun {
		return false
	}
	for si := a + 1; si < b; si++ {
		toks := ss.doc.Tokens[si]
		if len(toks) == 0 || !text.IsOpenQuote(toks[0].Text) {
			return false
		}
		if ss.unnamed[si] || ss.unresolved[si] || ss.spokeIn[si] >= 0 && ss.spokeIn[si] != speaker {
			return false
		}
		for _, m := range ss.bySent[si] {
			if ss.actors[m.actorIndex].kind == lexicon.KindPerson {
				return false
			}
		}
	}
	return true
}

// hyphenJoins reports whether token k is a hyphen written without spaces
// between two words, joining them into one ("think-tank", "non-profit").
func hyphenJoins(toks []text.Token, k int) bool {
	return toks[k].Text == "-" && k > 0 && k+1 < len(toks) &&
		toks[k-1].Span.End == toks[k].Span.Start && toks[k].Span.End == toks[k+1].Span.Start
}

// silentBetween reports whether the one sentence strictly between a and
// b names no person and no one spoke in it ("A Telecom spokesman said …
// Of this, 21 mln dlrs was to be paid later. He said …"): the "he" after
// it is still the unnamed spokesman of sentence a.
func (ss *docState) silentBetween(a, b int) bool {
	if b-a != 2 || a < 0 {
		return false
	}
	si := a + 1
	if ss.unnamed[si] || ss.unresolved[si] || ss.last.sent == si && ss.last.speaker >= 0 {
		return false
	}
	for _, m := range ss.bySent[si] {
		if ss.actors[m.actorIndex].kind == lexicon.KindPerson {
			return false
		}
	}
	return true
}

// opensOrEndsQuote reports whether the pronoun at token j of sentence c
// is the subject that opens it ("However, she said …") or follows the
// quotation it closes ("…," he added): no name stands before it.
func opensOrEndsQuote(c *sentCtx, j int) bool {
	for k := 0; k < j; k++ {
		if c.ment[k] >= 0 {
			return false
		}
	}
	return j <= 2 || c.quoted[0]
}

// bodyPronoun returns the state, organisation or group that "it" or
// "they" at token j of sentence c stands for, by the first of these
// readings that gives one, or -1:
//   - "A and B said … They added": the coordination again (groupOthers
//     gives the others their statements);
//   - "The Conservatives have unveiled plans … They say …": the party or
//     group the sentence before was about (pluralSubjectBefore);
//   - "The Tories say … However, they will undergo checks. They claim
//     …": the party that spoke, when no one spoke since (partyBefore);
//   - the state or organisation that spoke last in this sentence or the
//     one before (lastCollective);
//   - "it", or "they" when the body spoke through people named in the
//     plural ("Bank of Japan sources said … They said", "…, they said";
//     not "Creditor banks have signalled that they are determined"): the
//     body still the topic (bodyStillTopic);
//   - "Metal Traders said … Austmet will have … Austmet should be
//     profitable from July, it said": the tag goes on with the body that
//     spoke, though the story turned to another (bodyTagged);
//   - "SmithKline said … In 1986, Allergan had sales of … It said its
//     Smith Kline and French unit will file …": wire copy's "It said" is
//     the body the story opened with, while no other body has spoken
//     since (leadBodyAgain);
//   - "Dortmund will get short-term loans. It estimated that …": the
//     body the sentence before was about (singularSubjectBefore);
//   - "… when the Sentencing Guidelines Council published its proposals.
//     It had suggested …": the one body named there (soleBodyBefore).
func (ss *docState) bodyPronoun(c *sentCtx, j int, found []candidate) int {
	toks := c.toks
	they := toks[j].Text == "they" || toks[j].Text == "They"
	if g := ss.recentGroup(c); g != nil && they {
		return g[0]
	}
	if a := ss.pluralSubjectBefore(c, j); a >= 0 {
		return a
	}
	if a := ss.partyBefore(c, j); a >= 0 {
		return a
	}
	if a := ss.lastCollective(found); a >= 0 {
		return a
	}
	if a := ss.bodyStillTopic(c); a >= 0 && (!they ||
		ss.bodyPlural && (sentenceInitial(c, j) || j > 0 && toks[j-1].Text == ",") && !ss.unnamedSince(ss.bodySpoke.sent, c.si)) {
		return a
	}
	if a := ss.bodyTagged(c, j); a >= 0 {
		return a
	}
	if a := ss.leadBodyAgain(c, j); a >= 0 {
		return a
	}
	if a := ss.singularSubjectBefore(c, j); a >= 0 {
		return a
	}
	return ss.soleBodyBefore(c, j)
}

// clauseLinks are the subordinators after which "it" in a reporting
// clause is the main clause's subject ("… fell after it said …"), and the
// relative that is the object of the saying ("Ford recalled 10,000 cars,
// which it said had faulty brakes").
var clauseLinks = map[string]bool{"after": true, "as": true, "because": true, "since": true, "before": true,
	"while": true, "although": true, "though": true, "which": true}

// pluralSubjectBefore returns, for "They" opening sentence c at token j,
// the subject of the sentence before (the name that opens it) when it is
// a party or an organisation named in the plural ("the Conservatives", "the Liberal
// Democrats", "Friends of the Earth" are "they" in British news; a
// company is "it"), or -1.
func (ss *docState) pluralSubjectBefore(c *sentCtx, j int) int {
	if c.toks[j].Text != "They" && c.toks[j].Text != "they" || !sentenceInitial(c, j) || c.si == 0 {
		return -1
	}
	// The subject: the name that opens the sentence before, after "The"
	// or opening quotes at most.
	ms := ss.bySent[c.si-1]
	toks := ss.doc.Tokens[c.si-1]
	if len(ms) == 0 || ms[0].via != lexicon.ViaName {
		return -1
	}
	m := ms[0]
	for k := 0; k < m.t0; k++ {
		if w := toks[k].Text; !strings.EqualFold(w, "the") && !text.IsOpenQuote(w) {
			return -1
		}
	}
	s := m.actorIndex
	if ss.actors[s].kind != lexicon.KindOrg || ss.isMedia(s) {
		return -1
	}
	w := toks[m.t1-1].Text
	if isLegalOrCapsWord(w) {
		return -1 // an acronym may name a company the gazetteer takes for a party ("CPC")
	}
	if e, ok := ss.f.lex.Org(ss.actors[s].name); ok && e.Category == "party" {
		return s
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return s
	}
	return -1
}

// partyBefore returns, for "They" opening sentence c at token j, the
// political party that spoke in one of the two sentences before, when no
// one spoke after it (British news calls a party "they"; a company is
// "it"), or -1.
func (ss *docState) partyBefore(c *sentCtx, j int) int {
	if c.toks[j].Text != "They" || !sentenceInitial(c, j) {
		return -1
	}
	p := ss.partySpoke
	if p.speaker < 0 || p.sent < c.si-2 || ss.last.sent == c.si-1 && ss.last.speaker >= 0 && ss.last.speaker != p.speaker {
		return -1
	}
	// Another party named since ("… is expected to be opposed by the
	// Liberal Democrats. They have said …") may be the one meant.
	// So may officials or ministers named since ("A year ago, ministers
	// launched their plan. They will say …").
	for si := p.sent; si < c.si; si++ {
		for _, m := range ss.bySent[si] {
			if m.actorIndex != p.speaker && ss.isParty(m.actorIndex) {
				return -1
			}
		}
		if si == p.sent {
			continue
		}
		for _, t := range ss.doc.Tokens[si] {
			if text.IsLower(t.Text) && ss.cl.official.has(t.Text) {
				return -1
			}
		}
	}
	return p.speaker
}

// isParty reports whether actor a is a political party the gazetteer
// knows.
func (ss *docState) isParty(a int) bool {
	return a >= 0 && ss.ofCategory(a, "party")
}

// singularSubjectBefore returns, for "It" opening sentence c at token j,
// the state or organisation that is the subject of the sentence before
// (bodySubject: "Borussia Dortmund will get short-term loans. It
// estimated …"), or -1. A name written in the plural is "they" ("the
// Conservatives", "Friends of the Earth"), unless it is a company's.
func (ss *docState) singularSubjectBefore(c *sentCtx, j int) int {
	if c.toks[j].Text != "It" || !sentenceInitial(c, j) || c.si == 0 {
		return -1
	}
	s := ss.subjectBody[c.si-1]
	if s < 0 {
		return -1
	}
	// Someone else spoke or reported there ("China has closed the
	// bidding, the China Daily reported. It quoted …" is the paper), or
	// another body spoke shortly before: "SmithKline said … In 1986,
	// Allergan had sales of … It said" may be either.
	if ss.last.sent == c.si-1 && ss.last.speaker >= 0 && ss.last.speaker != s ||
		ss.bodySpoke.speaker >= 0 && ss.bodySpoke.speaker != s && ss.bodySpoke.sent >= c.si-5 {
		return -1
	}
	for _, m := range ss.bySent[c.si-1] {
		if ss.isMedia(m.actorIndex) {
			return -1
		}
	}
	if ss.pluralName(s) {
		return -1
	}
	return s
}

// pluralName reports whether actor a's name is written in the plural, so
// that "they", not "it", refers to it ("the Liberal Democrats", "the
// Conservatives"): its last word ends in "s" (not "ss", a legal form or
// capitals), the gazetteer does not list it as an organisation other
// than a party, and the document treats it as many: "the" before it or a
// plural verb after it ("the Conservatives are …"); a party the
// gazetteer knows is many unless the document only ever gives it a
// singular verb. Without "the" or a verb the name is a company's one
// body ("Regulators fined Barclays. It said …").
func (ss *docState) pluralName(a int) bool {
	name := strings.Fields(ss.actors[a].name)
	if last := name[len(name)-1]; strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !isLegalOrCapsWord(last) {
		e, ok := ss.f.lex.Org(ss.actors[a].name)
		switch singular, plural := ss.grammaticalNumber(a); {
		case ok && e.Category == "party":
			return plural || !singular
		case !ok:
			return plural
		}
	}
	return false
}

// grammaticalNumber reports how the document treats actor a: as one
// (a mention of it is followed by "is", "was", "has", "says" or "does")
// and as many (a mention is followed by "are", "were", "have", "say" or
// "do", or comes after "the").
func (ss *docState) grammaticalNumber(a int) (singular, plural bool) {
	for si, ms := range ss.bySent {
		toks := ss.doc.Tokens[si]
		for _, m := range ms {
			if m.actorIndex != a {
				continue
			}
			if m.t1 < len(toks) {
				switch strings.ToLower(toks[m.t1].Text) {
				case "is", "was", "has", "says", "does":
					singular = true
				case "are", "were", "have", "say", "do":
					plural = true
				}
			}
			if m.t0 > 0 && strings.EqualFold(toks[m.t0-1].Text, "the") {
				plural = true
			}
		}
	}
	return singular, plural
}

// soleBodyBefore returns, for "It" opening sentence c at token j, the one
// organisation the sentence before names (outside quotations), when it
// names no other organisation or state, no one reported it or spoke in
// it, and no other body spoke shortly before; else -1. Its name must not
// be a plural one ("the Liberal Democrats" are "they").
func (ss *docState) soleBodyBefore(c *sentCtx, j int) int {
	if c.toks[j].Text != "It" || !sentenceInitial(c, j) || c.si == 0 {
		return -1
	}
	if ss.last.sent == c.si-1 && ss.last.speaker >= 0 {
		return -1
	}
	prev := c.si - 1
	toks := ss.doc.Tokens[prev]
	quoted := make([]bool, len(toks))
	markQuotes(toks, quoted, false)
	body := -1
	for _, m := range ss.bySent[prev] {
		a := m.actorIndex
		k := ss.actors[a].kind
		if k != lexicon.KindOrg && k != lexicon.KindState || quoted[m.t0] {
			continue
		}
		if k == lexicon.KindState || ss.isMedia(a) || body >= 0 && body != a {
			return -1
		}
		body = a
	}
	if body < 0 || ss.bodySpoke.speaker >= 0 && ss.bodySpoke.speaker != body && ss.bodySpoke.sent >= c.si-5 {
		return -1
	}
	if ss.pluralName(body) {
		return -1
	}
	return body
}

// isLegalOrCapsWord reports whether w is written in capitals ("UBS",
// "CPC") or is a company's legal form ("Cos", "Bros"): no plural, and an
// acronym may be a company's that the gazetteer takes for another body.
func isLegalOrCapsWord(w string) bool {
	return strings.ToUpper(w) == w || strings.EqualFold(w, "Cos") || strings.EqualFold(w, "Bros")
}

// oneOfThem resolves an official's phrase in tokens [a, e) that "one"
// opens ("one official", "one senior official") as the one body through
// whose officials, named in the plural, the story spoke last ("Finance
// Ministry officials said … The ministry awaits a report, one official
// said"), when it is still the topic (bodyStillTopic) and no unnamed
// speaker came between; else -1.
func (ss *docState) oneOfThem(c *sentCtx, a, e int) int {
	if a < 1 || e-a > 2 || !strings.EqualFold(c.toks[a-1].Text, "one") || !ss.bodyPlural || !ss.f.opts.Pronouns {
		return -1
	}
	for j := a; j < e; j++ {
		if c.ment[j] >= 0 || !text.IsLower(c.toks[j].Text) {
			return -1
		}
	}
	if ss.unnamedSince(ss.bodySpoke.sent, c.si) {
		return -1
	}
	return ss.bodyStillTopic(c)
}

// bodyStillTopic returns the state or organisation that spoke last, in
// the three sentences before sentence c, when every sentence since opens
// with no other state or organisation ("HealthMate said sales rose.
// HealthMate reported a loss. A year ago, it had a loss. It said …"), or
// -1.
func (ss *docState) bodyStillTopic(c *sentCtx) int {
	s := ss.bodySpoke
	if s.speaker < 0 || s.sent >= c.si || s.sent < c.si-3 {
		return -1
	}
	for si := s.sent + 1; si < c.si; si++ {
		if ss.opensWithDescription(si) {
			continue // "The company had previously shared IBM's traffic …"
		}
		for _, m := range ss.bySent[si] {
			if k := ss.actors[m.actorIndex].kind; k != lexicon.KindPerson && !ss.isMedia(m.actorIndex) {
				if m.actorIndex != s.speaker {
					return -1
				}
				break
			}
		}
	}
	return s.speaker
}

// descriptionGoesOn are the words after a noun that make it part of a
// longer phrase rather than the subject of the verb after it ("The
// company of …", "The group that …").
var descriptionGoesOn = map[string]bool{"of": true, "that": true, "which": true, "who": true, "in": true, "at": true,
	"for": true, "and": true, "or": true, "with": true, "from": true, "to": true}

// opensWithDescription reports whether sentence si opens with a
// description of a body (openingDescription) that is its subject or a
// possessor ("The company had …", "The firm's chief …"): a sentence about
// the body the story is about, whatever other body it names after.
func (ss *docState) opensWithDescription(si int) bool {
	toks := ss.doc.Tokens[si]
	k := openingDescription(toks, false)
	if k < 0 {
		return false
	}
	n := toks[k+1].Text
	return text.IsPossessive(n) || text.IsLower(n) && !descriptionGoesOn[n]
}

// openingDescription returns the token of the noun of a body (orgNouns)
// in a description that opens a sentence, "The" and up to three words in
// lower case before it ("The company", "The media giant"), or with groups
// set of a group of them (groupNouns: "The two firms"), when a token
// follows it; else -1.
func openingDescription(toks []text.Token, groups bool) int {
	if len(toks) < 3 || toks[0].Text != "The" {
		return -1
	}
	for k := 1; k+1 < len(toks) && k <= 4 && text.IsLower(toks[k].Text); k++ {
		if _, ok := orgNouns[toks[k].Text]; ok || groups && groupNouns[toks[k].Text] {
			return k
		}
	}
	return -1
}

// bodyTagged returns, for "it" in a reporting tag after the clause it
// reports ("…, it said."), the state or organisation that spoke last,
// when it spoke in one of the three sentences before and no one the
// text does not name spoke since, or -1. The tag keeps the source of the
// story even where bodyStillTopic gives up because the sentences between
// name another body: news writes "the company said" or the new body's
// name when the voice changes, not "it".
func (ss *docState) bodyTagged(c *sentCtx, j int) int {
	if c.toks[j].Text != "it" || !speaksAfterClause(c, j) {
		return -1
	}
	return ss.recentBody(c, 3)
}

// recentBody returns the state or organisation that spoke last
// (bodySpoke), when it spoke in one of the n sentences before sentence c,
// no one the text does not name spoke since and it is no news medium;
// else -1.
func (ss *docState) recentBody(c *sentCtx, n int) int {
	s := ss.bodySpoke
	if s.speaker < 0 || s.sent >= c.si || s.sent < c.si-n || ss.unnamedSince(s.sent, c.si) || ss.isMedia(s.speaker) {
		return -1
	}
	return s.speaker
}

// leadBodyAgain returns, for "It" opening sentence c at token j right
// before a plain verb of saying ("It said", "It added"), the body the
// story opened with (leadBody), when it is still the last body that
// spoke, it spoke in one of the five sentences before, no one the text
// does not name spoke since, and the sentence before is not about
// another body (its subject); else -1. Bodies named since without
// speaking do not take the "it" from it: news names the new voice when
// the voice changes.
func (ss *docState) leadBodyAgain(c *sentCtx, j int) int {
	if c.toks[j].Text != "It" || !sentenceInitial(c, j) || j+1 >= len(c.toks) || !plainSaying(strings.ToLower(c.toks[j+1].Text)) {
		return -1
	}
	a := ss.recentBody(c, 5)
	if a < 0 || a != ss.leadBody {
		return -1
	}
	if o := ss.subjectBody[c.si-1]; o >= 0 && o != a {
		return -1 // the body the sentence before was about
	}
	for _, m := range ss.bySent[c.si-1] {
		if m.t0 <= 1 && m.actorIndex != a && ss.actors[m.actorIndex].kind != lexicon.KindPerson {
			return -1 // "The Bangkok Shipowners and Agents Association has appealed … It said"
		}
	}
	return a
}

// unnamedSince reports whether someone the text does not name spoke in a
// sentence strictly between a and b ("But diplomats said …"): a "they"
// after it may be those people.
func (ss *docState) unnamedSince(a, b int) bool {
	for si := max(a+1, 0); si < b && si < len(ss.unnamed); si++ {
		if ss.unnamed[si] || ss.unresolved[si] {
			return true
		}
	}
	return false
}

// recentGroup returns the speakers of the coordination that spoke earlier
// in sentence c, or in the sentence before when it was also the last to
// speak there ("Britain and France said … They said"); else, when no one
// spoke in the sentence before, the coordination that was its whole
// subject ("Toyota and Honda cut prices. Both companies said …"); or nil.
func (ss *docState) recentGroup(c *sentCtx) []int {
	g := ss.group
	switch {
	case len(g.speakers) < 2:
	case g.sent == c.si:
		return g.speakers
	case g.sent == c.si-1 && ss.last.sent == c.si-1 && slices.Contains(g.speakers, ss.last.speaker):
		return g.speakers
	}
	if sg := ss.subjectGroup; sg.sent == c.si-1 && c.si > 0 && ss.last.speaker < 0 && (!ss.unresolved[c.si-1] || ss.staffSpoke(c.si-1)) {
		// Not after "A, B and C are cheating, industry sources said":
		// "But they agreed …" may be the sources; but after "A and B
		// …, company spokesmen said" they are the two.
		return sg.speakers
	}
	return nil
}

// staffSpoke reports whether sentence si has spokesmen or officials speak
// ("company spokesmen told Reuters"), who speak for the bodies it names.
func (ss *docState) staffSpoke(si int) bool {
	return slices.ContainsFunc(ss.doc.Tokens[si], func(t text.Token) bool {
		w := strings.ToLower(t.Text)
		return spokesNoun(w) || w == "spokesmen" || w == "spokeswomen" || w == "spokespeople" || w == "officials"
	})
}

// subjectGroupOf returns the actors of a coordination that is the whole
// subject phrase [p, b) of sentence c (subjectPhrase: "Sumitomo Mitsui Financial
// and Daiwa Securities are in talks"), all of one kind and none an
// outlet, or nil. The phrase ends with a name or with a plural noun for
// such a coordination ("the French and German governments"), and no
// plural noun follows it: in "London and Paris traders" the names only
// say where the traders are.
func (ss *docState) subjectGroupOf(c *sentCtx, p, b int) []int {
	if q, e := includedList(c, p); q > 0 {
		p, b = q, e // "Major companies including Volkswagen, DaimlerChrysler and Siemens have …"
	}
	if b <= p || c.ment[b-1] < 0 && !groupNouns[strings.ToLower(c.toks[b-1].Text)] {
		return nil
	}
	if p >= 2 && c.toks[p-1].Text == "," && c.ment[p-2] >= 0 {
		return nil // the rest of a list that an opening clause began ("Since the accord by A, B and C, …")
	}
	b = listEnd(c, b)
	if b < len(c.toks) {
		// A coordination takes a verb in the plural; a word in -s after it
		// is a noun the names describe ("London and Paris traders").
		if w := c.toks[b].Text; text.IsLower(w) && strings.HasSuffix(w, "s") && w != "was" && w != "has" && w != "is" {
			return nil
		}
	}
	first := ss.headOf(c, p, b)
	if first < 0 || ss.isMedia(first) {
		return nil
	}
	others := ss.otherConjuncts(c, [2]int{p, b})
	if len(others) == 0 {
		return nil
	}
	for _, o := range others {
		if ss.actors[o].kind != ss.actors[first].kind || ss.isMedia(o) {
			return nil
		}
	}
	return append([]int{first}, others...)
}

// includedList returns the first name [q, e) of a list after "including"
// or "such as" that a plural noun opening the subject at token p names
// ("Major companies including Volkswagen, DaimlerChrysler and Siemens",
// "Carmakers such as Fiat and Renault"), or 0, 0.
func includedList(c *sentCtx, p int) (int, int) {
	for k := p + 1; k < len(c.toks)-1 && k <= p+4; k++ {
		w := c.toks[k].Text
		if c.ment[k] >= 0 || text.IsPunct(w) || c.quoted[k] {
			return 0, 0
		}
		if w == "including" || w == "as" && c.toks[k-1].Text == "such" {
			noun := k - 1 // the plural noun before "including" or "such as"
			if w == "as" {
				noun--
			}
			if c.ment[k+1] >= 0 && c.ms[c.ment[k+1]].t0 == k+1 && strings.HasSuffix(strings.ToLower(c.toks[noun].Text), "s") {
				return k + 1, c.ms[c.ment[k+1]].t1
			}
			return 0, 0
		}
	}
	return 0, 0
}

// listEnd returns, for a name ending at token b, the end of the list of
// names it opens ("Volkswagen, DaimlerChrysler and Siemens"): names
// separated by commas, the last after "and" or "&" (a comma before it
// allowed). Without such a list it returns b: a comma followed by other
// words opens an apposition or a clause ("Volkswagen, the carmaker").
func listEnd(c *sentCtx, b int) int {
	j := b
	for j+1 < len(c.toks) && c.toks[j].Text == "," {
		e := listItemEnd(c, j+1)
		if e < 0 || e < len(c.toks) && c.toks[e].Text != "," && c.toks[e].Text != "and" && c.toks[e].Text != "&" {
			break // "Volkswagen, the BMW rival": an apposition, not a list
		}
		j = e
	}
	if j == b {
		return b
	}
	k := j
	if k < len(c.toks) && c.toks[k].Text == "," {
		k++
	}
	if k+1 < len(c.toks) && (c.toks[k].Text == "and" || c.toks[k].Text == "&") {
		if e := listItemEnd(c, k+1); e >= 0 {
			return e
		}
	}
	return b
}

// listItemEnd returns the end of the name that token k opens, alone or
// after "the" ("Friends of the Earth, the World Development Movement and
// War on Want"), or -1.
func listItemEnd(c *sentCtx, k int) int {
	if k+1 < len(c.toks) && c.toks[k].Text == "the" {
		k++
	}
	if k < len(c.toks) && c.ment[k] >= 0 && c.ms[c.ment[k]].t0 == k {
		return c.ms[c.ment[k]].t1
	}
	return -1
}

// groupOthers returns, for a statement whose speaker phrase is "they" or
// a plural description ("the two companies") resolved to the first of
// the coordination that spoke last (recentGroup), the coordination's other
// speakers: each of them speaks too.
func (ss *docState) groupOthers(c *sentCtx, s candidate) []int {
	if s.np[1] <= s.np[0] {
		return nil
	}
	w := strings.ToLower(c.toks[s.np[1]-1].Text)
	if w != "they" && !groupNouns[w] {
		return nil
	}
	g := ss.recentGroup(c)
	if len(g) < 2 || g[0] != s.speaker {
		return nil
	}
	return g[1:]
}

// apposComma reports whether token j is a comma that may open or close
// an apposition: one that is no part of a name ("Kidder, Peabody and Co",
// "Department for Environment, Food and Rural Affairs").
func apposComma(c *sentCtx, j int) bool {
	return c.toks[j].Text == "," && c.ment[j] < 0
}

// appositiveEnd returns the token after the comma that closes an
// appositive opened by the comma at token e ("quoted X, a delegate to
// the congress, as saying"), or e when there is none within a dozen
// tokens or a quotation, a clause break or a verb of saying comes first.
func appositiveEnd(c *sentCtx, e int) int {
	for j := e + 1; j < len(c.toks) && j <= e+12; j++ {
		w := c.toks[j].Text
		if c.quoted[j] || isClauseBreak(w) || w == ";" || w == ":" {
			return e
		}
		if w == "," {
			if j == e+1 {
				return e
			}
			return j + 1
		}
	}
	return e
}

// gerundCueAt reports whether a verb in the -ing form stands at token e,
// after "quoted X" ("quoted X criticising grain policy", "attacking",
// "telling"): a verb of saying or stance, or any lower-case word in -ing
// that is no preposition ("during", "including").
func (ss *docState) gerundCueAt(c *sentCtx, e int) bool {
	if !strings.HasSuffix(c.toks[e].Text, "ing") || c.quoted[e] {
		return false
	}
	if v, _, ok := ss.cl.cueTable.match(c.toks, e); ok && ss.cl.cues[v].kind == cueGerund {
		return true
	}
	if pol, _, ok := ss.cl.stance.match(c.toks, e); ok && pol != 0 {
		return true // "criticising", "praising"
	}
	// After "quoted X" any verb in -ing reports what X said or did in
	// words ("attacking grain policy", "defending the plan"), but for
	// the prepositions in -ing.
	w := strings.ToLower(c.toks[e].Text)
	return text.IsLower(c.toks[e].Text) && !ingPrepositions[w]
}

// ingPrepositions are the words in -ing that open a phrase, not a verb.
var ingPrepositions = map[string]bool{"during": true, "including": true, "according": true, "following": true,
	"regarding": true, "concerning": true, "excluding": true, "pending": true, "notwithstanding": true,
	"considering": true, "barring": true}

// maxPassiveComplement is the number of words a passive's complement may
// have between the participle and "by" outside quotation marks.
const maxPassiveComplement = 6

// passiveComplementEnd returns the index of the "by" that introduces the
// agent of the passive participle at token t after its complement, which
// starts at token after ("was dismissed [as “nonsense”] by", "was branded
// [a “disgrace”] by", "was described [as a step backwards] by"), or -1.
// The participle follows a passive auxiliary (adverbs may stand between),
// and the complement is a quotation or up to maxPassiveComplement words
// with no punctuation but quotation marks, no name and no function word
// or verb of its own: "was rejected by X" needs no complement, and "was
// described in detail by X" or "was approved, said a statement by X"
// have none. A time ("on Tuesday", "yesterday") may stand there too,
// and an accusation's charge after "of" or "for" may hold any words.
func passiveComplementEnd(c *sentCtx, t, after int) int {
	toks := c.toks
	if !passiveAuxBefore(c, t) || after >= len(toks) || toks[after].Text == "by" {
		return -1
	}
	// The charge of an accusation may hold anything but punctuation
	// ("was accused of misleading Parliament by X", "was blamed for the
	// delays by X").
	charge := accusationCue(strings.ToLower(toks[t].Text)) && (toks[after].Text == "of" || toks[after].Text == "for")
	words := 0
	for j := after; j < len(toks); j++ {
		w := toks[j].Text
		if w == "by" && !c.quoted[j] {
			if j == after || words == 0 && !c.quoted[j-1] {
				return -1
			}
			return j
		}
		if c.quoted[j] {
			continue
		}
		if n := timeAdverb(toks, j); n > 0 {
			// "was rejected on Tuesday by X": a time is no complement.
			words++
			j += n - 1
			continue
		}
		if charge && !text.IsPunct(w) {
			if words++; words > maxPassiveComplement {
				return -1
			}
			continue
		}
		if c.ment[j] >= 0 || text.IsPunct(w) || !text.IsLower(w) || j > after && w == "as" {
			return -1
		}
		switch {
		case j == after && w == "as", isArticleWord(w):
			// "as" opening the complement and articles count as no word
		default:
			if functionWord(w) || verbParticles[w] || strings.HasSuffix(w, "ing") {
				return -1 // "described in detail by", "was charged down by"
			}
			words++
			if words > maxPassiveComplement {
				return -1
			}
		}
	}
	return -1
}

// passiveAuxBefore reports whether the participle at token t follows a
// passive auxiliary, adverbs between them ("was widely reported", "has
// been branded", "was also expected").
func passiveAuxBefore(c *sentCtx, t int) bool {
	pv := t - 1
	for pv > 0 && (isAdverb(c.toks[pv].Text) || plainAdverbs[strings.ToLower(c.toks[pv].Text)]) {
		pv--
	}
	return pv >= 0 && isPassiveAux(c.toks[pv].Text)
}

// verbParticles are the adverb particles of phrasal verbs ("charged
// down", "played up"): after a participle they make another verb.
var verbParticles = map[string]bool{"down": true, "up": true, "off": true, "out": true, "away": true, "back": true,
	"over": true, "through": true, "around": true}

// passiveQuotedBefore returns the index of the auxiliary of "was quoted
// [today] as" right before the gerund at token t ("X was quoted today as
// saying"), or of "was quoted in|by …" a few words before it ("X was
// quoted in the Herald newspaper saying"), or -1.
func passiveQuotedBefore(c *sentCtx, t int) int {
	j := t - 1
	if j < 1 {
		return -1
	}
	if c.toks[j].Text != "as" {
		// "X was quoted in the Herald newspaper saying", "… quoted by
		// the agency as saying": where he was quoted, between.
		for k := j; k > 1 && k >= t-7; k-- {
			if w := c.toks[k].Text; w == "in" || w == "by" {
				if c.toks[k-1].Text == "quoted" && k >= 2 && isPassiveAux(c.toks[k-2].Text) {
					return k - 2
				}
				break
			}
			if text.IsPunct(c.toks[k].Text) || c.quoted[k] {
				break
			}
		}
		return -1
	}
	j--
	for n := 0; j > 0 && n < 2 && text.IsLower(c.toks[j].Text) && c.toks[j].Text != "quoted"; n++ {
		j-- // "today", "widely"
	}
	if j < 1 || c.toks[j].Text != "quoted" || !isPassiveAux(c.toks[j-1].Text) {
		return -1
	}
	return j - 1
}

// oneOfThose returns the subject of "X was among those who …" or "X was
// one of those who …", where "those" stands at token k: X is one of
// them, and speaks. -1 for any other "those who".
func (ss *docState) oneOfThose(c *sentCtx, k int) (int, [2]int) {
	toks := c.toks
	v := -1
	switch {
	case k >= 2 && toks[k-1].Text == "among":
		v = k - 2
	case k >= 3 && toks[k-1].Text == "of" && strings.EqualFold(toks[k-2].Text, "one"):
		v = k - 3
	}
	if v < 1 || !copulas[toks[v].Text] {
		return -1, [2]int{}
	}
	return ss.subjectBefore(c, v)
}

// relativeAntecedent returns the actor named right before the relative
// pronoun at token j ("X who", "X, who"; "which" for a state or
// organisation) with its phrase, or -1.
func (ss *docState) relativeAntecedent(c *sentCtx, j int) (int, [2]int) {
	w := c.toks[j].Text
	if w != "who" && w != "which" {
		return -1, [2]int{}
	}
	k := j - 1
	if k >= 0 && (c.toks[k].Text == "," || c.toks[k].Text == "-" || c.toks[k].Text == "–" || c.toks[k].Text == "—" || c.toks[k].Text == "(") {
		k-- // "The IAAF - which said it was surprised - is deciding"
	}
	if k >= 0 && reflexives[c.toks[k].Text] {
		k-- // "President George W Bush himself, who told"
	}
	if w == "who" && k == j-1 && k >= 0 && c.toks[k].Text == "those" {
		return ss.oneOfThose(c, k)
	}
	if k >= 0 && c.toks[k].Text == ")" {
		// "General Motors Acceptance Corp (GMAC), which has said": the
		// name before its acronym in brackets.
		if o := openingBracket(c, k); o > 0 {
			k = o - 1
		}
	}
	if k < 0 || c.ment[k] < 0 || c.quoted[k] {
		return -1, [2]int{}
	}
	m := c.ms[c.ment[k]]
	// British news calls a party, or a body named in the plural, "who"
	// ("the Conservatives who said", "Labour, who argue").
	people := ss.actors[m.actorIndex].kind == lexicon.KindPerson ||
		w == "who" && ss.actors[m.actorIndex].kind == lexicon.KindOrg && (ss.isParty(m.actorIndex) || ss.pluralName(m.actorIndex))
	if m.t1 != k+1 || people != (w == "who") {
		return -1, [2]int{}
	}
	// "Italy, France and Greece, which backed …": the whole list of
	// states or organisations, whose other parts otherConjuncts reads;
	// not of people ("he met A and B, who said" is often B alone), nor
	// before a verb in the singular ("A and B, which has said").
	first := m
	for p := m.t0 - 1; p > 0 && w == "which" && !singularVerbAt(c.toks, j+1); {
		if sep := c.toks[p].Text; sep != "and" && sep != "," || c.ment[p-1] < 0 {
			break
		}
		prev := c.ms[c.ment[p-1]]
		if ss.actors[prev.actorIndex].kind != ss.actors[m.actorIndex].kind || c.quoted[prev.t0] {
			break
		}
		first, p = prev, prev.t0-1
	}
	return first.actorIndex, [2]int{first.t0, m.t1}
}

// withheldFrom reports whether a verb of taking back stands before the
// stance noun at token t, a determiner aside ("would withhold support from
// X", "withdrew its backing from X"): the actor after "from" is who loses
// the support.
func withheldFrom(toks []text.Token, t int) bool {
	k := t - 1
	if k >= 0 && determiners[strings.ToLower(toks[k].Text)] {
		k--
	}
	return k >= 0 && withholdVerbs[strings.ToLower(toks[k].Text)]
}

// withholdVerbs take support back from someone.
var withholdVerbs = map[string]bool{"withhold": true, "withholds": true, "withheld": true, "withholding": true,
	"withdraw": true, "withdraws": true, "withdrew": true, "withdrawn": true, "withdrawing": true}

// lastCollective returns the state or organisation that spoke last in
// this sentence or the previous one, or -1.
func (ss *docState) lastCollective(found []candidate) int {
	for i := len(found) - 1; i >= 0; i-- {
		if ss.actors[found[i].speaker].kind != lexicon.KindPerson {
			return found[i].speaker
		}
	}
	return ss.collective
}

// invertedSpeaker reads the speaker after an inverted reporting verb
// ("said Yuri Ushakov, Putin's aide."): the phrase must end the clause.
func (ss *docState) invertedSpeaker(c *sentCtx, p int) (int, [2]int) {
	toks := c.toks
	the := p < len(toks) && toks[p].Text == "the"
	if the {
		p++
	}
	// "…,” said its chairman, Sir Anthony Greener.", "said the union's
	// general secretary, Mark Serwotka": the person named after the role
	// speaks.
	if a, np, ok := ss.roleThenName(c, p); ok {
		return a, np
	}
	b := ss.npFwd(c, p)
	if the && b == p+1 && endsInvertedName(toks, b) {
		if d, _ := ss.demonymPerson(c, p); d >= 0 {
			return d, [2]int{p - 1, b} // "“…,” said the Irishman."
		}
	}
	if a, np, ok := ss.nameAfterRole(c, p); ok && np[1] >= b {
		return a, np
	}
	if b <= p {
		if the {
			return ss.invertedDescription(c, p)
		}
		return -1, [2]int{}
	}
	if b+1 < len(toks) && c.quoted[b] && !c.quoted[b-1] && text.IsLower(toks[b+1].Text) {
		// A quotation that opens after the name in the middle of a
		// clause: the name is the subject of the words reported ("…,
		// said Turkey “has no role to play”"), not a speaker, as in
		// "said Mr Ingram “For what we are seeing …”" (a full stop
		// left out) or "said John “Bud” Frazier".
		return -1, [2]int{}
	}
	if b < len(toks) && !text.IsPunct(toks[b].Text) {
		switch w := toks[b].Text; {
		case afterInvertedSubject[w]:
		case w == "of":
			// "said Tom Skeens of Brownsville", "said Estelle Morris of
			// the findings": a person's name ends the phrase; what "of"
			// adds is no actor (nameAfterRole read an employer).
			if mi := c.ment[b-1]; mi < 0 || c.ms[mi].t1 != b || ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindPerson {
				return -1, [2]int{}
			}
		default:
			return -1, [2]int{}
		}
	}
	return ss.headOf(c, p, b), [2]int{p, b}
}

// invertedDescription reads a definite description after an inverted
// verb of saying, its "the" right before token p, as describedBefore
// reads one before the verb ("“…,” said the firm.", "…, said the German
// exchange.", "…, said the European cross-country champion."): up to
// seven words and hyphens, none a function word, that end the clause.
func (ss *docState) invertedDescription(c *sentCtx, p int) (int, [2]int) {
	toks := c.toks
	e := p
	for e < len(toks) && e < p+7 && (!text.IsPunct(toks[e].Text) || hyphenJoins(toks, e)) && !c.quoted[e] &&
		!functionWord(strings.ToLower(toks[e].Text)) {
		e++
	}
	if e == p || e < len(toks) && toks[e].Text != "." && toks[e].Text != "," {
		return -1, [2]int{}
	}
	if d, _ := ss.describedSpeaker(c, e-1); d >= 0 {
		return d, [2]int{p - 1, e}
	}
	return -1, [2]int{}
}

// describedSpeaker resolves a definite description that ends at token k
// next to a reporting verb: a body's ("the company", describedBefore),
// else a person's ("the singer", "the Lions coach", personDescribed). It
// returns the actor and the phrase's first token, or -1.
func (ss *docState) describedSpeaker(c *sentCtx, k int) (int, int) {
	if d, s := ss.describedBefore(c, k); d >= 0 {
		return d, s
	}
	return ss.personDescribed(c, k)
}

// afterInvertedSubject are the words that may follow the subject of an
// inverted verb of saying where its phrase ends ("said X on Monday",
// "said X after the meeting", "said X, who …", "said X afterwards",
// "said X as lead manager"), and the adjectives and participles that
// open a phrase after a speaker's noun and tell more of the speaker ("said
// a senior Peruvian official responsible for debt affairs", "said a
// Western diplomat familiar with the talks", "said one official speaking
// after the vote").
var afterInvertedSubject = map[string]bool{"on": true, "in": true, "at": true, "after": true, "before": true,
	"during": true, "late": true, "earlier": true, "this": true, "last": true, "told": true, "who": true, "when": true,
	"while": true, "today": true, "yesterday": true, "tonight": true, "later": true, "afterwards": true, "ahead": true,
	"as": true, "responsible": true, "familiar": true, "involved": true, "close": true, "speaking": true,
	"representing": true, "asked": true}

// endsInvertedName reports whether token e, right after a person's name
// that follows an inverted verb of saying, ends the speaker phrase: the
// sentence's end, punctuation, or a word of afterInvertedSubject
// ("said Culture Secretary Tessa Jowell after the meeting") other than
// "at", which names the person's employer there ("said analyst X at Y").
func endsInvertedName(toks []text.Token, e int) bool {
	return e >= len(toks) || toks[e].Text == "." || toks[e].Text == "," || afterInvertedSubject[toks[e].Text] && toks[e].Text != "at"
}

// clauseEnd returns the end of the clause that goes on at token k: the
// full stop, or a comma before a word in lower case or a quotation mark
// ("…, adding that …", "…, who …"), or the quotation that starts; the
// sentence's end if none.
func clauseEnd(c *sentCtx, k int) int {
	toks := c.toks
	for ; k < len(toks); k++ {
		w := toks[k].Text
		if w == "." || c.quoted[k] || w == ";" {
			return k
		}
		if w == "," && (k+1 >= len(toks) || text.IsLower(toks[k+1].Text) || c.quoted[k+1] || text.IsOpenQuote(toks[k+1].Text)) {
			return k
		}
	}
	return k
}

// roleThenName returns the person named in apposition after the role
// phrase that follows an inverted verb of saying at token p ("its
// chairman, Sir Anthony Greener.", "the union's general secretary, Mark
// Serwotka", "the chairman of the committee, Barry Sheerman"): the
// phrase, up to a comma within eight tokens, names no one itself and holds
// a title or an official's noun; after the comma a title, or words that
// say who the person is (nameAfterRole: "Labour MP Barry Sheerman"), may
// stand before the name, and the name ends the clause. A description that
// "a", "another", "one" or "the" opens needs no title ("said a witness,
// Fiona Hill").
func (ss *docState) roleThenName(c *sentCtx, p int) (int, [2]int, bool) {
	toks := c.toks
	b := p
	for b < len(toks) && b < p+8 && toks[b].Text != "," {
		if c.quoted[b] || text.IsPunct(toks[b].Text) && !text.IsPossessive(toks[b].Text) {
			return -1, [2]int{}, false
		}
		b++
	}
	if b == p || b+1 >= len(toks) || toks[b].Text != "," || c.quoted[b+1] {
		return -1, [2]int{}, false
	}
	role := false
	for j := p; j < b; j++ {
		if m := c.ment[j]; m >= 0 && ss.actors[c.ms[m].actorIndex].kind == lexicon.KindPerson {
			return -1, [2]int{}, false // a name of its own: "said Mark Serwotka, …"
		}
		if ss.cl.official.has(toks[j].Text) {
			role = true
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[j:b]); ok && n > 0 {
			role = true
		}
	}
	if !role {
		// "said a witness, Fiona Hill.", "said another witness in the
		// inquiry, former adviser Fiona Hill.": any description a
		// determiner opens names the person in apposition after it.
		switch w := strings.ToLower(toks[p].Text); {
		case w == "a" || w == "an" || w == "another" || w == "one":
		case p > 0 && strings.EqualFold(toks[p-1].Text, "the") && text.IsLower(toks[p].Text):
		default:
			return -1, [2]int{}, false
		}
	}
	n := b + 1
	if k, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[n:]); ok && k > 0 && c.ment[n] < 0 {
		n += k // "Sir", "Professor", "Dr"
	}
	mi := c.ment[min(n, len(toks)-1)]
	if n >= len(toks) || mi < 0 || c.ms[mi].t0 != n || ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindPerson {
		// Words that say who the person is may stand before the name:
		// "the chairman of the committee, Labour MP Barry Sheerman".
		if a, np, ok := ss.nameAfterRole(c, b+1); ok {
			return a, [2]int{p, np[1]}, true
		}
		return -1, [2]int{}, false
	}
	if e := c.ms[mi].t1; e < len(toks) && toks[e].Text != "." && toks[e].Text != "," {
		return -1, [2]int{}, false
	}
	return c.ms[mi].actorIndex, [2]int{p, c.ms[mi].t1}, true
}

// nameAfterRole returns the person named at the end of the phrase that
// follows an inverted verb of saying at token p, after words that say who
// the person is, which the word lists need not know: "said GM chief
// executive Rick Wagoner.", "said Treasurer Peter Costello.", "said EFF
// lawyer Kurt Opsahl.", "said energy analyst Orin Middleton of Barclays
// Capital.", "said 20-year-old politics student Nick Vaughan." Up to six
// words (a hyphenated word counts once) or names of states and
// organisations stand before the person's name ("and" or "of" only inside
// a title written in capitals, and "and" between two nouns of roles:
// "vice president and treasurer"), and the name ends the clause (a full
// stop, a comma, or "of", "at", "from" or "for" and a name; "from" also
// before a capitalised word the tagger did not read: "Seth Heine from
// RIPMobile").
func (ss *docState) nameAfterRole(c *sentCtx, p int) (int, [2]int, bool) {
	toks := c.toks
	for j, n := p, 0; j < len(toks) && n < 7; n++ {
		if c.quoted[j] {
			break
		}
		if mi := c.ment[j]; mi >= 0 {
			m := c.ms[mi]
			if ss.actors[m.actorIndex].kind == lexicon.KindOrg && ss.rolesOnly(c, p, j) && endsInvertedName(toks, m.t1) {
				// A firm named right after one to three nouns of its role
				// ends the phrase: "said lead manager Morgan Stanley and Co
				// Inc.", "said market analysts Chart-Track."
				return m.actorIndex, [2]int{p, m.t1}, true
			}
			if ss.actors[m.actorIndex].kind != lexicon.KindPerson {
				j = m.t1
				if j < len(toks) && text.IsPossessive(toks[j].Text) {
					j++ // "the union's general secretary X"
				}
				continue
			}
			e := m.t1
			if e < len(toks) && generation(toks[e].Text) {
				e++ // "said FCS chairman Nicholas Gallo III."
			}
			switch {
			case endsInvertedName(toks, e):
			case m.t1-m.t0 == 1 && ss.roleNounAt(c, e):
				// A one-word name before a noun of a role names the firm
				// or body the person works for, which the tagger read as a
				// person ("said Global Insight analyst Howard Archer"):
				// the person's name follows.
				j = m.t1
				continue
			case toks[e].Text == "of" || toks[e].Text == "at" || toks[e].Text == "from" || toks[e].Text == "for":
				// "… Orin Middleton of Barclays Capital": the employer
				// belongs to the phrase, no target.
				k := e + 1
				if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
					k++
				}
				switch {
				case k < len(toks) && c.ment[k] >= 0:
					e = c.ms[c.ment[k]].t1
				case toks[e].Text == "from" && k < len(toks) && !text.IsLower(toks[k].Text) && !text.IsPunct(toks[k].Text):
					e = clauseEnd(c, k) // "… Seth Heine from RIPMobile", a firm the tagger did not read
				case toks[e].Text != "of":
					return -1, [2]int{}, false
				default:
					// "… Estelle Morris of the findings", "… of
					// Brownsville", "… of brokerage James Capel and Co",
					// "… of Kidder, Peabody and Co": what "of" adds belongs
					// to the phrase, to the clause's end.
					e = clauseEnd(c, k)
				}
			default:
				return -1, [2]int{}, false
			}
			return m.actorIndex, [2]int{p, e}, true
		}
		w := toks[j].Text
		switch lw := strings.ToLower(w); {
		case lw == "its" || lw == "his" || lw == "her" || lw == "their" || isArticleWord(w):
		case (lw == "and" || lw == "of" || lw == "&") && j > p && !text.IsLower(toks[j-1].Text) && j+1 < len(toks) &&
			!text.IsLower(toks[j+1].Text) && c.ment[j+1] < 0:
			// inside a title written in capitals: "Economic and Fiscal
			// Policy Minister Heizo Takenaka"
		case lw == "and" && j > p && j+1 < len(toks) && ss.roleNounAt(c, j-1) && ss.roleNounAt(c, j+1):
			// between two nouns of roles: "BIFA founder and director
			// Elliot Grove", "chairman and chief executive X"
		case text.IsPunct(w) && w != "-" || functionWord(lw) || isPronoun(w):
			return -1, [2]int{}, false
		}
		if w == "-" || j > p && toks[j-1].Text == "-" {
			n-- // a hyphenated word counts once: "20-year-old politics student X"
		}
		j++
	}
	return -1, [2]int{}, false
}

// roleNounAt reports whether token k may be a noun that says who a person
// is ("analyst", "producer", "organiser"): a word in lower case that is no
// function word, no verb of saying or stance and no participle in -ed or
// -ing ("says Lord Goldsmith warned Tony Blair").
func (ss *docState) roleNounAt(c *sentCtx, k int) bool {
	w := c.toks[k].Text
	if !text.IsLower(w) || functionWord(w) || prepositions[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	_, _, cue := ss.cl.cueTable.match(c.toks, k)
	return !cue
}

// prepositions are the prepositions that functionWord leaves out.
var prepositions = map[string]bool{"about": true, "above": true, "across": true, "after": true, "against": true,
	"among": true, "around": true, "before": true, "behind": true, "below": true, "beside": true, "between": true,
	"beyond": true, "despite": true, "during": true, "inside": true, "into": true, "like": true, "near": true,
	"over": true, "per": true, "since": true, "than": true, "through": true, "toward": true, "towards": true,
	"under": true, "until": true, "upon": true, "via": true, "within": true, "without": true}

// rolesOnly reports whether tokens [a, b) are one to three nouns of a
// role (roleNounAt).
func (ss *docState) rolesOnly(c *sentCtx, a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if !ss.roleNounAt(c, k) {
			return false
		}
	}
	return true
}

// generation reports whether w is the generation written after a
// person's name ("Jr", "III").
func generation(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Jnr", "Sr", "Snr", "II", "III", "IV":
		return true
	}
	return false
}

// inverts reports whether a reporting verb can come before its subject
// after a plain comma.
func inverts(w string) bool {
	switch w {
	case "said", "says", "say", "added", "adds", "wrote", "writes", "noted", "explained", "stated", "declared", "continued", "reported", "reports":
		return true
	}
	return false
}

// spokesNoun reports whether w is "spokesman", "spokeswoman" or
// "spokesperson".
func spokesNoun(w string) bool {
	return w == "spokesman" || w == "spokeswoman" || w == "spokesperson"
}

// officialReach is how many sentences back "the spokesman" may still be
// the unnamed spokesman the article introduced (spokesSpoke).
const officialReach = 12

// sitePreps are the prepositions that place a thing by a building or a
// site ("a billboard opposite the Palace of Westminster").
var sitePreps = map[string]bool{"opposite": true, "outside": true, "beside": true, "behind": true, "near": true,
	"across": true, "alongside": true}

// isPassiveAux reports whether w makes the following participle passive.
func isPassiveAux(w string) bool {
	switch w {
	case "was", "were", "been", "being", "be", "is", "are":
		return true
	}
	return false
}

// subjectBefore finds the subject of the verb at token t: the phrase that
// ends right before it, after auxiliaries and adverbs ("has privately
// expressed"), or before a parenthesis between commas ("X, who …, said").
// A parenthesis that starts with "including" or "such as" names the
// speaker itself ("leaders, including X, discussed"). A company name in
// the wire's angle brackets ("<Austmet Ltd> said") is a subject as any
// other.
//
// The agent of a participle of asking is not the subject: in "economists
// polled by Reuters said", "a Fiat spokesman contacted by Reuters said"
// the outlet asked, and the subject is the phrase before the participle
// (the economists, whom the story does not name, or Fiat's spokesman).
// Nor is the state or body an envoy is sent to ("the Soviet ambassador to
// the United States said"): the phrase before "to" is.
func (ss *docState) subjectBefore(c *sentCtx, t int) (int, [2]int) {
	a, np := ss.phraseBefore(c, t)
	if a >= 0 && np[0] >= 2 && c.toks[np[0]-1].Text == "by" && askedParticiples[strings.ToLower(c.toks[np[0]-2].Text)] {
		return ss.phraseBefore(c, np[0]-2)
	}
	if a >= 0 && np[0] >= 2 && c.toks[np[0]-1].Text == "to" && envoyNouns[strings.ToLower(c.toks[np[0]-2].Text)] &&
		ss.actors[a].kind != lexicon.KindPerson {
		// "Pakistan's High Commissioner to Britain said", "the Soviet
		// ambassador to the United States said": the envoy speaks for
		// the state that sent him, not the one he is sent to (a name
		// after it is his: "Portuguese Ambassador to China Octavio
		// Valerio said").
		return ss.phraseBefore(c, np[0]-1)
	}
	return a, np
}

// parentheticalAdverbs are the sentence adverbs that news sets off with
// commas between a subject and its verb ("X, however, said").
var parentheticalAdverbs = map[string]bool{"however": true, "though": true, "meanwhile": true, "too": true,
	"also": true, "moreover": true, "nevertheless": true, "nonetheless": true, "instead": true, "therefore": true,
	"indeed": true, "meantime": true, "separately": true, "later": true, "earlier": true, "again": true}

// envoyNouns are the nouns of people and bodies sent to a state or an
// organisation to speak for another ("ambassador to", "envoy to",
// "permanent representative to", "delegation to").
var envoyNouns = map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true,
	"commissioner": true, "representative": true, "representatives": true, "delegate": true, "delegates": true,
	"delegation": true, "consul": true, "emissary": true, "emissaries": true, "attache": true, "observer": true,
	"mission": true, "nuncio": true, "legate": true}

// askedParticiples are the participles of asking someone for a view,
// whose agent is the one who asked ("polled by Reuters").
var askedParticiples = map[string]bool{"polled": true, "surveyed": true, "contacted": true, "interviewed": true,
	"canvassed": true, "sampled": true, "consulted": true}

// phraseBefore is subjectBefore without its tests for the agent of a
// participle of asking and for the host of an envoy.
func (ss *docState) phraseBefore(c *sentCtx, t int) (int, [2]int) {
	toks := c.toks
	k := ss.skipBack(c, t-1)
	// "Fairchild management, however, warned": a sentence adverb between
	// commas stands between the subject and its verb as an adverb does
	// without them.
	for k >= 3 && toks[k].Text == "," && parentheticalAdverbs[strings.ToLower(toks[k-1].Text)] && toks[k-2].Text == "," && !c.quoted[k-1] {
		k = ss.skipBack(c, k-3)
	}
	if k < 0 || c.quoted[k] {
		return -1, [2]int{}
	}
	// "the Irishman said": a person of that nationality, not the state.
	if p, s := ss.demonymPerson(c, k); p >= 0 {
		return p, [2]int{s, k + 1}
	}
	// "Atlantic Research corp said": wire copy that writes a company's
	// legal form in lower case after the name the extraction read, when
	// the name opens the sentence or follows the comma after the words
	// reported ("…, Boeing co said."); not inside a person's apposition
	// ("Paul Mlotok, oil analyst with Salomon Brothers inc said").
	if k > 0 && text.IsLower(toks[k].Text) && lowerLegalForms[toks[k].Text] && c.ment[k-1] >= 0 &&
		ss.actors[c.ms[c.ment[k-1]].actorIndex].kind == lexicon.KindOrg {
		m := c.ms[c.ment[k-1]]
		if m.t1 == k && (ss.opensSentence(c, m.t0) || m.t0 > 0 && toks[m.t0-1].Text == "," && (t+1 >= len(toks) || text.IsPunct(toks[t+1].Text))) {
			return m.actorIndex, [2]int{m.t0, k + 1}
		}
	}
	// "Merrill Lynch in London said", "The Justice Department in January
	// said": where or when the subject spoke stands between it and the
	// verb.
	if in := ss.inPlaceOrTime(c, k); in > 0 && c.ment[in-1] >= 0 && c.ms[c.ment[in-1]].via == lexicon.ViaName {
		// The subject ends right before "in", or is the person of an
		// apposition that does ("X, chief economist at Y in Frankfurt").
		// Only a named subject: "Officials in Jakarta said" speak for
		// the state of the place, as before.
		if s, np := ss.subjectBefore(c, in); s >= 0 && (np[1] == in || np[1] < in && toks[np[1]].Text == ",") &&
			(np[0] == 0 || !subjectPreps[strings.ToLower(toks[np[0]-1].Text)]) && namesActor(c, np, s) {
			return s, np
		}
	}
	// "The Qualifications and Curriculum Authority (QCA) has told", "Mr
	// Smith (Labour, Bolton) said", "Hal Daub (R-Nebr.), said": a
	// parenthesis in brackets after the name stands between the subject
	// and its verb, with or without a comma after it.
	if toks[k].Text == "," && k > 0 && toks[k-1].Text == ")" && !commaBefore(c, k-1) {
		k-- // the comma closes no apposition: nothing before it opened one
	}
	if toks[k].Text == ")" {
		if a, np := ss.bracketedName(c, k); a >= 0 {
			return a, np
		}
		j := openingBracket(c, k)
		if j < 0 {
			return -1, [2]int{}
		}
		k = ss.skipBack(c, j-1)
		if k < 0 || c.quoted[k] {
			return -1, [2]int{}
		}
	}
	if wireBracketEnd(c, k) {
		// "<Metal Traders Australasia Ltd> said", "<Industrial Equity
		// Ltd> (IEL) said": the wire's brackets around the name of a
		// company that is not listed.
		k--
	}
	// "Lord Bingham - a senior law lord - said": a parenthesis between
	// dashes stands where one between commas does.
	if spacedDash(c, k) {
		closing := k
		j := k - 1
		for j >= 0 && j > k-40 && !spacedDash(c, j) && toks[j].Text != ";" && toks[j].Text != ":" {
			if c.quoted[j] {
				// A few quoted words inside the parenthesis ("- who
				// gained fame as one of the "metric martyrs" -") are a
				// name for something, not a quotation that ends there.
				r := scareQuoteStart(c, j)
				if r < 0 {
					break
				}
				j = r
			}
			j--
		}
		if j < 0 || !spacedDash(c, j) {
			return -1, [2]int{}
		}
		k = ss.skipBack(c, j-1)
		if k < 0 || c.quoted[k] || text.IsPunct(toks[k].Text) {
			return -1, [2]int{}
		}
		// The phrase must be the subject, not the object of a
		// preposition ("director of CB Richard Ellis - a property firm -
		// told", "airlines in the US - American and Southwest - said").
		a := ss.npBack(c, k)
		if a <= k && (a == 0 || !placePreps[strings.ToLower(toks[a-1].Text)] && !dashObjectPreps[strings.ToLower(toks[a-1].Text)]) {
			return ss.headOf(c, a, k+1), [2]int{a, k + 1}
		}
		// "The only two Arab states to have signed peace treaties with
		// Israel - Egypt and Jordan - also criticised": after such an
		// object, names alone between the dashes are the subject's.
		if a <= k && j+1 < closing && ss.npFwd(c, j+1) == closing && c.ment[j+1] >= 0 && !demonymIn(c, j+1, closing) {
			if h := ss.headOf(c, j+1, closing); h >= 0 && ss.actors[h].kind != lexicon.KindPerson {
				return h, [2]int{j + 1, closing}
			}
		}
		return -1, [2]int{}
	}
	if toks[k].Text == "," {
		if b, np := ss.bracketedOpener(c, k); b >= 0 {
			return b, np
		}
		j := k - 1
		for j >= 0 && j > k-40 && !apposComma(c, j) && !c.quoted[j] && !isClauseBreak(toks[j].Text) {
			j--
		}
		if j < 0 && k > 0 {
			// "Sears Roebuck and Co, said it …", "The men's solicitor
			// Matthew Knight, said": a comma after a subject that opens
			// the sentence, which nothing before it opened, is a slip of
			// the pen; the phrase is the subject when it is all of the
			// words before the comma.
			return ss.strayCommaSubject(c, t, k)
		}
		if j < 0 || toks[j].Text != "," {
			return -1, [2]int{}
		}
		seg := j + 1
		switch strings.ToLower(toks[seg].Text) {
		case "including", "among":
			b := ss.npFwd(c, seg+1)
			return ss.headOf(c, seg+1, b), [2]int{seg + 1, b}
		case "such":
			if seg+1 < k && toks[seg+1].Text == "as" {
				b := ss.npFwd(c, seg+2)
				return ss.headOf(c, seg+2, b), [2]int{seg + 2, b}
			}
		}
		// "The Shadow Secretary, Theresa May, said": the name between the
		// commas speaks unless a person stands before them; so does
		// "…, Ambassador Stefan Johannesson of Iceland, said".
		inner, innerNP := -1, [2]int{}
		innerBody := false // a state or organisation named between the commas
		if b := ss.npFwd(c, seg); b == k {
			if h := ss.headOf(c, seg, b); h >= 0 && ss.actors[h].kind == lexicon.KindPerson {
				inner, innerNP = h, [2]int{seg, b}
			} else if h >= 0 && j > 0 && c.ment[j-1] >= 0 && c.ms[c.ment[j-1]].actorIndex == h {
				// "Michio Watanabe, deputy secretary general of the
				// ruling Liberal Democratic Party, LDP, said": the body's
				// acronym after its name, inside the apposition before.
				if p, np := ss.personBeforeAppositions(c, j); p >= 0 {
					return p, np
				}
			} else if h >= 0 && !ss.isMedia(h) && (c.ment[seg] >= 0 && c.ms[c.ment[seg]].via == lexicon.ViaName ||
				seg+1 < b && strings.EqualFold(toks[seg].Text, "the") && c.ment[seg+1] >= 0 && c.ms[c.ment[seg+1]].via == lexicon.ViaName) {
				innerBody = true // a name, not "quoting official sources"
			}
		} else if p, np := ss.personOfBefore(c, k-1); p >= 0 && np[0] >= seg {
			inner, innerNP = p, np
		}
		if p := ss.describedName(c, seg, k); inner < 0 && !innerBody && p >= 0 {
			if ss.actors[p].kind == lexicon.KindPerson {
				inner, innerNP = p, [2]int{seg, k}
			} else if !ss.isMedia(p) && ss.describedBodyBefore(c, j) {
				// "John Smith, an economist at Barclays, the British
				// bank, said": the description is the body's, in an
				// apposition to the person who opens the sentence.
				if pp, np := ss.personBeforeAppositions(c, j); pp >= 0 {
					return pp, np
				}
				// "One of the foreign bidders, steel giant LNM, told": a
				// body after the words that describe it.
				return p, [2]int{seg, k}
			}
		}
		if innerBody {
			// "The firm, Paion, said", "One of the bidders, LNM, said",
			// "Manufacturers' organisation, the EEF, said": the body
			// named in an apposition to a description that opens the
			// sentence.
			if d := ss.describedBodyBefore(c, j); d {
				b := ss.npFwd(c, seg)
				return ss.headOf(c, seg, b), [2]int{seg, b}
			}
		}
		k = ss.skipBack(c, j-1)
		// "The Open Society Institute (OSI), financed by George Soros,
		// has accused": brackets before the commas.
		if k > 0 && toks[k].Text == ")" {
			if o := openingBracket(c, k); o >= 0 {
				k = ss.skipBack(c, o-1)
			}
		}
		// "<Meston Lake Resources Inc>, 65.3 pct owned by Campbell
		// Resources Inc, said": the wire's brackets before the commas.
		if wireBracketEnd(c, k) {
			k--
		}
		// "Robert Jackson, 58, the MP for Wantage, said": an age between
		// commas before the parenthesis.
		if k > 1 && isAge(toks[k].Text) && toks[k-1].Text == "," && inner < 0 {
			k = ss.skipBack(c, k-2)
		}
		if k < 0 || c.quoted[k] || text.IsPunct(toks[k].Text) {
			return inner, innerNP
		}
		a := ss.npBack(c, k)
		if o, np := ss.ownerOfWhose(c, a); o >= 0 {
			// "Halvor Steel Co, whose chief executive, Tomas Herrey, once
			// ran a bank, said": the names of the relative clause are
			// no subject; its owner, who opens the sentence, speaks.
			return o, np
		}
		pa := a // "Isaac, now president of the Secura Group, a consulting firm, said": adverbs open the apposition
		for pa > 0 && pa <= k && (plainAdverbs[strings.ToLower(toks[pa-1].Text)] || isAdverb(toks[pa-1].Text)) {
			pa--
		}
		if a <= k && inner < 0 && pa > 0 && (toks[pa-1].Text == "," || subjectPreps[strings.ToLower(toks[pa-1].Text)]) {
			// "Tomas Neuman, who gave the stock to the Tudor Trust, of
			// which he is trustee, said": a name after a preposition
			// is the object in a relative clause, not the subject.
			// "John Smith, an economist at Barclays, the British bank,
			// said": the phrase before the commas is itself an
			// apposition, the bank's description another; the person
			// who opens the sentence speaks.
			if p, np := ss.personBeforeAppositions(c, j); p >= 0 {
				return p, np
			}
			// "Goldman Sachs, responding to the indictment of X, who
			// heads its unit, said": the name is the object in a
			// participle's phrase after the subject that opens the
			// sentence.
			if o, np := ss.subjectBeforeParticiple(c, a); o >= 0 {
				return o, np
			}
		}
		if mi := c.ment[k]; a <= k && inner < 0 && mi >= 0 && c.ms[mi].t1 == k+1 {
			if p, np := ss.personOfBody(c, c.ms[mi]); p >= 0 {
				// "Arthur Mitchell of Coudert Brothers, a U.S. law firm,
				// told …": the apposition tells of his firm; he speaks.
				return p, np
			}
		}
		if a <= k {
			if inner >= 0 && !ss.namesSpeakingPerson(c, a, k+1) {
				// "Its president, Ursula von der Leyen, said", "Cosby's
				// lawyer, Walter M Phillips Jr, said"
				return inner, innerNP
			}
			if h := ss.headOf(c, a, k+1); h >= 0 && (inner < 0 || ss.actors[h].kind == lexicon.KindPerson) {
				return h, [2]int{a, k + 1}
			}
		}
		// "The company, which makes pumps in Ohio, said": a description
		// that is the subject, not the object of a preposition.
		if d, s := ss.describedBefore(c, k); inner < 0 && d >= 0 && (s == 0 || !placePreps[strings.ToLower(toks[s-1].Text)] && toks[s-1].Text != "of") {
			return d, [2]int{s, k + 1}
		}
		if inner < 0 {
			// "Hans Reckers, a board member of Germany's central bank,
			// the Bundesbank, said": a person who opens the sentence
			// before more than one apposition.
			if p, np := ss.personBeforeAppositions(c, j); p >= 0 {
				return p, np
			}
		}
		return inner, innerNP
	}
	if p, np := ss.personOfBefore(c, k); p >= 0 {
		return p, np
	}
	if p, np := ss.personBeforeOpenApposition(c, k); p >= 0 {
		return p, np
	}
	if o, np := ss.companyOfficials(c, k); o >= 0 {
		return o, np
	}
	a := ss.npBack(c, k)
	if a > k {
		// "Chrysler Corp's Chrysler Motors unit said", "The GM unit
		// said": the organisation named right before the noun of a
		// subsidiary (the unit itself when it has a name).
		if unitNouns[strings.ToLower(toks[k].Text)] && k > 0 {
			if mi := c.ment[k-1]; mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindOrg {
				st := ss.npBack(c, k-1)
				if st > k-1 {
					st = c.ms[mi].t0
				}
				return c.ms[mi].actorIndex, [2]int{st, k + 1}
			}
		}
		// "Mark Serwotka, from the Public and Commercial Services union
		// said": a body's name and the noun of its kind in lower case
		// end an apposition left open, as the name alone does.
		if _, ok := orgNouns[strings.ToLower(toks[k].Text)]; ok && k > 0 {
			if mi := c.ment[k-1]; mi >= 0 && c.ms[mi].t1 == k && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindOrg {
				if p, np := ss.unclosedApposition(c, c.ms[mi].t0); p >= 0 {
					return p, np
				}
			}
		}
		// "The company said", "The singer said": a description of a
		// body named before or of the person just named.
		if d, s := ss.describedSpeaker(c, k); d >= 0 {
			return d, [2]int{s, k + 1}
		}
		return ss.aboutPhraseBefore(c, k)
	}
	if mi := c.ment[k]; mi >= 0 {
		if p, np := ss.unclosedApposition(c, c.ms[mi].t0); p >= 0 {
			return p, np
		}
	}
	if a >= 2 && a <= k && toks[a-1].Text == "to" && deliveredWords[toks[a-2].Text] {
		return -1, [2]int{} // "A letter sent to X said", "a report presented to X said": X received it
	}
	h := ss.headOf(c, a, k+1)
	if h >= 0 && ss.actors[h].kind == lexicon.KindState && c.ment[k] >= 0 && c.ms[c.ment[k]].actorIndex == h && (ss.peopleIn(c, a) || ss.thingIn(c, a)) {
		return -1, [2]int{} // "Traders in Singapore said": where they are, not who speaks
	}
	if h < 0 {
		// "The MP said", "the Veritas MEP said": a person's role in
		// capitals, as a description of the person just named.
		if p, s := ss.personDescribed(c, k); p >= 0 {
			return p, [2]int{s, k + 1}
		}
	}
	return h, [2]int{a, k + 1}
}

// deliveredWords are the participles of handing a document over and the
// nouns of one addressed to someone ("a letter sent to X", "a report
// presented to X", "a letter to X"), after which "to" names whom it went
// to, not who wrote it.
var deliveredWords = map[string]bool{"sent": true, "addressed": true, "written": true, "delivered": true,
	"presented": true, "submitted": true, "handed": true, "leaked": true, "letter": true, "letters": true,
	"message": true, "memo": true, "note": true, "petition": true}

// pressNouns name a country's media or newspapers as a whole, which
// report and comment but speak for no government ("Israeli media", "the
// Soviet press", "Brazilian newspapers"), unless they are its state's
// ("state media", "the state press").
var pressNouns = map[string]bool{"media": true, "press": true, "newspapers": true, "papers": true}

// ownerOfWhose returns the actor named by the mention that opens the
// sentence and ends right before ", whose", when that relative clause
// runs on to token a (no clause break, quotation or verb of saying before
// it), and the tokens that name the actor; -1 when there is none.
func (ss *docState) ownerOfWhose(c *sentCtx, a int) (int, [2]int) {
	toks := c.toks
	for w := min(a, len(toks)) - 1; w >= 2; w-- {
		if c.quoted[w] || isClauseBreak(toks[w].Text) {
			return -1, [2]int{}
		}
		if !strings.EqualFold(toks[w].Text, "whose") {
			continue
		}
		if toks[w-1].Text != "," {
			return -1, [2]int{}
		}
		mi := c.ment[w-2]
		if mi < 0 {
			return -1, [2]int{}
		}
		m := c.ms[mi]
		if m.t1 != w-1 || !ss.opensSentence(c, m.t0) {
			return -1, [2]int{}
		}
		return m.actorIndex, [2]int{m.t0, m.t1}
	}
	return -1, [2]int{}
}

// maxAppositions is the number of comma-separated appositions that
// personBeforeAppositions reads back over.
const maxAppositions = 3

// personBeforeAppositions returns the actor named right before a comma
// when the words from there to the comma at token j are appositions that
// describe it: a person, or a state or organisation named by its name (no
// outlet), whose name opens the sentence (after an opening adverb and
// comma at most), or a person whose name follows the comma after the
// words reported when the verb after the last comma ends the sentence.
// Each apposition opens with a lower-case word, an article, a title or a
// name's possessive ("a board member of Germany's central bank, the
// Bundesbank", "MP for Henley-on-Thames, Oxfordshire", "Afghanistan's
// envoy to the United Nations", "a unit of Pennock Inc, a British firm"),
// none opens with "and" or "or", and no quotation stands among them. It
// returns -1 when there is no such actor.
func (ss *docState) personBeforeAppositions(c *sentCtx, j int) (int, [2]int) {
	toks := c.toks
	// "…, Steve Richards, a supply manager with X, a Houston based
	// brokering firm, said.": the verb after the last comma ends the
	// sentence, and the person follows the comma after the words
	// reported.
	tail := false
	for q := j; q+1 < len(toks) && !c.quoted[q]; q++ {
		if toks[q].Text == "," && text.IsLower(toks[q+1].Text) && ss.endsClause(c, q+2) {
			tail = true
			break
		}
	}
	for n := 0; n < maxAppositions; n++ {
		// The comma before the apposition that ends at comma j.
		i := j - 1
		for i >= 0 && !apposComma(c, i) && !isClauseBreak(toks[i].Text) {
			if c.quoted[i] {
				return -1, [2]int{}
			}
			i--
		}
		if i < 1 || toks[i].Text != "," {
			return -1, [2]int{}
		}
		if !ss.appositionStart(c, i+1) {
			return -1, [2]int{}
		}
		if mi := c.ment[i-1]; mi >= 0 {
			m := c.ms[mi]
			person := ss.actors[m.actorIndex].kind == lexicon.KindPerson
			if m.t1 == i && (ss.opensSentence(c, m.t0) && (person || m.via == lexicon.ViaName && !ss.isMedia(m.actorIndex)) ||
				person && tail && m.t0 > 1 && (toks[m.t0-1].Text == "," || c.quoted[m.t0-1] && text.IsPunct(toks[m.t0-1].Text))) {
				// "Halvor Corp, a unit of Pennock Inc, a British firm,
				// said": a body's name that opens the sentence, too.
				return m.actorIndex, [2]int{m.t0, m.t1}
			}
			if p, np := ss.personOfBody(c, m); m.t1 == i && p >= 0 {
				// "Arthur Mitchell of Coudert Brothers, a U.S. law firm,
				// told …": the apposition tells of his firm; he speaks.
				return p, np
			}
		}
		j = i
	}
	return -1, [2]int{}
}

// personOfBody returns the person whose name opens sentence c and is
// followed by "of", "at", "with" or "from" and the name of m, a body
// ("Arthur Mitchell of Coudert Brothers", "Jane Pell at the Harlow
// Bank"), and his phrase; -1 if there is none.
func (ss *docState) personOfBody(c *sentCtx, m mention) (int, [2]int) {
	if ss.actors[m.actorIndex].kind == lexicon.KindPerson || m.via != lexicon.ViaName {
		return -1, [2]int{}
	}
	k := m.t0 - 1
	if k > 0 && strings.EqualFold(c.toks[k].Text, "the") {
		k--
	}
	if k < 1 {
		return -1, [2]int{}
	}
	switch c.toks[k].Text {
	case "of", "at", "with", "from":
	default:
		return -1, [2]int{}
	}
	mi := c.ment[k-1]
	if mi < 0 {
		return -1, [2]int{}
	}
	p := c.ms[mi]
	if p.t1 != k || ss.actors[p.actorIndex].kind != lexicon.KindPerson || !ss.opensSentence(c, p.t0) {
		return -1, [2]int{}
	}
	return p.actorIndex, [2]int{p.t0, p.t1}
}

// subjectBeforeParticiple returns the actor whose name opens sentence c
// and ends right before a comma and a participle in -ing whose phrase
// holds token a ("Goldman Sachs, responding to the indictment of [X]"),
// or -1.
func (ss *docState) subjectBeforeParticiple(c *sentCtx, a int) (int, [2]int) {
	toks := c.toks
	i := a - 1
	for i >= 0 && toks[i].Text != "," && !c.quoted[i] && !isClauseBreak(toks[i].Text) {
		i--
	}
	if i < 1 || toks[i].Text != "," || i+1 >= a {
		return -1, [2]int{}
	}
	if w := toks[i+1].Text; !text.IsLower(w) || !strings.HasSuffix(w, "ing") || ingPrepositions[w] {
		return -1, [2]int{}
	}
	mi := c.ment[i-1]
	if mi < 0 {
		return -1, [2]int{}
	}
	m := c.ms[mi]
	if m.t1 != i || m.via != lexicon.ViaName || !ss.opensSentence(c, m.t0) {
		return -1, [2]int{}
	}
	return m.actorIndex, [2]int{m.t0, m.t1}
}

// opensSentence reports whether a name that starts at token t0 opens its
// sentence: nothing before it but an opening word ("But", "Meanwhile,")
// and a title ("Mr", "Foreign Secretary").
func (ss *docState) opensSentence(c *sentCtx, t0 int) bool {
	toks := c.toks
	k := 0
	if k < t0 && openingAdverbs[toks[k].Text] {
		k++
		if k < t0 && toks[k].Text == "," {
			k++
		}
	}
	if k == t0 {
		return true
	}
	if s := ss.describedByOwner(c, t0); s >= 0 && s <= k {
		return true // "China's top entrepreneur Rong Yiren"
	}
	// A capitalised opening word may read as a body's name before the
	// title ("But Foreign Secretary X"): so the title may start before k.
	return ss.titleStart(c, t0) <= k
}

// describedByOwner returns where a state's or body's name starts that,
// with its possessive and up to three lower-case words, describes the
// person named at token t0 ("China's top entrepreneur Rong Yiren"), or
// -1.
func (ss *docState) describedByOwner(c *sentCtx, t0 int) int {
	toks := c.toks
	j := t0 - 1
	n := 0
	for j >= 0 && n < 3 && text.IsLower(toks[j].Text) && !functionWord(toks[j].Text) && c.ment[j] < 0 && !c.quoted[j] {
		j--
		n++
	}
	if n == 0 || j < 1 || !text.IsPossessive(toks[j].Text) || c.ment[j-1] < 0 {
		return -1
	}
	m := c.ms[c.ment[j-1]]
	if m.t1 != j || ss.actors[m.actorIndex].kind == lexicon.KindPerson {
		return -1
	}
	return m.t0
}

// titleStart returns the first token of the title that ends right before
// token t0, with the capitalised words of the body whose title it is
// before it ("Ways and Means chairman Dan Rostenkowski", "Senate Finance
// Committee chairman X"), or t0 when no title ends there.
func (ss *docState) titleStart(c *sentCtx, t0 int) int {
	toks := c.toks
	j := t0 // the longest title that ends at t0 starts at j
	for i := t0 - 1; i >= 0 && t0-i <= maxTitleWords; i-- {
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[i:t0]); ok && i+n == t0 {
			j = i
		}
	}
	if j == t0 {
		return t0
	}
	// The body's name before the title.
	s := j
	for s > 0 && j-s < maxBodyBeforeTitle {
		w := toks[s-1].Text
		if c.quoted[s-1] || w != "and" && w != "of" && (text.IsLower(w) || !text.IsNameStart(w)) {
			break
		}
		s--
	}
	for s < j && (toks[s].Text == "and" || toks[s].Text == "of") {
		s++
	}
	return s
}

// maxTitleWords is the number of words of a title titleStart reads, and
// maxBodyBeforeTitle the number of words of a body's name before it.
const (
	maxTitleWords      = 4
	maxBodyBeforeTitle = 5
)

// isClosingQuote reports whether w is a closing quotation mark.
func isClosingQuote(w string) bool { return w == "\"" || w == "\u201d" }

// maxOpenApposition is the number of words of an apposition whose closing
// comma the writer left out that personBeforeOpenApposition reads.
const maxOpenApposition = 10

// personBeforeOpenApposition returns the person of "Brent Bozell, PTC
// president and conservative activist said", "Paul Goosens, head of
// Preventon told": a person whose name opens the sentence, a comma, and
// an apposition that ends at token k, right before the verb, with no
// comma to close it. The apposition must open as appositions do
// (appositionStart), hold a title, and name no other person; it returns
// -1 otherwise.
func (ss *docState) personBeforeOpenApposition(c *sentCtx, k int) (int, [2]int) {
	toks := c.toks
	q := k
	for q > 0 && k-q < maxOpenApposition && toks[q].Text != "," {
		if c.quoted[q] || isClauseBreak(toks[q].Text) || text.IsPunct(toks[q].Text) && toks[q].Text != "-" && !text.IsPossessive(toks[q].Text) {
			return -1, [2]int{}
		}
		q--
	}
	if q < 1 || q == k || toks[q].Text != "," || !ss.appositionStart(c, q+1) {
		return -1, [2]int{}
	}
	titled := false
	for j := q + 1; j <= k; j++ {
		if mi := c.ment[j]; mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson {
			return -1, [2]int{}
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[j:k+1]); ok && n > 0 {
			titled = true
		}
		if w := strings.ToLower(toks[j].Text); w == "member" || commentatorRoles[w] {
			titled = true // "member of the NPPC's oversight committee", "oil analyst with Salomon"
		}
		if j == k && (c.ment[j] < 0 || c.ms[c.ment[j]].via == lexicon.ViaDemonym) && ss.f.lex.IsPartyMember(toks[j].Text) {
			titled = true // "Dan Rostenkowski, an Illinois Democrat said"
		}
	}
	mi := c.ment[q-1]
	if !titled || mi < 0 {
		return -1, [2]int{}
	}
	m := c.ms[mi]
	// The name opens the sentence, or follows the comma that ends the
	// words reported ("The prime minister's enthusiasm remains undimmed,
	// Alan Milburn, Labour's election strategist told Today"), or the
	// quotation they are ("“…,” Ways and Means chairman Dan Rostenkowski,
	// an Illinois Democrat said"), with a title before it or not.
	s := ss.titleStart(c, m.t0)
	tag := s > 1 && (toks[s-1].Text == "," && !c.quoted[s-1] ||
		c.quoted[s-1] && isClosingQuote(toks[s-1].Text) && toks[s-2].Text == ",")
	if ss.actors[m.actorIndex].kind != lexicon.KindPerson || m.t1 != q || !ss.opensSentence(c, m.t0) && !tag {
		return -1, [2]int{}
	}
	return m.actorIndex, [2]int{m.t0, m.t1}
}

// appositionStart reports whether the words at token t can open an
// apposition: a lower-case word other than "and" or "or", an article, a
// title, or a name with a possessive after it.
func (ss *docState) appositionStart(c *sentCtx, t int) bool {
	toks := c.toks
	if t >= len(toks) {
		return false
	}
	w := toks[t].Text
	switch {
	case w == "and" || w == "or" || w == "but":
		return false
	case text.IsLower(w) || isArticleWord(w):
		return true
	}
	if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[t:]); ok && n > 0 {
		return true
	}
	if mi := c.ment[t]; mi >= 0 {
		return possessed(c, t) || ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindPerson
	}
	return false
}

// companyHeads are the plural nouns for the people who run a company
// ("Ford executives", "Rover bosses").
var companyHeads = map[string]bool{"executives": true, "bosses": true, "chiefs": true, "directors": true}

// companyOfficials returns, for a subject that ends at token k with a noun
// of companyHeads right after an organisation's name or its possessive
// ("Ford executives said", "Rover bosses have said", "MCI's directors have
// argued"), the organisation and the phrase, or
// -1. Only a name: "company executives", "U.S. bank executives" and
// "music industry bosses in Norway" say whose only through a description
// or a place.
func (ss *docState) companyOfficials(c *sentCtx, k int) (int, [2]int) {
	if k < 1 || !companyHeads[c.toks[k].Text] {
		return -1, [2]int{}
	}
	e := k - 1
	if e > 0 && text.IsPossessive(c.toks[e].Text) {
		e-- // "MCI's directors have argued"
	}
	mi := c.ment[e]
	if mi < 0 {
		return -1, [2]int{}
	}
	m := c.ms[mi]
	if m.via != lexicon.ViaName || ss.actors[m.actorIndex].kind != lexicon.KindOrg || ss.isMedia(m.actorIndex) {
		return -1, [2]int{}
	}
	return m.actorIndex, [2]int{m.t0, k + 1}
}

// describedBodyBefore reports whether the words before the comma at token
// j are a description of a body that opens the sentence, with no name in
// it and a lower-case noun that is no title or official's word right
// before the comma ("The firm", "One of the jilted bidders", "Separately,
// the world's largest package delivery company"): the name in the
// apposition after it is the subject.
func (ss *docState) describedBodyBefore(c *sentCtx, j int) bool {
	toks := c.toks
	k := j - 1
	if k < 0 || !text.IsLower(toks[k].Text) || text.IsPunct(toks[k].Text) || ss.cl.official.has(toks[k].Text) {
		return false
	}
	if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[k:k+1]); ok && n > 0 {
		return false // "The chairman, X, said": a person's title
	}
	a := k
	for a > 0 && toks[a-1].Text != "," && !isClauseBreak(toks[a-1].Text) {
		a--
	}
	if a > 0 && !(toks[a-1].Text == "," && a-2 >= 0 && sentenceAdverb(toks[:a-1])) {
		return false
	}
	for i := a; i <= k; i++ {
		if c.ment[i] >= 0 && !possessed(c, i) || c.quoted[i] || toks[i].Text == "by" {
			return false // "miners employed by the state corporation, Comibol": its object
		}
	}
	return true
}

// sentenceAdverb reports whether toks are one word that opens a sentence
// and links it to the text before ("Separately", "Meanwhile", "However").
func sentenceAdverb(toks []text.Token) bool {
	return len(toks) == 1 && (isAdverb(toks[0].Text) || openingAdverbs[toks[0].Text])
}

// openingAdverbs are the words without "-ly" that open a sentence before
// a comma.
var openingAdverbs = map[string]bool{"However": true, "Meanwhile": true, "Elsewhere": true, "Still": true,
	"Instead": true, "Also": true, "Yet": true, "Now": true, "Indeed": true, "Moreover": true, "But": true, "And": true}

// possessed reports whether the mention at token i of sentence c is a
// possessor ("the world's", "Germany's"): a description may hold one.
func possessed(c *sentCtx, i int) bool {
	m := c.ms[c.ment[i]]
	return m.t1 < len(c.toks) && text.IsPossessive(c.toks[m.t1].Text)
}

// unclosedApposition returns the person of "Marc Ostwald, a strategist
// at Monument Securities told", "X, the leader of the Y Union said": an
// apposition that names the person's role at a body ends at token t0,
// where the body's name starts, and the writer left out the comma that
// closes it. The words before the body must be an article or none, one to
// five lower-case words and "at", "of", "for" or "with" (and "the"),
// right after a comma that follows the person's name ("X, of the Y Union
// said" needs none after "of" or "from"), and up to two more bodies or
// places may follow the first, each after "at", "in" or "of". It returns
// the person and the tokens of the name, or -1.
func (ss *docState) unclosedApposition(c *sentCtx, t0 int) (int, [2]int) {
	toks := c.toks
	j := t0 - 1
	if j >= 0 && strings.EqualFold(toks[j].Text, "the") {
		j--
	}
	// "X, of the Centre for Transport at the University of Y in Bristol
	// said": up to two more bodies or places, each after "at", "in" or
	// "of", stand between the first body and the verb.
	for hops := 0; hops < 2 && j > 0 && (toks[j].Text == "at" || toks[j].Text == "in" || toks[j].Text == "of"); hops++ {
		mi := c.ment[j-1]
		if mi < 0 || c.ms[mi].t1 != j || ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson {
			break
		}
		k := c.ms[mi].t0 - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k < 0 {
			break
		}
		switch toks[k].Text {
		case "at", "of", "for", "with", "from":
			j = k
			continue
		}
		break
	}
	if j < 0 {
		return -1, [2]int{}
	}
	if toks[j].Text == "," && t0 == j+1 && c.ment[t0] >= 0 && c.ms[c.ment[t0]].via == lexicon.ViaName &&
		ss.actors[c.ms[c.ment[t0]].actorIndex].kind == lexicon.KindOrg {
		// "Colin Asplin, Blackpool Hotel Association said": a name
		// right after the comma is the body of the person before it,
		// when that person opens the sentence or follows a quotation.
		return ss.personBeforeBody(c, j)
	}
	switch toks[j].Text {
	case "at", "of", "for", "with", "from":
	default:
		return -1, [2]int{}
	}
	// "X, of the Y Union said", "X, from the University of Z said": the
	// preposition alone says whose the person is.
	bare := toks[j].Text == "of" || toks[j].Text == "from"
	j--
	n := 0
	for j >= 0 && n < 6 && c.ment[j] < 0 && text.IsLower(toks[j].Text) && !text.IsPunct(toks[j].Text) && !isArticleWord(toks[j].Text) {
		// "director of communications for the Y": "of" between two
		// words of the role.
		if functionWord(toks[j].Text) && !(toks[j].Text == "of" && n > 0 && j > 0 && text.IsLower(toks[j-1].Text) && !functionWord(toks[j-1].Text)) {
			return -1, [2]int{}
		}
		j--
		n++
	}
	if j >= 0 && isArticleWord(toks[j].Text) {
		j-- // "X, a strategist at …"; "X, chief economist at …"
	}
	if n == 0 && !bare || j < 1 || toks[j].Text != "," {
		return -1, [2]int{}
	}
	mi := c.ment[j-1]
	if mi < 0 || c.ms[mi].t1 != j || ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindPerson {
		return -1, [2]int{}
	}
	m := c.ms[mi]
	return m.actorIndex, [2]int{m.t0, m.t1}
}

// personBeforeBody returns the person named right before the comma at
// token j, when the name opens the sentence or follows a quotation and
// its comma ("Colin Asplin, Blackpool Hotel Association said: …",
// "“…,” Todd Domer, Kansas Livestock Association, said"), or -1: the
// body after the comma is the one he speaks for, not a second subject.
func (ss *docState) personBeforeBody(c *sentCtx, j int) (int, [2]int) {
	if j < 1 {
		return -1, [2]int{}
	}
	mi := c.ment[j-1]
	if mi < 0 || c.ms[mi].t1 != j || ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindPerson {
		return -1, [2]int{}
	}
	m := c.ms[mi]
	if m.t1-m.t0 < 2 || !ss.f.lex.IsGivenName(c.toks[m.t0].Text) {
		return -1, [2]int{} // a full name with a given name: not "Unlike Amro", "Lastly"
	}
	p := m.t0 - 1
	if p >= 0 && c.toks[p].Text == "," {
		p--
	}
	if m.t0 > 0 && !(p >= 0 && c.quoted[p] && text.IsPunct(c.toks[p].Text)) && !onlyOpenersBefore(c.toks, m.t0) {
		return -1, [2]int{}
	}
	return m.actorIndex, [2]int{m.t0, m.t1}
}

// strayCommaSubject returns the subject of the reporting verb at token t
// when the comma at token k stands right before it and no comma before
// that in the sentence: the phrase before the comma, read as if the
// comma were not there ("NYMEX President Rosemary McFadden, said", "Sears
// Roebuck and Co, said it …"). Such a comma ends no apposition and starts
// no inversion; what else it can be is ruled out first:
//   - a participle that opens an apposition ("Solters, said to be
//     travelling, was", "The findings, reported in …, are"): the verb
//     must be a finite verb of saying (strayCommaVerbs) or follow an
//     auxiliary, and not be followed by "to" or "by";
//   - an inversion ("Worryingly, said the firm, …", "… Eurobonds, said
//     Steven Hannes, a partner …"): a phrase after the verb that ends
//     the clause is its subject;
//   - a phrase inside a relative clause or after a preposition ("Harcourt
//     which is fighting a bid from <BPCC>, has declared", "a statement
//     issued as the Paris Club's, said").
func (ss *docState) strayCommaSubject(c *sentCtx, t, k int) (int, [2]int) {
	toks := c.toks
	w := strings.ToLower(toks[t].Text)
	finite := strayCommaVerbs[w]
	for j := k + 1; j < t; j++ {
		finite = finite || finiteAuxiliaries[strings.ToLower(toks[j].Text)]
	}
	if !finite {
		return -1, [2]int{}
	}
	if t+1 < len(toks) {
		if n := strings.ToLower(toks[t+1].Text); n == "to" || n == "by" {
			return -1, [2]int{}
		}
		if ss.invertedAfter(c, t+1) {
			return -1, [2]int{}
		}
	}
	s, np := ss.subjectBefore(c, k)
	if s < 0 {
		return -1, [2]int{}
	}
	if p := np[0] - 1; p >= 0 && (toks[p].Text == "of" || toks[p].Text == "in") {
		return -1, [2]int{} // "Cascade Europa GmbH of West Germany, said"
	}
	for j := 0; j < np[0]; j++ {
		if strayCommaBlockers[strings.ToLower(toks[j].Text)] {
			return -1, [2]int{}
		}
	}
	return s, np
}

// invertedAfter reports whether the words from token p on are the
// inverted subject of a verb of saying before them: a phrase of up to six
// words without a verb or function word that ends the clause ("said the
// firm, …"), or a name that goes on with "of" or "at" ("said Stuart
// Hensel of the Economist Intelligence Unit").
func (ss *docState) invertedAfter(c *sentCtx, p int) bool {
	toks := c.toks
	j := p
	if j < len(toks) && isArticleWord(toks[j].Text) {
		j++
	}
	named := j < len(toks) && (c.ment[j] >= 0 || !text.IsLower(toks[j].Text))
	for n := 0; j < len(toks) && n < 6; n++ {
		if mi := c.ment[j]; mi >= 0 {
			j = c.ms[mi].t1
			continue
		}
		w := toks[j].Text
		if text.IsPunct(w) && !text.IsPossessive(w) || functionWord(strings.ToLower(w)) {
			break
		}
		j++
	}
	if j == p || isArticleWord(toks[j-1].Text) {
		return false
	}
	if j >= len(toks) {
		return true
	}
	switch toks[j].Text {
	case ",", ".":
		return true
	case "of", "at":
		return named
	}
	return false
}

// strayCommaVerbs are the verbs of saying that strayCommaSubject reads as
// finite after a comma: their participles rarely open an apposition.
var strayCommaVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"adds": true, "replied": true, "replies": true}

// finiteAuxiliaries are the auxiliaries that make the verb after them
// finite ("Michael Jopling, have said").
var finiteAuxiliaries = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "should": true, "did": true, "does": true, "do": true}

// strayCommaBlockers are the words that, before the phrase ahead of a
// stray comma, make it part of a relative clause or the object of a
// preposition rather than the sentence's subject.
var strayCommaBlockers = map[string]bool{"which": true, "who": true, "whose": true, "whom": true, "that": true,
	"as": true, "by": true, "from": true, "with": true, "at": true, "than": true, "including": true, "to": true,
	"for": true, "about": true, "against": true, "after": true, "before": true, "like": true}

// inPlaceOrTime returns the token of the "in" that opens a phrase of
// place or time ending at token k — "in" and one to three capitalised
// words or a mention ("in New York", "in West Berlin"), or a month or a
// year ("in January", "in 1986") — or -1.
func (ss *docState) inPlaceOrTime(c *sentCtx, k int) int {
	toks := c.toks
	j := k
	if mi := c.ment[j]; mi >= 0 {
		j = c.ms[mi].t0 - 1
	} else if w := toks[j].Text; text.IsMonth(w) || isYear(w) {
		j--
	} else {
		for n := 0; j >= 0 && n < 3 && !text.IsLower(toks[j].Text) && !text.IsPunct(toks[j].Text) && c.ment[j] < 0; n++ {
			j--
		}
	}
	if j < 1 || j == k || toks[j].Text != "in" {
		return -1
	}
	return j
}

// isYear reports whether w is a year of the second millennium ("1986").
func isYear(w string) bool {
	return len(w) == 4 && w[0] == '1' && strings.Trim(w, "0123456789") == ""
}

// namesActor reports whether the tokens np name actor a: a mention of
// its name, not a pronoun, a role or an unnamed official resolved to it.
func namesActor(c *sentCtx, np [2]int, a int) bool {
	for _, m := range c.ms {
		if m.actorIndex == a && m.t0 >= np[0] && m.t1 <= np[1] && m.via == lexicon.ViaName {
			return true
		}
	}
	return false
}

// subjectPreps are the prepositions that make the phrase after them an
// object, not a subject ("Officials with Shultz in Peking said").
var subjectPreps = map[string]bool{"with": true, "for": true, "of": true, "at": true, "from": true, "by": true,
	"to": true, "in": true, "on": true, "about": true, "against": true}

// unitNouns are the nouns of a part of a company or body that speaks
// under its own name or its parent's ("X's Y unit said", "the CME board
// said", "the OECD secretariat said", "US Airways management has said").
var unitNouns = map[string]bool{"unit": true, "subsidiary": true, "division": true, "affiliate": true, "secretariat": true,
	"management": true, "board": true}

// personOfBefore returns the person of "Robert Dole of Kansas said",
// "Susan Hackmann of AgriAnalysis said", "Jim Hale of the National
// Farmers Union said": k is the last token of one to four capitalised
// words or a name after "of" (and "the"), and a person's name ends right
// before the "of". It returns -1 otherwise.
func (ss *docState) personOfBefore(c *sentCtx, k int) (int, [2]int) {
	toks := c.toks
	j, n := k, 0
	if wireBracketEnd(c, j) {
		j-- // "Jim Walter of <Walter Oil and Gas Corp> said"
	}
	after := -1 // a person the tagger read after "of"
	for j >= 0 && n < 4 {
		if mi := c.ment[j]; mi >= 0 {
			if ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson {
				if n > 0 || !strings.Contains(ss.actors[c.ms[mi].actorIndex].name, " ") {
					return -1, [2]int{} // "Dole of Robert Dole": no place or body
				}
				after = c.ms[mi].actorIndex
			}
			j = c.ms[mi].t0 - 1
		} else if w := toks[j].Text; text.IsNameStart(w) && !text.IsLower(w) && !c.quoted[j] {
			j--
		} else {
			break
		}
		n++
	}
	if n > 0 && j > 1 && (toks[j].Text == "the" || toks[j].Text == "<" && j < k) && (toks[j-1].Text == "of" || toks[j-1].Text == "from") {
		j-- // "Jim Hale of the National Farmers Union said", "of <Walter Oil and Gas Corp>"
	}
	// "Kirsten Pfeifer from the Consumer Electronics Association said":
	// "from" ties a person to a body as "of" does, never a company to
	// its seat.
	from := j >= 1 && toks[j].Text == "from"
	if n == 0 || j < 1 || toks[j].Text != "of" && !from || c.quoted[j] {
		return -1, [2]int{}
	}
	end := j // where the name before "of" ends
	if j > 1 && toks[j-1].Text == ">" {
		end = j - 1 // "<Willemijn Holding BV> of Rotterdam"
	}
	place := k + 1
	for place > j+1 && legalForms[strings.ToLower(strings.TrimSuffix(toks[place-1].Text, "."))] {
		place-- // "Richardson Greenshields of Canada Ltd": the company's name goes on
	}
	if mi := c.ment[end-1]; !from && mi >= 0 && c.ms[mi].t1 == end && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindOrg && ss.placeOnly(c, j+1, place) {
		// "Discount Corp of New York said", "<Willemijn Holding BV> of
		// Rotterdam said": a company and its seat, which the tagger cut
		// off its name; "Marc Cohen of Republic National Bank of New
		// York said" is the person's.
		if p, np := ss.personOfBefore(c, c.ms[mi].t1-1); p >= 0 {
			return p, [2]int{np[0], k + 1}
		}
		st := c.ms[mi].t0
		if st > 0 && toks[st-1].Text == "<" {
			st--
		}
		// Not the object of a preposition inside an apposition ("the U.S.
		// unit of <LM Ericsson Telephone Co> of Sweden", "made by Farma
		// Food A/S of Denmark").
		if b := st - 1; b >= 0 && (subjectPreps[strings.ToLower(toks[b].Text)] || b > 0 && strings.EqualFold(toks[b].Text, "the") && subjectPreps[strings.ToLower(toks[b-1].Text)]) {
			return -1, [2]int{}
		}
		return c.ms[mi].actorIndex, [2]int{st, k + 1}
	}
	mi := c.ment[j-1]
	if mi < 0 || c.ms[mi].t1 != j || ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindPerson {
		return -1, [2]int{}
	}
	// A full name, or a surname after a title ("President Musharraf of
	// Pakistan"): "the Fraser of Allander Institute" is a body's name.
	if !strings.Contains(ss.actors[c.ms[mi].actorIndex].name, " ") && !ss.titleEndsAt(c, c.ms[mi].t0) {
		return -1, [2]int{}
	}
	// "Industry analyst Richard Pzena of Sanford C. Bernstein said": a
	// full name of a person after another's "of" is a firm named after
	// people, which the tagger read as a person.
	if after >= 0 && (after == c.ms[mi].actorIndex || !strings.Contains(ss.actors[c.ms[mi].actorIndex].name, " ")) {
		return -1, [2]int{}
	}
	st := c.ms[mi].t0
	if a := ss.npBack(c, j-1); a <= j-1 {
		st = a
	}
	return c.ms[mi].actorIndex, [2]int{st, k + 1}
}

// placeOnly reports whether the tokens [a, b) name only places: states
// and the places of the gazetteer ("New York", "Rotterdam"), not "Trade
// Unions" of "the Zimbabwe Congress of Trade Unions".
func (ss *docState) placeOnly(c *sentCtx, a, b int) bool {
	if a >= b {
		return false
	}
	for t := a; t < b; {
		if mi := c.ment[t]; mi >= 0 {
			if ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindState {
				return false
			}
			t = c.ms[mi].t1
			continue
		}
		if c.toks[t].Text == "," {
			t++ // "of Bristol, Va."
			continue
		}
		n, entries := ss.f.lex.Longest(ss.doc.Text, c.toks[t:b])
		if n == 0 || !slices.ContainsFunc(entries, func(e lexicon.Entry) bool {
			return e.Kind == lexicon.KindUnknown || e.Kind == lexicon.KindState
		}) {
			return false
		}
		t += n
	}
	return true
}

// peopleIn reports whether the phrase that starts at token a follows "in",
// "from" or "at" after a plural noun for people who are no officials
// ("traders in Singapore", "analysts in Brazil", "dealers from Japan"),
// or after such a noun in the singular with an article and at most one
// word before it ("a woman from Britain", "the unnamed woman from
// Georgia"; not "an official from France"): the
// state it names is where they are or come from, and they speak for no
// one.
func (ss *docState) peopleIn(c *sentCtx, a int) bool {
	if a < 2 || c.ment[a-2] >= 0 || c.quoted[a-2] {
		return false
	}
	switch c.toks[a-1].Text {
	case "in", "from", "at":
	default:
		return false
	}
	w := c.toks[a-2].Text
	if text.IsPossessive(w) || ss.cl.official.has(w) || ss.cl.np.has(w) || isBodyNoun(strings.ToLower(w)) {
		return false
	}
	if pluralLike(w) {
		return true
	}
	if a < 3 || !text.IsLower(w) || len(w) < 3 {
		return false
	}
	k := a - 3
	if k > 0 && text.IsLower(c.toks[k].Text) && !ss.cl.official.has(c.toks[k].Text) && !singularArticles[c.toks[k].Text] {
		k-- // "the unnamed woman from Georgia"
	}
	return singularArticles[strings.ToLower(c.toks[k].Text)]
}

// thingIn reports whether the phrase that starts at token a follows "in"
// after a singular lower-case noun that names no person, official or
// body ("cold weather in the US threatened stocks", "demand in China
// threatened supplies"): the state it names is where the thing is, not
// who speaks.
func (ss *docState) thingIn(c *sentCtx, a int) bool {
	if a < 2 || c.ment[a-2] >= 0 || c.quoted[a-2] || c.toks[a-1].Text != "in" {
		return false
	}
	w := c.toks[a-2].Text
	lw := strings.ToLower(w)
	return text.IsLower(w) && len(w) >= 3 && !text.IsPunct(w) && !functionWord(lw) && !ss.cl.official.has(w) &&
		!ss.cl.person.has(w) && !ss.cl.np.has(w) && !isBodyNoun(lw)
}

// singularArticles open a noun phrase of one person or thing.
var singularArticles = map[string]bool{"a": true, "an": true, "one": true, "another": true, "the": true}

// aboutPhraseBefore returns the speaker of "The Kremlin's readout of the
// call said", "a ministry statement on the talks said": k is the last
// token of a short phrase of lower-case words after one of aboutPreps,
// which follows a word for what a body said (a statement, a communique,
// a readout, a report: not a person's role, as in "officials of major
// firms"); the phrase is what it said it about, and the speaker the one
// the words before it name.
func (ss *docState) aboutPhraseBefore(c *sentCtx, k int) (int, [2]int) {
	toks := c.toks
	for j := k; j > 0 && j >= k-6; j-- {
		w := toks[j].Text
		if aboutPreps[strings.ToLower(w)] {
			if j == k || !saidNouns[strings.ToLower(toks[j-1].Text)] || c.ment[j-1] >= 0 {
				return -1, [2]int{}
			}
			// The phrase must open its clause: the subject, not the
			// object of "distributed a statement after the news
			// conference explaining".
			if a := ss.npBack(c, j-1); a <= j-1 && (a == 0 || text.IsPunct(toks[a-1].Text) || c.quoted[a-1] || ss.cl.opener.has(toks[a-1].Text)) {
				if h := ss.headOf(c, a, j); h >= 0 {
					return h, [2]int{a, k + 1}
				}
			}
			return -1, [2]int{}
		}
		switch {
		case c.ment[j] < 0 && !text.IsLower(w) && strings.Trim(w, "0123456789,.") != "" || c.quoted[j]:
			return -1, [2]int{} // a number may count what it is about: "a report on the 20 biggest projects"
		case w == "his" || w == "her" || w == "their":
			return -1, [2]int{} // "a statement on her website": a person's
		}
	}
	return -1, [2]int{}
}

// aboutPreps are the prepositions after which a phrase says what a
// statement or a readout is about.
var aboutPreps = map[string]bool{"of": true, "on": true, "about": true, "into": true, "after": true, "following": true}

// namesPerson reports whether tokens [a, b) hold a person mention.
func (ss *docState) namesPerson(c *sentCtx, a, b int) bool {
	for _, m := range c.ms {
		if m.t0 >= a && m.t1 <= b && ss.actors[m.actorIndex].kind == lexicon.KindPerson {
			return true
		}
	}
	return false
}

// counselNouns are the official nouns of lawyers: they speak for a
// client, which a demonym does not name.
var counselNouns = map[string]bool{"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
	"solicitor": true, "solicitors": true}

// counselOfDemonym reports whether the phrase [a, e) names state s by a
// demonym and its only official nouns are lawyers' ("Swiss lawyers").
func (ss *docState) counselOfDemonym(c *sentCtx, a, e, s int) bool {
	demonym, counsel := false, false
	for j := a; j < e; j++ {
		if mi := c.ment[j]; mi >= 0 {
			if m := c.ms[mi]; m.actorIndex == s && m.via == lexicon.ViaDemonym {
				demonym = true
			}
			continue
		}
		w := strings.ToLower(c.toks[j].Text)
		if counselNouns[w] {
			counsel = true
		} else if ss.cl.official.has(w) {
			return false
		}
	}
	return demonym && counsel
}

// privateTitle reports whether the title at tokens [a, b) is a
// commentator's ("economist", "analyst": the media category of
// titles.tsv) or one of a person in private life ("businessman",
// "tycoon": the [person] list of cues.txt).
func (ss *docState) privateTitle(c *sentCtx, a, b int) bool {
	if _, t, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[a:b]); ok && t.Category == "media" {
		return true
	}
	return ss.cl.person.has(strings.ToLower(c.toks[b-1].Text))
}

// privatePersonOfDemonym reports whether the phrase [a, e) names state s
// by a demonym and ends in a noun of one person's occupation in private
// life ("businessman", "economist", "scientist"; the [person] list of
// cues.txt), singular or plural.
func (ss *docState) privatePersonOfDemonym(c *sentCtx, a, e, s int) bool {
	demonym := false
	for j := a; j < e; j++ {
		if mi := c.ment[j]; mi >= 0 && c.ms[mi].actorIndex == s && c.ms[mi].via == lexicon.ViaDemonym {
			demonym = true
		}
	}
	if !demonym || c.ment[e-1] >= 0 {
		return false
	}
	w := strings.ToLower(c.toks[e-1].Text)
	if !text.IsLower(c.toks[e-1].Text) {
		return false
	}
	single := w
	switch {
	case strings.HasSuffix(w, "men"):
		single = strings.TrimSuffix(w, "men") + "man"
	case strings.HasSuffix(w, "s"):
		single = strings.TrimSuffix(w, "s")
	}
	return ss.cl.person.has(w) || ss.cl.person.has(single)
}

// namesSpeakingPerson reports whether tokens [a, b) name a person who is
// not a possessor ("Cosby's lawyer" names the lawyer's client, who does
// not speak).
func (ss *docState) namesSpeakingPerson(c *sentCtx, a, b int) bool {
	for _, m := range c.ms {
		if m.t0 >= a && m.t1 <= b && ss.actors[m.actorIndex].kind == lexicon.KindPerson &&
			!(m.t1 < len(c.toks) && text.IsPossessive(c.toks[m.t1].Text)) {
			return true
		}
	}
	return false
}

// skipBack steps back from token k over auxiliaries, adverbs and a day
// ("The Commission on Friday proposed").
func (ss *docState) skipBack(c *sentCtx, k int) int {
	for k >= 0 && c.ment[k] < 0 {
		w := c.toks[k].Text
		switch {
		case ss.cl.skip.has(w) || isAdverb(w):
			k--
		case w == "since" && k > 0 && perfectAux(c.toks[k-1].Text):
			k-- // "Trump has since said": an adverb after "has", not a conjunction
		case k > 0 && isWeekday(w) && c.toks[k-1].Text == "on":
			k -= 2
		case k > 0 && (timeUnits[w] || isWeekday(w)) && (c.toks[k-1].Text == "this" || c.toks[k-1].Text == "last"):
			k -= 2 // "Oxfam's report this week said", "Reagan last Friday announced"
		case attemptBefore(c.toks, k+1):
			k -= 2 // "Trump has tried to suggest", "the bank sought to assure"
		default:
			if j := auxPhraseStart(c, k); j >= 0 {
				k = j // "China has in the past said", "… had on several occasions said"
				continue
			}
			return k
		}
	}
	return k
}

// perfectAux reports whether w is the auxiliary of a perfect tense.
func perfectAux(w string) bool {
	switch strings.ToLower(w) {
	case "has", "have", "had":
		return true
	}
	return false
}

// attemptVerbs are the verbs of trying and seeming whose subject is the
// speaker of a verb of saying in the infinitive after them ("has tried to
// suggest", "sought to assure", "appeared to reject"). Not "declined" or
// "refused", which say that nothing was said, nor "wanted", which says
// what was meant to be done ("wants to dismiss the workforce").
var attemptVerbs = map[string]bool{"tried": true, "tries": true, "try": true, "sought": true, "seeks": true,
	"seek": true, "attempted": true, "attempts": true, "moved": true, "moves": true, "rushed": true, "hastened": true,
	"appeared": true, "appears": true, "seemed": true, "seems": true}

// attemptBefore reports whether a verb of trying or seeming and "to" stand
// right before token t ("tried to" of "tried to suggest").
func attemptBefore(toks []text.Token, t int) bool {
	return t >= 2 && toks[t-1].Text == "to" && attemptVerbs[toks[t-2].Text]
}

// makingVerbs are the reporting verbs of nounLikeCues that after a verb of
// trying name the making of a thing, not a saying ("tried to write one
// himself", "sought to unveil a new model").
var makingVerbs = map[string]bool{"write": true, "publish": true, "unveil": true, "outline": true}

// reflexives are the pronouns that may stress a name before a relative
// ("Bush himself, who told").
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true}

// timeUnits are the nouns of "this week", "last month", "last night",
// "this morning" and the like.
var timeUnits = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "night": true,
	"morning": true, "afternoon": true, "evening": true}

// auxPhrases are the auxiliaries after which a phrase of time or manner
// may stand before the verb ("has in the past said").
var auxPhrases = map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "are": true,
	"were": true, "will": true, "would": true}

// timePreps are the prepositions that open such a phrase.
var timePreps = map[string]bool{"in": true, "on": true, "at": true, "for": true, "over": true, "during": true}

// auxPhraseStart returns, when token k ends a phrase of time or manner of
// one to three words in lower case after a preposition, right after an
// auxiliary ("has in the past said", "had on several occasions said",
// "has for years said"), the auxiliary's token; else -1.
func auxPhraseStart(c *sentCtx, k int) int {
	if w := c.toks[k].Text; !text.IsLower(w) || text.IsPunct(w) || c.quoted[k] {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		w := c.toks[j].Text
		if timePreps[w] && auxPhrases[strings.ToLower(c.toks[j-1].Text)] && c.ment[j-1] < 0 {
			return j - 1
		}
		if c.ment[j] >= 0 || !text.IsLower(w) || text.IsPunct(w) || c.quoted[j] {
			return -1
		}
	}
	return -1
}

// wireBracketEnd reports whether token k closes the wire's angle brackets
// around a name ("<Metal Traders Australasia Ltd>").
func wireBracketEnd(c *sentCtx, k int) bool {
	if k < 1 || c.toks[k].Text != ">" || c.ment[k-1] < 0 {
		return false
	}
	m := c.ms[c.ment[k-1]]
	p := m.t0 - 1
	if p > 0 && strings.EqualFold(c.toks[p].Text, "the") {
		p-- // "<The Australian Gas Light Co>": the article inside the brackets
	}
	return p >= 0 && c.toks[p].Text == "<"
}

// bracketedName returns, for a sentence that opens with a name in round
// brackets closed at token k ("(Groupe Videotron Ltd) said"), the wire's
// way of marking a company that is not listed, that name's state or
// organisation and its tokens, or -1.
func (ss *docState) bracketedName(c *sentCtx, k int) (int, [2]int) {
	toks := c.toks
	if k < 2 || toks[0].Text != "(" {
		return -1, [2]int{}
	}
	mi := c.ment[1]
	if mi < 0 {
		return -1, [2]int{}
	}
	m := c.ms[mi]
	if m.t0 != 1 || m.t1 != k || ss.actors[m.actorIndex].kind == lexicon.KindPerson {
		return -1, [2]int{}
	}
	return m.actorIndex, [2]int{m.t0, m.t1}
}

// bracketedOpener returns the company named in the wire's round brackets
// that open the sentence ("(Marshall Steel Ltd), formerly Marshall
// Drummond McCall Inc, said", "(Bank of Montreal), which has loaned two
// billion dlrs to Brazil, the largest amount of any Canadian bank,
// said"), when the comma at token k, right before the verb, closes the
// parentheses that follow it: a relative clause, a description or the
// company's town, with no quotation or clause break up to k. It returns
// -1 otherwise.
func (ss *docState) bracketedOpener(c *sentCtx, k int) (int, [2]int) {
	toks := c.toks
	if len(toks) < 4 || toks[0].Text != "(" {
		return -1, [2]int{}
	}
	r := slices.IndexFunc(toks[:k], func(t text.Token) bool { return t.Text == ")" })
	if r < 2 || r+2 >= k || toks[r+1].Text != "," {
		return -1, [2]int{}
	}
	b, np := ss.bracketedName(c, r)
	if b < 0 {
		return -1, [2]int{}
	}
	switch w := toks[r+2].Text; strings.ToLower(w) {
	case "which", "whose", "a", "an", "the", "formerly", "now", "once", "itself", "based":
	default:
		// The company's town ("(Mountain View Investment Corp),
		// Phoenix, Ariz., said"): a capitalised word that names no
		// actor, or a state.
		if mi := c.ment[r+2]; mi < 0 && !text.IsNameStart(w) || mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindState {
			return -1, [2]int{}
		}
	}
	for j := r + 2; j < k; j++ {
		if c.quoted[j] || isClauseBreak(toks[j].Text) {
			return -1, [2]int{}
		}
	}
	return b, np
}

// openingBracket returns the "(" that the ")" at token k closes, at most
// eleven tokens back and outside quotations, or -1; a bracket that opens
// the sentence has no name before it and counts as none.
func openingBracket(c *sentCtx, k int) int {
	j := k - 1
	for j >= 0 && j > k-12 && c.toks[j].Text != "(" && c.toks[j].Text != ")" && !c.quoted[j] {
		j--
	}
	if j <= 0 || c.toks[j].Text != "(" {
		return -1
	}
	return j
}

// commaBefore reports whether a comma stands in the clause before token
// k ("David Wood, spokesman of the GATT (GATT), told": the comma after
// the brackets closes the apposition that comma opened).
func commaBefore(c *sentCtx, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch c.toks[j].Text {
		case ",":
			return true
		case ";", ":":
			return false
		}
	}
	return false
}

// isAge reports whether w is a person's age as news gives it between
// commas after the name: a number of one to three digits.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isWeekday reports whether w names a day of the week.
func isWeekday(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// isAdverb reports whether w looks like an adverb: lower case, ending in
// -ly ("privately", "repeatedly").
func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && text.IsLower(w)
}

// sentenceSubject returns the head of the phrase that opens the main
// clause of the sentence, after an opening adverbial ("Despite …,", "But,
// after …,").
func (ss *docState) sentenceSubject(c *sentCtx) (int, [2]int) {
	p, b := ss.subjectPhrase(c)
	if b <= p {
		return -1, [2]int{}
	}
	h := ss.headOf(c, p, b)
	// "The Attorney General, Lord Goldsmith, has …": a role, then the
	// person who holds it between commas.
	if h < 0 && b+1 < len(c.toks) && c.toks[b].Text == "," {
		if mi := c.ment[b+1]; mi >= 0 && c.ms[mi].t0 == b+1 {
			m := c.ms[mi]
			if ss.actors[m.actorIndex].kind == lexicon.KindPerson && m.t1 < len(c.toks) && c.toks[m.t1].Text == "," && ss.titlePhrase(c, p, b) {
				return m.actorIndex, [2]int{m.t0, m.t1}
			}
		}
	}
	return h, [2]int{p, b}
}

// nounDescribedByState reports whether the subject phrase np, whose head
// is actor a, is a state's demonym before up to three lower-case words
// that end in a plural noun which names no officials or bodies of it
// ("Indonesian coffee exporters", "Many Jamaican entertainers", "Three
// Dutch computer leasing firms"): the people or firms of that state, who
// speak for no one. The phrase may end at the demonym, the nouns after it.
func (ss *docState) nounDescribedByState(c *sentCtx, a int, np [2]int) bool {
	if a < 0 || ss.actors[a].kind != lexicon.KindState || np[1] <= np[0] {
		return false
	}
	d := -1 // the demonym's end
	for _, m := range c.ms {
		if m.t0 >= np[0] && m.t1 <= np[1] && m.actorIndex == a && m.via == lexicon.ViaDemonym {
			d = m.t1
		}
	}
	if d < 0 {
		return false
	}
	e := d
	for e < len(c.toks) && e < d+3 && c.ment[e] < 0 && text.IsLower(c.toks[e].Text) && !text.IsPunct(c.toks[e].Text) &&
		!functionWord(c.toks[e].Text) && !strings.HasSuffix(c.toks[e].Text, "ed") {
		e++
	}
	if e == d || e < np[1] {
		return false
	}
	w := c.toks[e-1].Text
	return pluralLike(w) &&
		!ss.cl.official.has(w) && !isBodyNoun(w) && !governments[w]
}

// descriptionSubject returns the body that a description opening
// sentence c stands for, when the description is the sentence's whole
// subject ("The company gave …", "The bank gave no details …, but said";
// not "The agency's former chief executive X quit"): "The", up to three
// words in lower case and a noun of a body or of a group of them ("The two
// firms", describedBefore), then a
// word in lower case that is no possessive and goes on with no phrase
// (descriptionGoesOn). It returns the body and the description's tokens,
// or -1.
func (ss *docState) descriptionSubject(c *sentCtx) (int, [2]int) {
	k := openingDescription(c.toks, true) // "The two firms signed …, and say"
	if k < 0 || c.quoted[0] {
		return -1, [2]int{}
	}
	if n := c.toks[k+1].Text; !text.IsLower(n) || descriptionGoesOn[n] {
		return -1, [2]int{}
	}
	if d, s := ss.describedBefore(c, k); d >= 0 && s == 0 {
		return d, [2]int{0, k + 1}
	}
	return -1, [2]int{}
}

// titlePhrase reports whether the tokens [p, b) are a title and nothing
// else, after "the" at most ("The Attorney General", "Chief executive").
func (ss *docState) titlePhrase(c *sentCtx, p, b int) bool {
	if p < b && strings.EqualFold(c.toks[p].Text, "the") {
		p++
	}
	n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[p:b])
	return ok && p+n == b
}

// subjectPhrase returns the tokens [p, b) of the phrase that opens
// sentence c after opening quotes and adverbials ("On Monday, …"), its
// subject; b <= p when there is none.
func (ss *docState) subjectPhrase(c *sentCtx) (int, int) {
	toks := c.toks
	p := 0
	for p < len(toks) && (text.IsOpenQuote(toks[p].Text) || toks[p].Text == ",") {
		p++
	}
	// "But Hantuchova is in upbeat mood", "And Henry afterwards said", "And
	// the Green Party unveiled":
	// a conjunction that joins the sentence to the one before.
	if p+1 < len(toks) && (toks[p].Text == "But" || toks[p].Text == "And" || toks[p].Text == "Yet") && nameOrTheName(toks[p+1:]) {
		p++
	}
	for iter := 0; iter < 3 && p < len(toks) && ss.cl.opener.has(toks[p].Text); iter++ {
		q := p + 1
		for q < len(toks) && toks[q].Text != "," && !isClauseBreak(toks[q].Text) {
			q++
		}
		if q >= len(toks) || toks[q].Text != "," {
			return 0, 0
		}
		p = q + 1
	}
	return p, ss.npFwd(c, p)
}

// nameOrTheName reports whether toks open with a capitalised name, or with
// "the" and one ("And the Green Party unveiled …").
func nameOrTheName(toks []text.Token) bool {
	if len(toks) > 1 && toks[0].Text == "the" {
		toks = toks[1:]
	}
	return text.IsNameStart(toks[0].Text) && !text.IsLower(toks[0].Text)
}

// bodySubject returns the state or organisation whose name, after "the"
// at most, is the whole subject phrase [p, b) of sentence c (subjectPhrase), or
// -1: "In addition, Borussia Dortmund will get loans" is about Borussia
// Dortmund, "Gold miner Galactic Resources improved" not about "Gold".
func (ss *docState) bodySubject(c *sentCtx, p, b int) int {
	if b <= p || c.quoted[p] {
		return -1
	}
	if strings.EqualFold(c.toks[p].Text, "the") {
		p++
	}
	mi := c.ment[min(p, len(c.toks)-1)]
	if mi < 0 {
		return -1
	}
	m := c.ms[mi]
	if m.t0 != p || m.t1 != b || m.via != lexicon.ViaName {
		return -1
	}
	if b+1 < len(c.toks) && text.IsLower(c.toks[b].Text) && c.ment[b+1] >= 0 {
		return -1 // "Gold miner Galactic Resources": a word that describes the name after it
	}
	// Someone else reports it: "China will be short of sorghum, the
	// China Daily said" is the paper's sentence, and so is its "It".
	for k := b; k < len(c.toks); k++ {
		w := strings.ToLower(c.toks[k].Text)
		if (plainSaying(w) || w == "reported" || w == "reports" || w == "according") && !(k == b || k == b+1 && isAdverb(c.toks[b].Text)) {
			return -1
		}
	}
	a := m.actorIndex
	if ss.actors[a].kind == lexicon.KindPerson || ss.isMedia(a) {
		return -1
	}
	return a
}

// nameAfterDescription returns, when a state's name ends right before
// token j and up to two common nouns from j lead to the name of an
// organisation ("Russian newspaper Vedomosti", "US investment bank
// Goldman Sachs", "UK think-tank Demos", whose hyphen joins two nouns
// into one), the start of that name; else j.
func (ss *docState) nameAfterDescription(c *sentCtx, j int) int {
	if j == 0 || c.ment[j-1] < 0 || ss.actors[c.ms[c.ment[j-1]].actorIndex].kind != lexicon.KindState {
		return j
	}
	nouns := 0
	for k := j; k < len(c.toks) && nouns <= 2; k++ {
		if mi := c.ment[k]; mi >= 0 {
			if k > j && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindOrg {
				return k
			}
			return j
		}
		w := c.toks[k].Text
		if k > j && hyphenJoins(c.toks, k) {
			continue // "think-tank"
		}
		if !text.IsLower(w) || functionWord(w) || c.quoted[k] {
			return j
		}
		nouns++
	}
	return j
}

// personAfterDescription returns, when the name of a state or an
// organisation ends right before token j and one or two common nouns from
// j lead to a person's name ("Peoplesoft worker David Ogden", "Boeing
// engineer Tom Hale"), the start of the person's name; else j. The person
// heads the phrase.
func (ss *docState) personAfterDescription(c *sentCtx, j int) int {
	if j == 0 || c.ment[j-1] < 0 || ss.actors[c.ms[c.ment[j-1]].actorIndex].kind == lexicon.KindPerson {
		return j
	}
	for k := j; k < len(c.toks) && k <= j+2; k++ {
		if mi := c.ment[k]; mi >= 0 {
			if k > j && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson {
				return k
			}
			return j
		}
		w := c.toks[k].Text
		if _, _, cue := ss.cl.cueTable.match(c.toks, k); !text.IsLower(w) || functionWord(w) || text.IsPunct(w) || c.quoted[k] || cue ||
			strings.HasSuffix(w, "ed") {
			return j // "The Everton striker signed Morrison": a verb
		}
	}
	return j
}

// describedAfterState returns the organisation named in the phrase [a, e)
// after a state's name and common nouns that describe it ("Russian
// newspaper Vedomosti", "US investment bank Goldman Sachs"): the head of
// the phrase, which the state only describes; or -1.
func (ss *docState) describedAfterState(c *sentCtx, a, e int) int {
	for j := a; j < e; j++ {
		if k := ss.nameAfterDescription(c, j); k > j && k < e && c.ment[j-1] >= 0 && c.ms[c.ment[j-1]].t0 >= a {
			return c.ms[c.ment[k]].actorIndex
		}
	}
	return -1
}

// npBack returns the first token of the speaker phrase that ends at token
// k, or k+1 if there is none.
func (ss *docState) npBack(c *sentCtx, k int) int {
	toks := c.toks
	a := k + 1
	if k >= 0 && isPronoun(toks[k].Text) {
		if c.ment[k] < 0 {
			return a // an unresolved pronoun names no one
		}
		// A pronoun is a phrase of its own: after "and" it opens a
		// clause ("… after spells at Arsenal and Real Madrid and he
		// feels …"), not the last part of a coordination.
		return k
	}
	j0 := k
	if s := ss.stateBodyStart(c, k); s >= 0 {
		a, j0 = s, s-1 // "the U.S. Agriculture Department"
	}
	for j := j0; j >= 0; {
		if c.quoted[j] {
			break
		}
		if mi := c.ment[j]; mi >= 0 {
			a = c.ms[mi].t0
			j = a - 1
			continue
		}
		if _, ok := ss.seatAt(c, j); ok {
			a = j
			j--
			continue
		}
		w := toks[j].Text
		switch {
		case text.IsPossessive(w) && j > 0 && a <= k:
		case ss.cl.official.has(w) || ss.cl.np.has(w):
		case (isBodyNoun(w) || j == 0 && isBodyNoun(strings.ToLower(w))) && (j == k || a == j+1 && ss.cl.official.has(toks[j+1].Text)),
			strings.EqualFold(w, "department") && a == j+1 && j < k && ss.cl.official.has(toks[j+1].Text):
			// "a company spokesman", "a spokesman for the company",
			// "Company officials said" opening the sentence; kept only if
			// the phrase has an official (below).
		case (w == "and" || w == "&") && a <= k && j > 0:
		case w == "as" && a <= k && j > 2 && c.ment[a] >= 0 && asWellAs(toks, j-2):
			// "France as well as Germany said": a coordination.
			a, j = j-2, j-3
			continue
		case generation(w) && j > 0 && c.ment[j-1] >= 0 && c.ms[c.ment[j-1]].t1-c.ms[c.ment[j-1]].t0 >= 2 &&
			ss.actors[c.ms[c.ment[j-1]].actorIndex].kind == lexicon.KindPerson:
			// "Alfred Brittain III said", "Fred Lyons Jr. said": the
			// generation after a person's full name is part of it (not
			// "Mark IV Industries").
		case w == ">" && wireBracketEnd(c, j), w == "<" && j < k && c.ment[j+1] >= 0 && c.ms[c.ment[j+1]].t0 == j+1:
			// "<Golden Rule Resources Ltd> and Goldsil Resources Ltd
			// said": the wire's brackets around a name are part of it.
		case w == "," && a <= k && j > 0 && c.ment[j-1] >= 0 && (listItemEnd(c, j+1) >= 0 || toks[j+1].Text == "and" && serialComma(c, j)) &&
			ss.listEndsWithAnd(c, j, k):
			// "A, B and C said", "A, B, and C said" (a serial comma), "A,
			// the B and C said"
		case (w == "for" || w == "of" || w == "from" || w == "at" || w == "in") && a <= k && j > 0 &&
			(ss.cl.official.has(toks[j-1].Text) || ss.titleEndsAt(c, j)):
		default:
			if s := ss.titleCovering(c, j, k); s >= 0 {
				a, j = s, s-1
				continue
			}
			if s := ss.placeOfOfficials(c, j); s >= 0 {
				a, j = s, s-1
				continue
			}
			j = -1
			continue
		}
		a = j
		j--
	}
	// A phrase does not start with a conjunction, preposition or possessive.
	for a <= k && (toks[a].Text == "and" || toks[a].Text == "&" || toks[a].Text == "for" || toks[a].Text == "of" ||
		toks[a].Text == "from" || toks[a].Text == "at" || toks[a].Text == "in" || text.IsPossessive(toks[a].Text)) {
		a++
	}
	// "the company said" is a description (describedBefore), not the
	// phrase of an official.
	if a <= k && c.ment[k] < 0 && isBodyNoun(toks[k].Text) && !ss.hasOfficial(c, a, k) {
		return k + 1
	}
	return a
}

// placeOfOfficials returns the first token of a place's name that ends
// at token j and follows "in" after an official's noun ("U.S. officials
// in Baghdad", "a spokesman in Geneva"): up to three capitalised words
// that name no actor, which the phrase holds without their naming its
// speaker; else -1.
func (ss *docState) placeOfOfficials(c *sentCtx, j int) int {
	i := j
	for i >= 0 && j-i < 3 && c.ment[i] < 0 && !c.quoted[i] && !text.IsLower(c.toks[i].Text) && !text.IsPunct(c.toks[i].Text) {
		i--
	}
	if i == j || i < 1 || c.toks[i].Text != "in" || !ss.cl.official.has(c.toks[i-1].Text) {
		return -1
	}
	return i + 1
}

// namedAfterDescriptor returns the mention of a name that follows, from
// token p, an article at most and one to four lower-case words that
// describe it ("state statistics body INSEE", "the news agency Tass"),
// when the name ends its phrase (a comma, a bracket or the sentence's end
// after it).
func (ss *docState) namedAfterDescriptor(c *sentCtx, p int) (mention, bool) {
	j := p
	if j < len(c.toks) && (strings.EqualFold(c.toks[j].Text, "the") || c.toks[j].Text == "a" || c.toks[j].Text == "an") {
		j++
	}
	n := 0
	for j < len(c.toks) && n < 4 && c.ment[j] < 0 && !c.quoted[j] && text.IsLower(c.toks[j].Text) && !text.IsPunct(c.toks[j].Text) && !functionWord(c.toks[j].Text) {
		j++
		n++
	}
	if n == 0 || j >= len(c.toks) || c.ment[j] < 0 {
		return mention{}, false
	}
	m := c.ms[c.ment[j]]
	if m.t0 != j || m.via != lexicon.ViaName || m.t1 < len(c.toks) && !text.IsPunct(c.toks[m.t1].Text) {
		return mention{}, false
	}
	return m, true
}

// describedAfterAccording resolves a definite description of a body that
// follows "according to" at token p and ends its clause ("…, according to
// the company.", "according to the exchange"): describedBefore on its
// noun. It returns the body and the phrase's first token, or -1.
func (ss *docState) describedAfterAccording(c *sentCtx, p int) (int, int) {
	e := ss.descriptionEnd(c, p)
	if e <= p || e < len(c.toks) && !text.IsPunct(c.toks[e].Text) {
		return -1, 0
	}
	if e < len(c.toks) && text.IsPossessive(c.toks[e].Text) {
		// "according to the company's annual report" is the company's;
		// "according to the bank's counsel, Guy Gibson" is the counsel's.
		for j := e + 1; j < len(c.toks) && j <= e+8; j++ {
			w := c.toks[j].Text
			if w == "." || w == ";" {
				break
			}
			if mi := c.ment[j]; mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson ||
				ss.cl.official.has(w) && !saidNouns[strings.ToLower(w)] || ss.cl.person.has(w) {
				return -1, 0
			}
		}
	}
	if _, ok := orgNouns[strings.ToLower(c.toks[e-1].Text)]; !ok {
		return -1, 0
	}
	return ss.describedBefore(c, e-1)
}

// descriptionEnd returns the end of a description that starts at token p
// with "the" or "its" and runs over lower-case words (at most five), or p
// when there is none.
func (ss *docState) descriptionEnd(c *sentCtx, p int) int {
	if p >= len(c.toks) || !strings.EqualFold(c.toks[p].Text, "the") && !strings.EqualFold(c.toks[p].Text, "its") {
		return p
	}
	e := p + 1
	for e < len(c.toks) && e <= p+5 && c.ment[e] < 0 && !c.quoted[e] && text.IsLower(c.toks[e].Text) && !text.IsPunct(c.toks[e].Text) {
		e++
	}
	return e
}

// serialComma reports whether the comma at token j, right before "and",
// ends the second-to-last name of a list of three or more ("A, B, and
// C"): a comma stands before that name too. Otherwise ", and" joins two
// clauses ("… after replacing Hughes, and Giggs said").
func serialComma(c *sentCtx, j int) bool {
	mi := c.ment[j-1]
	if mi < 0 {
		return false
	}
	p := c.ms[mi].t0 - 1
	if p >= 0 && strings.EqualFold(c.toks[p].Text, "the") {
		p--
	}
	return p >= 1 && c.toks[p].Text == "," && c.ment[p-1] >= 0
}

// isBodyNoun reports whether w is a common noun for a kind of organisation
// that may describe whose officials speak ("company", "bank", "union").
func isBodyNoun(w string) bool {
	cat, ok := orgNouns[w]
	return ok && cat != "media"
}

// hasOfficial reports whether tokens [a, b) hold a head noun of officials
// outside names.
func (ss *docState) hasOfficial(c *sentCtx, a, b int) bool {
	for j := a; j < b; j++ {
		if c.ment[j] < 0 && ss.cl.official.has(c.toks[j].Text) {
			return true
		}
	}
	return false
}

// npFwd returns the end (exclusive) of the speaker phrase that starts at
// token p, or p if there is none.
func (ss *docState) npFwd(c *sentCtx, p int) int {
	toks := c.toks
	j := p
	for j < len(toks) {
		if mi := c.ment[j]; mi >= 0 {
			j = c.ms[mi].t1
			continue
		}
		if n, ok := ss.seatAt(c, j); ok && j > p {
			j += n
			continue
		}
		w := toks[j].Text
		if j == p && isPronoun(w) {
			return p
		}
		if text.IsPossessive(w) && j > p {
			j++
			continue
		}
		if ss.cl.official.has(w) || ss.cl.np.has(w) {
			j++
			continue
		}
		if j+1 < len(toks) && documentNouns[strings.ToLower(w)] && (toks[j+1].Text == "by" || toks[j+1].Text == "from") {
			j++ // "according to research by X"
			continue
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[j:]); ok && n > 0 {
			j += n
			continue
		}
		if k := ss.titleAfterNouns(c, j); k > j {
			j = k // "company chairman", "ISM survey chairman"
			continue
		}
		if k := ss.nameAfterDescription(c, j); k > j && j > p {
			j = k // "Russian newspaper Vedomosti"
			continue
		}
		if k := ss.personAfterDescription(c, j); k > j && j > p {
			j = k // "Peoplesoft worker David Ogden"
			continue
		}
		if j > p && j+1 < len(toks) && (w == "and" || w == "&") && ss.phraseStart(c, j+1) {
			j++
			continue
		}
		// "a report by X", "research from X": the document's author.
		author := j > p && (w == "by" || w == "from") && documentNouns[strings.ToLower(toks[j-1].Text)]
		if j > p && j+1 < len(toks) && (w == "for" || w == "of" || w == "from" || w == "at" || w == "in" || author) &&
			(ss.cl.official.has(toks[j-1].Text) || author || ss.titleEndsAt(c, j)) && ss.phraseStart(c, j+1) {
			j++
			continue
		}
		if author {
			// "a report by analysts Forrester Research", "research from
			// security firm Sophos": the author described before its name.
			if e := ss.describedNameEnd(c, j+1); e > 0 {
				j = e
				continue
			}
		}
		break
	}
	// A phrase does not end with a conjunction or preposition.
	for j > p && (toks[j-1].Text == "and" || toks[j-1].Text == "&" || toks[j-1].Text == "for" ||
		toks[j-1].Text == "of" || toks[j-1].Text == "from" || toks[j-1].Text == "at" || toks[j-1].Text == "by") {
		j--
	}
	return j
}

// describedName returns the actor of an apposition [a, b) that is a name
// after the words that describe its bearer ("playwright Eve Ensler", "US
// writer Tom Wolfe", "the veteran actor Kim Hale", "steel giant LNM"): an
// article and a state's name at most, then one or two lower-case words that
// are no function words, cues, relatives ("which makes Stella Artois"),
// prepositions of examples ("like Fox") or quotation, then the name, which
// ends the apposition; or -1.
func (ss *docState) describedName(c *sentCtx, a, b int) int {
	toks := c.toks
	j := a
	if j < b && isArticleWord(toks[j].Text) {
		j++
	}
	if mi := c.ment[j]; j < b && mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindState && c.ms[mi].t1 < b {
		j = c.ms[mi].t1 // "US writer Tom Wolfe", "the German carmaker BMW"
	}
	n := 0
	for ; j < b && c.ment[j] < 0; j++ {
		w := toks[j].Text
		if _, _, cue := ss.cl.cueTable.match(toks, j); !text.IsLower(w) || functionWord(w) || text.IsPunct(w) || c.quoted[j] || cue ||
			subordinators[w] || w == "that" || examplePreps[w] {
			return -1
		}
		n++
	}
	if n == 0 || n > 2 || j >= b {
		return -1
	}
	m := c.ms[c.ment[j]]
	if m.t0 != j || m.t1 != b || m.via != lexicon.ViaName {
		return -1
	}
	return m.actorIndex
}

// describedNameEnd returns the end of a name described before it that
// starts at token a ("analysts Gartner", "the security firm Sophos", "US
// think tank Demos"; see describedName), or 0 if none does.
func (ss *docState) describedNameEnd(c *sentCtx, a int) int {
	for j := a; j < len(c.toks) && j <= a+4; j++ {
		mi := c.ment[j]
		if mi < 0 {
			continue
		}
		m := c.ms[mi]
		if ss.actors[m.actorIndex].kind == lexicon.KindState {
			j = m.t1 - 1 // "US think tank Demos": the state describes
			continue
		}
		if m.t0 > a && ss.describedName(c, a, m.t1) >= 0 {
			return m.t1
		}
		return 0
	}
	return 0
}

// examplePreps are the prepositions that open an apposition of examples
// or exceptions ("broadcasters, like Fox, claim"): the name is no
// description of the subject.
var examplePreps = map[string]bool{"like": true, "unlike": true, "including": true, "excluding": true, "except": true,
	"besides": true, "notably": true, "especially": true, "particularly": true, "mainly": true, "mostly": true}

// lowerLegalForms are companies' legal forms as wire copy writes them in
// lower case after a name ("Kirschner Medical corp said").
var lowerLegalForms = map[string]bool{"corp": true, "corp.": true, "inc": true, "inc.": true, "co": true, "co.": true,
	"ltd": true, "ltd.": true, "plc": true}

// progressive returns, when the participle at token t follows a form of
// "be" ("have been pushing", "is also calling"), the first token of its
// verb group (auxiliaries and adverbs before it), where its subject ends;
// else -1.
func progressive(toks []text.Token, t int) int {
	k := t - 1
	for k >= 0 && (isAdverb(toks[k].Text) || plainAdverbs[strings.ToLower(toks[k].Text)]) {
		k--
	}
	if k < 0 {
		return -1
	}
	switch strings.ToLower(toks[k].Text) {
	case "be", "been", "being", "is", "are", "was", "were", "am", "'s", "'re":
	default:
		return -1
	}
	for k > 0 && (isAuxWord(toks[k-1].Text) || isAdverb(toks[k-1].Text) || plainAdverbs[strings.ToLower(toks[k-1].Text)]) {
		k--
	}
	return k
}

// isAuxWord reports whether w is an auxiliary verb.
func isAuxWord(w string) bool {
	switch strings.ToLower(w) {
	case "be", "been", "being", "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "could",
		"can", "may", "might", "should", "must", "shall", "'s", "'re":
		return true
	}
	return false
}

// tradeSources reports whether the speaker phrase toks is a trade's
// sources, not a government's: "source" or "sources" after a lower-case
// word that names no office ("banking sources in Muscat", "industry
// sources in Tokyo", "sources in Oslo"), which the capital the phrase
// names does not make the state's.
func tradeSources(toks []text.Token) bool {
	k := slices.IndexFunc(toks, func(t text.Token) bool { return t.Text == "sources" || t.Text == "source" })
	if k < 0 {
		return false
	}
	for _, t := range toks[:k] {
		switch strings.ToLower(t.Text) {
		case "government", "official", "ministry", "administration", "cabinet", "presidential", "palace", "military", "army", "police":
			return false
		}
	}
	return true
}

// pluralVoices are the people named in the plural through whom a state or
// organisation speaks ("Bank of Japan sources", "Treasury officials").
var pluralVoices = map[string]bool{"sources": true, "officials": true, "spokesmen": true, "executives": true,
	"diplomats": true, "negotiators": true, "aides": true, "advisers": true, "advisors": true, "ministers": true, "delegates": true, "representatives": true}

// pluralVoice reports whether the speaker phrase np of sentence c ends in
// a noun of pluralVoices.
func pluralVoice(c *sentCtx, np [2]int) bool {
	return np[1] > np[0] && np[1] <= len(c.toks) && pluralVoices[strings.ToLower(c.toks[np[1]-1].Text)]
}

// voiceNouns are the people who speak for one person: "his spokesman",
// "her lawyers", "his office".
var voiceNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "lawyer": true,
	"lawyers": true, "attorney": true, "attorneys": true, "solicitor": true, "solicitors": true, "agent": true,
	"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true, "advisors": true,
	"office": true, "publicist": true, "representative": true, "representatives": true, "camp": true}

// personsVoice returns the person named with a possessive in the phrase
// [a, e) whose voice ends the phrase, one word at most between them: a
// noun of voiceNouns ("Benjamin Netanyahu's office", "Yoon's official
// spokesman"); the person speaks through them, whatever state the phrase
// names before ("Israel's Prime Minister …"). It returns -1 otherwise.
func (ss *docState) personsVoice(c *sentCtx, a, e int) int {
	if e-a < 3 || !voiceNouns[strings.ToLower(c.toks[e-1].Text)] {
		return -1
	}
	for j := e - 2; j >= a && j >= e-3; j-- {
		if !text.IsPossessive(c.toks[j].Text) || j == 0 {
			continue
		}
		if mi := c.ment[j-1]; mi >= 0 && c.ms[mi].t1 == j && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson {
			return c.ms[mi].actorIndex
		}
		return -1
	}
	return -1
}

// pronounsVoice resolves a phrase [a, b) that is "his" or "her", up to two
// lower-case words ("official", "chief"), and a noun of voiceNouns: the
// person the pronoun refers to speaks through them ("Balladur is undecided
// over his future, his spokesman said"; "Stan Lee sued the studio. His
// lawyer said …"), not the state the article is about. The person is the
// one person of the pronoun's gender named before the phrase in the
// sentence, or the first of several when it opens the sentence, else, when
// no person is named there, the one the pronoun at the start of the
// sentence would refer to. It reports false when the phrase is no such
// phrase or the pronoun may be either of two people.
func (ss *docState) pronounsVoice(c *sentCtx, a, b int) (int, bool) {
	toks := c.toks
	g, ok := genderMale, false
	switch toks[a].Text {
	case "his", "His":
		ok = true
	case "her", "Her":
		g, ok = genderFemale, true
	}
	if !ok || b-a < 2 || b-a > 4 || c.ment[a] >= 0 || !voiceNouns[strings.ToLower(toks[b-1].Text)] {
		return -1, false
	}
	for k := a + 1; k < b-1; k++ {
		if w := toks[k].Text; !text.IsLower(w) || functionWord(w) || c.ment[k] >= 0 {
			return -1, false
		}
	}
	// The people named before the phrase: the one of the pronoun's
	// gender, or the first of several when it opens the sentence.
	p, first, persons := -1, -1, 0
	for _, m := range c.ms {
		if m.t0 >= a || c.quoted[m.t0] || ss.actors[m.actorIndex].kind != lexicon.KindPerson {
			continue
		}
		persons++
		if !ss.fits(m.actorIndex, g) {
			continue
		}
		if first < 0 && ss.opensSentence(c, m.t0) {
			first = m.actorIndex
		}
		switch {
		case p < 0:
			p = m.actorIndex
		case p != m.actorIndex:
			p = -2 // two people it may be
		}
	}
	switch {
	case p == -2 && first >= 0:
		p = first
	case p == -2:
		return -1, false // as before: an unnamed spokesman the story may name later
	case persons == 0:
		p = ss.antecedent(c.si, g)
	}
	if p >= 0 && ss.f.opts.Pronouns {
		ss.addMention(c, a, a+1, p, lexicon.ViaPronoun)
	}
	return p, true
}

// titleAfterNouns returns the start of a title that follows one or two
// lower-case nouns at token j, which describe the title's field or
// employer ("company chairman", "survey chairman", "fund manager"), or j
// if there is none. Function words and reporting verbs are no such nouns.
func (ss *docState) titleAfterNouns(c *sentCtx, j int) int {
	toks := c.toks
	for k := j; k < len(toks) && k < j+2; k++ {
		w := toks[k].Text
		if _, _, cue := ss.cl.cueTable.match(toks, k); !text.IsLower(w) || functionWord(w) || text.IsPunct(w) || cue {
			return j
		}
		if k+1 < len(toks) {
			if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[k+1:]); ok && n > 0 {
				return k + 1
			}
		}
	}
	return j
}

// phraseStart reports whether token j can start a speaker phrase.
func (ss *docState) phraseStart(c *sentCtx, j int) bool {
	w := c.toks[j].Text
	if _, ok := ss.seatAt(c, j); ok {
		return true
	}
	return c.ment[j] >= 0 || ss.cl.np.has(w) || ss.cl.official.has(w)
}

// seatAt reports whether a capital or seat of government that the
// recogniser took for a venue starts at token j ("officials in Kyiv"), and
// its length in tokens. Only seats of states that are actors of the
// document count.
func (ss *docState) seatAt(c *sentCtx, j int) (int, bool) {
	if c.ment[j] >= 0 || text.IsLower(c.toks[j].Text) || !text.IsNameStart(c.toks[j].Text) {
		return 0, false
	}
	if a, n := ss.seatActor(c, j); a >= 0 {
		return n, true
	}
	return 0, false
}

// seatActor returns the state whose seat is named at token j, and the
// length of the name, or -1.
func (ss *docState) seatActor(c *sentCtx, j int) (int, int) {
	n, entries := ss.f.lex.Longest(ss.doc.Text, c.toks[j:])
	for _, e := range entries {
		if e.Via == lexicon.ViaSeat && e.Kind == lexicon.KindState {
			if a := ss.actorByName(e.Name); a >= 0 {
				return a, n
			}
		}
	}
	return -1, 0
}

// stateBodyHeads are the last words of the names of a state's own
// bodies.
var stateBodyHeads = map[string]bool{"Department": true, "Ministry": true, "Office": true, "Agency": true,
	"Bureau": true, "Service": true, "Administration": true, "Commission": true, "Board": true, "Council": true,
	"Institute": true, "Authority": true}

// stateBodyStart returns the first of the one to three capitalised words
// ending at token k with a body's head ("Agriculture Department") that
// follow a state's mention ("the U.S. Agriculture Department", "Brazil's
// Coffee Institute") and name nothing the extraction knows, or -1. Such a
// body speaks for its state, as a ministry described through its state
// does (see headOf).
func (ss *docState) stateBodyStart(c *sentCtx, k int) int {
	toks := c.toks
	if k < 1 || c.ment[k] >= 0 || c.quoted[k] || !stateBodyHeads[toks[k].Text] {
		return -1
	}
	s := k
	for n := 0; n < 3 && s > 0 && c.ment[s-1] < 0 && !c.quoted[s-1] && !text.IsLower(toks[s-1].Text) && text.IsNameStart(toks[s-1].Text); n++ {
		s--
	}
	if s == k || s == 0 {
		return -1
	}
	p := s - 1
	if text.IsPossessive(toks[p].Text) && p > 0 {
		p--
	}
	if mi := c.ment[p]; mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindState {
		return s
	}
	return -1
}

// titleEndsAt reports whether a title ends right before token j.
func (ss *docState) titleEndsAt(c *sentCtx, j int) bool {
	for k := max(0, j-4); k < j; k++ {
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[k:j]); ok && k+n == j {
			return true
		}
	}
	return false
}

// titleCovering returns the first token of a title that covers token j
// and ends at or before token k ("foreign policy aide"), or -1.
func (ss *docState) titleCovering(c *sentCtx, j, k int) int {
	for s := j; s >= 0 && s >= j-3; s-- {
		if c.ment[s] >= 0 {
			break
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[s:k+1]); ok && s+n > j {
			return s
		}
	}
	return -1
}

// headOf resolves the speaker phrase [a, b) to an actor: the person it
// names (not a possessor: "Putin's aide"), a person the article named with
// the phrase's role, or the state or organisation of unnamed officials.
// Only the first of coordinated phrases counts.
func (ss *docState) headOf(c *sentCtx, a, b int) int {
	if a >= b {
		return -1
	}
	if p, ok := ss.pronounsVoice(c, a, b); ok {
		return p
	}
	toks := c.toks
	if k := letterIn(c, a, b); k >= 0 {
		return ss.letterWriter(c, a, k)
	}
	e := a
	for e < b && toks[e].Text != "and" && toks[e].Text != "&" {
		if mi := c.ment[e]; mi >= 0 {
			e = c.ms[mi].t1
			continue
		}
		e++
	}
	e = min(e, b)
	// "Veteran Labour MP and former Cabinet minister Jack Cunningham": two
	// roles of one person, not two speakers, when a title ends the part
	// before "and" and a person's name ends the phrase.
	if e < b-1 && toks[e].Text == "and" && e > a && ss.titleEndsAt(c, e) {
		if mi := c.ment[b-1]; mi >= 0 && c.ms[mi].t1 == b && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson {
			e = b
		}
	}
	person, first, role, official := -1, -1, -1, false
	roleEnd := -1
	owned := -1       // the first actor named without a possessive after it
	modified := false // owned follows a state that modifies it ("the U.S. Feed Grains Council")
	media := false    // "Israeli media": outlets of a state, not its state media
	prevModifier := false
	for j := a; j < e; {
		if mi := c.ment[j]; mi >= 0 {
			m := c.ms[mi]
			possessed := m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text)
			if !possessed && ss.actors[m.actorIndex].kind == lexicon.KindPerson {
				person = m.actorIndex
			}
			// "The US Securities and Exchange Commission": a state right
			// before an organisation's name modifies it, as its
			// possessive would.
			modifier := m.t1 < e && c.ment[m.t1] >= 0 && ss.actors[m.actorIndex].kind == lexicon.KindState &&
				ss.actors[c.ms[c.ment[m.t1]].actorIndex].kind == lexicon.KindOrg
			if !possessed && !modifier && owned < 0 {
				owned, modified = m.actorIndex, prevModifier
			}
			// A demonym qualifies the speaker rather than naming the
			// organisation: "an Ivorian ICCO delegate" is Ivory Coast's.
			prevModifier = modifier && m.via == lexicon.ViaName
			if first < 0 {
				first = m.actorIndex
			}
			j = m.t1
			continue
		}
		// "Israeli media", "the Soviet press said", "Brazilian press
		// reports said": a country's outlets, not its "state media".
		switch {
		case pressNouns[strings.ToLower(toks[j].Text)] && (j == e-1 || strings.EqualFold(toks[j+1].Text, "reports")) &&
			(j == a || !strings.EqualFold(toks[j-1].Text, "state")):
			media = true
		case ss.cl.official.has(toks[j].Text):
			official = true
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[j:e]); ok && n > 0 {
			// "the prime minister's official spokesman": a possessive role
			// is the person whose spokesman, aide or lawyer speaks.
			if first < 0 && j+n < e && text.IsPossessive(toks[j+n].Text) {
				if p := ss.resolveRole(c, j, j+n, -1); p >= 0 {
					if ss.f.opts.Pronouns {
						ss.addMention(c, j, j+n, p, lexicon.ViaRole)
					}
					first = p
					j += n
					continue
				}
			}
			if role < 0 {
				role, roleEnd = j, j+n
			}
			j += n
			continue
		}
		j++
	}
	if person >= 0 {
		return person
	}
	if first >= 0 && ss.actors[first].kind == lexicon.KindState {
		if p := ss.personsVoice(c, a, e); p >= 0 {
			return p // "Israel's Prime Minister Benjamin Netanyahu's office said"
		}
	}
	if o := ss.describedAfterState(c, a, e); o >= 0 {
		return o // "according to Russian newspaper Vedomosti"
	}
	// Officials of an organisation named after the state that modifies
	// it ("officials of the U.S. Feed Grains Council said", "the chairman
	// of U.S. Wheat Associates said") speak for the organisation, as a
	// named one does without officials.
	if owned >= 0 && (!official && role < 0 || modified) && ss.actors[first].kind != lexicon.KindPerson && ss.actors[owned].kind == lexicon.KindOrg &&
		!(ss.actors[first].kind == lexicon.KindState && ss.actors[owned].affil == ss.actors[first].name && !ss.namedBody(owned)) {
		// "China's Baoshan, the country's largest steel producer,
		// said", "Kiel University's Institute for World Economy said":
		// the organisation, not the state or body it belongs to (but
		// "Brown's Britain", a book, is no statement of Britain's). A
		// state's own ministry or army described through its state
		// ("China's Commerce Ministry") speaks for the state, as the
		// body level says (description.go); a body of the gazetteer of
		// another kind speaks for itself ("The US Securities and
		// Exchange Commission announced").
		first = owned
	}
	if media && !official && role < 0 {
		// "according to Israeli media", "Russian media reported": a
		// country's press is a source, not its government ("state
		// media" speak for it).
		return -1
	}
	if role >= 0 {
		if p := ss.resolveRole(c, role, e, first); p >= 0 {
			if ss.f.opts.Pronouns {
				ss.addMention(c, role, e, p, lexicon.ViaRole)
			}
			return p
		}
		if slices.ContainsFunc(toks[a:role], func(t text.Token) bool { return standingWords[strings.ToLower(t.Text)] }) {
			// "the former cabinet secretary said", "the former Labour
			// leader said": someone who no longer holds the office (or
			// never has: "the shadow chancellor") does not speak for
			// the state or the body.
			return -1
		}
		if !official && first >= 0 && ss.privateTitle(c, role, roleEnd) && ss.privatePersonOfDemonym(c, a, e, first) {
			// "a Japanese economist", "a leading Japanese businessman":
			// the title of a commentator or of someone in private
			// business, a person of that nationality who speaks for no
			// state.
			return -1
		}
		official = true
	}
	if official && (first < 0 || ss.actors[first].kind == lexicon.KindState) && ss.privateOfficials(c, a, e) {
		// "industry officials said", "U.S. industry officials said", "a
		// venue spokesman said": people of a trade or a private place,
		// who speak for no state, nor for a body the text did not name.
		return -1
	}
	if first < 0 && official {
		if o := ss.oneOfThem(c, a, e); o >= 0 {
			return o // "Finance Ministry officials said … , one official said"
		}
		for j := a; j+1 < e; j++ {
			if strings.EqualFold(toks[j].Text, "central") && strings.EqualFold(toks[j+1].Text, "bank") && ss.cl.official.has(toks[e-1].Text) {
				// "Central bank sources said", "senior central bank
				// officials said": the one central bank the story names,
				// not the ministry named last.
				if cb := ss.centralBank(c, a, e); cb >= 0 && ss.centralBankLike(cb) {
					return cb
				}
			}
		}
		if groupNouns[strings.ToLower(toks[e-1].Text)] {
			// "Both governments said", "the two governments said": each
			// state of the coordination the text spoke of (describedGroup).
			if g, _ := ss.describedGroup(c, e-1); g >= 0 {
				return g
			}
		}
		if o, ok := ss.bodyOfOfficials(c, a, e); ok {
			return o // "a company spokesman said"
		}
		if o := ss.bodyNamedForStaff(c, a, e); o >= 0 {
			return o // "Prosecutors said" after "the Swedish Prosecution Authority"
		}
		if o := ss.bodyByHead(c, a, e); o >= 0 {
			return o // "an executive spokesman said" after "the Scottish Executive"
		}
		if ss.regionIn(c, a, e) {
			return -1 // "One Latin American debt official said": of no one state
		}
		if o := ss.spokeBefore(c, a, e); o >= 0 {
			return o // "the spokesman said", "the statement said"
		}
		for j := a; j < e && !tradeSources(toks[a:e]); j++ {
			if s, n := ss.seatActor(c, j); s >= 0 && c.ment[j] < 0 {
				if ss.f.opts.Pronouns {
					ss.addMention(c, j, j+n, s, lexicon.ViaOfficial) // "officials in Kyiv"
				}
				return s
			}
		}
		if issuedNouns[strings.ToLower(toks[e-1].Text)] && !ss.hasOfficial(c, a, e-1) {
			// "a high command communique said", "an official announcement
			// said": a document whose issuer the text does not name nor
			// has heard speak is no one's yet (not the state the article
			// names most, nor the body named last).
			return -1
		}
		if o := ss.ministryOf(c, a, e); o >= 0 {
			return o // "a ministry official said", after "the Finance Ministry"
		}
		if o := ss.bodyInSentence(c, a, e); o >= 0 {
			return o // "X will close its plant, a spokesman said"
		}
		// "The government said": the state the article is about.
		if g := ss.governmentOf(c, a, e); g >= 0 {
			return g
		}
		if g := ss.statementOf(c, a, e); g >= 0 {
			return g // "“…,” the statement said"
		}
		if g := ss.issuedDocument(c, a, e); g >= 0 {
			return g
		}
	}
	if first < 0 || ss.blocByDemonym(c, a, e, first) {
		return -1
	}
	fa := ss.actors[first]
	if fa.kind == lexicon.KindPerson {
		if !official {
			return -1
		}
		// "Trump's team", "the prime minister's official spokesman",
		// "Mr X's lawyers": an unnamed spokesman, aide, team or lawyer of
		// a named person speaks for that person.
		return first
	}
	// "Swiss lawyers", "British solicitors": a nationality, not a client.
	if fa.kind == lexicon.KindState && ss.counselOfDemonym(c, a, e, first) {
		return -1
	}
	// "a leading Japanese businessman", "a Japanese economist": a person
	// of that nationality, who does not speak for the state.
	if fa.kind == lexicon.KindState && !official && ss.privatePersonOfDemonym(c, a, e, first) {
		return -1
	}
	// A state or organisation named alone must not be a possessor.
	if !official {
		for j := a; j < e; j++ {
			if mi := c.ment[j]; mi >= 0 && c.ms[mi].actorIndex == first {
				m := c.ms[mi]
				if m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) && m.t1+1 >= e {
					return -1
				}
				break
			}
		}
	}
	return first
}

// privateBodyNouns are the nouns of a trade or of a private place whose
// officials or spokesman speak for no state: counted in the BBC and
// Reuters archives as the word before "officials said" or "spokesman
// said" where the extraction gave the statement to the state the story
// is about ("industry officials said" 19 times); the nouns of public
// services ("port", "airport", "police", "railway") are left out, their
// officials often the state's.
var privateBodyNouns = map[string]bool{"industry": true, "refinery": true, "refiner": true, "refiners": true,
	"mine": true, "mill": true, "plant": true, "factory": true, "market": true, "elevator": true, "venue": true,
	"hospital": true, "school": true, "university": true, "college": true, "museum": true, "theatre": true,
	"studio": true, "festival": true, "business": true, "businesses": true}

// voiceOfStaff are the officials' nouns of privateOfficials: people who
// speak for a body, not the body itself ("the oil industry trade group"
// is the association).
var voiceOfStaff = map[string]bool{"official": true, "officials": true, "spokesman": true, "spokeswoman": true,
	"spokesmen": true, "spokesperson": true, "source": true, "sources": true, "executive": true, "executives": true,
	"representative": true, "representatives": true, "manager": true, "managers": true}

// privateOfficials reports whether the speaker phrase [a, e) of sentence
// c ends in a noun of voiceOfStaff that a noun of privateBodyNouns describes,
// outside any name, in the phrase or in the two lower-case words before
// it that the phrase left out (the sentence's first word in any case):
// "industry officials", "Oil industry sources", "a refinery spokesman".
func (ss *docState) privateOfficials(c *sentCtx, a, e int) bool {
	if e <= a || !voiceOfStaff[strings.ToLower(c.toks[e-1].Text)] {
		return false
	}
	start := a
	for start > 0 && start > a-2 && c.ment[start-1] < 0 && !c.quoted[start-1] && (text.IsLower(c.toks[start-1].Text) || start == 1) {
		start--
	}
	// "U.S. Government and aerospace industry officials": the state's
	// officials speak beside the trade's.
	for j := start - 1; j >= 0 && j >= start-4 && !c.quoted[j] && !text.IsPunct(c.toks[j].Text); j-- {
		if governmentNouns[strings.ToLower(c.toks[j].Text)] {
			return false
		}
	}
	private := false
	for j := start; j < e-1; j++ {
		if c.ment[j] >= 0 {
			continue
		}
		w := strings.ToLower(c.toks[j].Text)
		if governmentNouns[w] {
			return false // "an industry ministry spokesman", "government and industry officials"
		}
		private = private || privateBodyNouns[w]
	}
	return private
}

// governmentNouns are the nouns of a state's own bodies, whose officials
// speak for it even beside a trade's ("industry ministry officials",
// "U.S. government and industry officials").
var governmentNouns = map[string]bool{"government": true, "governments": true, "ministry": true, "ministries": true,
	"department": true, "administration": true, "state": true, "cabinet": true, "agency": true, "federal": true}

// otherConjuncts returns the actors named by the second and later parts
// of a coordinated speaker phrase: "Emmanuel Macron and Keir Starmer",
// "the French and German governments", "Leaders of A, B and C", "the
// Conservatives and Liberal Democrats". Parts are cut at "and", "&" and
// commas between names; each resolves as a speaker phrase of its own
// (with the head noun of the last part when it has none: "French and
// German governments").
func (ss *docState) otherConjuncts(c *sentCtx, np [2]int) []int {
	var out []int
	first := ss.headOf(c, np[0], np[1])
	start := -1
	for j := np[0]; j <= np[1]; j++ {
		if j < np[1] && c.ment[j] >= 0 {
			j = c.ms[c.ment[j]].t1 - 1
			continue
		}
		sep := j == np[1]
		if !sep && asWellAs(c.toks, j) {
			j += 2 // "A as well as B"
			sep = true
		}
		if !sep {
			w := c.toks[j].Text
			sep = w == "and" || w == "&" || (w == "," && j > np[0] && c.ment[j-1] >= 0)
		}
		if !sep {
			continue
		}
		if start < 0 && j > np[0] && j < np[1] && c.ment[j-1] >= 0 && first >= 0 && ss.opensClause(c, [2]int{titledFrom(c, np[0]), np[1]}) &&
			(c.toks[j].Text != "," || ss.listEndsWithAnd(c, j, np[1]-1)) {
			// The first part, when a name ends it ("Senators A, B and C
			// said", whose head is C); not "Acme vice president and
			// treasurer A", a name inside a clause ("His name is A and
			// B says") nor a firm's name of commas ("Donaldson, Lufkin,
			// Jenrette Inc").
			if h := c.ms[c.ment[j-1]].actorIndex; h != first && ss.actors[h].kind == ss.actors[first].kind {
				out = append(out, h)
			}
		}
		if start >= 0 && start < j {
			h := ss.headOf(c, start, j)
			if h < 0 && j < np[1] {
				h = ss.headOf(c, start, np[1]) // "French [and German governments]"
			}
			if h >= 0 && h != first && !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
		start = j + 1
	}
	return out
}

// titledFrom returns the first of the capitalised words that stand right
// before token t and name no actor ("Senators" before "A, B and C"), or t.
func titledFrom(c *sentCtx, t int) int {
	for t > 0 && c.ment[t-1] < 0 && !c.quoted[t-1] && !text.IsLower(c.toks[t-1].Text) && !text.IsPunct(c.toks[t-1].Text) {
		t--
	}
	return t
}

// asWellAs reports whether tokens k, k+1 and k+2 are "as well as".
func asWellAs(toks []text.Token, k int) bool {
	return k >= 0 && k+2 < len(toks) && toks[k].Text == "as" && toks[k+1].Text == "well" && toks[k+2].Text == "as"
}

// actorByName returns the index of the document's actor with that name,
// or -1.
func (ss *docState) actorByName(name string) int {
	for i, a := range ss.actors {
		if a.name == name {
			return i
		}
	}
	return -1
}

// namedBody reports whether organisation a is a body of the gazetteer
// other than a ministry or an armed force: an agency, a regulator, a
// court, a legislature, a central bank, which speaks for itself though
// the text names its state before it.
func (ss *docState) namedBody(a int) bool {
	e, known := ss.f.lex.Org(ss.actors[a].name)
	return known && e.Category != "ministry" && e.Category != "military"
}

// isPronoun reports whether w is a personal pronoun that can stand as a
// subject.
func isPronoun(w string) bool {
	switch w {
	case "he", "He", "she", "She", "they", "They", "it", "It", "we", "We", "I", "you", "You":
		return true
	}
	return false
}

// demonymIn reports whether a mention in tokens [a, b) is a demonym
// ("American" of "American and Southwest": an airline, not the state).
func demonymIn(c *sentCtx, a, b int) bool {
	for _, m := range c.ms {
		if m.t0 >= a && m.t1 <= b && m.via == lexicon.ViaDemonym {
			return true
		}
	}
	return false
}

// dashObjectPreps are the prepositions besides those of place after which
// a name before a parenthesis between dashes is an object, not the
// subject.
var dashObjectPreps = map[string]bool{"of": true, "with": true, "to": true, "for": true, "against": true,
	"between": true, "by": true}

// scareQuoteStart returns the first token of the quotation that ends at
// token j (its marks are quoted tokens too) when it is a few words inside
// the sentence (at most five between its marks), else -1.
func scareQuoteStart(c *sentCtx, j int) int {
	r := j
	for r > 0 && c.quoted[r-1] {
		r--
	}
	if r == 0 || j-r > 6 || !isQuotationMark(c.toks[r].Text) || !isQuotationMark(c.toks[j].Text) {
		return -1
	}
	return r
}

// isQuotationMark reports whether w is a double quotation mark.
func isQuotationMark(w string) bool { return w == "\"" || w == "\u201c" || w == "\u201d" }

// spacedDash reports whether token k is a dash set off by spaces (" - ",
// " – ", " — "), which opens or closes a parenthesis, not a hyphen.
func spacedDash(c *sentCtx, k int) bool {
	if !text.IsDash(c.toks[k].Text) {
		return false
	}
	return (k == 0 || c.toks[k-1].Span.End < c.toks[k].Span.Start) &&
		(k+1 == len(c.toks) || c.toks[k].Span.End < c.toks[k+1].Span.Start)
}

// isClauseBreak reports whether w ends a clause: a semicolon, a colon or
// a dash.
func isClauseBreak(w string) bool {
	switch w {
	case ";", ":", "\u2013", "\u2014", "--":
		return true
	}
	return false
}

// listEndsWithAnd reports whether the comma at token j separates names
// of a list that ends with "and" before token k ("A, B and C said").
func (ss *docState) listEndsWithAnd(c *sentCtx, j, k int) bool {
	for i := j + 1; i <= k; i++ {
		switch w := c.toks[i].Text; {
		case w == "and" || w == "&":
			return true
		case c.ment[i] >= 0:
			i = c.ms[c.ment[i]].t1 - 1
		case w == "the" && c.toks[i-1].Text == "," && listItemEnd(c, i) >= 0:
		case w != ",":
			return false
		}
	}
	return false
}

// blocByDemonym reports whether actor a is named in tokens [t0, t1) only
// by the demonym of a bloc ("European officials", "European allies"): a
// group of states, not one body that speaks, unlike "the EU" or "the
// European Commission". A region is different where its demonym names
// its governments acting together ("European leaders warned", "Western
// powers said"; lexicon.CategoryRegion): there it speaks, but not through
// its officials or diplomats ("Western diplomats said", an anonymous
// source of any Western state), its allies ("support from European
// allies" is of some of its states) or its demonym alone ("Western said",
// a company's short name).
func (ss *docState) blocByDemonym(c *sentCtx, t0, t1, a int) bool {
	if ss.actors[a].kind != lexicon.KindOrg {
		return false
	}
	e, ok := ss.f.lex.Org(ss.actors[a].name)
	if !ok || e.Category != "bloc" && e.Category != lexicon.CategoryRegion {
		return false
	}
	if e.Category == lexicon.CategoryRegion && t1 > t0 && regionVoices[strings.ToLower(c.toks[t1-1].Text)] {
		return false
	}
	for _, m := range c.ms {
		if m.t0 >= t0 && m.t1 <= t1 && m.actorIndex == a && m.via != lexicon.ViaDemonym {
			return false
		}
	}
	return true
}

// regionVoices are the nouns after a region's demonym that name its
// governments acting together ("European leaders", "Western powers").
var regionVoices = map[string]bool{"leaders": true, "governments": true, "powers": true}

// bodyInSentence resolves an indefinite spokesman ("a spokesman", "a
// spokeswoman" and nothing else in tokens [a, b)), or an official or
// office holder of a body the phrase refers to by "its" ("its chief
// executive", "its spokesman": no name in the phrase, and no one the
// article named with the role, see headOf; "their" may be any group), by
// the sentence it speaks in: the first state or organisation (not a news
// medium) the sentence names before the phrase, outside quotations, is
// the body the spokesman speaks for ("The central bank is ready to act, a
// spokesman said"; "Mittal Steel could cut 45,000 jobs, its chief
// executive has said"); when it names none, the state or organisation
// that spoke in this sentence or the two before; else -1.
func (ss *docState) bodyInSentence(c *sentCtx, a, b int) int {
	switch w := strings.ToLower(c.toks[a].Text); {
	case w == "its":
		// Only a phrase that opens the sentence or follows a comma
		// ("…, its chief executive has said"): "X said its officials
		// told …", "criticism from its host country" are X's.
		if b-a < 2 || b-a > 4 || a > 0 && c.toks[a-1].Text != "," {
			return -1
		}
		for j := a + 1; j < b; j++ {
			if c.ment[j] >= 0 || !text.IsLower(c.toks[j].Text) {
				return -1
			}
		}
	case b-a != 2 || w != "a":
		return -1
	default:
		if !spokesNoun(c.toks[a+1].Text) {
			return -1
		}
	}
	for _, m := range c.ms {
		if m.t1 > a {
			break
		}
		if c.quoted[m.t0] || m.via == lexicon.ViaRole || ss.isMedia(m.actorIndex) {
			continue
		}
		if k := ss.actors[m.actorIndex].kind; k == lexicon.KindState || k == lexicon.KindOrg {
			return m.actorIndex
		}
	}
	// None named: the body that spoke in this sentence or the two before
	// ("X said … The company expects more, a spokeswoman said").
	if s := ss.bodySpoke; s.speaker >= 0 && s.sent >= c.si-2 {
		return s.speaker
	}
	return -1
}

// ministryOf resolves an official of a ministry or a department the
// phrase [a, b) does not name ("a ministry official", "ministry sources",
// "department spokesmen"): the organisation with "Ministry" (or
// "Department") in its name named last, in this sentence or the five
// before, or anywhere before when the phrase names the field ("the
// finance ministry"); -1 if there is none (the state then speaks, see
// governmentOf).
func (ss *docState) ministryOf(c *sentCtx, a, b int) int {
	noun := ""
	for j := a; j < b; j++ {
		if w := c.toks[j].Text; (strings.EqualFold(w, "ministry") || strings.EqualFold(w, "department")) && c.ment[j] < 0 {
			noun = strings.ToLower(w)
		}
	}
	if noun == "" {
		return -1
	}
	if field := ministryField(c, a, b, noun); field != "" {
		// "the finance ministry said", "a finance ministry official
		// said": the ministry of that field the article named, however
		// far back ("the Dutch Finance Ministry said …" in the lead).
		if o := ss.lastOrgWithin(c, a, c.si, func(i int) bool {
			return ss.actors[i].kind == lexicon.KindOrg && ss.nameHas(i, field) && ss.nameHas(i, noun)
		}); o >= 0 {
			return o
		}
	}
	return ss.lastOrgWhere(c, a, func(i int) bool {
		return ss.actors[i].kind == lexicon.KindOrg && ss.nameHas(i, noun)
	})
}

// ministryField returns the lower-case word right before noun
// ("ministry" or "department") in tokens [a, b) that names the body's
// field ("finance" of "the finance ministry"), or "".
func ministryField(c *sentCtx, a, b int, noun string) string {
	for j := a + 1; j < b; j++ {
		if strings.EqualFold(c.toks[j].Text, noun) {
			w := c.toks[j-1].Text
			if text.IsLower(w) && !text.IsPunct(w) && !functionWord(w) && c.ment[j-1] < 0 {
				return w
			}
			return ""
		}
	}
	return ""
}

// spokeBefore resolves an anaphoric "the spokesman", "the officials",
// "the statement" or "the report" in tokens [a, b) (the article and such
// nouns only): for one spokesman or official, the body an unnamed one
// spoke for last (officialSpoke), else the state or organisation that
// spoke last in the document, if it spoke in this sentence or the five
// before, or -1. A spokesman, a
// statement or a report the article already introduced is the same one
// again ("In a report the Kiel institute said ... . '...,' the report
// said."); a body's documents (report, study, survey, review, document,
// release, the readout of a call), not a letter, which people write too.
func (ss *docState) spokeBefore(c *sentCtx, a, b int) int {
	if b-a < 2 || !strings.EqualFold(c.toks[a].Text, "the") {
		return -1
	}
	if b-a == 2 && institutionNouns[strings.ToLower(c.toks[a+1].Text)] {
		// "the office said" after "the Federal Customs Office said": an
		// office is an official's as often, so the noun is read here.
		if o, _ := ss.describedBefore(c, a+1); o >= 0 {
			return o
		}
	}
	sources, one, spokes := false, false, false
	for j := a + 1; j < b; j++ {
		switch w := c.toks[j].Text; w {
		case "spokesman", "spokeswoman", "spokesperson", "official":
			one, spokes = true, spokesNoun(w)
		case "spokesmen", "spokeswomen", "spokespeople", "officials":
		case "source", "sources":
			sources = true
		default:
			if !saidNouns[w] {
				return -1
			}
		}
	}
	// "The sources also said …" after "Bank of Japan sources said …":
	// the sources of the body that spoke, when they spoke for it.
	if sources {
		s := ss.bodySpoke
		if s.speaker < 0 || s.sent < c.si-3 || !slices.ContainsFunc(ss.doc.Tokens[s.sent], func(t text.Token) bool {
			return t.Text == "sources" || t.Text == "source"
		}) {
			return -1
		}
		return s.speaker
	}
	if noun := strings.ToLower(c.toks[b-1].Text); documentNouns[noun] {
		if o := ss.documentOwner(c, a, noun); o >= 0 {
			return o
		}
		if o, ok := ss.issued[noun]; ok {
			return o // the one whose document spoke before, whoever spoke since
		}
	}
	// "a senior IMF official said … Seven states agreed … But the
	// official said": the official the article introduced, whoever
	// spoke in between.
	// "The spokesman" is the spokesman the article introduced, not a
	// minister named with his title since ("Deputy prime minister Kim
	// Mahn-Je told …").
	if s := ss.spokesSpoke; spokes && s.speaker >= 0 && s.sent >= c.si-officialReach {
		return s.speaker
	}
	if s := ss.officialSpoke; one && s.speaker >= 0 && s.sent >= c.si-5 {
		return s.speaker
	}
	if s := ss.bodySpoke; s.speaker >= 0 && s.sent >= c.si-5 {
		return s.speaker
	}
	return -1
}

// letterIn returns the index of "letter" or "letters" in tokens [a, b)
// of sentence c, or -1.
func letterIn(c *sentCtx, a, b int) int {
	for k := a; k < b; k++ {
		if w := c.toks[k].Text; w == "letter" || w == "letters" {
			return k
		}
	}
	return -1
}

// letterWriter returns the writer of the letter a speaker phrase starting
// at token a names with the word at token k: the one named right before
// it ("Yeutter's letter", "the Cardenas letter") or after "from" ("a
// letter from the FSLIC"); for "the letter" alone, the writer the story
// named with one before (documentOwner), else the state or organisation
// that spoke last, in this sentence or the five before, when no one else
// spoke after it ("Sri Lanka has appealed for aid, officials said.
// Embassies received letters … The letter said …": people write letters
// too, so a person who spoke since makes the letter no one's). -1 for
// any other letter ("the letter of intent signed by the companies",
// "has written X a letter urging …": X is whom it went to).
func (ss *docState) letterWriter(c *sentCtx, a, k int) int {
	toks := c.toks
	before := k
	if before > a && text.IsPossessive(toks[before-1].Text) {
		before--
	}
	if before > a && c.ment[before-1] >= 0 {
		return c.ms[c.ment[before-1]].actorIndex
	}
	if k+2 < len(toks) && toks[k+1].Text == "from" {
		j := k + 2
		if j+1 < len(toks) && toks[j].Text == "the" {
			j++
		}
		if c.ment[j] >= 0 {
			return c.ms[c.ment[j]].actorIndex
		}
	}
	if k != a+1 || !strings.EqualFold(toks[a].Text, "the") || k+1 < len(toks) && toks[k+1].Text == "of" {
		return -1
	}
	if o := ss.documentOwner(c, a, toks[k].Text); o >= 0 {
		return o
	}
	s := ss.bodySpoke
	if s.speaker < 0 || s.sent < c.si-5 {
		return -1
	}
	for si := s.sent; si < c.si && si < len(ss.spokeIn); si++ {
		if p := ss.spokeIn[si]; p >= 0 && p != s.speaker {
			return -1
		}
	}
	return s.speaker
}

// issuedDocument resolves "the report", "the statement" in tokens [a, b)
// ("the" and the noun only) to the speaker who spoke in such a document
// last (noteIssued), however far back: "the report said" many sentences
// after "X said in its monthly report". -1 if none.
func (ss *docState) issuedDocument(c *sentCtx, a, b int) int {
	if b-a != 2 || !strings.EqualFold(c.toks[a].Text, "the") {
		return -1
	}
	if s, ok := ss.issued[strings.ToLower(c.toks[b-1].Text)]; ok {
		return s
	}
	return -1
}

// issuedWords are the documents noteIssued records: the body's documents
// and the statement or communique it issues.
var issuedWords = map[string]bool{"report": true, "study": true, "survey": true, "review": true, "summary": true, "communique": true,
	"communiqué": true, "statement": true, "release": true, "document": true}

// suitWords are the words for a lawsuit, whose words are the plaintiff's
// ("The suit said", "according to the complaint"); noteIssued records
// them for whoever sued.
var suitWords = []string{"suit", "lawsuit", "complaint"}

// noteIssued records in issued the speaker of each statement of sentence
// c (just emitted, out) whose sentence has a document speak ("the summary
// said") or introduces a document as where it spoke: "in", then "a",
// "an", "its", "his", "her" or "their", up to three
// lower-case words and a noun of issuedWords ("said in its latest
// monthly report", "In a statement, the ministry said"). A sentence with
// several speakers records nothing.
func (ss *docState) noteIssued(c *sentCtx, out []Statement) {
	if len(out) == 0 {
		return
	}
	speaker := ss.actorByName(out[0].Speaker)
	for _, st := range out[1:] {
		if ss.actorByName(st.Speaker) != speaker {
			return
		}
	}
	if speaker < 0 {
		return
	}
	toks := c.toks
	if suedIn(toks) {
		if ss.issued == nil {
			ss.issued = map[string]int{}
		}
		for _, w := range suitWords {
			ss.issued[w] = speaker
		}
	}
	for k := 1; k+1 < len(toks); k++ {
		// "The summary said …": the document spoke for this speaker, and
		// does so again however far on (spokeBefore).
		if w := strings.ToLower(toks[k].Text); documentNouns[w] && strings.EqualFold(toks[k-1].Text, "the") && inverts(toks[k+1].Text) {
			if ss.issued == nil {
				ss.issued = map[string]int{}
			}
			ss.issued[w] = speaker
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		if !strings.EqualFold(toks[k].Text, "in") {
			continue
		}
		switch strings.ToLower(toks[k+1].Text) {
		case "a", "an", "its", "his", "her", "their":
		default:
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+5 && text.IsLower(toks[j].Text) && c.ment[j] < 0; j++ {
			if w := strings.ToLower(toks[j].Text); issuedWords[w] {
				if ss.issued == nil {
					ss.issued = map[string]int{}
				}
				ss.issued[w] = speaker
				break
			}
		}
	}
}

// suedIn reports whether tokens toks say that someone sued: "sued",
// "sues", "suing", or "filed" or "brought" and, within two words, "suit",
// "lawsuit" or "complaint" ("filed a suit in state court", "brought a
// lawsuit").
func suedIn(toks []text.Token) bool {
	for k, t := range toks {
		switch strings.ToLower(t.Text) {
		case "sued", "sues", "suing":
			return true
		case "filed", "brought":
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if slices.Contains(suitWords, strings.ToLower(toks[j].Text)) {
					return true
				}
			}
		}
	}
	return false
}

// issuedNouns are the documents of [official] that a body issues
// (communiques, announcements, a share offer's prospectus) and whose
// issuer a story names or has heard speak: alone in a speaker phrase they
// resolve only as documentOwner and spokeBefore resolve them.
var issuedNouns = map[string]bool{"communique": true, "communiqué": true, "announcement": true, "prospectus": true}

// documentNouns are the nouns of a body's documents that spokeBefore
// resolves: the body whose document the article introduced with its name,
// else the body that spoke last.
var documentNouns = map[string]bool{"report": true, "study": true, "survey": true, "review": true, "document": true,
	"release": true, "readout": true, "poll": true, "data": true, "figures": true, "research": true, "findings": true,
	"inquiry": true, "investigation": true, "audit": true, "communique": true, "communiqué": true, "announcement": true,
	"prospectus": true, "summary": true}

// saidNouns are the words for what a body said: its statement or
// communique and its documents.
var saidNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "report": true, "study": true,
	"survey": true, "review": true, "document": true, "release": true, "readout": true, "poll": true, "data": true,
	"figures": true, "research": true, "findings": true, "announcement": true, "prospectus": true, "summary": true}

// findingVerbs are the verbs with which a document reports what it found
// ("the survey found", "Bundesbank data showed"): a statement only when
// a body's document is their subject (documentSubject), not a body itself
// ("GM showed a loss") nor anyone else ("police found the car").
var findingVerbs = map[string]bool{"found": true, "finds": true, "showed": true, "shows": true, "show": true}

// nounLikeCues are the plural present forms of stance verbs that are
// nouns as often ("support", "favour"): a statement only as the verb of a
// named subject that opens its clause (verbOfName).
var nounLikeCues = map[string]bool{"support": true, "oppose": true, "favour": true, "favor": true,
	// the plural present of reporting verbs (cues.txt), which are nouns
	// ("welcome", "stress", "hail"), imperatives or infinitives after "to"
	// and "will" as often
	"insist": true, "announce": true, "confirm": true, "stress": true, "emphasize": true, "emphasise": true,
	"underline": true, "reiterate": true, "suggest": true, "declare": true, "acknowledge": true, "explain": true,
	"predict": true, "urge": true, "propose": true, "deny": true, "dismiss": true, "accuse": true, "criticise": true,
	"criticize": true, "condemn": true, "denounce": true, "threaten": true, "welcome": true, "hail": true,
	"endorse": true, "applaud": true, "agree": true, "assert": true, "reaffirm": true, "contend": true,
	"concede": true, "admit": true, "allege": true, "complain": true, "lament": true, "deplore": true,
	"recommend": true, "add": true, "advise": true, "affirm": true, "assure": true, "blame": true, "claim": true,
	"congratulate": true, "deride": true, "describe": true, "consider": true, "fear": true, "imply": true,
	"indicate": true, "observe": true, "praise": true, "rebuke": true, "respond": true,
	"retort": true, "reveal": true, "ridicule": true, "salute": true, "speculate": true, "testify": true, "vow": true,
	"write": true, "mock": true, "laud": true, "outline": true, "publish": true, "unveil": true, "slam": true, "defend": true,
	// verbs of wanting, intending, asking and expecting whose base or
	// -s form is as often a noun ("the plans", "a request", "the aims",
	// "highlights of the match")
	"want": true, "wish": true, "wishes": true, "intend": true, "plan": true, "plans": true, "aims": true,
	"request": true, "requests": true, "expect": true, "highlight": true, "highlights": true,
	// the -s forms of reporting verbs that news writes as plural nouns
	// far more often ("the other EC states", "U.S. demands for"; "claims",
	// "notes" and "reports" are verbs as often, after "he" or an
	// apposition, which verbOfName does not read)
	"states": true, "demands": true}

// nounLikeCue reports whether the cue word at token t is one of
// nounLikeCues, but for "states" and "demands" before "that", which only
// the verb takes ("the letter states that they are bewildered").
func nounLikeCue(toks []text.Token, t int) bool {
	w := strings.ToLower(toks[t].Text)
	if !nounLikeCues[w] {
		return false
	}
	return !(w == "states" || w == "demands") || t+1 >= len(toks) || toks[t+1].Text != "that"
}

// verbOfName reports whether the cue at token t is the verb of the
// speaker phrase np: a name or its officials end the phrase, the phrase opens its clause
// (the sentence's start, punctuation or a conjunction before it), only
// adverbs stand between the phrase and the cue (no auxiliary: "will
// announce" is a plan), and no preposition or end of clause follows the
// cue. "The Lib Dems also oppose
// the plans", "Italy and Germany favour an early start"; not "full
// government support", "only Sri Lanka receives IMF support", "US support
// for Boeing".
func (ss *docState) verbOfName(c *sentCtx, t int, np [2]int) bool {
	toks := c.toks
	if np[1] <= np[0] {
		return false
	}
	if _, body := orgNouns[strings.ToLower(toks[np[1]-1].Text)]; c.ment[np[1]-1] < 0 && !ss.cl.official.has(toks[np[1]-1].Text) && !pluralPronoun(toks[np[1]-1].Text) &&
		!(body && np[1]+1 == t && emphasisAux(toks[np[1]].Text)) {
		return false // a name, the officials of one or "they": "British ministers insist", "They claim"; "the commission does urge"
	}
	if a := np[0]; a > 0 && !text.IsPunct(toks[a-1].Text) && !clauseOpeners[strings.ToLower(toks[a-1].Text)] {
		return false
	}
	for j := np[1]; j < t; j++ {
		// Only adverbs between: "will announce", "would welcome" are
		// plans or questions, not the plural present, but "does urge" and
		// "did stress" right before the verb are emphasis, outside a
		// question;
		// but a verb of trying and "to" are the infinitive's ("has tried to
		// suggest": see attemptVerbs).
		w := toks[j].Text
		if j+2 == t && attemptBefore(toks, t) {
			return ss.nextToName(c, t)
		}
		if w == "has" || w == "have" || w == "had" {
			continue // the auxiliary of a verb of trying: "has (recently) tried to suggest"
		}
		if emphasisAux(w) && j+1 == t && !question(toks) {
			continue // emphasis: "the commission does urge parties to …"
		}
		if !isAdverb(w) && !plainAdverbs[strings.ToLower(w)] && w != "," {
			return false
		}
	}
	return ss.nextToName(c, t)
}

// emphasisAux reports whether w is a form of "do", which before a verb of
// stance in a statement gives emphasis ("does urge", "did criticise").
func emphasisAux(w string) bool { return w == "does" || w == "do" || w == "did" }

// question reports whether the sentence toks ends in a question mark
// (closing quotes may follow it).
func question(toks []text.Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		w := toks[k].Text
		if w == "?" {
			return true
		}
		if !text.IsPunct(w) || w == "." || w == "!" {
			return false
		}
	}
	return false
}

// pluralPronoun reports whether w is "they" or "we", the subjects of a
// plural present verb.
func pluralPronoun(w string) bool {
	switch w {
	case "they", "They", "we", "We":
		return true
	}
	return false
}

// plainAdverbs are the adverbs without "-ly" that stand between a subject
// and its verb ("The Lib Dems also oppose", "both insist").
var plainAdverbs = map[string]bool{"also": true, "both": true, "all": true, "still": true, "now": true, "again": true,
	"too": true, "even": true, "often": true, "always": true, "never": true, "already": true, "jointly": true}

// nextToName reports whether the cue at token t may be the verb of a name
// (verbOfName) by the words right around it: a name, the officials of one
// ("ministers"), "they" or "we" opening the sentence or after a comma
// (not "as they fear", "if they want"), an adverb or a comma right before it, and no preposition or
// end of clause after it.
func (ss *docState) nextToName(c *sentCtx, t int) bool {
	toks := c.toks
	if t == 0 || t+1 >= len(toks) || text.IsPunct(toks[t+1].Text) {
		return false
	}
	if next := strings.ToLower(toks[t+1].Text); cueObjectStops[next] && !(next == "to" && takesTo[strings.ToLower(toks[t].Text)]) {
		return false
	}
	w := toks[t-1].Text
	if attemptBefore(toks, t) {
		return !makingVerbs[strings.ToLower(toks[t].Text)] // "has tried to suggest", "sought to stress"
	}
	b := t - 1 // the word before the verb, or before its auxiliary of emphasis
	if emphasisAux(w) && t >= 2 && !question(toks) {
		b, w = t-2, toks[t-2].Text // "the commission does urge", "Acme did criticise"
	}
	if _, body := orgNouns[strings.ToLower(w)]; body && b < t-1 {
		return true // "the commission does urge": a description the speaker search resolves
	}
	return c.ment[b] >= 0 || w == "," || isAdverb(w) || plainAdverbs[strings.ToLower(w)] || ss.cl.official.has(w) ||
		pluralPronoun(w) && (b == 0 || text.IsPunct(toks[b-1].Text)) && !takesTo[strings.ToLower(toks[t].Text)]
}

// takesTo are the verbs of nounLikeCues whose complement is "to" and a
// verb ("Acme plans to build", "the Lib Dems intend to vote"): "to" after
// them is no preposition after a noun.
var takesTo = map[string]bool{"want": true, "wish": true, "wishes": true, "intend": true, "plan": true, "plans": true,
	"aims": true, "request": true, "requests": true, "expect": true}

// cueObjectStops are the words after which a noun-like cue is a noun
// ("support for", "welcome to") or an infinitive's complement.
var cueObjectStops = map[string]bool{"for": true, "from": true, "of": true, "to": true, "in": true, "among": true,
	"on": true, "at": true, "and": true, "or": true, "is": true, "was": true, "has": true, "had": true, "would": true,
	"will": true}

// clauseOpeners are the conjunctions after which a clause, and its
// subject, begins.
var clauseOpeners = map[string]bool{"and": true, "but": true, "that": true, "while": true, "because": true, "as": true,
	"although": true, "though": true, "if": true, "when": true, "whereas": true, "so": true,
	"including": true, "among": true} // "Several countries, including Britain and Belgium, favour"

// dataBefore reports whether a plural noun of a body's findings stands
// in the clause before the bare "show" at token t, at most eight tokens
// back ("official figures show", "figures from the trade ministry show",
// "Bank of Korea data show"): "show" is a noun as often ("a Channel 4
// show"), and only such a subject makes it a report.
func dataBefore(toks []text.Token, t int) bool { return nounInClauseBefore(toks, t, 8, dataNouns) }

// dataNouns are the plural nouns of what a body found or counted, the
// subjects of "show" as a report.
var dataNouns = map[string]bool{"figures": true, "data": true, "statistics": true, "numbers": true, "estimates": true,
	"results": true, "findings": true, "records": true, "surveys": true, "studies": true, "polls": true}

// documentSubject reports whether the speaker phrase np names a body's
// document: a noun of documentNouns inside it ("the Daily Telegraph poll",
// "the survey") or right before it with "by", "from" or "of" between
// ("provisional data from the Bundesbank", "a study by the Ifo
// institute"), the words that describe the body between ("research by
// handset maker Nokia"); or "it" right after a document spoke
// (documentSpokeBefore).
func (ss *docState) documentSubject(c *sentCtx, np [2]int) bool {
	toks := c.toks
	for j := np[0]; j < np[1]; j++ {
		if documentNouns[strings.ToLower(toks[j].Text)] {
			return true
		}
	}
	if np[1]-np[0] == 1 && strings.EqualFold(toks[np[0]].Text, "it") && ss.documentSpokeBefore(c) {
		return true // "According to the study, … It showed that …"
	}
	j := np[0] - 1
	// "research by handset maker Nokia", "a poll by the consultancy
	// Ipsos": the words that describe the body before its name.
	for n := 0; j >= 1 && n < 3 && text.IsLower(toks[j].Text) && !functionWord(toks[j].Text) && c.ment[j] < 0 && !c.quoted[j]; n++ {
		j--
	}
	if j >= 1 && (toks[j].Text == "the" || toks[j].Text == "The") {
		j--
	}
	return j >= 1 && (toks[j].Text == "by" || toks[j].Text == "from" || toks[j].Text == "of") && documentNouns[strings.ToLower(toks[j-1].Text)]
}

// documentSpokeBefore reports whether someone spoke in the sentence
// before c through a document the text names with "the" or "this"
// ("According to the study, …", "The survey said …"): an "it" after it
// that finds something is that document.
func (ss *docState) documentSpokeBefore(c *sentCtx) bool {
	if c.si == 0 || ss.spokeIn[c.si-1] < 0 {
		return false
	}
	toks := ss.doc.Tokens[c.si-1]
	for j := 1; j < len(toks); j++ {
		if documentNouns[toks[j].Text] && (strings.EqualFold(toks[j-1].Text, "the") || strings.EqualFold(toks[j-1].Text, "this")) {
			return true
		}
	}
	return false
}

// documentOwner returns the owner of the document that "the NOUN" at
// token a of sentence c takes up again: in this sentence before a, or in
// the five before, the last NOUN named with its owner, a name right before
// it ("a World Bank report", "the Kok report"), a possessive ("the OECD's
// report") or "by", "from" or "of" and a name after it ("a study by the
// Ifo institute"); -1 when there is none.
func (ss *docState) documentOwner(c *sentCtx, a int, noun string) int {
	for si := c.si; si >= 0 && si >= c.si-5; si-- {
		toks, ms := ss.doc.Tokens[si], ss.bySent[si]
		end := len(toks)
		if si == c.si {
			end = a
		}
		for j := end - 1; j > 0; j-- {
			if !strings.EqualFold(toks[j].Text, noun) {
				continue
			}
			for _, m := range ms {
				switch {
				case m.t1 == j, m.t1 == j-1 && text.IsPossessive(toks[j-1].Text):
					return m.actorIndex
				case j+2 < len(toks) && m.t0 == j+2 && (toks[j+1].Text == "by" || toks[j+1].Text == "from" || toks[j+1].Text == "of"),
					j+3 < len(toks) && m.t0 == j+3 && toks[j+2].Text == "the" && (toks[j+1].Text == "by" || toks[j+1].Text == "from" || toks[j+1].Text == "of"):
					return m.actorIndex
				}
			}
		}
	}
	return -1
}

// possessor returns the speaker of a noun of saying at tokens [t, after)
// of sentence c: the actor named right before it with a possessive ("Gordon
// Brown's announcement in July that …", "the Kremlin's insistence that
// …"), when what was said follows — "that" within the next four tokens,
// "to" and a lower-case word ("Blair's pledge to cut …", not "Goldsmith's
// statement to Parliament") or "for" right after the noun ("Iraq's call
// for …"). Anything else ("Brown's announcement was welcomed") is no
// statement: -1. A headline in sentence case writes the possessor without
// the possessive ("Galloway plea for hostage release": headlineNoun).
func (ss *docState) possessor(c *sentCtx, t, after int) (int, [2]int) {
	toks := c.toks
	if ss.headlineNoun(c, t) {
		m := c.ms[c.ment[t-1]]
		return m.actorIndex, [2]int{m.t0, t}
	}
	if t < 2 || !text.IsPossessive(toks[t-1].Text) || c.ment[t-2] < 0 {
		return -1, [2]int{}
	}
	said := after+1 < len(toks) && (toks[after].Text == "to" && text.IsLower(toks[after+1].Text) || toks[after].Text == "for")
	for k := after; k < len(toks) && k < after+4 && !said; k++ {
		said = toks[k].Text == "that"
	}
	if !said {
		return -1, [2]int{}
	}
	m := c.ms[c.ment[t-2]]
	return m.actorIndex, [2]int{m.t0, t}
}

// singularVerbAt reports whether token k is a verb in the third person
// singular ("has", "is", "was", "says"), which takes one subject.
func singularVerbAt(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch w := strings.ToLower(toks[k].Text); w {
	case "has", "is", "was", "does":
		return true
	default:
		return pluralLike(w) && text.IsLower(toks[k].Text)
	}
}
