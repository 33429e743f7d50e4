package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitLong(t *testing.T) {
	lines := strings.Repeat("Vladimir Putin met Emmanuel Macron in Paris\n", 200)
	tests := []struct {
		name      string
		text      string
		max       int
		wantMin   int // at least this many sentences
		wantSplit bool
	}{
		{"short sentences untouched", "Putin met Macron. Scholz said so.", 4096, 2, false},
		{"unpunctuated lines", "Title\n\n" + lines, 4096, 200, true},
		{"one long line with commas", strings.Repeat("Putin, Macron, Scholz, Meloni, ", 400), 1000, 12, true},
		{"one long line of words", strings.Repeat("word ", 3000), 1000, 15, true},
		{"one unbroken run", strings.Repeat("x", 5000), 1000, 5, true},
		{"multibyte run", strings.Repeat("ж", 3000), 1001, 6, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := Sentences(tc.text)
			got := SplitLong(tc.text, sents, tc.max)
			if len(got) < tc.wantMin {
				t.Errorf("%d sentences, want at least %d", len(got), tc.wantMin)
			}
			if !tc.wantSplit && len(got) != len(sents) {
				t.Errorf("split %d sentences into %d", len(sents), len(got))
			}
			checkPieces(t, tc.text, sents, got, tc.max)
		})
	}
}

// checkPieces checks that pieces are at most max bytes, in order, on
// character boundaries, numbered, and cover every non-space byte of the
// sentences they came from.
func checkPieces(t *testing.T, text string, sents, got []Sentence, max int) {
	t.Helper()
	covered := make([]bool, len(text))
	end := 0
	for i, s := range got {
		if s.Index != i {
			t.Fatalf("sentence %d has index %d", i, s.Index)
		}
		if s.Len() > max || s.Len() <= 0 {
			t.Fatalf("sentence %d is %d bytes (max %d)", i, s.Len(), max)
		}
		if s.Start < end {
			t.Fatalf("sentence %d starts at %d, before the end %d of the previous", i, s.Start, end)
		}
		if !utf8.ValidString(text[s.Start:s.End]) {
			t.Fatalf("sentence %d cuts a character", i)
		}
		end = s.End
		for j := s.Start; j < s.End; j++ {
			covered[j] = true
		}
	}
	for _, s := range sents {
		for j := s.Start; j < s.End; j++ {
			if !covered[j] && !strings.ContainsRune(" \t\n\r", rune(text[j])) {
				t.Fatalf("byte %d (%q) of the text is in no sentence", j, text[j])
			}
		}
	}
}

func FuzzSplitLong(f *testing.F) {
	f.Add("Putin met Macron.\nScholz said, in Berlin; on Monday: yes", 8)
	f.Add(strings.Repeat("ж x,", 50), 7)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < 1 || limit > 1<<16 || !utf8.ValidString(text) {
			return
		}
		sents := Sentences(text)
		checkPieces(t, text, sents, SplitLong(text, sents, limit), max(limit, utf8.UTFMax))
	})
}
