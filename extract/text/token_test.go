package text

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// tokenTexts returns the texts of toks.
func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// checkSpans reports the first broken span invariant of toks over text,
// or "".
func checkSpans(text string, toks []Token) string {
	prev := 0
	for i, t := range toks {
		s := t.Span
		switch {
		case s.Start < 0 || s.Start >= s.End || s.End > len(text):
			return "token " + itoa(i) + " span out of range"
		case s.Start < prev:
			return "token " + itoa(i) + " overlaps or is out of order"
		case text[s.Start:s.End] != t.Text:
			return "token " + itoa(i) + " text differs from text[span]"
		}
		prev = s.End
	}
	return ""
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"Empty", "", []string{}},
		{"Spaces", " \t\n ", []string{}},
		{"Words", "Putin met Trump", []string{"Putin", "met", "Trump"}},
		{"FinalPeriod", "Putin said no.", []string{"Putin", "said", "no", "."}},
		{"StateAbbrevAfterComma", "It rained in Eugene, Ore. Then", []string{"It", "rained", "in", "Eugene", ",", "Ore.", "Then"}},
		{"StateWordEndsSentence", "Ask Hilda Penn. Then", []string{"Ask", "Hilda", "Penn", ".", "Then"}},
		{"StateWordAtParagraphEnd", "said chairman Otto Wash.\n\nNext", []string{"said", "chairman", "Otto", "Wash", ".", "Next"}},
		{"HyphenLetterEndsSentence", "He hired Kid-K. Fans came", []string{"He", "hired", "Kid", "-", "K", ".", "Fans", "came"}},
		{"AmpersandLetterEndsSentence", "He sold to B&Q. Then", []string{"He", "sold", "to", "B", "&", "Q", ".", "Then"}},
		{"Comma", "Kyiv, Moscow and Washington", []string{"Kyiv", ",", "Moscow", "and", "Washington"}},
		{"Possessive_Curly", "Putin’s aide", []string{"Putin", "’s", "aide"}},
		{"Possessive_Straight", "Putin's aide", []string{"Putin", "'s", "aide"}},
		{"Possessive_AllCaps", "WITKOFF'S MOSCOW", []string{"WITKOFF", "'S", "MOSCOW"}},
		{"Possessive_PluralCurly", "the allies’ plan", []string{"the", "allies", "’", "plan"}},
		{"Possessive_PluralStraight", "the allies' plan", []string{"the", "allies", "'", "plan"}},
		{"Possessive_Acronym", "the U.S.'s plan", []string{"the", "U.S.", "'s", "plan"}},
		{"Possessive_PreTokenized", "Putin 's aide", []string{"Putin", "'s", "aide"}},
		{"Contraction_ItsCurly", "it’s premature", []string{"it", "’s", "premature"}},
		{"Contraction_Dont", "we don't know", []string{"we", "do", "n't", "know"}},
		{"Contraction_CantCurly", "they can’t", []string{"they", "ca", "n’t"}},
		{"Contraction_Were", "we're ready", []string{"we", "'re", "ready"}},
		{"Contraction_Ill", "I'll go", []string{"I", "'ll", "go"}},
		{"Apostrophe_Name", "Conan O'Brien and Côte d’Ivoire", []string{"Conan", "O'Brien", "and", "Côte", "d’Ivoire"}},
		{"Hyphen_Names", "a Trump-Putin call", []string{"a", "Trump", "-", "Putin", "call"}},
		{"Hyphen_Countries", "the Russia-Ukraine war", []string{"the", "Russia", "-", "Ukraine", "war"}},
		{"Hyphen_USBacked", "a U.S.-backed plan", []string{"a", "U.S.", "-", "backed", "plan"}},
		{"Hyphen_Pro", "pro-Ukrainian maps", []string{"pro", "-", "Ukrainian", "maps"}},
		{"Hyphen_Number", "a 28-point plan", []string{"a", "28", "-", "point", "plan"}},
		{"Hyphen_Double", "wait--no", []string{"wait", "--", "no"}},
		{"Dash_En", "Witkoff – recently", []string{"Witkoff", "–", "recently"}},
		{"Dash_EmJoined", "Witkoff—recently", []string{"Witkoff", "—", "recently"}},
		{"Abbrev_US", "the U.S. envoy", []string{"the", "U.S.", "envoy"}},
		{"Abbrev_UK", "the U.K. and the E.U. agreed", []string{"the", "U.K.", "and", "the", "E.U.", "agreed"}},
		{"Abbrev_USA", "in the U.S.A. today", []string{"in", "the", "U.S.A.", "today"}},
		{"Abbrev_USFinal", "sanctions on the U.S.", []string{"sanctions", "on", "the", "U.S."}},
		{"Abbrev_MrSmith", "Mr. Smith and Mrs. Jones", []string{"Mr.", "Smith", "and", "Mrs.", "Jones"}},
		{"Abbrev_Titles", "Dr. Lee, Gen. Gerasimov, Sen. Rubio, Rep. Doe, Gov. Hochul, Lt. Col. Vindman",
			[]string{"Dr.", "Lee", ",", "Gen.", "Gerasimov", ",", "Sen.", "Rubio", ",", "Rep.", "Doe", ",", "Gov.", "Hochul", ",", "Lt.", "Col.", "Vindman"}},
		{"Abbrev_Saint", "St. Petersburg", []string{"St.", "Petersburg"}},
		{"Abbrev_Months", "on Feb. 24 and Jan. 6", []string{"on", "Feb.", "24", "and", "Jan.", "6"}},
		{"Abbrev_No", "No. 10 Downing Street", []string{"No.", "10", "Downing", "Street"}},
		{"Abbrev_NoAnswer", "He said No. Then he left.", []string{"He", "said", "No", ".", "Then", "he", "left", "."}},
		{"Abbrev_Vs", "Russia vs. Ukraine", []string{"Russia", "vs.", "Ukraine"}},
		{"Abbrev_Etc", "oil, gas, etc. and more", []string{"oil", ",", "gas", ",", "etc.", "and", "more"}},
		{"Abbrev_Company", "Acme Inc. and Foo Corp. and Bar Ltd. and Baz Co.", []string{"Acme", "Inc.", "and", "Foo", "Corp.", "and", "Bar", "Ltd.", "and", "Baz", "Co."}},
		{"Abbrev_State", "SAN DIEGO, Calif. (Reuters)", []string{"SAN", "DIEGO", ",", "Calif.", "(", "Reuters", ")"}},
		{"Abbrev_Initial", "John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"Abbrev_Initials", "J. R. R. Tolkien", []string{"J.", "R.", "R.", "Tolkien"}},
		{"Abbrev_AM", "at 10 a.m. local time", []string{"at", "10", "a.m.", "local", "time"}},
		{"Abbrev_EG", "leaders, e.g. Macron", []string{"leaders", ",", "e.g.", "Macron"}},
		{"Number_Decimal", "1.2 million", []string{"1.2", "million"}},
		{"Number_Percent", "19% of Ukraine", []string{"19", "%", "of", "Ukraine"}},
		{"Number_Thousands", "2,000 troops", []string{"2,000", "troops"}},
		{"Number_Mixed", "1,234.56 and 3:45", []string{"1,234.56", "and", "3:45"}},
		{"Number_Money", "$11.1bn (£600m)", []string{"$", "11.1bn", "(", "£", "600m", ")"}},
		{"Number_Date", "on 2022-02-24 at", []string{"on", "2022-02-24", "at"}},
		{"Number_Score", "won 6-3 and 24/7", []string{"won", "6-3", "and", "24/7"}},
		{"Number_CurrencyPrefix", "US$5 and C$10", []string{"US$", "5", "and", "C$", "10"}},
		{"Number_FinalPeriod", "since 2022.", []string{"since", "2022", "."}},
		{"Number_ListComma", "2022, 2023", []string{"2022", ",", "2023"}},
		{"Quotes_Curly", "“very productive.”", []string{"“", "very", "productive", ".", "”"}},
		{"Quotes_Straight", `"very productive."`, []string{`"`, "very", "productive", ".", `"`}},
		{"Quotes_Single", "‘PRELIMINARY AGREEMENT’ FOR", []string{"‘", "PRELIMINARY", "AGREEMENT", "’", "FOR"}},
		{"Ellipsis_Dots", "yesterday... they", []string{"yesterday", "...", "they"}},
		{"Ellipsis_Char", "yesterday… they", []string{"yesterday", "…", "they"}},
		{"Punct_Mixed", "Why? Now! (Maybe); yes: no/yes", []string{"Why", "?", "Now", "!", "(", "Maybe", ")", ";", "yes", ":", "no", "/", "yes"}},
		{"URL_HTTPS", "Source: https://www.example.com/world/a-b-123.", []string{"Source", ":", "https://www.example.com/world/a-b-123", "."}},
		{"URL_WWW", "see www.example.org, then", []string{"see", "www.example.org", ",", "then"}},
		{"URL_Paren", "(see http://example.com/x)", []string{"(", "see", "http://example.com/x", ")"}},
		{"URL_ParenInside", "http://en.example.org/wiki/A_(b)", []string{"http://en.example.org/wiki/A_(b)"}},
		{"URL_ParenSentence", "(see http://example.com/a_(b)).", []string{"(", "see", "http://example.com/a_(b)", ")", "."}},
		{"URL_Bracket", "[http://example.com/x]", []string{"[", "http://example.com/x", "]"}},
		{"Domain", "told example.com on Monday", []string{"told", "example.com", "on", "Monday"}},
		{"Email", "write to jane.doe@example.co.uk.", []string{"write", "to", "jane.doe@example.co.uk", "."}},
		{"Email_Hyphen", "mail first-last@example.com now", []string{"mail", "first-last@example.com", "now"}},
		{"Handle", "@Reuters", []string{"@", "Reuters"}},
		{"MissingSpace", "in Moscow.The Kremlin", []string{"in", "Moscow", ".", "The", "Kremlin"}},
		{"Cyrillic", "Владимир Путин сказал.", []string{"Владимир", "Путин", "сказал", "."}},
		{"Accents", "Zelensky et Macron à l'Élysée", []string{"Zelensky", "et", "Macron", "à", "l'Élysée"}},
		{"CombiningMark", "Cafe\u0301 noir", []string{"Cafe\u0301", "noir"}},
		{"UnicodeSpace", "Abu\u00a0Dhabi\u200bnow", []string{"Abu", "Dhabi", "now"}},
		{"InvalidUTF8", "a\xffb \xc3", []string{"a", "\xff", "b", "\xc3"}},
		{"Symbols", "© 2025 Reuters™", []string{"©", "2025", "Reuters", "™"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			got := tokenTexts(toks)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if msg := checkSpans(tt.in, toks); msg != "" {
				t.Errorf("Tokenize(%q): %s", tt.in, msg)
			}
		})
	}
}

func TestAppendTokensSpan(t *testing.T) {
	tests := []struct {
		name string
		text string
		span Span
		want []Token
	}{
		{"Middle", "Mr. Witkoff met Putin.", Span{4, 15}, []Token{
			{"Witkoff", Span{4, 11}}, {"met", Span{12, 15}}}},
		{"WholeText", "Hi.", Span{0, 3}, []Token{{"Hi", Span{0, 2}}, {".", Span{2, 3}}}},
		{"Clipped", "Kyiv", Span{-3, 99}, []Token{{"Kyiv", Span{0, 4}}}},
		{"Empty", "Kyiv", Span{2, 2}, nil},
		{"Reversed", "Kyiv", Span{3, 1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AppendTokens(nil, tt.text, tt.span)
			if !slices.Equal(got, tt.want) {
				t.Errorf("AppendTokens(nil, %q, %v) = %v, want %v", tt.text, tt.span, got, tt.want)
			}
		})
	}
	t.Run("Appends", func(t *testing.T) {
		dst := []Token{{"x", Span{0, 1}}}
		got := AppendTokens(dst, "x yz", Span{1, 4})
		want := []Token{{"x", Span{0, 1}}, {"yz", Span{2, 4}}}
		if !slices.Equal(got, want) {
			t.Errorf("AppendTokens(dst, %q, {1 4}) = %v, want %v", "x yz", got, want)
		}
	})
}

// FuzzTokenize checks that Tokenize never panics and that its tokens are
// ordered, non-overlapping exact slices of the input.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", "Putin’s U.S.-backed plan.", "a\xffb", "http://x.y/(z).", "j.d@x.com",
		"don't", "1,234.56%", "...…", "'s", "’", "\xe2\x80", "No. 10", "A.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		if msg := checkSpans(text, toks); msg != "" {
			t.Fatalf("Tokenize(%q): %s (tokens %v)", text, msg, toks)
		}
		// A span that may cut a rune in two gives tokens inside it.
		span := Span{len(text) / 3, 2 * len(text) / 3}
		for _, tok := range AppendTokens(nil, text, span) {
			if tok.Span.Start < span.Start || tok.Span.End > span.End || tok.Span.Start >= tok.Span.End ||
				text[tok.Span.Start:tok.Span.End] != tok.Text {
				t.Fatalf("AppendTokens(nil, %q, %v): bad token %v", text, span, tok)
			}
		}
		// Nothing but white space is lost.
		prev := 0
		for _, tok := range toks {
			for _, r := range text[prev:tok.Span.Start] {
				if !isSpace(r) || r == utf8.RuneError {
					t.Fatalf("Tokenize(%q) skipped %q", text, text[prev:tok.Span.Start])
				}
			}
			prev = tok.Span.End
		}
	})
}

// tokenBenchText is about 2 KB of news-style text written for the benchmarks.
const tokenBenchText = `U.S. envoy Steve Witkoff will travel to Moscow next week for talks with Russian President Vladimir Putin, the Kremlin said on Wednesday, as Washington presses ahead with a 28-point peace plan for Ukraine.

Kremlin aide Yuri Ushakov told reporters that a “preliminary agreement” had been reached on the visit. “We are ready to listen,” he said. Ukraine’s President Volodymyr Zelenskiy, speaking in Kyiv on Feb. 24, said the U.S.-backed framework could work “if it respects our sovereignty.”

Mr. Witkoff met Ukrainian negotiators in Florida on Sunday alongside Secretary of State Marco Rubio and Army Secretary Dan Driscoll. Officials said more than 1.2 million soldiers had been killed or wounded, and Russian forces now hold about 19% of the country's territory, according to pro-Ukrainian analysts at the Institute for the Study of War.

European leaders, including French President Emmanuel Macron and Britain's Prime Minister Keir Starmer, warned against any deal that rewards aggression. NATO foreign ministers meet in Brussels on Dec. 3; Rubio won't attend, sending Deputy Secretary Christopher Landau instead. Reporting by Jane Doe; editing by John Q. Public. Contact: newsdesk@example.com or https://www.example.com/world/europe/story-12345.

Владимир Путин заявил, что переговоры продолжатся. Le président Macron a rencontré M. Zelensky à l'Élysée lundi...
`

// TestTokenizeLinear guards against quadratic work on pathological input:
// each text must tokenize about as fast per byte as plain prose.
func TestTokenizeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	for _, tt := range []struct{ name, prefix, unit string }{
		{"URLClosers", "http://x/", ")"},
		{"DottedWord", "", "a."},
		{"DottedCaps", "", "A."},
		{"Hyphens", "", "a-"},
		{"EmailLike", "", "a_"},
		{"Apostrophes", "", "a'"},
		{"Dots", "", "."},
		{"Digits", "", "1,"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// 64 times the input; allow generous noise on a shared machine,
			// and measure again before failing: a quadratic tokenizer is
			// slow every time, a busy machine only now and then.
			var small, large int64
			for range 3 {
				small = timeTokenize(tt.prefix + strings.Repeat(tt.unit, 1000))
				large = timeTokenize(tt.prefix + strings.Repeat(tt.unit, 64000))
				if large <= 64*20*small+int64(50e6) {
					return
				}
			}
			t.Errorf("Tokenize(64000 x %q) took %dns, 1000 x took %dns: not linear", tt.unit, large, small)
		})
	}
}

// timeTokenize returns the best of three run times of Tokenize(text) in
// nanoseconds.
func timeTokenize(text string) int64 {
	best := int64(-1)
	for range 3 {
		start := time.Now()
		Tokenize(text)
		if d := time.Since(start).Nanoseconds(); best < 0 || d < best {
			best = d
		}
	}
	return max(best, 1)
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat(tokenBenchText, 32)
	dst := make([]Token, 0, len(text)/4)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = AppendTokens(dst[:0], text, Span{0, len(text)})
	}
}

func ExampleTokenize() {
	for _, t := range Tokenize("Putin’s U.S.-backed plan, 19%.") {
		fmt.Printf("%q %d-%d\n", t.Text, t.Span.Start, t.Span.End)
	}
	// Output:
	// "Putin" 0-5
	// "’s" 5-9
	// "U.S." 10-14
	// "-" 14-15
	// "backed" 15-21
	// "plan" 22-26
	// "," 26-27
	// "19" 28-30
	// "%" 30-31
	// "." 31-32
}
