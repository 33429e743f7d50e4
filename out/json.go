package out

import (
	"encoding/json"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// WriteJSON writes v as JSON indented by two spaces, followed by a newline.
//
// HTML escaping stays on: "<", ">" and "&" are written as \u003c, \u003e
// and \u0026. The decoded values are the same, and output that quotes
// untrusted names can then be pasted into an HTML page or a <script> block
// without closing it.
//
// Bidirectional formatting characters in strings are written as \u escapes
// (see EscapeJSON), so that JSON printed on a terminal shows what it holds.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(JSONWriter(w))
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// NodeLink is the node-link form of a graph, the shape read by
// networkx.node_link_graph and D3. Both edge kinds are links: a pair of
// actors may have a co-mention link and stance links, so it is a
// multigraph; stance links are directed from the speaker, which the
// "kind" field tells apart since the graph as a whole is undirected.
type NodeLink struct {
	Directed   bool           `json:"directed"`
	Multigraph bool           `json:"multigraph"`
	Graph      NodeLinkGraph  `json:"graph"`
	Nodes      []NodeLinkNode `json:"nodes"`
	Links      []NodeLinkLink `json:"links"`
}

// NodeLinkGraph holds the graph-level attributes.
type NodeLinkGraph struct {
	Format    string `json:"format"`
	Window    string `json:"window,omitempty"`
	Documents int    `json:"documents"`
}

// NodeLinkNode is one actor.
type NodeLinkNode struct {
	ID          int      `json:"id"`
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Affiliation string   `json:"affiliation,omitempty"`
	Aliases     []string `json:"aliases"`
	Mentions    int      `json:"mentions"`
	Documents   int      `json:"documents"`
	// ActorID is the stable identifier (graph.Node.ActorID); Role is
	// "source" for an outlet cited mostly as a source of news.
	ActorID string `json:"actor_id,omitempty"`
	Role    string `json:"role,omitempty"`
}

// NodeLinkLink is one edge. Kind is "comention" (undirected, Weight is the
// number of shared sentences) or "stance" (Source spoke about Target,
// Weight is the number of statements, split by polarity).
type NodeLinkLink struct {
	Source    int    `json:"source"`
	Target    int    `json:"target"`
	Kind      string `json:"kind"`
	Weight    int    `json:"weight"`
	Documents int    `json:"documents,omitempty"`
	Positive  *int   `json:"positive,omitempty"`
	Negative  *int   `json:"negative,omitempty"`
	Neutral   *int   `json:"neutral,omitempty"`
}

// NodeLinkFrom converts g to node-link form, with names cleaned and nodes
// and links in a fixed order.
func NodeLinkFrom(g *graph.Graph) *NodeLink {
	nl := &NodeLink{
		Multigraph: true,
		Graph:      NodeLinkGraph{Format: clean(g.Format), Window: clean(g.Window), Documents: len(g.Documents)},
		Nodes:      make([]NodeLinkNode, 0, len(g.Nodes)),
		Links:      []NodeLinkLink{},
	}
	for _, n := range sortedNodes(g) {
		nl.Nodes = append(nl.Nodes, NodeLinkNode{
			ID: n.ID, Name: clean(n.Name), Type: n.Type.String(), Affiliation: clean(n.Affiliation),
			Aliases: cleanAll(n.Aliases), Mentions: n.Mentions, Documents: n.Documents,
			ActorID: clean(n.ActorID), Role: clean(n.Role),
		})
	}
	for _, l := range links(g) {
		nll := NodeLinkLink{Source: l.Source, Target: l.Target, Kind: l.Kind, Weight: l.Weight, Documents: l.Documents}
		if l.Directed() {
			nll.Positive, nll.Negative, nll.Neutral = &l.Positive, &l.Negative, &l.Neutral
		}
		nl.Links = append(nl.Links, nll)
	}
	return nl
}
