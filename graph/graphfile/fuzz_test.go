package graphfile

import (
	"bytes"
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// FuzzReadGraph feeds arbitrary bytes to Read: it must return a graph or an
// error, never panic, and a graph it accepts must survive a write and a
// second read unchanged (a write-then-read round trip). The fast reader
// must agree with encoding/json: it may give up on any input, but what it
// accepts encoding/json accepts too, and decodes to the same graph.
func FuzzReadGraph(f *testing.F) {
	b := build.NewBuilder(build.BuildOptions{})
	for _, x := range graphtest.Extractions() {
		b.Add(x)
	}
	var good bytes.Buffer
	if err := Write(&good, b.Graph()); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add([]byte(`{"format": "actorgraph-graph/1", "nodes": [], "edges": []}`))
	f.Add([]byte(`{"format": "actorgraph-graph/1", "nodes": [{"id": 0, "name": "<script>\u0000", "type": "person"}]}`))
	f.Add([]byte(`{"format": "actorgraph-graph/1", "nodes": [{"id": 0, "name": "A"}], "edges": [{"source": 0, "target": 5}]}`))
	f.Add(writeBytes(f, hostileGraph()))
	f.Add([]byte("{\n\"format\": \"actorgraph-graph/1\",\n\"edges\": [{\"source\":0,\"target\":1,\"refs\":[[0,1,2,3]]}],\n\"nodes\": [{\"id\":0},{\"id\":1,\"name\":\"\\u00e9\"}]\n}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFastAgrees(t, data)
		g, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		var once bytes.Buffer
		if err := Write(&once, g); err != nil {
			t.Fatalf("Write of an accepted graph: %v", err)
		}
		g2, err := Read(bytes.NewReader(once.Bytes()))
		if err != nil {
			t.Fatalf("Read of a written graph: %v\n%s", err, once.Bytes())
		}
		var twice bytes.Buffer
		if err := Write(&twice, g2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once.Bytes(), twice.Bytes()) {
			t.Fatalf("round trip changed the graph:\n%s\nthen\n%s", once.Bytes(), twice.Bytes())
		}
	})
}
