package polarity

import (
	"fmt"
	"hash/fnv"
)

// Scores are classification figures over polarities -1, 0, 1.
type Scores struct {
	// Confusion[g+1][p+1] counts records of gold polarity g predicted p.
	Confusion [numClasses][numClasses]int
	// F1 per class (-1, 0, 1), macro F1 (their mean) and accuracy.
	F1       [numClasses]float64
	MacroF1  float64
	Accuracy float64
}

// Score compares predicted polarities with gold ones (same length).
func Score(gold, pred []int) Scores {
	var s Scores
	n := 0
	for i := range gold {
		if i >= len(pred) {
			break
		}
		g, p := gold[i]+1, pred[i]+1
		if g < 0 || g >= numClasses || p < 0 || p >= numClasses {
			continue
		}
		s.Confusion[g][p]++
		n++
	}
	correct := 0
	for c := range numClasses {
		tp := s.Confusion[c][c]
		correct += tp
		fp, fn := 0, 0
		for o := range numClasses {
			if o != c {
				fp += s.Confusion[o][c]
				fn += s.Confusion[c][o]
			}
		}
		if tp > 0 {
			pr := float64(tp) / float64(tp+fp)
			rc := float64(tp) / float64(tp+fn)
			s.F1[c] = 2 * pr * rc / (pr + rc)
		}
		s.MacroF1 += s.F1[c] / numClasses
	}
	if n > 0 {
		s.Accuracy = float64(correct) / float64(n)
	}
	return s
}

// String formats the scores on one line.
func (s Scores) String() string {
	return fmt.Sprintf("F1m %.4f acc %.4f F1(-1) %.4f F1(0) %.4f F1(+1) %.4f", s.MacroF1, s.Accuracy, s.F1[0], s.F1[1], s.F1[2])
}

// Fold assigns a record to one of k cross-validation folds by a hash of its
// sentence and seed, so that the targets of one sentence share a fold.
func Fold(r Record, k int, seed uint64) int {
	h := fnv.New64a()
	h.Write([]byte(r.Sentence))
	return int(mix(h.Sum64(), seed) % uint64(k))
}

// PredictRecords returns the model's polarity for each record.
func (m *Model) PredictRecords(recs []Record) []int {
	out := make([]int, len(recs))
	for i, r := range recs {
		start, end := r.Span()
		out[i] = m.Predict(r.Sentence, start, end).Polarity
	}
	return out
}

// Gold returns the records' polarities.
func Gold(recs []Record) []int {
	out := make([]int, len(recs))
	for i, r := range recs {
		out[i] = r.Polarity
	}
	return out
}

// CV holds the out-of-fold class probabilities (of -1, 0, 1) of a
// cross-validation, in the order of the records.
type CV struct {
	// Gold holds the records' polarities.
	Gold []int
	// Model holds the models' probabilities; Linear and Net those of their
	// linear model and of their (mean) neural model alone, each with its
	// own temperature (nil without neural models).
	Model, Linear, Net [][numClasses]float64
}

// Predictions returns the most probable polarity of each record under p.
func Predictions(p [][numClasses]float64) []int {
	out := make([]int, len(p))
	for i, q := range p {
		b := 0
		for c := range q {
			if q[c] > q[b] {
				b = c
			}
		}
		out[i] = b - 1
	}
	return out
}

// CrossValidate trains k models, each without one fold of recs (see Fold
// with seed), and returns their out-of-fold probabilities. Without neural
// models the linear models are not calibrated (it would not change their
// predictions).
func CrossValidate(recs []Record, wd WordData, opt TrainOptions, k int, seed uint64) (CV, error) {
	cv := CV{Gold: Gold(recs), Model: make([][numClasses]float64, len(recs))}
	if opt.Net.Hidden > 0 {
		cv.Linear = make([][numClasses]float64, len(recs))
		cv.Net = make([][numClasses]float64, len(recs))
	}
	for f := range k {
		var part []Record
		for _, r := range recs {
			if Fold(r, k, seed) != f {
				part = append(part, r)
			}
		}
		var m *Model
		var err error
		if opt.Net.Hidden > 0 {
			m, err = trainEnsemble(part, wd, opt)
		} else {
			m, err = train(part, wd, opt)
		}
		if err != nil {
			return cv, fmt.Errorf("fold %d: %w", f+1, err)
		}
		for i, r := range recs {
			if Fold(r, k, seed) != f {
				continue
			}
			lo, hi := r.Span()
			cv.Model[i] = m.Predict(r.Sentence, lo, hi).Probs
			if cv.Net != nil {
				cv.Linear[i], cv.Net[i] = m.components(r.Sentence, lo, hi)
			}
		}
	}
	return cv, nil
}
