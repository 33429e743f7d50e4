package network_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph/network"
)

func ExampleKShortestPaths() {
	g := exampleGraph()
	n := network.Project(g, network.LayerComention)
	const trump, ushakov = 3, 4
	for _, p := range network.KShortestPaths(n, trump, ushakov, 3, 0) {
		fmt.Printf("cost %.3f, %d hops:", p.Cost, p.Hops)
		for _, v := range p.Nodes {
			fmt.Print(" ", g.Nodes[v].Name)
		}
		fmt.Println()
	}
	// Output:
	// cost 0.700, 2 hops: Trump Witkoff Ushakov
	// cost 0.783, 3 hops: Trump Witkoff Putin Ushakov
	// cost 1.333, 3 hops: Trump Rubio Witkoff Ushakov
}
