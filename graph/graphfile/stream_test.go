package graphfile

import (
	"bytes"
	"encoding/json"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
)

// TestReadStreamedAgrees checks that the streamed reader gives the graph
// Read gives for files written by Write (edges with evidence, references
// and days included), and declines files laid out otherwise, which
// ReadFile then reads whole.
func TestReadStreamedAgrees(t *testing.T) {
	graphs := map[string]*graph.Graph{
		"planted": generate.PlantedPartition(2000, 20, 10000, 0.2, 7),
		"built":   builtGraph(),
		"dated":   datedGraph(),
		"hostile": hostileGraph(),
		"no edges": {Format: graph.Format, Nodes: []graph.Node{{Name: "a", Aliases: []string{}}},
			Edges: []graph.Edge{}},
	}
	for name, g := range graphs {
		data := writeBytes(t, g)
		want, err := Read(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, ok := readStreamed(bytes.NewReader(data), int64(len(data)))
		if !ok {
			t.Errorf("%s: the streamed reader does not take a file written by Write", name)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the streamed reader gives another graph than Read", name)
		}
		var indented bytes.Buffer
		if err := json.Indent(&indented, data, "", "  "); err != nil {
			t.Fatal(err)
		}
		if _, ok := readStreamed(bytes.NewReader(indented.Bytes()), int64(indented.Len())); ok {
			t.Errorf("%s: the streamed reader takes an indented file", name)
		}
	}
	for _, bad := range []string{
		"{\n\"format\": \"actorgraph-graph/1\",\n\"edges\": [{\"source\":0,\"target\":1,\"weight\":1},]\n}\n",
		"{\n\"format\": \"actorgraph-graph/1\",\n\"edges\": [{\"source\":0,\"target\":1,\"weight\":1}\n",
		"{\n\"format\": \"actorgraph-graph/1\",\n\"edges\": null\n}\n",
		"{\n\"format\": \"actorgraph-graph/1\",\n\"edges\": [1]\n}\n",
		"{\n\"format\": \"actorgraph-graph/1\",\n\"edges\": [],\n\"edges\": []\n}\n",
		"{\n\"format\": \"actorgraph-graph/1\",\n\"edges\": [{\"source\":0,\"target\":1,\"weight\":\"x\"}]\n}\n",
	} {
		if _, ok := readStreamed(strings.NewReader(bad), int64(len(bad))); ok {
			t.Errorf("the streamed reader takes %q", bad)
		}
	}
}

// TestReadStreamedMemory checks that the streamed reader does not hold
// the file's text: beside the graph it allocates about half the file here
// (the text before and after the edge list, the nodes being a large part
// of it), where Read allocates the whole file (a 500 MB buffer beside the
// graph for ten million edges).
func TestReadStreamedMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("allocations are not the reader's own under the race detector")
	}
	g := generate.PlantedPartition(20000, 200, 200000, 0.2, 1)
	data := writeBytes(t, g)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got, ok := readStreamed(bytes.NewReader(data), int64(len(data)))
	runtime.ReadMemStats(&after)
	if !ok {
		t.Fatal("the streamed reader does not take the file")
	}
	graphBytes := float64(cap(got.Edges))*float64(unsafeSizeofEdge) + float64(cap(got.Nodes))*float64(unsafeSizeofNode)
	extra := float64(after.TotalAlloc-before.TotalAlloc) - graphBytes
	t.Logf("file %d bytes; graph %.0f bytes; allocated %.0f bytes more", len(data), graphBytes, extra)
	if extra > 0.6*float64(len(data)) {
		t.Errorf("the streamed reader allocates %.0f bytes beside the graph, want well under the file (%d bytes)", extra, len(data))
	}
}

// The sizes of the graph's elements, for TestReadStreamedMemory.
var (
	unsafeSizeofEdge = reflect.TypeFor[graph.Edge]().Size()
	unsafeSizeofNode = reflect.TypeFor[graph.Node]().Size()
)
