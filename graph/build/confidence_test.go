package build

import (
	"bytes"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// stanceExtractions are two documents in which Putin speaks about
// Witkoff and NATO with different polarities per target, and once in a
// statement without per-target values (as an older extraction has).
func stanceExtractions() []*extract.Extraction {
	kinds := map[string]extract.Kind{"NATO": extract.KindOrg}
	a := graphtest.Extraction("a.txt", kinds, []string{"Vladimir Putin", "Steve Witkoff", "NATO"})
	a.Statements = []extract.Statement{{Speaker: "Vladimir Putin", Cue: "said", Polarity: 1, Confidence: 0.7,
		Targets: []string{"Steve Witkoff", "NATO"}, Text: a.Text[a.Sentences[0].Start:a.Sentences[0].End], Span: a.Sentences[0].Span,
		Stances: []extract.TargetStance{{Target: "Steve Witkoff", Polarity: 1, Confidence: 0.7}, {Target: "NATO", Polarity: -1, Confidence: 0.5}}}}
	b := graphtest.Extraction("b.txt", kinds, []string{"Vladimir Putin", "NATO"})
	b.Statements = []extract.Statement{{Speaker: "Vladimir Putin", Cue: "warned", Polarity: -1, Confidence: 0.5,
		Targets: []string{"NATO"}, Text: b.Text[b.Sentences[0].Start:b.Sentences[0].End], Span: b.Sentences[0].Span}}
	return []*extract.Extraction{a, b}
}

func TestStanceConfidence(t *testing.T) {
	b := NewBuilder(BuildOptions{})
	for _, x := range stanceExtractions() {
		b.Add(x)
	}
	g := b.Graph()
	id := map[string]int{}
	for _, n := range g.Nodes {
		id[n.Name] = n.ID
	}
	stance := func(from, to string) graph.Stance {
		for _, s := range g.Stances {
			if s.Source == id[from] && s.Target == id[to] {
				return s
			}
		}
		t.Fatalf("no stance %s -> %s in %+v", from, to, g.Stances)
		return graph.Stance{}
	}
	// Per-target polarity: the positive statement is negative towards NATO.
	if s := stance("Vladimir Putin", "Steve Witkoff"); s.Positive != 1 || s.Negative != 0 || s.Confidence != 0.7 {
		t.Errorf("Putin -> Witkoff = %+v, want 1 positive, confidence 0.7", s)
	}
	// Two negative statements of 0.5 each: 1 - 0.5·0.5 = 0.75.
	if s := stance("Vladimir Putin", "NATO"); s.Negative != 2 || s.Positive != 0 || s.Confidence != 0.75 {
		t.Errorf("Putin -> NATO = %+v, want 2 negative, confidence 0.75 (noisy-or)", s)
	}
	for _, st := range g.Statements {
		if st.Cue == "said" {
			if !slices.Equal(st.TargetPolarity, []int{-1, 1}) || !slices.Equal(st.TargetConfidence, []float64{0.5, 0.7}) {
				t.Errorf("statement targets %v polarities %v confidences %v, want NATO -1 0.5 and Witkoff 1 0.7 (sorted by node)",
					st.Targets, st.TargetPolarity, st.TargetConfidence)
			}
		}
	}
}

func TestStanceConfidenceRecords(t *testing.T) {
	whole := NewBuilder(BuildOptions{})
	for _, x := range stanceExtractions() {
		whole.Add(x)
	}
	want := encode(t, whole.Graph())
	var merged []Record
	for _, x := range stanceExtractions() {
		b := NewBuilder(BuildOptions{})
		b.Add(x)
		merged = append(merged, b.Records()...)
	}
	rebuilt := NewBuilder(BuildOptions{})
	for i := len(merged) - 1; i >= 0; i-- {
		if err := rebuilt.AddRecord(merged[i]); err != nil {
			t.Fatal(err)
		}
	}
	if got := encode(t, rebuilt.Graph()); !bytes.Equal(got, want) {
		t.Errorf("graph from records differs:\n%s\nwant\n%s", got, want)
	}
}

func TestConfidenceWeights(t *testing.T) {
	tests := []struct {
		confs []float64
		want  float64
	}{
		{nil, 0},
		{[]float64{0.5}, 0.5},
		{[]float64{0.5, 0.5}, 0.75},
		{[]float64{0.9, 0.9, 0.9}, 0.999},
		{[]float64{1}, 0.999},
		{[]float64{0.333}, 0.333},
		{[]float64{-1}, 0},
	}
	for _, tt := range tests {
		var w int64
		for _, c := range tt.confs {
			w += confWeight(c)
		}
		if got := confOf(w); got != tt.want {
			t.Errorf("noisy-or of %v = %v, want %v", tt.confs, got, tt.want)
		}
	}
}

// TestHeadlineStatementCountsOnce checks that a headline's statement adds
// nothing to the graph when its speaker also speaks in the body (one
// position, reported twice), and counts when the body gives its speaker
// no statement.
func TestHeadlineStatementCountsOnce(t *testing.T) {
	kinds := map[string]extract.Kind{"NATO": extract.KindOrg}
	stmt := func(x *extract.Extraction, si int, speaker string, headline bool) extract.Statement {
		s := x.Sentences[si]
		return extract.Statement{Speaker: speaker, Cue: "said", Polarity: -1, Confidence: 0.6, Targets: []string{"NATO"},
			Text: x.Text[s.Start:s.End], Span: s.Span, SentenceIndex: si, Headline: headline}
	}
	tests := []struct {
		name          string
		bodySpeaker   string
		wantNegative  int
		wantStatement int
	}{
		{"SameSpeakerInBody", "Vladimir Putin", 1, 1},
		{"OtherSpeakerInBody", "Steve Witkoff", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := graphtest.Extraction("a.txt", kinds, []string{"Vladimir Putin", "NATO"}, []string{"Steve Witkoff", "Vladimir Putin", "NATO"})
			x.Statements = []extract.Statement{stmt(x, 0, "Vladimir Putin", true), stmt(x, 1, tt.bodySpeaker, false)}
			b := NewBuilder(BuildOptions{})
			b.Add(x)
			g := b.Graph()
			id := map[string]int{}
			for _, n := range g.Nodes {
				id[n.Name] = n.ID
			}
			for _, s := range g.Stances {
				if s.Source == id["Vladimir Putin"] && s.Target == id["NATO"] && s.Negative != tt.wantNegative {
					t.Errorf("Putin -> NATO negative = %d, want %d", s.Negative, tt.wantNegative)
				}
			}
			if len(g.Statements) != tt.wantStatement {
				t.Errorf("%d statements in the graph, want %d", len(g.Statements), tt.wantStatement)
			}
		})
	}
}
