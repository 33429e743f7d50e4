package statement

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestCalibrationParse(t *testing.T) {
	cal, err := ParseCalibration(strings.NewReader(calibrationText))
	if err != nil {
		t.Fatalf("embedded calibration: %v", err)
	}
	var buf bytes.Buffer
	if err := cal.Write(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := ParseCalibration(&buf)
	if err != nil {
		t.Fatalf("re-read calibration: %v", err)
	}
	if !reflect.DeepEqual(cal, again) {
		t.Errorf("calibration changed in a write and read")
	}
}

// testReading returns a Reading with the named features set to the values
// and the words.
func testReading(t *testing.T, feats map[string]float64, words ...string) Reading {
	t.Helper()
	var r Reading
	r.X[rdBias] = 1
	for name, v := range feats {
		k, ok := ReadingFeature(name)
		if !ok {
			t.Fatalf("no feature %q", name)
		}
		r.X[k] = v
	}
	r.Words = words
	return r
}

func TestCalibrationPolarity(t *testing.T) {
	// A hand-made calibration: stance words push towards their sign, the
	// word model's log odds count once each, the bias favours neutral.
	cal := &Calibration{Vocab: map[string][2]float64{"condemned": {3, -1}, "welcomed": {-1, 3}}}
	cal.W[0][rdBias], cal.W[2][rdBias] = -1, -1
	cal.W[0][rdWordsNeg], cal.W[2][rdWordsPos] = 1, 1
	cal.W[0][rdValNeg] = -4 // the negative valences are below 0
	cal.W[2][rdValPos] = 4
	tests := []struct {
		name  string
		feats map[string]float64
		words []string
		want  int
	}{
		{"nothing is neutral", nil, nil, 0},
		{"negative word", nil, []string{"condemned"}, -1},
		{"positive word", nil, []string{"welcomed"}, 1},
		{"unknown words are neutral", nil, []string{"said", "talks"}, 0},
		{"negative valence", map[string]float64{"val-": -0.75}, nil, -1},
		{"positive valence", map[string]float64{"val+": 0.75}, nil, 1},
		{"most probable sign below half", map[string]float64{"val+": 0.3}, nil, 1},
		{"both cancel", map[string]float64{"val+": 0.75, "val-": -0.75}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := testReading(t, tt.feats, tt.words...)
			got, p := cal.Polarity(&x)
			if got != tt.want {
				t.Errorf("Polarity = %d (p %.3f, probs %v), want %d", got, p, cal.Probs(&x), tt.want)
			}
			if probs := cal.Probs(&x); p != probs[got+1] || probs[got+1] < probs[1] || probs[got+1] < probs[1-got] {
				t.Errorf("polarity %d with probability %.3f is not the most probable of %v", got, p, probs)
			}
		})
	}
}

func TestReadingInScope(t *testing.T) {
	tests := []struct {
		name                   string
		feats                  map[string]float64
		all, silent, undecided bool
	}{
		{"nothing read", nil, true, true, true},
		{"stance word", map[string]float64{"rule-": 1}, true, false, true},
		{"positive stance word", map[string]float64{"rule+": 1}, true, false, true},
		{"demand", map[string]float64{"demand": 1}, true, false, true},
		{"hedge", map[string]float64{"hedge": 1}, true, false, true},
		{"deciding cue", map[string]float64{"rule-": 1, "decisive": 1}, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := testReading(t, tt.feats)
			for _, c := range []struct {
				s    Scope
				want bool
			}{{ScopeAll, tt.all}, {ScopeSilent, tt.silent}, {ScopeUndecided, tt.undecided}} {
				if got := x.InScope(c.s); got != c.want {
					t.Errorf("InScope(%v) = %v, want %v", c.s, got, c.want)
				}
			}
		})
	}
}

func TestReadingBefore(t *testing.T) {
	tests := []struct {
		feats map[string]float64
		want  int
	}{
		{nil, 0},
		{map[string]float64{"before-": 1}, -1},
		{map[string]float64{"before+": 1}, 1},
	}
	for _, tt := range tests {
		x := testReading(t, tt.feats)
		if got := x.Before(); got != tt.want {
			t.Errorf("Before(%v) = %d, want %d", tt.feats, got, tt.want)
		}
	}
}

func TestParseCalibrationErrors(t *testing.T) {
	var good strings.Builder
	good.WriteString("scope\tsilent\n")
	for _, n := range readingNames {
		good.WriteString("weight\t" + n + "\t0.1\t0\t-0.1\n")
	}
	good.WriteString("word\tcondemned\t1.5\t-0.5\n")
	cal, err := ParseCalibration(strings.NewReader(good.String()))
	if err != nil {
		t.Fatalf("ParseCalibration(complete) = %v", err)
	}
	if cal.Scope != ScopeSilent || cal.Vocab["condemned"] != [2]float64{1.5, -0.5} {
		t.Errorf("ParseCalibration(complete) = scope %v vocab %v", cal.Scope, cal.Vocab)
	}
	tests := []struct {
		name, text string
	}{
		{"empty", ""},
		{"one weight missing", strings.Replace(good.String(), "weight\tbias\t0.1\t0\t-0.1\n", "", 1)},
		{"unknown feature", good.String() + "weight\tnope\t0\t0\t0\n"},
		{"bad number", strings.Replace(good.String(), "\t0.1\t0\t-0.1\n", "\tx\t0\t-0.1\n", 1)},
		{"infinite", strings.Replace(good.String(), "\t0.1\t0\t-0.1\n", "\tInf\t0\t-0.1\n", 1)},
		{"bad scope", strings.Replace(good.String(), "scope\tsilent", "scope\tsome", 1)},
		{"bad word", good.String() + "word\tx\t1\n"},
		{"unknown line", good.String() + "alpha\t1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParseCalibration(strings.NewReader(tt.text)); err == nil {
				t.Errorf("ParseCalibration(%s) = nil error", tt.name)
			}
		})
	}
}

// fitData is a small labelled set: the word lists' reading decides
// most, a word ("slammed", "hailed") the rest.
func fitData(t *testing.T) ([]Reading, []int) {
	t.Helper()
	var xs []Reading
	var gold []int
	for i := range 60 {
		var x Reading
		g := i%3 - 1
		switch {
		case i%5 == 0:
			x = testReading(t, nil, "talks", "said")
		case g < 0:
			x = testReading(t, map[string]float64{"val-": -0.5}, "slammed", "plan")
		case g > 0:
			x = testReading(t, map[string]float64{"val+": 0.5}, "hailed", "plan")
		default:
			x = testReading(t, nil, "met", "plan")
		}
		if i%5 == 0 {
			g = 0
		}
		xs = append(xs, x)
		gold = append(gold, g)
	}
	return xs, gold
}

func TestFitCalibrationDeterministic(t *testing.T) {
	xs, gold := fitData(t)
	var first []byte
	for run := range 3 {
		cal := FitCalibration(xs, gold, 1, nil)
		var buf bytes.Buffer
		if err := cal.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if run == 0 {
			first = buf.Bytes()
			continue
		}
		if !bytes.Equal(first, buf.Bytes()) {
			t.Fatalf("fit %d differs from the first", run)
		}
	}
}

func TestFitCalibrationLearns(t *testing.T) {
	xs, gold := fitData(t)
	cal := FitCalibration(xs, gold, 1, nil)
	right := 0
	for i := range xs {
		if p, _ := cal.Polarity(&xs[i]); p == gold[i] {
			right++
		}
	}
	if right < len(xs)*9/10 {
		t.Errorf("fit gets %d of %d training readings right, want at least 90%%", right, len(xs))
	}
	if _, ok := cal.Vocab["slammed"]; !ok {
		t.Errorf("word model lacks a word of 20 statements: %v", cal.Vocab)
	}
	// Without the word model's features the vocabulary stays empty.
	kn, _ := ReadingFeature("words-")
	kp, _ := ReadingFeature("words+")
	if cal := FitCalibration(xs, gold, 1, []int{kn, kp}); len(cal.Vocab) != 0 || cal.W[0][kn] != 0 || cal.W[2][kp] != 0 {
		t.Errorf("dropped word model: vocab %d words, weights %v %v", len(cal.Vocab), cal.W[0][kn], cal.W[2][kp])
	}
}

func BenchmarkCalibrationPolarity(b *testing.B) {
	cal := defaultCalibration()
	if cal == nil {
		b.Skip("no embedded calibration")
	}
	x := Reading{Words: []string{"cue:said", "government", "plan", "rejected", "the"}}
	x.X[rdBias] = 1
	for b.Loop() {
		cal.Polarity(&x)
	}
}

func TestStanceFeatures(t *testing.T) {
	tests := []struct {
		name     string
		p        [3]float64
		neg, pos float64
	}{
		{"uniform", [3]float64{1.0 / 3, 1.0 / 3, 1.0 / 3}, 0, 0},
		{"negative", [3]float64{0.8, 0.1, 0.1}, math.Log(8), 0},
		{"positive", [3]float64{0.1, 0.2, 0.7}, math.Log(0.5), math.Log(3.5)},
		{"zero is bounded", [3]float64{0, 1, 0}, math.Log(1e-4), math.Log(1e-4)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			neg, pos := StanceFeatures(tt.p)
			if math.Abs(neg-tt.neg) > 1e-9 || math.Abs(pos-tt.pos) > 1e-9 {
				t.Errorf("StanceFeatures(%v) = %.4f, %.4f, want %.4f, %.4f", tt.p, neg, pos, tt.neg, tt.pos)
			}
		})
	}
}

// TestStanceModelLoads checks that the embedded stance model loads and
// that a calibration with it fills the stance features of a reading with
// its cue, and leaves them 0 without one.
func TestStanceModelLoads(t *testing.T) {
	m := defaultStanceModel()
	if m == nil {
		t.Fatal("the embedded stance model (data/stance.bin.gz) does not load")
	}
	sentence := "The minister condemned the attack on Monday."
	cue := strings.Index(sentence, "condemned")
	cal := &Calibration{Stance: m}
	x := Reading{Cue: CueSpan{Sentence: sentence, Start: cue, End: cue + len("condemned")}}
	f := cal.features(&x)
	p := m.Predict(sentence, x.Cue.Start, x.Cue.End).Probs
	neg, pos := StanceFeatures(p)
	if f[rdStanceNeg] != neg || f[rdStancePos] != pos || neg == 0 && pos == 0 {
		t.Errorf("stance features %v, %v, want %v, %v (probabilities %v)", f[rdStanceNeg], f[rdStancePos], neg, pos, p)
	}
	if f := cal.features(&Reading{}); f[rdStanceNeg] != 0 || f[rdStancePos] != 0 {
		t.Errorf("a reading without a cue has stance features %v, %v, want 0", f[rdStanceNeg], f[rdStancePos])
	}
}
