package statement

import (
	_ "embed"
	"math"
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// Polarity and confidence. Two experts are combined for every target of
// a statement: the polarity model (package polarity: the sentiment the
// sentence expresses towards the target's mention, with probabilities)
// and the word lists (Evidence: a relation word that governs the target,
// the stance words of its clause, a demand on it). Their product
// (Priors.Combine) gives the target's probabilities; the tables and
// weights of the word-list side are counted and fitted on the NewsMTSC
// training and development splits (cmd/stanceprior), never on the
// articles the tool is judged on. A target with several mentions averages
// their probabilities. How the statement and its targets are decided from
// these is described at decide.
//
// The sentiment a sentence expresses towards an actor is not always the
// speaker's stance towards it, and three cases are handled:
//   - the speaker is never its own target;
//   - the speaker's own side (the state a person or body acts for, or a
//     person or body of the state that speaks) is often shown as a victim
//     ("Russia's attacks on Ukraine", says Kyiv), which is not a stance
//     against itself: a negative reading of the own side becomes neutral
//     unless the speaker's own relation word governs it;
//   - a relation word of the speaker's ("rejected X's plan", "sided with
//     X", "said it stood by X") states the stance towards its object
//     whatever the rest of the sentence says about X: it decides that
//     target's polarity.

//go:embed data/priors.tsv
var priorsText string

// defaultPriors parses the embedded priors; TestPriorsParse checks that
// they parse. On error they are flat (no evidence).
func defaultPriors() *Priors {
	p, err := ParsePriors(strings.NewReader(priorsText))
	if err != nil {
		p = &Priors{Prior: [3]float64{1.0 / 3, 1.0 / 3, 1.0 / 3}}
		for k := range p.Cond {
			for v := range p.Cond[k] {
				p.Cond[k][v] = p.Prior
			}
		}
	}
	return p
}

// isClauseBoundary reports whether token w separates clauses for the
// Clause evidence: punctuation, quotation marks, dashes and the words that
// open a subordinate or coordinate clause.
func isClauseBoundary(w string) bool {
	switch w {
	case ",", ";", ":", "(", ")", "\u2013", "\u2014", "--", "\"", "\u201c", "\u201d",
		"but", "while", "whereas", "although", "though", "because", "who", "which", "whom", "whose",
		"when", "after", "before", "since", "if", "unless", "that", "as", "despite", "amid", "until":
		return true
	}
	return false
}

// clauseBounds returns the clause [a, b) of [lo, hi) that holds tokens
// [t0, t1).
func clauseBounds(c *sentCtx, t0, t1, lo, hi int) (int, int) {
	a, b := lo, hi
	for j := t0 - 1; j >= lo; j-- {
		if isClauseBoundary(c.toks[j].Text) {
			a = j + 1
			break
		}
	}
	for j := t1; j < hi; j++ {
		if isClauseBoundary(c.toks[j].Text) {
			b = j
			break
		}
	}
	return a, b
}

// evidenceAt returns the word lists' evidence about the mention at tokens
// [t0, t1) within the words [lo, hi) (np is the speaker phrase, which
// carries no stance); counts says whether a relation word at a token is
// the speaker's.
func (ss *docState) evidenceAt(c *sentCtx, t0, t1, lo, hi int, np [2]int, counts func(s int) bool) Evidence {
	var e Evidence
	e.Object, _ = ss.relationBefore(c, t0, counts)
	a, b := clauseBounds(c, t0, t1, lo, hi)
	e.Clause = ss.stance(c, a, b, np)
	s1, h1 := ss.stanceSum(c, lo, a, np)
	s2, h2 := ss.stanceSum(c, b, hi, np)
	switch sum := s1 + s2; {
	case sum > 0 && !h1 && !h2:
		e.Rest = 1
	case sum < 0:
		e.Rest = -1
	}
	e.Lexicon = lexiconSign(ss.valenceSum(c, a, b, np))
	if ss.pressured(c, t0, t1) {
		e.Demand = -1
	}
	return e
}

// lexiconSign reads a valence sum: 1 from +1 up, -1 from -1 down, else 0
// (one clearly valenced word decides, VADER's valences run from -4 to 4).
func lexiconSign(v float64) int {
	switch {
	case v >= 1:
		return 1
	case v <= -1:
		return -1
	}
	return 0
}

// valenceSum sums the VADER valence of the words of tokens [a, b) outside
// names and the speaker phrase np; a word within three words after a
// negator of its clause counts -0.74 times (VADER's negation factor).
func (ss *docState) valenceSum(c *sentCtx, a, b int, np [2]int) float64 {
	sum := 0.0
	var buf [foldBuf]byte
	for i := a; i < b; i++ {
		if (i >= np[0] && i < np[1]) || c.ment[i] >= 0 {
			continue
		}
		v, ok := ss.cl.valence[string(foldWord(&buf, c.toks[i].Text))]
		if !ok {
			continue
		}
		for j := i - 1; j >= a && j >= i-3; j-- {
			if isClauseBoundary(c.toks[j].Text) {
				break
			}
			if _, n, ok := ss.cl.negators.match(c.toks, j); ok && j+n <= i {
				v *= -0.74
				break
			}
		}
		sum += v
	}
	return sum
}

// pressured reports whether the mention at tokens [t0, t1) is pressed to
// act: the subject of an obligation ("X must …", "X should now …") or
// the object of a pressure verb followed by "to" ("urged X to …",
// "called on the X to …"), or "demanded that X …".
func (ss *docState) pressured(c *sentCtx, t0, t1 int) bool {
	toks := c.toks
	p := t1
	for p < len(toks) && (isAdverb(toks[p].Text) || ss.cl.skip.has(toks[p].Text) && !isPassiveAux(toks[p].Text)) {
		p++
	}
	if p < len(toks) {
		if _, _, ok := ss.cl.obligation.match(toks, p); ok {
			return true
		}
	}
	j := t0 - 1
	if j >= 0 && toks[j].Text == "the" {
		j--
	}
	for s := max(0, j-2); s <= j; s++ {
		if _, n, ok := ss.cl.pressure.match(toks, s); ok && s+n == j+1 {
			return strings.EqualFold(toks[s+n-1].Text, "that") || (t1 < len(toks) && toks[t1].Text == "to")
		}
	}
	return false
}

// subjectIncludesSpeaker reports whether the subject that ends at token j
// (not before token a) names the speaker or its own side, alone or among
// coordinated names.
func (ss *docState) subjectIncludesSpeaker(c *sentCtx, f candidate, j, a int) bool {
	for j >= a {
		mi := c.ment[j]
		if mi < 0 {
			w := c.toks[j].Text
			if w == "and" || w == "," || w == "the" {
				j--
				continue
			}
			return false
		}
		t := c.ms[mi].actorIndex
		if t == f.speaker || ss.ownSide(f.speaker, t) || ss.sameSide(f.speaker, t) && ss.actors[t].kind != ss.actors[f.speaker].kind {
			return true
		}
		j = c.ms[mi].t0 - 1
	}
	return false
}

// pressesObject reports whether a pressure verb that ends before token p
// has an object pressed to act: "urged [the men] to step down", "called
// on [Kyiv] to …", "demanded that …".
func (ss *docState) pressesObject(c *sentCtx, p int) bool {
	if p > 0 && strings.EqualFold(c.toks[p-1].Text, "that") {
		return true
	}
	for k := p; k < len(c.toks) && k < p+6; k++ {
		w := c.toks[k].Text
		if w == "to" {
			return k > p
		}
		if c.ment[k] < 0 && (text.IsPunct(w) || c.quoted[k] || !text.IsLower(w) && !text.IsNameStart(w)) {
			return false
		}
	}
	return false
}

// demandOnOthers reports whether the words [a, b) of a statement by
// speaker press someone else to act: an obligation whose subject is not
// the speaker, its own side or "I"/"we" ("ministers must respond", "all
// the advice should be published"), or a pressure verb as the cue.
func (ss *docState) demandOnOthers(c *sentCtx, f candidate, a, b int) bool {
	if _, n, ok := ss.cl.pressure.match(c.toks, f.cueTok); ok && ss.pressesObject(c, f.cueTok+n) {
		return true
	}
	for i := a; i < b; i++ {
		if _, _, ok := ss.cl.obligation.match(c.toks, i); !ok || c.ment[i] >= 0 {
			continue
		}
		j := i - 1
		for j >= a && (isAdverb(c.toks[j].Text) || ss.cl.skip.has(c.toks[j].Text)) {
			j--
		}
		if j < a || text.IsPunct(c.toks[j].Text) {
			continue
		}
		switch strings.ToLower(c.toks[j].Text) {
		case "i", "we", "us", "you", "one", "everyone", "everybody", "there", "it", "this", "that", "which", "who":
			continue
		}
		if ss.subjectIncludesSpeaker(c, f, j, a) {
			continue // "China and the United States should be partners", says China
		}
		return true
	}
	return false
}

// Evidence returns what the word lists say about the polarity that
// sentence expresses towards the target at bytes [start, end): the
// features the Priors tables are counted over. Any relation word counts,
// whoever its subject (cmd/stanceprior counts them on NewsMTSC, whose
// targets need not be spoken about by a speaker).
func (f *Finder) Evidence(sentence string, start, end int) Evidence {
	toks := text.AppendTokens(nil, sentence, text.Span{Start: 0, End: len(sentence)})
	if len(toks) == 0 {
		return Evidence{}
	}
	t0, t1 := len(toks), len(toks)
	for i, t := range toks {
		if t.Span.End > start && t0 == len(toks) {
			t0 = i
		}
		if t.Span.Start < end {
			t1 = i + 1
		}
	}
	if t0 >= len(toks) {
		return Evidence{}
	}
	t1 = max(t1, t0+1)
	ss := &docState{f: f, cl: f.cues, doc: &Doc{Text: sentence}, actors: []actor{{name: "target"}}}
	c := &sentCtx{toks: toks, ment: make([]int, len(toks)), quoted: make([]bool, len(toks)),
		ms: []mention{{t0: t0, t1: t1, span: text.Span{Start: toks[t0].Span.Start, End: toks[t1-1].Span.End}}}}
	markQuotes(toks, c.quoted, false)
	c.index()
	return ss.evidenceAt(c, t0, t1, 0, len(toks), [2]int{}, func(int) bool { return true })
}

// markQuotes sets quoted[t] for the tokens inside double quotation marks
// (the marks included), starting inside a quotation if open, and returns
// whether a quotation is still open at the end.
func markQuotes(toks []text.Token, quoted []bool, open bool) bool {
	for t, tok := range toks {
		switch tok.Text {
		case "\u201c":
			open = true
			quoted[t] = true
		case "\u201d":
			quoted[t] = true
			open = false
		case "\"":
			// A straight quote opens when it sticks to the next word and
			// closes when it sticks to the previous one.
			quoted[t] = true
			before := t > 0 && toks[t-1].Span.End == tok.Span.Start
			after := t+1 < len(toks) && toks[t+1].Span.Start == tok.Span.End
			switch {
			case after && !before:
				open = true
			case before && !after:
				open = false
			default:
				open = !open
			}
		default:
			quoted[t] = open
		}
	}
	return open
}

// ruleReading is how the word lists read a whole statement.
type ruleReading struct {
	pol      int
	decisive bool // a cue with a fixed polarity decided
}

// decide returns the statement's targets with their stances, its
// polarity and its confidence, from the word lists' reading r of the
// statement and the targets trs in its words [lo, hi).
//
// The statement is read like a target without a name: the model's
// probabilities for an empty target at the start of its words, combined
// (Priors.Combine) with the statement's own evidence (a deciding cue as
// the relation, the word lists' reading as its clause, a demand on
// someone else). With B_0 that reading and B_t each target's combined
// probabilities (averaged over its mentions):
//
//	Q(c)   ∝ B_0(c) · Π_t (B_t(c) / Prior(c))^(1/n)
//	P_t(c) ∝ Q(c) · B_t(c) / Prior(c)
//
// B_t / Prior is how much the target's own evidence moves each class
// away from the prior. The polarity is the word lists' when they read
// one (a deciding cue, stance words, a demand on someone else: they are
// precise where they speak), else the class of Q when it is not neutral
// and has at least half of the mass, else neutral. The confidence is Q of
// that polarity: how much the model and the word lists together back it.
// A target takes the statement's polarity unless the speaker's own
// relation word decides for it ("praised A for standing up to B", "echoed
// A in condemning B"); a clause about the target alone ("X could agree
// to the plan") says what the target does, not what the speaker thinks of
// it, so the model and the clause only weigh its confidence, P_t of its
// polarity. Inside a quotation, though, the clause about the target is
// the speaker's own judgment: when the statement is read neutral, a
// quoted target whose P_t puts at least half of its mass on a sign takes
// that sign, and so does the statement (the last such target's). (Which
// actors are targets at all is decided before, in targetRefs.)
func (ss *docState) decide(c *sentCtx, f candidate, lo, hi int, r ruleReading, trs []targetRef) ([]string, []TargetStance, int, float64) {
	pr := ss.f.priors
	s := ss.doc.Sentences[c.si]
	sentence := ss.doc.Text[s.Start:s.End]
	model := ss.f.opts.Sentiment
	counts := func(t int) bool { return ss.speakersRelation(c, f, t) }
	se := Evidence{Clause: r.pol}
	if r.decisive {
		se.Object = r.pol
	}
	if ss.demandOnOthers(c, f, lo, hi) {
		se.Demand = -1
	}
	var pm [3]float64
	if model != nil {
		w := c.toks[min(lo, len(c.toks)-1)].Span.Start - s.Start
		pm = model.Predict(sentence, w, w).Probs
	}
	b0 := pr.Combine(pm, se)
	lrs := make([][3]float64, len(trs))
	own := make([][3]float64, len(trs))
	objects := make([]int, len(trs))
	var zq [3]float64
	for k := range zq {
		zq[k] = logp(b0[k])
	}
	for i, tr := range trs {
		var b [3]float64
		for _, m := range tr.ms {
			var pm [3]float64
			if model != nil {
				pm = model.Predict(sentence, m.span.Start-s.Start, m.span.End-s.Start).Probs
			}
			ev := ss.evidenceAt(c, m.t0, m.t1, lo, hi, f.np, counts)
			if ev.Object != 0 {
				objects[i] = ev.Object
			}
			p := pr.Combine(pm, ev)
			for k := range b {
				b[k] += p[k] / float64(len(tr.ms))
			}
		}
		own[i] = b
		for k := range b {
			lrs[i][k] = logp(b[k]) - logp(pr.Prior[k])
			zq[k] += lrs[i][k] / float64(len(trs))
		}
	}
	q := softmax(zq)
	pol := r.pol
	if pol == 0 && se.Demand != 0 {
		pol = se.Demand
	}
	if pol == 0 {
		pol = clearSign(q)
	}
	targets := []string{}
	stances := []TargetStance{}
	quotedPol := 0 // the polarity a quoted target gives a statement read neutral
	for i, tr := range trs {
		var z [3]float64
		for k := range z {
			z[k] = logp(q[k]) + lrs[i][k]
		}
		p := softmax(z)
		// The own side shown as a victim is no stance against it.
		if ss.ownSide(f.speaker, tr.actor) && objects[i] == 0 {
			p[1] += p[0]
			p[0] = 0
		}
		tp := pol
		if objects[i] != 0 {
			// The speaker's own relation word decides; its confidence is
			// the target's own reading, which holds that word.
			tp = objects[i]
			p = own[i]
		}
		// In the speaker's own quoted words a target read clearly positive
		// or negative (its class has at least half of P_t) is the
		// speaker's judgment of it, even when nothing else in the
		// statement reads one: "“X has broken his pledges,” said Y".
		if tp == 0 && pol == 0 && objects[i] == 0 && quotedRef(c, tr) {
			if sp := clearSign(p); sp != 0 {
				tp = sp
				quotedPol = sp
			}
		}
		if tp < 0 && p[0] == 0 {
			tp = 0
		}
		name := ss.actors[tr.actor].name
		targets = append(targets, name)
		stances = append(stances, TargetStance{Target: name, Polarity: tp, Confidence: round3(p[tp+1])})
	}
	if quotedPol != 0 {
		pol = quotedPol
	}
	return targets, stances, pol, round3(q[pol+1])
}

// clearSign returns the class (-1 or 1) of probabilities p when it is
// not neutral and has at least half of the mass, else 0: the same bar as
// a statement's own reading must pass.
func clearSign(p [3]float64) int {
	if c, pc := argmax(p); c != 0 && pc >= 0.5 {
		return c
	}
	return 0
}

// quotedRef reports whether a mention of target tr stands inside a
// quotation: in the speaker's own words rather than the reporter's.
func quotedRef(c *sentCtx, tr targetRef) bool {
	for _, m := range tr.ms {
		if c.quoted[m.t0] {
			return true
		}
	}
	return false
}

// logp is the natural logarithm of p, bounded below for p near 0.
func logp(p float64) float64 { return math.Log(math.Max(p, 1e-9)) }

// round3 rounds a probability to three decimals, so that files and
// outputs do not carry the last bits of floating-point arithmetic.
func round3(p float64) float64 { return math.Round(p*1000) / 1000 }
