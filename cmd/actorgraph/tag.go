package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract/ner"
)

var tagCommand = &cli.Command{
	Name:  "tag",
	Usage: "tag CoNLL-2003 tokens with PER/LOC/ORG/MISC (for evaluation)",
	Description: `Reads CoNLL-2003 text (token in the first column, blank lines between sentences,
-DOCSTART- lines) and prints one "token TAG" line per token line, in IOB2.

Example:
   actorgraph tag --conll dev.txt > dev.pred`,
	Flags:  []cli.Flag{&cli.StringFlag{Name: "conll", Usage: "CoNLL `FILE` (- for stdin)", Required: true}},
	Action: runTag,
}

func runTag(c *cli.Context) error {
	r := c.App.Reader
	if p := c.String("conll"); p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("tag: %w", err)
		}
		defer f.Close()
		r = f
	}
	docs, err := ner.ReadCoNLL(bufio.NewReader(r))
	if err != nil {
		return fmt.Errorf("tag %s: %w", c.String("conll"), err)
	}
	model, err := ner.Default()
	if err != nil {
		return fmt.Errorf("load tagger model: %w", err)
	}
	tags := make([][][]ner.Tag, len(docs))
	for i, d := range docs {
		tags[i] = model.TagDocument(d.Sentences)
	}
	w := bufio.NewWriter(c.App.Writer)
	if err := ner.WriteTags(w, docs, tags); err != nil {
		return err
	}
	return w.Flush()
}
