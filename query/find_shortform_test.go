package query

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// shortFormGraph has a short name with two candidates and the full names.
func shortFormGraph() *Graph {
	g := &graph.Graph{Format: graph.Format, Nodes: []graph.Node{
		{ID: 0, Name: "Howard", Type: extract.KindPerson, Mentions: 9, ActorID: "person:howard", Candidates: []string{"Michael Howard", "John Howard"}},
		{ID: 1, Name: "Michael Howard", Type: extract.KindPerson, Mentions: 400, ActorID: "person:michael-howard"},
		{ID: 2, Name: "John Howard", Type: extract.KindPerson, Mentions: 20, ActorID: "person:john-howard"},
	}}
	return &Graph{Graph: g}
}

func TestFindShortForm(t *testing.T) {
	q := shortFormGraph()
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
