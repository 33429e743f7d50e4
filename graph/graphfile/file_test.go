package graphfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// encode is the graph file of g.
func encode(t *testing.T, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestFileRoundTrip(t *testing.T) {
	b := build.NewBuilder(build.BuildOptions{})
	for _, x := range graphtest.Extractions() {
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
	good := encode(t, build.NewBuilder(build.BuildOptions{}).Graph())
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

// TestWriteParallel checks that lists long enough to be encoded on several
// goroutines are written with the same bytes as on one, and as
// json.Marshal writes each element.
func TestWriteParallel(t *testing.T) {
	const n = 3*parallelMin + 17
	g := &graph.Graph{Format: graph.Format, Window: "sentence"}
	for i := range n {
		g.Nodes = append(g.Nodes, graph.Node{ID: i, Name: fmt.Sprintf("Actor %d", i), Mentions: i%7 + 1, Documents: 1})
	}
	for i := range n {
		e := graph.Edge{Source: i, Target: (i + 1) % n, Weight: i%5 + 1, Documents: i % 3}
		if i%11 == 0 {
			e.SetEvidence([]graph.Evidence{{Doc: 0, Sentence: i, Text: fmt.Sprintf("Sentence \"%d\" <here>.", i)}})
		}
		g.Edges = append(g.Edges, e)
	}
	g.Documents = []graph.DocRef{{ID: "d"}}
	prev := runtime.GOMAXPROCS(1)
	one := encode(t, g)
	runtime.GOMAXPROCS(4)
	four := encode(t, g)
	runtime.GOMAXPROCS(prev)
	if !bytes.Equal(one, four) {
		t.Fatal("the file differs between one and four goroutines")
	}
	var want bytes.Buffer
	want.WriteString(`"edges": [`)
	for i, e := range g.Edges {
		if i > 0 {
			want.WriteByte(',')
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		want.Write(b)
	}
	want.WriteString("]")
	if !bytes.Contains(four, want.Bytes()) {
		t.Error("the edges are not written as json.Marshal writes them")
	}
}
