package statement

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestPriorsParse(t *testing.T) {
	p, err := ParsePriors(strings.NewReader(priorsText))
	if err != nil {
		t.Fatalf("embedded priors: %v", err)
	}
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := ParsePriors(&buf)
	if err != nil {
		t.Fatalf("re-read priors: %v", err)
	}
	if *p != *q {
		t.Errorf("priors changed in a write and read:\n%+v\n%+v", p, q)
	}
	if _, errs := parseValence(vaderText); len(errs) > 0 {
		t.Errorf("vader.tsv: %v", errs[0])
	}
}

func TestParsePriorsErrors(t *testing.T) {
	good := "prior\t0.3\t0.4\t0.3\n"
	for _, f := range featureNames {
		good += "alpha\t" + f + "\t1\n"
		for _, v := range []string{"-1", "0", "1"} {
			good += "cond\t" + f + "\t" + v + "\t0.3\t0.4\t0.3\t5\n"
		}
	}
	if _, err := ParsePriors(strings.NewReader(good)); err != nil {
		t.Fatalf("ParsePriors(complete) = %v", err)
	}
	tests := []struct{ name, src string }{
		{"Empty", ""},
		{"MissingTable", strings.Replace(good, "alpha\tdemand\t1\n", "", 1)},
		{"UnknownLine", good + "beta\t1\n"},
		{"BadNumber", strings.Replace(good, "prior\t0.3", "prior\tx", 1)},
		{"Negative", strings.Replace(good, "prior\t0.3", "prior\t-0.3", 1)},
		{"Infinite", strings.Replace(good, "prior\t0.3", "prior\tInf", 1)},
		{"AboveOne", strings.Replace(good, "cond\tobject\t-1\t0.3", "cond\tobject\t-1\t3", 1)},
		{"ZeroClass", strings.Replace(good, "cond\tobject\t-1\t0.3", "cond\tobject\t-1\t0", 1)},
		{"BadValue", strings.Replace(good, "cond\tobject\t-1", "cond\tobject\t2", 1)},
		{"BadCount", strings.Replace(good, "0.3\t5\n", "0.3\t-5\n", 1)},
	}
	for _, tt := range tests {
		if _, err := ParsePriors(strings.NewReader(tt.src)); err == nil {
			t.Errorf("ParsePriors(%s) = nil error, want one", tt.name)
		}
	}
}

func TestCombine(t *testing.T) {
	p := CountPriors([]Evidence{{Object: -1}, {Object: -1}, {Object: -1}, {}, {}, {Object: 1}}, []int{-1, -1, -1, 0, 1, 1})
	tests := []struct {
		name  string
		model [3]float64
		ev    Evidence
		want  int
	}{
		{"NoModelNoEvidence", [3]float64{}, Evidence{}, 0},
		{"RelationDecides", [3]float64{0.3, 0.4, 0.3}, Evidence{Object: -1}, -1},
		{"ModelDecides", [3]float64{0.05, 0.05, 0.9}, Evidence{}, 1},
	}
	for _, tt := range tests {
		got := p.Combine(tt.model, tt.ev)
		if c, _ := argmax(got); c != tt.want {
			t.Errorf("%s: Combine(%v, %+v) = %v, want class %d", tt.name, tt.model, tt.ev, got, tt.want)
		}
		if s := got[0] + got[1] + got[2]; math.Abs(s-1) > 1e-9 {
			t.Errorf("%s: probabilities sum to %v", tt.name, s)
		}
	}
}

func FuzzParsePriors(f *testing.F) {
	f.Add(priorsText)
	f.Add("prior\t1\t1\t1\n")
	f.Add("cond\tobject\t-1\tNaN\t1\t1\t1\n")
	f.Fuzz(func(t *testing.T, src string) {
		p, err := ParsePriors(strings.NewReader(src))
		if err != nil {
			return
		}
		got := p.Combine([3]float64{0.2, 0.3, 0.5}, Evidence{Object: 1, Clause: -1})
		for _, v := range got {
			if math.IsNaN(v) || v < 0 || v > 1 {
				t.Fatalf("Combine gives %v for priors %q", got, src)
			}
		}
	})
}
