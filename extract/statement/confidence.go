package statement

import (
	_ "embed"
	"strings"
)

// A statement's confidence is the probability that its polarity is right.
// Where the word lists decide the polarity, decide's own Q often disagrees
// with them (the polarity model, read at the cue with no target, leans
// neutral on "said the decision was deeply disappointing"), so right and
// wrong signs came out about as sure. The confidence calibration (a
// Calibration of scope all, fitted by cmd/stancecal on every labelled
// statement, data/confidence.tsv) gives instead its probability of the
// polarity decide chose, whatever chose it; a target that takes the
// statement's polarity takes that confidence too. Measured out of fold on
// the 4,439 labelled statements with a sign when it came in (December
// 2026): the area under the ROC curve of right against wrong signs 0.666
// before, 0.758 after; below 0.5 lay 1,101 wrong and 908 right signs
// before, 1,084 wrong and 584 right after (cmd/stancecal prints these).

//go:embed data/confidence.tsv
var confidenceText string

// defaultConfidence parses the embedded confidence calibration;
// TestConfidenceParse checks that it parses. A file without weights gives
// none: the confidence is then decide's own.
func defaultConfidence() *Calibration {
	cal, err := ParseCalibration(strings.NewReader(confidenceText))
	if err != nil {
		return nil
	}
	return cal
}

// confidence returns the probability cc gives polarity pol of reading x,
// or fallback without a confidence calibration.
func confidence(cc *Calibration, x *Reading, pol int, fallback float64) float64 {
	if cc == nil {
		return fallback
	}
	return cc.Probs(x)[pol+1]
}
