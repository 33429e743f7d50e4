package importer

import (
	"bytes"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/generate"
	"github.com/actorgraph/actorgraph/graph/graphfile"
)

// TestImportedWriteSameBytes checks that an imported graph written from
// its compact form has the bytes of graphfile.Write of its graph.Graph,
// for an edge list and for GraphML with node attributes, stances and an
// edge to a node without a <node> element.
func TestImportedWriteSameBytes(t *testing.T) {
	var list bytes.Buffer
	if err := WriteEdgeList(&list, generate.PlantedPartition(500, 5, 3000, 0.2, 3)); err != nil {
		t.Fatal(err)
	}
	const gml = `<graphml><key id="t" for="node" attr.name="type"/><key id="a" for="node" attr.name="aliases"/>
<key id="m" for="node" attr.name="mentions"/><key id="k" for="edge" attr.name="kind"/>
<key id="p" for="edge" attr.name="positive"/><key id="w" for="edge" attr.name="weight"/>
<graph><node id="n1"><data key="t">person</data><data key="a">B;A;B</data><data key="m">4</data></node>
<node id="n0"><data key="t">org</data></node>
<edge source="n0" target="n1"><data key="w">2</data></edge><edge source="n1" target="n0"><data key="w">3</data></edge>
<edge source="n1" target="x"/><edge source="n1" target="n0"><data key="k">stance</data><data key="p">2</data></edge>
</graph></graphml>`
	for _, tc := range []struct {
		name string
		read func(io.Reader, string, Options) (*Imported, Report, error)
		in   string
	}{
		{"edgelist", ReadEdgeListCompact, list.String()},
		{"edgelist with repeats", ReadEdgeListCompact, "b a 2\na b 1\nc a 3\nc c 1\n"},
		{"graphml", ReadGraphMLCompact, gml},
	} {
		t.Run(tc.name, func(t *testing.T) {
			im, _, err := tc.read(strings.NewReader(tc.in), "x", Options{Round: true})
			if err != nil {
				t.Fatal(err)
			}
			var compact, whole bytes.Buffer
			if err := im.WriteGraphFile(&compact); err != nil {
				t.Fatal(err)
			}
			if err := graphfile.Write(&whole, im.Graph()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(compact.Bytes(), whole.Bytes()) {
				t.Errorf("WriteGraphFile differs from graphfile.Write(Graph()):\n%s\nwant\n%s", compact.Bytes(), whole.Bytes())
			}
		})
	}
}

// TestImportMemory checks that an imported edge list is held in about 20
// bytes an edge and written to a graph file allocating a few dozen more.
// Before the compact form every edge became a 128-byte graph.Edge and
// every node a 320-byte graph.Node, about 170 bytes an edge here (1.9 GB
// for ten million edges), and writing allocated a JSON copy of each edge.
func TestImportMemory(t *testing.T) {
	const nodes, edges = 20000, 200000
	var list bytes.Buffer
	if err := WriteEdgeList(&list, generate.PlantedPartition(nodes, nodes/100, edges, 0.2, 1)); err != nil {
		t.Fatal(err)
	}
	var start, read, written runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&start)
	im, _, err := ReadEdgeListCompact(bytes.NewReader(list.Bytes()), "x", Options{})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&read)
	if err := im.WriteGraphFile(io.Discard); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&written)
	held := (float64(read.HeapAlloc) - float64(start.HeapAlloc)) / float64(im.Edges())
	write := float64(written.TotalAlloc-read.TotalAlloc) / float64(im.Edges())
	runtime.KeepAlive(&list)
	t.Logf("%d nodes, %d edges: %.0f bytes held an edge, %.0f allocated an edge to write", im.Nodes(), im.Edges(), held, write)
	if held > 40 {
		t.Errorf("the imported graph takes %.0f bytes an edge, want at most 40", held)
	}
	if write > 60 {
		t.Errorf("writing the graph file allocates %.0f bytes an edge, want at most 60", write)
	}
}
