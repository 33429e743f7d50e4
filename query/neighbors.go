package query

import "github.com/actorgraph/actorgraph/graph/network"

// Neighbor is one actor of an ego network, with its distance in hops from
// the centre and the weight of its strongest tie towards it.
type Neighbor struct {
	Name        string  `json:"name"`
	Type        string  `json:"type"`
	Affiliation string  `json:"affiliation,omitempty"`
	Depth       int     `json:"depth"`
	Weight      float64 `json:"weight"`
	ActorID     string  `json:"actor_id,omitempty"`
}

// Neighborhood is the result of Neighbors.
type Neighborhood struct {
	Actor     string     `json:"actor"`
	Layer     string     `json:"layer"`
	Neighbors []Neighbor `json:"neighbors"`
	ActorID   string     `json:"actor_id,omitempty"`
}

// Neighbors returns the actors within depth hops of center on a layer,
// nearest and strongest first, at most top of them (all when <= 0).
func (q *Graph) Neighbors(center int, layer network.Layer, depth, top int) Neighborhood {
	n := network.Project(q.Graph, layer)
	ego := network.Ego(q.Graph, n, center, depth)
	dist := map[int]int{center: 0}
	recs := []Neighbor{}
	for _, v := range ego {
		if v == center {
			continue
		}
		d, w := 0, 0.0
		nb, ws := n.Neighbors(v)
		for i, u := range nb {
			if du, ok := dist[int(u)]; ok && (d == 0 || du+1 < d || du+1 == d && ws[i] > w) {
				d, w = du+1, ws[i]
			}
		}
		dist[v] = d
		nd := q.Nodes[v]
		recs = append(recs, Neighbor{Name: nd.Name, Type: nd.Type.String(), Affiliation: nd.Affiliation, Depth: d, Weight: w,
			ActorID: nd.ActorID})
	}
	if top > 0 && top < len(recs) {
		recs = recs[:top]
	}
	return Neighborhood{Actor: q.Nodes[center].Name, Layer: string(layer), Neighbors: recs, ActorID: q.Nodes[center].ActorID}
}
