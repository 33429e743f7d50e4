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

// TestExtractSurnameOfANameReadAsOrganisation checks that a surname joins
// the one full name of the document that ends with it when the tagger read
// that name as an organisation's (a given name first), and that two full
// names with the surname leave it apart.
func TestExtractSurnameOfANameReadAsOrganisation(t *testing.T) {
	checkActorCases(t, testExtractor(t), []actorCase{
		{"GivenNameFirst", "Veneris denies faking crash",
			"Greek sprinter Kostas Veneris has denied claims that he faked a motorcycle crash. Veneris and fellow sprinter Katerina Thalou are under investigation. Veneris insisted: \"The accident happened.\"",
			[]string{"Kostas Veneris"}, []string{"Veneris"}},
		{"TwoFullNames", "",
			"Ian Velmore, the police chief, said the threat was real. Prime Minister Tony Velmore agreed. But Mr Velmore insisted the plan was right.",
			[]string{"Ian Velmore", "Tony Velmore"}, nil},
	})
}
