package query

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// TestFindHostileNames checks that names typed on the command line that
// cannot be actor names are refused or not found, with bounded work, and
// never resolve to some actor ("aaaa…" and "^(a+)+$" used to give "AAA").
func TestFindHostileNames(t *testing.T) {
	g := New(&graph.Graph{Nodes: []graph.Node{
		{ID: 0, Name: "AAA", Type: extract.KindOrg, Mentions: 4},
		{ID: 1, Name: "Volodymyr Zelensky", Type: extract.KindPerson, Aliases: []string{"Zelensky"}, Mentions: 5},
	}}, "")
	tests := []struct {
		name, query string
		want        string // "name", "notfound" or the name found
	}{
		{"100 KB name", strings.Repeat("a", 100_000), "name"},
		{"long name with a real one inside", "Volodymyr Zelensky " + strings.Repeat("x", 300), "name"},
		{"regex", "^(a+)+$", "notfound"},
		{"regex wildcard", ".*", "name"},
		{"only punctuation", "…!?", "name"},
		{"repeated letters", "aaaaaaaaaaaaaa", "notfound"},
		{"spelling variant still works", "Zelenskiy", "Volodymyr Zelensky"},
		{"exact", "aaa", "AAA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			id, err := g.Find(tc.query)
			var ne *NameError
			var nf *NotFoundError
			switch tc.want {
			case "name":
				if !errors.As(err, &ne) {
					t.Errorf("Find = %d, %v; want a NameError", id, err)
				}
			case "notfound":
				if !errors.As(err, &nf) {
					t.Errorf("Find = %d, %v; want not found", id, err)
				}
			default:
				if err != nil || g.Nodes[id].Name != tc.want {
					t.Errorf("Find = %d, %v; want %s", id, err, tc.want)
				}
			}
			if err != nil && len(err.Error()) > 300 {
				t.Errorf("error message of %d bytes", len(err.Error()))
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}
