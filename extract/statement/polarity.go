package statement

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// emit turns the statements found in sentence c into Statements: polarity,
// targets and issue from the words of each statement. A statement's words
// run from its scope start (the start of the sentence for the first one)
// to the scope start of the next, without the speaker phrase.
func (ss *docState) emit(c *sentCtx, found []candidate, out []Statement) []Statement {
	s := ss.doc.Sentences[c.si]
	text := ss.doc.Text[s.Start:s.End]
	for i, f := range found {
		lo, hi := f.scopeLo, len(c.toks)
		for _, g := range found[i+1:] {
			if g.scopeLo > lo {
				hi = g.scopeLo
				break
			}
		}
		if f.scopeHi > lo && f.scopeHi < hi {
			hi = f.scopeHi
		}
		pol := 0
		switch {
		case f.fixed:
			pol = f.pol
		case f.ownWords:
			var ok bool
			pol, ok = ss.ownStance(c, f.cueTok+f.cueLen, f.kind)
			if !ok && f.kind == cueState {
				continue
			}
			if !ok {
				pol = ss.stance(c, lo, hi, f.np)
			}
		default:
			pol = ss.stance(c, lo, hi, f.np)
			if pol == 0 {
				pol = forecast(c, lo, hi)
			}
			if pol == 0 && labelCue(f.cue) {
				// "called the strikes “murder”", "dubbed the plan an
				// “abuse of power”": the quoted label's valence is the
				// speaker's judgment.
				if a, b := ss.quotedLabel(c, f); a < b {
					pol = lexiconSign(ss.valenceSum(c, a, b, f.np))
				}
			}
			if pol == 0 {
				if f.kind == cueWeak {
					continue
				}
				pol = f.lean
			}
		}
		start := ss.wordsStart(c, f, lo)
		trs := ss.reporterOut(c, ss.targetRefs(c, lo, hi, f), f, found)
		targets, stances, pol, conf, rd := ss.decide(c, f, start, hi, ruleReading{pol: pol, decisive: f.fixed}, trs)
		ss.reportedNeutral(stances, f, found, lo)
		out = append(out, Statement{Speaker: ss.actors[f.speaker].name, Cue: ss.cueWords(c, f), Polarity: pol,
			Targets: targets, Issue: ss.issue(c, lo, hi), Text: text, Span: s.Span,
			SentenceIndex: c.si, Confidence: conf, Stances: stances, Reading: rd})
	}
	return out
}

// ownStance returns the polarity of the first stance word within the few
// words after a cue such as "expressed" or "remains" (skipping quotes,
// articles and adverbs), and whether there was one.
func (ss *docState) ownStance(c *sentCtx, p int, k cueKind) (int, bool) {
	limit := 5
	if k == cueState {
		limit = 3
	}
	for j := p; j < len(c.toks) && j < p+limit; j++ {
		if pol, n, ok := ss.cl.stance.match(c.toks, j); ok {
			if !ss.negativePhrase(c, j, n) && ss.negated(c, j, p-1) {
				pol = -pol
			}
			return pol, true
		}
		if c.toks[j].Text == "," || c.toks[j].Text == "." {
			break
		}
	}
	return 0, false
}

// stance sums the stance words of tokens [lo, hi) outside the speaker
// phrase np, flipping negated ones and skipping concessive and conditional
// clauses; a hedge turns a positive sum neutral.
func (ss *docState) stance(c *sentCtx, lo, hi int, np [2]int) int {
	sum, hedge := ss.stanceSum(c, lo, hi, np)
	switch {
	case sum > 0 && !hedge:
		return 1
	case sum < 0:
		return -1
	}
	return 0
}

// stanceSum returns the weighted sum of the stance words of tokens
// [lo, hi) that stance reads, and whether a hedge stood among them.
func (ss *docState) stanceSum(c *sentCtx, lo, hi int, np [2]int) (int, bool) {
	toks := c.toks
	sum, hedge := 0, false
	quiet := 0  // stance words before this token belong to a negated phrase
	weight := 1 // words after "but" weigh double: "ready for talks but insisted …"
	var buf [foldBuf]byte
	for i := lo; i < hi; {
		if i >= np[0] && i < np[1] {
			i = np[1]
			continue
		}
		if c.ment[i] >= 0 {
			i = c.ms[c.ment[i]].t1 // names carry no stance ("United States")
			continue
		}
		if toks[i].Text == "but" && !c.quoted[i] {
			weight = 2
		}
		key := foldWord(&buf, toks[i].Text)
		// A concessive or conditional clause, or a relative clause about
		// someone else (", who helped …,"), is background.
		if ss.cl.aside[string(key)] || (toks[i].Text == "who" && i > lo && toks[i-1].Text == ",") {
			i++
			for i < hi && toks[i].Text != "," && toks[i].Text != ";" && toks[i].Text != ":" {
				i++
			}
			continue
		}
		if _, n, ok := ss.cl.hedges.matchKey(key, toks, i); ok {
			hedge = true
			i += n
			continue
		}
		if pol, n, ok := ss.cl.stance.matchKey(key, toks, i); ok {
			if businessConcern(c, i) || agreedDeal(c, i) {
				i += n // "the financial services concern": a company; "agreed to buy": a deal
				continue
			}
			if i < quiet {
				i += n // inside a negated phrase: "no willingness to compromise"
				continue
			}
			if !ss.negativePhrase(c, i, n) && ss.negated(c, i, lo) {
				pol = -pol
				quiet = ss.phraseEnd(c, i+n, hi)
			}
			sum += pol * weight
			i += n
			continue
		}
		i++
	}
	return sum, hedge
}

// phraseEnd returns where a negated phrase that continues at token i ends:
// three words on, or at the first punctuation mark.
func (ss *docState) phraseEnd(c *sentCtx, i, hi int) int {
	end := min(i+3, hi)
	for j := i; j < end; j++ {
		if text.IsPunct(c.toks[j].Text) {
			return j
		}
	}
	return end
}

// negativePhrase reports whether the stance phrase of n tokens at token i
// holds a negator of its own ("not accept", "will not accept"): its
// polarity already counts the negation, and a second negator before it
// repeats it ("cannot and will not accept") rather than undoing it.
func (ss *docState) negativePhrase(c *sentCtx, i, n int) bool {
	for j := i; j < i+n && j < len(c.toks); j++ {
		if _, m, ok := ss.cl.negators.match(c.toks, j); ok && j+m <= i+n {
			return true
		}
	}
	return false
}

// negated reports whether a negator stands within four words before token
// i, in the same clause and not before token lo.
func (ss *docState) negated(c *sentCtx, i, lo int) bool {
	for j := i - 1; j >= lo && j >= i-4; j-- {
		w := c.toks[j].Text
		if w == "," || w == ";" || w == ":" || w == "." {
			return false
		}
		if _, n, ok := ss.cl.negators.match(c.toks, j); ok && j+n <= i {
			return true
		}
		// A negator binds the nearest stance word only: "never recognise
		// occupied territories".
		if _, n, ok := ss.cl.stance.match(c.toks, j); ok && j+n <= i {
			return false
		}
	}
	return false
}

// negatedCue reports whether the cue at token t is negated ("did not
// reject").
func (ss *docState) negatedCue(c *sentCtx, t int) bool {
	for j := t - 1; j >= 0 && j >= t-2; j-- {
		switch c.toks[j].Text {
		case "not", "n't", "never":
			return true
		}
	}
	return negatedSubject(c.toks, t)
}

// maxNeitherSubject is the number of tokens before a cue that
// negatedSubject reads for "neither … nor".
const maxNeitherSubject = 12

// negatedSubject reports whether the subject before the cue at token t is
// "neither A nor B" ("Neither Moscow nor Kyiv commented"): what neither
// said is no one's statement.
func negatedSubject(toks []text.Token, t int) bool {
	nor := false
	for j := t - 1; j >= 0 && j >= t-maxNeitherSubject; j-- {
		switch w := toks[j].Text; {
		case w == "nor":
			nor = true
		case strings.EqualFold(w, "neither"):
			return nor
		case w == "." || w == ";" || w == ":" || w == "," && !nor:
			return false
		}
	}
	return false
}

// issue returns the key of the most specific issue phrase in tokens
// [lo, hi), or "".
func (ss *docState) issue(c *sentCtx, lo, hi int) string {
	best := -1
	for i := lo; i < hi; i++ {
		if k, n, ok := ss.cl.issues.match(c.toks, i); ok {
			if ss.cl.issuePeace[k] && !ss.peace {
				i += n - 1
				continue
			}
			if best < 0 || k < best {
				best = k
			}
			i += n - 1
		}
	}
	if best < 0 {
		return ""
	}
	return ss.cl.issueKey[best]
}

// businessConcern reports whether token i is "concern" in its business
// sense, a company: after "going" (a going concern), "-based" ("the
// Portland-based concern"), a noun of an industry ("the financial services
// concern", "a publishing concern"), or an article and a capitalised word
// when no "over", "about", "that" … follows ("a Connecticut concern that
// leases", not "U.S. concern over the incident").
func businessConcern(c *sentCtx, i int) bool {
	if i == 0 || !strings.EqualFold(c.toks[i].Text, "concern") {
		return false
	}
	w := c.toks[i-1].Text
	switch {
	case w == "going", industryNouns[strings.ToLower(w)]:
		return true
	case w == "based" && i >= 2 && c.toks[i-2].Text == "-":
		return true
	case strings.HasSuffix(w, "-based"):
		return true
	}
	// A capitalised word after an article: "a Connecticut concern that
	// leases", not "U.S. concern over", "the American concern was that".
	if i < 2 || !text.IsNameStart(w) || text.IsLower(w) {
		return false
	}
	switch strings.ToLower(c.toks[i-2].Text) {
	case "a", "an", "the":
	default:
		return false
	}
	if i+1 < len(c.toks) {
		switch strings.ToLower(c.toks[i+1].Text) {
		case "over", "about", "that", "for", "at", "regarding", "with", "was", "is", "in", "on":
			return false
		}
	}
	return true
}

// industryNouns are the nouns of an industry that come before "concern"
// when it names a company.
var industryNouns = map[string]bool{"services": true, "products": true, "energy": true, "publishing": true,
	"textiles": true, "textile": true, "petrochemical": true, "petrochemicals": true, "chemical": true,
	"chemicals": true, "mining": true, "manufacturing": true, "engineering": true, "electronics": true,
	"steel": true, "oil": true, "gas": true, "retail": true, "retailing": true, "trading": true, "insurance": true,
	"banking": true, "finance": true, "financial": true, "investment": true, "holding": true, "media": true,
	"food": true, "foods": true, "computer": true, "software": true, "industrial": true, "machinery": true,
	"construction": true, "shipping": true, "aerospace": true, "defense": true, "defence": true, "drug": true,
	"pharmaceutical": true, "paper": true, "cable": true, "utility": true, "telecommunications": true,
	"property": true, "real-estate": true, "brokerage": true, "securities": true, "transport": true,
	"airline": true, "auto": true, "car": true, "hotel": true, "leisure": true, "toy": true, "tobacco": true}

// forecast returns the sign of a forecast among tokens [lo, hi) outside
// quotations: a verb of expecting ("expects", "forecast", "predicted",
// "estimated") followed within eight words by words of rising only
// ("earnings to grow", "income would rise") is optimistic, +1; by words
// of falling only, pessimistic, -1; a negation before the verb or after
// it, or anything else, 0. A forecast states no
// stance word, but the speaker who expects growth is optimistic, one who
// expects a fall pessimistic (the reference gold's reading of polarity).
func forecast(c *sentCtx, lo, hi int) int {
	for i := max(lo, 0); i < hi && i < len(c.toks); i++ {
		if !expectVerbs[strings.ToLower(c.toks[i].Text)] || c.quoted[i] {
			continue
		}
		for j := max(i-3, 0); j < i; j++ {
			switch strings.ToLower(c.toks[j].Text) {
			case "not", "n't", "never", "no":
				return 0 // "did not expect sales to grow"
			}
		}
		up, down := false, false
		for j := i + 1; j < hi && j < len(c.toks) && j <= i+8; j++ {
			w := strings.ToLower(c.toks[j].Text)
			if w == "not" || w == "no" || w == "n't" || w == "never" {
				return 0
			}
			if (w == "fall" || w == "falls") && j+1 < len(c.toks) && strings.EqualFold(c.toks[j+1].Text, "on") {
				continue // "the vote, expected to fall on 5 May": a date
			}
			up = up || riseWords[w]
			down = down || fallWords[w]
		}
		switch {
		case up && !down:
			return 1
		case down && !up:
			return -1
		}
	}
	return 0
}

// expectVerbs are the verbs of expecting and forecasting.
var expectVerbs = map[string]bool{"expects": true, "expected": true, "expect": true, "anticipates": true,
	"anticipated": true, "forecast": true, "forecasts": true, "predicted": true, "predicts": true,
	"estimated": true, "estimates": true, "projected": true, "projects": true}

// riseWords and fallWords are the verbs and nouns of a rise and of a fall
// that a forecast predicts.
var (
	riseWords = map[string]bool{"grow": true, "rise": true, "increase": true, "improve": true, "recover": true,
		"strengthen": true, "climb": true, "double": true, "growth": true, "improvement": true, "recovery": true,
		"higher": true, "stronger": true, "strong": true, "boost": true, "expand": true, "gain": true, "gains": true}
	fallWords = map[string]bool{"fall": true, "decline": true, "drop": true, "weaken": true, "shrink": true,
		"slow": true, "lower": true, "weaker": true, "loss": true, "losses": true, "deficit": true, "cut": true,
		"contract": true, "slump": true, "recession": true}
)

// cueWords returns the cue of f as the text writes it when its phrase
// holds a slot ("made the comments" for "made <det> comments"), else the
// cue.
func (ss *docState) cueWords(c *sentCtx, f candidate) string {
	if !strings.Contains(f.cue, "<") || f.cueLen == 0 || f.cueTok+f.cueLen > len(c.toks) {
		return f.cue
	}
	return ss.doc.Text[c.toks[f.cueTok].Span.Start:c.toks[f.cueTok+f.cueLen-1].Span.End]
}

// labelCue reports whether cue gives what follows it a label ("called X
// “a disgrace”", "dubbed it …"), whose valence is the speaker's judgment.
func labelCue(cue string) bool {
	return cue == "called" || cue == "dubbed"
}

// quotedLabel returns the quoted words [a, b) that the label cue of f
// gives its object: a quotation that opens within eight words after the
// cue ("called the strikes “murder”", "called Russia's offer “a
// bluff”"); none when a comma stands right before the cue, where the
// participle names what others call something ("…, dubbed the
// “McLibel Two”, were …").
func (ss *docState) quotedLabel(c *sentCtx, f candidate) (int, int) {
	p := f.cueTok + f.cueLen
	if f.cueTok > 0 && c.toks[f.cueTok-1].Text == "," {
		return 0, 0
	}
	for j := p; j < len(c.toks) && j <= p+8; j++ {
		if !c.quoted[j] {
			if text.IsPunct(c.toks[j].Text) && c.toks[j].Text != "'s" && !text.IsOpenQuote(c.toks[j].Text) {
				return 0, 0 // the clause ends before a label
			}
			continue
		}
		b := j
		for b < len(c.toks) && c.quoted[b] {
			b++
		}
		return j, b
	}
	return 0, 0
}

// reporterOut drops from trs, the targets of statement f, the speaker of
// another statement of the sentence that reports f's: "The United States
// will oppose the plan, Ambassador Michael Samuels said" gives the
// United States a statement, but Samuels is its source, not what it
// opposes. A reporting statement's speaker phrase and its cue, a plain
// verb of saying or any verb of saying that closes the sentence after a
// comma ("…, B testified"), stand after f's cue, and its words take in
// f's cue. trs is changed in place.
func (ss *docState) reporterOut(c *sentCtx, trs []targetRef, f candidate, found []candidate) []targetRef {
	out := trs[:0]
	for _, tr := range trs {
		reporter := false
		for _, g := range found {
			if g.speaker != tr.actor || g.speaker == f.speaker || g.np[0] < f.cueTok+f.cueLen || g.scopeLo > f.cueTok ||
				g.cueTok < f.cueTok || !plainSaying(g.cue) && !ss.tailTag(c, g) {
				continue
			}
			// Named in the reporter's phrase only, not elsewhere in f's
			// words as well.
			if !slices.ContainsFunc(tr.ms, func(m mention) bool { return m.t0 < g.np[0] || m.t1 > g.np[1] }) {
				reporter = true
			}
		}
		if !reporter {
			out = append(out, tr)
		}
	}
	return out
}

// reportedNeutral makes neutral the stances of f, a reporting statement,
// towards the speakers of the positions it reports: in "Refco denied it
// was in difficulty, vice president Tom Dorn said" Refco has a statement
// of its own, and Dorn, who reports it, takes no stance towards Refco by
// the sign of Refco's denial. A reported position is another statement of
// the sentence whose subject and cue stand in f's words (from token lo)
// before f's speaker phrase.
func (ss *docState) reportedNeutral(stances []TargetStance, f candidate, found []candidate, lo int) {
	for k := range stances {
		for _, g := range found {
			if g.speaker != f.speaker && ss.actors[g.speaker].name == stances[k].Target &&
				g.cueTok >= lo && g.np[1] <= g.cueTok && f.np[0] > g.cueTok {
				stances[k].Polarity = 0
			}
		}
	}
}
