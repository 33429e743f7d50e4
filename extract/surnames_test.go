package extract

import "testing"

// TestExtractReportingSurnames checks that a surname the tagger may miss
// or read as a place (a common word, a month, a city) is the person's
// where it stands as the subject of a reporting verb, after the full name
// (sentences written for this test), and nowhere else.
func TestExtractReportingSurnames(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text string
		speakers   map[int]string // sentence index -> speaker of its statement; "" for none
	}{
		{"MonthOpensTheSentence",
			"Kenneth May, president of Holly Farms Poultry Industries, spoke to the committee. May said the figures showed no rise.",
			map[int]string{1: "Kenneth May"}},
		{"CityOpensTheSentence",
			"Donald Houston, administrator of the inspection service, spoke on Monday. Houston said inspection programs have kept pace.",
			map[int]string{1: "Donald Houston"}},
		{"CommonWordAfterAComma",
			"Jay Hair, vice president of the federation, spoke on Monday. The study was flawed, Hair said.",
			map[int]string{1: "Jay Hair"}},
		{"BeforeTheFullName",
			"May said the figures showed no rise. Kenneth May is president of Holly Farms Poultry Industries.",
			map[int]string{0: ""}},
		{"TheCompanyOfTheWord",
			"Kenneth May spoke on Monday. May Department Stores Co sold a unit. May said the sale would close in June.",
			map[int]string{2: ""}},
		{"OneWordOrganisation",
			"Analysts at Quillex cut their forecasts. Quillex said that the virus was unlikely to spread.",
			map[int]string{1: "Quillex"}},
		{"TwoPeopleOfTheSurname",
			"Kenneth May and Rita May spoke on Monday. May said the figures showed no rise.",
			map[int]string{1: ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := ex.Extract(Document{ID: "d", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			for si, want := range tt.speakers {
				got := ""
				for _, s := range x.Statements {
					if s.SentenceIndex == si && s.Speaker == want || s.SentenceIndex == si && got == "" {
						got = s.Speaker
					}
				}
				if got != want {
					t.Errorf("sentence %d: speaker %q, want %q (statements %v)", si, got, want, x.Statements)
				}
			}
		})
	}
}
