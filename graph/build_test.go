package graph

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// fakeExtraction builds an extraction whose sentences each mention the
// given actors: sentences[i] lists the actor names of sentence i.
func fakeExtraction(id string, kinds map[string]extract.Kind, sentences ...[]string) *extract.Extraction {
	x := &extract.Extraction{Doc: id, Document: extract.Document{ID: id, Path: id, Title: "T " + id}}
	var text strings.Builder
	counts := map[string]int{}
	for i, names := range sentences {
		start := text.Len()
		text.WriteString(strings.Join(names, " and ") + " met.")
		x.Sentences = append(x.Sentences, extract.Sentence{Index: i, Paragraph: i / 2,
			Span: extract.Span{Start: start, End: text.Len()}})
		off := start
		for _, n := range names {
			x.Mentions = append(x.Mentions, extract.Mention{Actor: n, Text: n,
				Span: extract.Span{Start: off, End: off + len(n)}, Sentence: i, Via: extract.ViaName})
			off += len(n) + 5
			counts[n]++
		}
		text.WriteString(" ")
	}
	x.Text = text.String()
	for n, c := range counts {
		k := kinds[n]
		if k == extract.KindUnknown {
			k = extract.KindPerson
		}
		x.Actors = append(x.Actors, extract.Actor{Name: n, Type: k, Aliases: []string{n}, Mentions: c})
	}
	return x
}

func encode(t *testing.T, g *Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func testExtractions() []*extract.Extraction {
	kinds := map[string]extract.Kind{"Russia": extract.KindState, "Ukraine": extract.KindState, "NATO": extract.KindOrg}
	return []*extract.Extraction{
		fakeExtraction("a.txt", kinds, []string{"Vladimir Putin", "Steve Witkoff"}, []string{"Russia", "Ukraine"}, []string{"Putin", "Ukraine"}),
		fakeExtraction("b.txt", kinds, []string{"Steve Witkoff", "Yuri Ushakov"}, []string{"Ushakov", "Vladimir Putin", "Russia"}),
		fakeExtraction("c.txt", kinds, []string{"Witkoff", "NATO"}, []string{"Russia", "NATO", "Ukraine"}),
		fakeExtraction("d.txt", kinds, []string{"Ukraine", "Russia"}, []string{"Russia", "Ukraine"}, []string{"Ukraine", "Russia"}, []string{"Russia", "Ukraine"}),
	}
}

func TestBuildOrderIndependent(t *testing.T) {
	docs := testExtractions()
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

func TestBuildCounts(t *testing.T) {
	b := NewBuilder(BuildOptions{MaxEvidence: 2})
	for _, x := range testExtractions() {
		b.Add(x)
	}
	g := b.Graph()
	byName := map[string]Node{}
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
	var edge *Edge
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
	if len(edge.Evidence) != 2 {
		t.Fatalf("evidence kept = %d, want the cap 2", len(edge.Evidence))
	}
	if d := g.Documents[edge.Evidence[0].Doc].ID; d != "a.txt" {
		t.Errorf("first evidence from %s, want a.txt (smallest key)", d)
	}
	if err := g.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
}

func TestBuildWindows(t *testing.T) {
	x := fakeExtraction("a.txt", nil, []string{"A One"}, []string{"B Two"}, []string{"C Three"})
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

func TestFileRoundTrip(t *testing.T) {
	b := NewBuilder(BuildOptions{})
	for _, x := range testExtractions() {
		b.Add(x)
	}
	g := b.Graph()
	path := filepath.Join(t.TempDir(), "g.json")
	if err := WriteFile(path, g); err != nil {
		t.Fatal(err)
	}
	back, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, back), encode(t, g)) {
		t.Error("graph changed in a write/read round trip")
	}
}

func TestReadErrors(t *testing.T) {
	good := encode(t, NewBuilder(BuildOptions{}).Graph())
	tests := []struct {
		name, data, want string
	}{
		{"Empty", "", "truncated"},
		{"Truncated", string(good[:len(good)/2]), "truncated"},
		{"NotJSON", "hello", "invalid JSON"},
		{"WrongVersion", `{"format": "actorgraph-graph/9", "nodes": []}`, "actorgraph-graph/9"},
		{"NoFormat", `{"nodes": []}`, "no \"format\""},
		{"BadEdge", `{"format": "actorgraph-graph/1", "nodes": [], "edges": [{"source": 0, "target": 1}]}`, "edge 0 refers to node"},
		{"WrongType", `{"format": "actorgraph-graph/1", "nodes": "x"}`, "wrong type"},
		{"RefToMissingDoc", `{"format": "actorgraph-graph/1", "documents": [], "nodes": [{"id": 0, "name": "A", "type": "person", "aliases": [], "mentions": 1, "documents": 1}, {"id": 1, "name": "B", "type": "person", "aliases": [], "mentions": 1, "documents": 1}], "edges": [{"source": 0, "target": 1, "weight": 1, "refs": [[3, 0, 0, 10]]}]}`, "refers to document 3"},
		{"RefBadOffsets", `{"format": "actorgraph-graph/1", "documents": [{"id": "d"}], "nodes": [{"id": 0, "name": "A", "type": "person", "aliases": [], "mentions": 1, "documents": 1}, {"id": 1, "name": "B", "type": "person", "aliases": [], "mentions": 1, "documents": 1}], "edges": [{"source": 0, "target": 1, "weight": 1, "refs": [[0, 0, 9, 2]]}]}`, "bad offsets 9-2"},
		{"RefNotFour", `{"format": "actorgraph-graph/1", "documents": [{"id": "d"}], "nodes": [{"id": 0, "name": "A", "type": "person", "aliases": [], "mentions": 1, "documents": 1}, {"id": 1, "name": "B", "type": "person", "aliases": [], "mentions": 1, "documents": 1}], "edges": [{"source": 0, "target": 1, "weight": 1, "refs": [[0, 0, 2]]}]}`, "doc, sentence, start, end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.data))
			if err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Read(%.40q) = %v, want ErrFormat mentioning %q", tt.data, err, tt.want)
			}
		})
	}
}

func TestWriteFileAtomicKeepsOldOnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "g.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		w.Write([]byte("half"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("WriteFileAtomic error = %v, want boom", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file = %q after a failed write, want the old content", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary file left behind: %v", ents)
	}
}

func TestFind(t *testing.T) {
	g := &Graph{Nodes: []Node{
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
			got, err := g.Find(tt.query)
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
	_, err := g.Find("Witkopp")
	var ne *NotFoundError
	if errors.As(err, &ne) && (len(ne.Suggestions) == 0 || ne.Suggestions[0] != "Steve Witkoff") {
		t.Errorf("Find(Witkopp) suggestions = %v, want Steve Witkoff first", ne.Suggestions)
	}
}

func TestRecordsRoundTrip(t *testing.T) {
	opts := BuildOptions{MaxEvidence: 2}
	whole := NewBuilder(opts)
	for _, x := range testExtractions() {
		whole.Add(x)
	}
	want := encode(t, whole.Graph())
	// One builder per document, records combined by key with
	// MergeRecords, as a distributed engine would.
	byKey := map[string]Record{}
	var order []string
	for _, x := range testExtractions() {
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
