package main

import (
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
