package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
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
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	a, err := findActor(q, c.Args().Get(0))
	if err != nil {
		return err
	}
	b, err := findActor(q, c.Args().Get(1))
	if err != nil {
		return err
	}
	all := c.Bool("all")
	rec := q.Link(a, b, all)
	if err := c.Context.Err(); err != nil {
		return err // interrupted: the result may be partial
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, rec)
	}
	if rec.Weight == 0 && len(rec.Statements) == 0 {
		return fmt.Errorf("no evidence links %s and %s", safe(rec.A), safe(rec.B))
	}
	printLink(c.App.Writer, rec, all)
	return nil
}

// printLink prints the evidence between two actors; all says whether the
// references were re-read.
func printLink(w io.Writer, rec query.Link, all bool) {
	var src citedSources
	defer src.write(w)
	fmt.Fprintf(w, "%s — %s: %s in %s\n", safe(rec.A), safe(rec.B), plural(rec.Weight, "shared sentence"), plural(rec.Documents, "article"))
	for _, ev := range rec.Evidence {
		fmt.Fprintf(w, "  [%s] %s\n", src.cite(ev), safe(textOrMissing(ev)))
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
			fmt.Fprintf(w, "  %s\n", linkStatement(rec, s, &src))
		}
	}
}

// linkStatement formats a statement between the two actors of rec: the
// speaker's polarity towards the other one and its confidence, the cue,
// the document and the sentence.
func linkStatement(rec query.Link, s query.Statement, src *citedSources) string {
	other := rec.B
	if s.Speaker == rec.B {
		other = rec.A
	}
	pol, conf := s.Polarity, s.Confidence
	if t, ok := s.StanceTowards(other); ok {
		pol, conf = t.Polarity, t.Confidence
	}
	return fmt.Sprintf("%s %s → %s (%s, %s) [%s] %s", polaritySign(pol), safe(s.Speaker), safe(other), safe(s.Cue),
		confidenceLabel(conf), src.cite(s.Evidence), safe(textOrMissing(s.Evidence)))
}
