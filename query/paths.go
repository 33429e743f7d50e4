package query

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
)

// PathOptions configures Paths.
type PathOptions struct {
	Layer network.Layer
	// K is the number of paths (at least 1).
	K int
	// MaxHops is the longest path considered (any when 0).
	MaxHops int
}

// Hop is one tie of a path with the sentences behind it.
type Hop struct {
	From      string     `json:"from"`
	To        string     `json:"to"`
	Weight    float64    `json:"weight"`
	Documents int        `json:"documents"`
	Evidence  []Evidence `json:"evidence"`
	// Short names the two ends briefly (a person's surname), for a
	// compact hop label.
	Short [2]string `json:"-"`
}

// Path is one path between two actors.
type Path struct {
	Nodes []string `json:"nodes"`
	Hops  int      `json:"hops"`
	Cost  float64  `json:"cost"`
	// FewestHops marks the path with the fewest hops, added when none of
	// the K shortest has that few.
	FewestHops bool  `json:"fewest_hops,omitempty"`
	Steps      []Hop `json:"steps"`
	// ActorIDs are the stable identifiers of Nodes, in the same order.
	ActorIDs []string `json:"actor_ids,omitempty"`
}

// Connection is the result of Paths.
type Connection struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Layer string `json:"layer"`
	Paths []Path `json:"paths"`
	// FromID and ToID are the stable identifiers of From and To.
	FromID string `json:"from_id,omitempty"`
	ToID   string `json:"to_id,omitempty"`
}

// Routes returns the paths between from and to in the order a reader asks
// for them: the direct tie first when there is one (even when a path
// through two strong ties costs less), then the shortest paths where strong
// ties are short (network.Distance), K in all; then, when none of those has
// the fewest hops possible, the path with the fewest hops. render --path
// draws the first of them, so the figure and `paths` agree.
func Routes(n *network.Network, from, to int, opts PathOptions) (paths []network.Path, fewest *network.Path) {
	k := max(opts.K, 1)
	paths = network.KShortestPaths(n, from, to, k, opts.MaxHops)
	if w, ok := n.Weight(from, to); ok && from != to {
		direct := network.Path{Nodes: []int{from, to}, Cost: network.Distance(w), Hops: 1}
		rest := paths[:0:0]
		for _, p := range paths {
			if p.Hops != 1 {
				rest = append(rest, p)
			}
		}
		if len(rest) >= k {
			rest = rest[:k-1]
		}
		paths = append([]network.Path{direct}, rest...)
	}
	if fp, ok := network.FewestHops(n, from, to); ok {
		dup := false
		for _, p := range paths {
			if p.Hops == fp.Hops {
				dup = true
			}
		}
		if !dup && (opts.MaxHops == 0 || fp.Hops <= opts.MaxHops) {
			fewest = &fp
		}
	}
	return paths, fewest
}

// Paths returns how two actors are connected (see Routes), each hop with
// the sentences the graph stores for it.
func (q *Graph) Paths(from, to int, opts PathOptions) Connection {
	n := network.Project(q.Graph, opts.Layer)
	paths, fewest := Routes(n, from, to, opts)
	recs := []Path{}
	for _, p := range paths {
		recs = append(recs, q.path(n, p, false))
	}
	if fewest != nil {
		recs = append(recs, q.path(n, *fewest, true))
	}
	return Connection{From: q.Nodes[from].Name, To: q.Nodes[to].Name, Layer: string(opts.Layer), Paths: recs,
		FromID: q.Nodes[from].ActorID, ToID: q.Nodes[to].ActorID}
}

// path returns the record of p.
func (q *Graph) path(n *network.Network, p network.Path, fewestHops bool) Path {
	r := Path{Hops: p.Hops, Cost: p.Cost, FewestHops: fewestHops}
	for _, v := range p.Nodes {
		r.Nodes = append(r.Nodes, q.Nodes[v].Name)
		if id := q.Nodes[v].ActorID; id != "" {
			r.ActorIDs = append(r.ActorIDs, id)
		}
	}
	for _, h := range p.Steps(n) {
		hr := Hop{From: q.Nodes[h.From].Name, To: q.Nodes[h.To].Name, Weight: h.Weight, Evidence: []Evidence{},
			Short: [2]string{ShortName(&q.Nodes[h.From]), ShortName(&q.Nodes[h.To])}}
		if ei, ok := q.EdgeBetween(h.From, h.To); ok {
			e := q.Edges[ei]
			hr.Documents = e.Documents
			for _, ev := range e.Evidence {
				hr.Evidence = append(hr.Evidence, q.newEvidence(ev))
			}
		}
		r.Steps = append(r.Steps, hr)
	}
	return r
}

// ShortName is the short form of an actor in a hop label: a person's
// surname, any other actor's full name.
func ShortName(n *graph.Node) string {
	f := strings.Fields(n.Name)
	if n.Type == extract.KindPerson && len(f) > 1 && len(f) <= 4 {
		return f[len(f)-1]
	}
	return n.Name
}
