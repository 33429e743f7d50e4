package extract

import (
	"testing"
)

func TestSettleType(t *testing.T) {
	tests := []struct {
		name  string
		typ   Kind
		votes Votes
		named int
		given bool
		want  Kind
	}{
		// The document's type is the tagger's reading of the name: one
		// vote, which any surplus of context votes the other way outweighs.
		{"one org cue, none for a person", KindPerson, Votes{Org: 1}, 3, false, KindOrg},
		{"it refers back", KindPerson, Votes{NonPerson: 1}, 6, false, KindOrg},
		{"org cues outnumber person cues", KindPerson, Votes{Org: 2, Person: 1}, 4, false, KindOrg},
		{"a given name balances a stray org cue", KindPerson, Votes{Org: 1}, 2, true, KindPerson},
		{"person cues win over the tagger's org", KindOrg, Votes{Person: 2}, 2, false, KindPerson},
		{"a given name alone does not undo the tagger's org", KindOrg, Votes{}, 2, true, KindOrg},
		{"a given name does not outweigh two org cues", KindPerson, Votes{Org: 2}, 2, true, KindOrg},
		{"one person cue against the tagger's org", KindOrg, Votes{Person: 1}, 3, false, KindPerson},
		{"no cue: the tagger", KindOrg, Votes{Agent: 2}, 2, false, KindOrg},
		{"a state is left alone", KindState, Votes{Person: 3}, 3, false, KindState},
	}
	for _, tt := range tests {
		x := &Extraction{Actors: []Actor{{Name: "X", Type: tt.typ, Votes: tt.votes, Mentions: tt.named}}}
		settle(x, []int{tt.named}, []bool{tt.given})
		if got := x.Actors[0].Type; got != tt.want {
			t.Errorf("%s: type %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSettleThings checks which actors a document's work, product or
// event votes remove from it: one vote does not remove a person of two
// words that start with a common given name ("a nomination for Martin
// Scorsese"), two do, and one removes any other name.
func TestSettleThings(t *testing.T) {
	tests := []struct {
		name, actor string
		typ         Kind
		votes       Votes
		given       bool
		gone        bool
	}{
		{"a work", "Harrow Lane", KindOrg, Votes{Work: 1}, false, true},
		{"a person after an award", "Martin Scorsese", KindPerson, Votes{Work: 1}, true, false},
		{"a person's name twice a work", "Vera Drake", KindPerson, Votes{Work: 2}, true, true},
		{"a show named after a person", "Benny Hill Show", KindPerson, Votes{Work: 1}, true, true},
		{"an actor that acts", "Harrow Lane", KindOrg, Votes{Work: 1, Agent: 1}, false, false},
	}
	for _, tt := range tests {
		named := max(tt.votes.Thing(), 1)
		x := &Extraction{Actors: []Actor{{Name: tt.actor, Type: tt.typ, Votes: tt.votes, Mentions: named}}}
		settle(x, []int{named}, []bool{tt.given})
		if gone := len(x.Actors) == 0; gone != tt.gone {
			t.Errorf("%s: %s gone = %v, want %v", tt.name, tt.actor, gone, tt.gone)
		}
	}
}
