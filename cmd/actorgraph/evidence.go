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

Example:
   actorgraph evidence -g graph.json Witkoff Ushakov`,
	Flags:  []cli.Flag{graphFlag, aliasesFlag, jsonFlag},
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
		Statements []statementRecord `json:"statements"`
	}{A: g.Nodes[a].Name, B: g.Nodes[b].Name, Evidence: []evidenceRecord{}, Statements: []statementRecord{}}
	if ei, ok := edgeIndex(g)[pairKey(a, b)]; ok {
		e := g.Edges[ei]
		rec.Weight, rec.Documents = e.Weight, e.Documents
		for _, ev := range e.Evidence {
			rec.Evidence = append(rec.Evidence, newEvidence(g, ev))
		}
	}
	for _, s := range g.Statements {
		if (s.Speaker == a && contains(s.Targets, b)) || (s.Speaker == b && contains(s.Targets, a)) {
			rec.Statements = append(rec.Statements, newStatementRecord(g, s))
		}
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
		fmt.Fprintf(w, "  [%s] %s\n", docLabel(ev.Doc), ev.Text)
	}
	if n := rec.Weight - len(rec.Evidence); n > 0 {
		fmt.Fprintf(w, "  … %d more not stored (rebuild with --max-evidence -1 to keep all)\n", n)
	}
	if len(rec.Statements) > 0 {
		fmt.Fprintf(w, "statements:\n")
		for _, s := range rec.Statements {
			fmt.Fprintf(w, "  %s %s (%s) [%s] %s\n", polaritySign(s.Polarity), s.Speaker, s.Cue, docLabel(s.Doc), s.Text)
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

var _ = graph.Format
