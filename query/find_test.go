package query

import (
	"errors"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

func TestFind(t *testing.T) {
	g := &graph.Graph{Nodes: []graph.Node{
		{ID: 0, Name: "Hunter Biden", Type: extract.KindPerson, Mentions: 2},
		{ID: 1, Name: "Joe Biden", Type: extract.KindPerson, Mentions: 3},
		{ID: 2, Name: "Russia", Type: extract.KindState, Aliases: []string{"Kremlin", "Moscow", "Russian"}, Mentions: 9},
		{ID: 3, Name: "Steve Witkoff", Type: extract.KindPerson, Aliases: []string{"Witkoff"}, Mentions: 7},
		{ID: 4, Name: "Volodymyr Zelensky", Type: extract.KindPerson, Aliases: []string{"Zelensky"}, Mentions: 5},
	}}
	tests := []struct {
		name, query string
		want        int
		errType     string
	}{
		{"ExactCaseInsensitive", "steve witkoff", 3, ""},
		{"Surname", "witkoff", 3, ""},
		{"Alias", "kremlin", 2, ""},
		{"SpellingVariant", "Zelenskiy", 4, ""},
		{"Possessive", "Putin's", -1, "notfound"},
		{"AmbiguousSurname", "Biden", -1, "ambiguous"},
		{"Typo", "Witkopp", -1, "notfound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := find(g, tt.query)
			switch tt.errType {
			case "":
				if err != nil || got != tt.want {
					t.Errorf("Find(%q) = %d, %v; want %d", tt.query, got, err, tt.want)
				}
			case "ambiguous":
				var ae *AmbiguousError
				if !errors.As(err, &ae) || len(ae.Candidates) != 2 {
					t.Errorf("Find(%q) error = %v, want ambiguity between two", tt.query, err)
				}
			case "notfound":
				var ne *NotFoundError
				if !errors.As(err, &ne) {
					t.Errorf("Find(%q) error = %v, want not found", tt.query, err)
				}
			}
		})
	}
	_, err := find(g, "Witkopp")
	var ne *NotFoundError
	if errors.As(err, &ne) && (len(ne.Suggestions) == 0 || ne.Suggestions[0] != "Steve Witkoff") {
		t.Errorf("Find(Witkopp) suggestions = %v, want Steve Witkoff first", ne.Suggestions)
	}
}
