package query

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// MaxNameBytes bounds an actor name given to Find: the longest actor
// names are under a hundred bytes, and matching costs grow with the name.
const MaxNameBytes = 256

// NameError is returned by Find for a string that cannot be an actor name:
// too long, or without a letter or digit.
type NameError struct {
	Name   string
	Reason string
}

func (e *NameError) Error() string {
	n := e.Name
	if len(n) > 40 {
		n = n[:40]
		for len(n) > 0 && !utf8.ValidString(n) {
			n = n[:len(n)-1]
		}
		n += "…"
	}
	return fmt.Sprintf("%q is not an actor name: %s", n, e.Reason)
}

// checkName refuses names that cannot match an actor sensibly. Names are
// matched literally: "*" or "^(a+)+$" are not patterns.
func checkName(name string) error {
	if len(name) > MaxNameBytes {
		return &NameError{name, fmt.Sprintf("%d bytes, more than the %d an actor name may have", len(name), MaxNameBytes)}
	}
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return nil
		}
	}
	return &NameError{name, "it has no letter or digit"}
}

// variant reports whether cand is a spelling variant of the query name,
// whose lexicon.NameKey is qk: same key, and about the same length (a key
// drops doubled letters and punctuation, so "aaaa…" or "^(a+)+$" have the
// key of "AAA"; spelling variants differ by a few letters).
func variant(name, qk, cand string) bool {
	d := len(name) - len(cand)
	if d < 0 {
		d = -d
	}
	if d > max(3, len(cand)/4) || len(qk) < 2 {
		return false
	}
	return lexicon.NameKey(cand) == qk
}
