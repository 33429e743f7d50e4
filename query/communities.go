package query

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph/network"
)

// CommunityOptions configures Communities.
type CommunityOptions struct {
	Layer      network.Layer
	Resolution float64
	Seed       uint64
	// Signed uses the negative relations too (see network.Communities).
	Signed bool
	// Top keeps the Top largest communities (all when <= 0).
	Top int
}

// Community is one camp: its members, most mentioned first.
type Community struct {
	ID      int      `json:"id"`
	Size    int      `json:"size"`
	Members []string `json:"members"`
	// MemberIDs are the members' stable identifiers, in the same order.
	MemberIDs []string `json:"member_ids,omitempty"`
}

// Partition is the result of Communities.
type Partition struct {
	Layer       string      `json:"layer"`
	Q           float64     `json:"modularity"`
	Resolution  float64     `json:"resolution"`
	Seed        uint64      `json:"seed"`
	Count       int         `json:"count"`
	Communities []Community `json:"communities"`
}

// Communities partitions the actors with the Louvain method.
func (q *Graph) Communities(opts CommunityOptions) (Partition, error) {
	var n *network.Network
	if opts.Signed {
		n = network.ProjectSigned(q.Graph, opts.Layer)
	} else {
		n = network.Project(q.Graph, opts.Layer)
	}
	p, err := network.CommunitiesContext(q.Context(), n, network.CommunityOptions{Resolution: opts.Resolution, Seed: opts.Seed, Signed: opts.Signed})
	if err != nil {
		return Partition{}, err
	}
	recs := make([]Community, 0, len(p.Communities))
	for _, cm := range p.Communities {
		members := slices.Clone(cm.Members)
		slices.SortStableFunc(members, func(a, b int) int {
			if q.Nodes[a].Mentions != q.Nodes[b].Mentions {
				return q.Nodes[b].Mentions - q.Nodes[a].Mentions
			}
			return strings.Compare(q.Nodes[a].Name, q.Nodes[b].Name)
		})
		names := make([]string, len(members))
		var ids []string
		for i, m := range members {
			names[i] = q.Nodes[m].Name
			if id := q.Nodes[m].ActorID; id != "" {
				ids = append(ids, id)
			}
		}
		recs = append(recs, Community{ID: cm.ID + 1, Size: cm.Size, Members: names, MemberIDs: ids})
	}
	if k := opts.Top; k > 0 && k < len(recs) {
		recs = recs[:k]
	}
	return Partition{Layer: string(opts.Layer), Q: p.Q, Resolution: p.Resolution, Seed: p.Seed,
		Count: len(p.Communities), Communities: recs}, nil
}
