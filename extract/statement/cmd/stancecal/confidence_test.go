package main

import (
	"math"
	"testing"
)

func TestAUC(t *testing.T) {
	tests := []struct {
		name  string
		score []float64
		right []bool
		want  float64
	}{
		{"Separated", []float64{0.9, 0.8, 0.2, 0.1}, []bool{true, true, false, false}, 1},
		{"Reversed", []float64{0.1, 0.2, 0.8, 0.9}, []bool{true, true, false, false}, 0},
		{"AllTied", []float64{0.5, 0.5, 0.5, 0.5}, []bool{true, false, true, false}, 0.5},
		{"OneTieOfFour", []float64{0.9, 0.5, 0.5, 0.1}, []bool{true, true, false, false}, 0.875},
		{"OneKindOnly", []float64{0.3, 0.4}, []bool{true, true}, math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := auc(tt.score, tt.right)
			if math.IsNaN(tt.want) != math.IsNaN(got) || !math.IsNaN(got) && math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("auc(%v, %v) = %v, want %v", tt.score, tt.right, got, tt.want)
			}
		})
	}
}

func TestBrierAndBelow(t *testing.T) {
	score := []float64{1, 0, 0.5, 0.2}
	right := []bool{true, false, true, false}
	if got, want := brier(score, right), (0+0+0.25+0.04)/4; math.Abs(got-want) > 1e-12 {
		t.Errorf("brier = %v, want %v", got, want)
	}
	if w, r := below(score, right, 0.5); w != 2 || r != 0 {
		t.Errorf("below 0.5 = %d wrong, %d right; want 2, 0", w, r)
	}
	if w, r := below(score, right, 0.6); w != 2 || r != 1 {
		t.Errorf("below 0.6 = %d wrong, %d right; want 2, 1", w, r)
	}
}
