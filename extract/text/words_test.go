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
