package corpus

import (
	"io"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// maxTitleBytes is the longest first line taken as a title. A longer
// first line is a paragraph of a file that has no title line.
const maxTitleBytes = 300

// ReadText reads one plain-text or, when markdown is true, Markdown article
// from r. The first non-empty line is the title (with Markdown "#" heading
// marks removed) and the rest is the body; if the first line is longer than
// 300 bytes or is the only line, the whole text is the body. Paragraphs are
// separated by "\n\n" in Document.Text.
//
// ReadText reads at most DefaultMaxDocBytes. It decodes and repairs the
// encoding like Reader does but drops the warning; read through a Reader with
// Options.OnWarning to hear about repairs. Failures are *SkipError
// values without a path. ID and Path are left empty.
func ReadText(r io.Reader, markdown bool) (Document, error) {
	b, err := readLimited(r, DefaultMaxDocBytes)
	if err != nil {
		return Document{}, err
	}
	doc, _, skip := textBytes(b, markdown)
	if skip != nil {
		return Document{}, skip
	}
	return quietDate(doc), nil
}

// readLimited reads r up to limit bytes; more is a too-large skip.
func readLimited(r io.Reader, limit int64) ([]byte, *SkipError) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, skipf(SkipUnreadable, "%v", err)
	}
	if int64(len(b)) > limit {
		return nil, skipf(SkipTooLarge, "more than %s (the per-document limit)", formatSize(limit))
	}
	return b, nil
}

// textBytes decodes b and splits it into title and body.
func textBytes(b []byte, markdown bool) (Document, *Warning, *SkipError) {
	s, w, skip := decode(b)
	if skip != nil {
		return Document{}, nil, skip
	}
	var doc Document
	if markdown {
		var meta frontMatter
		s, meta = parseMarkdown(s)
		doc.Title, doc.Date, doc.URL = meta.title, meta.date, meta.url
	}
	s = cleanText(decodeCharRefs(s))
	if s == "" {
		return Document{}, w, skipf(SkipEmpty, "only white space")
	}
	if doc.Date == "" {
		doc.Date = headerDate(s)
	}
	if doc.Title == "" {
		doc.Title, s = splitTitle(s)
	}
	// Many saved articles repeat the headline as the first paragraph.
	if doc.Title != "" {
		if para, rest, _ := strings.Cut(s, "\n\n"); sameLine(para, doc.Title) && rest != "" {
			s = rest
		}
	}
	s = lineParagraphs(s)
	// Collapse white space, no-break spaces included, in the title.
	doc.Title = strings.Join(strings.Fields(doc.Title), " ")
	doc.Text = s
	return doc, w, nil
}

// maxTitleSearch is how many non-empty lines are searched for the
// title when the first lines are page furniture.
const maxTitleSearch = 5

// splitTitle takes the title off the top of cleaned text: the first
// non-empty line that is not boilerplate (a menu, byline or date line, see
// IsBoilerplate) among the first few, with heading marks removed. The
// furniture above it is dropped. When the candidate is longer than
// maxTitleBytes or nothing follows it, the text has no title and is
// returned whole.
func splitTitle(s string) (title, body string) {
	rest := s
	for range maxTitleSearch {
		line, after, _ := strings.Cut(rest, "\n")
		after = strings.TrimLeft(after, "\n")
		if text.IsBoilerplate(line) {
			rest = after
			continue
		}
		t := headingText(line)
		if len(t) > maxTitleBytes || after == "" {
			return "", s
		}
		return t, after
	}
	return "", s
}

// lineParagraphs makes each line a paragraph in text that has no blank
// lines but long lines: text saved with one paragraph per line. Text
// wrapped at a fixed width keeps its line breaks.
func lineParagraphs(s string) string {
	if strings.Contains(s, "\n\n") || !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	long := 0
	for _, l := range lines {
		if len(l) > minParagraphLine {
			long++
		}
	}
	if long*2 < len(lines) {
		return s
	}
	return strings.Join(lines, "\n\n")
}

// minParagraphLine is the length above which a line is taken for a
// whole paragraph rather than a wrapped line (wrapped text stays under
// 80 bytes a line).
const minParagraphLine = 100

// headingText strips ATX heading marks ("## Title ##") from a line. A
// "#" not followed by a space ("#1 seed", "#hashtag") is not a heading mark.
func headingText(line string) string {
	t, ok := cutHeading(line)
	if !ok {
		return strings.TrimSpace(line)
	}
	return t
}

// cutHeading returns the text of an ATX heading line and true, or false
// when the line is not a heading.
func cutHeading(line string) (string, bool) {
	t := strings.TrimSpace(line)
	marks := len(t) - len(strings.TrimLeft(t, "#"))
	if marks == 0 || marks > 6 || (marks < len(t) && t[marks] != ' ' && t[marks] != '\t') {
		return "", false
	}
	t = strings.TrimSpace(t[marks:])
	if u := strings.TrimRight(t, "#"); u == "" || strings.HasSuffix(u, " ") || strings.HasSuffix(u, "\t") {
		t = strings.TrimSpace(u)
	}
	return t, true
}

// sameLine reports whether two lines are equal up to case, heading
// marks and white space.
func sameLine(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(headingText(a)), " "), strings.Join(strings.Fields(b), " "))
}

// formatSize formats a byte count for messages.
func formatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
