package statement

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/actorgraph/actorgraph/extract/polarity"
)

// The features of a Reading: what decide read of a statement before the
// calibration turns it into a polarity. Log probabilities are bounded
// below at log(1e-4); the one-hot features are 0 or 1.
const (
	rdBias       = iota // always 1
	rdQNeg              // log Q(-1): model and word lists together (see decide)
	rdQNeu              // log Q(0)
	rdQPos              // log Q(1)
	rdB0Neg             // log B_0(-1): the statement read as a target without a name
	rdB0Neu             // log B_0(0)
	rdB0Pos             // log B_0(1)
	rdRuleNeg           // the word lists read -1
	rdRulePos           // the word lists read 1
	rdDecisive          // a cue with a fixed polarity decided
	rdDemand            // a demand on someone else
	rdQuotedNeg         // a quoted target read clearly -1 (decide's quotation rule)
	rdQuotedPos         // a quoted target read clearly 1
	rdBeforeNeg         // decide's polarity without calibration is -1
	rdBeforePos         // … is 1
	rdHasTargets        // the statement has targets
	rdNumTargets        // log(1 + number of targets)
	rdObjectNeg         // a relation word of the speaker's reads a target -1
	rdObjectPos         // … reads a target 1
	rdQuoted            // share of the statement's words inside quotation marks
	rdValence           // VADER valence sum of the words, bounded to ±4, over 4
	rdStance            // stance-word sum of the words, bounded to ±3, over 3
	rdHedge             // a hedge among the stance words
	rdValPos            // sum of the positive VADER valences of the words, bounded to 4, over 4
	rdValNeg            // sum of the negative ones, bounded to -4, over 4
	rdSentPos           // the same two over the whole sentence but the speaker phrase
	rdSentNeg
	rdTargetNeg   // the largest B_t(-1) of the targets (0 without targets)
	rdTargetPos   // the largest B_t(1)
	rdEvClauseNeg // a target mention's Evidence.Clause is -1
	rdEvClausePos // … is 1
	rdEvLexNeg    // a target mention's Evidence.Lexicon is -1
	rdEvLexPos    // … is 1
	rdLeanNeg     // the cue leans -1 when the words are neutral
	rdLeanPos     // … leans 1
	rdWordsNeg    // the word model's log odds of -1 against 0 (see Calibration.Vocab)
	rdWordsPos    // its log odds of 1 against 0
	rdCueVerb     // the cue's kind (one-hot, see cueKind)
	rdCueQuoted
	rdCueGerund
	rdCueExpress
	rdCueState
	rdCueWeak
	rdCueObject
	rdCueFrom
	rdCueAccording
	rdStanceNeg // the stance model's log odds of -1 against 0 (see Calibration.Stance)
	rdStancePos // its log odds of 1 against 0
	// ReadingSize is the number of features of a Reading.
	ReadingSize
)

// readingNames are the names of the features in a calibration file.
var readingNames = [ReadingSize]string{
	"bias", "q-", "q0", "q+", "b0-", "b00", "b0+", "rule-", "rule+", "decisive", "demand",
	"quoted-", "quoted+", "before-", "before+", "targets", "ntargets", "object-", "object+",
	"quotedshare", "valence", "stance", "hedge", "val+", "val-", "sent+", "sent-", "target-", "target+",
	"evclause-", "evclause+", "evlex-", "evlex+", "lean-", "lean+", "words-", "words+",
	"cue:verb", "cue:quoted", "cue:ger", "cue:express", "cue:state", "cue:weak", "cue:object", "cue:from", "cue:acc",
	"stancemodel-", "stancemodel+",
}

// ReadingFeature returns the index in Reading.X of the feature named
// name (as in a calibration file), and whether there is one.
func ReadingFeature(name string) (int, bool) {
	for k, n := range readingNames {
		if n == name {
			return k, true
		}
	}
	return -1, false
}

// Reading holds what decide reads of a statement: the features X (see
// the rd constants in calibration.go; the word model's two and the
// stance model's two are left 0), the statement's Words and what the
// stance model reads (Cue). Calibration maps it to the statement's
// polarity. Statement.Reading keeps it so that cmd/stancecal can fit the
// calibration on labelled statements.
type Reading struct {
	X [ReadingSize]float64
	// Words are the distinct lower-cased words of the statement outside
	// names and the speaker phrase, and "cue:" with its cue, sorted.
	Words []string
	// Cue is the statement's sentence with the byte span of its cue in
	// it: what the stance model reads (see Calibration.Stance).
	Cue CueSpan
	// Targets holds what the target filter reads of each of the
	// statement's targets, before it drops any (for cmd/stancecal).
	Targets []TargetReading
	// stance caches the stance model's class probabilities of Cue and the
	// model that gave them, so that the polarity and the confidence
	// calibration, which share the model, run it once.
	stance   [3]float64
	stanceBy *polarity.Model
}

// Q returns the probabilities of the classes -1, 0 and 1 that decide's
// product of the model and the word lists gave the statement (each
// bounded below at 1e-4, as the reading keeps their logarithms).
func (r *Reading) Q() [3]float64 {
	return [3]float64{math.Exp(r.X[rdQNeg]), math.Exp(r.X[rdQNeu]), math.Exp(r.X[rdQPos])}
}

// CueSpan is a sentence and the byte span [Start, End) of a statement's
// cue in it.
type CueSpan struct {
	Sentence   string
	Start, End int
}

// Before returns the polarity decide gives without calibration.
func (r *Reading) Before() int {
	switch {
	case r.X[rdBeforeNeg] > 0:
		return -1
	case r.X[rdBeforePos] > 0:
		return 1
	}
	return 0
}

// Calibration is a multinomial logistic regression from a Reading to the
// class probabilities of a statement's polarity (-1, 0, 1 at 0, 1, 2):
// P(c) ∝ exp(Σ_k W[c][k] · x_k). The neutral class's weights are zero.
// Two of its features come from a word model fitted on the same labels:
// Vocab[w] holds log P(w | c) − log P(w | 0) of word w for c = -1 and 1
// (multinomial naive Bayes over the Words of a Reading, add-one
// smoothing), summed over a statement's words and divided by the square
// root of their number. Two more come from the stance model, when there
// is one: a polarity model (package polarity: a linear model and a
// recurrent network over word vectors) trained by cmd/stancecal on the
// same labels, that reads the statement's sentence with its cue as the
// "target" and gives the speaker's stance (StanceFeatures). FitCalibration
// fits the weights, ParseCalibration reads them.
type Calibration struct {
	W     [3][ReadingSize]float64
	Vocab map[string][2]float64
	// Stance is the stance model; nil leaves its features 0.
	Stance *polarity.Model
	// Scope says which statements the calibration decides (see
	// Reading.InScope); the others keep decide's polarity.
	Scope Scope
}

// Scope is the set of statements a Calibration decides.
type Scope int

// The scopes of a Calibration.
const (
	// ScopeAll: every statement.
	ScopeAll Scope = iota
	// ScopeSilent: the statements the word lists read neutral and say
	// nothing about: no stance word, no cue with a fixed polarity, no
	// demand on another actor (demandOnOthers; an obligation on anything
	// else is in scope), no hedge ("premature", which they read as a
	// deliberate neutral).
	ScopeSilent
	// ScopeUndecided: every statement but those a cue with a fixed
	// polarity decides.
	ScopeUndecided
)

// scopeNames are the names of the scopes in a calibration file.
var scopeNames = []string{"all", "silent", "undecided"}

// ParseScope returns the scope named s.
func ParseScope(s string) (Scope, error) {
	for i, n := range scopeNames {
		if n == s {
			return Scope(i), nil
		}
	}
	return 0, fmt.Errorf("unknown scope %q (want one of %s)", s, strings.Join(scopeNames, ", "))
}

// String returns the scope's name.
func (s Scope) String() string {
	if int(s) >= 0 && int(s) < len(scopeNames) {
		return scopeNames[s]
	}
	return "scope(" + strconv.Itoa(int(s)) + ")"
}

// InScope reports whether a calibration of scope s decides the
// statement of reading r.
func (r *Reading) InScope(s Scope) bool {
	switch s {
	case ScopeSilent:
		return r.X[rdRuleNeg] == 0 && r.X[rdRulePos] == 0 && r.X[rdDemand] == 0 && r.X[rdHedge] == 0
	case ScopeUndecided:
		return r.X[rdDecisive] == 0
	}
	return true
}

// features returns x's features with the word model's and the stance
// model's filled in.
func (cal *Calibration) features(x *Reading) [ReadingSize]float64 {
	f := x.X
	f[rdWordsNeg], f[rdWordsPos] = wordScores(cal.Vocab, x.Words)
	if cal.Stance != nil && x.Cue.Sentence != "" {
		if x.stanceBy != cal.Stance {
			x.stance, x.stanceBy = cal.Stance.Predict(x.Cue.Sentence, x.Cue.Start, x.Cue.End).Probs, cal.Stance
		}
		f[rdStanceNeg], f[rdStancePos] = StanceFeatures(x.stance)
	}
	return f
}

// StanceFeatures returns the calibration's two stance-model features for
// the stance model's class probabilities p (-1, 0, 1): the log odds of -1
// and of 1 against 0, each probability bounded below at 1e-4.
func StanceFeatures(p [3]float64) (float64, float64) {
	lp := func(v float64) float64 { return math.Log(math.Max(v, 1e-4)) }
	return lp(p[0]) - lp(p[1]), lp(p[2]) - lp(p[1])
}

// wordScores sums the word model's log odds of words.
func wordScores(vocab map[string][2]float64, words []string) (float64, float64) {
	var s [2]float64
	n := 0
	for _, w := range words {
		if v, ok := vocab[w]; ok {
			s[0] += v[0]
			s[1] += v[1]
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	d := math.Sqrt(float64(n))
	return s[0] / d, s[1] / d
}

// Probs returns the class probabilities of reading x.
func (cal *Calibration) Probs(x *Reading) [3]float64 {
	return cal.probs(cal.features(x))
}

// Polarity returns the polarity the calibration gives reading x and its
// probability: the most probable class, neutral when both signs are
// equally probable. (Asking a sign for at least half
// of the mass, the bar decide's own reading must pass, see clearSign,
// made the calibrated statements too often neutral: cross-validated on
// the labelled statements when the rule changed (December 2026), macro F1
// 0.6105 with the bar, 0.6162 without, and edge F1 0.5099 against 0.5243.)
func (cal *Calibration) Polarity(x *Reading) (int, float64) {
	p := cal.Probs(x)
	pol, _ := argmax(p)
	if pol != 0 && p[1-pol] == p[1+pol] {
		pol = 0 // both signs alike: they cancel
	}
	return pol, p[pol+1]
}

// probs returns the class probabilities of features f.
func (cal *Calibration) probs(f [ReadingSize]float64) [3]float64 {
	var z [3]float64
	for c := range z {
		for k, v := range f {
			z[c] += cal.W[c][k] * v
		}
	}
	return softmax(z)
}

// vocabMinCount is the number of labelled statements a word must occur
// in to enter the word model.
const vocabMinCount = 3

// countVocab fits the word model on readings xs with gold polarities:
// the words of at least minCount statements, with add-one smoothing.
func countVocab(xs []Reading, gold []int, minCount int) map[string][2]float64 {
	df := map[string]int{}
	var cnt [3]map[string]int
	for c := range cnt {
		cnt[c] = map[string]int{}
	}
	for i, x := range xs {
		for _, w := range x.Words {
			df[w]++
			cnt[gold[i]+1][w]++
		}
	}
	keep := make([]string, 0, len(df))
	for w, n := range df {
		if n >= minCount {
			keep = append(keep, w)
		}
	}
	sort.Strings(keep)
	var tot [3]float64
	for _, w := range keep {
		for c := range tot {
			tot[c] += float64(cnt[c][w]) + 1
		}
	}
	vocab := make(map[string][2]float64, len(keep))
	for _, w := range keep {
		l0 := math.Log((float64(cnt[1][w]) + 1) / tot[1])
		vocab[w] = [2]float64{
			roundTo(math.Log((float64(cnt[0][w])+1)/tot[0])-l0, 1e6),
			roundTo(math.Log((float64(cnt[2][w])+1)/tot[2])-l0, 1e6),
		}
	}
	return vocab
}

// FitCalibration fits a Calibration to readings xs with gold polarities
// (-1, 0, 1) by Newton's method on the log-likelihood with an L2 penalty
// l2 on every weight but the bias. The neutral class is the reference
// (zero weights). The arithmetic runs in a fixed order: the same input
// gives the same weights.
//
// The word model is counted on all of xs (words of at least
// vocabMinCount statements); the regression sees, for each statement, the word scores
// of a word model counted without it (the statements are dealt into five
// parts by their index, and each part is scored by the model of the
// other four), so that it weighs the word model as it does on statements
// it has not seen.
//
// The features at the indices drop are left out (their weights are 0;
// without the word model's, Vocab is empty).
func FitCalibration(xs []Reading, gold []int, l2 float64, drop []int) *Calibration {
	fs := make([][ReadingSize]float64, len(xs))
	const parts = 5
	for part := range parts {
		var tx []Reading
		var tg []int
		for i := range xs {
			if i%parts != part {
				tx = append(tx, xs[i])
				tg = append(tg, gold[i])
			}
		}
		vocab := countVocab(tx, tg, vocabMinCount)
		for i := part; i < len(xs); i += parts {
			fs[i] = xs[i].X
			fs[i][rdWordsNeg], fs[i][rdWordsPos] = wordScores(vocab, xs[i].Words)
		}
	}
	noWords := false
	for _, k := range drop {
		for i := range fs {
			fs[i][k] = 0
		}
		noWords = noWords || k == rdWordsNeg || k == rdWordsPos
	}
	cal := fitRegression(fs, gold, l2)
	cal.Vocab = map[string][2]float64{}
	if !noWords {
		cal.Vocab = countVocab(xs, gold, vocabMinCount)
	}
	return cal
}

// fitRegression fits the weights of a Calibration to features xs (see
// FitCalibration).
func fitRegression(xs [][ReadingSize]float64, gold []int, l2 float64) *Calibration {
	const n = 2 * ReadingSize // weights of classes -1 and 1
	cal := &Calibration{}
	idx := func(c, k int) int { // c is 0 (class -1) or 1 (class 1)
		return c*ReadingSize + k
	}
	for iter := 0; iter < 50; iter++ {
		var g [n]float64
		h := make([][]float64, n)
		for i := range h {
			h[i] = make([]float64, n)
		}
		for i, x := range xs {
			p := cal.probs(x)
			pc := [2]float64{p[0], p[2]}
			var y [2]float64
			switch gold[i] {
			case -1:
				y[0] = 1
			case 1:
				y[1] = 1
			}
			for a := range 2 {
				for k, v := range x {
					if v == 0 {
						continue
					}
					g[idx(a, k)] += (pc[a] - y[a]) * v
					for b := range 2 {
						w := -pc[a] * pc[b]
						if a == b {
							w += pc[a]
						}
						for j, u := range x {
							if u != 0 {
								h[idx(a, k)][idx(b, j)] += w * v * u
							}
						}
					}
				}
			}
		}
		for a := range 2 {
			for k := 1; k < ReadingSize; k++ {
				i := idx(a, k)
				g[i] += l2 * cal.W[2*a][k]
				h[i][i] += l2
			}
			h[idx(a, 0)][idx(a, 0)] += 1e-6
		}
		for i := range n {
			h[i][i] += 1e-6 // features that never fire
		}
		step := solve(h, g[:])
		maxStep := 0.0
		for a := range 2 {
			for k := range ReadingSize {
				d := step[idx(a, k)]
				cal.W[2*a][k] -= d
				maxStep = math.Max(maxStep, math.Abs(d))
			}
		}
		if maxStep < 1e-8 {
			break
		}
	}
	for c := range cal.W {
		for k := range cal.W[c] {
			cal.W[c][k] = roundTo(cal.W[c][k], 1e6)
		}
	}
	return cal
}

// roundTo rounds v to 1/scale, so that a written and re-read calibration
// gives the same numbers.
func roundTo(v, scale float64) float64 { return math.Round(v*scale) / scale }

// solve returns x with a·x = b for the symmetric positive definite
// Newton systems of the fits (a Hessian plus a ridge), by gonum's Cholesky
// factorisation; should a be singular after all, by its LU factorisation,
// and a zero step if that fails too.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	sym := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			sym.SetSym(i, j, (a[i][j]+a[j][i])/2)
		}
	}
	rhs := mat.NewVecDense(n, append([]float64(nil), b...))
	var x mat.VecDense
	var chol mat.Cholesky
	if chol.Factorize(sym) && chol.SolveVecTo(&x, rhs) == nil {
		return x.RawVector().Data
	}
	if err := x.SolveVec(mat.DenseCopyOf(sym), rhs); err == nil {
		return x.RawVector().Data
	}
	return make([]float64, n)
}

// Write writes the calibration in the text format ParseCalibration
// reads: one line per feature, its weights for classes -1, 0 and 1.
func (cal *Calibration) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "scope\t%s\n", cal.Scope)
	for k, name := range readingNames {
		fmt.Fprintf(bw, "weight\t%s\t%.6f\t%.6f\t%.6f\n", name, cal.W[0][k], cal.W[1][k], cal.W[2][k])
	}
	for _, w := range slices.Sorted(maps.Keys(cal.Vocab)) {
		v := cal.Vocab[w]
		fmt.Fprintf(bw, "word\t%s\t%.6f\t%.6f\n", w, v[0], v[1])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write calibration: %w", err)
	}
	return nil
}

// ParseCalibration reads a calibration written by Write; lines starting
// with "#" are comments. Every feature must have its weights.
func ParseCalibration(r io.Reader) (*Calibration, error) {
	cal := &Calibration{Vocab: map[string][2]float64{}}
	var seen [ReadingSize]bool
	err := eachRecord(r, func(line int, f []string) error {
		switch {
		case len(f) == 4 && f[0] == "word" && f[1] != "":
			var v [2]float64
			for c := range v {
				x, ok := boundedFloat(f[2+c])
				if !ok {
					return fmt.Errorf("line %d: bad log odds %q", line, f[2+c])
				}
				v[c] = x
			}
			cal.Vocab[f[1]] = v
		case len(f) == 2 && f[0] == "scope":
			sc, err := ParseScope(f[1])
			if err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			cal.Scope = sc
		case len(f) == 5 && f[0] == "weight":
			k := featureIndex(readingNames[:], f[1])
			if k < 0 {
				return fmt.Errorf("line %d: unknown feature %q", line, f[1])
			}
			for c := range 3 {
				v, ok := boundedFloat(f[2+c])
				if !ok {
					return fmt.Errorf("line %d: bad weight %q", line, f[2+c])
				}
				cal.W[c][k] = v
			}
			seen[k] = true
		default:
			return fmt.Errorf("line %d: unknown line %q", line, strings.Join(f, "\t"))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("calibration: %w", err)
	}
	for k, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("calibration: feature %q missing", readingNames[k])
		}
	}
	return cal, nil
}
