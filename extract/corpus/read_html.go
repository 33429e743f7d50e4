package corpus

import (
	"bytes"
	"io"
	nurl "net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ReadHTML extracts the article from one web page: the body text only
// (navigation, scripts, styles, share buttons, captions and related links
// are left out by go-trafilatura), with paragraphs separated by "\n\n", and
// the title, date (from the page's metadata, see htmlMetaDate, normalised
// by package date; dropped if unreadable), URL (the canonical link or og:url, else url) and
// source (the site name) from the page's metadata. url may be
// empty. A first paragraph that repeats the title is dropped.
//
// ReadHTML reads at most DefaultMaxDocBytes and extracts from at most
// DefaultMaxHTMLBytes of markup once scripts and styles are removed. It
// repairs the encoding like Reader does but drops the warning, and has no
// time limit (Reader has one). Failures are *SkipError values without a
// path. ID and Path are left empty.
func ReadHTML(r io.Reader, url string) (Document, error) {
	b, skip := readLimited(r, DefaultMaxDocBytes)
	if skip != nil {
		return Document{}, skip
	}
	doc, _, skip := htmlBytes(b, url, DefaultMaxHTMLBytes)
	if skip != nil {
		return Document{}, skip
	}
	return quietDate(doc), nil
}

// htmlResult carries the outcome of htmlBytes across a goroutine.
type htmlResult struct {
	doc  Document
	warn []Warning
	skip *SkipError
}

// htmlTimed runs htmlBytes with a time limit. The extractor cannot
// be interrupted, so on timeout its goroutine is left to finish in the
// background and its result is dropped; the size and depth limits keep that
// rare.
func htmlTimed(b []byte, url string, maxMarkup int64, limit time.Duration) (Document, []Warning, *SkipError) {
	if limit <= 0 {
		return htmlBytes(b, url, maxMarkup)
	}
	done := make(chan htmlResult, 1)
	go func() {
		doc, warn, skip := htmlBytes(b, url, maxMarkup)
		done <- htmlResult{doc, warn, skip}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.warn, r.skip
	case <-timer.C:
		return Document{}, nil, skipf(SkipHTMLTimeout, "extraction took longer than %v", limit)
	}
}

// htmlBytes decodes, cleans and extracts one page.
func htmlBytes(b []byte, url string, maxMarkup int64) (doc Document, warn []Warning, skip *SkipError) {
	s, w, skip := htmlDecode(b)
	if skip != nil {
		return Document{}, nil, skip
	}
	if w != nil {
		warn = append(warn, *w)
	}
	page, deep := htmlPrepare([]byte(s), maxHTMLDepth)
	if deep > 0 {
		warn = append(warn, Warning{Kind: WarnDeepHTML, Count: deep})
	}
	if int64(len(page)) > maxMarkup {
		return Document{}, warn, skipf(SkipTooLarge, "%s of markup without scripts and styles, more than the %s limit",
			formatSize(int64(len(page))), formatSize(maxMarkup))
	}
	defer func() {
		if r := recover(); r != nil {
			doc, skip = Document{}, skipf(SkipHTMLFailed, "extractor panicked: %v", r)
		}
	}()
	root, err := dom.Parse(bytes.NewReader(page))
	if err != nil {
		return Document{}, warn, skipf(SkipHTMLFailed, "parse: %v", err)
	}
	// The date comes from the page's metadata only (htmlMetaDate), read
	// before the extractor changes the tree; go-htmldate would also
	// search the text, the URL and image names.
	metaDate := htmlMetaDate(root)
	opts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	if u, err := nurl.ParseRequestURI(url); err == nil && url != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return Document{}, warn, skipf(SkipNoText, "no article text found: %v", err)
	}
	doc.Title = headlineOf(strings.Join(strings.Fields(res.Metadata.Title), " "))
	doc.Date = metaDate
	doc.URL = url
	if res.Metadata.URL != "" {
		doc.URL = res.Metadata.URL
	}
	doc.Source = res.Metadata.Sitename
	paras := htmlParagraphs(res.ContentNode)
	// The extractor often keeps the headline as the first block.
	if len(paras) > 1 && doc.Title != "" && isHeadline(paras[0], doc.Title) {
		paras = paras[1:]
	}
	doc.Text = cleanText(strings.Join(paras, "\n\n"))
	if doc.Text == "" {
		return Document{}, warn, skipf(SkipNoText, "no article text found")
	}
	return doc, warn, nil
}

// headlineOf returns the headline of a page title that carries the site's
// name or section after a bar ("Headline | Editorial", "Headline | World
// news | The Guardian"): the part of the most words among those the bars
// separate (the first on a tie). Such a suffix names the page's
// furniture, not an actor of the story. A title without a spaced bar is
// returned as it is.
func headlineOf(title string) string {
	parts := strings.Split(title, " | ")
	best, words := parts[0], len(strings.Fields(parts[0]))
	for _, p := range parts[1:] {
		if n := len(strings.Fields(p)); n > words {
			best, words = p, n
		}
	}
	return strings.TrimSpace(best)
}

// isHeadline reports whether a first paragraph repeats the page title:
// it equals the title or, for titles with the site name appended ("Headline
// | Site"), starts it.
func isHeadline(para, title string) bool {
	if sameLine(para, title) {
		return true
	}
	p := strings.ToLower(strings.Join(strings.Fields(para), " "))
	t := strings.ToLower(strings.Join(strings.Fields(title), " "))
	return len(p) >= 20 && strings.HasPrefix(t, p)
}

// htmlDecode returns the page as UTF-8. Byte order marks and UTF-16
// are handled like text files; a page that is not valid UTF-8 is decoded
// with the charset its <meta> tag declares, and failing that repaired like
// text (Windows-1252 or U+FFFD).
func htmlDecode(b []byte) (string, *Warning, *SkipError) {
	if len(b) >= 2 && (b[0] == 0xff || b[0] == 0xfe || b[0] == 0xef) || utf8.Valid(b) {
		return decode(b)
	}
	head := b[:min(len(b), 1024)]
	if kind, ok := binaryKind(b); ok && utf16Guess(b) == 0 {
		return "", nil, skipf(SkipBinary, "%s", kind)
	}
	// DetermineEncoding reports a <meta> charset as uncertain, the same as
	// its Windows-1252 fallback guess; only a declared charset is trusted.
	declared := bytes.Contains(bytes.ToLower(head), []byte("charset"))
	if enc, name, certain := charset.DetermineEncoding(head, ""); (certain || declared) && name != "utf-8" {
		if d, err := enc.NewDecoder().Bytes(b); err == nil {
			s, w := repairUTF8(d)
			return s, w, nil
		}
	}
	return decode(b)
}

// htmlBlock lists the elements that start a new paragraph.
var htmlBlock = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "tr": true, "thead": true,
	"tbody": true, "tfoot": true, "caption": true, "figure": true, "figcaption": true,
	"header": true, "footer": true, "aside": true, "nav": true, "hr": true,
	"address": true, "details": true, "summary": true, "form": true, "fieldset": true,
	"center": true, "body": true, "html": true,
}

// htmlParagraphs renders extracted content as paragraphs of plain text:
// each block element becomes its own paragraph, <br> a line break, table
// cells are separated by spaces, and white space outside <pre> collapses.
func htmlParagraphs(root *html.Node) []string {
	if root == nil {
		return nil
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.TrimSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node, pre bool, depth int)
	walk = func(n *html.Node, pre bool, depth int) {
		switch n.Type {
		case html.TextNode:
			if pre {
				cur.WriteString(n.Data)
				return
			}
			appendCollapsed(&cur, n.Data)
			return
		case html.ElementNode:
		case html.DocumentNode:
		default:
			return
		}
		name := n.Data
		switch name {
		case "script", "style", "noscript", "template", "head", "title":
			return
		case "br":
			cur.WriteString("\n")
			return
		case "td", "th":
			cur.WriteString(" ")
		}
		block := htmlBlock[name]
		if block {
			flush()
		}
		if depth < 4*maxHTMLDepth {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, pre || name == "pre", depth+1)
			}
		}
		if block {
			flush()
		}
	}
	walk(root, false, 0)
	flush()
	for i, p := range paras {
		// Trim the spaces left around line breaks.
		lines := strings.Split(p, "\n")
		for j, l := range lines {
			lines[j] = strings.TrimSpace(l)
		}
		paras[i] = strings.Join(lines, "\n")
	}
	return paras
}

// appendCollapsed appends s with each run of HTML white space replaced
// by one space, and no space at the start of a line.
func appendCollapsed(sb *strings.Builder, s string) {
	space := sb.Len() > 0 && !strings.HasSuffix(sb.String(), " ") && !strings.HasSuffix(sb.String(), "\n")
	pending := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			pending = true
			continue
		}
		if pending && space {
			sb.WriteByte(' ')
		}
		pending = false
		space = true
		sb.WriteRune(r)
	}
	if pending && space {
		sb.WriteByte(' ')
	}
}
