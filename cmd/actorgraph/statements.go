package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

var statementsCommand = &cli.Command{
	Name:  "statements",
	Usage: "list stated positions: who said what about whom",
	Description: `Lists statements with their speaker, cue, polarity (+ supports, − rejects, · neutral),
targets, issue and sentence. Filters combine.

Example:
   actorgraph statements -g graph.json --speaker Lavrov --polarity -1`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "speaker", Usage: "only statements by this actor"},
		&cli.StringFlag{Name: "target", Usage: "only statements about this actor"},
		&cli.StringFlag{Name: "issue", Usage: "only statements on this issue (e.g. \"peace plan\")"},
		&cli.StringFlag{Name: "polarity", Usage: "only this polarity: -1, 0 or 1"},
		topFlag, jsonFlag},
	Action: runStatements,
}

func runStatements(c *cli.Context) error {
	pol, havePol := 0, c.IsSet("polarity")
	if havePol {
		p, err := strconv.Atoi(c.String("polarity"))
		if err != nil || p < -1 || p > 1 {
			return usagef("statements: --polarity must be -1, 0 or 1")
		}
		pol = p
	}
	g, err := loadGraph(c)
	if err != nil {
		return err
	}
	speaker, target := -1, -1
	if s := c.String("speaker"); s != "" {
		if speaker, err = findActor(g, s); err != nil {
			return err
		}
	}
	if s := c.String("target"); s != "" {
		if target, err = findActor(g, s); err != nil {
			return err
		}
	}
	issue := strings.ToLower(c.String("issue"))
	var sel []graph.Statement
	for _, s := range g.Statements {
		if speaker >= 0 && s.Speaker != speaker || target >= 0 && !contains(s.Targets, target) ||
			havePol && s.Polarity != pol || issue != "" && strings.ToLower(s.Issue) != issue {
			continue
		}
		sel = append(sel, s)
	}
	if k := c.Int("top"); k > 0 && k < len(sel) {
		sel = sel[:k]
	}
	// Statements beyond each speaker's stored quotes are re-read.
	evs := make([]graph.Evidence, len(sel))
	for i, s := range sel {
		evs[i] = s.Evidence
	}
	texts := rereadEvidence(c, g, evs)
	recs := make([]statementRecord, len(sel))
	for i, s := range sel {
		recs[i] = newStatementRecord(g, s)
		recs[i].evidenceRecord = texts[i]
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, struct {
			Statements []statementRecord `json:"statements"`
		}{recs})
	}
	t := out.NewTable("", "SPEAKER", "CUE", "ISSUE", "TARGETS", "DOC", "SENTENCE")
	for _, r := range recs {
		t.Add(polaritySign(r.Polarity), r.Speaker, r.Cue, r.Issue, strings.Join(r.Targets, ", "), docLabel(r.Doc), clip(textOrMissing(r.evidenceRecord), 100))
	}
	if err := t.Write(c.App.Writer); err != nil {
		return err
	}
	fmt.Fprintln(c.App.ErrWriter, plural(len(recs), "statement"))
	return nil
}
