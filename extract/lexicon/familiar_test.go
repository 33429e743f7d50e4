package lexicon

import "testing"

func TestFamiliarForm(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"jim", "james", true},
		{"James", "Jim", true},
		{"Dick", "Richard", true},
		{"mike", "michael", true},
		{"chris", "christine", true},
		{"chris", "christopher", true},
		{"christine", "christopher", false}, // two formal names
		{"bill", "will", false},             // two familiar forms of one name
		{"patrick", "patricia", false},
		{"james", "james", false},
		{"jim", "john", false},
		{"zoltan", "zoli", false}, // not listed
	}
	for _, tt := range tests {
		if got := FamiliarForm(tt.a, tt.b); got != tt.want {
			t.Errorf("FamiliarForm(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParseFamiliar(t *testing.T) {
	m := parseFamiliar("# a comment\nrobert bob rob\n\nlone\n")
	if len(m["robert"]) != 2 || len(m["bob"]) != 1 || m["bob"][0] != "robert" || m["lone"] != nil {
		t.Errorf("parseFamiliar = %v", m)
	}
}
