package network

import (
	"context"
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

// signedLouvain partitions a signed network with gonum's multiplex Louvain:
// layer 0 holds the positive ties with weight 1 and layer 1 the negative
// ties with weight −1 (gonum requires the negative layer's edge weights to
// be negative), so the method maximises
//
//	Q = Q(positive) − Q(negative)
//
// rewarding positive ties inside communities and negative ties between them
// (the signed modularity of Gómez, Jensen and Arenas, Phys. Rev. E 80,
// 016114, 2009; Q reported by signedModularity). All
// communities are searched (gonum's all=true). With no negative tie it
// falls back to the unsigned Louvain. Gonum panics are returned as errors.
func signedLouvain(n *Network, gamma float64, seed uint64) (member []int32, q float64, err error) {
	if n.neg.Edges() == 0 {
		member, _ = louvain(context.Background(), n, gamma, seed)
		return member, signedModularity(n, member, gamma), nil
	}
	if n.Edges() == 0 {
		// Only negative ties: every node is its own camp.
		member = make([]int32, n.Len())
		for i := range member {
			member[i] = int32(i)
		}
		return member, signedModularity(n, member, gamma), nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("communities: signed louvain: %v", r)
		}
	}()
	pos := simpleCopy(n, 1)
	neg := simpleCopy(n.neg, -1)
	layers, err := community.NewUndirectedLayers(pos, neg)
	if err != nil {
		return nil, 0, fmt.Errorf("communities: signed layers: %w", err)
	}
	weights := []float64{1, -1}
	res := []float64{gamma}
	src := rand.NewPCG(seed, 0x853c49e6748fea9b)
	r := community.ModularizeMultiplex(layers, weights, res, true, src)
	comms := r.Communities()
	member = make([]int32, n.Len())
	for c, nodes := range comms {
		for _, v := range nodes {
			member[v.ID()] = int32(c)
		}
	}
	return member, signedModularity(n, member, gamma), nil
}

// signedModularity is the signed modularity of Gómez, Jensen and Arenas:
//
//	Q = (2m⁺ Q⁺ − 2m⁻ Q⁻) / (2m⁺ + 2m⁻)
//
// with Q± the modularity of the membership on each layer. It equals the sum
// of gonum's community.QMultiplex with weights [1, −1] divided by 2m⁺ + 2m⁻.
func signedModularity(n *Network, member []int32, gamma float64) float64 {
	mp, mn := totalWeight(n), totalWeight(n.neg)
	if mp+mn == 0 {
		return 0
	}
	return (2*mp*modularity(n, member, gamma) - 2*mn*modularity(n.neg, member, gamma)) / (2*mp + 2*mn)
}

// simpleCopy copies n into a gonum graph with weights multiplied by sign.
func simpleCopy(n *Network, sign float64) *simple.WeightedUndirectedGraph {
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for u := range n.Len() {
		g.AddNode(simple.Node(u))
	}
	for u := range n.Len() {
		adj, w := n.Neighbors(u)
		for i, v := range adj {
			if int(v) > u {
				g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: sign * w[i]})
			}
		}
	}
	return g
}

// totalWeight is the sum of edge weights, m.
func totalWeight(n *Network) float64 {
	var s float64
	for _, w := range n.Weights {
		s += w
	}
	return s / 2
}
