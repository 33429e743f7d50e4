package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecodeCharRefs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Decimal", "a G7 communiqu&#233; on debt", "a G7 communiqué on debt"},
		{"Hex", "Jos&#xE9; Manuel Barroso", "José Manuel Barroso"},
		{"Named", "AT&amp;T and Marks &amp; Spencer", "AT&T and Marks & Spencer"},
		{"Apostrophe", "O&#39;Neill said", "O'Neill said"},
		{"Pound", "&#163;1.8m fine", "£1.8m fine"},
		{"NoSemicolonStays", "AT&T and R&D, &nothing here, &amp without end", "AT&T and R&D, &nothing here, &amp without end"},
		{"UnknownNameStays", "the &foo; tag", "the &foo; tag"},
		{"BareAmpersands", "& && &; &#; &#x; &#xZZ;", "& && &; &#; &#x; &#xZZ;"},
		{"DoubleEscapedOnce", "&amp;lt;", "&lt;"},
		{"AtTheEnd", "end &#233;", "end é"},
		{"NoAmpersand", "plain text", "plain text"},
		{"TooLong", "&" + string(make([]byte, 50)) + ";", "&" + string(make([]byte, 50)) + ";"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decodeCharRefs(tt.in); got != tt.want {
				t.Errorf("decodeCharRefs(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzDecodeCharRefs checks that decoding keeps text without an
// ampersand as it is, keeps valid UTF-8 valid and never grows text by
// more than its references can.
func FuzzDecodeCharRefs(f *testing.F) {
	for _, s := range []string{"communiqu&#233;", "AT&T", "&amp;&lt;&#x41;", "&#99999999999;", "&", "&nGt;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := decodeCharRefs(s)
		if !strings.Contains(s, "&") && got != s {
			t.Fatalf("decodeCharRefs(%q) = %q, want it unchanged", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("decodeCharRefs(%q) = %q, not valid UTF-8", s, got)
		}
		if len(got) > 2*len(s) {
			t.Fatalf("decodeCharRefs(%q) grew to %d bytes", s, len(got))
		}
	})
}
