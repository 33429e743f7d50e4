package main

import (
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/actorgraph/actorgraph/extract/statement"
	"gonum.org/v1/gonum/integrate"
	"gonum.org/v1/gonum/stat"
)

// The confidence calibration (statement.Finder's confidence, see
// ../../confidence.go) is a calibration of scope all: fitted on every
// labelled statement, whatever decided its polarity, its probability of
// the polarity the extractor gives is the statement's confidence. Before
// it, a statement the word lists decided took the product of experts'
// probability of that polarity, which the model of the sentence alone
// (read at the cue, with no target) often leaves near neutral: right
// signs came out as unsure as wrong ones.

// confidenceCV reports, by the cross-validation's folds (split by
// article), how well the confidences tell right polarities from wrong
// ones, before (the polarity calibration's probability where it
// decides, else Q of the extractor's reading) and after (the confidence
// calibration's), and returns the penalty the folds chose most. In each
// fold both calibrations are fitted on the training articles only.
func confidenceCV(exs []example, scope statement.Scope, polL2 float64, drop []int, w io.Writer) float64 {
	const k = 5
	xs, gold := data(exs)
	pols := make([]int, len(exs))
	before := make([]float64, len(exs))
	after := make([]float64, len(exs))
	votes := make([]int, len(l2Grid))
	for f := range k {
		trainIdx, testIdx := foldSplit(exs, k, f)
		txs, tg := subset(xs, gold, trainIdx)
		polCal := fit(txs, tg, polL2, scope, drop)
		l2 := chooseL2(exs, trainIdx, k, statement.ScopeAll, drop)
		votes[slices.Index(l2Grid, l2)]++
		confCal := fit(txs, tg, l2, statement.ScopeAll, drop)
		for _, i := range testIdx {
			x := &xs[i]
			pol, conf := x.Before(), priorConfidence(x)
			if x.InScope(polCal.Scope) {
				pol, conf = polCal.Polarity(x)
			}
			pols[i], before[i] = pol, conf
			after[i] = confCal.Probs(x)[pol+1]
		}
	}
	right := make([]bool, len(exs))
	signed := make([]bool, len(exs))
	for i := range exs {
		right[i] = pols[i] == gold[i]
		signed[i] = pols[i] != 0
	}
	fmt.Fprintf(w, "confidence (%d folds by article, %d statements; AUC: how often a right polarity is surer than a wrong one):\n", k, len(exs))
	for _, part := range []struct {
		name string
		keep func(i int) bool
	}{{"all statements", func(int) bool { return true }}, {"signed ones", func(i int) bool { return signed[i] }}} {
		var r []bool
		var b, a []float64
		for i := range exs {
			if part.keep(i) {
				r, b, a = append(r, right[i]), append(b, before[i]), append(a, after[i])
			}
		}
		fmt.Fprintf(w, "  %s (%d, %d right): AUC before %.4f after %.4f; Brier before %.4f after %.4f\n",
			part.name, len(r), count(r), auc(b, r), auc(a, r), brier(b, r), brier(a, r))
		for _, t := range []float64{0.3, 0.5} {
			bw, br := below(b, r, t)
			aw, ar := below(a, r, t)
			fmt.Fprintf(w, "    below %.1f: before %d wrong and %d right, after %d wrong and %d right\n", t, bw, br, aw, ar)
		}
	}
	fmt.Fprintf(w, "  l2 chosen per fold (votes over %v): %v\n", l2Grid, votes)
	return votedL2(votes)
}

// priorConfidence returns Q of the reading's own polarity: the confidence
// decide gives a statement the polarity calibration does not decide.
func priorConfidence(x *statement.Reading) float64 {
	return x.Q()[x.Before()+1]
}

// count returns the number of true values.
func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// auc returns the probability that a right example's score exceeds a
// wrong one's, ties counting half: the area under the ROC curve (gonum's
// stat.ROC, integrated by the trapezoidal rule), or NaN without both
// kinds.
func auc(score []float64, right []bool) float64 {
	if n := count(right); n == 0 || n == len(right) {
		return math.NaN()
	}
	y, classes := slices.Clone(score), slices.Clone(right)
	stat.SortWeightedLabeled(y, classes, nil)
	tpr, fpr, _ := stat.ROC(nil, y, classes, nil)
	return integrate.Trapezoidal(fpr, tpr)
}

// brier returns the mean squared difference between the confidence and
// being right (1) or wrong (0).
func brier(score []float64, right []bool) float64 {
	s := 0.0
	for i, p := range score {
		y := 0.0
		if right[i] {
			y = 1
		}
		s += (p - y) * (p - y)
	}
	return s / float64(max(1, len(score)))
}

// below returns how many wrong and right examples score below t.
func below(score []float64, right []bool, t float64) (wrong, rightN int) {
	for i, p := range score {
		if p < t {
			if right[i] {
				rightN++
			} else {
				wrong++
			}
		}
	}
	return wrong, rightN
}
