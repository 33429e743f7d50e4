package statement

import (
	"testing"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

func TestClearSign(t *testing.T) {
	tests := []struct {
		name string
		p    [3]float64
		want int
	}{
		{"clearly negative", [3]float64{0.7, 0.2, 0.1}, -1},
		{"clearly positive", [3]float64{0.1, 0.3, 0.6}, 1},
		{"exactly half", [3]float64{0.5, 0.3, 0.2}, -1},
		{"negative below half", [3]float64{0.45, 0.3, 0.25}, 0},
		{"neutral", [3]float64{0.2, 0.6, 0.2}, 0},
		{"tie goes to neutral", [3]float64{0.5, 0.5, 0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clearSign(tt.p); got != tt.want {
				t.Errorf("clearSign(%v) = %d, want %d", tt.p, got, tt.want)
			}
		})
	}
}

func TestQuotedRef(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		target   string // first token of the target's only mention
		want     bool
	}{
		{"inside curly quotes", "Berg said: \u201cHolm has broken his pledges.\u201d", "Holm", true},
		{"inside straight quotes", "\"Holm has let us down,\" Berg said.", "Holm", true},
		{"reported speech", "Berg said Holm had broken his pledges.", "Holm", false},
		{"after the quotation", "\u201cWe will see,\u201d Berg told Holm.", "Holm", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := text.AppendTokens(nil, tt.sentence, text.Span{Start: 0, End: len(tt.sentence)})
			c := &sentCtx{toks: toks, quoted: make([]bool, len(toks))}
			markQuotes(toks, c.quoted, false)
			t0 := -1
			for i, tok := range toks {
				if tok.Text == tt.target {
					t0 = i
				}
			}
			if t0 < 0 {
				t.Fatalf("no token %q in %q", tt.target, tt.sentence)
			}
			tr := targetRef{ms: []mention{{t0: t0, t1: t0 + 1}}}
			if got := quotedRef(c, tr); got != tt.want {
				t.Errorf("quotedRef(%q, %q) = %v, want %v", tt.sentence, tt.target, got, tt.want)
			}
		})
	}
}

// TestDemandOnOthers checks which statements press another actor to act
// (a rule, -1) and which only state an obligation on something else (the
// calibration's call).
func TestDemandOnOthers(t *testing.T) {
	person, state := lexicon.KindPerson, lexicon.KindState
	tests := []struct {
		name string
		fc   filterCase
		want bool
	}{
		{"NamedSubjectShould", filterCase{"Kennedy said Brown should set out a timetable.", "said",
			[]string{"Kennedy", "Brown"}, []lexicon.Kind{person, person}, []string{"", ""}}, true},
		{"GroupAfterName", filterCase{"Borduria said Syldavian states must let their currencies rise.", "said",
			[]string{"Borduria", "Syldavian"}, []lexicon.Kind{state, state}, []string{"", ""}}, true},
		{"ActorGroupNoun", filterCase{"Kennedy said member states must act.", "said",
			[]string{"Kennedy"}, []lexicon.Kind{person}, []string{""}}, true},
		{"PressureVerbWithObject", filterCase{"Kennedy urged Brown to withdraw the troops.", "urged",
			[]string{"Kennedy", "Brown"}, []lexicon.Kind{person, person}, []string{"", ""}}, true},
		{"GenericSubject", filterCase{"Kennedy said broadcasters should fix a date.", "said",
			[]string{"Kennedy"}, []lexicon.Kind{person}, []string{""}}, false},
		{"ThingSubject", filterCase{"Kennedy said the legislation should be handled elsewhere.", "said",
			[]string{"Kennedy"}, []lexicon.Kind{person}, []string{""}}, false},
		{"NameInPlacePhrase", filterCase{"Kennedy said troops deployed in Syldavia should come home.", "said",
			[]string{"Kennedy", "Syldavia"}, []lexicon.Kind{person, state}, []string{"", ""}}, false},
		{"SpeakerItself", filterCase{"Kennedy said we must act.", "said",
			[]string{"Kennedy"}, []lexicon.Kind{person}, []string{""}}, false},
	}
	cl := defaultCues()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, c, f, _ := tt.fc.build(t)
			ss.cl = cl
			if got := ss.demandOnOthers(c, f, f.cueTok+1, len(c.toks)); got != tt.want {
				t.Errorf("demandOnOthers(%q) = %v, want %v", tt.fc.sentence, got, tt.want)
			}
		})
	}
}
