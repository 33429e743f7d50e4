package main

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/extract/statement"
)

// The stance model (statement.Calibration.Stance) is a polarity model of
// package polarity trained on the labelled statements themselves: each
// statement's sentence, with its cue as the "target" span, and the
// labelled polarity of the statement. The calibration weighs its two
// features (statement.StanceFeatures) like the word model's; so that it
// weighs them as on statements the stance model has not seen, each
// labelled statement's features come from a stance model trained without
// its article's fold (the folds of the cross-validation, by article).
// The model written is trained on every labelled statement.

// stanceRecord returns the stance model's record of labelled statement e
// and whether it has one (a reading without its cue's sentence has none).
func stanceRecord(e example) (polarity.Record, bool) {
	cu := e.x.Cue
	if cu.Sentence == "" || cu.Start < 0 || cu.End < cu.Start || cu.End > len(cu.Sentence) {
		return polarity.Record{}, false
	}
	return polarity.Record{
		ID:       fmt.Sprintf("%s/%d/%s", e.doc, e.start, e.speaker),
		Sentence: cu.Sentence,
		Mention:  cu.Sentence[cu.Start:cu.End],
		From:     utf8.RuneCountInString(cu.Sentence[:cu.Start]),
		To:       utf8.RuneCountInString(cu.Sentence[:cu.End]),
		Polarity: e.pol,
		Labelled: true,
	}, true
}

// stanceRecords returns the records of exs (see stanceRecord) and, for
// each, the index of its example.
func stanceRecords(exs []example) ([]polarity.Record, []int) {
	var recs []polarity.Record
	var idx []int
	for i, e := range exs {
		if r, ok := stanceRecord(e); ok {
			recs = append(recs, r)
			idx = append(idx, i)
		}
	}
	return recs, idx
}

// setStanceFeatures sets the stance features of exs (in place) to those
// of models trained without their fold (k folds by article), reports the
// out-of-fold scores of the stance model alone to w, and returns the
// model trained on all of exs. The k+1 trainings run on up to GOMAXPROCS
// goroutines; each is deterministic, so the result does not depend on
// their number.
func setStanceFeatures(exs []example, k int, wd polarity.WordData, opt polarity.TrainOptions, w io.Writer) (*polarity.Model, error) {
	recs, idx := stanceRecords(exs)
	if len(recs) < 20 {
		return nil, fmt.Errorf("stance model: only %d labelled statements with a cue", len(recs))
	}
	negK, ok := statement.ReadingFeature("stancemodel-")
	posK, ok2 := statement.ReadingFeature("stancemodel+")
	if !ok || !ok2 {
		return nil, fmt.Errorf("stance model: the calibration has no stance features")
	}
	models := make([]*polarity.Model, k+1) // models[k]: trained on all
	errs := make([]error, k+1)
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for f := range k + 1 {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			var part []polarity.Record
			for j, r := range recs {
				if f == k || fold(exs[idx[j]].doc, k) != f {
					part = append(part, r)
				}
			}
			models[f], errs[f] = polarity.Train(part, wd, opt)
		})
	}
	wg.Wait()
	for f, err := range errs {
		switch {
		case err == nil:
		case f == k:
			return nil, fmt.Errorf("stance model, on all labels: %w", err)
		default:
			return nil, fmt.Errorf("stance model, without fold %d: %w", f+1, err)
		}
	}
	gold := make([]int, len(recs))
	pred := make([]int, len(recs))
	for j, r := range recs {
		e := &exs[idx[j]]
		lo, hi := r.Span()
		p := models[fold(e.doc, k)].Predict(r.Sentence, lo, hi)
		e.x.X[negK], e.x.X[posK] = statement.StanceFeatures(p.Probs)
		gold[j], pred[j] = r.Polarity, p.Polarity
	}
	fmt.Fprintf(w, "stance model alone (%d folds by article, %d statements): %v\n", k, len(recs), score(gold, pred))
	return models[k], nil
}
