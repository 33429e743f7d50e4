package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

var evidenceCommand = &cli.Command{
	Name:      "evidence",
	Usage:     "show the sentences that link two actors",
	ArgsUsage: "A B",
	Description: `Prints the sentences behind the co-mention edge between A and B, and the statements
each made about the other, with their documents, so that a report can cite them.

The graph stores the text of a few example sentences per edge (build --max-evidence)
and keeps the others as references (document and byte offsets); --all re-reads those
from the source files, which must still be where build read them (or next to the graph
file) and unchanged.

Example:
   actorgraph evidence -g graph.json Witkoff Ushakov`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, jsonFlag,
		&cli.BoolFlag{Name: "all", Usage: "also re-read from the source files the sentences the graph keeps only as references"}},
	Action: runEvidence,
}

func runEvidence(c *cli.Context) error {
	if c.NArg() != 2 {
		return usagef("evidence: want two actors (got %d arguments)", c.NArg())
	}
	g, err := loadGraph(c)
	if err != nil {
		return err
	}
	a, err := findActor(g, c.Args().Get(0))
	if err != nil {
		return err
	}
	b, err := findActor(g, c.Args().Get(1))
	if err != nil {
		return err
	}
	rec := struct {
		A          string            `json:"a"`
		B          string            `json:"b"`
		Weight     int               `json:"weight"`
		Documents  int               `json:"documents"`
		Evidence   []evidenceRecord  `json:"evidence"`
		References int               `json:"references"`
		Statements []statementRecord `json:"statements"`
	}{A: g.Nodes[a].Name, B: g.Nodes[b].Name, Evidence: []evidenceRecord{}, Statements: []statementRecord{}}
	all := c.Bool("all")
	var evs []graph.Evidence
	if ei, ok := g.EdgeBetween(a, b); ok {
		e := g.Edges[ei]
		rec.Weight, rec.Documents, rec.References = e.Weight, e.Documents, len(e.Refs)
		evs = append(evs, e.Evidence...)
		if all {
			for _, r := range e.Refs {
				evs = append(evs, r.Evidence())
			}
		}
	}
	var stmts []graph.Statement
	for _, s := range g.Statements {
		if (s.Speaker == a && contains(s.Targets, b)) || (s.Speaker == b && contains(s.Targets, a)) {
			stmts = append(stmts, s)
		}
	}
	// Sentences without stored text are re-read, in one pass over the
	// sources for the edge and the statements.
	n := len(evs)
	for _, s := range stmts {
		evs = append(evs, s.Evidence)
	}
	texts := rereadEvidence(c, g, evs)
	rec.Evidence = append(rec.Evidence, texts[:n]...)
	for i, s := range stmts {
		r := newStatementRecord(g, s)
		r.evidenceRecord = texts[n+i]
		rec.Statements = append(rec.Statements, r)
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, rec)
	}
	w := c.App.Writer
	if rec.Weight == 0 && len(rec.Statements) == 0 {
		return fmt.Errorf("no evidence links %s and %s", rec.A, rec.B)
	}
	fmt.Fprintf(w, "%s — %s: %s in %s\n", rec.A, rec.B, plural(rec.Weight, "shared sentence"), plural(rec.Documents, "article"))
	for _, ev := range rec.Evidence {
		fmt.Fprintf(w, "  [%s] %s\n", docLabel(ev.Doc), textOrMissing(ev))
	}
	if !all && rec.References > 0 {
		fmt.Fprintf(w, "  … %s kept as references (--all re-reads them from the sources)\n", plural(rec.References, "more sentence"))
	}
	shown := len(rec.Evidence)
	if !all {
		shown += rec.References
	}
	if n := rec.Weight - shown; n > 0 {
		fmt.Fprintf(w, "  … %d more not kept (the graph was built with --max-refs)\n", n)
	}
	if len(rec.Statements) > 0 {
		fmt.Fprintf(w, "statements:\n")
		for _, s := range rec.Statements {
			fmt.Fprintf(w, "  %s %s (%s) [%s] %s\n", polaritySign(s.Polarity), s.Speaker, s.Cue, docLabel(s.Doc), textOrMissing(s.evidenceRecord))
		}
	}
	return nil
}

func contains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
