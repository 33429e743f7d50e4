package statement

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// The target filter: targetRefs keeps every actor named in a statement's
// words that its rules do not rule out, but many of them are not what the
// position is about: a place ("said in Paris"), an actor only mentioned
// in passing, a possessor ("Y's economy"), the speaker's own side as
// context. A small logistic regression over what is known of a target
// when decide weighs it (the features below) gives the probability that
// it is a real target; targets below the threshold are dropped from the
// statement's targets and stances (they still weigh the statement's own
// polarity, as before). It is fitted by cmd/stancecal on the targets of
// the project's labelled statements (data/stance-labels.tsv, where "x"
// marks a name that is not really a target) and embedded as
// data/targetfilter.tsv.

// The features of a TargetReading.
const (
	tfBias      = iota // always 1
	tfPerson           // the target is a person
	tfOrg              // … an organisation
	tfState            // … a state
	tfOwnSide          // the speaker's own side (ownSide)
	tfSameKind         // the same kind of actor as the speaker
	tfQuoted           // a mention stands inside quotation marks
	tfBeforeCue        // every mention stands before the cue
	tfDistCue          // log(1 + tokens from the cue to the nearest mention)
	tfDistNP           // log(1 + tokens from the speaker phrase to the nearest mention)
	tfObject           // a relation word of the speaker's governs a mention
	tfClause           // the stance words of a mention's clause read a sign
	tfLexicon          // the VADER valence of a mention's clause reads a sign
	tfDemand           // a mention is pressed to act
	tfPlace            // a mention follows a preposition of place or time ("in", "at", "from")
	tfOf               // a mention follows "of"
	tfPossessor        // a mention is a possessor ("X's")
	tfSubClause        // a clause-opening word stands between the cue and every mention after it
	tfDemonym          // every mention is a demonym ("Russian")
	tfPronoun          // a mention is a pronoun, role or unnamed official
	tfSubject          // a mention is followed by a verb-like lower-case word (not "'s", not a preposition)
	tfNTargets         // log(1 + number of targets of the statement)
	tfNMentions        // log(1 + number of the target's mentions)
	tfFirst            // the first target of the statement
	tfStrength         // max(B_t(-1), B_t(1)): how strongly the model and word lists read it
	tfSign             // |B_t(1) − B_t(-1)|
	// TargetReadingSize is the number of features of a TargetReading.
	TargetReadingSize
)

// targetFeatureNames are the names of the features in a filter file.
var targetFeatureNames = [TargetReadingSize]string{
	"bias", "person", "org", "state", "own", "samekind", "quoted", "beforecue", "distcue", "distnp",
	"object", "clause", "lexicon", "demand", "place", "of", "possessor", "subclause", "demonym", "pronoun",
	"subject", "ntargets", "nmentions", "first", "strength", "sign",
}

// TargetReading is what decide knows of one target of a statement when
// the filter weighs it: the target's Name and its features X (see the tf
// constants in targetfilter.go).
type TargetReading struct {
	Name string
	// Polarity is the stance decide gave the target.
	Polarity int
	// Group is the index of the first target of the coordination ("A and
	// B", "A, B and C") that this target stands in, or its own index.
	Group int
	X     [TargetReadingSize]float64
}

// TargetFilter is a logistic regression P(real target | X) =
// σ(Σ_k W[k]·X[k]); targets with a probability below Threshold are
// dropped. FitTargetFilter fits it, ParseTargetFilter reads it.
type TargetFilter struct {
	W         [TargetReadingSize]float64
	Threshold float64
}

// Prob returns the probability that the target of x is a real one.
func (tf *TargetFilter) Prob(x *TargetReading) float64 {
	z := 0.0
	for k, v := range x.X {
		z += tf.W[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// Keep reports whether the target of x is kept: a nil filter keeps all.
func (tf *TargetFilter) Keep(x *TargetReading) bool {
	return tf == nil || tf.Prob(x) >= tf.Threshold
}

// KeepAll returns which of the targets xs of one statement are kept: a
// target is kept when its GroupProbs is at least the threshold. A nil
// filter keeps all.
func (tf *TargetFilter) KeepAll(xs []TargetReading) []bool {
	keep := make([]bool, len(xs))
	if tf == nil {
		for i := range keep {
			keep[i] = true
		}
		return keep
	}
	for i, p := range tf.GroupProbs(xs) {
		keep[i] = p >= tf.Threshold
	}
	return keep
}

// GroupProbs returns for each of the targets xs of one statement the
// largest probability of a real target among the targets of its
// coordination (the same Group: "the participation of A and B"):
// coordinated names share their syntactic role, so they are all targets
// or none.
func (tf *TargetFilter) GroupProbs(xs []TargetReading) []float64 {
	group := func(i int) int {
		if g := xs[i].Group; g >= 0 && g < len(xs) {
			return g
		}
		return i
	}
	best := make([]float64, len(xs))
	for i := range xs {
		best[group(i)] = math.Max(best[group(i)], tf.Prob(&xs[i]))
	}
	out := make([]float64, len(xs))
	for i := range xs {
		out[i] = best[group(i)]
	}
	return out
}

// coordinate sets the Group of each target reading xs (of targets trs):
// targets whose mentions are joined by "and", "or" or a comma, with only
// an article between, share the group of the first of them. The
// preposition before a coordination governs all of it ("damage in Sri
// Lanka, India and Thailand", "the participation of A and B"): the others
// take the first's features of a preposition (tfPlace, tfOf).
func (ss *docState) coordinate(c *sentCtx, trs []targetRef, xs []TargetReading) {
	owner := map[int]int{} // first token of a mention → target index
	for i, tr := range trs {
		xs[i].Group = i
		for _, m := range tr.ms {
			owner[m.t0] = i
		}
	}
	find := func(i int) int {
		for xs[i].Group != i {
			i = xs[i].Group
		}
		return i
	}
	for i, tr := range trs {
		for _, m := range tr.ms {
			k := m.t1
			if k >= len(c.toks) {
				continue
			}
			w := c.toks[k].Text
			if w != "and" && w != "or" && w != "," {
				continue
			}
			k++
			if k < len(c.toks) && (c.toks[k].Text == "and" || c.toks[k].Text == "or") {
				k++
			}
			if k < len(c.toks) && c.toks[k].Text == "the" {
				k++
			}
			j, ok := owner[k]
			if !ok || j == i {
				continue
			}
			a, b := find(i), find(j)
			if a > b {
				a, b = b, a
			}
			xs[b].Group = a
		}
	}
	for i := range xs {
		xs[i].Group = find(i)
		if g := xs[i].Group; g != i {
			xs[i].X[tfPlace] = math.Max(xs[i].X[tfPlace], xs[g].X[tfPlace])
			xs[i].X[tfOf] = math.Max(xs[i].X[tfOf], xs[g].X[tfOf])
		}
	}
}

// placePreps are the prepositions of place or time before a mention.
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "on": true, "near": true, "across": true,
	"throughout": true, "within": true, "inside": true, "outside": true, "into": true, "during": true, "since": true}

// subordinators open a clause about something other than the statement's
// main predication.
var subordinators = map[string]bool{"who": true, "which": true, "whom": true, "whose": true, "when": true,
	"after": true, "before": true, "because": true, "if": true, "while": true, "although": true, "though": true,
	"since": true, "unless": true, "until": true, "where": true, "as": true}

// targetReading returns the features of target tr (the i-th of n) of
// statement f with the words [lo, hi); own is its B_t, object the
// polarity of a relation word of the speaker's, evs the evidence of its
// mentions.
func (ss *docState) targetReading(c *sentCtx, f candidate, tr targetRef, i, n int, own [3]float64, object int, evs []Evidence) TargetReading {
	one := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	ta, sa := ss.actors[tr.actor], ss.actors[f.speaker]
	x := TargetReading{Name: ta.name}
	x.X[tfBias] = 1
	x.X[tfPerson] = one(ta.kind == lexicon.KindPerson)
	x.X[tfOrg] = one(ta.kind == lexicon.KindOrg)
	x.X[tfState] = one(ta.kind == lexicon.KindState)
	x.X[tfOwnSide] = one(ss.ownSide(f.speaker, tr.actor))
	x.X[tfSameKind] = one(ta.kind == sa.kind)
	x.X[tfObject] = one(object != 0)
	for _, e := range evs {
		x.X[tfClause] = math.Max(x.X[tfClause], one(e.Clause != 0))
		x.X[tfLexicon] = math.Max(x.X[tfLexicon], one(e.Lexicon != 0))
		x.X[tfDemand] = math.Max(x.X[tfDemand], one(e.Demand != 0))
	}
	dCue, dNP := len(c.toks), len(c.toks)
	before, demonym, sub := true, true, len(tr.ms) > 0
	cueTok, cueEnd := f.cueSpan(c)
	for _, m := range tr.ms {
		if m.t0 < len(c.quoted) && c.quoted[m.t0] {
			x.X[tfQuoted] = 1
		}
		if m.t0 >= cueTok {
			before = false
		}
		dCue = min(dCue, tokDist(m.t0, m.t1, cueTok, cueEnd))
		if f.np[1] > f.np[0] {
			dNP = min(dNP, tokDist(m.t0, m.t1, f.np[0], f.np[1]))
		}
		if m.via != lexicon.ViaDemonym {
			demonym = false
		}
		switch m.via {
		case lexicon.ViaPronoun, lexicon.ViaRole, lexicon.ViaOfficial:
			x.X[tfPronoun] = 1
		}
		j := m.t0 - 1
		if j >= 0 && c.toks[j].Text == "the" {
			j--
		}
		if j >= 0 {
			w := strings.ToLower(c.toks[j].Text)
			x.X[tfPlace] = math.Max(x.X[tfPlace], one(placePreps[w]))
			x.X[tfOf] = math.Max(x.X[tfOf], one(w == "of"))
		}
		if m.t1 < len(c.toks) {
			w := c.toks[m.t1].Text
			if text.IsPossessive(w) {
				x.X[tfPossessor] = 1
			} else if text.IsLower(w) && !text.IsPunct(w) && !placePreps[w] && !adjunctPreps[w] && w != "of" && w != "and" &&
				w != "or" && !subordinators[w] && w != "that" {
				x.X[tfSubject] = 1
			}
		}
		// A clause-opening word between the cue and the mention.
		if m.t0 < cueEnd {
			sub = false
			continue
		}
		found := false
		for k := cueEnd; k < m.t0; k++ {
			if c.ment[k] < 0 && subordinators[strings.ToLower(c.toks[k].Text)] {
				found = true
				break
			}
		}
		sub = sub && found
	}
	x.X[tfBeforeCue] = one(before && len(tr.ms) > 0)
	x.X[tfDemonym] = one(demonym && len(tr.ms) > 0)
	x.X[tfSubClause] = one(sub)
	x.X[tfDistCue] = math.Log1p(float64(dCue))
	x.X[tfDistNP] = math.Log1p(float64(dNP))
	x.X[tfNTargets] = math.Log1p(float64(n))
	x.X[tfNMentions] = math.Log1p(float64(len(tr.ms)))
	x.X[tfFirst] = one(i == 0)
	x.X[tfStrength] = math.Max(own[0], own[2])
	x.X[tfSign] = math.Abs(own[2] - own[0])
	return x
}

// cueSpan returns the tokens [t0, t1) where statement f's words are
// introduced: its cue, or, when the speaker is named after a "quoted" cue
// ("quoted X as saying"), the "as" and the verb after the speaker, where
// the words begin.
func (f candidate) cueSpan(c *sentCtx) (int, int) {
	end := f.cueTok + f.cueLen
	if f.kind != cueQuoted || f.np[0] < end || f.np[1] >= len(c.toks) || c.toks[f.np[1]].Text != "as" {
		return f.cueTok, end
	}
	return f.np[1], min(f.np[1]+2, len(c.toks))
}

// tokDist returns the number of tokens between the ranges [a0, a1) and
// [b0, b1): 0 when they touch or overlap.
func tokDist(a0, a1, b0, b1 int) int {
	switch {
	case a1 <= b0:
		return b0 - a1
	case b1 <= a0:
		return a0 - b1
	}
	return 0
}

// FitTargetFilter fits the weights of a TargetFilter to readings xs with
// gold keep labels by Newton's method on the log-likelihood with an L2
// penalty l2 on every weight but the bias; the threshold is left 0.5.
// The arithmetic runs in a fixed order: the same input gives the same
// weights, rounded to 1e-6.
func FitTargetFilter(xs []TargetReading, keep []bool, l2 float64) *TargetFilter {
	const n = TargetReadingSize
	tf := &TargetFilter{Threshold: 0.5}
	for iter := 0; iter < 50; iter++ {
		var g [n]float64
		h := make([][]float64, n)
		for i := range h {
			h[i] = make([]float64, n)
		}
		for i := range xs {
			p := tf.Prob(&xs[i])
			y := 0.0
			if keep[i] {
				y = 1
			}
			w := p * (1 - p)
			for k, v := range xs[i].X {
				if v == 0 {
					continue
				}
				g[k] += (p - y) * v
				for j, u := range xs[i].X {
					if u != 0 {
						h[k][j] += w * v * u
					}
				}
			}
		}
		for k := 1; k < n; k++ {
			g[k] += l2 * tf.W[k]
			h[k][k] += l2
		}
		for k := range n {
			h[k][k] += 1e-6
		}
		step := solve(h, g[:])
		maxStep := 0.0
		for k := range n {
			tf.W[k] -= step[k]
			maxStep = math.Max(maxStep, math.Abs(step[k]))
		}
		if maxStep < 1e-8 {
			break
		}
	}
	for k := range tf.W {
		tf.W[k] = roundTo(tf.W[k], 1e6)
	}
	return tf
}

// Write writes the filter in the text format ParseTargetFilter reads.
func (tf *TargetFilter) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "threshold\t%.6f\n", tf.Threshold)
	for k, name := range targetFeatureNames {
		fmt.Fprintf(bw, "weight\t%s\t%.6f\n", name, tf.W[k])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write target filter: %w", err)
	}
	return nil
}

// ParseTargetFilter reads a filter written by Write; lines starting with
// "#" are comments. Every feature must have its weight.
func ParseTargetFilter(r io.Reader) (*TargetFilter, error) {
	tf := &TargetFilter{}
	var seen [TargetReadingSize]bool
	haveThreshold := false
	err := eachRecord(r, func(line int, f []string) error {
		switch {
		case len(f) == 2 && f[0] == "threshold":
			v, ok := boundedFloat(f[1])
			if !ok {
				return fmt.Errorf("line %d: bad number %q", line, f[1])
			}
			tf.Threshold, haveThreshold = v, true
		case len(f) == 3 && f[0] == "weight":
			k := featureIndex(targetFeatureNames[:], f[1])
			if k < 0 {
				return fmt.Errorf("line %d: unknown feature %q", line, f[1])
			}
			v, ok := boundedFloat(f[2])
			if !ok {
				return fmt.Errorf("line %d: bad number %q", line, f[2])
			}
			tf.W[k], seen[k] = v, true
		default:
			return fmt.Errorf("line %d: unknown line %q", line, strings.Join(f, "\t"))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("target filter: %w", err)
	}
	if !haveThreshold {
		return nil, fmt.Errorf("target filter: no threshold")
	}
	for k, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("target filter: feature %q missing", targetFeatureNames[k])
		}
	}
	return tf, nil
}
