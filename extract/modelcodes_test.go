package extract

import "testing"

func TestIsModelCode(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"DC-10", true},
		{"DC-10s", true},
		{"MiG-29", true},
		{"SH-2F", true},
		{"Cray-1", true},
		{"GSM-102", true},
		{"G7", false},        // no hyphen: a group's or a band's name ("G7", "U2")
		{"TF1", false},       // a channel
		{"Coca-Cola", false}, // no number
		{"B-", false},
		{"-10", false},
		{"dc-10", false},      // lower case
		{"Boeing-747", false}, // five letters before the hyphen: a name
		{"X-12345", false},    // five digits: a number, not a model
		{"F-16ABC", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isModelCode(tt.s); got != tt.want {
			t.Errorf("isModelCode(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
