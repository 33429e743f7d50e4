package network_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph/network"
)

func ExampleCommunities() {
	n := network.Project(exampleGraph(), network.LayerComention)
	p, err := network.Communities(n, network.CommunityOptions{Resolution: 1, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Q = %.3f\n", p.Q)
	for _, c := range p.Communities {
		fmt.Print(c.ID, ":")
		for _, v := range c.Members {
			fmt.Print(" ", n.Names[v])
		}
		fmt.Println()
	}
	// Output:
	// Q = 0.211
	// 0: Dmitriev Putin Ushakov
	// 1: Rubio Trump Witkoff
}
