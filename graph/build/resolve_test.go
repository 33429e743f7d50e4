package build

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// shortFormCorpus is a corpus in which "Howard" means Michael Howard next
// to British politics, John Howard next to Australia, and nobody can tell
// alone; "Paula" is Paula Radcliffe; "Silk" (tagged as an organisation)
// is Robert Kilroy-Silk; "Lib Dem" is the Liberal Democrats.
func shortFormCorpus() []*extract.Extraction {
	kinds := map[string]extract.Kind{"Conservative Party": extract.KindOrg, "Australia": extract.KindState,
		"Liberal Democrats": extract.KindOrg, "Lib Dem": extract.KindOrg, "Silk": extract.KindOrg, "UKIP": extract.KindOrg}
	docs := []*extract.Extraction{
		graphtest.Extraction("d1", kinds, []string{"Michael Howard", "Tony Blair"}, []string{"Michael Howard", "Conservative Party"}),
		graphtest.Extraction("d2", kinds, []string{"Howard", "Conservative Party"}, []string{"Howard", "Tony Blair"}),
		graphtest.Extraction("d3", kinds, []string{"John Howard", "Australia"}, []string{"John Howard", "Mark Latham"}),
		graphtest.Extraction("d4", kinds, []string{"Howard", "Australia", "Mark Latham"}),
		graphtest.Extraction("d5", kinds, []string{"Howard"}),
		graphtest.Extraction("d6", kinds, []string{"Paula Radcliffe", "Kelly Holmes", "Sonia O'Sullivan"}),
		graphtest.Extraction("d7", kinds, []string{"Paula", "Kelly Holmes", "Sonia O'Sullivan"}),
		graphtest.Extraction("d8", kinds, []string{"Robert Kilroy-Silk", "UKIP"}, []string{"Silk"}),
		graphtest.Extraction("d9", kinds, []string{"Liberal Democrats", "Tony Blair"}, []string{"Liberal Democrats"}),
		graphtest.Extraction("d10", kinds, []string{"Lib Dem", "Tony Blair"}),
	}
	for _, x := range docs {
		for i := range x.Actors {
			a := &x.Actors[i]
			switch a.Name {
			case "Liberal Democrats", "Conservative Party", "Australia", "Tony Blair":
				a.Known = true
			}
			if a.Name == "Liberal Democrats" {
				a.Aliases = []string{"Liberal Democrats", "Lib Dems"}
			}
		}
	}
	return docs
}

func nodeByName(g *graph.Graph, name string) *graph.Node {
	for i := range g.Nodes {
		if g.Nodes[i].Name == name {
			return &g.Nodes[i]
		}
	}
	return nil
}

// nodeWant is a node a resolution test expects: its mention count and
// one of its aliases, or mentions 0 when the node must not exist.
type nodeWant struct {
	node     string
	mentions int
	alias    string
}

// checkNodes reports the nodes of g that do not match want.
func checkNodes(t *testing.T, g *graph.Graph, want []nodeWant) {
	t.Helper()
	for _, tt := range want {
		n := nodeByName(g, tt.node)
		switch {
		case tt.mentions == 0 && n != nil:
			t.Errorf("%s is a node: %+v", tt.node, n)
		case tt.mentions == 0:
		case n == nil:
			t.Errorf("no node %s", tt.node)
		case n.Mentions != tt.mentions || !slices.Contains(n.Aliases, tt.alias):
			t.Errorf("%s: %d mentions, aliases %v; want %d and %q", tt.node, n.Mentions, n.Aliases, tt.mentions, tt.alias)
		}
	}
}

func TestResolveShortForms(t *testing.T) {
	b := NewBuilder(BuildOptions{})
	for _, x := range shortFormCorpus() {
		b.Add(x)
	}
	g := b.Graph()
	tests := []nodeWant{
		{"Michael Howard", 4, "Howard"},
		{"John Howard", 3, "Howard"},
		{"Paula Radcliffe", 2, "Paula"},
		{"Robert Kilroy-Silk", 2, "Silk"},
		{"Liberal Democrats", 3, "Lib Dem"},
		{"Sonia O'Sullivan", 2, "Sonia O'Sullivan"},
		{"Lib Dem", 0, ""},
		{"Paula", 0, ""},
		{"Silk", 0, ""},
	}
	checkNodes(t, g, tests)
	h := nodeByName(g, "Howard")
	if h == nil || h.Mentions != 1 || !slices.Equal(h.Candidates, []string{"John Howard", "Michael Howard"}) &&
		!slices.Equal(h.Candidates, []string{"Michael Howard", "John Howard"}) {
		t.Errorf("the unresolved Howard = %+v, want one mention and both candidates", h)
	}
	if h != nil && h.ActorID != "person:howard" {
		t.Errorf("Howard's actor id %q", h.ActorID)
	}
}

// TestAcronymInSIsNoPlural checks that an acronym that ends in S ("PCS",
// a union's) takes no singular: "PC" is no short form of the union, as
// "Lib Dem" is of the "Lib Dems".
func TestAcronymInSIsNoPlural(t *testing.T) {
	kinds := map[string]extract.Kind{"Public and Commercial Services Union": extract.KindOrg, "PC": extract.KindOrg,
		"Liberal Democrats": extract.KindOrg, "Lib Dem": extract.KindOrg}
	docs := []*extract.Extraction{
		graphtest.Extraction("d1", kinds, []string{"Public and Commercial Services Union", "Tony Blair"}),
		graphtest.Extraction("d2", kinds, []string{"PC", "Microsoft"}),
		graphtest.Extraction("d3", kinds, []string{"Liberal Democrats", "Tony Blair"}),
		graphtest.Extraction("d4", kinds, []string{"Lib Dem", "Tony Blair"}),
	}
	for _, x := range docs {
		for i := range x.Actors {
			switch a := &x.Actors[i]; a.Name {
			case "Public and Commercial Services Union":
				a.Known, a.Aliases = true, []string{"PCS", "PCS union"}
			case "Liberal Democrats":
				a.Known, a.Aliases = true, []string{"Liberal Democrats", "Lib Dems"}
			}
		}
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	checkNodes(t, b.Graph(), []nodeWant{
		{"Public and Commercial Services Union", 1, "PCS"},
		{"PC", 1, "PC"},
		{"Liberal Democrats", 2, "Lib Dem"},
	})
}

// TestResolveOrderIndependent checks that the corpus-level resolution
// gives the same graph for any order of Add and Merge and through the
// record form of the Beam pipeline.
func TestResolveOrderIndependent(t *testing.T) {
	docs := shortFormCorpus()
	forward := NewBuilder(BuildOptions{})
	for _, x := range docs {
		forward.Add(x)
	}
	want := encode(t, forward.Graph())

	left, right := NewBuilder(BuildOptions{}), NewBuilder(BuildOptions{})
	for i := len(docs) - 1; i >= 0; i-- {
		if i%2 == 0 {
			left.Add(docs[i])
		} else {
			right.Add(docs[i])
		}
	}
	right.Merge(left)
	if got := encode(t, right.Graph()); !bytes.Equal(got, want) {
		t.Errorf("reverse, split and merged:\n%s\nwant\n%s", got, want)
	}

	records := NewBuilder(BuildOptions{})
	for i := len(docs) - 1; i >= 0; i-- {
		one := NewBuilder(BuildOptions{})
		one.Add(docs[i])
		for _, r := range one.Records() {
			if err := records.AddRecord(r); err != nil {
				t.Fatal(err)
			}
		}
	}
	if got := encode(t, records.Graph()); !bytes.Equal(got, want) {
		t.Errorf("through records:\n%s\nwant\n%s", got, want)
	}
}

func TestTypeOf(t *testing.T) {
	tests := []struct {
		name    string
		kinds   map[extract.Kind]int
		known   map[extract.Kind]int
		votes   extract.Votes
		docs    int
		want    extract.Kind
		isActor bool
	}{
		{"gazetteer wins", map[extract.Kind]int{extract.KindPerson: 9}, map[extract.Kind]int{extract.KindOrg: 1}, extract.Votes{Work: 5}, 9, extract.KindOrg, true},
		{"club typed person by the tagger", map[extract.Kind]int{extract.KindPerson: 135, extract.KindOrg: 63}, nil, extract.Votes{Org: 25, Person: 1}, 198, extract.KindOrg, true},
		{"person with a stray org cue", map[extract.Kind]int{extract.KindPerson: 700}, nil, extract.Votes{Person: 300, Org: 4, NonPerson: 2}, 700, extract.KindPerson, true},
		{"film", map[extract.Kind]int{extract.KindOrg: 80}, nil, extract.Votes{Work: 12, Agent: 2}, 80, extract.KindUnknown, false},
		{"holiday", map[extract.Kind]int{extract.KindPerson: 60}, nil, extract.Votes{Event: 9}, 60, extract.KindUnknown, false},
		{"capitalised only where every word is", map[extract.Kind]int{extract.KindPerson: 20}, nil, extract.Votes{Initial: 19}, 20, extract.KindUnknown, false},
		{"maker of products that speaks", map[extract.Kind]int{extract.KindPerson: 50}, nil, extract.Votes{Product: 3, Agent: 4, Person: 1}, 50, extract.KindOrg, true},
		{"no evidence: the tagger", map[extract.Kind]int{extract.KindPerson: 3, extract.KindOrg: 1}, nil, extract.Votes{}, 4, extract.KindPerson, true},
		// Kinds count documents: a tagger that reads a singer as an
		// organisation in most documents does not outvote a few
		// consistent person cues ("said he", "his").
		{"singer typed org in most documents", map[extract.Kind]int{extract.KindOrg: 9, extract.KindPerson: 5}, nil, extract.Votes{Person: 4, Org: 2}, 40, extract.KindPerson, true},
		{"airline typed person in its one document", map[extract.Kind]int{extract.KindPerson: 1}, nil, extract.Votes{NonPerson: 1}, 6, extract.KindOrg, true},
		{"a tie goes to most documents: org", map[extract.Kind]int{extract.KindOrg: 4, extract.KindPerson: 1}, nil, extract.Votes{Person: 1}, 10, extract.KindOrg, true},
		{"a tie goes to most documents: person", map[extract.Kind]int{extract.KindPerson: 3}, nil, extract.Votes{Org: 1}, 4, extract.KindPerson, true},
		{"a tie of a one-word name with two org contexts: org", map[extract.Kind]int{extract.KindPerson: 8, extract.KindOrg: 5}, nil, extract.Votes{Org: 2, Person: 1}, 29, extract.KindOrg, true},
	}
	for _, tt := range tests {
		a := newActorAcc()
		a.names.add("X", tt.docs)
		for k, n := range tt.kinds {
			a.kinds.add(k, n)
		}
		a.mentions = tt.docs
		a.ev.known = tt.known
		a.ev.votes = tt.votes
		kind, isActor := typeOf(a)
		if kind != tt.want || isActor != tt.isActor {
			t.Errorf("%s: typeOf = %v, %v; want %v, %v", tt.name, kind, isActor, tt.want, tt.isActor)
		}
	}
}

// TestNodeType checks the given-name prior of the graph's node types: a
// name that starts with a common given name counts one context more for a
// person, where some document read it as one; the resolution (typeOf)
// leaves it out.
func TestNodeType(t *testing.T) {
	tests := []struct {
		name     string
		kinds    map[extract.Kind]int
		votes    extract.Votes
		want     extract.Kind
		wantBare extract.Kind // typeOf, without the prior
	}{
		{"a stray org cue against a given name", map[extract.Kind]int{extract.KindPerson: 1}, extract.Votes{Org: 1, Given: 1}, extract.KindPerson, extract.KindOrg},
		{"two stray org cues and a person cue", map[extract.Kind]int{extract.KindPerson: 1}, extract.Votes{Person: 1, Org: 1, NonPerson: 1, Given: 1}, extract.KindPerson, extract.KindOrg},
		{"clear org cues outweigh a given name", map[extract.Kind]int{extract.KindPerson: 1}, extract.Votes{Org: 3, Given: 1}, extract.KindOrg, extract.KindOrg},
		{"no document read a person", map[extract.Kind]int{extract.KindOrg: 2}, extract.Votes{Given: 2}, extract.KindOrg, extract.KindOrg},
		{"no given name", map[extract.Kind]int{extract.KindPerson: 1}, extract.Votes{Org: 1}, extract.KindOrg, extract.KindOrg},
	}
	for _, tt := range tests {
		a := newActorAcc()
		a.names.add("X Y", 1)
		for k, n := range tt.kinds {
			a.kinds.add(k, n)
		}
		a.mentions = 1
		a.ev.votes = tt.votes
		if kind, _ := nodeType(a); kind != tt.want {
			t.Errorf("%s: nodeType = %v, want %v", tt.name, kind, tt.want)
		}
		if kind, _ := typeOf(a); kind != tt.wantBare {
			t.Errorf("%s: typeOf = %v, want %v", tt.name, kind, tt.wantBare)
		}
	}
}

func TestActorID(t *testing.T) {
	tests := []struct {
		kind extract.Kind
		name string
		want string
	}{
		{extract.KindPerson, "Tony Blair", "person:tony-blair"},
		{extract.KindPerson, "Gerhard Schröder", "person:gerhard-schroder"},
		{extract.KindPerson, "Brian O'Driscoll", "person:brian-odriscoll"},
		{extract.KindState, "U.S.", "state:us"},
		{extract.KindOrg, "AT&T", "org:at-t"},
		{extract.KindOrg, "  Marsh & McLennan ", "org:marsh-mclennan"},
		{extract.KindPerson, "Robert Kilroy-Silk", "person:robert-kilroy-silk"},
		{extract.KindPerson, "Владимир Путин", "person:владимир-путин"},
		{extract.KindOrg, "Ørsted", "org:orsted"},
		{extract.KindOrg, "!!!", "org:-"},
	}
	for _, tt := range tests {
		if got := graph.ActorID(tt.kind, tt.name); got != tt.want {
			t.Errorf("ActorID(%v, %q) = %q, want %q", tt.kind, tt.name, got, tt.want)
		}
	}
}

func TestSameGiven(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"bernie", "bernard", true},
		{"steve", "steven", true},
		{"g", "gavin", true},
		{"costas", "kostas", true},
		{"malcom", "malcolm", true},
		{"andy", "anne", false},
		{"serena", "venus", false},
		{"tim", "tim", false},
		{"k", "gavin", false},
		{"jo", "john", false},
		{"jim", "james", true},
		{"dick", "richard", true},
		{"bill", "will", false},
		{"mihkail", "mikhail", true}, // two letters swapped
		{"aturo", "arturo", true},    // one left out
		{"carol", "carlos", false},
		{"mokhail", "mikhaol", false}, // two letters apart
	}
	for _, tt := range tests {
		if got := SameGiven(tt.a, tt.b); got != tt.want {
			t.Errorf("SameGiven(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameGiven(tt.b, tt.a); got != tt.want {
			t.Errorf("SameGiven(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestVariantsWithEvidence(t *testing.T) {
	docs := []*extract.Extraction{
		graphtest.Extraction("v1", nil, []string{"Bernie Ebbers", "Scott Sullivan", "Worldcom Board"}),
		graphtest.Extraction("v2", nil, []string{"Bernard Ebbers", "Scott Sullivan", "Worldcom Board"}),
		graphtest.Extraction("v3", nil, []string{"Bernie Ebbers", "Scott Sullivan"}),
		graphtest.Extraction("v4", nil, []string{"G Henson", "Gavin Henson"}, []string{"Gavin Henson", "Wales Rugby"}),
		graphtest.Extraction("v5", nil, []string{"Andy Robinson", "Twickenham Club"}, []string{"Anne Robinson", "Weakest Link"}),
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	g := b.Graph()
	if n := nodeByName(g, "Bernie Ebbers"); n == nil || n.Mentions != 3 {
		t.Errorf("Bernie Ebbers = %+v, want Bernard's mention too", n)
	}
	if n := nodeByName(g, "Gavin Henson"); n == nil || n.Mentions != 3 {
		t.Errorf("Gavin Henson = %+v, want G Henson's mention too", n)
	}
	if nodeByName(g, "Andy Robinson") == nil || nodeByName(g, "Anne Robinson") == nil {
		t.Error("Andy and Anne Robinson merged")
	}
}

// TestFamiliarFormsWithoutEvidence checks that a familiar form and its
// formal name join where the stories share no one, when no other person
// of the corpus has that surname, and not otherwise.
func TestFamiliarFormsWithoutEvidence(t *testing.T) {
	docs := []*extract.Extraction{
		graphtest.Extraction("f1", nil, []string{"Jim Corrow", "Senate Panel"}),
		graphtest.Extraction("f2", nil, []string{"James Corrow", "Harbor Bank"}),
		graphtest.Extraction("f3", nil, []string{"James Corrow", "Tidewater Inc"}),
		graphtest.Extraction("f4", nil, []string{"Bob Vantley", "Mill Co"}),
		graphtest.Extraction("f5", nil, []string{"Robert Vantley", "Port Authority"}),
		graphtest.Extraction("f6", nil, []string{"Anne Vantley", "Choir Trust"}),
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	g := b.Graph()
	if n := nodeByName(g, "James Corrow"); n == nil || n.Mentions != 3 || nodeByName(g, "Jim Corrow") != nil {
		t.Errorf("James Corrow = %+v, want Jim Corrow's mention too", n)
	}
	if nodeByName(g, "Bob Vantley") == nil || nodeByName(g, "Robert Vantley") == nil {
		t.Error("Bob and Robert Vantley joined without evidence beside a third Vantley")
	}
}

// TestInitialsApart checks that an initial joins the one full name it
// starts unless the co-mentions of the two disagree: "T Marsh" among
// musicians is not the minister Tessa Marsh, while "P Dorne" on a team
// sheet whose players are named by their initials is Peter Dorne, whose
// team-mates those players are in other stories, and "J Quill", named
// with a single club, says too little to be kept apart; "K Ober" joins
// Kurt Ober though a team sheet names him so more often.
func TestInitialsApart(t *testing.T) {
	minister := []string{"Tessa Marsh", "Harold Finch", "Labour Board", "Treasury Office", "Ann Crowe", "Lib Office"}
	docs := []*extract.Extraction{
		graphtest.Extraction("p1", nil, minister, []string{"Tessa Marsh", "Harold Finch"}),
		graphtest.Extraction("p2", nil, []string{"Tessa Marsh", "Ann Crowe"}),
		graphtest.Extraction("e1", nil, []string{"T Marsh", "Jon Velvet", "Amy Stone", "Keyz Band"}),
		graphtest.Extraction("e2", nil, []string{"Jon Velvet", "Amy Stone", "Keyz Band"}),
		graphtest.Extraction("s1", nil, []string{"Peter Dorne", "Sam Hale", "Rob Tey", "Ian Wolk", "Max Brill", "Lions Club"}, []string{"Peter Dorne"}),
		graphtest.Extraction("s2", nil, []string{"P Dorne", "S Hale", "R Tey", "I Wolk"}),
		graphtest.Extraction("s3", nil, []string{"Sam Hale", "Rob Tey"}, []string{"Ian Wolk", "Max Brill"}),
		graphtest.Extraction("a1", nil, []string{"Jo Quill", "Ed Mott", "Al Ray", "Bo Vane", "Cy Lund", "Harriers Club"}, []string{"Jo Quill"}),
		graphtest.Extraction("a2", nil, []string{"J Quill", "Oxford Club"}),
		// A team sheet names "K Ober" more often than prose names
		// Kurt Ober: the initial still joins the full name.
		graphtest.Extraction("t1", nil, []string{"K Ober", "L Fenn", "M Gale"}),
		graphtest.Extraction("t2", nil, []string{"K Ober", "L Fenn"}),
		graphtest.Extraction("t3", nil, []string{"K Ober", "M Gale"}),
		graphtest.Extraction("t4", nil, []string{"Kurt Ober", "Lou Fenn", "Mia Gale", "Ospreys Club"}),
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	checkNodes(t, b.Graph(), []nodeWant{
		{"Tessa Marsh", 3, "Tessa Marsh"},
		{"T Marsh", 1, "T Marsh"},
		{"Peter Dorne", 3, "P Dorne"},
		{"P Dorne", 0, ""},
		{"Jo Quill", 3, "J Quill"},
		{"Kurt Ober", 4, "K Ober"},
		{"K Ober", 0, ""},
	})
}

func TestMiddleInitials(t *testing.T) {
	docs := []*extract.Extraction{
		graphtest.Extraction("m1", nil, []string{"Martin T. Sosnoff", "Caesars World"}),
		graphtest.Extraction("m2", nil, []string{"Martin T. Sosnoff", "Caesars World"}),
		graphtest.Extraction("m3", nil, []string{"Martin Sosnoff", "Caesars World"}),
		graphtest.Extraction("m4", nil, []string{"John A. Smith", "Acme Board"}, []string{"John B. Smith", "Acme Board"}),
		graphtest.Extraction("m5", nil, []string{"John Smith", "Acme Board"}),
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	g := b.Graph()
	if n := nodeByName(g, "Martin T. Sosnoff"); n == nil || n.Mentions != 3 {
		t.Errorf("Martin T. Sosnoff = %+v, want Martin Sosnoff's mention too", n)
	}
	for _, name := range []string{"John A. Smith", "John B. Smith", "John Smith"} {
		if nodeByName(g, name) == nil {
			t.Errorf("%s merged with another Smith", name)
		}
	}
}

// TestMiddleNames checks that a name with middle names written out joins
// the same given name and surname when their co-mentions agree, and stays
// apart when they do not.
func TestMiddleNames(t *testing.T) {
	docs := []*extract.Extraction{
		graphtest.Extraction("n1", nil, []string{"Anthony John Charles Meyer", "Tory Board"}, []string{"Anthony John Charles Meyer", "Carlton Club"}),
		graphtest.Extraction("n2", nil, []string{"Anthony Meyer", "Tory Board"}, []string{"Anthony Meyer", "Carlton Club"}),
		graphtest.Extraction("n3", nil, []string{"Jerry Lee Lewis", "Sun Records"}, []string{"Jerry Lee Lewis", "Memphis Band"}),
		graphtest.Extraction("n4", nil, []string{"Jerry Lewis", "Paramount Studio"}, []string{"Jerry Lewis", "Telethon Trust"}),
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	g := b.Graph()
	if n := nodeByName(g, "Anthony John Charles Meyer"); n == nil || n.Mentions != 4 || nodeByName(g, "Anthony Meyer") != nil {
		t.Errorf("Anthony John Charles Meyer = %+v, want Anthony Meyer's mentions too", n)
	}
	for _, name := range []string{"Jerry Lee Lewis", "Jerry Lewis"} {
		if nodeByName(g, name) == nil {
			t.Errorf("%s merged with the other Lewis", name)
		}
	}
}

func TestWithoutSources(t *testing.T) {
	x := graphtest.Extraction("s", map[string]extract.Kind{"Reuters": extract.KindOrg},
		[]string{"Reuters", "Gazprom"}, []string{"Gazprom", "Rosneft"}, []string{"Reuters"})
	for i := range x.Mentions {
		if x.Mentions[i].Actor == "Reuters" {
			x.Mentions[i].Source = true
		}
	}
	x.Statements = []extract.Statement{{Speaker: "Reuters", Targets: []string{"Gazprom"}, SentenceIndex: 0},
		{Speaker: "Gazprom", Targets: []string{"Reuters", "Rosneft"}, SentenceIndex: 1}}
	y := withoutSources(x)
	if len(x.Mentions) != 5 || len(x.Statements) != 2 {
		t.Fatal("withoutSources changed its input")
	}
	for _, a := range y.Actors {
		if a.Name == "Reuters" {
			t.Errorf("Reuters, cited only as a source, is still an actor: %+v", y.Actors)
		}
	}
	if len(y.Mentions) != 3 || len(y.Statements) != 1 || !slices.Equal(y.Statements[0].Targets, []string{"Rosneft"}) {
		t.Errorf("mentions %v statements %+v", y.Mentions, y.Statements)
	}
	if z := withoutSources(graphtest.Extraction("n", nil, []string{"A B", "C D"})); len(z.Mentions) != 2 {
		t.Error("an extraction without sources changed")
	}
	for _, p := range []string{"", "drop", "KEEP"} {
		if _, err := ParseSourcePolicy(p); err != nil {
			t.Errorf("ParseSourcePolicy(%q): %v", p, err)
		}
	}
	if _, err := ParseSourcePolicy("maybe"); err == nil {
		t.Error("ParseSourcePolicy(maybe) accepted")
	}
}

func TestSourcesKeepRole(t *testing.T) {
	x := graphtest.Extraction("k", map[string]extract.Kind{"Reuters": extract.KindOrg},
		[]string{"Reuters", "Gazprom"}, []string{"Reuters"})
	for i := range x.Mentions {
		if x.Mentions[i].Actor == "Reuters" {
			x.Mentions[i].Source = true
		}
	}
	for i := range x.Actors {
		if x.Actors[i].Name == "Reuters" {
			x.Actors[i].Votes.Source = 2
		}
	}
	keep := NewBuilder(BuildOptions{Sources: SourcesKeep})
	keep.Add(x)
	n := nodeByName(keep.Graph(), "Reuters")
	if n == nil || n.Role != "source" || n.Mentions != 2 {
		t.Errorf("kept Reuters = %+v, want role source and both mentions", n)
	}
	drop := NewBuilder(BuildOptions{})
	drop.Add(x)
	if n := nodeByName(drop.Graph(), "Reuters"); n != nil {
		t.Errorf("dropped Reuters is a node: %+v", n)
	}
}

func BenchmarkResolveActors(b *testing.B) {
	bu := NewBuilder(BuildOptions{})
	for i := range 200 {
		for _, x := range shortFormCorpus() {
			y := *x
			y.Doc = x.Doc + "-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
			y.Document.ID = y.Doc
			bu.Add(&y)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		bu.resolveActors()
	}
}

// TestFallbackSpelling checks that a short form with no co-mention
// evidence joins the dominant full name only when it is spelled as a word
// of it: "Hendry" alone joins Tom Hendry, but "Marsh" (whose name key is
// that of "Marshh") does not join Ada Marshh, nor "ABB" the ABs.
func TestFallbackSpelling(t *testing.T) {
	kinds := map[string]extract.Kind{"ABB": extract.KindOrg, "Allied Bakers": extract.KindOrg, "Orla": extract.KindState}
	docs := []*extract.Extraction{
		graphtest.Extraction("d1", kinds, []string{"Tom Hendry", "Orla"}),
		graphtest.Extraction("d2", kinds, []string{"Tom Hendry", "Orla"}),
		graphtest.Extraction("d3", kinds, []string{"Hendry"}),
		graphtest.Extraction("d4", kinds, []string{"Ada Marshh", "Orla"}),
		graphtest.Extraction("d5", kinds, []string{"Ada Marshh", "Orla"}),
		graphtest.Extraction("d6", kinds, []string{"Marsh"}),
		graphtest.Extraction("d7", kinds, []string{"Allied Bakers", "Orla"}),
		graphtest.Extraction("d8", kinds, []string{"ABB"}),
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	g := b.Graph()
	tests := []aliasCase{
		{"Tom Hendry", "Hendry", true},
		{"Ada Marshh", "Marsh", false},
		{"Allied Bakers", "ABB", false},
	}
	checkAliases(t, g, tests)
}

func TestSpelledIn(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"Hendry", "Tom Hendry", true},
		{"hendry", "Tom Hendry", true},
		{"Benitez", "Rafael Benítez", true},
		{"Kilroy-Silk", "Robert Kilroy Silk", true},
		{"Silk", "Robert Kilroy-Silk", true},
		{"LSE", "London Stock Exchange", true},
		{"AT&T", "American Telephone and Telegraph Co", true},
		{"P&O", "Peninsular and Oriental Steam Navigation Co", false},
		{"S.A.", "Standard Assurance", true},
		{"A", "Ada", false},
		{"Marsh", "Ada Marshh", false},
		{"ABB", "Allied Bakers", false},
		{"Tom", "Tomas Hendry", false},
		{"", "Tom Hendry", false},
	}
	for _, tt := range tests {
		if got := spelledIn(tt.short, tt.full); got != tt.want {
			t.Errorf("spelledIn(%q, %q) = %v, want %v", tt.short, tt.full, got, tt.want)
		}
	}
}

// TestResolveShortFormFits checks that a short form joins a full name only
// when its spelling, type and state agree with it.
func TestResolveShortFormFits(t *testing.T) {
	kinds := map[string]extract.Kind{"Greenvale Lines": extract.KindOrg, "Gll": extract.KindOrg, "Harbour Board": extract.KindOrg,
		"Hopp": extract.KindOrg, "Nova Channel": extract.KindOrg, "Ruritania": extract.KindState, "Osterlich": extract.KindState}
	corpus := func(withState bool) []*extract.Extraction {
		docs := []*extract.Extraction{
			// An acronym that is not the initials: "Gll" (title case,
			// so its key folds the double letter) beside the
			// same neighbours as Greenvale Lines ("GL").
			graphtest.Extraction("a1", kinds, []string{"Greenvale Lines", "Harbour Board"}, []string{"Greenvale Lines", "Tilda Marsh"}),
			graphtest.Extraction("a2", kinds, []string{"Gll", "Harbour Board"}, []string{"Gll", "Tilda Marsh"}),
			// A network whose name is one letter short of a
			// singer's surname, in the same entertainment news.
			graphtest.Extraction("b1", kinds, []string{"Jenna Hopp", "Nova Channel"}, []string{"Jenna Hopp", "Ben Crane"}),
			graphtest.Extraction("b2", kinds, []string{"Hopp", "Nova Channel"}, []string{"Hopp", "Ben Crane"}),
			graphtest.Extraction("b3", kinds, []string{"Jenna Hopp", "Ben Crane"}),
			graphtest.Extraction("b4", kinds, []string{"Hop", "Nova Channel"}, []string{"Hop", "Ben Crane"}),
			// A player known by one name, placed with another state
			// than the namesake's full name, with no shared co-mention.
			graphtest.Extraction("c1", kinds, []string{"Paulo Marquez", "Osterlich"}, []string{"Paulo Marquez", "Ivo Brandt"}),
			graphtest.Extraction("c2", kinds, []string{"Paulo Marquez", "Ivo Brandt"}),
			graphtest.Extraction("c3", kinds, []string{"Marquez", "Dora Vale"}),
		}
		for _, x := range docs {
			for i := range x.Actors {
				a := &x.Actors[i]
				switch a.Name {
				case "Hop":
					a.Votes.Org, a.Votes.Agent = 2, 1 // "network Hop", "Hop said it"
				case "Paulo Marquez":
					if x.Doc == "c1" {
						a.Affiliation = "Osterlich"
					}
				case "Marquez":
					if withState {
						a.Affiliation = "Ruritania"
					}
				}
			}
		}
		return docs
	}
	tests := []struct {
		name      string
		withState bool
		node      string
		alias     string // "" : the node must exist on its own
	}{
		{"AcronymLettersDiffer", false, "Gll", ""},
		{"VariantOfOwnName", false, "Hop", ""},
		{"SpelledSurname", false, "Jenna Hopp", "Hopp"},
		{"SameSurnameNoState", false, "Paulo Marquez", "Marquez"},
		{"SurnameOfOtherState", true, "Marquez", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder(BuildOptions{})
			for _, x := range corpus(tt.withState) {
				b.Add(x)
			}
			g := b.Graph()
			n := nodeByName(g, tt.node)
			switch {
			case n == nil:
				t.Fatalf("no node %s", tt.node)
			case tt.alias != "" && !slices.Contains(n.Aliases, tt.alias):
				t.Errorf("%s: aliases %v, want %q", tt.node, n.Aliases, tt.alias)
			case tt.alias == "" && len(n.Aliases) != 1:
				t.Errorf("%s joined another node: aliases %v", tt.node, n.Aliases)
			}
		})
	}
}

// manyShortForms is a corpus with far more than minParallelBases bases of
// short forms: for each of n surnames, a full name with a state and a
// minister, the bare surname next to them in another document, and the
// bare surname with two competing full names in a third.
func manyShortForms(n int) []*extract.Extraction {
	kinds := map[string]extract.Kind{}
	var docs []*extract.Extraction
	word := func(i int) string { // "Baa", "Bab", ... distinct letter words
		return "B" + string(rune('a'+i/26%26)) + string(rune('a'+i%26)) + string(rune('a'+i/676))
	}
	for i := range n {
		sur := word(i)
		state := "Land" + word(i)
		kinds[state] = extract.KindState
		full, other := "Anna "+sur, "Carl "+sur
		docs = append(docs,
			graphtest.Extraction(fmt.Sprintf("f%d", i), kinds, []string{full, state}, []string{full, "Mark Minister"}),
			graphtest.Extraction(fmt.Sprintf("s%d", i), kinds, []string{sur, state}, []string{sur, "Mark Minister"}),
			graphtest.Extraction(fmt.Sprintf("o%d", i), kinds, []string{other, "Eve Envoy"}),
			graphtest.Extraction(fmt.Sprintf("u%d", i), kinds, []string{sur}))
	}
	return docs
}

// TestResolveBasesParallel checks that sharing the short-form bases out
// among goroutines gives the resolution of one pass in order.
func TestResolveBasesParallel(t *testing.T) {
	bu := NewBuilder(BuildOptions{})
	for _, x := range manyShortForms(3 * minParallelBases) {
		bu.Add(x)
	}
	prev := runtime.GOMAXPROCS(1)
	one := bu.resolveActors()
	runtime.GOMAXPROCS(4)
	four := bu.resolveActors()
	runtime.GOMAXPROCS(prev)
	if len(one.redirect) < 3*minParallelBases {
		t.Fatalf("only %d redirects: the corpus does not exercise resolveBases", len(one.redirect))
	}
	if !maps.Equal(one.redirect, four.redirect) {
		t.Errorf("redirects differ: %d with one goroutine, %d with four", len(one.redirect), len(four.redirect))
	}
	if !maps.EqualFunc(one.candidates, four.candidates, slices.Equal) {
		t.Errorf("candidates differ: %d with one goroutine, %d with four", len(one.candidates), len(four.candidates))
	}
	var g1, g4 bytes.Buffer
	runtime.GOMAXPROCS(1)
	if err := json.NewEncoder(&g1).Encode(bu.Graph()); err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(4)
	if err := json.NewEncoder(&g4).Encode(bu.Graph()); err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(prev)
	if !bytes.Equal(g1.Bytes(), g4.Bytes()) {
		t.Error("graphs differ between one and four goroutines")
	}
}

func TestAcronyms(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"London Stock Exchange", []string{"LSE"}},
		{"General Motors Corp", []string{"GMC", "GM"}},
		{"Trans World Airlines Inc", []string{"TWAI", "TWA"}},
		{"American Telephone and Telegraph Co", []string{"ATTC", "ATT"}},
		{"Dixons Group PLC", []string{"DGP"}}, // one letter left: no second form
		{"U.S. Department of Housing and Urban Development", []string{"UDHUD", "HUD"}},
		{"Bank of New York", []string{"BNY"}}, // a bank's name is its own
	}
	for _, tt := range tests {
		if got := acronyms(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("acronyms(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestResolveAcronymsAndStrangers checks that an acronym joins the company
// whose initials it is without the legal form, even when news names the
// acronym more often, but not a namesake named far less often; and that a
// surname does not join the only full name it could stand for when its
// document names only actors that the full name is never named with.
func TestResolveAcronymsAndStrangers(t *testing.T) {
	kinds := map[string]extract.Kind{"Greenvale Lines Corp": extract.KindOrg, "GL": extract.KindOrg, "Harbour Board": extract.KindOrg,
		"NHB": extract.KindOrg, "Norbury Hockey Board": extract.KindOrg}
	docs := []*extract.Extraction{
		graphtest.Extraction("a1", kinds, []string{"Greenvale Lines Corp", "Harbour Board"}, []string{"Greenvale Lines Corp", "Tilda Marsh"}),
		graphtest.Extraction("a2", kinds, []string{"GL", "Harbour Board"}, []string{"GL", "Tilda Marsh"}, []string{"GL", "Tilda Marsh"}),
		graphtest.Extraction("a3", kinds, []string{"GL", "Harbour Board"}, []string{"GL", "Tilda Marsh"}),
		// An acronym of one story's club, said in many others.
		graphtest.Extraction("b1", kinds, []string{"Norbury Hockey Board", "Ben Crane"}),
		graphtest.Extraction("b2", kinds, []string{"NHB", "Ada Rook"}, []string{"NHB", "Ada Rook"}),
		graphtest.Extraction("b3", kinds, []string{"NHB", "Ada Rook"}, []string{"NHB"}),
		// A surname among strangers, and one among the full name's company.
		graphtest.Extraction("c1", kinds, []string{"Paulo Marquez", "Ivo Brandt"}, []string{"Paulo Marquez", "Ivo Brandt"}),
		graphtest.Extraction("c2", kinds, []string{"Marquez", "Una Holt", "Rex Pym", "Lia Ford", "Sam Orr", "Kit Dunn"}),
		graphtest.Extraction("c3", kinds, []string{"Marquez", "Ivo Brandt", "Rex Pym", "Lia Ford", "Sam Orr", "Kit Dunn"}),
	}
	g := buildOf(docs)
	tests := []aliasCase{
		{"Greenvale Lines Corp", "GL", true},
		{"Norbury Hockey Board", "NHB", false},
	}
	checkAliases(t, g, tests)
	// "Marquez" of c2 stays apart; that of c3, named with Ivo Brandt,
	// joins Paulo Marquez.
	var apart *graph.Node
	for i := range g.Nodes {
		if g.Nodes[i].Name == "Marquez" {
			apart = &g.Nodes[i]
		}
	}
	full := nodeByName(g, "Paulo Marquez")
	switch {
	case full == nil:
		t.Fatal("no node Paulo Marquez")
	case apart == nil || apart.Documents != 1:
		t.Errorf("the Marquez among strangers joined Paulo Marquez: %+v", full)
	case full.Documents != 2:
		t.Errorf("Paulo Marquez in %d documents, want 2 (c1 and c3)", full.Documents)
	}
}

// aliasCase says whether node has alias among its aliases.
type aliasCase struct {
	node, alias string
	has         bool
}

// checkAliases checks each case against the nodes of g.
func checkAliases(t *testing.T, g *graph.Graph, cases []aliasCase) {
	t.Helper()
	for _, c := range cases {
		n := nodeByName(g, c.node)
		if n == nil {
			t.Fatalf("no node %s", c.node)
		}
		if got := slices.Contains(n.Aliases, c.alias); got != c.has {
			t.Errorf("%s aliases %v: has %q = %v, want %v", c.node, n.Aliases, c.alias, got, c.has)
		}
	}
}

// TestResolvePeers checks that a peer's style is a short form of the
// surname across documents: "Lord Kinnock" joins the Neil Kinnock of the
// corpus, a peer the corpus names no otherwise keeps the style as its
// name, a peer never joins an organisation that has the word, and a
// peeress never joins a man of her surname ("Baroness Kennedy" is not
// Charles Kennedy), and a peer named with the peerage's designation is
// neither a short form of the surname nor the same as another peer of
// that surname, nor what the place of its designation stands for.
func TestResolvePeers(t *testing.T) {
	kinds := map[string]extract.Kind{"McLeod Young Weir Ltd": extract.KindOrg, "House of Lords": extract.KindOrg,
		"Worcester Warriors": extract.KindOrg, "Worcester": extract.KindOrg}
	docs := []*extract.Extraction{
		graphtest.Extraction("p1", kinds, []string{"Neil Kinnock", "Tony Blair"}),
		graphtest.Extraction("p2", kinds, []string{"Neil Kinnock", "Tony Blair"}),
		graphtest.Extraction("p3", kinds, []string{"Lord Kinnock", "Tony Blair"}),
		graphtest.Extraction("p4", kinds, []string{"Lord Bingham", "House of Lords"}),
		graphtest.Extraction("p5", kinds, []string{"Lord Bingham", "House of Lords"}),
		graphtest.Extraction("p6", kinds, []string{"McLeod Young Weir Ltd", "Tony Blair"}, []string{"McLeod Young Weir Ltd"}),
		graphtest.Extraction("p7", kinds, []string{"Lord Young", "Tony Blair"}),
		graphtest.Extraction("p8", kinds, []string{"Charles Kennedy", "Tony Blair"}),
		graphtest.Extraction("p9", kinds, []string{"Charles Kennedy", "Tony Blair"}),
		graphtest.Extraction("p10", kinds, []string{"Baroness Kennedy", "Tony Blair"}),
		graphtest.Extraction("p11", kinds, []string{"Lord Kennedy of Alloway", "Tony Blair"}),
		graphtest.Extraction("p12", kinds, []string{"Lord Kennedy of Croy", "Tony Blair"}),
		graphtest.Extraction("p13", kinds, []string{"Lord Kennedy of Croy", "House of Lords"}),
		graphtest.Extraction("p14", kinds, []string{"Worcester Warriors", "Tony Blair"}),
		graphtest.Extraction("p15", kinds, []string{"Worcester Warriors", "Tony Blair"}),
		graphtest.Extraction("p16", kinds, []string{"Lord Faulkner of Worcester", "House of Lords"}),
		graphtest.Extraction("p17", kinds, []string{"Worcester", "Tony Blair"}),
	}
	for _, x := range docs {
		for i := range x.Actors {
			if sur, ok := extract.PeerStyle(x.Actors[i].Name); ok && !extract.DesignatedPeer(x.Actors[i].Name) {
				x.Actors[i].Key = lexicon.NameKey(sur) // as the extractor keys a peer's style
			}
		}
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	g := b.Graph()
	tests := []nodeWant{
		{"Neil Kinnock", 3, "Lord Kinnock"},
		{"Lord Kinnock", 0, ""},
		{"Lord Bingham", 2, "Lord Bingham"},
		{"Lord Young", 1, "Lord Young"},
		{"McLeod Young Weir Ltd", 2, "McLeod Young Weir Ltd"},
		{"Charles Kennedy", 2, "Charles Kennedy"},
		{"Baroness Kennedy", 1, "Baroness Kennedy"},
		{"Lord Kennedy of Alloway", 1, "Lord Kennedy of Alloway"},
		{"Lord Kennedy of Croy", 2, "Lord Kennedy of Croy"},
		{"Worcester Warriors", 3, "Worcester"},
		{"Lord Faulkner of Worcester", 1, "Lord Faulkner of Worcester"},
	}
	checkNodes(t, g, tests)
}

// TestResolveLegalVariants checks that the names of one company that
// differ only in a legal form join the most mentioned one, that legal
// forms of two families of company law keep two companies apart, and
// that an acronym joins the organisation whose initials it is when that
// one dominates a misspelt rival.
func TestResolveLegalVariants(t *testing.T) {
	kinds := map[string]extract.Kind{}
	for _, n := range []string{"Norvale Widget Corp", "Norvale Widget Co", "Norvale Widget", "Astley Electric Co",
		"Astley Electric Co Plc", "Astley Electric Co Ltd", "Kestrel Data Systems Corp", "Kestrel Data System Corp", "KDS",
		"Quill, Tasker and Co", "Quill, Tasker and Co Inc", "Quill, Tasker and Co Ltd",
		"Harlow Tool", "Harlow Tool and Co Inc", "Harlow Tool and Co Ltd", "Brede Gear", "Brede Gear Corp", "Brede Gear Plc"} {
		kinds[n] = extract.KindOrg
	}
	docs := []*extract.Extraction{
		graphtest.Extraction("n1", kinds, []string{"Norvale Widget Corp", "Ada Rook"}, []string{"Norvale Widget Corp"}),
		graphtest.Extraction("n2", kinds, []string{"Norvale Widget Co", "Ben Crane"}),
		graphtest.Extraction("n3", kinds, []string{"Norvale Widget", "Una Holt"}),
		graphtest.Extraction("e1", kinds, []string{"Astley Electric Co", "Rex Pym"}, []string{"Astley Electric Co"}),
		graphtest.Extraction("e2", kinds, []string{"Astley Electric Co Plc", "Lia Ford"}),
		graphtest.Extraction("e3", kinds, []string{"Astley Electric Co Ltd", "Sam Orr"}),
		// Two forms of one family of company law join; a form of
		// another family (a subsidiary abroad) no longer keeps them apart.
		graphtest.Extraction("q1", kinds, []string{"Quill, Tasker and Co", "Ada Rook"}),
		graphtest.Extraction("q2", kinds, []string{"Quill, Tasker and Co Inc", "Ben Crane"}),
		graphtest.Extraction("q3", kinds, []string{"Quill, Tasker and Co Inc", "Una Holt"}),
		graphtest.Extraction("q4", kinds, []string{"Quill, Tasker and Co Ltd", "Rex Pym"}),
	}
	for i := range 6 {
		docs = append(docs, graphtest.Extraction(fmt.Sprintf("k%d", i), kinds, []string{"Kestrel Data Systems Corp", "Kit Dunn"}))
	}
	// A bare name joins the family of legal forms the corpus names four
	// times in five ("and Co" is one), not one of two alike.
	for i := range 4 {
		docs = append(docs, graphtest.Extraction(fmt.Sprintf("h%d", i), kinds, []string{"Harlow Tool and Co Inc", "Rex Pym"}))
	}
	docs = append(docs,
		graphtest.Extraction("h4", kinds, []string{"Harlow Tool and Co Ltd", "Rex Pym"}),
		graphtest.Extraction("h5", kinds, []string{"Harlow Tool", "Lia Ford"}),
		graphtest.Extraction("b1", kinds, []string{"Brede Gear Corp", "Rex Pym"}),
		graphtest.Extraction("b2", kinds, []string{"Brede Gear Plc", "Lia Ford"}),
		graphtest.Extraction("b3", kinds, []string{"Brede Gear", "Sam Orr"}))
	docs = append(docs,
		graphtest.Extraction("k6", kinds, []string{"Kestrel Data System Corp", "Ivo Brandt"}),
		graphtest.Extraction("k7", kinds, []string{"KDS", "Tilda Marsh"}, []string{"KDS"}),
		graphtest.Extraction("k8", kinds, []string{"KDS", "Paulo Marquez"}))
	g := buildOf(docs)
	checkNodes(t, g, []nodeWant{
		{"Norvale Widget Corp", 4, "Norvale Widget Co"},
		{"Norvale Widget Co", 0, ""},
		{"Norvale Widget", 0, ""},
		{"Astley Electric Co", 2, "Astley Electric Co"},
		{"Astley Electric Co Ltd", 2, "Astley Electric Co Plc"},
		{"Kestrel Data Systems Corp", 9, "KDS"},
		{"KDS", 0, ""},
		{"Quill, Tasker and Co Inc", 3, "Quill, Tasker and Co"},
		{"Quill, Tasker and Co", 0, ""},
		{"Quill, Tasker and Co Ltd", 1, "Quill, Tasker and Co Ltd"},
		{"Harlow Tool and Co Inc", 5, "Harlow Tool"},
		{"Harlow Tool", 0, ""},
		{"Harlow Tool and Co Ltd", 1, "Harlow Tool and Co Ltd"},
		{"Brede Gear", 1, "Brede Gear"},
	})
}

// TestOrgTails checks that an organisation named by the end of another's
// name joins it when a document named it both ways and only one longer
// name has it so, and stays apart otherwise.
func TestOrgTails(t *testing.T) {
	org := extract.KindOrg
	kinds := map[string]extract.Kind{"Ruritanian Fisheries Council": org, "Fisheries Council": org,
		"Northern Water Board": org, "Southern Water Board": org, "Water Board": org, "Anna Berg": extract.KindPerson}
	docs := []*extract.Extraction{
		graphtest.Extraction("d1", kinds, []string{"Ruritanian Fisheries Council", "Anna Berg"}),
		graphtest.Extraction("d2", kinds, []string{"Fisheries Council", "Anna Berg"}),
		graphtest.Extraction("d3", kinds, []string{"Northern Water Board"}),
		graphtest.Extraction("d4", kinds, []string{"Southern Water Board"}),
		graphtest.Extraction("d5", kinds, []string{"Water Board", "Anna Berg"}),
	}
	alias := map[string]string{"Ruritanian Fisheries Council": "Fisheries Council",
		"Northern Water Board": "Water Board", "Southern Water Board": "Water Board"}
	for _, x := range docs {
		for i := range x.Actors {
			if al, ok := alias[x.Actors[i].Name]; ok {
				x.Actors[i].Aliases = append(x.Actors[i].Aliases, al)
			}
		}
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	g := b.Graph()
	if n := nodeByName(g, "Ruritanian Fisheries Council"); n == nil || n.Mentions != 2 {
		t.Errorf("Ruritanian Fisheries Council = %+v, want the node of both documents", n)
	}
	if n := nodeByName(g, "Fisheries Council"); n != nil {
		t.Errorf("Fisheries Council is a node of its own")
	}
	if n := nodeByName(g, "Water Board"); n == nil || n.Mentions != 1 {
		t.Errorf("Water Board = %+v, want a node of its own: two boards end so", n)
	}
}

// TestOrgSpellings checks that organisations whose names differ only in
// letter case, in "-isation" and "-ization", in "and" or "&", or in a
// legal form written in full join the most mentioned one, and that two a
// letter apart stay apart.
func TestOrgSpellings(t *testing.T) {
	org, person := extract.KindOrg, extract.KindPerson
	kinds := map[string]extract.Kind{"HALLDOR Corp": org, "Halldor Corp": org, "Ruritanian Fishing Organisation": org,
		"Ruritanian Fishing Organization": org, "BAA": org, "BA": org, "Anna Berg": person,
		"Tasker & Quill Company": org, "Tasker and Quill Co": org}
	docs := []*extract.Extraction{
		graphtest.Extraction("d1", kinds, []string{"HALLDOR Corp", "BAA", "Anna Berg"}),
		graphtest.Extraction("d2", kinds, []string{"Halldor Corp", "BA", "Anna Berg"}),
		graphtest.Extraction("d3", kinds, []string{"Halldor Corp", "Ruritanian Fishing Organisation"}),
		graphtest.Extraction("d4", kinds, []string{"Ruritanian Fishing Organization"}),
		graphtest.Extraction("d5", kinds, []string{"Ruritanian Fishing Organization", "Tasker and Quill Co"}),
		graphtest.Extraction("d6", kinds, []string{"Tasker & Quill Company", "Tasker and Quill Co"}),
	}
	b := NewBuilder(BuildOptions{})
	for _, x := range docs {
		b.Add(x)
	}
	g := b.Graph()
	for _, tt := range []struct {
		name     string
		mentions int // 0: no node
	}{
		{"Halldor Corp", 3}, {"HALLDOR Corp", 0},
		{"Ruritanian Fishing Organization", 3}, {"Ruritanian Fishing Organisation", 0},
		{"BA", 1}, {"BAA", 1},
		{"Tasker and Quill Co", 3}, {"Tasker & Quill Company", 0},
	} {
		n := nodeByName(g, tt.name)
		switch {
		case tt.mentions == 0 && n != nil:
			t.Errorf("%s is a node of its own (%d mentions), want it joined", tt.name, n.Mentions)
		case tt.mentions > 0 && (n == nil || n.Mentions != tt.mentions):
			t.Errorf("%s = %+v, want a node of %d mentions", tt.name, n, tt.mentions)
		}
	}
}

// TestShortFormOfAnotherPerson checks that a bare name joins the one full
// name it can stand for only while no document makes it a person of its
// own: once one places "Delgado" with a state the full name is never
// placed with, a document that names "Delgado" without co-mentions of
// either stays apart too.
func TestShortFormOfAnotherPerson(t *testing.T) {
	kinds := map[string]extract.Kind{"Portugal": extract.KindState, "Brazil": extract.KindState}
	corpus := func(other bool) []*extract.Extraction {
		docs := []*extract.Extraction{
			graphtest.Extraction("c1", kinds, []string{"Nuno Delgado", "Alan Birch"}, []string{"Nuno Delgado", "Portugal"}),
			graphtest.Extraction("c2", kinds, []string{"Nuno Delgado", "Alan Birch", "Rudi Vos"}),
			graphtest.Extraction("b2", kinds, []string{"Delgado", "Pablo Ruiz"}),
		}
		if other {
			docs = append(docs, graphtest.Extraction("b1", kinds, []string{"Delgado", "Marc Zeller", "Dave Beck"}))
		}
		for _, x := range docs {
			for i := range x.Actors {
				switch a := &x.Actors[i]; {
				case a.Name == "Nuno Delgado" && x.Doc == "c1":
					a.Affiliation = "Portugal"
				case a.Name == "Delgado" && x.Doc == "b1":
					a.Affiliation = "Brazil"
				case a.Type == extract.KindState:
					a.Known = true
				}
			}
		}
		return docs
	}
	tests := []struct {
		name  string
		other bool
		want  []nodeWant
	}{
		{"one person of the name", false, []nodeWant{{"Nuno Delgado", 4, "Delgado"}, {"Delgado", 0, ""}}},
		{"a Brazilian Delgado too", true, []nodeWant{{"Nuno Delgado", 3, "Nuno Delgado"}, {"Delgado", 2, "Delgado"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder(BuildOptions{})
			for _, x := range corpus(tt.other) {
				b.Add(x)
			}
			checkNodes(t, b.Graph(), tt.want)
		})
	}
}

// TestSurnameAfterHonorific checks that a short form written after "Mr"
// (a surname vote) does not join a person whose given name it is: in a
// story about Howard Flight, "Mr Howard" is not he (here it stays apart:
// nothing ties it to Michael Howard), while a bare "Howard" named with
// Howard Flight's co-mentions joins him.
func TestSurnameAfterHonorific(t *testing.T) {
	corpus := func(mr bool) []*extract.Extraction {
		docs := []*extract.Extraction{
			graphtest.Extraction("m1", nil, []string{"Michael Howard", "Tony Blair"}, []string{"Michael Howard", "Liam Fox"}),
			graphtest.Extraction("m2", nil, []string{"Michael Howard", "Liam Fox"}, []string{"Charles Kennedy", "Michael Howard"}),
			graphtest.Extraction("f1", nil, []string{"Howard Flight", "Oliver Letwin"}, []string{"Howard Flight", "Oliver Letwin", "Tim Yeo"},
				[]string{"Howard", "Oliver Letwin", "Tim Yeo"}),
		}
		if mr {
			for i := range docs[2].Actors {
				if a := &docs[2].Actors[i]; a.Name == "Howard" {
					a.Votes.Surname = 1
				}
			}
		}
		return docs
	}
	tests := []struct {
		name string
		mr   bool
		want []nodeWant
	}{
		{"Mr Howard", true, []nodeWant{{"Howard Flight", 2, "Howard Flight"}, {"Michael Howard", 4, "Michael Howard"}}},
		{"a bare Howard", false, []nodeWant{{"Howard Flight", 3, "Howard"}, {"Michael Howard", 4, "Michael Howard"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder(BuildOptions{})
			for _, x := range corpus(tt.mr) {
				b.Add(x)
			}
			g := b.Graph()
			checkNodes(t, g, tt.want)
			if n := nodeByName(g, "Howard Flight"); tt.mr && n != nil && slices.Contains(n.Aliases, "Howard") {
				t.Errorf("Howard Flight holds %v", n.Aliases)
			}
		})
	}
}

// TestShortFormOfJoinedVariants checks that a word of an organisation's
// name joins it when the name's variants already joined to it make it the
// more frequent name: "Banco do Brasil" (many mentions) joined "Banco do
// Brasil SA" (few), and "Banco" is short for it, not a name of its own.
func TestShortFormOfJoinedVariants(t *testing.T) {
	org := extract.KindOrg
	kinds := map[string]extract.Kind{"Calder Mills": org, "Calder Mills Inc": org, "Calder": org}
	var docs []*extract.Extraction
	for i := range 4 {
		docs = append(docs, graphtest.Extraction(fmt.Sprintf("m%d", i), kinds, []string{"Calder Mills", "Nia Pope"}, []string{"Calder Mills"}))
	}
	docs = append(docs, graphtest.Extraction("i1", kinds, []string{"Calder Mills Inc", "Nia Pope"}))
	for i := range 3 {
		docs = append(docs, graphtest.Extraction(fmt.Sprintf("s%d", i), kinds, []string{"Calder", "Nia Pope"}, []string{"Calder"}))
	}
	checkNodes(t, buildOf(docs), []nodeWant{
		{"Calder Mills Inc", 15, "Calder"},
		{"Calder Mills", 0, ""},
		{"Calder", 0, ""},
	})
}

// TestResolveHyphenatedShortForm checks that a hyphenated one-word name
// ("Borg-Warner") joins the one company whose name is it and a legal form
// ("Borg-Warner Corp"), as a one-word name joins the name it opens.
func TestResolveHyphenatedShortForm(t *testing.T) {
	kinds := map[string]extract.Kind{"Harlow-Kessler Corp": extract.KindOrg, "Harlow-Kessler": extract.KindOrg}
	docs := []*extract.Extraction{
		graphtest.Extraction("d1", kinds, []string{"Harlow-Kessler Corp", "Ada Rook"}),
		graphtest.Extraction("d2", kinds, []string{"Harlow-Kessler Corp", "Ben Crane"}),
		graphtest.Extraction("d3", kinds, []string{"Harlow-Kessler", "Una Holt"}),
	}
	checkNodes(t, buildOf(docs), []nodeWant{
		{"Harlow-Kessler Corp", 3, "Harlow-Kessler"},
		{"Harlow-Kessler", 0, ""},
	})
}
