package importer

import (
	"cmp"
	"io"
	"math"
	"slices"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphfile"
)

// importer collects imported nodes and edges by name, compactly: a name
// and 16 bytes an edge, so that an edge list of ten million edges takes a
// few hundred megabytes rather than gigabytes.
type importer struct {
	index map[string]int32
	names []string
	// details holds the attributes GraphML gives a node, by provisional
	// id; nil for an edge list, whose nodes have only a name.
	details   []graph.Node
	edges     []importEdge
	stances   []importStance
	selfLoops int // edges and stances from a node to itself, left out
}

// importStance is a directed stance edge under construction.
type importStance struct {
	u, v          int32
	pos, neg, neu int32
}

// importEdge is an edge under construction: 16 bytes against 128 for
// graph.Edge.
type importEdge struct {
	u, v int32
	w    int32
	docs int32
}

func newImporter() *importer { return &importer{index: map[string]int32{}} }

// node returns the provisional id of the named node, adding it if new.
func (b *importer) node(name string) int {
	if id, ok := b.index[name]; ok {
		return int(id)
	}
	id := len(b.names)
	b.index[name] = int32(id)
	b.names = append(b.names, name)
	return id
}

// nodeBytes is node for a name held in bytes; it allocates only for new
// names.
func (b *importer) nodeBytes(name []byte) int {
	if id, ok := b.index[string(name)]; ok {
		return int(id)
	}
	return b.node(string(name))
}

// detail returns the attributes of node id, for GraphML to fill in. The
// pointer is valid until the next call.
func (b *importer) detail(id int) *graph.Node {
	for len(b.details) < len(b.names) {
		b.details = append(b.details, graph.Node{Type: extract.KindUnknown})
	}
	return &b.details[id]
}

// stance records a stance edge from u to v with statement counts.
func (b *importer) stance(u, v, pos, neg, neu int) {
	if u == v {
		b.selfLoops++
		return
	}
	c := func(x int) int32 { return int32(min(max(x, 0), math.MaxInt32)) }
	b.stances = append(b.stances, importStance{int32(u), int32(v), c(pos), c(neg), c(neu)})
}

func (b *importer) edge(u, v, w int) { b.edgeDocs(u, v, w, 0) }

func (b *importer) edgeDocs(u, v, w, docs int) {
	if u == v {
		b.selfLoops++
		return
	}
	b.edges = append(b.edges, importEdge{int32(u), int32(v), int32(min(w, math.MaxInt32)), int32(min(docs, math.MaxInt32))})
}

// Imported is an imported graph in compact form: nodes sorted by name,
// repeated edges merged, as in the graph.Graph that Graph returns, but
// without a graph.Node and graph.Edge for each. WriteGraphFile writes it as
// a graph file without making them all at once.
type Imported struct {
	names []string
	// details are the nodes' GraphML attributes by id (nil for an edge
	// list); mentions their mention counts.
	details  []graph.Node
	mentions []int
	edges    []importEdge
	stances  []graph.Stance
}

// finish sorts the nodes by name, re-indexes the edges and merges them.
// The importer is used up.
func (b *importer) finish() *Imported {
	order := make([]int32, len(b.names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(b.names[x], b.names[y]) })
	b.index = nil
	if b.details != nil {
		b.detail(len(b.names) - 1)
	}
	newID := make([]int32, len(b.names))
	im := &Imported{names: make([]string, len(b.names)), mentions: make([]int, len(b.names))}
	if b.details != nil {
		im.details = make([]graph.Node, len(b.names))
	}
	for i, old := range order {
		newID[old] = int32(i)
		im.names[i] = b.names[old]
		if b.details != nil {
			im.details[i] = b.details[old]
			im.details[i].Aliases = sortedUnique(im.details[i].Aliases)
		}
	}
	b.names, b.details, order = nil, nil, nil
	ed := b.edges
	for i, e := range ed {
		u, v := newID[e.u], newID[e.v]
		if u > v {
			u, v = v, u
		}
		ed[i].u, ed[i].v = u, v
	}
	slices.SortFunc(ed, func(x, y importEdge) int {
		if c := cmp.Compare(x.u, y.u); c != 0 {
			return c
		}
		return cmp.Compare(x.v, y.v)
	})
	k := 0
	for _, e := range ed {
		if k > 0 && ed[k-1].u == e.u && ed[k-1].v == e.v {
			ed[k-1].w = int32(min(int64(ed[k-1].w)+int64(e.w), math.MaxInt32))
			ed[k-1].docs = int32(min(int64(ed[k-1].docs)+int64(e.docs), math.MaxInt32))
			continue
		}
		ed[k] = e
		k++
	}
	im.edges = slices.Clip(ed[:k])
	st := b.stances
	for i, e := range st {
		st[i].u, st[i].v = newID[e.u], newID[e.v]
	}
	slices.SortFunc(st, func(x, y importStance) int {
		if c := cmp.Compare(x.u, y.u); c != 0 {
			return c
		}
		return cmp.Compare(x.v, y.v)
	})
	im.stances = []graph.Stance{}
	for _, e := range st {
		if n := len(im.stances); n > 0 && im.stances[n-1].Source == int(e.u) && im.stances[n-1].Target == int(e.v) {
			last := &im.stances[n-1]
			last.Positive += int(e.pos)
			last.Negative += int(e.neg)
			last.Neutral += int(e.neu)
			continue
		}
		im.stances = append(im.stances, graph.Stance{Source: int(e.u), Target: int(e.v), Positive: int(e.pos),
			Negative: int(e.neg), Neutral: int(e.neu), Evidence: []graph.Evidence{}})
	}
	b.edges, b.stances = nil, nil
	keepMentions := false
	for i := range im.details {
		im.mentions[i] = im.details[i].Mentions
		keepMentions = keepMentions || im.mentions[i] > 0
	}
	if !keepMentions {
		for _, e := range im.edges {
			im.mentions[e.u] += int(e.w)
			im.mentions[e.v] += int(e.w)
		}
	}
	return im
}

// Nodes returns the number of nodes.
func (im *Imported) Nodes() int { return len(im.names) }

// Edges returns the number of co-mention edges.
func (im *Imported) Edges() int { return len(im.edges) }

// Node returns node i, as in Graph().Nodes[i].
func (im *Imported) Node(i int) graph.Node {
	var n graph.Node
	if im.details != nil {
		n = im.details[i]
	} else {
		n = graph.Node{Type: extract.KindUnknown, Aliases: []string{}}
	}
	n.ID, n.Name, n.Mentions = i, im.names[i], im.mentions[i]
	return n
}

// Edge returns co-mention edge i, as in Graph().Edges[i].
func (im *Imported) Edge(i int) graph.Edge {
	e := im.edges[i]
	return graph.Edge{Source: int(e.u), Target: int(e.v), Weight: int(e.w), Documents: int(e.docs)}
}

// head returns the graph without its nodes and edges.
func (im *Imported) head() *graph.Graph {
	return &graph.Graph{Format: graph.Format, Documents: []graph.DocRef{}, Stances: im.stances, Statements: []graph.Statement{}}
}

// Graph returns the imported graph as a graph.Graph.
func (im *Imported) Graph() *graph.Graph {
	g := im.head()
	g.Nodes = make([]graph.Node, im.Nodes())
	for i := range g.Nodes {
		g.Nodes[i] = im.Node(i)
	}
	g.Edges = make([]graph.Edge, im.Edges())
	for i := range g.Edges {
		g.Edges[i] = im.Edge(i)
	}
	return g
}

// WriteGraphFile writes the imported graph as a graph file, with the bytes
// graphfile.Write gives for Graph(), one node and edge at a time.
func (im *Imported) WriteGraphFile(w io.Writer) error {
	return graphfile.WriteElements(w, im.head(), graphfile.Elements{
		Nodes: im.Nodes(), Node: im.Node, Edges: im.Edges(), Edge: im.Edge})
}
