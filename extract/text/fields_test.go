package text

import (
	"strings"
	"testing"
)

// fieldInputs are strings with every kind of white space in every place.
var fieldInputs = []string{"", " ", "  ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", " a b ", "Vladimir Putin",
	"Mr.\u00a0Putin", "x\u2003y", "\u0085a", "a\u3000", "Jean-Claude  Juncker ", "\ta", "é è", "a\u200bb", "\xff b", "a \xff"}

func TestFieldHelpers(t *testing.T) {
	for _, s := range fieldInputs {
		f := strings.Fields(s)
		if got, want := JoinFields(s), strings.Join(f, " "); got != want {
			t.Errorf("JoinFields(%q) = %q, want %q", s, got, want)
		}
		for max := 1; max <= 3; max++ {
			if got, want := FieldCount(s, max), min(len(f), max); got != want {
				t.Errorf("FieldCount(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
		first, full := FirstField(s)
		wantFirst := ""
		if len(f) > 0 {
			wantFirst = f[0]
		}
		if first != wantFirst || full != (len(f) >= 2) {
			t.Errorf("FirstField(%q) = %q, %v, want %q, %v", s, first, full, wantFirst, len(f) >= 2)
		}
		last, full := LastField(s)
		wantLast := ""
		if len(f) > 0 {
			wantLast = f[len(f)-1]
		}
		if last != wantLast || full != (len(f) >= 2) {
			t.Errorf("LastField(%q) = %q, %v, want %q, %v", s, last, full, wantLast, len(f) >= 2)
		}
	}
}

func FuzzFieldHelpers(f *testing.F) {
	for _, s := range fieldInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Fields(s)
		if got, want := JoinFields(s), strings.Join(fs, " "); got != want {
			t.Errorf("JoinFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := FieldCount(s, 2), min(len(fs), 2); got != want {
			t.Errorf("FieldCount(%q, 2) = %d, want %d", s, got, want)
		}
		if first, full := FirstField(s); full != (len(fs) >= 2) || len(fs) > 0 && first != fs[0] {
			t.Errorf("FirstField(%q) = %q, %v", s, first, full)
		}
		if last, full := LastField(s); full != (len(fs) >= 2) || len(fs) > 0 && last != fs[len(fs)-1] {
			t.Errorf("LastField(%q) = %q, %v", s, last, full)
		}
	})
}
