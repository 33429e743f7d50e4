package query

import (
	"context"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
)

// MaxPaths bounds PathOptions.K: Yen's algorithm costs about K spur
// searches per node of each path found, so K is kept to what a reader can
// look at.
const MaxPaths = 100

// PathOptions configures Paths.
type PathOptions struct {
	Layer network.Layer
	// K is the number of paths (1 to MaxPaths; larger values count as
	// MaxPaths).
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
	// evidence is the graph's evidence behind Evidence.
	evidence []graph.Evidence
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
	paths, fewest, _ = routes(context.Background(), n, from, to, opts)
	return paths, fewest
}

// routes is Routes, stopped with ctx.Err() when ctx is done.
func routes(ctx context.Context, n *network.Network, from, to int, opts PathOptions) (paths []network.Path, fewest *network.Path, err error) {
	k := min(max(opts.K, 1), MaxPaths)
	if paths, err = network.KShortestPathsContext(ctx, n, from, to, k, opts.MaxHops); err != nil {
		return nil, nil, err
	}
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
	return paths, fewest, nil
}

// Paths returns how two actors are connected (see Routes), each hop with
// the sentences the graph stores for it. When the graph's context is done
// the connection has no paths; the caller looks at ctx.Err().
func (q *Graph) Paths(from, to int, opts PathOptions) Connection {
	n := network.Project(q.Graph, opts.Layer)
	paths, fewest, _ := routes(q.Context(), n, from, to, opts)
	recs := []Path{}
	for _, p := range paths {
		recs = append(recs, q.path(n, p, false))
	}
	if fewest != nil {
		recs = append(recs, q.path(n, *fewest, true))
	}
	q.reread(recs)
	return Connection{From: q.Nodes[from].Name, To: q.Nodes[to].Name, Layer: string(opts.Layer), Paths: recs,
		FromID: q.Nodes[from].ActorID, ToID: q.Nodes[to].ActorID}
}

// reread fills in the evidence of the paths whose text the graph does not
// store (examples of a period of a graph, see Between), re-read from the
// sources in one pass.
func (q *Graph) reread(recs []Path) {
	var evs []graph.Evidence
	var slots []*Evidence
	for i := range recs {
		for j := range recs[i].Steps {
			h := &recs[i].Steps[j]
			for k := range h.Evidence {
				if h.Evidence[k].Text == "" {
					slots = append(slots, &h.Evidence[k])
					evs = append(evs, h.evidence[k])
				}
			}
		}
	}
	if len(evs) == 0 {
		return
	}
	for i, e := range q.Evidences(evs) {
		*slots[i] = e
	}
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
			for _, ev := range e.Evidence() {
				hr.Evidence = append(hr.Evidence, q.newEvidence(ev))
			}
			hr.evidence = e.Evidence()
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
