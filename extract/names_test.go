package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/extract/text"
)

func TestCamelCompound(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"DaimlerChrysler", true},
		{"PepsiCo", true},
		{"WorldCom", true},
		{"McCain", false},
		{"MacArthur", false},
		{"DeLay", false},
		{"LaGuardia", false},
		{"Blair", false},
		{"eBay", false},
		{"BAe", false},
	}
	for _, tt := range tests {
		if got := camelCompound(tt.word); got != tt.want {
			t.Errorf("camelCompound(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestTermDefinition(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"below the government selling price (GSP) of", true},
		{"if free of tax to residents abroad (FOTRA) ,", true},
		{"the producer price index (PPI) rose", true},
		{"a price (GSP) of", false},                    // one word spells no two letters
		{"the Pensions Policy Institute (PPI)", false}, // a name, joinDefinitions' case
		{"the selling price (XYZ) of", false},
	}
	for _, tt := range tests {
		toks := text.AppendTokens(nil, tt.text, text.Span{Start: 0, End: len(tt.text)})
		k := -1
		for i, tok := range toks {
			if tok.Text == "(" {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no bracket", tt.text)
		}
		if got := termDefinition(toks, k, toks[k+1].Text); got != tt.want {
			t.Errorf("termDefinition(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
