package out

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Plain", "Vladimir Putin", "Vladimir Putin"},
		{"Spaces", "  Steve \t\n Witkoff  ", "Steve Witkoff"},
		{"Controls", "a\x00b\x1bc\x7fde", "abcde"},
		{"NextLine", "a\u0085b", "a b"},
		{"Bidi", "x\u202Ey\u200Fz\u2066w\u2069", "xyzw"},
		{"NonCharacters", "a\uFFFEb\uFFFFc\uFDD0d", "abcd"},
		{"InvalidUTF8", "a\xffb", "ab"},
		{"ReplacementChar", "a\uFFFDb", "ab"},
		{"Unicode", "Володимир Зеленський", "Володимир Зеленський"},
		{"Empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := clean(tt.in); isClean(got) != true {
				t.Errorf("isClean(clean(%q)) = false", tt.in)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"Organization for Security and Co-operation in Europe", 36, "Organization for Security and…"},
		{"abcdefghij", 5, "abcd…"},
		{"Зеленський", 4, "Зел…"},
	}
	for _, tt := range tests {
		got := truncate(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if utf8.RuneCountInString(got) > tt.max {
			t.Errorf("truncate(%q, %d) has %d runes", tt.in, tt.max, utf8.RuneCountInString(got))
		}
	}
	long := strings.Repeat("x", 10000)
	if got := truncate(long, maxLabel); utf8.RuneCountInString(got) != maxLabel {
		t.Errorf("truncate(10000 x) has %d runes, want %d", utf8.RuneCountInString(got), maxLabel)
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		ok   bool
	}{
		{"json", FormatJSON, true}, {"GraphML", FormatGraphML, true}, {".gexf", FormatGEXF, true},
		{"csv", FormatCSV, true}, {"dot", FormatDOT, true}, {"gv", FormatDOT, true},
		{"svg", FormatSVG, true}, {"PNG", FormatPNG, true}, {"pdf", "", false}, {"", "", false},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
