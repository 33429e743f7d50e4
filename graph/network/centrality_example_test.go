package network_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
)

// exampleGraph is a small hand-made actor graph: two groups of three
// actors joined through Witkoff and Ushakov.
func exampleGraph() *graph.Graph {
	names := []string{"Dmitriev", "Putin", "Rubio", "Trump", "Ushakov", "Witkoff"}
	g := &graph.Graph{Format: graph.Format}
	for i, n := range names {
		g.Nodes = append(g.Nodes, graph.Node{ID: i, Name: n, Type: extract.KindPerson})
	}
	add := func(a, b, w int) {
		g.Edges = append(g.Edges, graph.Edge{Source: a, Target: b, Weight: w})
	}
	const dmitriev, putin, rubio, trump, ushakov, witkoff = 0, 1, 2, 3, 4, 5
	add(dmitriev, putin, 2)
	add(dmitriev, witkoff, 1)
	add(putin, ushakov, 4)
	add(putin, witkoff, 3)
	add(rubio, trump, 3)
	add(rubio, witkoff, 2)
	add(trump, witkoff, 5)
	add(ushakov, witkoff, 2)
	return g
}

func ExampleCentrality() {
	n := network.Project(exampleGraph(), network.LayerComention)
	for _, m := range []network.Measure{network.MeasureDegree, network.MeasurePageRank, network.MeasureBetweenness} {
		scores, err := network.Centrality(n, m, network.CentralityOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-12s", m)
		for _, s := range scores[:3] {
			fmt.Printf(" %s %.3f", s.Name, s.Value)
		}
		fmt.Println()
	}
	// Output:
	// degree       Witkoff 5.000 Putin 3.000 Dmitriev 2.000
	// pagerank     Witkoff 0.280 Putin 0.205 Trump 0.176
	// betweenness  Witkoff 12.000 Putin 8.000 Dmitriev 0.000
}
