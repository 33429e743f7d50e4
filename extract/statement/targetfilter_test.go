package statement

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// filterCase builds the working data of a sentence whose actors are the
// names in names (each a single token, with its kind and affiliation);
// the speaker is names[0] and the cue is the token cue.
type filterCase struct {
	sentence string
	cue      string
	names    []string
	kinds    []lexicon.Kind
	affil    []string
}

// build returns the document state, the sentence, the statement and its
// targets (every actor but the speaker, each with all its mentions).
func (fc filterCase) build(t *testing.T) (*docState, *sentCtx, candidate, []targetRef) {
	t.Helper()
	toks := text.AppendTokens(nil, fc.sentence, text.Span{Start: 0, End: len(fc.sentence)})
	c := &sentCtx{toks: toks, ment: make([]int, len(toks)), quoted: make([]bool, len(toks))}
	markQuotes(toks, c.quoted, false)
	ss := &docState{}
	for i, n := range fc.names {
		ss.actors = append(ss.actors, actor{name: n, kind: fc.kinds[i], affil: fc.affil[i]})
	}
	f := candidate{speaker: 0, cueTok: -1, cueLen: 1}
	for k, tok := range toks {
		if tok.Text == fc.cue && f.cueTok < 0 {
			f.cueTok = k
		}
		for a, n := range fc.names {
			if tok.Text == n {
				c.ms = append(c.ms, mention{t0: k, t1: k + 1, actorIndex: a, via: lexicon.ViaName})
			}
		}
	}
	if f.cueTok < 0 {
		t.Fatalf("no cue %q in %q", fc.cue, fc.sentence)
	}
	c.index()
	var trs []targetRef
	for _, m := range c.ms {
		if m.actorIndex == 0 {
			f.np = [2]int{m.t0, m.t1}
			continue
		}
		trs = addTargetMention(trs, m)
	}
	return ss, c, f, trs
}

func TestTargetReading(t *testing.T) {
	person, state, org := lexicon.KindPerson, lexicon.KindState, lexicon.KindOrg
	tests := []struct {
		name   string
		fc     filterCase
		target string
		want   map[int]float64 // features that must have these values
	}{
		{"place after the cue",
			filterCase{"Holm said in Norland that taxes would rise.", "said", []string{"Holm", "Norland"}, []lexicon.Kind{person, state}, []string{"", ""}},
			"Norland", map[int]float64{tfPlace: 1, tfOf: 0, tfState: 1, tfPerson: 0, tfBeforeCue: 0, tfQuoted: 0}},
		{"object of a preposition of",
			filterCase{"Holm said the participation of Acme was welcome.", "said", []string{"Holm", "Acme"}, []lexicon.Kind{person, org}, []string{"", ""}},
			"Acme", map[int]float64{tfOf: 1, tfPlace: 0, tfOrg: 1}},
		{"possessor",
			filterCase{"Holm said Berg's plan would fail.", "said", []string{"Holm", "Berg"}, []lexicon.Kind{person, person}, []string{"", ""}},
			"Berg", map[int]float64{tfPossessor: 1, tfSubject: 0, tfSameKind: 1, tfDistCue: 0}},
		{"subject of the complement",
			filterCase{"Holm said Berg deserves credit.", "said", []string{"Holm", "Berg"}, []lexicon.Kind{person, person}, []string{"", ""}},
			"Berg", map[int]float64{tfSubject: 1, tfPossessor: 0, tfSubClause: 0}},
		{"inside a quotation before the cue",
			filterCase{"\u201cBerg has failed us,\u201d Holm said.", "said", []string{"Holm", "Berg"}, []lexicon.Kind{person, person}, []string{"", ""}},
			"Berg", map[int]float64{tfQuoted: 1, tfBeforeCue: 1}},
		{"in a clause about someone else",
			filterCase{"Holm said taxes would rise because Berg had spent too much.", "said", []string{"Holm", "Berg"}, []lexicon.Kind{person, person}, []string{"", ""}},
			"Berg", map[int]float64{tfSubClause: 1}},
		{"the speaker's own state",
			filterCase{"Holm said Norland would not pay.", "said", []string{"Holm", "Norland"}, []lexicon.Kind{person, state}, []string{"Norland", ""}},
			"Norland", map[int]float64{tfOwnSide: 1, tfState: 1}},
		{"another state",
			filterCase{"Holm said Suderia would not pay.", "said", []string{"Holm", "Suderia"}, []lexicon.Kind{person, state}, []string{"Norland", ""}},
			"Suderia", map[int]float64{tfOwnSide: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, c, f, trs := tt.fc.build(t)
			for i, tr := range trs {
				if ss.actors[tr.actor].name != tt.target {
					continue
				}
				x := ss.targetReading(c, f, tr, i, len(trs), [3]float64{0.2, 0.6, 0.2}, 0, nil)
				if x.X[tfBias] != 1 || x.Name != tt.target {
					t.Errorf("bias %v name %q", x.X[tfBias], x.Name)
				}
				for k, v := range tt.want {
					if x.X[k] != v {
						t.Errorf("feature %s = %v, want %v", targetFeatureNames[k], x.X[k], v)
					}
				}
				return
			}
			t.Fatalf("no target %q", tt.target)
		})
	}
}

func TestCoordinateAndKeep(t *testing.T) {
	person, state := lexicon.KindPerson, lexicon.KindState
	// A filter that drops a name after a preposition of place, and one
	// after "of".
	tf := &TargetFilter{Threshold: 0.5}
	tf.W[tfBias] = 2
	tf.W[tfPlace] = -4
	tf.W[tfOf] = -4
	tests := []struct {
		name  string
		fc    filterCase
		kept  []string
		group []int
	}{
		{"place dropped, subject kept",
			filterCase{"Holm said in Norland that Berg was wrong.", "said", []string{"Holm", "Norland", "Berg"}, []lexicon.Kind{person, state, person}, []string{"", "", ""}},
			[]string{"Berg"}, []int{0, 1}},
		{"coordinated names share the fate of the first",
			filterCase{"Holm said Berg and Norland were wrong.", "said", []string{"Holm", "Berg", "Norland"}, []lexicon.Kind{person, person, state}, []string{"", "", ""}},
			[]string{"Berg", "Norland"}, []int{0, 0}},
		{"the preposition before a coordination governs all of it",
			filterCase{"Holm said the talks of Berg, Suderia and Norland failed.", "said", []string{"Holm", "Berg", "Suderia", "Norland"}, []lexicon.Kind{person, person, state, state}, []string{"", "", "", ""}},
			nil, []int{0, 0, 0}},
		{"a place preposition before a list governs all of it",
			filterCase{"Holm said the damage in Suderia, Norland and Vestria was worse than Berg thought.", "said", []string{"Holm", "Suderia", "Norland", "Vestria", "Berg"}, []lexicon.Kind{person, state, state, state, person}, []string{"", "", "", "", ""}},
			[]string{"Berg"}, []int{0, 0, 0, 3}},
		{"no coordination across a verb",
			filterCase{"Holm said of Berg that Norland was wrong.", "said", []string{"Holm", "Berg", "Norland"}, []lexicon.Kind{person, person, state}, []string{"", "", ""}},
			[]string{"Norland"}, []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, c, f, trs := tt.fc.build(t)
			xs := make([]TargetReading, len(trs))
			for i, tr := range trs {
				xs[i] = ss.targetReading(c, f, tr, i, len(trs), [3]float64{0.2, 0.6, 0.2}, 0, nil)
			}
			ss.coordinate(c, trs, xs)
			var groups []int
			var kept []string
			for i, k := range tf.KeepAll(xs) {
				groups = append(groups, xs[i].Group)
				if k {
					kept = append(kept, xs[i].Name)
				}
			}
			if !reflect.DeepEqual(groups, tt.group) {
				t.Errorf("groups = %v, want %v", groups, tt.group)
			}
			if !reflect.DeepEqual(kept, tt.kept) {
				t.Errorf("kept = %v, want %v", kept, tt.kept)
			}
			var none *TargetFilter
			for i, k := range none.KeepAll(xs) {
				if !k || !none.Keep(&xs[i]) {
					t.Errorf("a nil filter dropped %s", xs[i].Name)
				}
			}
		})
	}
}

func TestTargetFilterParse(t *testing.T) {
	tf, err := ParseTargetFilter(strings.NewReader(targetFilterText))
	if err != nil {
		t.Fatalf("embedded target filter: %v", err)
	}
	// Zero keeps every target: the fit's choice when the labels cannot
	// tell a cut from keeping them all (stancecal's one-standard-error rule).
	if tf.Threshold < 0 || tf.Threshold >= 1 {
		t.Errorf("threshold %v, want one in [0, 1)", tf.Threshold)
	}
	var buf bytes.Buffer
	if err := tf.Write(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := ParseTargetFilter(&buf)
	if err != nil {
		t.Fatalf("re-read target filter: %v", err)
	}
	if !reflect.DeepEqual(tf, again) {
		t.Errorf("target filter changed in a write and read")
	}
	for _, bad := range []string{
		"",
		"threshold\t0.5\n",
		"threshold\tx\n",
		"weight\tnope\t1\n",
		"threshold\t0.5\nweight\tbias\tNaN\n",
		"what\n",
	} {
		if _, err := ParseTargetFilter(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseTargetFilter(%q): no error", bad)
		}
	}
}

// syntheticTargets returns n target readings whose label depends on
// two features, with a fixed pattern (no randomness).
func syntheticTargets(n int) ([]TargetReading, []bool) {
	xs := make([]TargetReading, n)
	keep := make([]bool, n)
	for i := range xs {
		xs[i].X[tfBias] = 1
		xs[i].X[tfPlace] = float64(i % 2)
		xs[i].X[tfPerson] = float64((i / 2) % 2)
		xs[i].X[tfStrength] = float64(i%7) / 7
		keep[i] = xs[i].X[tfPlace] == 0 && (xs[i].X[tfPerson] == 1 || i%3 != 0) || i%11 == 0
	}
	return xs, keep
}

func TestFitTargetFilterDeterministic(t *testing.T) {
	xs, keep := syntheticTargets(300)
	var outs [2]bytes.Buffer
	for k := range outs {
		if err := FitTargetFilter(xs, keep, 1).Write(&outs[k]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
		t.Errorf("two fits on the same data differ:\n%s\n%s", outs[0].String(), outs[1].String())
	}
}

func TestFitTargetFilterLearns(t *testing.T) {
	xs, keep := syntheticTargets(300)
	tf := FitTargetFilter(xs, keep, 1)
	if tf.W[tfPlace] >= 0 {
		t.Errorf("weight of place %v, want < 0 (places are mostly not targets here)", tf.W[tfPlace])
	}
	right := 0
	for i := range xs {
		if tf.Keep(&xs[i]) == keep[i] {
			right++
		}
	}
	if right < len(xs)*3/4 {
		t.Errorf("%d of %d right in sample, want at least 3/4", right, len(xs))
	}
}
