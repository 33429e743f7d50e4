package text

import (
	"strings"
	"testing"
)

func TestDropTickers(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"AngleWithSuffix", "Elders IXL Ltd <ELXA.S> said", "Elders IXL Ltd said"},
		{"AngleBare", "Ford Motor Co <F> rose", "Ford Motor Co rose"},
		{"AngleDigits", "Toyota <7203.T> fell", "Toyota fell"},
		{"RoundWithSuffix", "Apple (AAPL.O) rose", "Apple rose"},
		{"AcronymKept", "European Community (EC) ministers", "European Community ( EC ) ministers"},
		{"AngleNameKept", "bought <Cable and Wireless Plc> shares", "bought < Cable and Wireless Plc > shares"},
		{"LowerCaseKept", "a <b> c", "a < b > c"},
		{"NumberOnlyKept", "rose <12> pct", "rose < 12 > pct"},
		{"TooLongKept", "X <ABCDEFGH> Y", "X < ABCDEFGH > Y"},
		{"Unclosed", "Ford <F rose", "Ford < F rose"},
		{"AtEnd", "Ford <F>", "Ford"},
		{"Two", "A <AA> and B <BB.L>.", "A and B ."},
		{"SquareWithSuffix", "Daimler-Benz AG [DAIG.F] said", "Daimler - Benz AG said"},
		{"SquareNameKept", "with textiles concern [GFT-Gruppo Finanziario Tessile Spa] for", "with textiles concern [ GFT - Gruppo Finanziario Tessile Spa ] for"},
		{"FullStopAfterSuffix", "Philips <PGLO.AS.> said", "Philips said"},
		{"IndexCode", "the Dow Jones Industrial Average .DJI fell", "the Dow Jones Industrial Average fell"},
		{"IndexCodeDigits", "Japan's Nikkei .N225 fell", "Japan 's Nikkei fell"},
		{"RateCode", "10-year notes US10YT=RR rose", "10 - year notes rose"},
		{"CurrencyCode", "the euro EUR= rose", "the euro rose"},
		{"FuturesCode", "Brent crude LCOc1 rose", "Brent crude rose"},
		{"SentenceEndKept", "It fell. DJI said so.", "It fell . DJI said so ."},
		{"EqualsInTextKept", "if x = y", "if x = y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := AppendTokens(nil, tt.in, Span{0, len(tt.in)})
			var words []string
			for _, k := range DropTickers(toks) {
				words = append(words, k.Text)
			}
			if got := strings.Join(words, " "); got != tt.want {
				t.Errorf("DropTickers(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzDropTickers(f *testing.F) {
	for _, s := range []string{"Elders IXL Ltd <ELXA.S> said", "Apple (AAPL.O)", "<", "(A.", "<A.B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := AppendTokens(nil, s, Span{0, len(s)})
		n := len(toks)
		out := DropTickers(toks)
		if len(out) > n {
			t.Fatalf("%d tokens out of %d", len(out), n)
		}
		for i := 1; i < len(out); i++ {
			if out[i].Span.Start < out[i-1].Span.End {
				t.Fatalf("tokens out of order: %+v", out)
			}
		}
	})
}

func TestTickerAfter(t *testing.T) {
	// "|" marks the offset asked about, the end of the name.
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"DuPont| <DD>, and", true},
		{"Elders IXL Ltd| <ELXA.S> said", true},
		{"Toyota| <7203.T> rose", true},
		{"Apple| (AAPL.O) fell", true},
		{"Daimler-Benz AG| [DAIG.F] said", true},
		{"Philips|<PGLO.AS.> said", true},
		{"European Community| (EC) said", false}, // an acronym's definition
		{"the| <12> items", false},
		{"the| <Cable and Wireless Plc> said", false},
		{"DuPont| said <DD>", false},
		{"DuPont|", false},
	} {
		i := strings.IndexByte(tc.s, '|')
		s := tc.s[:i] + tc.s[i+1:]
		if got := TickerAfter(s, i); got != tc.want {
			t.Errorf("TickerAfter(%q, %d) = %v, want %v", s, i, got, tc.want)
		}
	}
}
