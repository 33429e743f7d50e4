package main

import (
	"fmt"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
)

var statementsCommand = &cli.Command{
	Name:  "statements",
	Usage: "list stated positions: who said what about whom",
	Description: `Lists statements with their polarity (+ supports, − rejects, · neutral), speaker, cue,
confidence, targets (each with the speaker's polarity towards it), issue and sentence.
Filters combine; --json gives the per-target polarities and confidences.

Example:
   actorgraph statements -g graph.json --speaker Lavrov --polarity -1`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "speaker", Usage: "only statements by this actor"},
		&cli.StringFlag{Name: "target", Usage: "only statements about this actor"},
		&cli.StringFlag{Name: "issue", Usage: "only statements on this issue (e.g. \"peace plan\")"},
		&cli.StringFlag{Name: "polarity", Usage: "only this polarity: -1, 0 or 1"},
		minConfidenceFlag(0, "statements"),
		topFlag, jsonFlag},
	Action: runStatements,
}

func runStatements(c *cli.Context) error {
	f := query.StatementFilter{Speaker: -1, Target: -1, Issue: c.String("issue"), Top: c.Int("top")}
	var err error
	if f.MinConfidence, err = minConfidence(c, "statements"); err != nil {
		return err
	}
	if c.IsSet("polarity") {
		p, err := strconv.Atoi(c.String("polarity"))
		if err != nil || p < -1 || p > 1 {
			return usagef("statements: --polarity must be -1, 0 or 1")
		}
		f.Polarity, f.HasPolarity = p, true
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	if s := c.String("speaker"); s != "" {
		if f.Speaker, err = findActor(q, s); err != nil {
			return err
		}
	}
	if s := c.String("target"); s != "" {
		if f.Target, err = findActor(q, s); err != nil {
			return err
		}
	}
	recs := q.StatementsOf(f)
	if err := c.Context.Err(); err != nil {
		return err // interrupted: the result may be partial
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, struct {
			Statements []query.Statement `json:"statements"`
		}{recs})
	}
	t := out.NewTable("", "SPEAKER", "CUE", "CONF", "TARGETS", "ISSUE", "DOC", "SENTENCE")
	t.MaxCell = 140 // enough of the sentence to see what was said
	var src citedSources
	for _, r := range recs {
		t.Add(polaritySign(r.Polarity), r.Speaker, r.Cue, confidenceLabel(r.Confidence), targetList(r), r.Issue,
			src.cite(r.Evidence), clip(textOrMissing(r.Evidence), 140))
	}
	if err := writeTable(c, t); err != nil {
		return err
	}
	src.write(c.App.Writer)
	fmt.Fprintln(c.App.ErrWriter, plural(len(recs), "statement"))
	return nil
}
