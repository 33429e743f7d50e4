package lexicon

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseAliasesErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantLine int
		wantCol  int
		wantMsg  string
	}{
		{"UnknownDirective", "# c\n\nrename A = B\n", 3, 1, "unknown directive"},
		{"IndentedUnknown", "  frobnicate A\n", 1, 3, "unknown directive"},
		{"MissingEquals", "alias Steve Witkoff Witkoff\n", 1, 0, "missing '='"},
		{"UnknownType", "actor X = starship\n", 1, 0, "unknown type"},
		{"EmptyType", "actor X =\n", 1, 0, "unknown type"},
		{"EmptyAffiliation", "actor X = person @ \n", 1, 0, "empty affiliation"},
		{"EmptyList", "merge Russia =   # nothing\n", 1, 0, "empty list"},
		{"EmptyListItem", "alias A = B, , C\n", 1, 0, "empty name"},
		{"NoName", "alias = B\n", 1, 0, "needs a name"},
		{"IgnoreWithEquals", "ignore A = B\n", 1, 0, "not '='"},
		{"IgnoreEmpty", "ignore\n", 1, 0, "at least one"},
		{"ReservedChar", "alias A@B = C\n", 1, 0, "unexpected"},
		{"InvalidUTF8", "alias A = \xff\n", 1, 1, "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAliases(strings.NewReader(tt.in), "my.aliases")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseAliases(%q) error = %v, want *ParseError", tt.in, err)
			}
			if pe.Source != "my.aliases" || pe.Line != tt.wantLine || !strings.Contains(pe.Err.Error(), tt.wantMsg) {
				t.Errorf("ParseAliases(%q) error = %q, want my.aliases:%d containing %q", tt.in, err, tt.wantLine, tt.wantMsg)
			}
			if tt.wantCol > 0 && pe.Column != tt.wantCol {
				t.Errorf("ParseAliases(%q) column = %d, want %d", tt.in, pe.Column, tt.wantCol)
			}
			if prefix := "my.aliases:"; !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error %q does not start with %q", err, prefix)
			}
		})
	}
}

func TestParseAliasesExample(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "aliases.example"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := ParseAliases(f, "aliases.example")
	if err != nil {
		t.Fatalf("ParseAliases(aliases.example) error: %v", err)
	}
	if a.Len() != 10 {
		t.Errorf("ParseAliases(aliases.example).Len() = %d, want 10", a.Len())
	}
}

func TestWithAliases(t *testing.T) {
	base := testDefault(t)
	src := `
actor Jane Roe = person @ Freedonia   # unknown affiliation is kept as written
alias Jane Roe = Roe, J. Roe
actor Abu Dhabi = place
alias Steve Witkoff = Steven C. Witkoff
merge Russia = Soviet Union
alias united states = Uncle Sam
split Georgia = Georgia
split Joe Biden = Hunter Biden
ignore Reuters, bloomberg news
`
	a, err := ParseAliases(strings.NewReader(src), "test")
	if err != nil {
		t.Fatalf("ParseAliases() error: %v", err)
	}
	l := base.WithAliases(a)

	names := func(es []Entry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	tests := []struct {
		phrase string
		want   []string
	}{
		{"Roe", []string{"Jane Roe"}},
		{"J. Roe", []string{"Jane Roe"}},
		{"Abu Dhabi", []string{"Abu Dhabi", "United Arab Emirates"}},
		{"Steven C. Witkoff", []string{"Steve Witkoff"}},
		{"USSR", []string{"Russia"}},
		{"Soviet Union", []string{"Russia"}},
		{"Georgia", []string{"Georgia (U.S. state)"}},
		{"Tbilisi", []string{"Georgia", "Tbilisi"}},
		{"Kremlin", []string{"Russia"}},
		{"Uncle Sam", []string{"United States"}},
	}
	for _, tt := range tests {
		if got := names(l.Lookup(tt.phrase)); !slices.Equal(got, tt.want) {
			t.Errorf("WithAliases: Lookup(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
	if e := l.Lookup("Abu Dhabi"); len(e) == 0 || e[0].Kind != KindUnknown {
		t.Errorf("WithAliases: Abu Dhabi = %+v, want a place first", e)
	}
	if e := l.Lookup("Roe"); len(e) == 0 || e[0].Kind != KindPerson || e[0].Affiliation != "Freedonia" {
		t.Errorf("WithAliases: Roe = %+v, want person of Freedonia", e)
	}
	if p, ok := l.Person("Jane Roe"); !ok || p.Affiliation != "Freedonia" {
		t.Errorf("WithAliases: Person(Jane Roe) = %+v, %v", p, ok)
	}
	if !l.Ignored("reuters") || !l.Ignored("Bloomberg News") || l.Ignored("TASS") {
		t.Errorf("Ignored: reuters %v, Bloomberg News %v, TASS %v; want true, true, false",
			l.Ignored("reuters"), l.Ignored("Bloomberg News"), l.Ignored("TASS"))
	}
	if c, ok := l.MergeTarget("soviet union"); !ok || c != "Russia" {
		t.Errorf("MergeTarget(soviet union) = %q, %v, want Russia, true", c, ok)
	}
	if _, ok := l.MergeTarget("Russia"); ok {
		t.Errorf("MergeTarget(Russia) reports a merge, want none")
	}
	if !l.KeepApart("Hunter Biden", "Joe Biden") || l.KeepApart("Joe Biden", "Jill Biden") {
		t.Errorf("KeepApart: got %v and %v, want true and false",
			l.KeepApart("Hunter Biden", "Joe Biden"), l.KeepApart("Joe Biden", "Jill Biden"))
	}

	// The base lexicon is unchanged.
	if got := names(base.Lookup("Georgia")); !slices.Equal(got, []string{"Georgia", "Georgia (U.S. state)"}) {
		t.Errorf("base Lookup(Georgia) = %q after WithAliases, want unchanged", got)
	}
	if base.Ignored("Reuters") {
		t.Errorf("base.Ignored(Reuters) = true after WithAliases, want false")
	}
	if base.WithAliases(nil) != base {
		t.Errorf("WithAliases(nil) returned a new lexicon, want the same")
	}
}

func TestMergeChainAndCycle(t *testing.T) {
	src := "merge B = A\nmerge C = B\nmerge A = C\n"
	_, err := ParseAliases(strings.NewReader(src), "cycle")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || !strings.Contains(err.Error(), "cycle") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("ParseAliases(cycle) error = %v, want a cycle at line 3 naming line 2", err)
	}
	// A cycle built without the parser still terminates.
	a := &Aliases{Source: "cycle", rules: []aliasRule{
		{op: "merge", name: "B", args: []string{"A"}, line: 1},
		{op: "merge", name: "C", args: []string{"B"}, line: 2},
		{op: "merge", name: "A", args: []string{"C"}, line: 3},
	}}
	l, err := Load(aliasTestFS())
	if err != nil {
		t.Fatal(err)
	}
	l = l.WithAliases(a) // must terminate
	if _, ok := l.MergeTarget("A"); !ok {
		t.Errorf("MergeTarget(A) ok = false, want true")
	}
}

// aliasTestFS is a tiny gazetteer for tests that do not need the
// embedded one.
func aliasTestFS() fstest.MapFS {
	return fstest.MapFS{
		"states.tsv": {Data: []byte("Russia\tmember\t-\tRussian\tMoscow\tKremlin\n" +
			"Soviet Union\thistorical\tUSSR\tSoviet\t-\t-\n")},
		"people.tsv": {Data: []byte("Joe Biden\tRussia\thead of state\tBiden\n")},
	}
}

func FuzzParseAliases(f *testing.F) {
	f.Add("actor Steve Witkoff = person @ United States\nalias Steve Witkoff = Witkoff\n")
	f.Add("merge Russia = Soviet Union, USSR\nsplit Georgia = Georgia\nignore Reuters\n")
	f.Add("# comment\n\n  \t\nactor A = place # trailing\n")
	f.Add("alias = \nactor = @\n\xff")
	base, err := Load(aliasTestFS())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ParseAliases(strings.NewReader(in), "fuzz")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("ParseAliases error %v is not a *ParseError with a line", err)
			}
			return
		}
		l := base.WithAliases(a)
		for _, r := range a.rules {
			l.Lookup(r.name)
			l.MergeTarget(r.name)
			for _, x := range r.args {
				l.Ignored(x)
				l.KeepApart(r.name, x)
			}
		}
	})
}
