package graph

import (
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

func TestActorIDsUnique(t *testing.T) {
	g := &Graph{Nodes: []Node{
		{ID: 0, Name: "Georgia", Type: extract.KindState},
		{ID: 1, Name: "Georgia", Type: extract.KindPerson},
		{ID: 2, Name: "georgia!", Type: extract.KindPerson},
		{ID: 3, Name: "Rubio", Type: extract.KindPerson, ActorID: "person:marco-rubio"},
	}}
	got := g.ActorIDs()
	want := []string{"state:georgia", "person:georgia", "person:georgia-2", "person:marco-rubio"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ActorIDs()[%d] = %q, want %q", i, got[i], want[i])
		}
	}
}
