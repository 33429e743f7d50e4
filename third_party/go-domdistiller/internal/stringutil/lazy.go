package stringutil

import (
	"sync"
	"unicode"
)

// Patched for actorgraph: the three range tables of word-counter.go are
// built on first use (makeRangeTables, run once by loadRangeTables at the
// start of every Count) instead of in a package initialiser (see the README
// of this copy).

var (
	rangeTablesOnce                    sync.Once
	rtMatcher1, rtMatcher2, rtMatcher3 *unicode.RangeTable
)

// loadRangeTables builds the range tables if that has not happened yet.
func loadRangeTables() { rangeTablesOnce.Do(makeRangeTables) }
