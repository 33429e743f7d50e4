package extract

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract/text"
)

// TestExtractRepeatedShortNames checks that a company named in full once
// and by the first word of its name after that is one actor with every
// one of those mentions, whether the tagger tagged the short name as an
// organisation, as a person or not at all, and that the statements the
// short name opens are the company's; and that the first word of a name
// that is a nationality, a person's name of the document or the name of an
// event is no such short name.
func TestExtractRepeatedShortNames(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text string
		actor      string         // the organisation
		mentions   int            // its mentions
		not        []string       // no such actors
		speakers   map[int]string // sentence index -> speaker of its statement
	}{
		{"UntaggedRepeats",
			"Quorvex Industries Inc said higher interest costs will hold earnings flat. Quorvex said it might earn 57 cts a share in the quarter. Quorvex forecast about 85 cts a share for the second quarter.",
			"Quorvex Industries Inc", 3, []string{"Quorvex"},
			map[int]string{1: "Quorvex Industries Inc", 2: "Quorvex Industries Inc"}},
		{"ReadAsAPerson",
			"Talvane Petroleum Corp bought a refinery in Texas on Monday. He said Talvane will complete the purchase in the second quarter. Talvane said the price was fair.",
			"Talvane Petroleum Corp", 3, []string{"Talvane"},
			map[int]string{2: "Talvane Petroleum Corp"}},
		{"FirstWordsOfTheName",
			"<Velmora Traders Australasia Ltd> said it signed a contract with a Spanish smelter. Velmora Traders said in a statement the contract would help.",
			"Velmora Traders Australasia Ltd", 2, []string{"Velmora Traders"},
			map[int]string{0: "Velmora Traders Australasia Ltd", 1: "Velmora Traders Australasia Ltd"}},
		{"FirstWordsUntagged",
			"Norvale Metal Traders Pty Ltd said it signed a contract. Norvale Metal said the contract would help.",
			"Norvale Metal Traders Pty Ltd", 2, []string{"Norvale Metal"},
			map[int]string{1: "Norvale Metal Traders Pty Ltd"}},
		{"NameInWireBrackets",
			"The group has a contract with Spain's <Calvera de Zinc> to market its zinc. Calvera has an option to buy 25 pct of the group.",
			"Calvera de Zinc", 2, []string{"Calvera"}, nil},
		// Two names hold the word; the story shortens the company whose
		// name opens with it, not the body whose name ends with it.
		{"CompanyThatOpensWithTheWord",
			"Tarvelle Holdings Inc said it was chosen by the Ohio Department of Tarvelle to build two prisons. Tarvelle said the prisons would open within a year.",
			"Tarvelle Holdings Inc", 2, []string{"Tarvelle"},
			map[int]string{0: "Tarvelle Holdings Inc", 1: "Tarvelle Holdings Inc"}},
		// "and Co" ends a company's name: the words before it are its
		// short name ("Rohm" of "Rohm and Haas Co" is not).
		{"ShortNameBeforeAndCo",
			"Castlegate Brothers and Co Inc said it would underwrite the issue. Castlegate Brothers said demand was strong.",
			"Castlegate Brothers and Co Inc", 2, []string{"Castlegate Brothers"},
			map[int]string{1: "Castlegate Brothers and Co Inc"}},
		// A firm named after one person with "and Co", or after its
		// partners with commas between them: the person's or the first
		// partner's surname names the firm.
		{"SurnameBeforeAndCo",
			"T.R. Velcombe and Co said it would buy a cable system. Velcombe said the system serves 20,000 homes.",
			"T.R. Velcombe and Co", 2, []string{"Velcombe"},
			map[int]string{1: "T.R. Velcombe and Co"}},
		{"FirstPartnerOfAFirm",
			"Analysts at Kidder, Peabody and Co Inc said the shares were cheap. Kidder said it would buy more of them.",
			"Kidder, Peabody and Co Inc", 2, []string{"Kidder"},
			map[int]string{1: "Kidder, Peabody and Co Inc"}},
		{"TwoPartnersOfAFirm",
			"Clayton and Dubilier Inc said it will form a new company. Clayton said sales would rise.",
			"Clayton and Dubilier Inc", 2, []string{"Clayton"},
			map[int]string{1: "Clayton and Dubilier Inc"}},
		// A common word that opens the company's name, read as a person.
		{"CommonWordReadAsAPerson",
			"Evergreen Dunmore Corp said sales rose. Evergreen said it would open two plants in Ohio.",
			"Evergreen Dunmore Corp", 2, []string{"Evergreen"},
			map[int]string{1: "Evergreen Dunmore Corp"}},
		// Two words before "and" and the trade's words: the short name.
		{"TwoWordsBeforeAnd",
			"Norvale Land and Exploration Co said it had won an offshore block. Norvale Land said it would drill two wells.",
			"Norvale Land and Exploration Co", 2, []string{"Norvale Land"},
			map[int]string{1: "Norvale Land and Exploration Co"}},
		// Two words the tagger read as a person's name that open the
		// company's name, the first no given name; a founder's full
		// name stays the person's.
		{"FirstWordsReadAsAPerson",
			"Miller Tabak Hirsch and Co said it bought the shares. Miller Tabak said it might buy more.",
			"Miller Tabak Hirsch and Co", 2, []string{"Miller Tabak"},
			map[int]string{1: "Miller Tabak Hirsch and Co"}},
		{"FoundersFullName",
			"Ivan Velmore and Co LP said it bought the shares. Ivan Velmore said he might buy more.",
			"Ivan Velmore and Co LP", 1, nil,
			map[int]string{1: "Ivan Velmore"}},
		{"CompanyOfAPlaceThatOpensWithTheWord",
			"Tarvelle Corp of Canada said it was chosen by the Ohio Department of Tarvelle to build two prisons. Tarvelle said the prisons would open within a year.",
			"Tarvelle Corp of Canada", 2, []string{"Tarvelle"},
			map[int]string{0: "Tarvelle Corp of Canada", 1: "Tarvelle Corp of Canada"}},
		{"PersonOfTheName",
			"Rupert Halvane, chairman of Halvane Magazines Inc, said sales rose. Halvane said he would not sell his shares.",
			"Halvane Magazines Inc", 1, nil,
			map[int]string{1: "Rupert Halvane"}},
		// A common word as the short name: a mention only as the subject
		// that opens a report, as wire copy writes it.
		{"CommonWordOpensAReport",
			"Harvest Communications Corp said it would buy a cable system. Harvest said the system serves 20,000 homes.",
			"Harvest Communications Corp", 2, []string{"Harvest"},
			map[int]string{1: "Harvest Communications Corp"}},
		{"CommonWordOpensNoReport",
			"Harvest Communications Corp said it would buy a cable system. Harvest time is near for the farmers.",
			"Harvest Communications Corp", 1, []string{"Harvest"}, nil},
		{"Nationality",
			"The Arab Bankers Association said lending would grow. Arab states cut their deposits in March.",
			"Arab Bankers Association", 1, []string{"Arab"}, nil},
		{"EventName",
			"The Quillon Awards were handed out on Sunday. Quillon winners included three newcomers.",
			"", 0, []string{"Quillon"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := ex.Extract(Document{ID: "d", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range x.Actors {
				if a.Name == tt.actor && a.Mentions != tt.mentions {
					t.Errorf("%s: %d mentions, want %d", a.Name, a.Mentions, tt.mentions)
				}
			}
			checkActors(t, x, nil, tt.not)
			if tt.actor != "" {
				checkActors(t, x, []string{tt.actor}, nil)
			}
			for si, want := range tt.speakers {
				found := false
				for _, s := range x.Statements {
					if s.SentenceIndex == si {
						found = true
						if s.Speaker != want {
							t.Errorf("sentence %d: speaker %q, want %q", si, s.Speaker, want)
						}
					}
				}
				if !found {
					t.Errorf("sentence %d: no statement, want one of %q", si, want)
				}
			}
		})
	}
}

// TestExtractOrgHeadsAfter checks that a legal form or an organisation's
// head word that the tagger left after a name joins it, and that a
// person's name takes none.
func TestExtractOrgHeadsAfter(t *testing.T) {
	checkActorCases(t, testExtractor(t), []actorCase{
		{"LegalFormLeftOut", "News", "Shares rose on Monday. Coniston Ltd. said it would buy the stake. Coniston said earlier it held 9 pct.",
			[]string{"Coniston Ltd"}, []string{"Coniston"}},
	})
}

func TestExtractKnownCompanyTails(t *testing.T) {
	checkActorCases(t, testExtractor(t), []actorCase{
		{"CompanyUnderItsLongerName", "News", "Shares rose on Monday. Apple Computer Inc said its sales rose in March.",
			[]string{"Apple"}, []string{"Computer Inc"}},
		{"AgencyNameOfACompany", "News", "Shares rose on Monday. SIS Corp said it bought two restaurants in Ohio.",
			[]string{"SIS Corp"}, []string{"MI6"}},
		{"PlaceInBracketsInAName", "News", "Shares rose on Monday. Nikko Securities Co (Europe) Ltd said the bond was priced at par.",
			[]string{"Nikko Securities Co (Europe) Ltd"}, []string{"Nikko Securities Co", "Europe"}},
		{"PlaceAfterOfInAName", "News", "Shares rose on Monday. General Motors of Canada Ltd said car sales fell.",
			[]string{"General Motors of Canada Ltd"}, []string{"Canada"}},
		{"CompanyAfterOfIsNoPlace", "News", "Shares rose on Monday. The chairman of Harlow Inns Inc said profits rose.",
			[]string{"Harlow Inns Inc"}, []string{"Chairman of Harlow Inns Inc"}},
		{"DemonymStartsABodysName", "News", "Shares rose on Monday. The Australian Wheat Board said shipments rose in February.",
			[]string{"Australian Wheat Board"}, []string{"Australia"}},
		{"DemonymBeforeAMinistry", "News", "Shares rose on Monday. The German Finance Ministry said taxes would not rise.",
			nil, []string{"German Finance Ministry"}},
		// "Group" after a name: a company that owns the outlet, or one
		// named with more words between; right after any other body, the
		// body itself.
		{"OutletsGroup", "News", "Shares rose on Monday. The Telegraph Group said the cuts were needed.",
			[]string{"Telegraph Group"}, []string{"The Telegraph"}},
		{"GroupWithWordsBetween", "News", "Shares rose on Monday. Congress Financial Group supplied the financing.",
			[]string{"Congress Financial Group"}, []string{"U.S. Congress"}},
		{"ForumsGroup", "News", "Leaders met at the G7 Group summit in June.",
			[]string{"G7"}, []string{"G7 Group"}},
		{"NoLegalFormBeforeAHyphen", "News", "Mr Hale, the Conservative Party Co-Chairman, said the poll was wrong.",
			[]string{"Conservative Party"}, []string{"Conservative Party Co"}},
	})
}

// TestJoinCompanyHalves checks that two names side by side, the second
// ending in a company's legal form, are one company, and that a place,
// a name with punctuation between or a second name without a legal form
// stays apart.
func TestJoinCompanyHalves(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text string
		first      [2]int // the first name's tokens
		second     [2]int // the second name's tokens
		place      bool   // the first name is a place
		want       []string
	}{
		{"Cut", "A rival to Kawase Denshin Tsushin Co Ltd grew.", [2]int{3, 4}, [2]int{4, 8}, false, []string{"Kawase Denshin Tsushin Co Ltd"}},
		{"Place", "A rival to Osaka Denshin Tsushin Co Ltd grew.", [2]int{3, 4}, [2]int{4, 8}, true, []string{"Osaka", "Denshin Tsushin Co Ltd"}},
		{"Comma", "A rival to Kawase, Denshin Tsushin Co Ltd grew.", [2]int{3, 4}, [2]int{5, 9}, false, []string{"Kawase", "Denshin Tsushin Co Ltd"}},
		{"NoLegalForm", "A rival to Kawase Denshin Tsushin grew.", [2]int{3, 4}, [2]int{4, 6}, false, []string{"Kawase", "Denshin Tsushin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &docState{e: ex, text: tt.text, tokens: [][]text.Token{text.Tokenize(tt.text)}, bufs: new(docBuffers)}
			a := st.orgMention(0, tt.first[0], tt.first[1], "")
			a.place = tt.place
			st.mentions = []mention{a, st.orgMention(0, tt.second[0], tt.second[1], "")}
			st.joinCompanyHalves()
			var got []string
			for _, m := range st.mentions {
				got = append(got, m.name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("names %q, want %q", got, tt.want)
			}
		})
	}
}
