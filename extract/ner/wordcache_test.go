package ner

import "testing"

func TestWordCacheEntry(t *testing.T) {
	var c wordCache
	a, b := &tokInfo{raw: 1, low: 2}, &tokInfo{raw: 1, low: 3}
	e := c.entry(a)
	e.have |= haveWord
	e.word[0][0] = 7
	if e := c.entry(a); e.have&haveWord == 0 || e.word[0][0] != 7 {
		t.Errorf("entry(a) lost its sums: %+v", e.word[0][0])
	}
	// b shares the slot of a (same raw hash) but is another word.
	if e := c.entry(b); e.have != haveUsed {
		t.Errorf("entry(b) kept the parts of a: have %b", e.have)
	}
	if e := c.entry(a); e.have != haveUsed {
		t.Errorf("entry(a) kept the parts of b: have %b", e.have)
	}
}
