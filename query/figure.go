package query

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/out"
)

// MaxFigureNodes is the largest diagram drawn without an explicit Top:
// beyond it labels cannot be read on a page and layouts take minutes.
const MaxFigureNodes = 300

// FigureOptions says what a diagram shows.
type FigureOptions struct {
	// Selection chooses the actors (Top, MinWeight, Focus, Depth,
	// PathFrom/PathTo, Layer); SizeBy is also its ranking measure.
	Selection Selection
	// SizeBy is the centrality that sizes the nodes.
	SizeBy network.Measure
	// Title replaces the default title ("Actor graph", "Around X",
	// "From X to Y").
	Title string
	// NoStances leaves the stance edges out.
	NoStances bool
	// Seed is the community detection seed.
	Seed uint64
	// Members, when set, keeps only these actors (node ids of the whole
	// graph) before the rest of Selection applies: a report draws one
	// figure per community with it.
	Members []int
	// MaxNodes is the largest diagram drawn (MaxFigureNodes when 0): a
	// larger selection is cut to its top MaxNodes actors, with a note.
	// Layouts differ in what they draw in reasonable time
	// (out.MaxLayoutNodes).
	MaxNodes int
	// Changes, if set, are highlighted (render --diff).
	Changes *Changes
	// MinConfidence leaves out the stance edges less sure than this (see
	// graph.Stance.Confidence); edges of files that record no confidence
	// are kept.
	MinConfidence float64
}

// Figure is a diagram ready to render, with a note for the user when the
// selection was trimmed.
type Figure struct {
	Diagram *out.Diagram
	// Trimmed is set when the selection had more than MaxFigureNodes
	// actors and only the top ones are drawn; Note says so.
	Trimmed bool
	// Note is for the person running the command (it may name flags);
	// the diagram carries its own note without them.
	Note string
	// IDs maps each node of the diagram (by DiagramNode.ID) to its node
	// id in the whole graph.
	IDs []int
}

// Layout is what every figure of one graph shares, computed once on the
// whole graph so that an actor keeps its colour and size in every subset,
// focus and path view: the community of each node, their modularity and
// labels, and each node's size measure.
type Layout struct {
	Measure   network.Measure
	Layer     network.Layer
	Size      []float64
	Community []int
	// Labels names each community by its two largest members.
	Labels []string
	Q      float64
	// Count is the number of communities.
	Count int
}

// Layout computes the whole-graph communities (Louvain, seed) and sizes
// (measure) on a layer.
func (q *Graph) Layout(layer network.Layer, measure network.Measure, seed uint64) (*Layout, error) {
	n := network.Project(q.Graph, layer)
	size, err := network.CentralityValuesContext(q.Context(), n, measure, network.CentralityOptions{Seed: seed})
	if err != nil {
		return nil, err
	}
	part, err := network.CommunitiesContext(q.Context(), n, network.CommunityOptions{Seed: seed})
	if err != nil {
		return nil, err
	}
	l := &Layout{Measure: measure, Layer: layer, Size: size, Community: part.Membership(len(q.Nodes)),
		Q: part.Q, Count: len(part.Communities)}
	for _, c := range part.Communities {
		ms := slices.Clone(c.Members)
		slices.SortStableFunc(ms, func(a, b int) int {
			return cmp.Or(cmp.Compare(size[b], size[a]), cmp.Compare(q.Nodes[a].Name, q.Nodes[b].Name))
		})
		label := ""
		for i, m := range ms[:min(2, len(ms))] {
			if i > 0 {
				label += ", "
			}
			label += q.Nodes[m].Name
		}
		if len(ms) > 2 {
			label += fmt.Sprintf(" +%d", len(ms)-2)
		}
		l.Labels = append(l.Labels, label)
	}
	return l, nil
}

// Figure selects the part of the graph opts describes and returns it as a
// diagram: nodes sized by opts.SizeBy and coloured by their community in
// the whole graph (so that every figure of a graph agrees), and the path
// between PathFrom and PathTo that Routes lists first (the direct tie
// when there is one, as `paths` prints it) highlighted.
func (q *Graph) Figure(opts FigureOptions) (Figure, error) {
	l, err := q.Layout(opts.Selection.Layer, opts.SizeBy, opts.Seed)
	if err != nil {
		return Figure{}, err
	}
	return q.FigureWith(l, opts)
}

// FigureWith is Figure with the whole-graph layout computed already.
func (q *Graph) FigureWith(l *Layout, opts FigureOptions) (Figure, error) {
	if opts.MinConfidence > 0 {
		cp := *q
		cp.Graph = confidentStances(q.Graph, opts.MinConfidence)
		q = &cp
	}
	sel := opts.Selection
	sel.By = opts.SizeBy
	var title, note, pathNote string
	if sel.Focus >= 0 {
		title = "Around " + q.Nodes[sel.Focus].Name
	}
	var pathNodes []int
	if sel.PathFrom >= 0 {
		paths, _, err := routes(q.Context(), network.Project(q.Graph, sel.Layer), sel.PathFrom, sel.PathTo, PathOptions{Layer: sel.Layer, K: 1})
		if err != nil {
			return Figure{}, err
		}
		if len(paths) == 0 {
			return Figure{}, fmt.Errorf("%s and %s are not connected", q.Nodes[sel.PathFrom].Name, q.Nodes[sel.PathTo].Name)
		}
		pathNodes = paths[0].Nodes
		title = "From " + q.Nodes[sel.PathFrom].Name + " to " + q.Nodes[sel.PathTo].Name
		pathNote = pathLegend(q, paths[0])
	}
	base := q.Graph
	if opts.Members != nil {
		base = graph.Subgraph(q.Graph, opts.Members)
		sel = remapSelection(q.Graph, base, sel)
	}
	total := len(q.Nodes)
	limit := opts.MaxNodes
	if limit <= 0 {
		limit = MaxFigureNodes
	}
	// The selection is cut to the limit before the subgraph is built, so
	// that a huge graph is never copied whole.
	asked := sel.Top
	if sel.Top == 0 || sel.Top > limit {
		sel.Top = limit
	}
	f, keep, candidates, err := selectKeep(q.Context(), base, sel)
	if err != nil {
		return Figure{}, err
	}
	sub := graph.Subgraph(f, keep)
	trimmed := candidates > sel.Top && (asked == 0 || asked > limit)
	if len(sub.Nodes) == 0 {
		return Figure{}, fmt.Errorf("render: nothing to draw (the selection is empty)")
	}
	ids := originalIDs(q.Graph, sub)
	size := make([]float64, len(sub.Nodes))
	comm := make([]int, len(sub.Nodes))
	for i, id := range ids {
		size[i], comm[i] = l.Size[id], l.Community[id]
	}
	d := out.DiagramFrom(sub, size, comm)
	d.Communities = l.Labels
	if opts.Title != "" {
		title = opts.Title
	}
	if title == "" {
		title = "Actor graph"
	}
	d.Title = title
	d.SizeBy = string(opts.SizeBy)
	if opts.NoStances {
		d.DropStances()
	}
	if len(pathNodes) > 0 {
		pos := make(map[int]int, len(ids))
		for i, id := range ids {
			pos[id] = i
		}
		path := make([]int, 0, len(pathNodes))
		for _, p := range pathNodes {
			if i, ok := pos[p]; ok {
				path = append(path, i)
			}
		}
		d.HighlightPath(path)
		d.PathLegend = pathNote
	}
	keepFocus := -1
	for i, id := range ids {
		if id == opts.Selection.Focus {
			keepFocus = i
		}
	}
	isolated := d.DropIsolated(keepFocus)
	shown := len(d.Nodes)
	d.Subtitle = fmt.Sprintf("%d of %d actors · %d articles · colour: community in the whole graph (%d communities, Q = %.2f)",
		shown, total, len(q.Documents), l.Count, l.Q)
	if shown == total {
		d.Subtitle = fmt.Sprintf("%d actors · %d articles · colour: community (%d communities, Q = %.2f)", shown, len(q.Documents), l.Count, l.Q)
	}
	var notes []string
	if trimmed {
		notes = append(notes, fmt.Sprintf("showing the top %d of %d actors by %s", len(sub.Nodes), total, opts.SizeBy))
		note = fmt.Sprintf("showing the top %d of %d actors by %s; use --top, --focus or --min-weight to choose", len(sub.Nodes), total, opts.SizeBy)
	}
	if isolated > 0 {
		notes = append(notes, fmt.Sprintf("%d selected actors with no tie among those drawn are left out", isolated))
	}
	for i, s := range notes {
		if i > 0 {
			d.Note += "; "
		}
		d.Note += s
	}
	if opts.Changes != nil {
		d.Note = joinNotes(d.Note, q.highlight(d, &Graph{Graph: sub}, *opts.Changes))
	}
	return Figure{Diagram: d, Trimmed: trimmed, Note: note, IDs: ids}, nil
}

// pathLegend describes the highlighted path for the legend.
func pathLegend(q *Graph, p network.Path) string {
	if p.Hops == 1 {
		return "direct tie between " + q.Nodes[p.Nodes[0]].Name + " and " + q.Nodes[p.Nodes[1]].Name + " (the first of the routes between them)"
	}
	return fmt.Sprintf("shortest route from %s to %s, %d hops (no direct tie)", q.Nodes[p.Nodes[0]].Name,
		q.Nodes[p.Nodes[len(p.Nodes)-1]].Name, p.Hops)
}

// originalIDs returns, for each node of sub (made by graph.Subgraph of g,
// maybe twice), the id of the same node in g. Subgraph keeps nodes sorted
// by name, so nodes are matched by name in order.
func originalIDs(g, sub *graph.Graph) []int {
	byName := make(map[string][]int, len(sub.Nodes))
	for _, n := range g.Nodes {
		byName[n.Name] = append(byName[n.Name], n.ID)
	}
	ids := make([]int, len(sub.Nodes))
	for i, n := range sub.Nodes {
		cands := byName[n.Name]
		ids[i] = cands[0]
		for _, c := range cands {
			if g.Nodes[c].Type == n.Type && g.Nodes[c].Mentions == n.Mentions {
				ids[i] = c
				break
			}
		}
	}
	return ids
}

// remapSelection moves the node ids of s from g to sub (a subgraph of g);
// an id not in sub becomes -1.
func remapSelection(g, sub *graph.Graph, s Selection) Selection {
	ids := originalIDs(g, sub)
	pos := make(map[int]int, len(ids))
	for i, id := range ids {
		pos[id] = i
	}
	m := func(v int) int {
		if p, ok := pos[v]; ok && v >= 0 {
			return p
		}
		return -1
	}
	s.Focus, s.PathFrom, s.PathTo = m(s.Focus), m(s.PathFrom), m(s.PathTo)
	if s.PathFrom < 0 || s.PathTo < 0 {
		s.PathFrom, s.PathTo = -1, -1
	}
	return s
}
