package graph

import (
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

func TestSlug(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Person", "Volodymyr Zelensky", "volodymyr-zelensky"},
		{"Diacritics", "Élysée Palace", "elysee-palace"},
		{"Abbreviation", "U.S. Treasury", "us-treasury"},
		{"Apostrophe", "Sinéad O’Brien", "sinead-obrien"},
		{"Punctuation", "  Hamas -- (Gaza) ", "hamas-gaza"},
		{"NoLatin", "Владимир", "actor-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Slug(tt.in)
			if tt.want == "actor-" {
				if len(got) != len("actor-")+8 || got[:6] != "actor-" {
					t.Errorf("Slug(%q) = %q, want actor- and 8 hex digits", tt.in, got)
				}
				return
			}
			if got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestActorIDsUnique(t *testing.T) {
	g := &Graph{Nodes: []Node{
		{ID: 0, Name: "Georgia", Type: extract.KindState},
		{ID: 1, Name: "Georgia", Type: extract.KindPerson},
		{ID: 2, Name: "georgia!", Type: extract.KindPerson},
		{ID: 3, Name: "Rubio", Type: extract.KindPerson},
	}}
	got := g.ActorIDs()
	want := []string{"georgia-state", "georgia-person", "georgia-person-2", "rubio"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ActorIDs()[%d] = %q, want %q", i, got[i], want[i])
		}
	}
}
