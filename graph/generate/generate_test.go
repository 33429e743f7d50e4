package generate

import (
	"bytes"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/importer"
)

func TestGenerators(t *testing.T) {
	tests := []struct {
		name     string
		g        *graph.Graph
		nodes    int
		minEdges int
		maxEdges int
	}{
		{"Planted", PlantedPartition(1000, 10, 5000, 0.1, 1), 1000, 4500, 5000},
		{"Preferential", PreferentialAttachment(1000, 5, 1), 1000, 4900, 5000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(tt.g.Nodes); got != tt.nodes {
				t.Errorf("nodes = %d, want %d", got, tt.nodes)
			}
			if got := len(tt.g.Edges); got < tt.minEdges || got > tt.maxEdges {
				t.Errorf("edges = %d, want %d..%d", got, tt.minEdges, tt.maxEdges)
			}
			for i, e := range tt.g.Edges {
				if e.Source >= e.Target || e.Weight < 1 {
					t.Fatalf("edge %d = %+v, want Source < Target and Weight >= 1", i, e)
				}
				if i > 0 && (tt.g.Edges[i-1].Source > e.Source || tt.g.Edges[i-1].Source == e.Source && tt.g.Edges[i-1].Target >= e.Target) {
					t.Fatalf("edges not sorted and unique at %d", i)
				}
			}
		})
	}
	a, b := PreferentialAttachment(500, 3, 7), PreferentialAttachment(500, 3, 7)
	var ba, bb bytes.Buffer
	if err := importer.WriteEdgeList(&ba, a); err != nil {
		t.Fatal(err)
	}
	if err := importer.WriteEdgeList(&bb, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ba.Bytes(), bb.Bytes()) {
		t.Errorf("PreferentialAttachment with the same seed gave different graphs")
	}
}
