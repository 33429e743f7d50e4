package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/cue"
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

// TestOrgHeadBefore checks that an organisation mention the tagger cut
// after "of", "for" or "on", or after the first of two portfolios, gets
// its head back, and that two names joined by "and" stay two.
func TestOrgHeadBefore(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		text, part, want string // want "" when the part stays as it is
	}{
		{"A Department for Education and Science source said so.", "Science", "Department for Education and Science"},
		{"The Ministry of Economy and Finance said so.", "Finance", "Ministry of Economy and Finance"},
		{"The Council on Foreign Relations said so.", "Foreign Relations", "Council on Foreign Relations"},
		{"The Bank of England and Barclays said so.", "Barclays", ""},
		{"Manchester United and Arsenal drew.", "Arsenal", ""},
	}
	for _, tt := range tests {
		st, m := partMention(t, ex, tt.text, tt.part, "ORG")
		got, ok := st.orgHeadBefore(m, cue.Default())
		checkPart(t, tt.text, tt.part, tt.want, got, ok)
	}
}

// partMention segments text and returns the document and the mention of
// type typ ("PER", "ORG") over the words part of its first sentence (the
// last such words when they occur twice).
func partMention(t *testing.T, ex *Extractor, text, part, typ string) (*docState, mention) {
	t.Helper()
	st := &docState{e: ex, text: text}
	st.segment()
	toks := st.tokens[0]
	words := len(strings.Fields(part))
	k := -1
	for i := range toks {
		if i+words <= len(toks) && text[toks[i].Span.Start:toks[i+words-1].Span.End] == part {
			k = i
		}
	}
	if k < 0 {
		t.Fatalf("%q: no %q", text, part)
	}
	m, ok := st.typedPart(0, k, k+words, typ, false)
	if !ok {
		t.Fatalf("%q: no mention of %q", text, part)
	}
	return st, m
}

// checkPart checks the mention a rule made of part of text: got, when
// ok, must be want, "" wants the rule to leave the part as it is, and
// "-" wants it dropped.
func checkPart(t *testing.T, text, part, want string, got mention, ok bool) {
	t.Helper()
	switch {
	case want == "-":
		if !ok || got.t1 != 0 {
			t.Errorf("%q: %q became %q (%v), want it dropped", text, part, got.surface, ok)
		}
	case want == "" && ok:
		t.Errorf("%q: %q became %q", text, part, got.surface)
	case want != "" && (!ok || got.surface != want):
		t.Errorf("%q: %q became %q (%v), want %q", text, part, got.surface, ok, want)
	}
}

func TestCutMonth(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		text, part, typ string
		want            string // "" when the mention stays as it is
	}{
		{"Acme Corp 4Th Qtr Jan 31 Net.", "Qtr Jan", "PER", "-"},
		{"Payable April one.", "Payable April", "ORG", "-"},
		{"Payable April one. The firm Payable said so.", "Payable April", "ORG", "Payable"},
		{"It sold at 2.27 times New York Dec, the firm said.", "New York Dec", "ORG", "New York"},
		{"It traded at London Sept prices.", "London Sept", "ORG", "London"},
		{"Theresa May 2 was the headline.", "Theresa May", "PER", ""},
		{"Rick May said so.", "Rick May", "PER", ""},
		{"The Bank of England said so.", "Bank of England", "ORG", ""},
		{"Easter April 17 falls late.", "Easter April", "ORG", "-"},
	}
	for _, tt := range tests {
		st, m := partMention(t, ex, tt.text, tt.part, tt.typ)
		got, ok := st.cutMonth(m)
		checkPart(t, tt.text, tt.part, tt.want, got, ok)
	}
}

func TestAbbreviates(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"CSBC", "China Shipbuilding Corp", true},
		{"PDVSA", "Petroleos de Venezuela SA", true},
		{"GM", "General Motors Corp", true},
		{"NYSE", "General Motors Corp", false},
		{"SC", "China Shipbuilding Corp", false}, // the whole name, from its first letter
		{"X", "Xerox", false},
	}
	for _, tt := range tests {
		if got := abbreviates(tt.acr, tt.name); got != tt.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}

func TestSyllableAbbreviation(t *testing.T) {
	tests := []struct {
		short string
		words []string
		want  bool
	}{
		{"thaisarco", []string{"Thailand", "Smelting", "and", "Refining", "Co"}, true},
		{"minpeco", []string{"Minero", "Peru", "Comercial"}, true},
		{"nymex", []string{"New", "York", "Mercantile", "Exchange"}, true},
		{"petrobras", []string{"Petroleo", "Brasileiro", "SA"}, true},
		{"asia", []string{"Asia", "Ltd"}, false},               // the first word alone
		{"calgary", []string{"Shell", "Canada", "Ltd"}, false}, // a place, no short name
		{"yorkex", []string{"New", "York", "Exchange"}, false}, // not from the first word
		{"newco", []string{"Newco", "Ltd"}, false},             // one word's beginning only
	}
	for _, tt := range tests {
		if got := syllableAbbreviation(tt.short, tt.words); got != tt.want {
			t.Errorf("syllableAbbreviation(%q, %q) = %v, want %v", tt.short, tt.words, got, tt.want)
		}
	}
}

func TestLegalLetter(t *testing.T) {
	tests := []struct {
		acr  string
		want bool
	}{
		{"SMFG", true}, {"KFC", true}, {"ABH", true}, {"XYL", true}, {"BTI", true},
		{"FG", false}, // too short to leave a word out
		{"SMFX", false},
	}
	for _, tt := range tests {
		if got := legalLetter(tt.acr); got != tt.want {
			t.Errorf("legalLetter(%q) = %v, want %v", tt.acr, got, tt.want)
		}
	}
}

func TestSameSpelledName(t *testing.T) {
	tests := []struct {
		long, canonical string
		want            bool
	}{
		{"African Development Bank", "Asian Development Bank", false},
		{"Interstate Commerce Commission", "International Criminal Court", false},
		{"Organisation of Petroleum Exporting Countries", "OPEC", true},
		{"World Trade Organisation", "World Trade Organization", true},
		{"Bank for International Settlements", "Bank of International Settlements", true},
		{"International Energy Agency", "Institute of Economic Affairs", false},
		{"Housing and Urban Development", "U.S. Department of Housing and Urban Development", true},
		{"Asian Development Bank Group", "Asian Development Bank", false},
		{"Development Bank", "Asian Development Bank", true},
	}
	for _, tt := range tests {
		if got := sameSpelledName(tt.long, tt.canonical); got != tt.want {
			t.Errorf("sameSpelledName(%q, %q) = %v, want %v", tt.long, tt.canonical, got, tt.want)
		}
	}
}

// TestUnknownPlaceSpeaks covers the name the tagger reads as a place and
// the gazetteer does not know: an actor when it speaks as one
// (unknownPlaceSpeaks), a place when the voice is that of people or a body
// in it.
func TestUnknownPlaceSpeaks(t *testing.T) {
	tests := []struct {
		name, text, part string
		place            bool
		kind             Kind
	}{
		{"SubjectOfSaying", "Quellbrook said it would cut prices.", "Quellbrook", false, KindOrg},
		{"AfterComma", "The deal will close in May, Quellbrook said.", "Quellbrook", false, KindOrg},
		{"SpokesmanFor", "A spokesman for Quellbrook, the parent company, said no.", "Quellbrook", false, KindOrg},
		{"SpokesmanForEndOfSentence", "The plant will close, said a spokesman for Quellbrook.", "Quellbrook", false, KindOrg},
		{"TitledPerson", "President Anselm Quellbrook said the cost was high.", "Anselm Quellbrook", false, KindPerson},
		{"TitleBeforeLowerCase", "The Vice-President for Quellbrook Sector said so.", "for Quellbrook Sector", true, KindUnknown},
		{"OfficialsIn", "Health officials in Quellbrook said the wards were full.", "Quellbrook", true, KindUnknown},
		{"PortOf", "Residents of the port of Quellbrook said the clashes began.", "Quellbrook", true, KindUnknown},
		{"SpokesmanForPolice", "A spokesman for Quellbrook police said no one was hurt.", "Quellbrook", true, KindUnknown},
		{"ListAfterComma", "The Minister of Mines, Quellbrook Marches said so.", "Quellbrook Marches", true, KindUnknown},
		{"Hyphenated", "The Herald-Quellbrook said the team had lost.", "Quellbrook", true, KindUnknown},
		{"AfterConjunction", "Shares rose after Quellbrook claimed a record year.", "Quellbrook", false, KindOrg},
		{"NounBefore", "Officials in the state capital Quellbrook told reporters the roads were shut.", "Quellbrook", true, KindUnknown},
		{"AndInLongerName", "First Savings and Quellbrook Marches said it would merge.", "Quellbrook Marches", true, KindUnknown},
		{"EstimatesNoun", "Quellbrook estimates of earnings were too high.", "Quellbrook", true, KindUnknown},
		{"RegionsAsStates", "Prices rose in the Quellbrook states.", "Quellbrook", true, KindUnknown},
		{"NoVoice", "They drove to Quellbrook on Sunday.", "Quellbrook", true, KindUnknown},
		{"ApposedLender", "Quellbrook, Norway's third-biggest lender, is looking for a partner.", "Quellbrook", false, KindOrg},
		{"ApposedAfterPreposition", "The fight went on in Quellbrook, the Emirates news agency, WAM, reported.", "Quellbrook", true, KindUnknown},
	}
	ex := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, m := partMention(t, ex, tt.text, tt.part, "LOC")
			if m.place != tt.place || !m.place && m.kind != tt.kind {
				t.Errorf("%q: %q place %v kind %v, want place %v kind %v", tt.text, tt.part, m.place, m.kind, tt.place, tt.kind)
			}
		})
	}
}

// TestTradedName covers a name the tagger reads as a place after the
// words that only a company takes before it ("a stake in", "the takeover
// of"): an organisation, unless it is a word of a hyphenated compound.
func TestTradedName(t *testing.T) {
	tests := []struct {
		name, text, part string
		place            bool
	}{
		{"StakeIn", "Rosneft bought a 20 pct stake in Quellbrook last year.", "Quellbrook", false},
		{"SharesIn", "Shares in Quellbrook rose 5 pct on Monday.", "Quellbrook", false},
		{"TakeoverOf", "The takeover of Quellbrook was agreed on Friday.", "Quellbrook", false},
		{"HyphenatedCompound", "It bought a stake in Quellbrook-based Tarn Bank last year.", "Quellbrook", true},
		{"ForcedSaleOf", "The loans paid for the forced sale of Quellbrook to a shell company.", "Quellbrook", false},
		{"SaleOfLand", "The loans paid for the sale of Quellbrook farmland.", "Quellbrook", true},
		{"PurchaseOfTownAndState", "It completed the purchase of Quellbrook, Ohio-based Tarn Paints Inc.", "Quellbrook", true},
		{"Travel", "The plant is in Quellbrook, near the coast.", "Quellbrook", true},
	}
	ex := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, m := partMention(t, ex, tt.text, tt.part, "LOC")
			if m.place != tt.place || !m.place && m.kind != KindOrg {
				t.Errorf("%q: %q place %v kind %v, want place %v", tt.text, tt.part, m.place, m.kind, tt.place)
			}
		})
	}
}

func TestCleanName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Acme Corp.", "Acme Corp"},
		{"Intermedics  Infusaid Inc.", "Intermedics Infusaid Inc"},
		{"Carrefour S.A.", "Carrefour S.A."}, // initials keep their stops
		{"Corp.", "Corp."},                   // a legal form alone is no name to shorten
		{"John Smith Jr.", "John Smith Jr."}, // not a legal form
		{"Acme\u2019s Co.", "Acme's Co"},
		{"GENERAL MOTORS CORP", "General Motors Corp"},
		{"N.S.A.", "N.S.A."},
		{"World) Bank", "World Bank"},                                      // "the (World) Bank": the wire's insertion
		{"Ferdinand) Marcos", "Ferdinand Marcos"},                          // "(former President Ferdinand) Marcos"
		{"Nikko Securities (Europe) Ltd", "Nikko Securities (Europe) Ltd"}, // whole brackets stay
	} {
		if got := cleanName(tc.in); got != tc.want {
			t.Errorf("cleanName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOrgWordIn checks which long names before an acronym hold a word that
// ends organisation names, after their first word.
func TestOrgWordIn(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Scandinavian Airlines System", true},
		{"Federal Home Loan Bank Board", true},
		{"Petroleum Revenue Tax", false},
		{"Gross Domestic Product", false},
		{"Authority", false},
	} {
		var toks []text.Token
		for _, w := range strings.Fields(tt.name) {
			toks = append(toks, text.Token{Text: w})
		}
		if got := orgWordIn(toks); got != tt.want {
			t.Errorf("orgWordIn(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
