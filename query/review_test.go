package query

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// reviewGraph has a short name with two candidates, a fragment of an
// organisation, two spellings of one person, a club typed as a person and
// a film kept as an organisation.
func reviewGraph() *Graph {
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
	}}
	g.Edges = []graph.Edge{
		{Source: 3, Target: 9, Weight: 5}, {Source: 4, Target: 9, Weight: 2},
		{Source: 5, Target: 10, Weight: 9}, {Source: 6, Target: 10, Weight: 3},
	}
	return &Graph{Graph: g}
}

func TestReview(t *testing.T) {
	items := reviewGraph().Review(ReviewOptions{})
	lines := map[string]string{}
	for _, it := range items {
		lines[it.Kind+" "+it.Actor] = it.Line
		if it.Evidence <= 0 || it.Reason == "" {
			t.Errorf("item without evidence: %+v", it)
		}
	}
	want := map[string]string{
		"ambiguous Howard":        "merge Michael Howard = Howard",
		"duplicate United":        "merge Newcastle United = United",
		"duplicate Bernie Ebbers": "merge Bernard Ebbers = Bernie Ebbers",
		"type Wasps":              "actor Wasps = org",
		"not-actor Sideways":      "ignore Sideways",
		"not-actor A, B = C":      "",
	}
	for k, line := range want {
		got, ok := lines[k]
		if !ok || got != line {
			t.Errorf("%s: line %q (listed %v), want %q; all: %v", k, got, ok, line, lines)
		}
	}
	if _, ok := lines["duplicate Howard"]; ok {
		t.Error("an ambiguous short name is also listed as a duplicate")
	}
	if !slices.IsSortedFunc(items, func(a, b ReviewItem) int { return b.Mentions - a.Mentions }) {
		t.Error("items are not sorted by mentions")
	}
	if top := reviewGraph().Review(ReviewOptions{Top: 2}); len(top) != 2 {
		t.Errorf("Top 2 gave %d items", len(top))
	}
	if none := reviewGraph().Review(ReviewOptions{MinMentions: 1000}); none == nil || len(none) != 0 {
		t.Errorf("MinMentions 1000 gave %v", none)
	}
}

func TestFindShortForm(t *testing.T) {
	q := reviewGraph()
	_, err := q.Find("Howard")
	var ae *AmbiguousError
	if !errors.As(err, &ae) || !slices.Contains(ae.Candidates, "Michael Howard") || ae.Candidates[len(ae.Candidates)-1] != "person:howard" {
		t.Fatalf("Find(Howard) = %v, want ambiguity listing the full names and person:howard", err)
	}
	if !strings.Contains(err.Error(), `"person:howard"`) {
		t.Errorf("message %q does not name the actor id", err)
	}
	if id, err := q.Find("person:howard"); err != nil || id != 0 {
		t.Errorf("Find(person:howard) = %d, %v", id, err)
	}
	if id, err := q.Find("person:michael-howard"); err != nil || id != 1 {
		t.Errorf("Find(person:michael-howard) = %d, %v", id, err)
	}
	if id, err := q.Find("michael howard"); err != nil || id != 1 {
		t.Errorf("Find(michael howard) = %d, %v", id, err)
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
	for _, it := range (&Graph{Graph: g}).Review(ReviewOptions{}) {
		lines[it.Kind+" "+it.Actor] = it.Line
	}
	if _, ok := lines["duplicate Labour Party"]; ok {
		t.Errorf("a body more common than its longer namesake is listed as its duplicate: %v", lines)
	}
	if lines["duplicate Human Rights"] != "merge European Court of Human Rights = Human Rights" {
		t.Errorf("a rarer fragment is not listed: %v", lines)
	}
}
