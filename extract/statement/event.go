package statement

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Cue words that report no statement. A speech verb that is negated ("has
// not yet responded", "did not comment", "would never say") reports
// silence; "declined to comment" and "refused to comment" are no stance;
// "announced a curfew", "announced £264m" announce an act, not a
// position (whereas "announced that …", "announced plans to …" state
// one). A news agency that reports ("…, Reuters reported", "according to
// the state news agency") is the source of the statement, not its
// speaker, unless it says something of its own.

// noSpeech reports whether the cue cu at tokens [t, t+n) reports no
// statement here.
func (ss *docState) noSpeech(c *sentCtx, t, n int, cu cue) bool {
	toks := c.toks
	p := t + n
	// "announced yesterday plans to …": the time stands between the verb
	// and its object.
	for p < len(toks) {
		n := timeAdverb(toks, p)
		if n == 0 {
			break
		}
		p += n
	}
	if cu.pol == 0 && !cu.lean && cu.kind == cueVerb && ss.negatedCue(c, t) {
		return true
	}
	switch cu.phrase {
	case "call", "calls", "called", "calling":
		// "calling off the sanctions": to call off is to cancel.
		return p < len(toks) && strings.EqualFold(toks[p].Text, "off")
	case "attacked", "attacks":
		return !ss.verbalObject(c, p)
	case "declined", "refused":
		if p+1 < len(toks) && toks[p].Text == "to" {
			switch toks[p+1].Text {
			case "comment", "say", "elaborate", "confirm", "discuss", "speculate", "give", "answer", "respond", "be":
				return true
			}
		}
	case "announced", "announces", "announce":
		if p >= len(toks) || ss.positionObject(c, p) {
			return false
		}
		switch w := toks[p].Text; {
		case w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her":
			return true
		case strings.ContainsAny(w, "£$€0123456789") && !text.IsPunct(w):
			return true
		}
	case "declared", "declares", "declare":
		// "declared a quarterly dividend", "declared a state of
		// emergency", "declared bankruptcy", "declares a trip" in a
		// register of interests: an act; "declared that …", "declared
		// his innocence", "declared himself delighted" state a position.
		if p >= len(toks) || c.quoted[p] {
			return false
		}
		if w := toks[p].Text; w == "a" || w == "an" {
			return true
		}
		for j := p; j < len(toks) && j < p+4; j++ {
			if declaredActs[strings.ToLower(toks[j].Text)] {
				return true
			}
			if text.IsPunct(toks[j].Text) {
				break
			}
		}
	case "recalled", "recalling", "recalls", "maintained", "maintains":
		// "recalled that …", "…,” he recalled": memory told;
		// "is recalling 200,000 vehicles", "recalled nine players": a
		// recall of goods or of players, no statement; "maintained
		// that …" is a claim, "maintained a high level of activity"
		// is none.
		if p >= len(toks) || text.IsPunct(toks[p].Text) {
			return false
		}
		switch strings.ToLower(toks[p].Text) {
		case "that", "how", "when", "what", "why":
			return false
		}
		return !clauseAfter(c, p) // "maintains the case has no place …"
	case "unveiled", "unveils", "unveil", "outlined", "outlines", "outline", "put forward", "puts forward", "tabled", "published", "publishes", "publish":
		// "unveiled plans to …", "put forward proposals", "outlined
		// their plans": a position; "unveiled its new handset" is an
		// act, "a report published by …" a document.
		if p < len(toks) && toks[p].Text == "by" {
			// "Plans to abolish 162 quangos have been unveiled by the
			// Conservatives": the position is the passive's subject.
			return !positionSubject(toks, t)
		}
		return p < len(toks) && toks[p].Text != "that" && !ss.positionObject(c, p)
	}
	return false
}

// positionSubject reports whether a noun of positionNouns stands among
// the ten tokens before the verb at token t, in its clause ("Plans to
// abolish 162 quangos have been unveiled by …").
func positionSubject(toks []text.Token, t int) bool {
	return nounInClauseBefore(toks, t, 10, positionNouns)
}

// nounInClauseBefore reports whether a word of nouns (lower case) stands
// among the n tokens before token t, with no comma, semicolon or colon
// between.
func nounInClauseBefore(toks []text.Token, t, n int, nouns map[string]bool) bool {
	for k := t - 1; k >= 0 && k >= t-n; k-- {
		w := toks[k].Text
		if w == "," || w == ";" || w == ":" {
			return false
		}
		if nouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// timeAdverb returns the number of tokens of a time adverb at token p
// ("yesterday", "today", "on Monday", "last week"), or 0.
func timeAdverb(toks []text.Token, p int) int {
	switch strings.ToLower(toks[p].Text) {
	case "yesterday", "today", "tonight", "tomorrow", "earlier", "recently":
		return 1
	case "on":
		if p+1 < len(toks) && text.IsWeekday(toks[p+1].Text) {
			return 2
		}
	case "last", "this":
		if p+1 < len(toks) && timeUnits[strings.ToLower(toks[p+1].Text)] {
			return 2
		}
	}
	return 0
}

// declaredActs are the things declared that are acts, not positions:
// dividends and stock splits, moratoriums, emergencies, bankruptcy.
var declaredActs = map[string]bool{"dividend": true, "dividends": true, "split": true, "moratorium": true,
	"bankruptcy": true, "emergency": true, "majeure": true, "insolvency": true, "disaster": true}

// clauseAfter reports whether a clause without "that" starts at token p:
// an auxiliary or modal verb follows within eight tokens, before any
// punctuation, relative word or conjunction ("maintained the case has no
// place", "recalled the offer was for 4.95 mln shares", "added no
// conference was planned"; not "maintained a high level of activity" nor
// "added 20 jobs at plants that were closed"); after a phrase that opens
// with a preposition, "that" is the clause's ("maintained in the past
// that …").
func clauseAfter(c *sentCtx, p int) bool {
	adverbial := addedParticles[strings.ToLower(c.toks[p].Text)]
	for j := p + 1; j < len(c.toks) && j <= p+8; j++ {
		w := c.toks[j].Text
		if w == "that" && adverbial {
			return true // "maintained in the past that …"
		}
		if text.IsPunct(w) && !text.IsPossessive(w) && !innerHyphen(c.toks, j) || clauseBreaks[strings.ToLower(w)] {
			return false
		}
		switch w { // case as written: "in May" holds no "may"
		case "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
			"should", "must", "did", "does", "do":
			return true
		}
	}
	return false
}

// innerHyphen reports whether token j is a hyphen inside a word, glued
// to the tokens on both sides ("XJ-6", "long-term").
func innerHyphen(toks []text.Token, j int) bool {
	return toks[j].Text == "-" && j > 0 && j+1 < len(toks) &&
		toks[j-1].Span.End == toks[j].Span.Start && toks[j].Span.End == toks[j+1].Span.Start
}

// clauseBreaks are the words that end the phrase clauseAfter reads as the
// subject of a clause: relative words, conjunctions, "to" and "than".
var clauseBreaks = map[string]bool{"that": true, "which": true, "who": true, "whose": true, "whom": true,
	"when": true, "while": true, "where": true, "as": true, "because": true, "after": true, "before": true,
	"since": true, "if": true, "until": true, "and": true, "but": true, "or": true, "to": true, "than": true}

// positionNouns are the things a body announces or unveils that state
// what it wants done: "unveiled plans to cut …", "announced a package of
// measures", "set out proposals".
var positionNouns = map[string]bool{"plan": true, "plans": true, "proposal": true, "proposals": true,
	"policy": true, "policies": true, "strategy": true, "scheme": true, "measures": true, "reforms": true,
	"package": true, "programme": true, "program": true, "blueprint": true, "pledge": true, "pledges": true,
	"crackdown": true, "initiative": true,
	// a side taken: "announced their support for the plans"
	"support": true, "opposition": true, "backing": true, "endorsement": true, "objection": true,
	"objections": true, "rejection": true, "approval": true}

// positionObject reports whether the object that starts at token p is a
// noun of positionNouns, after at most five determiners, possessives,
// adjectives, names or words of an amount ("a plan", "its new strategy",
// "Labour's proposals", "a £2bn package", "a three billion franc
// program").
func (ss *docState) positionObject(c *sentCtx, p int) bool {
	toks := c.toks
	for j, n := p, 0; j < len(toks) && n < maxObjectWords; n++ {
		if mi := c.ment[j]; mi >= 0 {
			j = c.ms[mi].t1
			continue
		}
		w := toks[j].Text
		if positionNouns[strings.ToLower(w)] && (text.IsLower(w) || ss.titleCase(c.si)) {
			return true // "Unveils Privatisation Plan" in a title-case headline
		}
		if c.quoted[j] || text.IsPunct(w) && !text.IsPossessive(w) || w == "to" || w == "that" || w == "on" || w == "in" {
			return false
		}
		j++
	}
	return false
}

// maxObjectWords is the number of words of an object positionObject reads
// up to its head noun.
const maxObjectWords = 6

// verbalObject reports whether what is attacked, from token p on, is a
// thing said or decided or a person or organisation, so that the attack is
// in words ("attacked the decision", "attacked Labour's plans", "attacked
// Mr Blair", "attacked UK policy", "attacked government tax plans"), not
// with arms ("attacked the village", "attacked Iraq").
func (ss *docState) verbalObject(c *sentCtx, p int) bool {
	toks := c.toks
	modifiers := 0 // nouns before the head ("UK immigration policy")
	for p < len(toks) {
		if mi := c.ment[p]; mi >= 0 {
			m := c.ms[mi]
			if m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) {
				p = m.t1 + 1 // "Labour's plans": what the possessor has
				continue
			}
			k := ss.actors[m.actorIndex].kind
			if k == lexicon.KindPerson || k == lexicon.KindOrg {
				return true
			}
			if m.t1 < len(toks) && text.IsLower(toks[m.t1].Text) {
				p = m.t1 // "UK policy", "Iraq plans": the state's, as after a possessive
				continue
			}
			return false // "attacked Iraq"
		}
		switch w := strings.ToLower(toks[p].Text); {
		case w == "the" || w == "his" || w == "her" || w == "its" || w == "their" || w == "this" || w == "that" || w == "these":
			p++
			continue
		case c.quoted[p] || text.IsOpenQuote(w) || (w == "and" || w == "or") && p > 0 && c.quoted[p-1]:
			p++ // "attacked “false” and “desperate” tabloids": the words quoted are his
			continue
		case verbalNouns[w]:
			return true
		case modifiers < 2 && text.IsLower(toks[p].Text) && !functionWord(w) && p+1 < len(toks) && text.IsLower(toks[p+1].Text):
			// a noun before the head: "attacked government tax plans"
			modifiers++
			p++
			continue
		default:
			return false
		}
	}
	return false
}

// verbalNouns are things said or decided, and the press and critics,
// that news says are attacked in words.
var verbalNouns = map[string]bool{"decision": true, "decisions": true, "plan": true, "plans": true, "proposal": true,
	"proposals": true, "policy": true, "policies": true, "ruling": true, "move": true, "idea": true, "ideas": true,
	"comments": true, "remarks": true, "statement": true, "record": true, "budget": true, "bill": true, "law": true,
	"tax": true, "deal": true, "report": true, "claims": true, "handling": true, "approach": true, "government": true,
	"strategy": true, "scheme": true, "measures": true, "reforms": true, "verdict": true, "judgement": true,
	"judgment": true, "leadership": true, "stance": true, "response": true, "treatment": true, "failure": true,
	"media": true, "press": true, "newspapers": true, "tabloids": true, "magazines": true, "critics": true}

// onlyReports reports whether actor a is a news organisation that, with
// the cue cu at token t and the speaker phrase np, only passes on what others said: it reports a
// quotation ("“…,” Reuters reported"), quotes or cites someone, or is
// the source "according to" which something happened. A claim of its own
// ("Bloomberg said it had reviewed a recording") is a statement.
func (ss *docState) onlyReports(c *sentCtx, t int, np [2]int, a int, cu cue) bool {
	if !ss.isMedia(a) || cu.pol != 0 {
		return false
	}
	// "…," a BBC spokesman said: the outlet speaks for itself through its
	// spokesman or officials; it reports nothing.
	if cu.kind == cueVerb && ss.hasOfficial(c, np[0], np[1]) {
		return false
	}
	switch cu.kind {
	case cueAccording, cueQuoted:
		return true
	case cueVerb:
		first := min(t, np[0])
		return first > 0 && c.quoted[first-1] || cu.phrase == "cited"
	}
	return false
}
