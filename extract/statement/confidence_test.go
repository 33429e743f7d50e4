package statement

import (
	"strings"
	"testing"
)

// TestConfidenceParse checks that the embedded confidence calibration
// parses, covers every statement (scope all) and has weights.
func TestConfidenceParse(t *testing.T) {
	cc, err := ParseCalibration(strings.NewReader(confidenceText))
	if err != nil {
		t.Fatalf("embedded confidence calibration: %v", err)
	}
	if cc.Scope != ScopeAll {
		t.Errorf("scope = %v, want %v", cc.Scope, ScopeAll)
	}
	var any bool
	for _, w := range cc.W {
		for _, v := range w {
			any = any || v != 0
		}
	}
	if !any {
		t.Errorf("confidence calibration has no weights")
	}
}

// TestConfidenceFallback checks that without a confidence calibration the
// confidence is decide's own, and that with one it is the calibration's
// probability of the polarity asked for.
func TestConfidenceFallback(t *testing.T) {
	x := testReading(t, map[string]float64{"rule-": 1, "before-": 1})
	if got := confidence(nil, &x, -1, 0.25); got != 0.25 {
		t.Errorf("confidence without calibration = %v, want 0.25", got)
	}
	cc := defaultConfidence()
	if cc == nil {
		t.Fatal("no embedded confidence calibration")
	}
	p := cc.Probs(&x)
	for pol := -1; pol <= 1; pol++ {
		if got := confidence(cc, &x, pol, 0.25); got != p[pol+1] {
			t.Errorf("confidence(%+d) = %v, want %v", pol, got, p[pol+1])
		}
	}
}
