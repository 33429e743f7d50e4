package statement

import (
	"testing"

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
