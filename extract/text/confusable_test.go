package text

import "testing"

func TestFoldMixedScript(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\u0420utin met Macron", "Putin met Macron"},           // Cyrillic Р
		{"M\u043escow said", "Moscow said"},                     // Cyrillic о
		{"Z\u0435lensky and Zelensky", "Zelensky and Zelensky"}, // Cyrillic е
		{"\u041aremlin", "Kremlin"},                             // Cyrillic К
		{"\u0391thens", "Athens"},                               // Greek Α
		{"Путин встретился с Макроном", "Путин встретился с Макроном"}, // all Cyrillic
		{"Путин met Macron", "Путин met Macron"},                       // one script per word
		{"ПУТИН", "ПУТИН"},
		{"Пutin", "Пutin"},                       // no look-alike for П: left as is
		{"Путиn", "Путиn"},                       // Latin n is no look-alike of н
		{"Путin", "Путіn"},                       // Cyrillic main: the Latin i has a look-alike, n none
		{"Мoсква", "Москва"},                     // Latin o in a Cyrillic word
		{"Αθήνα and Athens", "Αθήνα and Athens"}, // all Greek
		{"plain ASCII text", "plain ASCII text"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := FoldMixedScript(tc.in); got != tc.want {
			t.Errorf("FoldMixedScript(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStripInvisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zelen\u00adsky", "Zelensky"},
		{"Zelen\u200dsky", "Zelensky"},
		{"Zelen\u200bsky", "Zelensky"},
		{"Robert \u202eKcilc\u202c Brown", "Robert Kcilc Brown"},
		{"\ufeffTitle", "Title"},
		{"plain", "plain"},
	}
	for _, tc := range tests {
		if got := StripInvisible(tc.in); got != tc.want {
			t.Errorf("StripInvisible(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzFoldMixedScript(f *testing.F) {
	f.Add("\u0420utin M\u043escow Путин")
	f.Fuzz(func(t *testing.T, s string) {
		out := FoldMixedScript(s)
		if len([]rune(out)) != len([]rune(s)) {
			t.Fatalf("FoldMixedScript(%q) = %q changes the number of characters", s, out)
		}
		if FoldMixedScript(out) != out {
			t.Fatalf("FoldMixedScript is not idempotent on %q", s)
		}
	})
}
