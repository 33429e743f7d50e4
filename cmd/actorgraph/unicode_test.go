package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphfile"
)

// bidi are the characters that reorder what a terminal shows.
const bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

// TestUnicodeNames checks that invisible characters inside a name do not
// cut it, that a Cyrillic look-alike does not make a second actor that
// prints like the first, and that a command-line name with a look-alike
// finds the actor.
func TestUnicodeNames(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("Talks\n\n"+
		"Volodymyr Zelen\u00adsky met Vladimir Putin in Istanbul. "+
		"Volodymyr Zelen\u200dsky said \u0420utin was not ready. "+
		"Emmanuel Macron called Zelensky on Monday.\n"), 0o644)
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", a, "-o", g, "-q")
	var res struct {
		Actors []struct{ Name string } `json:"actors"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "actors", "-g", g, "--json")), &res); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, x := range res.Actors {
		seen[strings.ToLower(x.Name)]++
		if strings.ContainsFunc(x.Name, func(r rune) bool { return r == 0xad || r == 0x200d || r >= 0x400 && r < 0x530 }) {
			t.Errorf("actor %q keeps an invisible or look-alike character", x.Name)
		}
	}
	if seen["volodymyr zelensky"] != 1 || seen["vladimir putin"] != 1 || seen["volodymyr zelen"] > 0 {
		t.Errorf("actors %v: want one Volodymyr Zelensky and one Vladimir Putin", res.Actors)
	}
	if out := mustRun(t, "neighbors", "-g", g, "\u0420utin"); !strings.HasPrefix(out, "Vladimir Putin") {
		t.Errorf("neighbors Рutin (Cyrillic Р):\n%s", out)
	}
}

// TestNoBidiOnTerminal checks that bidirectional overrides in a crafted
// graph never reach the output of the text commands, and come out of the
// JSON ones as \u escapes.
func TestNoBidiOnTerminal(t *testing.T) {
	dir := t.TempDir()
	evil := "Robert \u202eKcilc\u202c Brown"
	gr := &graph.Graph{Format: graph.Format, Window: "sentence",
		Documents: []graph.DocRef{{ID: "doc\u202e1.txt", Title: "T\u2066itle"}},
		Nodes: []graph.Node{
			{ID: 0, Name: "Alice Smith", Type: extract.KindPerson, Aliases: []string{}, Mentions: 2, Documents: 1},
			{ID: 1, Name: evil, Type: extract.KindPerson, Aliases: []string{"R\u202eB"}, Mentions: 3, Documents: 1},
		},
		Edges: []graph.Edge{graph.Edge{Source: 0, Target: 1, Weight: 1, Documents: 1}.With(graph.EdgeText{
			Evidence: []graph.Evidence{{Doc: 0, Text: "Alice met \u202eRobert\u202c there."}}})},
		Stances: []graph.Stance{}, Statements: []graph.Statement{},
	}
	g := filepath.Join(dir, "g.json")
	if err := graphfile.WriteFile(g, gr); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"actors", "-g", g}, {"actors", "-g", g, "--json"}, {"rank", "-g", g}, {"communities", "-g", g},
		{"neighbors", "-g", g, "Alice Smith"}, {"paths", "-g", g, "Alice Smith", "Brown"},
		{"evidence", "-g", g, "Alice Smith", "Brown"}, {"evidence", "-g", g, "Alice Smith", "Brown", "--json"},
		{"paths", "-g", g, "Alice Smith", "Brown", "--json"}, {"export", "-g", g}, {"export", "-g", g, "--format", "csv"},
	} {
		out, stderr, code := runCLI(t, args...)
		if code != 0 {
			t.Errorf("%v: exit %d\n%s", args, code, stderr)
		}
		if strings.ContainsAny(out+stderr, bidi) {
			t.Errorf("%v: a bidirectional control reached the output:\n%q", args, out)
		}
	}
}
