package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/query"
)

// textOrMissing is the sentence of a table row: the text, or why it is
// missing.
func textOrMissing(r query.Evidence) string {
	if r.Text == "" && r.Missing != "" {
		return "(text not stored and not re-read: " + r.Missing + ")"
	}
	return r.Text
}

// docLabel is the short name of a document in tables: the leading number
// of its file name ("004" for 004_31b66dd9.txt), else its base name.
func docLabel(id string) string {
	base := filepath.Base(safe(id))
	i := strings.IndexFunc(base, func(r rune) bool { return !unicode.IsDigit(r) })
	if i > 0 && (base[i] == '_' || base[i] == '-' || base[i] == '.') {
		return base[:i]
	}
	if ext := filepath.Ext(base); ext != "" && len(base) > len(ext) {
		base = strings.TrimSuffix(base, ext)
	}
	if r := []rune(base); len(r) > 24 {
		return string(r[:23]) + "…"
	}
	return base
}

// citedSources collects the documents a text output cites, in the order
// they are first cited, and ends the output with their list: the label in
// brackets, then the full document id, title, date, outlet and URL.
type citedSources struct {
	seen map[string]bool
	list []query.Evidence
}

// cite records the document of ev and returns the label to print.
func (s *citedSources) cite(ev query.Evidence) string {
	label := ev.Label
	if label == "" {
		label = docLabel(ev.Doc)
	}
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	if !s.seen[ev.Doc] {
		s.seen[ev.Doc] = true
		s.list = append(s.list, ev)
	}
	return safe(label)
}

// write prints the list of the documents cited.
func (s *citedSources) write(w io.Writer) {
	if len(s.list) == 0 {
		return
	}
	fmt.Fprintln(w, "sources:")
	for _, ev := range s.list {
		line := "  [" + clip(ev.Label, 80) + "] " + clip(ev.Doc, 200)
		for _, x := range []string{ev.Title, ev.Date, ev.Outlet, ev.URL} {
			if x != "" {
				line += " · " + clip(x, 160)
			}
		}
		fmt.Fprintln(w, line)
	}
}
