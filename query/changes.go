package query

import (
	"fmt"

	"github.com/actorgraph/actorgraph/out"
)

// Changes are what a diagram of a later period highlights against an
// earlier one: the co-mention ties it has that the earlier had not (with
// at least a minimum of sentences) and the stances whose net polarity
// changed sign, in node ids of the later graph.
type Changes struct {
	// Label names the earlier side, for the diagram's note.
	Label   string
	NewTies [][2]int
	Flips   []Flip
}

// Flip is a stance of the later graph whose net polarity (support less
// opposition) changed sign.
type Flip struct {
	Source, Target int
	Before, After  int
}

// NewChanges returns the changes of after against before (actors matched
// by key through forms, as in Compare).
func NewChanges(before, after *Graph, minSupport int, label string, forms map[string]string) Changes {
	ch := Changes{Label: label}
	match := matchActors(after.Graph, before.Graph, forms) // after node -> before node
	for _, e := range after.Edges {
		u, v := match[e.Source], match[e.Target]
		if e.Weight < minSupport {
			continue
		}
		if _, had := before.EdgeBetween(u, v); u < 0 || v < 0 || !had {
			ch.NewTies = append(ch.NewTies, [2]int{e.Source, e.Target})
		}
	}
	net := map[[2]int]int{}
	for _, s := range before.Stances {
		net[[2]int{s.Source, s.Target}] = s.Net()
	}
	for _, s := range after.Stances {
		u, v := match[s.Source], match[s.Target]
		if u < 0 || v < 0 {
			continue
		}
		if nb, ok := net[[2]int{u, v}]; ok && nb*s.Net() < 0 {
			ch.Flips = append(ch.Flips, Flip{Source: s.Source, Target: s.Target, Before: nb, After: s.Net()})
		}
	}
	return ch
}

// highlight marks the changes on d, a diagram of sub, a part of q: new
// ties and flipped stances and their actors are drawn strongly, flips
// labelled with their net polarity before and after. It returns a note.
func (q *Graph) highlight(d *out.Diagram, sub *Graph, ch Changes) string {
	id := func(v int) int {
		if i, err := find(sub.Graph, q.Nodes[v].Name); err == nil {
			return i
		}
		return -1
	}
	mark := func(u, v int, kind out.EdgeKind, label string) bool {
		a, b := id(u), id(v)
		for i := range d.Edges {
			e := &d.Edges[i]
			if e.Kind == kind && (e.From == a && e.To == b || kind == out.Comention && e.From == b && e.To == a) {
				e.Highlight, e.Label = true, label
				for j := range d.Nodes {
					if d.Nodes[j].ID == a || d.Nodes[j].ID == b {
						d.Nodes[j].Highlight = true
					}
				}
				return true
			}
		}
		return false
	}
	ties, flips := 0, 0
	for _, t := range ch.NewTies {
		if mark(t[0], t[1], out.Comention, "") {
			ties++
		}
	}
	for _, f := range ch.Flips {
		if mark(f.Source, f.Target, out.Stance, fmt.Sprintf("%+d → %+d", f.Before, f.After)) {
			flips++
		}
	}
	return fmt.Sprintf("highlighted against %s: %d of %d new ties, %d of %d stance flips", ch.Label, ties, len(ch.NewTies), flips, len(ch.Flips))
}

// joinNotes joins two notes of a diagram.
func joinNotes(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}
