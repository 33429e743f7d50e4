package build

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// encode is g as JSON, for comparing graphs byte for byte.
func encode(t *testing.T, g *graph.Graph) []byte {
	t.Helper()
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBuildOrderIndependent(t *testing.T) {
	docs := graphtest.Extractions()
	opts := BuildOptions{MaxEvidence: 2}
	forward := NewBuilder(opts)
	for _, x := range docs {
		forward.Add(x)
	}
	want := encode(t, forward.Graph())

	backward := NewBuilder(opts)
	for i := len(docs) - 1; i >= 0; i-- {
		backward.Add(docs[i])
	}
	if got := encode(t, backward.Graph()); !bytes.Equal(got, want) {
		t.Errorf("reverse order gives a different graph:\n%s\nwant\n%s", got, want)
	}

	left, right := NewBuilder(opts), NewBuilder(opts)
	left.Add(docs[3])
	left.Add(docs[0])
	right.Add(docs[2])
	right.Add(docs[1])
	right.Merge(left)
	if got := encode(t, right.Graph()); !bytes.Equal(got, want) {
		t.Errorf("split and merged gives a different graph:\n%s\nwant\n%s", got, want)
	}
}

// TestFinishSameAsGraph checks that Finish, which releases the builder's
// data as the final pass uses it, gives the graph Graph gives, with the
// evidence caps of a build (all references kept, and few) and without.
func TestFinishSameAsGraph(t *testing.T) {
	docs := graphtest.Extractions()
	for _, opts := range []BuildOptions{{MaxEvidence: 2}, {MaxEvidence: 1, MaxRefs: 1, MaxStatements: 2}, {}} {
		build := func() *Builder {
			b := NewBuilder(opts)
			for _, x := range docs {
				b.Add(x)
			}
			return b
		}
		want := encode(t, build().Graph())
		b := build()
		if got := encode(t, b.Finish()); !bytes.Equal(got, want) {
			t.Errorf("%+v: Finish gives a different graph:\n%s\nwant\n%s", opts, got, want)
		}
		if len(b.edges)+len(b.stances)+len(b.statements) != 0 {
			t.Errorf("%+v: Finish kept %d co-mentions, %d stances and %d statements", opts, len(b.edges), len(b.stances), len(b.statements))
		}
	}
}

func TestBuildCounts(t *testing.T) {
	b := NewBuilder(BuildOptions{MaxEvidence: 2})
	for _, x := range graphtest.Extractions() {
		b.Add(x)
	}
	g := b.Graph()
	byName := map[string]graph.Node{}
	for _, n := range g.Nodes {
		byName[n.Name] = n
	}
	// "Witkoff" alone in c.txt merges into the one full name.
	w, ok := byName["Steve Witkoff"]
	if !ok {
		t.Fatalf("no Steve Witkoff node in %v", g.Nodes)
	}
	if _, ok := byName["Witkoff"]; ok {
		t.Errorf("Witkoff kept as a separate node")
	}
	if w.Documents != 3 || w.Mentions != 3 {
		t.Errorf("Steve Witkoff: documents=%d mentions=%d, want 3 and 3", w.Documents, w.Mentions)
	}
	ru, ua := byName["Russia"].ID, byName["Ukraine"].ID
	var edge *graph.Edge
	for i := range g.Edges {
		e := &g.Edges[i]
		if (e.Source == ru && e.Target == ua) || (e.Source == ua && e.Target == ru) {
			edge = e
		}
	}
	if edge == nil {
		t.Fatal("no Russia–Ukraine edge")
	}
	if edge.Weight != 6 || edge.Documents != 3 {
		t.Errorf("Russia–Ukraine weight=%d documents=%d, want 6 and 3", edge.Weight, edge.Documents)
	}
	if len(edge.Evidence()) != 2 {
		t.Fatalf("evidence kept = %d, want the cap 2", len(edge.Evidence()))
	}
	if d := g.Documents[edge.Evidence()[0].Doc].ID; d != "a.txt" {
		t.Errorf("first evidence from %s, want a.txt (smallest key)", d)
	}
	if err := g.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
}

func TestBuildWindows(t *testing.T) {
	x := graphtest.Extraction("a.txt", nil, []string{"A One"}, []string{"B Two"}, []string{"C Three"})
	tests := []struct {
		window Window
		edges  int
	}{
		{WindowSentence, 0},
		{WindowParagraph, 1}, // sentences 0 and 1 share paragraph 0
		{WindowDocument, 3},
	}
	for _, tt := range tests {
		t.Run(string(tt.window), func(t *testing.T) {
			b := NewBuilder(BuildOptions{Window: tt.window})
			b.Add(x)
			if got := len(b.Graph().Edges); got != tt.edges {
				t.Errorf("window %s: %d edges, want %d", tt.window, got, tt.edges)
			}
		})
	}
}

func TestRecordsRoundTrip(t *testing.T) {
	t.Run("Undated", func(t *testing.T) { testRecordsRoundTrip(t, graphtest.Extractions()) })
	t.Run("Dated", func(t *testing.T) { testRecordsRoundTrip(t, graphtest.DatedExtractions(40, 3)) })
}

func testRecordsRoundTrip(t *testing.T, xs []*extract.Extraction) {
	opts := BuildOptions{MaxEvidence: 2}
	whole := NewBuilder(opts)
	for _, x := range xs {
		whole.Add(x)
	}
	want := encode(t, whole.Graph())
	// One builder per document, records combined by key with
	// MergeRecords, as a distributed engine would.
	byKey := map[string]Record{}
	var order []string
	for _, x := range xs {
		b := NewBuilder(opts)
		b.Add(x)
		for _, r := range b.Records() {
			k := r.Kind + "\x01" + r.Key
			if old, ok := byKey[k]; ok {
				m, err := MergeRecords(opts, old, r)
				if err != nil {
					t.Fatal(err)
				}
				byKey[k] = m
				continue
			}
			byKey[k] = r
			order = append(order, k)
		}
	}
	rebuilt := NewBuilder(opts)
	for i := len(order) - 1; i >= 0; i-- {
		if err := rebuilt.AddRecord(byKey[order[i]]); err != nil {
			t.Fatal(err)
		}
	}
	if got := encode(t, rebuilt.Graph()); !bytes.Equal(got, want) {
		t.Errorf("graph from combined records differs from the direct build:\n%s\nwant\n%s", got, want)
	}
}

func TestWordCount(t *testing.T) {
	for _, s := range []string{"", " ", "Putin", " Vladimir  Putin ", "a\tb\nc", "Jean-Yves Le\u00a0Drian", "\u3000x\u3000"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// buildOf returns the graph of docs, added in order.
func buildOf(docs []*extract.Extraction) *graph.Graph {
	b := NewBuilder(BuildOptions{MaxEvidence: 2})
	for _, x := range docs {
		b.Add(x)
	}
	return b.Graph()
}

// TestBuildStateBodies checks that bodies named without their state
// ("Finance Ministry") stay one actor per state, shown under their
// canonical name unless a document names them in full.
func TestBuildStateBodies(t *testing.T) {
	body := func(doc, state, canonical string, full bool) *extract.Extraction {
		name := "Finance Ministry"
		if full {
			name = canonical
		}
		return &extract.Extraction{Document: extract.Document{ID: doc, Text: name + " said."}, Actors: []extract.Actor{
			{Name: name, Key: "finance ministri" + extract.BodySep + state, Canonical: canonical, Type: extract.KindOrg,
				Affiliation: state, Aliases: []string{name}, Mentions: 1, Known: true},
		}}
	}
	tests := []struct {
		name string
		docs []*extract.Extraction
		want []string
	}{
		{"TwoStates", []*extract.Extraction{body("a", "Japan", "Japanese Finance Ministry", false), body("b", "Brazil", "Brazilian Finance Ministry", false)},
			[]string{"Brazilian Finance Ministry", "Japanese Finance Ministry"}},
		{"OneStateTwoDocuments", []*extract.Extraction{body("a", "Japan", "Japanese Finance Ministry", false), body("b", "Japan", "Japanese Finance Ministry", false)},
			[]string{"Japanese Finance Ministry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := buildOf(tt.docs)
			var got []string
			for _, n := range g.Nodes {
				got = append(got, n.Name)
				if slices.Contains(n.Aliases, n.Name) && n.Name != "Finance Ministry" {
					t.Errorf("node %q has its canonical name among its aliases %v", n.Name, n.Aliases)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("nodes %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBuildOrgPrefixes checks that an organisation's name joins the one
// longer name that only adds designators, and only that one.
func TestBuildOrgPrefixes(t *testing.T) {
	org := func(doc string, names ...string) *extract.Extraction {
		x := &extract.Extraction{Document: extract.Document{ID: doc, Text: strings.Join(names, " and ") + " agreed."}}
		for _, n := range names {
			x.Actors = append(x.Actors, extract.Actor{Name: n, Key: lexicon.NameKey(n), Type: extract.KindOrg, Aliases: []string{n}, Mentions: 1})
		}
		return x
	}
	tests := []struct {
		name string
		docs []*extract.Extraction
		want []string
	}{
		{"Designator", []*extract.Extraction{org("a", "Kestrel Stores"), org("b", "Kestrel"), org("c", "Kestrel Stores Inc")},
			[]string{"Kestrel Stores Inc"}},
		{"TwoClubs", []*extract.Extraction{org("a", "Wexford United"), org("b", "Wexford City"), org("c", "Wexford")},
			[]string{"Wexford", "Wexford City", "Wexford United"}},
		{"SubsidiaryStaysApart", []*extract.Extraction{org("a", "Halden Bank"), org("b", "Halden Bank Securities")},
			[]string{"Halden Bank", "Halden Bank Securities"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, n := range buildOf(tt.docs).Nodes {
				got = append(got, n.Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("nodes %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTextDigest checks the digest against SHA-256 of the whole text, for
// texts shorter than, as long as and longer than the hashing buffer.
func TestTextDigest(t *testing.T) {
	for _, n := range []int{0, 1, 4095, 4096, 4097, 3*4096 + 17} {
		text := strings.Repeat("Ünïcode text. ", n/14+1)[:n]
		sum := sha256.Sum256([]byte(text))
		if got, want := TextDigest(text), hex.EncodeToString(sum[:8]); got != want {
			t.Errorf("TextDigest of %d bytes = %s, want %s", n, got, want)
		}
	}
}

func TestWithoutProducts(t *testing.T) {
	type row struct {
		name    string
		kind    extract.Kind
		n       int
		product int
		org     int
		agent   int
	}
	rows := []row{
		{"Velora", extract.KindOrg, 40, 0, 5, 3},
		{"Velora VX2", extract.KindOrg, 12, 3, 0, 1},      // its console: a product
		{"Velora Pictures", extract.KindOrg, 6, 1, 0, 0},  // a head word of organisations
		{"Velora Japan", extract.KindOrg, 6, 0, 2, 1},     // no product context
		{"Velora Music Box", extract.KindOrg, 4, 1, 1, 1}, // an actor as often as a product
		{"Tarn", extract.KindOrg, 3, 0, 1, 0},
		{"Tarn Pad", extract.KindOrg, 5, 2, 0, 0}, // maker named too rarely
		{"Velora Smith", extract.KindPerson, 5, 1, 0, 0},
	}
	merged := map[string]*actorAcc{}
	names := map[string]string{}
	kinds := map[string]extract.Kind{}
	var keys []string
	for _, r := range rows {
		a := newActorAcc()
		a.mentions = r.n
		a.ev.votes = extract.Votes{Product: r.product, Org: r.org, Agent: r.agent}
		merged[r.name], names[r.name], kinds[r.name] = a, r.name, r.kind
		keys = append(keys, r.name)
	}
	got := withoutProducts(keys, merged, names, kinds)
	want := []string{"Velora", "Velora Pictures", "Velora Japan", "Velora Music Box", "Tarn", "Tarn Pad", "Velora Smith"}
	if !slices.Equal(got, want) {
		t.Errorf("withoutProducts kept %v, want %v", got, want)
	}
}
