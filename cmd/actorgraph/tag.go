package main

import (
	"bufio"
	"fmt"
	"io"
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
	name := c.String("conll")
	r := c.App.Reader
	if name != "-" {
		// Opening a FIFO waits for its writer: cancellable too.
		f, err := query.Cancellable(c.Context, func() (*os.File, error) { return os.Open(name) })
		if err != nil {
			if c.Context.Err() != nil {
				return err
			}
			return fmt.Errorf("tag: %w", err)
		}
		defer f.Close()
		r = f
	}
	model, err := query.Cancellable(c.Context, ner.Default)
	if err != nil {
		return fmt.Errorf("load tagger model: %w", err)
	}
	// One document (or part of one) at a time: a file of millions of
	// tokens without blank lines is read, tagged and written in bounded
	// parts instead of being held whole.
	cr := ner.NewCoNLLReader(bufio.NewReader(r), maxTagSentence, maxTagDocument)
	w := bufio.NewWriter(c.App.Writer)
	for {
		d, err := query.Cancellable(c.Context, cr.Next)
		if err == io.EOF {
			break
		}
		if err != nil {
			if c.Context.Err() != nil {
				return err
			}
			return fmt.Errorf("tag %s: %w", name, err)
		}
		tags := model.TagDocument(d.Sentences)
		if err := ner.WriteTags(w, []ner.CoNLLDoc{d}, [][][]ner.Tag{tags}); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if s, d := cr.Split(); s > 0 || d > 0 {
		fmt.Fprintf(c.App.ErrWriter, "actorgraph: tag: %s longer than %d tokens and %s longer than %d tokens were tagged in parts\n",
			plural(s, "sentence"), maxTagSentence, plural(d, "document"), maxTagDocument)
	}
	return nil
}

// maxTagSentence and maxTagDocument bound the sentences and documents that
// tag holds and tags whole: longer ones are tagged in parts (the longest
// sentence of CoNLL-2003 has 124 tokens, its longest document about 2,000).
const (
	maxTagSentence = 4096
	maxTagDocument = 100000
)

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
