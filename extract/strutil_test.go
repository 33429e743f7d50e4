package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fieldInputs are strings with every kind of white space in every place.
var fieldInputs = []string{"", " ", "  ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", " a b ", "Vladimir Putin",
	"Mr.\u00a0Putin", "x\u2003y", "\u0085a", "a\u3000", "Jean-Claude  Juncker ", "\ta", "é è", "a\u200bb", "\xff b", "a \xff"}

func TestFieldHelpers(t *testing.T) {
	for _, s := range fieldInputs {
		f := strings.Fields(s)
		if got, want := joinFields(s), strings.Join(f, " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		for max := 1; max <= 3; max++ {
			if got, want := fieldCount(s, max), min(len(f), max); got != want {
				t.Errorf("fieldCount(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
		first, full := firstField(s)
		wantFirst := ""
		if len(f) > 0 {
			wantFirst = f[0]
		}
		if first != wantFirst || full != (len(f) >= 2) {
			t.Errorf("firstField(%q) = %q, %v, want %q, %v", s, first, full, wantFirst, len(f) >= 2)
		}
		last, full := lastField(s)
		wantLast := ""
		if len(f) > 0 {
			wantLast = f[len(f)-1]
		}
		if last != wantLast || full != (len(f) >= 2) {
			t.Errorf("lastField(%q) = %q, %v, want %q, %v", s, last, full, wantLast, len(f) >= 2)
		}
	}
}

func FuzzFieldHelpers(f *testing.F) {
	for _, s := range fieldInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Fields(s)
		if got, want := joinFields(s), strings.Join(fs, " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := fieldCount(s, 2), min(len(fs), 2); got != want {
			t.Errorf("fieldCount(%q, 2) = %d, want %d", s, got, want)
		}
		if first, full := firstField(s); full != (len(fs) >= 2) || len(fs) > 0 && first != fs[0] {
			t.Errorf("firstField(%q) = %q, %v", s, first, full)
		}
		if last, full := lastField(s); full != (len(fs) >= 2) || len(fs) > 0 && last != fs[len(fs)-1] {
			t.Errorf("lastField(%q) = %q, %v", s, last, full)
		}
	})
}

// TestPeaceWordLengths checks the byte lengths that mentionsPeace relies
// on: every spelling that strings.EqualFold matches with "peace" or
// "truce" has 5 bytes, with "ceasefire" 9 or 10.
func TestPeaceWordLengths(t *testing.T) {
	span := func(w string) (lo, hi int) {
		for _, r := range w {
			short, long := utf8.RuneLen(r), utf8.RuneLen(r)
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				short, long = min(short, utf8.RuneLen(f)), max(long, utf8.RuneLen(f))
			}
			lo, hi = lo+short, hi+long
		}
		return lo, hi
	}
	for w, want := range map[string][2]int{"peace": {5, 5}, "truce": {5, 5}, "ceasefire": {9, 10}} {
		if lo, hi := span(w); lo != want[0] || hi != want[1] {
			t.Errorf("spellings of %q have %d to %d bytes, mentionsPeace assumes %d to %d", w, lo, hi, want[0], want[1])
		}
	}
}
