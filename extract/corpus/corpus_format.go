package corpus

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// Format is an input format.
type Format string

// The input formats. FormatAuto means: decide from the file extension, or
// from the content for stdin and unknown extensions.
const (
	FormatAuto      Format = ""
	FormatText      Format = "text"
	FormatMarkdown  Format = "markdown"
	FormatHTML      Format = "html"
	FormatJSONLines Format = "jsonl"
	FormatJSON      Format = "json"
)

// ParseFormat parses a format name: "auto", "text" ("txt"), "markdown"
// ("md"), "html", "jsonl" ("ndjson") or "json".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return FormatAuto, nil
	case "text", "txt", "plain":
		return FormatText, nil
	case "markdown", "md":
		return FormatMarkdown, nil
	case "html", "htm", "xhtml":
		return FormatHTML, nil
	case "jsonl", "ndjson", "json-lines", "jsonlines":
		return FormatJSONLines, nil
	case "json":
		return FormatJSON, nil
	}
	return FormatAuto, fmt.Errorf("unknown input format %q (want auto, text, markdown, html, jsonl or json)", s)
}

// formatOf returns the format a file extension names, or FormatAuto
// for no or an unknown extension.
func formatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONLines
	case ".json":
		return FormatJSON
	}
	return FormatAuto
}

// sniff guesses the format of stdin from its first bytes: '{' starts
// JSON lines, '[' followed by '{' or ']' a JSON array, an HTML document type
// or <html>, <head> or <body> tag HTML, anything else plain text.
func sniff(head []byte) Format {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(h) == 0:
		return FormatText
	case h[0] == '{':
		return FormatJSONLines
	case h[0] == '[':
		if r := bytes.TrimLeft(h[1:], " \t\r\n"); len(r) > 0 && (r[0] == '{' || r[0] == ']') {
			return FormatJSON
		}
	case looksHTML(h):
		return FormatHTML
	}
	return FormatText
}

// looksHTML reports whether the start of a file is an HTML page.
func looksHTML(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(h) == 0 || h[0] != '<' {
		return false
	}
	l := bytes.ToLower(h[:min(len(h), 1024)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.Contains(l, []byte(tag)) {
			return true
		}
	}
	return false
}

// isGraphFile reports whether the first bytes of an input are those of an
// actorgraph graph file: a JSON object whose first field is the graph
// format.
func isGraphFile(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(h) == 0 || h[0] != '{' {
		return false
	}
	h = bytes.TrimLeft(h[1:], " \t\r\n")
	return bytes.HasPrefix(h, []byte(`"format": "actorgraph-graph/`)) || bytes.HasPrefix(h, []byte(`"format":"actorgraph-graph/`))
}

// sniffJSON tells JSON lines and JSON arrays of records by their first
// bytes, for inputs whose name does not say: an object that starts with a
// quoted key ({"id": ...) is JSON lines, an array of such objects a JSON
// array; anything else (text that happens to start with '{' or '[') is
// FormatAuto.
func sniffJSON(head []byte) Format {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(h) == 0 {
		return FormatAuto
	}
	rest := bytes.TrimLeft(h[1:], " \t\r\n")
	switch h[0] {
	case '{':
		if len(rest) > 0 && rest[0] == '"' {
			return FormatJSONLines
		}
	case '[':
		if len(rest) > 0 && rest[0] == '{' {
			if r := bytes.TrimLeft(rest[1:], " \t\r\n"); len(r) > 0 && r[0] == '"' {
				return FormatJSON
			}
		}
	}
	return FormatAuto
}
