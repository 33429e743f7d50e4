package importer

import (
	"bytes"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
	"github.com/actorgraph/actorgraph/graph/graphfile"
)

// TestImportedGraphFileRoundTrip checks that an imported graph, whose
// nodes have no type, survives the graph file format.
func TestImportedGraphFileRoundTrip(t *testing.T) {
	g, err := ReadEdgeList(strings.NewReader("a b 2\nb c 1\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := graphfile.Write(&buf, g); err != nil {
		t.Fatal(err)
	}
	h, err := graphfile.Read(&buf)
	if err != nil {
		t.Fatalf("Read(graphfile.Write(imported graph)): %v", err)
	}
	if len(h.Nodes) != 3 || len(h.Edges) != 2 || h.Nodes[0].Type != g.Nodes[0].Type {
		t.Errorf("round trip = %+v", h)
	}
}

func TestWriteEdgeListRoundTrip(t *testing.T) {
	g := generate.PlantedPartition(300, 5, 1200, 0.2, 9)
	g.Nodes[3].Name = `a "quoted", name #3`
	// keep names sorted for the comparison below
	var buf bytes.Buffer
	if err := WriteEdgeList(&buf, g); err != nil {
		t.Fatal(err)
	}
	h, err := ReadEdgeList(&buf, "roundtrip")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Nodes) != len(g.Nodes) || len(h.Edges) != len(g.Edges) {
		t.Fatalf("read %d nodes %d edges, want %d and %d", len(h.Nodes), len(h.Edges), len(g.Nodes), len(g.Edges))
	}
	total := func(g *graph.Graph) (s int) {
		for _, e := range g.Edges {
			s += e.Weight
		}
		return s
	}
	if got, want := total(h), total(g); got != want {
		t.Errorf("total weight = %d, want %d", got, want)
	}
	found := false
	for _, n := range h.Nodes {
		found = found || n.Name == `a "quoted", name #3`
	}
	if !found {
		t.Errorf("ReadEdgeList lost the quoted name")
	}
}
