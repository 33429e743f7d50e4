package statement

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/text"
)

func TestCueFilesParse(t *testing.T) {
	c, errs := parseCues(cuesText, cuesIssuesText, cuesGenderText)
	for _, err := range errs {
		t.Errorf("embedded word lists: %v", err)
	}
	if len(c.cues) < 50 || len(c.issueKey) < 20 || len(c.gender) < 200 {
		t.Errorf("word lists too short: %d cues, %d issue phrases, %d gendered words", len(c.cues), len(c.issueKey), len(c.gender))
	}
	given, errs := parseGenders(givenGenderText, "given_gender.txt")
	for _, err := range errs {
		t.Errorf("embedded given names: %v", err)
	}
	if len(given) < 5000 {
		t.Errorf("given_gender.txt holds %d names, want thousands", len(given))
	}
	for w, g := range given {
		if h, ok := c.gender[w]; ok && h != g {
			t.Errorf("given_gender.txt gives %q the gender the hand list does not (the hand list's words are left out of it)", w)
		}
	}
	_, errs = parseCues("[cue]\nsaid\t2\tverb\nwarned -1\n[nosuch]\nx\n", "plan\n", "Anna\n")
	if got, want := len(errs), 5; got != want {
		t.Errorf("parseCues(bad input) = %d errors, want %d: %v", got, want, errs)
	}
}

func TestFoldWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Said", "said"},
		{"n\u2019t", "n't"},
		{"ALARMED", "alarmed"},
		{strings.Repeat("x", foldBuf+1), ""},
	}
	for _, tt := range tests {
		var buf [foldBuf]byte
		if got := string(foldWord(&buf, tt.in)); got != tt.want {
			t.Errorf("foldWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitleFits(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"spokesman", "spokesman", true},
		{"envoy", "special envoy", true},
		{"foreign policy aide", "foreign policy aide", true},
		{"minister", "deputy prime minister", false},
		{"prime minister", "deputy prime minister", false},
		{"aide", "foreign policy aide", true},
		{"special envoy", "envoy", false},
	}
	for _, tt := range tests {
		if got := titleFits(tt.short, tt.full); got != tt.want {
			t.Errorf("titleFits(%q, %q) = %v, want %v", tt.short, tt.full, got, tt.want)
		}
	}
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

func TestWordGender(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"Baroness", -1}, {"lady", -1}, {"Helena", -1}, {"Mrs.", -1},
		{"Lord", 1}, {"Charles", 1}, {"Mr", 1},
		{"Kennedy", 0}, {"", 0},
	}
	for _, tt := range tests {
		if got := WordGender(tt.word); got != tt.want {
			t.Errorf("WordGender(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestSuedIn(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Dunmore sued Harlow in May.", true},
		{"Dunmore is suing Harlow.", true},
		{"Dunmore filed a suit in state court.", true},
		{"Dunmore brought a lawsuit against Harlow.", true},
		{"Dunmore filed its complaint on Monday.", true},
		{"Dunmore filed its quarterly report with the regulator.", false},
		{"The suit was made in London.", false},
	}
	for _, tt := range tests {
		toks := text.AppendTokens(nil, tt.sentence, text.Span{Start: 0, End: len(tt.sentence)})
		if got := suedIn(toks); got != tt.want {
			t.Errorf("suedIn(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
