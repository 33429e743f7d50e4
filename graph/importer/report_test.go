package importer

import (
	"slices"
	"strings"
	"testing"
)

func TestImportWeights(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		opts    Options
		want    []string // edges, nil when an error is wanted
		rounded int
	}{
		{"whole", "a b 2\nb c 3.0\n", Options{}, []string{"a–b:2", "b–c:3"}, 0},
		{"fractional refused", "a b 0.1\n", Options{}, nil, 0},
		{"fractional rounded up", "a b 0.1\nb c 2.5\n", Options{Round: true}, []string{"a–b:1", "b–c:3"}, 2},
		{"scaled", "a b 0.1\nb c 0.25\n", Options{Scale: 100}, []string{"a–b:10", "b–c:25"}, 0},
		{"scaled still fractional", "a b 0.333\n", Options{Scale: 10}, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, rep, err := ReadEdgeListWith(strings.NewReader(tc.in), "x", tc.opts)
			if tc.want == nil {
				if err == nil || !strings.Contains(err.Error(), "whole number") || !strings.Contains(err.Error(), "x:1") {
					t.Errorf("error %v, want a message about whole numbers at x:1", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := edgeSummary(g); !slices.Equal(got, tc.want) {
				t.Errorf("edges %q, want %q", got, tc.want)
			}
			if rep.Rounded != tc.rounded {
				t.Errorf("rounded %d, want %d", rep.Rounded, tc.rounded)
			}
		})
	}
}

func TestImportReport(t *testing.T) {
	_, rep, err := ReadEdgeListWith(strings.NewReader("a a 1\na b 1\nb b 2\n"), "x", Options{})
	if err != nil || rep.SelfLoops != 2 || !rep.Dropped() || len(rep.Lines()) != 1 {
		t.Errorf("self-loops: %+v, %v", rep, err)
	}
	gml := `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="n1"><data key="d0">Smith</data></node>
    <node id="n2"><data key="d0">Smith</data></node>
    <node id="n3"><data key="d0">Jones</data></node>
    <edge source="n1" target="n3"/>
    <edge source="n2" target="n3"/>
    <edge source="n3" target="n3"/>
    <hyperedge><endpoint node="n1"/><endpoint node="n2"/><endpoint node="n3"/></hyperedge>
  </graph>
</graphml>`
	g, rep, err := ReadGraphMLWith(strings.NewReader(gml), "g.graphml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := nodeNamesOf(g); !slices.Equal(got, []string{"Jones", "Smith", "Smith (n2)"}) {
		t.Errorf("nodes %q: the two Smiths must stay apart", got)
	}
	if rep.SelfLoops != 1 || rep.Hyperedges != 1 || len(rep.Renamed) != 1 || !rep.Dropped() {
		t.Errorf("report %+v", rep)
	}
	if len(g.Edges) != 2 {
		t.Errorf("%d edges, want 2", len(g.Edges))
	}
}
