package extract

import "testing"

func TestIsRatingSymbol(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"AAA", true}, {"AA-plus", true}, {"BBB-minus", true}, {"CCC", true}, {"BB+", true},
		{"Aaa", true}, {"Baa-2", true}, {"Ba3", true}, {"Caa", true}, {"Aa-1", true},
		{"ABC", false}, {"BBC", false}, {"CBA", false}, {"AAAA", false}, {"A", false},
		{"Ab", false}, {"Bab", false}, {"DDD", false}, {"aaa", false}, {"", false},
	}
	for _, tt := range tests {
		if got := isRatingSymbol(tt.s); got != tt.want {
			t.Errorf("isRatingSymbol(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestDropRatingsKeepsDefinedAcronyms(t *testing.T) {
	ex := testExtractor(t)
	x, err := ex.Extract(Document{ID: "d", Text: "The Allied Airline Association (AAA) rated the claim urgent on Monday.\n\nThe AAA said the carriers had agreed."})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range x.Actors {
		if a.Name == "Allied Airline Association" {
			if a.Mentions != 3 {
				t.Errorf("Allied Airline Association: %d mentions, want 3", a.Mentions)
			}
			return
		}
	}
	t.Errorf("no Allied Airline Association in %v", x.Actors)
}
