package text

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sentenceTexts renders sentences as "paragraph:text" strings for comparison.
func sentenceTexts(text string, ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%d:%s", s.Paragraph, text[s.Start:s.End])
	}
	return out
}

// check reports the first broken invariant of ss over text, or "".
func check(text string, ss []Sentence) string {
	prevEnd, prevPara := 0, 0
	for i, s := range ss {
		switch {
		case s.Index != i:
			return fmt.Sprintf("sentence %d has Index %d", i, s.Index)
		case s.Start < 0 || s.Start >= s.End || s.End > len(text):
			return fmt.Sprintf("sentence %d span %v out of range", i, s.Span)
		case s.Start < prevEnd:
			return fmt.Sprintf("sentence %d span %v overlaps or is out of order", i, s.Span)
		case s.Paragraph < prevPara:
			return fmt.Sprintf("sentence %d paragraph %d goes back", i, s.Paragraph)
		}
		r, _ := utf8.DecodeRuneInString(text[s.Start:s.End])
		l, _ := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if r != utf8.RuneError && isSpace(r) || l != utf8.RuneError && isSpace(l) {
			return fmt.Sprintf("sentence %d %q is not trimmed", i, text[s.Start:s.End])
		}
		prevEnd, prevPara = s.End, s.Paragraph
	}
	return ""
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "paragraph:sentence"
	}{
		{"Empty", "", []string{}},
		{"Blank", " \n\n \t", []string{}},
		{"Simple", "Putin met Trump. They talked.", []string{"0:Putin met Trump.", "0:They talked."}},
		{"NoFinalPunct", "Putin met Trump", []string{"0:Putin met Trump"}},
		{"Trimmed", "  Putin said no.  \n", []string{"0:Putin said no."}},
		{"Question", "Is a deal close? Nobody knows.", []string{"0:Is a deal close?", "0:Nobody knows."}},
		{"Exclaim", "Stop the war! Now.", []string{"0:Stop the war!", "0:Now."}},
		{"Interrobang", "Really?! Yes.", []string{"0:Really?!", "0:Yes."}},
		{"Abbrev_US", "The U.S. envoy arrived. He spoke.", []string{"0:The U.S. envoy arrived.", "0:He spoke."}},
		{"Abbrev_USPresident", "He met U.S. President Trump.", []string{"0:He met U.S. President Trump."}},
		{"Abbrev_InBracketsInAName", "Sony (U.K.) Ltd said sales rose.", []string{"0:Sony (U.K.) Ltd said sales rose."}},
		{"Abbrev_InBracketsEndsBeforeOpener", "Prices rose (in the U.S.) The talks went on.", []string{"0:Prices rose (in the U.S.)", "0:The talks went on."}},
		{"Abbrev_USAfterHyphen", "The Iran-U.S. Claims Tribunal ruled. Iran paid.", []string{"0:The Iran-U.S. Claims Tribunal ruled.", "0:Iran paid."}},
		{"Abbrev_USAfterHyphenEndsSentence", "Talks were held on the Iran-U.S. The tribunal ruled.", []string{"0:Talks were held on the Iran-U.S.", "0:The tribunal ruled."}},
		{"GluedLetterEndsSentence", "He hired Kid-K. Fans came.", []string{"0:He hired Kid-K.", "0:Fans came."}},
		{"InitialsInAngleBrackets", "It said <E.F. Hutton and Co Inc> and <J. Rothschild Holdings PLC> are underwriters. It added more.",
			[]string{"0:It said <E.F. Hutton and Co Inc> and <J. Rothschild Holdings PLC> are underwriters.", "0:It added more."}},
		{"Abbrev_USEndsSentence", "He flew to the U.S. The talks began.", []string{"0:He flew to the U.S.", "0:The talks began."}},
		{"Abbrev_USAndGoesOn", "Trade between the U.S. And Japan fell, officials said.", []string{"0:Trade between the U.S. And Japan fell, officials said."}},
		{"Abbrev_USOfficialsGoesOn", "Japan said progress was made, but U.S. Officials said the talks failed.", []string{"0:Japan said progress was made, but U.S. Officials said the talks failed."}},
		{"Abbrev_MrSmith", "Mr. Witkoff met Gen. Gerasimov and Sen. Rubio.", []string{"0:Mr. Witkoff met Gen. Gerasimov and Sen. Rubio."}},
		{"Abbrev_FebDate", "On Feb. 24, 2022, Russia invaded. Kyiv held.", []string{"0:On Feb. 24, 2022, Russia invaded.", "0:Kyiv held."}},
		{"Abbrev_State", "He flew to San Diego, Calif. Later he left.", []string{"0:He flew to San Diego, Calif.", "0:Later he left."}},
		{"Abbrev_StateDateline", "PALO ALTO, Calif. Shares of Acme rose.", []string{"0:PALO ALTO, Calif. Shares of Acme rose."}},
		{"Abbrev_Initial", "John F. Kennedy was president.", []string{"0:John F. Kennedy was president."}},
		{"Abbrev_No", "He lives at No. 10 Downing Street.", []string{"0:He lives at No. 10 Downing Street."}},
		{"Abbrev_AM", "They met at 10 a.m. Moscow time.", []string{"0:They met at 10 a.m. Moscow time."}},
		{"Abbrev_Company", "He works for Acme Inc. The firm grew.", []string{"0:He works for Acme Inc.", "0:The firm grew."}},
		{"Abbrev_GluedLetter", "He joined AT&T. Consolidation followed.", []string{"0:He joined AT&T.", "0:Consolidation followed."}},
		{"Abbrev_GluedHyphen", "He met Jay-Z. Soul singers came too.", []string{"0:He met Jay-Z.", "0:Soul singers came too."}},
		{"Abbrev_Domain", "He told example.com. David agreed.", []string{"0:He told example.com.", "0:David agreed."}},
		{"Abbrev_InitialInQuote", "“J. Smith said so,” he wrote.", []string{"0:“J. Smith said so,” he wrote."}},
		{"ListNumber", "Key moments:\n\n2. Never urged Kyiv to act\n\n3. Aid was held up. He said so.",
			[]string{"0:Key moments:", "1:2. Never urged Kyiv to act", "2:3. Aid was held up.", "2:He said so."}},
		{"NumberEndsSentence", "The score was 2. Then it rained.", []string{"0:The score was 2.", "0:Then it rained."}},
		{"Decimal", "About 1.2 million fled. Many returned.", []string{"0:About 1.2 million fled.", "0:Many returned."}},
		{"Number_NextSentence", "It rose 8%. 2005 was good.", []string{"0:It rose 8%.", "0:2005 was good."}},
		{"Ellipsis_Inside", "Just yesterday... they met in Florida.", []string{"0:Just yesterday... they met in Florida."}},
		{"Ellipsis_CharInside", "He paused … and went on.", []string{"0:He paused … and went on."}},
		{"Ellipsis_Ends", "It went on and on... The end came.", []string{"0:It went on and on...", "0:The end came."}},
		{"Quote_EndsSentence", "Peskov said: “Wait, it’s premature to say that yet.” Trump disagreed.",
			[]string{"0:Peskov said: “Wait, it’s premature to say that yet.”", "0:Trump disagreed."}},
		{"Quote_SaidThen", "“We are ready,” he said.” Then he left.", []string{"0:“We are ready,” he said.”", "0:Then he left."}},
		{"Quote_QuestionLower", "“Why now?” he asked. Nobody knew.", []string{"0:“Why now?” he asked.", "0:Nobody knew."}},
		{"Quote_Straight", `He called it "very productive." The focus shifted.`, []string{`0:He called it "very productive."`, "0:The focus shifted."}},
		{"Quote_OpensNext", `They met. "We agreed," he said.`, []string{"0:They met.", `0:"We agreed," he said.`}},
		{"Quote_SingleCurly", "He said ‘no deal.’ Then he went.", []string{"0:He said ‘no deal.’", "0:Then he went."}},
		{"Bracket", "It went well (aides said so.) Lunch followed.", []string{"0:It went well (aides said so.)", "0:Lunch followed."}},
		{"Paragraphs", "A one.\n\nB two. C three.\n\n\n \nD four.",
			[]string{"0:A one.", "1:B two.", "1:C three.", "2:D four."}},
		{"Paragraphs_CRLF", "One.\r\n\r\nTwo.\r\n", []string{"0:One.", "1:Two."}},
		{"Paragraphs_Separator", "One\u2029Two.", []string{"0:One", "1:Two."}},
		{"Paragraphs_NBSPLine", "One.\n\u00a0\nTwo.", []string{"0:One.", "1:Two."}},
		{"Headline_Title", "Trump envoy Witkoff to discuss Ukraine peace moves in Moscow next week\n\nThe Kremlin said so.",
			[]string{"0:Trump envoy Witkoff to discuss Ukraine peace moves in Moscow next week", "1:The Kremlin said so."}},
		{"Headline_LineNoPunct", "Envoy heads to Moscow\nThe Kremlin confirmed the visit.",
			[]string{"0:Envoy heads to Moscow", "0:The Kremlin confirmed the visit."}},
		{"Headline_AllCaps", "‘PRELIMINARY AGREEMENT’ FOR ENVOY TO VISIT\nTrump said he would go.",
			[]string{"0:‘PRELIMINARY AGREEMENT’ FOR ENVOY TO VISIT", "0:Trump said he would go."}},
		{"Headline_AllCapsThenLower", "ENVOY AND RUSSIA\nthe talks went on.",
			[]string{"0:ENVOY AND RUSSIA", "0:the talks went on."}},
		{"Headline_Question", "Is a Deal DAYS AWAY?\n\nMaybe.", []string{"0:Is a Deal DAYS AWAY?", "1:Maybe."}},
		{"LineBreak_OnePerLine", "The first paragraph ends here.\nThe second one starts here.",
			[]string{"0:The first paragraph ends here.", "0:The second one starts here."}},
		{"LineBreak_HardWrap", "Witkoff met with\nPresident Putin on Tuesday.", []string{"0:Witkoff met with\nPresident Putin on Tuesday."}},
		{"LineBreak_HardWrapName", "Officials in Kyiv said the envoy would meet President\nVladimir Putin in Moscow on Tuesday afternoon.",
			[]string{"0:Officials in Kyiv said the envoy would meet President\nVladimir Putin in Moscow on Tuesday afternoon."}},
		{"LineBreak_TitleThenLongLine", "Envoy heads to Moscow as Washington pushes for a Ukraine peace deal\n" +
			"The Kremlin said on Wednesday that the envoy would arrive next week for talks with senior officials, and aides said a meeting was likely.",
			[]string{"0:Envoy heads to Moscow as Washington pushes for a Ukraine peace deal",
				"0:The Kremlin said on Wednesday that the envoy would arrive next week for talks with senior officials, and aides said a meeting was likely."}},
		{"LineBreak_TitleThenByline", "Envoy heads to Moscow as Washington pushes for a Ukraine peace deal\nBy Jane Smith and John Doe, Reuters",
			[]string{"0:Envoy heads to Moscow as Washington pushes for a Ukraine peace deal", "0:By Jane Smith and John Doe, Reuters"}},
		{"LineBreak_MarkdownHeading", "# Envoy heads to Moscow as Washington pushes for a peace deal\nThe Kremlin said so on Wednesday, aides added.",
			[]string{"0:# Envoy heads to Moscow as Washington pushes for a peace deal", "0:The Kremlin said so on Wednesday, aides added."}},
		{"LineBreak_ListItems", "- Raised the threshold for the income tax to 100,000 rupees this year\n- Cut the corporate tax rate to 30% for large firms",
			[]string{"0:- Raised the threshold for the income tax to 100,000 rupees this year", "0:- Cut the corporate tax rate to 30% for large firms"}},
		{"LineBreak_AcronymAtEnd", "The sanctions were lifted by the U.S.\nRussia welcomed the move.",
			[]string{"0:The sanctions were lifted by the U.S.", "0:Russia welcomed the move."}},
		{"LineBreak_CompanyAtEnd", "He sold his stake in Acme Inc.\nShares rose.", []string{"0:He sold his stake in Acme Inc.", "0:Shares rose."}},
		{"LineBreak_Lowercase", "talks that went\nwell into the night.", []string{"0:talks that went\nwell into the night."}},
		{"LineBreak_Comma", "Putin,\nTrump and Zelensky met.", []string{"0:Putin,\nTrump and Zelensky met."}},
		{"LineBreak_Colon", "Ushakov said:\n“To hinder, probably.”", []string{"0:Ushakov said:\n“To hinder, probably.”"}},
		{"LineBreak_AbbrevAtEnd", "He met Mr.\nWitkoff there.", []string{"0:He met Mr.\nWitkoff there."}},
		{"LineBreak_Bylines", "admin\nBy admin\n3 Min Read", []string{"0:admin", "0:By admin", "0:3 Min Read"}},
		{"URL", "Source: https://www.example.com/a.b/c-1.html", []string{"0:Source: https://www.example.com/a.b/c-1.html"}},
		{"Cyrillic", "Путин приехал. Переговоры начались.", []string{"0:Путин приехал.", "0:Переговоры начались."}},
		{"CyrillicLower", "Путин приехал. и уехал.", []string{"0:Путин приехал. и уехал."}},
		{"InvalidUTF8", "\xff. \xfe!", []string{"0:\xff.", "0:\xfe!"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := Sentences(tt.in)
			got := sentenceTexts(tt.in, ss)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if msg := check(tt.in, ss); msg != "" {
				t.Errorf("Sentences(%q): %s", tt.in, msg)
			}
		})
	}
}

// sharedDir is the shared data folder next to the repository.
var sharedDir = filepath.Join("..", "..", "shared")

// TestSentencesSeeds checks the splitter on the seed articles: every
// non-blank line of them starts a sentence (they hold one paragraph, title
// or furniture item per line).
func TestSentencesSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir, "corpus", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed articles in %s (the shared corpus is not present)", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		text := string(b)
		ss := Sentences(text)
		if msg := check(text, ss); msg != "" {
			t.Errorf("Sentences(%s): %s", filepath.Base(f), msg)
		}
		starts := map[int]bool{}
		for _, s := range ss {
			starts[s.Start] = true
		}
		for off := 0; off < len(text); {
			end := strings.IndexByte(text[off:], '\n')
			if end < 0 {
				end = len(text) - off
			}
			if a, b := trim(text, off, off+end); a < b && !starts[a] {
				t.Errorf("Sentences(%s): line at byte %d does not start a sentence: %.60q", filepath.Base(f), a, text[a:b])
			}
			off += end + 1
		}
	}
}

// TestSentencesBBC runs the splitter over the BBC news corpus and checks
// what can be checked without gold sentences: the span invariants, no
// sentence starting with a lower-case letter inside a paragraph (a split
// after an abbreviation), and almost no sentence over 700 bytes (a missed
// split).
func TestSentencesBBC(t *testing.T) {
	path := filepath.Join(sharedDir, "data", "bbc", "bbc.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("BBC corpus not present: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var docs, total, lower, long int
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s line %d: %v", path, docs+1, err)
		}
		docs++
		ss := Sentences(rec.Text)
		if msg := check(rec.Text, ss); msg != "" {
			t.Fatalf("%s line %d: %s", path, docs, msg)
		}
		for i, s := range ss {
			total++
			r, _ := utf8.DecodeRuneInString(rec.Text[s.Start:])
			if i > 0 && ss[i-1].Paragraph == s.Paragraph && unicode.IsLower(r) {
				lower++
				t.Logf("line %d: sentence starts lower-case: %.80q", docs, rec.Text[s.Start:s.End])
			}
			if s.Len() > 700 {
				long++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	t.Logf("%d documents, %d sentences, %d start lower-case, %d over 700 bytes", docs, total, lower, long)
	if lower > total/1000 {
		t.Errorf("Sentences: %d of %d sentences start lower-case inside a paragraph, want at most 0.1%%", lower, total)
	}
	if long > total/1000 {
		t.Errorf("Sentences: %d of %d sentences are over 700 bytes, want at most 0.1%%", long, total)
	}
}

// FuzzSentences checks that Sentences never panics and returns ordered,
// trimmed, non-overlapping spans with consistent indices.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"", "A. B.", "U.S. The end.\n\nNext", "“Wait.” He left.", "a\xff.\n\n\xfe",
		"…", "...\n", "HEAD\nbody", "Mr.\n\n", "\u00a0.\u2028", "?!”)’",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ss := Sentences(text)
		if msg := check(text, ss); msg != "" {
			t.Fatalf("Sentences(%q): %s (sentences %v)", text, msg, ss)
		}
	})
}

// sentenceBenchText is news-style text written for the benchmark: a headline,
// one-line paragraphs, quotes, abbreviations and furniture lines.
const sentenceBenchText = `Envoy heads to Moscow as Washington pushes for a Ukraine deal

By Jane Doe
3 Min Read

U.S. envoy Steve Witkoff will travel to Moscow next week for talks with Russian President Vladimir Putin, the Kremlin said on Wednesday. Kremlin aide Yuri Ushakov said a “preliminary agreement” had been reached. “Wait, it’s premature to say that yet,” spokesman Dmitry Peskov told reporters.
Mr. Witkoff met Ukrainian negotiators in Florida on Feb. 24 alongside Sen. Marco Rubio. Officials said more than 1.2 million soldiers had been killed or wounded... The figures could not be verified.

‘A STARTING POINT’

Is a deal close? Nobody in Kyiv would say so. President Volodymyr Zelenskiy said the U.S.-backed framework could work “if it respects our sovereignty.” He added that Europe must be involved (as it was in 2022.) NATO ministers meet in Brussels on Dec. 3.

Share This Article
`

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat(sentenceBenchText, 32)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}

func ExampleSentences() {
	text := "Envoy heads to Moscow\nMr. Witkoff will meet Putin on Feb. 24. “Wait,” Peskov said.\n\nKyiv agreed."
	for _, s := range Sentences(text) {
		fmt.Printf("%d %d %q\n", s.Index, s.Paragraph, text[s.Start:s.End])
	}
	// Output:
	// 0 0 "Envoy heads to Moscow"
	// 1 0 "Mr. Witkoff will meet Putin on Feb. 24."
	// 2 0 "“Wait,” Peskov said."
	// 3 1 "Kyiv agreed."
}
