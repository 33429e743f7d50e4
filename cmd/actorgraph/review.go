package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query/review"
)

var reviewCommand = &cli.Command{
	Name:  "review",
	Usage: "list what an analyst should check: likely duplicates, ambiguous short names, type doubts, non-actors",
	Description: `Lists, most mentioned actors first, the places where the graph may be wrong:
  duplicate   two nodes that may be one actor (a fragment, a spelling variant)
  ambiguous   a short name ("Howard") that the corpus did not resolve to one full name:
              the full names it may be short for that share co-mentioned actors with
              it, most shared first, or, for a one-word person's name that several
              people bear and none shares company with ("Anne"), a line that drops it
  type        a person or organisation whose contexts speak for the other type
  not-actor   a name whose contexts mark a work, a product or an event
each with the count of its evidence and a line for the alias file (--aliases) that
settles it one way: "merge A = B", "actor A = org", "ignore A". Check the line,
keep the ones you agree with in an alias file, and build again with --aliases.

Example:
   actorgraph review -g graph.json --top 20
   actorgraph review -g graph.json --json --min-mentions 5`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, topFlag, jsonFlag,
		&cli.IntFlag{Name: "min-mentions", Value: 3, Usage: "leave out actors mentioned fewer than `N` times"}},
	Action: runReview,
}

func runReview(c *cli.Context) error {
	if c.Int("min-mentions") < 1 {
		return usagef("review: --min-mentions must be at least 1")
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	lex, err := lexicon.Default()
	if err != nil {
		return fmt.Errorf("review: %w", err)
	}
	items := review.Of(q.Graph, review.Options{MinMentions: c.Int("min-mentions"), Top: c.Int("top"), Lexicon: lex})
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, struct {
			Items []review.Item `json:"items"`
		}{items})
	}
	t := out.NewTable("CHECK", "ACTOR", "MENTIONS", "EVIDENCE", "WHY", "ALIAS LINE")
	for _, it := range items {
		t.Add(it.Kind, it.Actor, fmt.Sprint(it.Mentions), fmt.Sprint(it.Evidence), it.Reason, it.Line)
	}
	return t.Write(c.App.Writer)
}
