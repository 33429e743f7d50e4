package statement

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Delayed identification. A news lead often describes the body it
// reports and names it only a paragraph or two later: "A charity has
// warned that …", then "Christian Aid said …"; "The UK's public spending
// watchdog has said …", then "The National Audit Office said …"; "MPs
// have criticised …", then "The Environmental Audit Committee said …".
// Journalism teaches it as the delayed-identification lead: the reader
// learns what kind of body speaks first and its name when it matters.
// No earlier sentence names the body, so the description cannot be
// resolved when the lead is read. It is kept as a pending lead, and the
// first state or organisation that speaks within leadReach sentences
// after it and fits the description (a charity is no business; members
// of a legislature are one of its committees or the house itself) is
// its speaker: the lead's statement is then read as if the text had
// named it there, and the description becomes a mention of it.

// leadSentences is the number of sentences at the start of a document
// that may hold a lead: a title and the lead's first two sentences.
const leadSentences = 3

// leadReach is the number of sentences after a lead within which the body
// it describes must speak.
const leadReach = 6

// pendingLead is a lead whose speaker is described, not named.
type pendingLead struct {
	si     int    // the lead's sentence
	p, e   int    // the description
	cueTok int    // the first token of its verb of saying
	noun   string // its head noun: "charity", "watchdog", or "mps" for members of a legislature
}

// docNouns are the nouns of the documents a lead may report before it
// names who wrote them ("a report has said", "a survey suggests",
// "research suggests"): the body is the one a later sentence gives as
// the author ("the survey, by the Harris Research Centre", "the CBI's
// report", "the Halifax survey").
var docNouns = map[string]bool{"report": true, "survey": true, "study": true, "poll": true, "research": true,
	"review": true, "analysis": true, "index": true}

// delayedLead returns the pending lead of sentence c, when it is among
// the first leadSentences of the document and a verb of saying in it has
// for subject a description of an organisation that no statement found
// resolved, before the verb ("A charity has warned that …", "…, the UK's
// public spending watchdog has said.", "An influential committee of MPs
// has criticised …", "…, MPs have warned.") or after it ("…, says a
// leading charity.").
func (ss *docState) delayedLead(c *sentCtx, found []candidate) (pendingLead, bool) {
	if c.si >= leadSentences {
		return pendingLead{}, false
	}
	toks := c.toks
	for j := range toks {
		if c.quoted[j] || c.ment[j] >= 0 || slices.ContainsFunc(found, func(f candidate) bool { return f.cueTok == j }) {
			continue
		}
		_, n, ok := ss.cl.cueTable.match(toks, j)
		if !ok {
			continue
		}
		// The subject before the verb (after auxiliaries, adverbs and a
		// time: "has warned", "have also criticised", "today reported"),
		// opening the sentence or after a comma.
		k := ss.skipBack(c, j-1)
		for k >= 0 && (toks[k].Text == "today" || toks[k].Text == "yesterday") {
			k = ss.skipBack(c, k-1)
		}
		if p, e, noun, ok := ss.descriptionEndingAt(c, k); ok && (p == 0 || toks[p-1].Text == ",") {
			return pendingLead{si: c.si, p: p, e: e, cueTok: j, noun: noun}, true
		}
		// The subject after the verb, ending the sentence.
		end := j + n
		for end < len(toks) && !text.IsPunct(toks[end].Text) {
			end++
		}
		if end < len(toks) && toks[end].Text != "." {
			continue
		}
		if p, e, noun, ok := ss.descriptionEndingAt(c, end-1); ok && p == j+n {
			return pendingLead{si: c.si, p: p, e: e, cueTok: j, noun: noun}, true
		}
	}
	return pendingLead{}, false
}

// descriptionEndingAt parses a description of an organisation that ends
// at token k: an article ("a",
// "an", "the", which a noun of orgNouns needs), a state's possessive
// ("the UK's"), up to four modifiers (lower-case words, demonyms) and a
// lower-case noun of orgNouns, or members of a legislature ("MPs",
// "senior MPs", "a committee of MPs"). It returns the phrase, its head
// noun ("mps" for members) and whether there is one.
func (ss *docState) descriptionEndingAt(c *sentCtx, k int) (int, int, string, bool) {
	toks := c.toks
	if k < 0 || c.quoted[k] || c.ment[k] >= 0 {
		return 0, 0, "", false
	}
	e := k + 1
	head := strings.ToLower(toks[k].Text)
	noun := ""
	switch {
	case memberNouns[head] && k >= 2 && toks[k-1].Text == "of":
		if _, ok := orgNouns[strings.ToLower(toks[k-2].Text)]; !ok {
			return 0, 0, "", false
		}
		noun, k = "mps", k-3 // "a committee of MPs", "a group of peers"
	case memberNouns[head]:
		noun, k = "mps", k-1
	case head == "research" && text.IsLower(toks[k].Text):
		noun, k = head, k-1 // "research suggests": no article
	default:
		if _, ok := orgNouns[head]; !ok && !docNouns[head] || !text.IsLower(toks[k].Text) {
			return 0, 0, "", false
		}
		noun, k = head, k-1
	}
	for n := 0; k >= 0 && n < 4; n++ {
		w := toks[k].Text
		lw := strings.ToLower(w)
		if mi := c.ment[k]; mi >= 0 {
			if c.ms[mi].via != lexicon.ViaDemonym {
				break
			}
			k = c.ms[mi].t0 - 1
			continue
		}
		if !text.IsLower(w) || functionWord(lw) || ss.cl.skip.has(w) || text.IsPunct(w) {
			break
		}
		k--
	}
	// A state's possessive: "the UK's".
	if k >= 1 && text.IsPossessive(toks[k].Text) {
		if mi := c.ment[k-1]; mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindState {
			k = c.ms[mi].t0 - 1
		}
	}
	det := false
	if k >= 0 {
		switch strings.ToLower(toks[k].Text) {
		case "a", "an", "the":
			det = true
			k--
		}
	}
	if noun != "mps" && noun != "research" && !det || k+1 >= e {
		return 0, 0, "", false
	}
	return k + 1, e, noun, true
}

// leadFits reports whether actor a can be the body the pending lead l
// describes.
func (ss *docState) leadFits(l pendingLead, a int) bool {
	if ss.actors[a].kind != lexicon.KindOrg || ss.isMedia(a) {
		return false
	}
	if l.noun == "mps" {
		words := strings.Fields(ss.actors[a].name)
		return bodyWords[words[len(words)-1]]
	}
	cat := orgNouns[l.noun]
	if businessNouns[l.noun] {
		return ss.describes(a, l.noun, cat)
	}
	return ss.ofCategory(a, cat) && !ss.unlikeSpeaker(a, l.noun)
}

// nameLeads resolves the pending leads that sentence c names: each lead
// whose body speaks in the statements out[n:] of c (found are their
// candidates), named there by its name, not by a description or a pronoun
// read back to it, within leadReach sentences, gets its statements,
// inserted in sentence order; the leads still pending are returned.
func (ss *docState) nameLeads(c *sentCtx, found []candidate, out []Statement, n int, leads []pendingLead) ([]Statement, []pendingLead) {
	if len(leads) == 0 || c.si <= leads[0].si {
		return out, leads
	}
	var speakers []int
	for _, f := range found {
		named := slices.ContainsFunc(c.ms, func(m mention) bool {
			return m.actorIndex == f.speaker && m.via == lexicon.ViaName && m.t0 >= f.np[0] && m.t1 <= f.np[1]
		})
		spoke := slices.ContainsFunc(out[n:], func(st Statement) bool { return st.Speaker == ss.actors[f.speaker].name })
		if named && spoke && !slices.Contains(speakers, f.speaker) {
			speakers = append(speakers, f.speaker)
		}
	}
	rest := leads[:0]
	for _, l := range leads {
		if c.si > l.si+leadReach {
			continue
		}
		a := -1
		if docNouns[l.noun] {
			a = ss.docAuthor(c)
		} else if k := slices.IndexFunc(speakers, func(a int) bool { return ss.leadFits(l, a) }); k >= 0 {
			a = speakers[k]
		}
		if a < 0 {
			rest = append(rest, l)
			continue
		}
		stmts := ss.readLead(l, a)
		at := slices.IndexFunc(out, func(st Statement) bool { return st.SentenceIndex > l.si })
		if at < 0 {
			at = len(out)
		}
		out = slices.Insert(out, at, stmts...)
	}
	return out, rest
}

// readLead reads the lead l again with its description a mention of the
// body a, and returns the statements its verb of saying gives a.
func (ss *docState) readLead(l pendingLead, a int) []Statement {
	ss.describe(l.noun, a) // "the elections watchdog has said …": "the watchdog" further on
	lc := ss.sentenceAgain(l.si, false)
	ss.addMention(lc, l.p, l.e, a, lexicon.ViaRole)
	group := ss.group
	found := slices.DeleteFunc(ss.find(lc), func(f candidate) bool { return f.cueTok != l.cueTok || f.speaker != a })
	ss.group = group
	return ss.emit(lc, found, nil)
}

// docAuthor returns the organisation that sentence c gives as the author
// of a document of docNouns, or -1: "the survey, by the Harris Research
// Centre", "a report from the CBI", "Research from Halifax" opening the
// sentence, "the study, undertaken by the European Commission", "YouGov
// polled …", "the CBI's latest survey", "the Halifax survey". A news medium that commissioned a poll
// is no author, nor is a newspaper named so ("the Sunday Times poll").
func (ss *docState) docAuthor(c *sentCtx) int {
	toks := c.toks
	isDoc := func(k int) bool {
		return k >= 0 && k < len(toks) && docNouns[strings.ToLower(toks[k].Text)] && (text.IsLower(toks[k].Text) || k == 0) && !c.quoted[k]
	}
	for _, m := range c.ms {
		a := m.actorIndex
		if m.via != lexicon.ViaName || ss.actors[a].kind != lexicon.KindOrg || ss.isMedia(a) || c.quoted[m.t0] {
			continue
		}
		// NOUN [,] by|from [the] X
		k := m.t0 - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k >= 0 && (toks[k].Text == "by" || toks[k].Text == "from") {
			k--
			if k >= 0 && toks[k].Text == "," {
				k--
			}
			if isDoc(k) {
				return a
			}
			// NOUN, PARTICIPLE [out|up] by [the] X: "the study, undertaken
			// by the European Commission", "the survey, carried out by Ipsos"
			p := k
			if p >= 0 && (toks[p].Text == "out" || toks[p].Text == "up") {
				p--
			}
			if p >= 2 && participle(toks[p].Text) && toks[p-1].Text == "," && isDoc(p-2) {
				return a
			}
		}
		k = m.t1
		if k < len(toks) && pollVerbs[toks[k].Text] {
			return a // "YouGov polled 1,981 voters"
		}
		if words := strings.Fields(ss.actors[a].name); paperWords[words[len(words)-1]] {
			continue
		}
		// X's [adjective] NOUN, X NOUN
		if k < len(toks) && text.IsPossessive(toks[k].Text) {
			k++
		}
		if isDoc(k) || isDoc(k+1) && text.IsLower(toks[k].Text) && !functionWord(strings.ToLower(toks[k].Text)) {
			return a
		}
	}
	return -1
}

// participle reports whether w, in lower case, reads as a past
// participle ("undertaken", "commissioned", "carried", "made", "done").
func participle(w string) bool {
	if !text.IsLower(w) {
		return false
	}
	switch w {
	case "made", "done", "run", "led", "held", "paid":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

// pollVerbs say that the body before them carried out a survey.
var pollVerbs = map[string]bool{"polled": true, "surveyed": true, "questioned": true, "interviewed": true,
	"sampled": true}

// paperWords end the names of newspapers and magazines, which commission
// polls and publish reports rather than write them.
var paperWords = map[string]bool{"Times": true, "Telegraph": true, "Post": true, "Guardian": true, "Mail": true,
	"Mirror": true, "Herald": true, "Journal": true, "News": true, "Observer": true, "Independent": true,
	"Express": true, "Standard": true, "Economist": true, "Gazette": true, "Tribune": true, "Chronicle": true,
	"Record": true, "Scotsman": true, "Star": true, "Sun": true, "Week": true, "Magazine": true}
