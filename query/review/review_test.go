package review

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
)

// reviewGraph has a short name with two candidates (one shares a
// co-mentioned actor with it), an acronym whose only candidate shares
// none, a given name whose candidates share none, a fragment of an
// organisation, two spellings of one person, a club typed as a person and
// a film kept as an organisation.
func reviewGraph() *graph.Graph {
	g := &graph.Graph{Format: graph.Format, Nodes: []graph.Node{
		{ID: 0, Name: "Howard", Type: extract.KindPerson, Mentions: 9, ActorID: "person:howard", Candidates: []string{"Michael Howard", "John Howard"}},
		{ID: 1, Name: "Michael Howard", Type: extract.KindPerson, Mentions: 400, ActorID: "person:michael-howard"},
		{ID: 2, Name: "John Howard", Type: extract.KindPerson, Mentions: 20, ActorID: "person:john-howard"},
		{ID: 3, Name: "Newcastle United", Type: extract.KindOrg, Mentions: 30, ActorID: "org:newcastle-united"},
		{ID: 4, Name: "United", Type: extract.KindOrg, Mentions: 12, ActorID: "org:united"},
		{ID: 5, Name: "Bernie Ebbers", Type: extract.KindPerson, Mentions: 60},
		{ID: 6, Name: "Bernard Ebbers", Type: extract.KindPerson, Mentions: 15},
		{ID: 7, Name: "Wasps", Type: extract.KindPerson, Mentions: 30, Votes: &extract.Votes{Org: 6, Person: 1}},
		{ID: 8, Name: "Sideways", Type: extract.KindOrg, Mentions: 20, Votes: &extract.Votes{Work: 5, Agent: 1}},
		{ID: 9, Name: "Alan Shearer", Type: extract.KindPerson, Mentions: 40},
		{ID: 10, Name: "WorldCom", Type: extract.KindOrg, Mentions: 70},
		{ID: 11, Name: "A, B = C", Type: extract.KindOrg, Mentions: 5, Votes: &extract.Votes{Event: 9}},
		{ID: 12, Name: "Tony Blair", Type: extract.KindPerson, Mentions: 500},
		{ID: 13, Name: "NHS", Type: extract.KindOrg, Mentions: 22, Candidates: []string{"Norfolk High School"}},
		{ID: 14, Name: "Norfolk High School", Type: extract.KindOrg, Mentions: 1},
		{ID: 15, Name: "Anne", Type: extract.KindPerson, Mentions: 8, Candidates: []string{"Anne Alder", "Anne Morrow"}},
		{ID: 16, Name: "Anne Alder", Type: extract.KindPerson, Mentions: 4},
		{ID: 17, Name: "Anne Morrow", Type: extract.KindPerson, Mentions: 3},
		{ID: 18, Name: "BT", Type: extract.KindOrg, Mentions: 80, Documents: 21, Candidates: []string{"Bourne Television"}},
		{ID: 19, Name: "Bourne Television", Type: extract.KindOrg, Mentions: 1, Documents: 1},
		{ID: 20, Name: "Pipfruit Computers", Type: extract.KindOrg, Mentions: 60, Votes: &extract.Votes{Product: 8, Agent: 10}},
		{ID: 21, Name: "Zapdisc", Type: extract.KindOrg, Mentions: 12, Votes: &extract.Votes{Product: 9, Agent: 2}},
	}}
	g.Edges = []graph.Edge{
		{Source: 3, Target: 9, Weight: 5}, {Source: 4, Target: 9, Weight: 2},
		{Source: 5, Target: 10, Weight: 9}, {Source: 6, Target: 10, Weight: 3},
		{Source: 0, Target: 12, Weight: 3}, {Source: 1, Target: 12, Weight: 40}, {Source: 2, Target: 10, Weight: 1},
		{Source: 13, Target: 12, Weight: 4}, {Source: 14, Target: 9, Weight: 1},
		{Source: 15, Target: 12, Weight: 1}, {Source: 16, Target: 9, Weight: 1}, {Source: 17, Target: 10, Weight: 1},
		{Source: 18, Target: 12, Weight: 2}, {Source: 19, Target: 12, Weight: 1},
	}
	return g
}

func TestReview(t *testing.T) {
	items := Of(reviewGraph(), Options{})
	lines := map[string]string{}
	for _, it := range items {
		lines[it.Kind+" "+it.Actor] = it.Line
		if it.Evidence <= 0 || it.Reason == "" {
			t.Errorf("item without evidence: %+v", it)
		}
	}
	want := map[string]string{
		"ambiguous Howard":        "merge Michael Howard = Howard",
		"ambiguous Anne":          "ignore Anne",
		"duplicate United":        "merge Newcastle United = United",
		"duplicate Bernie Ebbers": "merge Bernard Ebbers = Bernie Ebbers",
		"type Wasps":              "actor Wasps = org",
		"not-actor Sideways":      "ignore Sideways",
		"not-actor A, B = C":      "",
		"not-actor Zapdisc":       "ignore Zapdisc",
	}
	for k, line := range want {
		got, ok := lines[k]
		if !ok || got != line {
			t.Errorf("%s: line %q (listed %v), want %q; all: %v", k, got, ok, line, lines)
		}
	}
	if _, ok := lines["not-actor Pipfruit Computers"]; ok {
		t.Errorf("a company named in its products' contexts is listed as no actor: %v", lines)
	}
	if _, ok := lines["ambiguous BT"]; ok {
		t.Errorf("a short name is listed as short for a name of far fewer documents: %v", lines)
	}
	if _, ok := lines["ambiguous NHS"]; ok {
		t.Errorf("an acronym is listed as short for a name that shares nothing with it: %v", lines)
	}
	if _, ok := lines["duplicate Howard"]; ok {
		t.Error("an ambiguous short name is also listed as a duplicate")
	}
	if !slices.IsSortedFunc(items, func(a, b Item) int { return b.Mentions - a.Mentions }) {
		t.Error("items are not sorted by mentions")
	}
	if top := Of(reviewGraph(), Options{Top: 2}); len(top) != 2 {
		t.Errorf("Top 2 gave %d items", len(top))
	}
	if none := Of(reviewGraph(), Options{MinMentions: 1000}); none == nil || len(none) != 0 {
		t.Errorf("MinMentions 1000 gave %v", none)
	}
}

func TestReviewSubBody(t *testing.T) {
	g := &graph.Graph{Format: graph.Format, Nodes: []graph.Node{
		{ID: 0, Name: "Labour Party", Type: extract.KindOrg, Mentions: 600},
		{ID: 1, Name: "Parliamentary Labour Party", Type: extract.KindOrg, Mentions: 8},
		{ID: 2, Name: "Human Rights", Type: extract.KindOrg, Mentions: 9},
		{ID: 3, Name: "European Court of Human Rights", Type: extract.KindOrg, Mentions: 20},
		{ID: 4, Name: "Tony Blair", Type: extract.KindPerson, Mentions: 500},
	}, Edges: []graph.Edge{{Source: 0, Target: 4, Weight: 9}, {Source: 1, Target: 4, Weight: 2},
		{Source: 2, Target: 4, Weight: 1}, {Source: 3, Target: 4, Weight: 2}}}
	lines := map[string]string{}
	for _, it := range Of(g, Options{}) {
		lines[it.Kind+" "+it.Actor] = it.Line
	}
	if _, ok := lines["duplicate Labour Party"]; ok {
		t.Errorf("a body more common than its longer namesake is listed as its duplicate: %v", lines)
	}
	if lines["duplicate Human Rights"] != "merge European Court of Human Rights = Human Rights" {
		t.Errorf("a rarer fragment is not listed: %v", lines)
	}
}

// TestReviewGazetteerShortName covers a short name the gazetteer knows as
// an actor of its own: it is no fragment of a longer name that ends with
// it, however many co-mentioned actors the two share.
func TestReviewGazetteerShortName(t *testing.T) {
	g := &graph.Graph{Format: graph.Format, Nodes: []graph.Node{
		{ID: 0, Name: "Europe", Type: extract.KindOrg, Mentions: 40},
		{ID: 1, Name: "United Nations Economic Commission for Europe", Type: extract.KindOrg, Mentions: 5},
		{ID: 2, Name: "Tony Blair", Type: extract.KindPerson, Mentions: 500},
	}, Edges: []graph.Edge{{Source: 0, Target: 2, Weight: 3}, {Source: 1, Target: 2, Weight: 1}}}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		lex    *lexicon.Lexicon
		listed bool
	}{
		{"WithoutGazetteer", nil, true},
		{"WithGazetteer", lex, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			listed := false
			for _, it := range Of(g, Options{Lexicon: tt.lex}) {
				listed = listed || it.Kind == Duplicate && it.Actor == "Europe"
			}
			if listed != tt.listed {
				t.Errorf("Europe listed as a duplicate: %v, want %v", listed, tt.listed)
			}
		})
	}
}
