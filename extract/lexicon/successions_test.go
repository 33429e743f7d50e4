package lexicon

import (
	"errors"
	"testing"
	"testing/fstest"
	"time"
)

func TestPredecessorOf(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"Germany", "West Germany", true},
		{"Russia", "Soviet Union", true},
		{"European Union", "European Community", true},
		{"West Germany", "", false},
		{"France", "", false},
	}
	for _, tt := range tests {
		if got, ok := l.PredecessorOf(tt.name); got != tt.want || ok != tt.ok {
			t.Errorf("PredecessorOf(%q) = %q, %v, want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPredecessor(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { return mustDay(t, s) }
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
		{"European Union", day("1987-03-02"), "European Community"},
		{"European Union", day("1993-11-01"), "European Union"},
		{"Scottish Government", day("2005-01-20"), "Scottish Executive"},
		{"Scottish Government", day("2007-09-03"), "Scottish Government"},
		{"Senedd", day("2005-01-20"), "National Assembly for Wales"},
	}
	for _, tt := range tests {
		if got := l.Predecessor(tt.state, tt.day); got != tt.want {
			t.Errorf("Predecessor(%q, %s) = %q, want %q", tt.state, tt.day.Format(time.DateOnly), got, tt.want)
		}
	}
}

func TestSuccessionErrors(t *testing.T) {
	states := "Alba\tmember\t-\t-\t-\t-\nOld Alba\thistorical\t-\t-\t-\t-\n"
	orgs := "Alba League\tbloc\t-\t-\t-\t-\n"
	tests := []struct{ name, succ string }{
		{"UnknownState", "Alba\tGaul\t1990-01-01\n"},
		{"BadDay", "Alba\tOld Alba\t1990\n"},
		{"TwoPredecessors", "Alba\tOld Alba\t1990-01-01\nAlba\tOld Alba\t1991-01-01\n"},
		{"StateAfterOrganisation", "Alba\tAlba League\t1990-01-01\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantParseError(t, fstest.MapFS{"states.tsv": {Data: []byte(states)}, "orgs.tsv": {Data: []byte(orgs)}, "successions.tsv": {Data: []byte(tt.succ)}}, "successions.tsv")
		})
	}
}

func TestExisted(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { return mustDay(t, s) }
	org := func(name string) Entry {
		for _, e := range l.Lookup(name) {
			if e.Kind == KindOrg {
				return e
			}
		}
		t.Fatalf("no organisation %q", name)
		return Entry{}
	}
	state := func(name string) Entry {
		for _, e := range l.Lookup(name) {
			if e.Kind == KindState {
				return e
			}
		}
		t.Fatalf("no state %q", name)
		return Entry{}
	}
	tests := []struct {
		e    Entry
		day  time.Time
		want bool
	}{
		{org("Wagner"), day("1987-03-02"), false},
		{org("Wagner"), day("2023-06-24"), true},
		{org("Wagner"), time.Time{}, true}, // undated: today's world
		{org("OPEC"), day("1987-03-02"), true},
		{org("Hamas"), day("1987-12-13"), false},
		{org("Hamas"), day("1987-12-14"), true},
		{state("Ukraine"), day("1987-03-02"), false},
		{state("Ukraine"), day("1991-08-24"), true},
		{state("Ukraine"), time.Time{}, true},
		{state("Georgia"), day("1991-04-08"), false},
		{state("Soviet Union"), day("1987-03-02"), true},
		{state("Germany"), day("1987-03-02"), true}, // a successor: inTime names the predecessor
	}
	for _, tt := range tests {
		if got := l.Existed(tt.e, tt.day); got != tt.want {
			t.Errorf("Existed(%q, %s) = %v, want %v", tt.e.Name, tt.day.Format(time.DateOnly), got, tt.want)
		}
	}
}

func TestFoundedErrors(t *testing.T) {
	orgs := "Alba League\tbloc\t-\t-\t-\t-\n"
	tests := []struct{ name, rows string }{
		{"UnknownOrganisation", "Gaul League\t1990-01-01\n"},
		{"UnknownState", "Gaul\t1990-01-01\n"},
		{"BadDay", "Alba League\t1990\n"},
		{"Twice", "Alba League\t1990-01-01\nAlba League\t1991-01-01\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantParseError(t, fstest.MapFS{"orgs.tsv": {Data: []byte(orgs)}, "founded.tsv": {Data: []byte(tt.rows)}}, "founded.tsv")
		})
	}
}

// mustDay parses a day written YYYY-MM-DD.
func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// wantParseError checks that loading fsys fails with a ParseError in file.
func wantParseError(t *testing.T, fsys fstest.MapFS, file string) {
	t.Helper()
	_, err := Load(fsys)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Source != file {
		t.Errorf("Load: error %v, want a ParseError in %s", err, file)
	}
}
