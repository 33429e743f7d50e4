package lexicon

import (
	"errors"
	"testing"
	"testing/fstest"
	"time"
)

func TestPredecessor(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		state string
		day   time.Time
		want  string
	}{
		{"Germany", day("1987-03-02"), "West Germany"},
		{"Germany", day("1990-10-02"), "West Germany"},
		{"Germany", day("1990-10-03"), "Germany"},
		{"Russia", day("1987-03-02"), "Soviet Union"},
		{"Russia", day("2025-11-20"), "Russia"},
		{"Czech Republic", day("1992-12-31"), "Czechoslovakia"},
		{"France", day("1987-03-02"), "France"},
		{"Germany", time.Time{}, "Germany"}, // undated: today's world
	}
	for _, tt := range tests {
		if got := l.Predecessor(tt.state, tt.day); got != tt.want {
			t.Errorf("Predecessor(%q, %s) = %q, want %q", tt.state, tt.day.Format(time.DateOnly), got, tt.want)
		}
	}
}

func TestSuccessionErrors(t *testing.T) {
	states := "Alba\tmember\t-\t-\t-\t-\nOld Alba\thistorical\t-\t-\t-\t-\n"
	tests := []struct{ name, succ string }{
		{"UnknownState", "Alba\tGaul\t1990-01-01\n"},
		{"BadDay", "Alba\tOld Alba\t1990\n"},
		{"TwoPredecessors", "Alba\tOld Alba\t1990-01-01\nAlba\tOld Alba\t1991-01-01\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"states.tsv": {Data: []byte(states)}, "successions.tsv": {Data: []byte(tt.succ)}})
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Source != "successions.tsv" {
				t.Errorf("Load: error %v, want a ParseError in successions.tsv", err)
			}
		})
	}
}
