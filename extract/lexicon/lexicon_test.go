package lexicon

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph/extract/text"
)

func testDefault(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	return l
}

func TestLongest(t *testing.T) {
	l := testDefault(t)
	tests := []struct {
		name     string
		text     string
		wantText string // matched text; "" for no match
		wantName string
		wantKind Kind
		wantVia  Via
	}{
		{"SeatKremlin", "Kremlin officials said", "Kremlin", "Russia", KindState, ViaSeat},
		{"Demonym", "Russian forces", "Russian", "Russia", KindState, ViaDemonym},
		{"DemonymAlone", "Russian officials", "Russian", "Russia", KindState, ViaDemonym},
		{"DemonymPlural", "Americans say", "Americans", "United States", KindState, ViaDemonym},
		{"StateAlias_USA", "USA today", "USA", "United States", KindState, ViaName},
		{"StateAlias_US_Dots", "U.S.-backed forces", "U.S.", "United States", KindState, ViaName},
		{"StateAlias_US", "US officials", "US", "United States", KindState, ViaName},
		{"LowercaseUsNoMatch", "us and them", "", "", 0, ""},
		{"HeadlineCaps", "UKRAINE WAR", "UKRAINE", "Ukraine", KindState, ViaName},
		{"HeadlineCapsUnknownName", "WITKOFF SAYS", "WITKOFF", "Steve Witkoff", KindPerson, ViaName},
		{"ChinaWare", "fine china plates", "", "", 0, ""},
		{"ChadCapsNoMatch", "CHAD SMITH", "", "", 0, ""},
		{"ChadName", "Chad and Sudan", "Chad", "Chad", KindState, ViaName},
		{"ShortMixedNoCaps", "FED UP", "", "", 0, ""},
		{"ShortMixed", "Fed officials said", "Fed", "Federal Reserve", KindOrg, ViaName},
		{"PersonFull", "Vladimir Putin’s aide", "Vladimir Putin", "Vladimir Putin", KindPerson, ViaName},
		{"PersonSurname", "Putin’s aide", "Putin", "Vladimir Putin", KindPerson, ViaName},
		{"PersonVariant", "Zelenskiy said", "Zelenskiy", "Volodymyr Zelensky", KindPerson, ViaName},
		{"Hyphenated", "al-Qaeda fighters", "al-Qaeda", "al-Qaeda", KindOrg, ViaName},
		{"HyphenatedTitleCase", "Al-Qaeda fighters", "Al-Qaeda", "al-Qaeda", KindOrg, ViaName},
		{"Whitespace", "Vladimir \n  Putin", "Vladimir \n  Putin", "Vladimir Putin", KindPerson, ViaName},
		{"CurlyApostrophe", "People’s Liberation Army units", "People’s Liberation Army", "People's Liberation Army", KindOrg, ViaName},
		{"NotPrefixOfWord", "Iranian drones", "Iranian", "Iran", KindState, ViaDemonym},
		{"LongestWins", "European Union leaders", "European Union", "European Union", KindOrg, ViaName},
		{"BrusselsIsEU", "Brussels said", "Brussels", "European Union", KindOrg, ViaSeat},
		{"Diacritics", "Élysée Palace said", "Élysée Palace", "France", KindState, ViaSeat},
		{"KyivKiev", "Kiev said", "Kiev", "Ukraine", KindState, ViaSeat},
		{"Ministry", "State Department spokesperson", "State Department", "State Department", KindOrg, ViaName},
		{"Place", "Crimea was annexed", "Crimea", "Crimea", KindUnknown, ViaName},
		{"UN", "U.N. Security Council members", "U.N. Security Council", "UN Security Council", KindOrg, ViaName},
		{"TrailingDotSplit", "in the U.S", "", "", 0, ""},
		{"MBS", "MBS met", "MBS", "Mohammed bin Salman", KindPerson, ViaName},
		{"Empty", "", "", "", 0, ""},
		{"Punct", "“Hello”", "", "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := text.Tokenize(tt.text)
			n, entries := l.Longest(tt.text, toks)
			if tt.wantText == "" {
				if n != 0 {
					t.Errorf("Longest(%q) = %d tokens %v, want no match", tt.text, n, entries)
				}
				return
			}
			if n == 0 {
				t.Fatalf("Longest(%q) = no match, want %q", tt.text, tt.wantText)
			}
			got := tt.text[toks[0].Span.Start:toks[n-1].Span.End]
			if got != tt.wantText {
				t.Errorf("Longest(%q) matched %q, want %q", tt.text, got, tt.wantText)
			}
			e := entries[0]
			if e.Name != tt.wantName || e.Kind != tt.wantKind || e.Via != tt.wantVia {
				t.Errorf("Longest(%q) first entry = %+v, want %s %v via %s", tt.text, e, tt.wantName, tt.wantKind, tt.wantVia)
			}
		})
	}
}

func TestLongestTokenBoundary(t *testing.T) {
	l := testDefault(t)
	// "U.S" and "." as separate tokens: "U.S." may still match one token.
	sample := "the U.S. Then"
	toks := []text.Token{{Text: "U.S", Span: text.Span{Start: 4, End: 7}}, {Text: ".", Span: text.Span{Start: 7, End: 8}}, {Text: "Then", Span: text.Span{Start: 9, End: 13}}}
	n, entries := l.Longest(sample, toks)
	if n != 2 && n != 1 {
		t.Fatalf("Longest(%q) = %d, want a match", sample, n)
	}
	if entries[0].Name != "United States" {
		t.Errorf("Longest(%q) = %v, want United States", sample, entries[0])
	}
	// A bad span never panics.
	if n, _ := l.Longest("US", []text.Token{{Text: "US", Span: text.Span{Start: 5, End: 7}}}); n != 0 {
		t.Errorf("Longest with out-of-range span = %d, want 0", n)
	}
}

func TestLookup(t *testing.T) {
	l := testDefault(t)
	tests := []struct {
		phrase string
		want   []string // names of the entries, in order
	}{
		{"Kremlin", []string{"Russia"}},
		{"kremlin", nil},
		{"Moscow", []string{"Russia", "Moscow"}},
		{"Brussels", []string{"European Union", "Belgium", "Brussels"}},
		{"Georgia", []string{"Georgia", "Georgia (U.S. state)"}},
		{"Washington", []string{"United States", "Washington", "Washington State"}},
		{"Abu Dhabi", []string{"United Arab Emirates", "Abu Dhabi"}},
		{"The  Hague", []string{"The Hague"}},
		{"Europeans", []string{"Europe"}},
		{"Hamas", []string{"Hamas"}},
		{"HAMAS", []string{"Hamas"}},
		{"Reuters", []string{"Reuters"}},
		{"Sergey Lavrov", []string{"Sergei Lavrov"}},
		{"nowhere-land", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range l.Lookup(tt.phrase) {
			got = append(got, e.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Lookup(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

func TestLookupFold(t *testing.T) {
	l := testDefault(t)
	tests := []struct {
		phrase string
		want   string
	}{
		{"witkoff", "Steve Witkoff"},
		{"KREMLIN", "Russia"},
		{"us", "United States"},
		{"zelenskiy", "Volodymyr Zelensky"},
		{"nowhere", ""},
	}
	for _, tt := range tests {
		got := ""
		if es := l.LookupFold(tt.phrase); len(es) > 0 {
			got = es[0].Name
		}
		if got != tt.want {
			t.Errorf("LookupFold(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

func TestEntryDetails(t *testing.T) {
	l := testDefault(t)
	e, ok := l.Org("CIA")
	if !ok || e.Affiliation != "United States" || e.Category != "agency" {
		t.Errorf("Org(CIA) = %+v, %v, want agency of United States", e, ok)
	}
	p, ok := l.Person("Witkoff")
	if !ok || p.Name != "Steve Witkoff" || p.Affiliation != "United States" {
		t.Errorf("Person(Witkoff) = %+v, %v, want Steve Witkoff of United States", p, ok)
	}
	p, ok = l.Person("Zelenskyi")
	if !ok || p.Name != "Volodymyr Zelensky" {
		t.Errorf("Person(Zelenskyi) = %+v, %v, want Volodymyr Zelensky by NameKey", p, ok)
	}
	s, ok := l.State("Russia")
	if !ok || s.Kind != KindState || s.Category != "member" {
		t.Errorf("State(Russia) = %+v, %v", s, ok)
	}
	amb := l.Lookup("US")
	if len(amb) == 0 || !amb[0].Ambiguous {
		t.Errorf("Lookup(US) = %+v, want an ambiguous entry", amb)
	}
	if !l.IsGivenName("Steve") || !l.IsGivenName("sergei") || l.IsGivenName("Kremlin") {
		t.Errorf("IsGivenName: Steve %v, sergei %v, Kremlin %v; want true, true, false",
			l.IsGivenName("Steve"), l.IsGivenName("sergei"), l.IsGivenName("Kremlin"))
	}
}

// TestHeadsOfGovernment checks rows of the block of heads of state and
// government 2000-2026: a distinctive surname is an alias, one that two
// people share ("Kirchner") is an alias of neither.
func TestHeadsOfGovernment(t *testing.T) {
	l := testDefault(t)
	tests := []struct{ form, name, affiliation string }{
		{"Koizumi", "Junichiro Koizumi", "Japan"},
		{"Musharraf", "Pervez Musharraf", "Pakistan"},
		{"Iyad Allawi", "Ayad Allawi", "Iraq"},
		{"John Howard", "John Howard", "Australia"},
		{"Nestor Kirchner", "Néstor Kirchner", "Argentina"},
	}
	for _, tt := range tests {
		if p, ok := l.Person(tt.form); !ok || p.Name != tt.name || p.Affiliation != tt.affiliation {
			t.Errorf("Person(%q) = %+v, %v, want %s of %s", tt.form, p, ok, tt.name, tt.affiliation)
		}
	}
	for _, form := range []string{"Kirchner", "Howard"} {
		if p, ok := l.Person(form); ok {
			t.Errorf("Person(%q) = %+v, want none: the surname is no alias", form, p)
		}
	}
}

func TestStateCount(t *testing.T) {
	l := testDefault(t)
	members := 0
	for _, n := range l.States() {
		if e, _ := l.State(n); e.Category == "member" {
			members++
		}
	}
	if got := len(l.States()); got < 195 {
		t.Errorf("len(States()) = %d, want >= 195", got)
	}
	if members != 193 {
		t.Errorf("UN members = %d, want 193", members)
	}
}

func TestTitleAt(t *testing.T) {
	l := testDefault(t)
	tests := []struct {
		text     string
		wantN    int
		wantCat  string
		wantText string
		wantRole string
	}{
		{"special envoy Steve Witkoff", 2, "diplomat", "special envoy", ""},
		{"Special Envoy Steve Witkoff", 2, "diplomat", "special envoy", ""},
		{"Foreign Minister Sergei Lavrov", 2, "minister", "foreign minister", ""},
		{"deputy foreign minister Ryabkov", 3, "minister", "deputy foreign minister", ""},
		{"Foreign Secretary David Lammy", 2, "minister", "foreign secretary", "foreign minister"},
		{"Defense Secretary Pete Hegseth", 2, "minister", "defense secretary", "defence minister"},
		{"Mr. Putin", 1, "honorific", "Mr.", ""},
		{"mr. Putin", 0, "", "", ""},
		{"President Trump", 1, "head of state", "president", ""},
		{"Putin", 0, "", "", ""},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text)
		n, ti, ok := l.TitleAt(tt.text, toks)
		if n != tt.wantN || ok != (tt.wantN > 0) || ti.Category != tt.wantCat || ti.Phrase != tt.wantText || ti.Role != tt.wantRole {
			t.Errorf("TitleAt(%q) = %d, %+v, %v; want %d, %q %q %q", tt.text, n, ti, ok, tt.wantN, tt.wantText, tt.wantCat, tt.wantRole)
		}
	}
}

func TestTitleNames(t *testing.T) {
	tests := []struct {
		title        Title
		role, phrase string
		want         bool
	}{
		{Title{Phrase: "foreign secretary", Category: "minister", Role: "foreign minister"}, "foreign minister", "foreign secretary", true},
		{Title{Phrase: "foreign minister", Category: "minister"}, "foreign minister", "foreign minister", true},
		{Title{Phrase: "minister", Category: "minister"}, "minister", "minister", true},
		{Title{Phrase: "foreign secretary", Category: "minister", Role: "foreign minister"}, "defence minister", "foreign secretary", false},
		{Title{Phrase: "home secretary", Category: "minister"}, "foreign minister", "home secretary", false},
	}
	for _, tt := range tests {
		if got := tt.title.Names(tt.role, tt.phrase); got != tt.want {
			t.Errorf("%+v.Names(%q, %q) = %v, want %v", tt.title, tt.role, tt.phrase, got, tt.want)
		}
	}
}

func TestNameKey(t *testing.T) {
	same := [][2]string{
		{"Zelensky", "Zelenskiy"},
		{"Zelensky", "Zelenskyy"},
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy"},
		{"Sergey Lavrov", "Sergei Lavrov"},
		{"Alexei Navalny", "Aleksey Navalny"},
		{"Dmitry Peskov", "Dmitri Peskov"},
		{"Yevgeny Prigozhin", "Evgeny Prigozhin"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Yuri Ushakov", "Yury Ushakov"},
		{"Mohammed Morsi", "Mohamed Morsi"},
		{"George H. W. Bush", "George H.W. Bush"},
		{"J.D. Vance", "JD Vance"},
		{"Kim Jong Un", "Kim Jong-un"},
	}
	for _, p := range same {
		if a, b := NameKey(p[0]), NameKey(p[1]); a != b {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q, want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{
		{"Joe Biden", "Hunter Biden"},
		{"George W. Bush", "George H. W. Bush"},
		{"Bill Clinton", "Hillary Clinton"},
		{"Lavrov", "Peskov"},
	}
	for _, p := range differ {
		if a, b := NameKey(p[0]), NameKey(p[1]); a == b {
			t.Errorf("NameKey(%q) = NameKey(%q) = %q, want different", p[0], p[1], a)
		}
	}
	l := testDefault(t)
	if a, b := l.NameKey("MBS"), l.NameKey("Mohammad bin Salman"); a != b {
		t.Errorf("Lexicon.NameKey(MBS) = %q, Lexicon.NameKey(Mohammad bin Salman) = %q, want equal", a, b)
	}
	if a, b := l.NameKey("Joe Biden"), l.NameKey("Hunter Biden"); a == b {
		t.Errorf("Lexicon.NameKey: Joe and Hunter Biden share %q", a)
	}
}

func TestLoadLexiconMapFS(t *testing.T) {
	fsys := fstest.MapFS{
		"states.tsv": {Data: []byte("# test\nRussia\tmember\tRussian Federation\tRussian|Russians\tMoscow\tKremlin\n!Chad\tmember\t-\tChadian\tN'Djamena\t-\n")},
		"orgs.tsv":   {Data: []byte("TASS\tmedia\tRussia\tTass\t-\t-\n")},
		"people.tsv": {Data: []byte("Vladimir Putin\tRussia\thead of state\tPutin\n")},
		"titles.tsv": {Data: []byte("diplomat\tspecial envoy|envoy\n")},
	}
	l, err := Load(fsys)
	if err != nil {
		t.Fatalf("Load() error: %v", err)
	}
	if got := l.Lookup("Kremlin"); len(got) != 1 || got[0].Name != "Russia" {
		t.Errorf("Lookup(Kremlin) = %v, want Russia", got)
	}
	if p, ok := l.Person("Putin"); !ok || p.Affiliation != "Russia" {
		t.Errorf("Person(Putin) = %v, %v", p, ok)
	}
	if l.Lookup("CHAD") != nil {
		t.Errorf("Lookup(CHAD) matched an ambiguous phrase in capitals")
	}
}

func TestLoadLexiconErrors(t *testing.T) {
	tests := []struct {
		name     string
		fsys     fstest.MapFS
		wantFile string
		wantLine int
		wantMsg  string
		wantCol  int
	}{
		{"FieldCount", fstest.MapFS{"states.tsv": {Data: []byte("# c\n\nRussia\tmember\tx\n")}}, "states.tsv", 3, "want 6", 0},
		{"EmptyField", fstest.MapFS{"states.tsv": {Data: []byte("Russia\tmember\t\t-\t-\t-\n")}}, "states.tsv", 1, "empty", 15},
		{"UnknownAffiliation", fstest.MapFS{"people.tsv": {Data: []byte("# x\nJohn Doe\tAtlantis\tking\t-\n")}}, "people.tsv", 2, "unknown affiliation", 0},
		{"BadPhrase", fstest.MapFS{"places.tsv": {Data: []byte("Gaza\tterritory\t-\t-\n-Bad\tcity\t-\t-\n")}}, "places.tsv", 2, "must start", 0},
		{"InvalidUTF8", fstest.MapFS{"titles.tsv": {Data: []byte("honorific\tMr.\nx\t\xff\n")}}, "titles.tsv", 2, "UTF-8", 0},
		{"DuplicatePerson", fstest.MapFS{"people.tsv": {Data: []byte("A B\t-\tx\t-\nA B\t-\tx\t-\n")}}, "people.tsv", 2, "twice", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.fsys)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Load() error = %v, want *ParseError", err)
			}
			if tt.wantCol > 0 && pe.Column != tt.wantCol {
				t.Errorf("Load() error column = %d, want %d", pe.Column, tt.wantCol)
			}
			if pe.Source != tt.wantFile || pe.Line != tt.wantLine || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("Load() error = %q (%s:%d), want %s:%d containing %q", err, pe.Source, pe.Line, tt.wantFile, tt.wantLine, tt.wantMsg)
			}
		})
	}
	if _, err := Load(fstest.MapFS{}); err == nil {
		t.Errorf("Load(empty) error = nil, want an error")
	}
}

func TestLongestNoAllocs(t *testing.T) {
	l := testDefault(t)
	sample := "the talks in Geneva ended on Tuesday"
	toks := text.Tokenize(sample)
	allocs := testing.AllocsPerRun(100, func() {
		for i := range toks {
			l.Longest(sample, toks[i:])
		}
	})
	if allocs != 0 {
		t.Errorf("Longest allocated %.1f times per run, want 0", allocs)
	}
}

func BenchmarkLongest(b *testing.B) {
	l := testDefault(b)
	sample := strings.Repeat("President Vladimir Putin is expected to meet with Steve Witkoff, the U.S. special envoy, "+
		"in Moscow on Thursday, the Kremlin said, as Ukrainian and European officials were left out of the talks "+
		"about the war and the sanctions that Washington imposed on Russian oil companies. ", 20)
	toks := text.Tokenize(sample)
	b.SetBytes(int64(len(sample)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range toks {
			l.Longest(sample, toks[i:])
		}
	}
}

func BenchmarkDefaultLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzLongest(f *testing.F) {
	f.Add("President Vladimir Putin’s aide said the U.S.-backed plan")
	f.Add("AL-QAEDA and al Qaeda in the Islamic Maghreb")
	f.Add("Côte d'Ivoire \xff\xfe U.S")
	l := testDefault(f)
	f.Fuzz(func(t *testing.T, sample string) {
		toks := text.Tokenize(sample)
		for i := range toks {
			n, entries := l.Longest(sample, toks[i:])
			if n < 0 || n > len(toks)-i || (n > 0) != (len(entries) > 0) {
				t.Fatalf("Longest(%q) at %d = %d, %v", sample, i, n, entries)
			}
			if m, _, ok := l.TitleAt(sample, toks[i:]); m < 0 || m > len(toks)-i || ok != (m > 0) {
				t.Fatalf("TitleAt(%q) at %d = %d, %v", sample, i, m, ok)
			}
		}
		NameKey(sample)
		l.Lookup(sample)
		l.Person(sample)
	})
}

func TestIsCommonInitialism(t *testing.T) {
	l := testDefault(t)
	tests := []struct {
		word string
		want bool
	}{
		{"PC", true},
		{"PCs", true},
		{"pc", true},
		{"GDP", true},
		{"AGM", true},
		{"TBS", false}, // Turner Broadcasting: a capital S is no plural
		{"AI", false},  // also Amnesty International
		{"GM", false},  // also General Motors
		{"BBC", false},
		{"s", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := l.IsCommonInitialism(tt.word); got != tt.want {
			t.Errorf("IsCommonInitialism(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestIsFamilyFirst(t *testing.T) {
	l := testDefault(t)
	tests := []struct {
		word string
		want bool
	}{
		{"Wang", true},
		{"wang", true},
		{"Park", true},
		{"Zhou", true},
		{"Smith", false},
		{"Nguyen", false}, // Vietnamese names are named by their last word
		{"Tan", true},     // Hokkien, Cantonese and Wade-Giles forms
		{"Leung", true},
		{"Low", false}, // a common English word, left out
		{"Kremlin", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := l.IsFamilyFirst(tt.word); got != tt.want {
			t.Errorf("IsFamilyFirst(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestBodies checks that Bodies lists the organisations of one category
// acting for one state, sorted, and nothing for an unknown pair.
func TestBodies(t *testing.T) {
	l := testDefault(t)
	tests := []struct {
		affiliation, category string
		want                  []string // names that must be listed, in this order
		not                   []string
	}{
		{"United States", "legislature", []string{"U.S. Congress", "U.S. House of Representatives", "U.S. Senate"}, []string{"House of Commons"}},
		{"United Kingdom", "legislature", []string{"House of Commons"}, []string{"U.S. Senate"}},
		{"Atlantis", "legislature", nil, nil},
	}
	for _, tt := range tests {
		var names []string
		for _, e := range l.Bodies(tt.affiliation, tt.category) {
			if e.Affiliation != tt.affiliation || e.Category != tt.category {
				t.Errorf("Bodies(%q, %q) lists %+v", tt.affiliation, tt.category, e)
			}
			names = append(names, e.Name)
		}
		if !slices.IsSorted(names) {
			t.Errorf("Bodies(%q, %q) = %q, not sorted", tt.affiliation, tt.category, names)
		}
		last := -1
		for _, w := range tt.want {
			i := slices.Index(names, w)
			if i < 0 || i < last {
				t.Errorf("Bodies(%q, %q) = %q, want %q in order", tt.affiliation, tt.category, names, tt.want)
				break
			}
			last = i
		}
		for _, w := range tt.not {
			if slices.Contains(names, w) {
				t.Errorf("Bodies(%q, %q) lists %q", tt.affiliation, tt.category, w)
			}
		}
		if tt.want == nil && len(names) > 0 {
			t.Errorf("Bodies(%q, %q) = %q, want none", tt.affiliation, tt.category, names)
		}
	}
}
