package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/statement"
)

func TestParseLabels(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    int // labels read, -1 for an error
		targets map[string]string
	}{
		{"comment and blank", "# header\n\n", 0, nil},
		{"no targets", "politics/041\t10\t90\tDavid Blunkett\ty\t0\t\n", 1, map[string]string{}},
		{"targets", "reuters/2766\t48\t195\tReagan\ty\t1\tGeorge Shultz=0|Russia=x\n", 1,
			map[string]string{"George Shultz": "0", "Russia": "x"}},
		{"name with =", "reuters/1\t0\t5\tX\tn\t-1\tA=B Corp=-1\n", 1, map[string]string{"A=B Corp": "-1"}},
		{"too few fields", "politics/041\t10\t90\tDavid Blunkett\ty\t0\n", -1, nil},
		{"bad start", "politics/041\tx\t90\tDavid Blunkett\ty\t0\t\n", -1, nil},
		{"bad polarity", "politics/041\t10\t90\tDavid Blunkett\ty\t2\t\n", -1, nil},
		{"target without =", "politics/041\t10\t90\tDavid Blunkett\ty\t0\tRussia\n", -1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseLabels(strings.NewReader(tt.text))
			if tt.want < 0 {
				if err == nil {
					t.Fatalf("parseLabels = %v, want an error", got)
				}
				return
			}
			if err != nil || len(got) != tt.want {
				t.Fatalf("parseLabels = %v, %v; want %d labels", got, err, tt.want)
			}
			if tt.targets != nil && len(got[0].targets) != len(tt.targets) {
				t.Fatalf("targets = %v, want %v", got[0].targets, tt.targets)
			}
			for k, v := range tt.targets {
				if got[0].targets[k] != v {
					t.Errorf("target %q = %q, want %q", k, got[0].targets[k], v)
				}
			}
		})
	}
}

// TestLabelsFile checks the committed labels parse and name articles of
// the two sources.
func TestLabelsFile(t *testing.T) {
	labels, err := readLabels(filepath.Join("..", "..", "data", "stance-labels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) < 100 {
		t.Fatalf("%d labels, want at least 100", len(labels))
	}
	for _, l := range labels {
		if l.ok != "y" && l.ok != "n" && l.ok != "?" {
			t.Errorf("%s %d: ok %q", l.doc, l.start, l.ok)
		}
		if !strings.HasPrefix(l.doc, "reuters/") && strings.Count(l.doc, "/") != 1 {
			t.Errorf("%s: not an article id", l.doc)
		}
	}
}

func TestRunSkipsWithoutArticles(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "cal.tsv")
	var stdout, stderr bytes.Buffer
	code := run([]string{"--labels", filepath.Join("..", "..", "data", "stance-labels.tsv"),
		"--articles", filepath.Join(dir, "absent.jsonl"), "-o", out}, &stdout, &stderr)
	if code != 0 || !strings.Contains(stderr.String(), "skipping") {
		t.Errorf("run = %d, stderr %q; want 0 and a skip message", code, stderr.String())
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("run wrote %s without articles", out)
	}
}

func TestRunUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	for _, args := range [][]string{{}, {"--labels", "x"}, {"--labels", "x", "--articles", "y", "--scope", "some"}} {
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
}

func TestFold(t *testing.T) {
	// Every statement of an article is in the same fold, and the folds
	// are all used.
	seen := map[int]bool{}
	for _, doc := range []string{"politics/001", "politics/002", "business/010", "reuters/5", "reuters/77", "tech/300", "entertainment/012", "reuters/19000"} {
		f := fold(doc, 5)
		if f != fold(doc, 5) || f < 0 || f >= 5 {
			t.Fatalf("fold(%s) = %d", doc, f)
		}
		seen[f] = true
	}
	if len(seen) < 3 {
		t.Errorf("8 articles fall in %d folds", len(seen))
	}
}

// TestVotedL2 checks that the calibration takes the penalty most outer
// folds chose, the larger one on a tie.
func TestVotedL2(t *testing.T) {
	tests := []struct {
		name  string
		votes []int // over l2Grid: 0.3, 1, 3, 10, 30
		want  float64
	}{
		{"majority", []int{0, 3, 2, 0, 0}, 1},
		{"tie takes the larger", []int{2, 1, 2, 0, 0}, 3},
		{"all one", []int{5, 0, 0, 0, 0}, 0.3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := votedL2(tt.votes); got != tt.want {
				t.Errorf("votedL2(%v) = %g, want %g", tt.votes, got, tt.want)
			}
		})
	}
}

// TestLargestWithinSE checks the one-standard-error rule of chooseL2: the
// largest penalty whose mean is within the best's standard error.
func TestLargestWithinSE(t *testing.T) {
	tests := []struct {
		name       string
		means, ses []float64 // over l2Grid: 0.3, 1, 3, 10, 30
		want       int
	}{
		{"best alone", []float64{0.60, 0.62, 0.58, 0.55, 0.50}, []float64{0.005, 0.005, 0.005, 0.005, 0.005}, 1},
		{"larger within the error", []float64{0.61, 0.62, 0.615, 0.612, 0.60}, []float64{0.01, 0.01, 0.01, 0.01, 0.01}, 3},
		{"a larger one past a worse one", []float64{0.62, 0.60, 0.615, 0.58, 0.50}, []float64{0.008, 0.008, 0.008, 0.008, 0.008}, 2},
		{"smaller ones never", []float64{0.619, 0.60, 0.62, 0.50, 0.50}, []float64{0.01, 0.01, 0.01, 0.01, 0.01}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := largestWithinSE(tt.means, tt.ses); got != tt.want {
				t.Errorf("largestWithinSE(%v, %v) = %d, want %d", tt.means, tt.ses, got, tt.want)
			}
		})
	}
}

// TestVotedPenalty checks that the final target filter takes the penalty
// most folds chose, the larger one on a tie.
func TestVotedPenalty(t *testing.T) {
	tests := []struct {
		name   string
		chosen [][2]float64
		want   float64
	}{
		{"all agree", [][2]float64{{30, 0.4}, {30, 0.35}, {30, 0.4}}, 30},
		{"majority", [][2]float64{{10, 0.4}, {3, 0.35}, {10, 0.4}, {30, 0.5}}, 10},
		{"tie takes the larger", [][2]float64{{1, 0.4}, {30, 0.35}, {1, 0.4}, {30, 0.5}}, 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := votedPenalty(tt.chosen); got != tt.want {
				t.Errorf("votedPenalty(%v) = %g, want %g", tt.chosen, got, tt.want)
			}
		})
	}
}

// TestVotedThreshold checks that the final target filter takes the
// threshold most folds of its penalty chose, the smaller one on a tie.
func TestOneSE(t *testing.T) {
	tests := []struct {
		name       string
		means, ses []float64
		want       int
	}{
		{"within the standard error keeps more", []float64{0.48, 0.495, 0.505, 0.50}, []float64{0.01, 0.01, 0.012, 0.01}, 1},
		{"clear best", []float64{0.40, 0.45, 0.50, 0.47}, []float64{0.01, 0.01, 0.01, 0.01}, 2},
		{"no spread: the first best", []float64{0.5, 0.6, 0.6}, []float64{0, 0, 0}, 1},
		{"flat: the first", []float64{0.5, 0.5}, []float64{0.01, 0.01}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := oneSE(tt.means, tt.ses); got != tt.want {
				t.Errorf("oneSE(%v, %v) = %d, want %d", tt.means, tt.ses, got, tt.want)
			}
		})
	}
}

func TestMeanSE(t *testing.T) {
	tests := []struct {
		xs       []float64
		mean, se float64
	}{
		{nil, 0, 0},
		{[]float64{0.5}, 0.5, 0},
		{[]float64{1, 3}, 2, 1},
		{[]float64{2, 4, 4, 4, 5, 5, 7, 9}, 5, 0.7559289},
	}
	for _, tt := range tests {
		m, se := meanSE(tt.xs)
		if math.Abs(m-tt.mean) > 1e-6 || math.Abs(se-tt.se) > 1e-6 {
			t.Errorf("meanSE(%v) = %g, %g, want %g, %g", tt.xs, m, se, tt.mean, tt.se)
		}
	}
}

func TestStanceRecord(t *testing.T) {
	sentence := "Café owners said the tax was unfair."
	cue := strings.Index(sentence, "said")
	tests := []struct {
		name     string
		cu       statement.CueSpan
		ok       bool
		from, to int
		mention  string
	}{
		{"CodePoints", statement.CueSpan{Sentence: sentence, Start: cue, End: cue + 4}, true, 12, 16, "said"},
		{"NoSentence", statement.CueSpan{}, false, 0, 0, ""},
		{"SpanOutside", statement.CueSpan{Sentence: sentence, Start: cue, End: len(sentence) + 1}, false, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := example{label: label{doc: "bbc/1", start: 10, speaker: "X", pol: -1}}
			e.x.Cue = tt.cu
			r, ok := stanceRecord(e)
			if ok != tt.ok {
				t.Fatalf("stanceRecord ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if r.From != tt.from || r.To != tt.to || r.Mention != tt.mention || r.Polarity != -1 || !r.Labelled {
				t.Errorf("record %+v, want code points [%d, %d) %q with polarity -1", r, tt.from, tt.to, tt.mention)
			}
			if lo, hi := r.Span(); lo != tt.cu.Start || hi != tt.cu.End {
				t.Errorf("record's byte span [%d, %d), want [%d, %d)", lo, hi, tt.cu.Start, tt.cu.End)
			}
		})
	}
}
