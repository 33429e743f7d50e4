package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// utf16 encodes s as UTF-16 with a byte order mark.
func utf16(t testing.TB, s string, bigEndian bool) []byte {
	t.Helper()
	order := unicode.LittleEndian
	if bigEndian {
		order = unicode.BigEndian
	}
	b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		markdown  bool
		wantTitle string
		wantText  string
	}{
		{"TitleAndBody", "Putin meets envoy\n\nFirst paragraph.\n\nSecond one.\n", false,
			"Putin meets envoy", "First paragraph.\n\nSecond one."},
		{"CRLFAndSpaces", "Title  \r\n\r\n\r\n\r\nBody line one\r\nline two   \r\n\r\nNext\r\n", false,
			"Title", "Body line one\nline two\n\nNext"},
		{"HeadingMarksInText", "## A headline ##\n\nBody.", false, "A headline", "Body."},
		{"TitleSpacesCollapsed", "Envoy\u00a0to  Moscow\n\nBody.", false, "Envoy to Moscow", "Body."},
		{"HashtagIsNotHeading", "#1 seed wins\n\nBody.", false, "#1 seed wins", "Body."},
		{"ClosingHashesKeptInWord", "# C# ##\n\nBody.", true, "C#", "Body."},
		{"RepeatedTitleDropped", "Same Title\n\nSame title\n\nBody text.", false, "Same Title", "Body text."},
		{"MenuLineBeforeTitle", "Home | World | Politics | Business\n\nEnvoy heads to Moscow\n\nBody text.", false,
			"Envoy heads to Moscow", "Body text."},
		{"LongFirstLineIsBody", strings.Repeat("word ", 80) + "\nsecond", false, "",
			strings.TrimSpace(strings.Repeat("word ", 80)) + "\n\nsecond"},
		{"SingleLine", "Just one line of text.", false, "", "Just one line of text."},
		{"OneParagraphPerLine", "Title\n" + strings.Repeat("a", 120) + "\n" + strings.Repeat("b", 120), false,
			"Title", strings.Repeat("a", 120) + "\n\n" + strings.Repeat("b", 120)},
		{"WrappedLinesKept", "Title\n\nshort wrapped\nlines stay", false, "Title", "short wrapped\nlines stay"},
		{"ControlCharsDropped", "Title\n\nA bell\x07 in a line\x01 of text\u0085D", false, "Title", "A bell in a line of text\nD"},
		{"MarkdownHeadingAndEmphasis", "# The *Big* Deal\n\nThe **envoy** met _Putin_ in snake_case_name.", true,
			"The Big Deal", "The envoy met Putin in snake_case_name."},
		{"MarkdownLinksAndImages", "# T\n\nSee [the report](http://x.org/a) ![chart](c.png) and <https://y.org>.", true,
			"T", "See the report  and https://y.org."},
		{"MarkdownListsQuotesRules", "# T\n\n- one\n- two\n\n> quoted *text*\n\n---\n\n1. first", true,
			"T", "one\ntwo\n\nquoted text\n\nfirst"},
		{"MarkdownCodeKept", "# T\n\n```go\nx := *p*\n```\n\nUse `go test`.", true, "T", "x := *p*\n\nUse go test."},
		{"MarkdownFrontMatter", "---\ntitle: \"From YAML\"\ndate: 2025-11-25\n---\n# From YAML\n\nBody.", true,
			"From YAML", "Body."},
		{"MarkdownSetext", "Big Title\n=========\n\nBody.", true, "Big Title", "Body."},
		{"MarkdownEscapes", "# T\n\nA \\*literal\\* star and \\[brackets\\].", true, "T", "A *literal* star and [brackets]."},
		{"MarkdownRefLinks", "# T\n\nRead [this][1].\n\n[1]: http://example.com", true, "T", "Read this."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadText(strings.NewReader(tt.in), tt.markdown)
			if err != nil {
				t.Fatalf("ReadText(%q) error: %v", tt.in, err)
			}
			if doc.Title != tt.wantTitle {
				t.Errorf("ReadText(%q).Title = %q, want %q", tt.in, doc.Title, tt.wantTitle)
			}
			if doc.Text != tt.wantText {
				t.Errorf("ReadText(%q).Text = %q, want %q", tt.in, doc.Text, tt.wantText)
			}
		})
	}
}

func TestReadDecode(t *testing.T) {
	body := "Title\n\nZelenskiy’s café — naïve\n"
	cp1252 := []byte("Title\n\nCaf\xe9 na\xefve \x93quoted\x94 \x80 5\n")
	tests := []struct {
		name       string
		in         []byte
		want       string // substring of the decoded text
		wantWarn   WarningKind
		wantCount  int
		wantReason SkipReason
	}{
		{"UTF8", []byte(body), "Zelenskiy’s café — naïve", "", 0, ""},
		{"UTF8BOM", append([]byte("\xef\xbb\xbf"), body...), "Title\n", "", 0, ""},
		{"UTF16LE", utf16(t, body, false), "Zelenskiy’s café — naïve", "", 0, ""},
		{"UTF16BE", utf16(t, body, true), "Zelenskiy’s café — naïve", "", 0, ""},
		{"UTF16LENoBOM", utf16(t, body, false)[2:], "Zelenskiy’s café — naïve", "", 0, ""},
		{"CP1252", cp1252, "Café naïve “quoted” € 5", WarnCP1252, 5, ""},
		{"InvalidUTF8", []byte("Title\n\ncafé \xff\xfe ok"), "café \ufffd\ufffd ok", WarnInvalidUTF8, 2, ""},
		{"TruncatedUTF8", []byte("Title\n\nZelenskiy’s \xe2\x80"), "Zelenskiy’s \ufffd\ufffd", WarnInvalidUTF8, 2, ""},
		{"Empty", nil, "", "", 0, SkipEmpty},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "", 0, SkipBinary},
		{"Gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), "", "", 0, SkipBinary},
		{"ELF", append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 64)...), "", "", 0, SkipBinary},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "", "", 0, SkipBinary},
		{"NULBytes", []byte("some text\x00\x00\x01\x02 more"), "", "", 0, SkipBinary},
		{"ControlSoup", bytes.Repeat([]byte{0x01, 0x02, 'a', 0x03}, 100), "", "", 0, SkipBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, w, skip := decode(tt.in)
			if tt.wantReason != "" {
				if skip == nil || skip.Reason != tt.wantReason {
					t.Fatalf("decode(%q) skip = %v, want reason %q", tt.in, skip, tt.wantReason)
				}
				return
			}
			if skip != nil {
				t.Fatalf("decode(%q) skip = %v, want none", tt.in, skip)
			}
			if !utf8.ValidString(got) {
				t.Errorf("decode(%q) = %q, not valid UTF-8", tt.in, got)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("decode(%q) = %q, want it to contain %q", tt.in, got, tt.want)
			}
			var gotKind WarningKind
			gotCount := 0
			if w != nil {
				gotKind, gotCount = w.Kind, w.Count
			}
			if gotKind != tt.wantWarn || gotCount != tt.wantCount {
				t.Errorf("decode(%q) warning = %q×%d, want %q×%d", tt.in, gotKind, gotCount, tt.wantWarn, tt.wantCount)
			}
		})
	}
}

func TestReadJSONRecord(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		want       Document
		wantReason SkipReason
		wantDetail string
	}{
		{"AllFields", `{"id":"a1","title":" T \n x ","text":"P1\n\nP2","date":"2025-11-25","url":"http://u","source":"BBC"}`,
			Document{ID: "a1", Title: "T x", Text: "P1\n\nP2", Date: "2025-11-25", URL: "http://u", Source: "BBC"}, "", ""},
		{"NumberID", `{"id": 42, "body": "Text"}`, Document{ID: "42", Text: "Text"}, "", ""},
		{"ContentAndHeadline", `{"headline":"H","content":"C","link":"L"}`, Document{Title: "H", Text: "C", URL: "L"}, "", ""},
		{"NullsAreAbsent", `{"id":null,"title":null,"text":"x"}`, Document{Text: "x"}, "", ""},
		{"NoText", `{"id":"a","title":"only a title"}`, Document{}, SkipNoText, `no "text"`},
		{"EmptyText", `{"text":"  \n "}`, Document{}, SkipNoText, "empty"},
		{"TextNumber", `{"text": 12}`, Document{}, SkipBadField, `field "text" is a number, want a string`},
		{"TitleObject", `{"title": {"en":"x"}, "text":"y"}`, Document{}, SkipBadField, `field "title" is an object, want a string`},
		{"IDBool", `{"id": true, "text":"y"}`, Document{}, SkipBadField, `field "id" is a boolean, want a string or a number`},
		{"Array", `[1,2]`, Document{}, SkipMalformedJSON, "record is an array"},
		{"Syntax", `{"text": "x",}`, Document{}, SkipMalformedJSON, "invalid character"},
		{"Truncated", `{"text": "x`, Document{}, SkipMalformedJSON, "unexpected end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, skip := jsonRecord([]byte(tt.in), DefaultMaxDocBytes)
			if tt.wantReason != "" {
				if skip == nil || skip.Reason != tt.wantReason || !strings.Contains(skip.Error(), tt.wantDetail) {
					t.Fatalf("jsonRecord(%s) skip = %v, want %q with %q", tt.in, skip, tt.wantReason, tt.wantDetail)
				}
				return
			}
			if skip != nil {
				t.Fatalf("jsonRecord(%s) skip = %v", tt.in, skip)
			}
			if got != tt.want {
				t.Errorf("jsonRecord(%s) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadHTML(t *testing.T) {
	para := "The envoy met the president in Moscow on Tuesday to discuss the peace plan, officials said. "
	page := `<!DOCTYPE html><html><head><title>Envoy in Moscow | News</title>
<link rel="canonical" href="https://news.example/envoy">
<meta property="article:published_time" content="2025-11-25T10:00:00Z">
<style>p{color:red}</style><script>var junk = "<p>not text</p>";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Envoy in Moscow</h1>
<p>` + strings.Repeat(para, 3) + `</p>
<p>Second paragraph: ` + strings.Repeat(para, 2) + `</p>
</article><footer>Copyright 2025 Example News</footer></body></html>`
	doc, err := ReadHTML(strings.NewReader(page), "")
	if err != nil {
		t.Fatalf("ReadHTML: %v", err)
	}
	if want := "Envoy in Moscow"; doc.Title != want {
		t.Errorf("ReadHTML().Title = %q, want %q", doc.Title, want)
	}
	if doc.URL != "https://news.example/envoy" {
		t.Errorf("ReadHTML().URL = %q, want the canonical link", doc.URL)
	}
	if doc.Date != "2025-11-25T10:00:00Z" {
		t.Errorf("ReadHTML().Date = %q, want 2025-11-25T10:00:00Z", doc.Date)
	}
	paras := strings.Split(doc.Text, "\n\n")
	if len(paras) != 2 || !strings.HasPrefix(paras[1], "Second paragraph:") {
		t.Errorf("ReadHTML().Text paragraphs = %q, want 2 with the second starting %q", paras, "Second paragraph:")
	}
	for _, junk := range []string{"not text", "color:red", "Home", "Copyright"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("ReadHTML().Text contains %q: %q", junk, doc.Text)
		}
	}
}

// TestHeadlineOf checks that a page title loses the site's name or
// section after a bar, and keeps a headline that has none.
func TestHeadlineOf(t *testing.T) {
	tests := []struct{ title, want string }{
		{"The view on Hong Kong: a city on the brink | Editorial", "The view on Hong Kong: a city on the brink"},
		{"Envoy in Moscow | World news | The Daily Example", "Envoy in Moscow"},
		{"Live | Envoy in Moscow as talks resume", "Envoy in Moscow as talks resume"},
		{"Envoy in Moscow", "Envoy in Moscow"},
		{"Profit|loss ratio falls", "Profit|loss ratio falls"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := headlineOf(tt.title); got != tt.want {
			t.Errorf("headlineOf(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestReadHTMLHostile(t *testing.T) {
	text := "<p>" + strings.Repeat("Words of the article body go here for a while. ", 10) + "</p>"
	tests := []struct {
		name       string
		in         string
		wantReason SkipReason
		wantWarn   bool
	}{
		{"DeepDivs", strings.Repeat("<div>", 20000) + text + strings.Repeat("</div>", 20000), "", true},
		{"DeepUnclosedSpans", "<p>" + strings.Repeat("<span><b>", 20000) + text, "", true},
		{"DeepTables", "<body>" + strings.Repeat("<table><tr><td>", 3000) + text, "", true},
		{"ScriptOnly", "<html><body><script>" + strings.Repeat("var x = '<p>';", 10000) + "</script></body></html>", SkipNoText, false},
		{"Empty", "", SkipEmpty, false},
		{"BinaryHTMLName", "\x89PNG\r\n\x1a\n\x00\x00", SkipBinary, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, warn, skip := htmlTimed([]byte(tt.in), "", DefaultMaxHTMLBytes, DefaultHTMLTimeout)
			if tt.wantReason != "" {
				if skip == nil || skip.Reason != tt.wantReason {
					t.Fatalf("htmlTimed(%.40q) skip = %v, want %q", tt.in, skip, tt.wantReason)
				}
				return
			}
			if skip != nil {
				t.Fatalf("htmlTimed(%.40q) skip = %v, want a document", tt.in, skip)
			}
			if !strings.Contains(doc.Text, "Words of the article") {
				t.Errorf("htmlTimed(%.40q).Text = %.80q, want the article words", tt.in, doc.Text)
			}
			if got := len(warn) > 0 && warn[len(warn)-1].Kind == WarnDeepHTML; got != tt.wantWarn {
				t.Errorf("htmlTimed(%.40q) warnings = %v, want deep-html %v", tt.in, warn, tt.wantWarn)
			}
		})
	}
}

func TestReadHTMLTooLarge(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("word ", 1000) + "</p></body></html>")
	_, _, skip := htmlTimed(page, "", 1000, DefaultHTMLTimeout)
	if skip == nil || skip.Reason != SkipTooLarge {
		t.Errorf("htmlTimed(5 KB page, limit 1000) skip = %v, want too-large", skip)
	}
}

func TestReadHTMLTimeout(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("Words of an article. ", 200) + "</p></body></html>")
	_, _, skip := htmlTimed(page, "", DefaultMaxHTMLBytes, time.Nanosecond)
	if skip == nil || skip.Reason != SkipHTMLTimeout {
		t.Errorf("htmlTimed(page, 1ns) skip = %v, want html-timeout", skip)
	}
}

func TestReadHTMLCharset(t *testing.T) {
	tests := []struct {
		name    string
		charset string
		body    string
		want    string
	}{
		{"Latin1", "iso-8859-1", "Le caf\xe9 na\xeff est ouvert tous les jours de la semaine. ", "café naïf"},
		{"Cyrillic1251", "windows-1251", "\xcf\xf3\xf2\xe8\xed \xe2\xf1\xf2\xf0\xe5\xf2\xe8\xeb\xf1\xff \xf1 \xef\xee\xf1\xeb\xe0\xed\xed\xe8\xea\xee\xec. ", "Путин встретился с посланником"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := []byte("<html><head><meta charset=\"" + tt.charset + "\"><title>x</title></head><body><p>" +
				strings.Repeat(tt.body, 10) + "</p></body></html>")
			doc, _, skip := htmlBytes(page, "", DefaultMaxHTMLBytes)
			if skip != nil {
				t.Fatalf("htmlBytes(%s page): %v", tt.charset, skip)
			}
			if !strings.Contains(doc.Text, tt.want) {
				t.Errorf("htmlBytes(%s page).Text = %.80q, want %q", tt.charset, doc.Text, tt.want)
			}
		})
	}
}

func TestSkipErrorFormat(t *testing.T) {
	tests := []struct {
		name string
		err  *SkipError
		want string
	}{
		{"WithLine", &SkipError{Path: "a.jsonl", Line: 3, Reason: SkipMalformedJSON, Err: errors.New("bad")}, "a.jsonl:3: malformed-json: bad"},
		{"NoLine", &SkipError{Path: "x.png", Reason: SkipBinary, Err: errors.New("PNG image")}, "x.png: binary: PNG image"},
		{"NoDetail", &SkipError{Path: "-", Reason: SkipEmpty}, "-: empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

// unquoteInputs are JSON strings with every kind of escape.
var unquoteInputs = []string{`""`, `"abc"`, `"a\"b"`, `"a\\b\/c"`, `"\b\f\n\r\t"`, `"\u0041\u00e9\u4e2d"`, `"\ud83d\ude00"`,
	`"\ud800"`, `"\u0000x"`, `"é ü"`, `"line\nbreak"`, `"\uDFFF\u00"`, `"a` + "\t" + `b"`, `"\x"`, `"ab\"`}

// TestReadJSONUnquote checks jsonUnquote against encoding/json.
func TestReadJSONUnquote(t *testing.T) {
	for _, in := range unquoteInputs {
		checkJSONUnquote(t, in)
	}
}

func checkJSONUnquote(t *testing.T, in string) {
	got, ok := jsonUnquote([]byte(in))
	if !ok {
		return // left to encoding/json
	}
	var want string
	if err := json.Unmarshal([]byte(in), &want); err != nil {
		t.Fatalf("jsonUnquote(%q) = %q, but encoding/json fails: %v", in, got, err)
	}
	if got != want {
		t.Errorf("jsonUnquote(%q) = %q, want %q", in, got, want)
	}
}

func FuzzReadJSONUnquote(f *testing.F) {
	for _, in := range unquoteInputs {
		f.Add(in)
	}
	f.Fuzz(checkJSONUnquote)
}
