package text

import "testing"

func TestIsMonth(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"March", true}, {"Sept.", true}, {"DEC", true}, {"may", true}, {"Jan", true},
		{"Monday", false}, {"Marc", false}, {"Decem", false}, {"", false}, {".", false},
	}
	for _, tt := range tests {
		if got := IsMonth(tt.w); got != tt.want {
			t.Errorf("IsMonth(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestIsDash(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"-", true}, {"\u2014", true}, {"\u2013", true}, {"--", true},
		{"_", false}, {"---", false}, {"Kilroy-Silk", false}, {"", false},
	}
	for _, tt := range tests {
		if got := IsDash(tt.w); got != tt.want {
			t.Errorf("IsDash(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
