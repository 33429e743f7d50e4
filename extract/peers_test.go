package extract

import "testing"

// TestPeerStyle checks which names read as a peer's style and the surname
// each gives.
func TestPeerStyle(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"Lord Carlile", "Carlile", true},
		{"Baroness Quill of Marlow", "Quill", true},
		{"Lord Penrose of Ashwell in the County of Kent", "Penrose", true},
		{"Lord Carlile of", "", false},
		{"Lord Mayor Smith", "", false},
		{"Lady Jane Grey", "", false},
		{"Peter Carlile", "", false},
		{"Lord", "", false},
	}
	for _, tt := range tests {
		got, ok := PeerStyle(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PeerStyle(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
