package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
)

// checkImported fails the test unless g keeps the model's invariants: ids
// equal indexes, names sorted and unique, edges Source < Target in range
// with positive weights, sorted and unique.
func checkImported(t *testing.T, g *graph.Graph) {
	t.Helper()
	for i, n := range g.Nodes {
		if n.ID != i {
			t.Fatalf("node %d has id %d", i, n.ID)
		}
		if i > 0 && g.Nodes[i-1].Name >= n.Name {
			t.Fatalf("names not sorted and unique at %d: %q, %q", i, g.Nodes[i-1].Name, n.Name)
		}
	}
	for i, e := range g.Edges {
		if e.Source < 0 || e.Source >= e.Target || e.Target >= len(g.Nodes) || e.Weight < 1 {
			t.Fatalf("bad edge %d: %+v", i, e)
		}
		if i > 0 && (g.Edges[i-1].Source > e.Source || g.Edges[i-1].Source == e.Source && g.Edges[i-1].Target >= e.Target) {
			t.Fatalf("edges not sorted and unique at %d", i)
		}
	}
	// Everything downstream must cope with the result.
	n := network.Project(g, network.LayerComention)
	if _, err := network.Communities(n, network.CommunityOptions{}); err != nil {
		t.Fatalf("Communities: %v", err)
	}
}

func addSeedFile(f *testing.F, name string) {
	b, err := os.ReadFile(filepath.Join("testdata", "analysis", name))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
}

func FuzzReadEdgeList(f *testing.F) {
	addSeedFile(f, "edges.txt")
	f.Add([]byte("a b {'weight': 1e300}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ReadEdgeList(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		checkImported(t, g)
		var buf bytes.Buffer
		if err := WriteEdgeList(&buf, g); err != nil {
			t.Fatal(err)
		}
		h, err := ReadEdgeList(&buf, "again")
		if err != nil {
			t.Fatalf("re-reading WriteEdgeList output: %v\n%s", err, buf.Bytes())
		}
		if len(h.Edges) != len(g.Edges) {
			t.Fatalf("round trip: %d edges, want %d", len(h.Edges), len(g.Edges))
		}
	})
}

func FuzzReadGraphML(f *testing.F) {
	addSeedFile(f, "networkx.graphml")
	addSeedFile(f, "gephi.graphml")
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ReadGraphML(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		checkImported(t, g)
	})
}
