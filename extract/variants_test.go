package extract

import "testing"

func TestMisprintPair(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Greenspan", "Greespan", true},       // a letter dropped
		{"Grossman", "Grossmman", true},       // a letter added
		{"Stonecipher", "Stoneciphjer", true}, // a letter added inside
		{"Lindqvist", "Lindqvsit", true},      // two letters swapped
		{"Socieded", "Sociedad", true},        // a letter changed
		{"Clark", "Clarke", true},             // a final letter other than s
		{"Easterby", "Easterby", false},       // the same word
		{"Gaston", "Easton", false},           // the first letter
		{"Osbourne", "Osbournes", false},      // a final s
		{"Qatargas-2", "Qatargas-4", false},   // digits
		{"Kemp", "Kamp", false},               // shorter than five letters
		{"Greenspan", "Greenstun", false},     // two letters changed
		{"Schlesinger", "Schlesigner", true},  // swapped, case kept
		{"MIDWEST", "Midewest", true},         // compared without case
		{"Abcdef", "Abcdefgh", false},         // two letters added
		{"Lichtblau", "Lichtbalu", true},      // swapped
		{"Mississippi", "Misssissippi", true}, // added
		{"Bank", "Banks", false},              // plural, and short
	}
	for _, tt := range tests {
		if got := misprintPair(tt.a, tt.b); got != tt.want {
			t.Errorf("misprintPair(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := misprintPair(tt.b, tt.a); got != tt.want {
			t.Errorf("misprintPair(%q, %q) = %v, want %v (swapped arguments)", tt.b, tt.a, got, tt.want)
		}
	}
}
