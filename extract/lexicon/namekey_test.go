package lexicon

import "testing"

// nameKeyInputs are ASCII names that exercise every rule of NameKey.
var nameKeyInputs = []string{"", "Zelensky", "Zelenskiy", "Zelenskyy", "George H. W. Bush", "George H.W. Bush", "O'Brien",
	"J.D. Vance", "Yevgeny Prigozhin", "Yes", "Yeye", "al Assad", "A L Assad", "Aksyonov", "kss", "Mohammed bin Salman",
	"X Y Z W", "h w al b", "  Hunter   Biden ", "U.S.", "a.b.c d-e_f", "yyyy", "ksks", "Ye", "yek", "KSY", "BAA", "Baa", "CCTV 2005", "Mohammed AA"}

func TestNameKeyASCII(t *testing.T) {
	for _, s := range nameKeyInputs {
		if got, want := nameKeyASCII(s), nameKey(s); got != want {
			t.Errorf("nameKeyASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNameKeyASCII(f *testing.F) {
	for _, s := range nameKeyInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		if got, want := nameKeyASCII(s), nameKey(s); got != want {
			t.Errorf("nameKeyASCII(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestNameKeyAcronyms(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"BAA", "BA", false},          // two acronyms a letter apart
		{"Mohammed", "Mohamed", true}, // a spelling variant
		{"Foxx", "Fox", true},         // so is this, for the key
		{"CCTV", "CTV", false},
		{"U.S.", "US", true},
		{"ÉEF", "EF", false},
	}
	for _, tt := range tests {
		if got := NameKey(tt.a) == NameKey(tt.b); got != tt.same {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; same = %v, want %v", tt.a, NameKey(tt.a), tt.b, NameKey(tt.b), got, tt.same)
		}
	}
}
