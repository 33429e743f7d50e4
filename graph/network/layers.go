package network

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
)

// discourseEdges returns the congruence and conflict edges of the discourse
// network of g, after Leifeld's Discourse Network Analyzer (DNA): actors are
// tied through the concepts they take positions on.
//
// The exact rule:
//
//   - A concept is the statement's Issue when it has one; a statement without
//     an issue takes a position on each of its targets instead, so its
//     concepts are those target actors.
//   - Neutral statements (Polarity 0) are ignored; a positive polarity is
//     agreement and a negative one disagreement.
//   - Each (speaker, concept, polarity) counts once, however many statements
//     repeat it.
//   - Congruence weight of actors a ≠ b: the number of (concept, polarity)
//     pairs that both a and b hold.
//   - Conflict weight of a ≠ b: the number of concepts on which a holds one
//     polarity and b the opposite one, counted once per direction (a positive
//     with b negative, and a negative with b positive), so at most 2 per
//     concept.
func discourseEdges(g *graph.Graph) (congruence, conflict []wedge) {
	type position struct {
		concept  string
		polarity int
		speaker  int
	}
	var ps []position
	for _, s := range g.Statements {
		if s.Polarity == 0 || s.Speaker < 0 || s.Speaker >= len(g.Nodes) {
			continue
		}
		pol := 1
		if s.Polarity < 0 {
			pol = -1
		}
		if s.Issue != "" {
			ps = append(ps, position{"i:" + s.Issue, pol, s.Speaker})
			continue
		}
		for _, t := range s.Targets {
			ps = append(ps, position{"t:" + strconv.Itoa(t), pol, s.Speaker})
		}
	}
	slices.SortFunc(ps, func(a, b position) int {
		if c := cmp.Compare(a.concept, b.concept); c != 0 {
			return c
		}
		if c := cmp.Compare(b.polarity, a.polarity); c != 0 {
			return c // positive first
		}
		return cmp.Compare(a.speaker, b.speaker)
	})
	ps = slices.Compact(ps)

	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].concept == ps[i].concept {
			j++
		}
		var plus, minus []int
		for _, p := range ps[i:j] {
			if p.polarity > 0 {
				plus = append(plus, p.speaker)
			} else {
				minus = append(minus, p.speaker)
			}
		}
		for _, side := range [][]int{plus, minus} {
			for x := range side {
				for y := x + 1; y < len(side); y++ {
					congruence = append(congruence, wedge{int32(side[x]), int32(side[y]), 1})
				}
			}
		}
		for _, a := range plus {
			for _, b := range minus {
				if a != b {
					conflict = append(conflict, wedge{int32(a), int32(b), 1})
				}
			}
		}
		i = j
	}
	return congruence, conflict
}
