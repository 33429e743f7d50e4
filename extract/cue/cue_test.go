package cue

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/text"
)

// voteOf returns the votes of the name between "[" and "]" in s, after
// tokenizing s without the brackets.
func voteOf(t *testing.T, tab *Table, s string) Votes {
	t.Helper()
	toks, t0, t1 := bracketed(t, s)
	return tab.Vote(toks, t0, t1)
}

// bracketed tokenizes s without the brackets and returns the tokens and
// the token range of the name between "[" and "]".
func bracketed(t *testing.T, s string) ([]text.Token, int, int) {
	t.Helper()
	i, j := strings.Index(s, "["), strings.Index(s, "]")
	if i < 0 || j < i {
		t.Fatalf("no [name] in %q", s)
	}
	plain := s[:i] + s[i+1:j] + s[j+1:]
	toks := text.Tokenize(plain)
	t0, t1 := -1, -1
	for k, tk := range toks {
		if tk.Span.Start == i {
			t0 = k
		}
		if tk.Span.End == j-1 {
			t1 = k + 1
		}
	}
	if t0 < 0 || t1 <= t0 {
		t.Fatalf("the name of %q is not a token range", s)
	}
	return toks, t0, t1
}

func TestVote(t *testing.T) {
	tab := Default()
	tests := []struct {
		in   string
		want Votes
	}{
		{"[Chelsea] manager Jose Mourinho was pleased.", Votes{Org: 1}},
		// The head before "of" of an organisation's name, not a city's,
		// nor where the last word marks a thing.
		{"The [Bank of Tanzania] raised rates.", Votes{Org: 1}},
		{"The [Times of Zambia] was founded in 1943.", Votes{Org: 1}},
		{"Banks in the [City of London] lent more.", Votes{}},
		{"The [Catherine of Aragon] exhibition opened.", Votes{}},
		{"[Halcyon] is a truly great pop song.", Votes{Work: 1}},
		{"But [Orrin Mini] is a computer, nothing more.", Votes{Product: 1}},
		{"[Dalvex] was one of the biggest firms in the region.", Votes{Org: 1}},
		{"[Dalvex] is not a company at all.", Votes{}},
		{"[Dalvex] is a partner of the group.", Votes{}},
		// A role without an article is one person's.
		{"[Carl Vosk] is technology correspondent for the station.", Votes{Person: 1}},
		{"[Carl Vosk] was chairman of the bank until 1990.", Votes{Person: 1}},
		{"[Dalvex] is market leader in Europe.", Votes{}},
		{"[Dalvex] is technology heavy.", Votes{}},
		{"Yesterday [Halvard Dairy] opened.", Votes{Org: 1}},
		{"He wrote in [Morgen Zeitung] last week.", Votes{Org: 1}},
		{"Shares in [Vodafone] fell.", Votes{Org: 1}},
		// What is bought, sold or wound up is a business; what is
		// owned may be a plant or a product ("owners of" marks products).
		{"It completed the acquisition of [Corvell] last year.", Votes{Org: 1}},
		{"The purchase of [Marden Savings] was delayed.", Votes{Org: 1}},
		{"Creditors sought the liquidation of [Halvex].", Votes{Org: 1}},
		{"The owners of [Marden Point] sued the builder.", Votes{Product: 1}},
		{"[Blair] said he would stand.", Votes{Person: 1, Agent: 1}},
		// An apposition naming a person's post: not a body's ("Citibank,
		// the head of the committee").
		{"[Tan Soo Nan], director of the Development Bank, said so.", Votes{Person: 1}},
		{"[Kwek Leng Beng], chairman of City Developments, spoke first.", Votes{Person: 1}},
		{"He met [Citibank], the head of the advisory committee.", Votes{}},
		{"The firm said [Nintendo] said it was happy.", Votes{Agent: 1, NonPerson: 1}},
		{"He starred in the film [Sideways] last year.", Votes{Work: 1}},
		{"The [Velmar Agenda] set out to raise employment.", Votes{Work: 1}},
		// A noun of the copula table that heads an apposition.
		{"[Halvard], the country's biggest mortgage lender, said prices rose.", Votes{Org: 1}},
		{"[Corvell Foresman], a textbook publisher, rose.", Votes{Org: 1}},
		{"[Halvard], Norway's third-biggest lender, said prices rose.", Votes{Org: 1}},
		{"[Halvard], Norway's Anders, said prices rose.", Votes{}},
		{"[Tam Anders], an economist with Halvard Bank, said so.", Votes{}},
		{"[Tam Anders], the company's product manager, said so.", Votes{}},
		{"She won a Bafta nomination for [Harrow Lane] on Sunday.", Votes{Work: 1}},
		{"The Oscar for [Harrow Lane] went to its producer.", Votes{Work: 1}},
		{"[Harrow Lane], starring Tom Hale, opens in May.", Votes{Work: 1}},
		{"He bought a [PC] and a printer.", Votes{Product: 1}},
		// A person's possessive before a name that ends its phrase: a
		// thing one owns; not when a noun goes on, nor after "its".
		{"He left his [Zedpad] in the car.", Votes{Product: 1}},
		{"Fans queued to sell their [Zedpad].", Votes{Product: 1}},
		{"He thanked his [Labour] colleagues.", Votes{}},
		{"The group sold its [Gravelpoint] to a rival.", Votes{}},
		{"A [BBC] spokesman said so.", Votes{Org: 1, Agent: 1}},
		// The first word of a name that names a kind of organisation in
		// another language.
		{"The loan was led by [Societe Generale] on Monday.", Votes{Org: 1}},
		{"The loan was led by [Banco] on Monday.", Votes{}},
		// A share price's move in a market report.
		{"Among leaders, [Gravelpoint Myer] rose 20 cents to 7.00.", Votes{Org: 1}},
		// A commentator's employer and a news agency before the noun.
		{"Prices fell, said [Gravelpoint Bache] analyst Tom Hale.", Votes{Org: 1}},
		{"He was quoted by the official [ZAP] news agency as saying so.", Votes{Org: 1, Source: 1}},
		{"Sales rose during [Christmas] as expected.", Votes{Event: 1}},
		{"Ministers reaffirmed the [Louvre] accord on Sunday.", Votes{Work: 1}},
		{"Farmers attacked the [Common Agricultural Policy] again.", Votes{Work: 1}},
		{"Farmers met the [National Commission on Dairy Policy] again.", Votes{}},
		{"Traders watched the [Securities Exchange of Thailand Index] again.", Votes{Measure: 1}},
		{"The [Marrakesh] pact was signed.", Votes{Work: 1}},
		{"It breaches the [European Convention on Human Rights] too.", Votes{Work: 1}},
		{"Wheat sold under the [Export Enhancement Program] rose.", Votes{Work: 1}},
		{"The [Bank of England] raised rates.", Votes{Org: 1}}, // the head before "of": the "Bank"
		{"Loans priced at the [London Interbank] offered rate rose.", Votes{Measure: 1}},
		{"The notes pay [Libor] plus 0.25 pct.", Votes{Measure: 1}},
		{"He was held in [Kor Dal] prison for a year.", Votes{Site: 1}},
		{"Jets left the [Tamer Wadi] air base at dawn.", Votes{Site: 1}},
		{"Flights to [Roberto Alves International Airport] stopped.", Votes{Site: 1}},
		{"[Vostrana Holdings]'s airport will close.", Votes{Org: 1}},
		{"The margin falls to 7/8 pct over [Sibor] from one pct.", Votes{Measure: 1}},
		{"The bonds yield 55 basis points over [Treasuries] now.", Votes{Measure: 1}},
		{"The notes priced at a spread over [Libid] of 0.1 pct.", Votes{Measure: 1}},
		{"The Tories are five points over [Labour] in the poll.", Votes{}},
		{"The [Oscar]-winning actor arrived.", Votes{Event: 1}},
		{"Prices fell, [Reuters] reported.", Votes{Source: 1}},
		{"He told [Reuters] on Monday.", Votes{Cited: 1}},
		{"Striker [Thierry Henry] scored.", Votes{Person: 1}},
		{"Later [Thierry Henry] scored.", Votes{}},
		{"The striker [Thierry Henry], 27, scored.", Votes{Person: 1}},
		{"[Ohio Mattress Co] expects a loss.", Votes{Org: 1, Agent: 1}},
		{"[Reuter]", Votes{Source: 1}},
		{"Fans queued for the racing game [Skyrace] at midnight.", Votes{Work: 1}},
		{"Hits such as [Skyrace] sold well.", Votes{}},
		{"Hit games like [Skyrace] sold well.", Votes{Work: 1}},
		{"[Skyrace] was released in May.", Votes{Work: 1}},
		{"The firm will launch the [Zedpad] in March.", Votes{Product: 1}},
		{"The [Zedpad] went on sale on Friday.", Votes{Product: 1}},
		{"Owners of the [Zedpad] complained.", Votes{Product: 1}},
		{"DJ [Norman Pike] played records.", Votes{Person: 1}},
		// Laws and treaties by their last word, in names of two words or more.
		{"MPs debated the [Harbour Safety Bill] on Monday.", Votes{Work: 1}},
		{"The [Lisbon Accord] came into force.", Votes{Work: 1}},
		{"[Bill] arrived late.", Votes{}},
		// A name in the plural is a group or a firm, not one person.
		{"[Pelham Sisters] played two new songs.", Votes{Org: 1}},
		// A name that is the subject of a plural verb is many: a band, a
		// team, a body; not in a list or after a preposition.
		{"[Pelham Mott] have won two awards.", Votes{NonPerson: 1}},
		{"Nevertheless, [Pelham Mott] were the only band to win.", Votes{NonPerson: 1}},
		{"Last year [Pelham Mott], who were shortlisted, won.", Votes{}},
		{"In May, [Pelham Mott], who were shortlisted, won.", Votes{NonPerson: 1}},
		{"In May, [Pelham Mott], who was shortlisted, won.", Votes{Person: 1}},
		{"Ann Lee and [Pelham Mott] were both nominated.", Votes{}},
		{"Fans of [Pelham Mott] were angry.", Votes{}},
		{"Forecasts for [Gross National Product] were cut.", Votes{Measure: 1}},
		{"The [Prime Rate] rose.", Votes{Measure: 1}},
		{"The [Act] was passed.", Votes{}},
		// A possessive or reflexive pronoun that refers back to the
		// subject; none once another noun or name could take it.
		{"[Gravelpoint] raised its forecast for the year.", Votes{NonPerson: 1}},
		{"Last year, [Ottoline Marsh] sold her new house.", Votes{Person: 1}},
		{"Last year [Ottoline Marsh] sold her new house.", Votes{}},
		{"[Ottoline Marsh] has signed her.", Votes{}},
		{"[Ottoline Marsh] had asked her to stay.", Votes{}},
		{"[Dunmore Farrow] scored his third goal.", Votes{Person: 1}},
		{"[Dunmore Farrow] hurt himself badly.", Votes{Person: 1}},
		{"[Dunmore Farrow] said the club would keep its coach.", Votes{Agent: 1}},
		{"[Dunmore Farrow] told Gravelpoint to cut its prices.", Votes{Agent: 1}},
		{"The coach led [Gravelpoint] to his first title.", Votes{}},
		{"[Gravelpoint], whose shares rose, kept its chief.", Votes{}},
		{"[Gravelpoint] expects trading in its shares to resume later this year.", Votes{NonPerson: 1, Agent: 1}},
		{"[Gravelpoint] expects trading to resume later in the year, with its shares.", Votes{Agent: 1}},
	}
	for _, tt := range tests {
		if got := voteOf(t, tab, tt.in); got != tt.want {
			t.Errorf("%q: votes %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestVotesAdd(t *testing.T) {
	a := Votes{Person: 1, Org: 2, NonPerson: 3, Agent: 4, Work: 5, Product: 6, Event: 7, Group: 8, Source: 9, Cited: 10, Initial: 11, Measure: 12}
	var s Votes
	s.Add(a)
	s.Add(a)
	want := Votes{Person: 2, Org: 4, NonPerson: 6, Agent: 8, Work: 10, Product: 12, Event: 14, Group: 16, Source: 18, Cited: 20, Initial: 22, Measure: 24}
	if s != want {
		t.Errorf("Add twice = %+v, want %+v", s, want)
	}
	if a.Thing() != 5+6+7+8+12 || a.Acting() != 4+1+2+9 {
		t.Errorf("Thing, Acting = %d, %d; want %d, %d", a.Thing(), a.Acting(), 5+6+7+8+12, 4+1+2+9)
	}
	if (Votes{}).IsZero() != true || a.IsZero() {
		t.Error("IsZero wrong")
	}
	var m Votes
	m.Mark(ClassEvent)
	m.Mark(ClassEvent)
	m.Mark("nonsense")
	if m != (Votes{Event: 1}) {
		t.Errorf("Mark = %+v, want one event vote", m)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"columns", "person\tafter\n", "3 tab-separated columns"},
		{"class", "villain\tafter\tx\n", "unknown class"},
		{"position", "person\tbeside\tx\n", "unknown position"},
		{"empty phrase", "person\tafter\tx||y\n", "empty phrase"},
		{"last word", "org\tlast\ttwo words\n", "one word"},
		{"pronoun", "person\trefer\this own\n", "one word"},
	}
	for _, tt := range tests {
		_, err := Parse("# comment\n\n" + tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "line 3") {
			t.Errorf("%s: err = %v, want %q on line 3", tt.name, err, tt.want)
		}
	}
}

func TestPersonRoleAgentWordLegalForm(t *testing.T) {
	tab := Default()
	for w, want := range map[string]bool{"Striker": true, "Sprinters": true, "actress": true, "Mr": false, "Chelsea": false} {
		if got := tab.PersonRole(w); got != want {
			t.Errorf("PersonRole(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Said": true, "told": true, "Says": true, "Sonia": false, "spokesman": true, "shares": false} {
		if got := tab.AgentWord(w); got != want {
			t.Errorf("AgentWord(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Co": true, "Inc.": true, "LTD": true, "Corp": true, "LP": true, "L.P.": true, "Company": false, "Bank": false} {
		if got := tab.LegalForm(w); got != want {
			t.Errorf("LegalForm(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]string{"Co": "us", "Inc.": "us", "LP": "us", "L.P.": "us", "Plc": "uk", "AG": "de", "Bank": ""} {
		if got := tab.LegalFamily(w); got != want {
			t.Errorf("LegalFamily(%q) = %q, want %q", w, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(cuesTSV)
	f.Add("person\tafter\tsaid he|, <num> ,\norg\tlegal\tco\n")
	f.Add("product\tindefinite\ta\nproduct\tfunction\tand or\n")
	f.Fuzz(func(t *testing.T, src string) {
		tab, err := Parse(src)
		if err != nil {
			return
		}
		toks := text.Tokenize("A said he told the Chelsea club, 34, and it reported.")
		for i := range toks {
			for j := i + 1; j <= len(toks) && j <= i+3; j++ {
				tab.Vote(toks, i, j)
			}
		}
	})
}

func BenchmarkVote(b *testing.B) {
	tab := Default()
	toks := text.Tokenize("Shares in Vodafone fell after the mobile operator said it would cut 500 jobs, a spokesman told Reuters.")
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			tab.Vote(toks, i, i+1)
		}
	}
}

// TestKindBefore checks the kind of an organisation written in apposition
// right before a name: one word or a phrase, in lower case only.
func TestKindBefore(t *testing.T) {
	tab := Default()
	tests := []struct {
		name, s string
		want    bool
	}{
		{"broker", "Ms Vell, analyst at brokers [Kellway], said so.", true},
		{"fund", "The creditors include property investment fund [Molvane].", true},
		{"analyst at", "Anna Pell, an analyst at [OstriBank], said sales would fall.", true},
		{"capitalised noun", "The Fund [Molvane] bought shares.", false},
		{"person noun", "The striker [Dallow] scored twice.", false},
		{"what only a company has", "Shares in [Molvane] fell.", true},
		{"takeover", "The takeover of [Molvane] was agreed.", true},
		{"no noun", "Prices fell in [Molvane] on Friday.", false},
		{"sale of a thing", "The sale of [Molvane] began.", false},
		{"sentence start", "[Molvane] fell.", false},
		{"hyphenated kind", "The think-tank [Molvane] said so.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, t0, _ := bracketed(t, tt.s)
			c, _, ok := tab.KindBefore(toks, t0)
			if got := ok && c == ClassOrg; got != tt.want {
				t.Errorf("KindBefore = %q, %v; want org %v", c, ok, tt.want)
			}
		})
	}
}
