package query

import (
	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/out"
)

// Measures returns what exports carry per actor: the community (the same
// whole-graph partition that colours every diagram, Louvain with seed),
// PageRank (which sizes the default diagram) and degree, on a layer.
func (q *Graph) Measures(layer network.Layer, seed uint64) (*out.NodeMeasures, error) {
	l, err := q.Layout(layer, network.MeasurePageRank, seed)
	if err != nil {
		return nil, err
	}
	n := network.Project(q.Graph, layer)
	deg := make([]int, n.Len())
	for v := range deg {
		deg[v] = n.Degree(v)
	}
	return &out.NodeMeasures{Community: l.Community, PageRank: l.Size, Degree: deg}, nil
}
