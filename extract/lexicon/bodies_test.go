package lexicon

import "testing"

func TestBodyOf(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		state, body, want string // want "" for none
	}{
		{"United States", "Treasury", "U.S. Treasury"},
		{"United Kingdom", "Treasury", "HM Treasury"},
		{"United Kingdom", "parliament", "Parliament of the United Kingdom"},
		{"United Kingdom", "commons", ""},
		{"Japan", "Foreign Ministry", "Japanese Foreign Ministry"},
		{"Russia", "Central Bank", "Bank of Russia"},
		{"Japan", "Central Bank", ""},
		{"Japan", "Treasury", ""},
		{"Atlantis", "Treasury", ""},
	}
	for _, tt := range tests {
		e, ok := l.BodyOf(tt.state, tt.body)
		if got := e.Name; got != tt.want || ok != (tt.want != "") {
			t.Errorf("BodyOf(%q, %q) = %q, %v; want %q", tt.state, tt.body, got, ok, tt.want)
		}
	}
	for state, want := range map[string]string{"Japan": "Japanese", "United Kingdom": "British", "Atlantis": ""} {
		if got := l.Demonym(state); got != want {
			t.Errorf("Demonym(%q) = %q, want %q", state, got, want)
		}
	}
}
