package network

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

// gonumQ computes modularity of a partition with gonum's community.Q.
func gonumQ(n *Network, p Partition) float64 {
	g := gonumCopy(n, func(w float64) float64 { return w })
	comms := make([][]gg.Node, len(p.Communities))
	for i, c := range p.Communities {
		for _, v := range c.Members {
			comms[i] = append(comms[i], simple.Node(v))
		}
	}
	return community.Q(g, comms, p.Resolution)
}

func TestLouvainAgainstGonum(t *testing.T) {
	tests := []struct {
		name       string
		g          *graph.Graph
		resolution float64
	}{
		{"Planted", generate.PlantedPartition(300, 6, 1500, 0.2, 1), 1},
		{"PlantedWeak", generate.PlantedPartition(300, 6, 1500, 0.45, 2), 1},
		{"Preferential", generate.PreferentialAttachment(300, 3, 3), 1},
		{"Random", randomGraph(4, 120, 0.05), 1},
		{"HighResolution", generate.PlantedPartition(300, 6, 1500, 0.2, 5), 2.5},
		{"LowResolution", generate.PreferentialAttachment(300, 2, 6), 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Project(tt.g, LayerComention)
			p, err := Communities(n, CommunityOptions{Resolution: tt.resolution, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := p.Q, gonumQ(n, p); !close6(got, want) {
				t.Errorf("Q = %.9f, community.Q of the same partition = %.9f", got, want)
			}
			g := gonumCopy(n, func(w float64) float64 { return w })
			ref := community.Modularize(g, tt.resolution, rand.NewPCG(1, 1))
			qRef := community.Q(g, ref.Communities(), tt.resolution)
			if p.Q < qRef-0.02 {
				t.Errorf("Q = %.4f, gonum Modularize Q = %.4f: more than 0.02 below", p.Q, qRef)
			}
			t.Logf("Q = %.4f (%d communities), gonum %.4f", p.Q, len(p.Communities), qRef)

			again, _ := Communities(n, CommunityOptions{Resolution: tt.resolution, Seed: 1})
			if !reflect.DeepEqual(p, again) {
				t.Errorf("two runs with seed 1 differ")
			}
			seen := make([]bool, n.Len())
			for i, c := range p.Communities {
				if c.ID != i || c.Size != len(c.Members) {
					t.Errorf("community %d: ID %d, Size %d, %d members", i, c.ID, c.Size, len(c.Members))
				}
				if i > 0 && p.Communities[i-1].Size < c.Size {
					t.Errorf("communities not sorted by size at %d", i)
				}
				for j, v := range c.Members {
					if seen[v] {
						t.Fatalf("node %d in two communities", v)
					}
					seen[v] = true
					if j > 0 && n.Names[c.Members[j-1]] > n.Names[v] {
						t.Errorf("members of %d not sorted by name", i)
					}
				}
			}
			for v, ok := range seen {
				if !ok {
					t.Fatalf("node %d in no community", v)
				}
			}
		})
	}
}

func TestLouvainRecoversPlantedCommunities(t *testing.T) {
	g := generate.PlantedPartition(1000, 10, 8000, 0.05, 11)
	p, err := Communities(Project(g, LayerComention), CommunityOptions{Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Communities) != 10 {
		t.Fatalf("found %d communities, want 10", len(p.Communities))
	}
	for _, c := range p.Communities {
		for _, v := range c.Members {
			if v%10 != c.Members[0]%10 {
				t.Fatalf("community %d mixes planted groups %d and %d", c.ID, v%10, c.Members[0]%10)
			}
		}
	}
}

func TestCommunitiesEdgeCases(t *testing.T) {
	empty := Project(&graph.Graph{}, LayerComention)
	if p, err := Communities(empty, CommunityOptions{}); err != nil || len(p.Communities) != 0 || p.Q != 0 {
		t.Errorf("Communities(empty) = %+v, %v", p, err)
	}
	isolated := Project(generate.FromEdges(3, nil), LayerComention)
	if p, err := Communities(isolated, CommunityOptions{}); err != nil || len(p.Communities) != 3 {
		t.Errorf("Communities(3 isolated) = %+v, %v; want 3 singletons", p, err)
	}
	if _, err := Communities(isolated, CommunityOptions{Resolution: -1}); err == nil {
		t.Errorf("negative resolution: want error")
	}
	if _, err := Communities(isolated, CommunityOptions{Signed: true}); err == nil {
		t.Errorf("signed mode on an unsigned network: want error")
	}
}

// twoCamps is a discourse graph: a, b, c agree on issue X and d, e, f
// oppose it; everyone is co-mentioned with everyone.
func twoCamps() *graph.Graph {
	var ed []graph.Edge
	for u := range 6 {
		for v := u + 1; v < 6; v++ {
			ed = append(ed, graph.Edge{Source: u, Target: v, Weight: 1})
		}
	}
	g := generate.FromEdges(6, ed)
	for i, nm := range []string{"a", "b", "c", "d", "e", "f"} {
		g.Nodes[i].Name = nm
	}
	for s := range 6 {
		pol := 1
		if s >= 3 {
			pol = -1
		}
		g.Statements = append(g.Statements, graph.Statement{Speaker: s, Polarity: pol, Issue: "X", Targets: []int{}})
	}
	return g
}

func TestSignedCommunities(t *testing.T) {
	g := twoCamps()
	n := ProjectSigned(g, LayerCongruence)
	if got, want := n.Edges(), 6; got != want {
		t.Errorf("congruence edges = %d, want %d", got, want)
	}
	if got, want := n.Negative().Edges(), 9; got != want {
		t.Errorf("conflict edges = %d, want %d", got, want)
	}
	p, err := Communities(n, CommunityOptions{Signed: true, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := []Community{{ID: 0, Members: []int{0, 1, 2}, Size: 3}, {ID: 1, Members: []int{3, 4, 5}, Size: 3}}
	if !reflect.DeepEqual(p.Communities, want) {
		t.Errorf("signed communities = %+v, want %+v", p.Communities, want)
	}
	if p.Q <= 0 {
		t.Errorf("signed Q = %v, want > 0", p.Q)
	}
}
