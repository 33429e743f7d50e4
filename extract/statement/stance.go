package statement

import (
	"bytes"
	_ "embed"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/polarity"
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

//go:embed data/calibration.tsv
var calibrationText string

//go:embed data/targetfilter.tsv
var targetFilterText string

//go:embed data/stance.bin.gz
var stanceModel []byte

// defaultTargetFilter parses the embedded target filter (fitted by
// cmd/stancecal on the targets of data/stance-labels.tsv);
// TestTargetFilterParse checks that it parses. A file without weights
// gives none: every target is kept.
func defaultTargetFilter() *TargetFilter {
	tf, err := ParseTargetFilter(strings.NewReader(targetFilterText))
	if err != nil {
		return nil
	}
	return tf
}

// defaultCalibration parses the embedded calibration (fitted by
// cmd/stancecal on the labelled statements of data/stance-labels.tsv);
// TestCalibrationParse checks that it parses. A file without weights
// gives none: decide's polarity is then the uncalibrated one.
func defaultCalibration() *Calibration {
	cal, err := ParseCalibration(strings.NewReader(calibrationText))
	if err != nil {
		return nil
	}
	cal.Stance = defaultStanceModel()
	return cal
}

// defaultStanceModel loads the embedded stance model (data/stance.bin.gz,
// trained by cmd/stancecal on data/stance-labels.tsv; see
// Calibration.Stance); TestStanceModelLoads checks that it loads. An
// empty file, or one that does not load, gives none.
func defaultStanceModel() *polarity.Model {
	if len(stanceModel) == 0 {
		return nil
	}
	m, err := polarity.Load(bytes.NewReader(stanceModel))
	if err != nil {
		return nil
	}
	return m
}

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
	for i := a; i < b; i++ {
		sum += ss.valenceAt(c, i, a, np)
	}
	return sum
}

// valenceAt returns the VADER valence of token i as valenceSum counts it
// in words that start at token a (0 for names and the speaker phrase).
func (ss *docState) valenceAt(c *sentCtx, i, a int, np [2]int) float64 {
	if (i >= np[0] && i < np[1]) || c.ment[i] >= 0 {
		return 0
	}
	var buf [foldBuf]byte
	v, ok := ss.cl.valence[string(foldWord(&buf, c.toks[i].Text))]
	if !ok {
		return 0
	}
	for j := i - 1; j >= a && j >= i-3; j-- {
		if isClauseBoundary(c.toks[j].Text) {
			break
		}
		if _, n, ok := ss.cl.negators.match(c.toks, j); ok && j+n <= i {
			return v * -0.74
		}
	}
	return v
}

// statementWords returns the distinct lower-cased words (tokens with a
// letter) of tokens [lo, hi) outside names and the speaker phrase, and
// "cue:" with the cue, sorted: the words of the calibration's word model.
// Aside clauses are left out.
func (ss *docState) statementWords(c *sentCtx, f candidate, lo, hi int) []string {
	words := []string{"cue:" + strings.ToLower(f.cue)}
	var buf [foldBuf]byte
	for i := lo; i < hi; i++ {
		if (i >= f.np[0] && i < f.np[1]) || c.ment[i] >= 0 {
			continue
		}
		w := c.toks[i].Text
		// A concessive or conditional clause, or a relative clause about
		// someone else, is background, as stanceSum reads it.
		if ss.cl.aside[string(foldWord(&buf, w))] || (w == "who" && i > lo && c.toks[i-1].Text == ",") {
			for i+1 < hi && !isClauseEnd(c.toks[i+1].Text) {
				i++
			}
			continue
		}
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		words = append(words, strings.ToLower(w))
	}
	sort.Strings(words)
	return slices.Compact(words)
}

// isClauseEnd reports whether token w ends an aside clause for
// statementWords.
func isClauseEnd(w string) bool { return w == "," || w == ";" || w == ":" }

// valenceParts returns the positive and the negative VADER valences of
// the words of tokens [a, b) outside names and the speaker phrase np
// (negated words flipped, as valenceSum reads them), each bounded to 4
// and divided by 4.
func (ss *docState) valenceParts(c *sentCtx, a, b int, np [2]int) (float64, float64) {
	pos, neg := 0.0, 0.0
	for i := a; i < b; i++ {
		if v := ss.valenceAt(c, i, a, np); v > 0 {
			pos += v
		} else {
			neg += v
		}
	}
	return math.Min(pos, 4) / 4, math.Max(neg, -4) / 4
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
// speaker press another actor to act: a pressure verb as the cue with its
// object ("urged Blair to withdraw"), or an obligation whose subject is
// an actor other than the speaker and its own side ("Gordon Brown should
// set out a timetable", "Asian states must let their currencies rise").
// An obligation on anything else ("broadcasters should fix a date", "the
// legislation should be handled by Westminster", "the war had to end") is
// no demand on an actor: the labels read it as a proposal as often as a
// demand, so the calibration weighs it (see Reading.InScope).
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
		if subjectNamesActor(c, j, a) {
			return true
		}
	}
	return false
}

// subjectNamesActor reports whether the subject that ends at token j (not
// before token a) names an actor: a mention ("Gordon Brown should"), not
// one inside a phrase of place ("troops deployed in Iraq should"), or a
// plural noun after one ("EU ministers should") or of political actors
// (actorGroupNouns: "Asian states must").
func subjectNamesActor(c *sentCtx, j, a int) bool {
	if mi := c.ment[j]; mi >= 0 {
		t0 := c.ms[mi].t0
		return t0 == 0 || t0 <= a || !placePreps[strings.ToLower(c.toks[t0-1].Text)] && !adjunctPreps[strings.ToLower(c.toks[t0-1].Text)] && c.toks[t0-1].Text != "of"
	}
	w := c.toks[j].Text
	if !text.IsLower(w) || !strings.HasSuffix(w, "s") {
		return false
	}
	return actorGroupNouns[w] || j-1 >= a && c.ment[j-1] >= 0
}

// actorGroupNouns are the plural nouns of political actors that an
// obligation presses even without a name ("member states must", "the
// ministers should").
var actorGroupNouns = map[string]bool{"states": true, "countries": true, "nations": true, "governments": true,
	"ministers": true, "leaders": true, "authorities": true, "officials": true, "politicians": true, "parties": true,
	"regimes": true}

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
//
// Last, with the polarity model on, the embedded Calibration (fitted by
// cmd/stancecal on the project's labelled statements from BBC and Reuters
// articles) decides the statements of its scope (by default those the
// word lists say nothing about) from what decide read of them (the
// Reading: Q, B_0, the word lists' features, the cue's kind, the share of
// quoted words, and the statement's words through a small word model);
// its probability of that polarity is the confidence, and the targets
// take the new polarity as above. The Reading is returned for
// cmd/stancecal.
func (ss *docState) decide(c *sentCtx, f candidate, lo, hi int, r ruleReading, trs []targetRef) ([]string, []TargetStance, int, float64, Reading) {
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
	var evs []Evidence
	tevs := make([][]Evidence, len(trs))
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
			evs = append(evs, ev)
			tevs[i] = append(tevs[i], ev)
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
		// The parties to an agreement agree with each other, whatever
		// the agreement says of others ("A and B agreed that the plan
		// was flawed").
		if objects[i] == 0 && agreementCue(f.cue) && slices.Contains(f.mutual, tr.actor) {
			objects[i] = 1
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
	// assign gives each target its stance when the statement's polarity
	// is pol, and returns the sign a quoted target gives a statement read
	// neutral.
	assign := func(pol int) ([]string, []TargetStance, int) {
		targets := []string{}
		stances := []TargetStance{}
		quotedPol := 0
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
		return targets, stances, quotedPol
	}
	targets, stances, quotedPol := assign(pol)
	if quotedPol != 0 {
		pol = quotedPol
	}
	x := ss.reading(c, f, lo, hi, readingInput{q: q, b0: b0, rule: r, demand: se.Demand, quoted: quotedPol,
		before: pol, targets: len(trs), objects: objects, own: own, ev: evs})
	conf := q[pol+1]
	if cal := ss.f.cal; cal != nil && model != nil && x.InScope(cal.Scope) {
		pol, conf = cal.Polarity(&x)
		if pol != x.Before() {
			targets, stances, _ = assign(pol)
		}
	}
	if model != nil {
		// The calibrated confidence of the polarity, for the statement
		// and each target that takes it (confidence.go).
		cc := confidence(ss.f.conf, &x, pol, conf)
		for i := range stances {
			if stances[i].Polarity == pol && objects[i] == 0 {
				stances[i].Confidence = cc
			}
		}
		conf = cc
	}
	x.Targets = make([]TargetReading, len(trs))
	for i, tr := range trs {
		x.Targets[i] = ss.targetReading(c, f, tr, i, len(trs), own[i], objects[i], tevs[i])
		x.Targets[i].Polarity = stances[i].Polarity
	}
	ss.coordinate(c, trs, x.Targets)
	if tf := ss.f.tfilter; tf != nil && model != nil {
		kt, ks := targets[:0:0], stances[:0:0]
		for i, gp := range tf.GroupProbs(x.Targets) {
			if gp >= tf.Threshold { // KeepAll's test, with the probability at hand
				// A stance is right when its target is a real one and its
				// sign is right: the filter's probability of the first
				// times the confidence of the second.
				stances[i].Confidence *= gp
				kt, ks = append(kt, targets[i]), append(ks, stances[i])
			}
		}
		targets, stances = kt, ks
	}
	for i := range stances {
		stances[i].Confidence = round3(stances[i].Confidence)
	}
	return targets, stances, pol, round3(conf), x
}

// readingInput is what decide has read of a statement when it makes its
// Reading.
type readingInput struct {
	q, b0   [3]float64
	rule    ruleReading
	demand  int
	quoted  int // the sign a quoted target gave a statement read neutral
	before  int // the polarity without calibration
	targets int
	objects []int        // per target: the polarity of the speaker's relation word
	own     [][3]float64 // per target: B_t
	ev      []Evidence   // the evidence of every target mention
}

// reading returns the features of the statement of candidate f in the
// words [lo, hi) that a Calibration reads (see the rd constants).
func (ss *docState) reading(c *sentCtx, f candidate, lo, hi int, in readingInput) Reading {
	var x Reading
	lp := func(p float64) float64 { return math.Log(math.Max(p, 1e-4)) }
	one := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	x.X[rdBias] = 1
	for k := range 3 {
		x.X[rdQNeg+k] = lp(in.q[k])
		x.X[rdB0Neg+k] = lp(in.b0[k])
	}
	x.X[rdRuleNeg] = one(in.rule.pol < 0)
	x.X[rdRulePos] = one(in.rule.pol > 0)
	x.X[rdDecisive] = one(in.rule.decisive)
	x.X[rdDemand] = one(in.demand != 0)
	x.X[rdQuotedNeg] = one(in.quoted < 0)
	x.X[rdQuotedPos] = one(in.quoted > 0)
	x.X[rdBeforeNeg] = one(in.before < 0)
	x.X[rdBeforePos] = one(in.before > 0)
	x.X[rdHasTargets] = one(in.targets > 0)
	x.X[rdNumTargets] = math.Log1p(float64(in.targets))
	for _, o := range in.objects {
		if o < 0 {
			x.X[rdObjectNeg] = 1
		}
		if o > 0 {
			x.X[rdObjectPos] = 1
		}
	}
	hi = min(hi, len(c.toks))
	if lo < hi {
		n := 0
		for i := lo; i < hi; i++ {
			if c.quoted[i] {
				n++
			}
		}
		x.X[rdQuoted] = float64(n) / float64(hi-lo)
		x.X[rdValence] = math.Max(-4, math.Min(4, ss.valenceSum(c, lo, hi, f.np))) / 4
		sum, hedge := ss.stanceSum(c, lo, hi, f.np)
		x.X[rdStance] = math.Max(-3, math.Min(3, float64(sum))) / 3
		x.X[rdHedge] = one(hedge)
		x.X[rdValPos], x.X[rdValNeg] = ss.valenceParts(c, lo, hi, f.np)
		x.Words = ss.statementWords(c, f, lo, hi)
	}
	x.X[rdSentPos], x.X[rdSentNeg] = ss.valenceParts(c, 0, len(c.toks), f.np)
	for _, b := range in.own {
		x.X[rdTargetNeg] = math.Max(x.X[rdTargetNeg], b[0])
		x.X[rdTargetPos] = math.Max(x.X[rdTargetPos], b[2])
	}
	for _, e := range in.ev {
		x.X[rdEvClauseNeg] = math.Max(x.X[rdEvClauseNeg], one(e.Clause < 0))
		x.X[rdEvClausePos] = math.Max(x.X[rdEvClausePos], one(e.Clause > 0))
		x.X[rdEvLexNeg] = math.Max(x.X[rdEvLexNeg], one(e.Lexicon < 0))
		x.X[rdEvLexPos] = math.Max(x.X[rdEvLexPos], one(e.Lexicon > 0))
	}
	x.X[rdLeanNeg] = one(f.lean < 0)
	x.X[rdLeanPos] = one(f.lean > 0)
	if k := int(f.kind); k <= int(cueAccording) {
		x.X[rdCueVerb+k] = 1
	}
	if e := f.cueTok + max(f.cueLen, 1); f.cueTok >= 0 && e <= len(c.toks) {
		s := ss.doc.Sentences[c.si]
		x.Cue = CueSpan{Sentence: ss.doc.Text[s.Start:s.End], Start: c.toks[f.cueTok].Span.Start - s.Start, End: c.toks[e-1].Span.End - s.Start}
	}
	return x
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
