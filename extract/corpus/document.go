package corpus

import "strings"

// Document is one article as read from a file, a JSON record or stdin.
type Document struct {
	// ID identifies the document: the path for a file, "path#id" or the
	// record's own id for JSON records.
	ID string `json:"id"`
	// Path is the file the document came from ("-" for stdin).
	Path string `json:"path,omitempty"`
	// Line is the 1-based line (JSON lines) or record number (JSON arrays)
	// inside Path, 0 for whole-file documents.
	Line   int    `json:"line,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	// Text is the article body (without the title), valid UTF-8.
	Text string `json:"-"`
}

// AnalysedText is the text the extractor analyses and every offset of an
// extraction refers to: the title, a blank line and the body, so that the
// actors of a headline count; the body alone when there is no title or the
// body already starts with it.
func (d Document) AnalysedText() string {
	t := strings.TrimSpace(d.Title)
	if t == "" || strings.HasPrefix(strings.TrimSpace(d.Text), t) {
		return d.Text
	}
	return t + "\n\n" + d.Text
}
