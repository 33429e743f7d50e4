package query

import (
	"cmp"
	"regexp"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query/cite"
)

// View returns the interactive view of a figure made with layout l: each
// node's record and, for each edge, the sentences the graph stores for it
// (for a stance, the speaker's statements about the target) cited through
// cites (a new list when nil).
func (q *Graph) View(fig Figure, l *Layout, cites *cite.List) *out.View {
	if cites == nil {
		cites = cite.New(q.Graph)
	}
	d := fig.Diagram
	v := &out.View{Diagram: d}
	rank := ranks(l.Size)
	for _, n := range d.Nodes {
		id := fig.IDs[n.ID]
		nd := q.Nodes[id]
		vn := out.ViewNode{ID: n.ID, Name: nd.Name, Type: nd.Type.String(), Affiliation: nd.Affiliation,
			Colour: out.CommunityColour(n.Community), Rank: rank[id], Value: l.Size[id],
			Mentions: nd.Mentions, Documents: nd.Documents}
		if c := l.Community[id]; c >= 0 && c < len(l.Labels) {
			vn.Community = l.Labels[c]
		}
		v.Nodes = append(v.Nodes, vn)
	}
	said := q.statementsByPair()
	dates := map[string]bool{}
	for i, e := range d.Edges {
		if e.From < 0 || e.From >= len(fig.IDs) || e.To < 0 || e.To >= len(fig.IDs) {
			continue
		}
		a, b := fig.IDs[e.From], fig.IDs[e.To]
		ve := out.ViewEdge{Index: i, From: e.From, To: e.To, Kind: e.Kind.String(), Polarity: e.Polarity,
			Weight: e.Weight, Total: e.Weight, Evidence: []out.ViewEvidence{}}
		add := func(ev graph.Evidence, s *graph.Statement) {
			if ev.Text == "" {
				return
			}
			x := out.ViewEvidence{Text: ev.Text, Source: cites.Cite(ev.Doc), Date: docDate(q.Documents[ev.Doc].Date)}
			if s != nil {
				x.Speaker, x.Cue, x.Polarity = q.Nodes[s.Speaker].Name, s.Cue, s.Polarity
			}
			if x.Date != "" {
				dates[x.Date] = true
			}
			ve.Evidence = append(ve.Evidence, x)
		}
		if e.Kind == out.Stance {
			for _, si := range said[[2]int{a, b}] {
				s := q.Statements[si]
				add(s.Evidence, &s)
			}
		} else if ei, ok := q.EdgeBetween(a, b); ok {
			for _, ev := range q.Edges[ei].Evidence() {
				add(ev, nil)
			}
		}
		v.Edges = append(v.Edges, ve)
	}
	for dt := range dates {
		v.Periods = append(v.Periods, dt)
	}
	slices.Sort(v.Periods)
	v.Sources = cites.Sources()
	return v
}

// statementsByPair indexes the statements by (speaker, target).
func (q *Graph) statementsByPair() map[[2]int][]int {
	m := map[[2]int][]int{}
	for i, s := range q.Statements {
		for _, t := range s.Targets {
			m[[2]int{s.Speaker, t}] = append(m[[2]int{s.Speaker, t}], i)
		}
	}
	return m
}

// ranks returns the 1-based rank of every value, highest first (ties by
// index).
func ranks(vals []float64) []int {
	order := make([]int, len(vals))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(vals[b], vals[a]) })
	r := make([]int, len(vals))
	for i, v := range order {
		r[v] = i + 1
	}
	return r
}

// isoDate matches the start of an ISO 8601 date.
var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// docDate returns the day of a document date as "YYYY-MM-DD", or "" when
// the date is not in that form.
func docDate(s string) string {
	return isoDate.FindString(s)
}
