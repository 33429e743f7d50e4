package extract

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
// the title, date (YYYY-MM-DD), URL (the canonical link or og:url, else
// url) and source (the site name) from the page's metadata. url may be
// empty. A first paragraph that repeats the title is dropped.
//
// ReadHTML reads at most DefaultMaxDocBytes and extracts from at most
// DefaultMaxHTMLBytes of markup once scripts and styles are removed. It
// repairs the encoding like Corpus does but drops the warning, and has no
// time limit (Corpus has one). Failures are *SkipError values without a
// path. ID and Path are left empty.
func ReadHTML(r io.Reader, url string) (Document, error) {
	b, skip := readAll(r, DefaultMaxDocBytes)
	if skip != nil {
		return Document{}, skip
	}
	doc, _, skip := readHTMLBytes(b, url, DefaultMaxHTMLBytes)
	if skip != nil {
		return Document{}, skip
	}
	return doc, nil
}

// readHTMLResult carries the outcome of readHTMLBytes across a goroutine.
type readHTMLResult struct {
	doc  Document
	warn []Warning
	skip *SkipError
}

// readHTMLTimed runs readHTMLBytes with a time limit. The extractor cannot
// be interrupted, so on timeout its goroutine is left to finish in the
// background and its result is dropped; the size and depth limits keep that
// rare.
func readHTMLTimed(b []byte, url string, maxMarkup int64, limit time.Duration) (Document, []Warning, *SkipError) {
	if limit <= 0 {
		return readHTMLBytes(b, url, maxMarkup)
	}
	done := make(chan readHTMLResult, 1)
	go func() {
		doc, warn, skip := readHTMLBytes(b, url, maxMarkup)
		done <- readHTMLResult{doc, warn, skip}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.warn, r.skip
	case <-timer.C:
		return Document{}, nil, readSkip(SkipHTMLTimeout, "extraction took longer than %v", limit)
	}
}

// readHTMLBytes decodes, cleans and extracts one page.
func readHTMLBytes(b []byte, url string, maxMarkup int64) (doc Document, warn []Warning, skip *SkipError) {
	s, w, skip := readHTMLDecode(b)
	if skip != nil {
		return Document{}, nil, skip
	}
	if w != nil {
		warn = append(warn, *w)
	}
	page, deep := readHTMLPrepare([]byte(s), readMaxHTMLDepth)
	if deep > 0 {
		warn = append(warn, Warning{Kind: WarnDeepHTML, Count: deep})
	}
	if int64(len(page)) > maxMarkup {
		return Document{}, warn, readSkip(SkipTooLarge, "%s of markup without scripts and styles, more than the %s limit",
			readSize(int64(len(page))), readSize(maxMarkup))
	}
	defer func() {
		if r := recover(); r != nil {
			doc, skip = Document{}, readSkip(SkipHTMLFailed, "extractor panicked: %v", r)
		}
	}()
	root, err := dom.Parse(bytes.NewReader(page))
	if err != nil {
		return Document{}, warn, readSkip(SkipHTMLFailed, "parse: %v", err)
	}
	opts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := nurl.ParseRequestURI(url); err == nil && url != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return Document{}, warn, readSkip(SkipNoText, "no article text found: %v", err)
	}
	doc.Title = strings.Join(strings.Fields(res.Metadata.Title), " ")
	if !res.Metadata.Date.IsZero() {
		doc.Date = res.Metadata.Date.Format("2006-01-02")
	}
	doc.URL = url
	if res.Metadata.URL != "" {
		doc.URL = res.Metadata.URL
	}
	doc.Source = res.Metadata.Sitename
	paras := readHTMLParagraphs(res.ContentNode)
	// The extractor often keeps the headline as the first block.
	if len(paras) > 1 && doc.Title != "" && readIsHeadline(paras[0], doc.Title) {
		paras = paras[1:]
	}
	doc.Text = readCleanText(strings.Join(paras, "\n\n"))
	if doc.Text == "" {
		return Document{}, warn, readSkip(SkipNoText, "no article text found")
	}
	return doc, warn, nil
}

// readIsHeadline reports whether a first paragraph repeats the page title:
// it equals the title or, for titles with the site name appended ("Headline
// | Site"), starts it.
func readIsHeadline(para, title string) bool {
	if readSameLine(para, title) {
		return true
	}
	p := strings.ToLower(strings.Join(strings.Fields(para), " "))
	t := strings.ToLower(strings.Join(strings.Fields(title), " "))
	return len(p) >= 20 && strings.HasPrefix(t, p)
}

// readHTMLDecode returns the page as UTF-8. Byte order marks and UTF-16
// are handled like text files; a page that is not valid UTF-8 is decoded
// with the charset its <meta> tag declares, and failing that repaired like
// text (Windows-1252 or U+FFFD).
func readHTMLDecode(b []byte) (string, *Warning, *SkipError) {
	if len(b) >= 2 && (b[0] == 0xff || b[0] == 0xfe || b[0] == 0xef) || utf8.Valid(b) {
		return readDecode(b)
	}
	head := b[:min(len(b), 1024)]
	if kind, ok := readBinaryKind(b); ok && readUTF16Guess(b) == 0 {
		return "", nil, readSkip(SkipBinary, "%s", kind)
	}
	// DetermineEncoding reports a <meta> charset as uncertain, the same as
	// its Windows-1252 fallback guess; only a declared charset is trusted.
	declared := bytes.Contains(bytes.ToLower(head), []byte("charset"))
	if enc, name, certain := charset.DetermineEncoding(head, ""); (certain || declared) && name != "utf-8" {
		if d, err := enc.NewDecoder().Bytes(b); err == nil {
			s, w := readRepair(d)
			return s, w, nil
		}
	}
	return readDecode(b)
}

// readHTMLBlock lists the elements that start a new paragraph.
var readHTMLBlock = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "tr": true, "thead": true,
	"tbody": true, "tfoot": true, "caption": true, "figure": true, "figcaption": true,
	"header": true, "footer": true, "aside": true, "nav": true, "hr": true,
	"address": true, "details": true, "summary": true, "form": true, "fieldset": true,
	"center": true, "body": true, "html": true,
}

// readHTMLParagraphs renders extracted content as paragraphs of plain text:
// each block element becomes its own paragraph, <br> a line break, table
// cells are separated by spaces, and white space outside <pre> collapses.
func readHTMLParagraphs(root *html.Node) []string {
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
			readAppendCollapsed(&cur, n.Data)
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
		block := readHTMLBlock[name]
		if block {
			flush()
		}
		if depth < 4*readMaxHTMLDepth {
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

// readAppendCollapsed appends s with each run of HTML white space replaced
// by one space, and no space at the start of a line.
func readAppendCollapsed(sb *strings.Builder, s string) {
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
