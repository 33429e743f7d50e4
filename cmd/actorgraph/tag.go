package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/query"
)

var tagCommand = &cli.Command{
	Name:  "tag",
	Usage: "tag CoNLL-2003 tokens with PER/LOC/ORG/MISC, or targets with a polarity (for evaluation)",
	Description: `With --conll, reads CoNLL-2003 text (token in the first column, blank lines between
sentences, -DOCSTART- lines) and prints one "token TAG" line per token line, in IOB2.
With --sentiment, reads NewsMTSC JSON lines ("sentence", "from", "to" in code points)
and prints the polarity towards each target (-1, 0 or 1), one line per record.

Examples:
   actorgraph tag --conll dev.txt > dev.pred
   actorgraph tag --sentiment dev-rw.jsonl > dev-rw.pred`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "conll", Usage: "CoNLL `FILE` (- for stdin)"},
		&cli.StringFlag{Name: "sentiment", Usage: "NewsMTSC JSONL `FILE` (- for stdin)"},
	},
	Action: runTag,
}

func runTag(c *cli.Context) error {
	switch {
	case c.IsSet("conll") == c.IsSet("sentiment"):
		return usagef("tag: give one of --conll and --sentiment")
	case c.IsSet("sentiment"):
		return runTagSentiment(c)
	}
	docs, err := query.Cancellable(c.Context, func() ([]ner.CoNLLDoc, error) {
		r := c.App.Reader
		if p := c.String("conll"); p != "-" {
			f, err := os.Open(p)
			if err != nil {
				return nil, fmt.Errorf("tag: %w", err)
			}
			defer f.Close()
			r = f
		}
		docs, err := ner.ReadCoNLL(bufio.NewReader(r))
		if err != nil {
			return nil, fmt.Errorf("tag %s: %w", c.String("conll"), err)
		}
		return docs, nil
	})
	if err != nil {
		return err
	}
	model, err := query.Cancellable(c.Context, ner.Default)
	if err != nil {
		return fmt.Errorf("load tagger model: %w", err)
	}
	tags := make([][][]ner.Tag, len(docs))
	for i, d := range docs {
		if err := c.Context.Err(); err != nil {
			return err
		}
		tags[i] = model.TagDocument(d.Sentences)
	}
	w := bufio.NewWriter(c.App.Writer)
	if err := ner.WriteTags(w, docs, tags); err != nil {
		return err
	}
	return w.Flush()
}

// runTagSentiment prints one polarity per NewsMTSC record.
func runTagSentiment(c *cli.Context) error {
	name := c.String("sentiment")
	recs, err := query.Cancellable(c.Context, func() ([]polarity.Record, error) {
		r := c.App.Reader
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return nil, fmt.Errorf("tag: %w", err)
			}
			defer f.Close()
			r = f
		}
		recs, err := polarity.ReadRecords(r)
		if err != nil {
			return nil, fmt.Errorf("tag %s: %w", name, err)
		}
		return recs, nil
	})
	if err != nil {
		return err
	}
	model, err := query.Cancellable(c.Context, polarity.Default)
	if err != nil {
		return fmt.Errorf("load polarity model: %w", err)
	}
	w := bufio.NewWriter(c.App.Writer)
	for _, p := range model.PredictRecords(recs) {
		fmt.Fprintln(w, p)
	}
	return w.Flush()
}
