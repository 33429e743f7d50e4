package graph

import (
	"errors"
	"fmt"
)

// Validate checks the invariants of a graph: node IDs equal their index,
// and every edge, stance, statement and evidence refers to existing nodes
// and documents.
func (g *Graph) Validate() error {
	n := len(g.Nodes)
	for i, nd := range g.Nodes {
		if nd.ID != i {
			return fmt.Errorf("node %d (%q) has id %d", i, nd.Name, nd.ID)
		}
	}
	node := func(what string, i, id int) error {
		if id < 0 || id >= n {
			return fmt.Errorf("%s %d refers to node %d of %d", what, i, id, n)
		}
		return nil
	}
	evs := func(what string, i int, list []Evidence) error {
		for _, e := range list {
			if e.Doc < 0 || e.Doc >= len(g.Documents) {
				return fmt.Errorf("%s %d cites document %d of %d", what, i, e.Doc, len(g.Documents))
			}
			if e.Start < 0 || e.End < e.Start {
				return fmt.Errorf("%s %d has evidence with bad offsets %d-%d", what, i, e.Start, e.End)
			}
		}
		return nil
	}
	for i, e := range g.Edges {
		if err := errors.Join(node("edge", i, e.Source), node("edge", i, e.Target), evs("edge", i, e.Evidence())); err != nil {
			return err
		}
		if e.Weight < 0 {
			return fmt.Errorf("edge %d has negative weight %d", i, e.Weight)
		}
		for _, r := range e.Refs() {
			if r.Doc < 0 || r.Doc >= len(g.Documents) {
				return fmt.Errorf("edge %d refers to document %d of %d", i, r.Doc, len(g.Documents))
			}
			if r.Start < 0 || r.End < r.Start || r.Sentence < 0 {
				return fmt.Errorf("edge %d has a reference with bad offsets %d-%d", i, r.Start, r.End)
			}
		}
	}
	for i, s := range g.Stances {
		if err := errors.Join(node("stance", i, s.Source), node("stance", i, s.Target), evs("stance", i, s.Evidence)); err != nil {
			return err
		}
	}
	for i, s := range g.Statements {
		if err := node("statement", i, s.Speaker); err != nil {
			return err
		}
		for _, t := range s.Targets {
			if err := node("statement", i, t); err != nil {
				return err
			}
		}
		if err := evs("statement", i, []Evidence{s.Evidence}); err != nil {
			return err
		}
	}
	return nil
}
