package graph

import (
	"bytes"
	"strings"
	"testing"
)

// TestImportedGraphFileRoundTrip checks that an imported graph, whose
// nodes have no type, survives the graph file format.
func TestImportedGraphFileRoundTrip(t *testing.T) {
	g, err := ReadEdgeList(strings.NewReader("a b 2\nb c 1\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, g); err != nil {
		t.Fatal(err)
	}
	h, err := Read(&buf)
	if err != nil {
		t.Fatalf("Read(Write(imported graph)): %v", err)
	}
	if len(h.Nodes) != 3 || len(h.Edges) != 2 || h.Nodes[0].Type != g.Nodes[0].Type {
		t.Errorf("round trip = %+v", h)
	}
}
