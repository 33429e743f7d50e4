package graph

import "fmt"

// ActorIDs returns an identifier for every node, indexed by node ID, that
// does not change between builds of different corpora: the node's ActorID,
// or for a graph written before nodes carried one, ActorID of its type and
// name; a number after a "-" when two nodes would share one. Exports use
// it as the node id.
func (g *Graph) ActorIDs() []string {
	ids := make([]string, len(g.Nodes))
	used := make(map[string]bool, len(g.Nodes))
	for i, n := range g.Nodes {
		id := n.ActorID
		if id == "" {
			id = ActorID(n.Type, n.Name)
		}
		ids[i] = id
		for k := 2; used[ids[i]]; k++ {
			ids[i] = fmt.Sprintf("%s-%d", id, k)
		}
		used[ids[i]] = true
	}
	return ids
}
