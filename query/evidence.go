package query

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Link is what ties two actors: their shared sentences and the statements
// each made about the other.
type Link struct {
	A         string     `json:"a"`
	B         string     `json:"b"`
	Weight    int        `json:"weight"`
	Documents int        `json:"documents"`
	Evidence  []Evidence `json:"evidence"`
	// References counts the shared sentences the graph keeps only as
	// references (document and offsets, no text).
	References int         `json:"references"`
	Statements []Statement `json:"statements"`
}

// Link returns the evidence between a and b: the stored sentences of their
// co-mention tie (and, with all, the referenced ones re-read from the
// sources) and the statements of each about the other.
func (q *Graph) Link(a, b int, all bool) Link {
	rec := Link{A: q.Nodes[a].Name, B: q.Nodes[b].Name, Evidence: []Evidence{}, Statements: []Statement{}}
	var evs []graph.Evidence
	if ei, ok := q.EdgeBetween(a, b); ok {
		e := q.Edges[ei]
		rec.Weight, rec.Documents, rec.References = e.Weight, e.Documents, len(e.Refs())
		evs = append(evs, e.Evidence()...)
		if all {
			for _, r := range e.Refs() {
				evs = append(evs, r.Evidence())
			}
		}
	}
	var stmts []graph.Statement
	for _, s := range q.Statements {
		if (s.Speaker == a && slices.Contains(s.Targets, b)) || (s.Speaker == b && slices.Contains(s.Targets, a)) {
			stmts = append(stmts, s)
		}
	}
	// Sentences without stored text are re-read, in one pass over the
	// sources for the tie and the statements.
	n := len(evs)
	for _, s := range stmts {
		evs = append(evs, s.Evidence)
	}
	texts := q.Evidences(evs)
	rec.Evidence = append(rec.Evidence, texts[:n]...)
	for i, s := range stmts {
		rec.Statements = append(rec.Statements, q.newStatement(s, texts[n+i]))
	}
	return rec
}

// StatementFilter selects statements; zero fields select everything.
type StatementFilter struct {
	// Speaker and Target are node ids, -1 for any.
	Speaker, Target int
	// Polarity selects one polarity when HasPolarity is set.
	Polarity    int
	HasPolarity bool
	// Issue selects one issue, case-insensitively ("" for any).
	Issue string
	// Top keeps the first Top statements (all when <= 0).
	Top int
	// MinConfidence keeps the statements at least this sure of their
	// polarity (those of files that record no confidence are kept).
	MinConfidence float64
}

// StatementsOf returns the statements that pass f, in graph order, with
// their sentences (re-read from the sources where the graph keeps only a
// reference).
func (q *Graph) StatementsOf(f StatementFilter) []Statement {
	issue := strings.ToLower(f.Issue)
	var sel []graph.Statement
	for _, s := range q.Statements {
		if f.Speaker >= 0 && s.Speaker != f.Speaker || f.Target >= 0 && !slices.Contains(s.Targets, f.Target) ||
			f.HasPolarity && s.Polarity != f.Polarity || issue != "" && strings.ToLower(s.Issue) != issue ||
			!confidentEnough(s.Confidence, f.MinConfidence) {
			continue
		}
		sel = append(sel, s)
	}
	if f.Top > 0 && f.Top < len(sel) {
		sel = sel[:f.Top]
	}
	evs := make([]graph.Evidence, len(sel))
	for i, s := range sel {
		evs[i] = s.Evidence
	}
	texts := q.Evidences(evs)
	recs := make([]Statement, len(sel))
	for i, s := range sel {
		recs[i] = q.newStatement(s, texts[i])
	}
	return recs
}
