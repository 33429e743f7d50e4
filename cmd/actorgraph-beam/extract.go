package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
)

// extractFn runs the same pure extraction as `actorgraph build` on one
// article and turns it into graph records with the same Builder: per
// document, a Builder gets the extraction and its Records are emitted,
// keyed by kind and key for the merge. Statements are never merged (each
// is kept, as Builder keeps them), so they go out on their own.
type extractFn struct {
	Options     build.OptionsRecord
	AliasesPath string
	AliasData   []byte

	ex   *extract.Extractor
	opts build.BuildOptions
}

// Setup loads the lexicon and the tagger once per worker.
func (f *extractFn) Setup() error {
	opts, err := f.Options.BuildOptions()
	if err != nil {
		return err
	}
	f.opts = opts
	lex, err := lexicon.Default()
	if err != nil {
		return fmt.Errorf("load lexicon: %w", err)
	}
	if len(f.AliasData) > 0 {
		a, err := lexicon.ParseAliases(bytes.NewReader(f.AliasData), f.AliasesPath)
		if err != nil {
			return fmt.Errorf("aliases: %w", err)
		}
		lex = lex.WithAliases(a)
	}
	model, err := ner.Default()
	if err != nil {
		return fmt.Errorf("load tagger model: %w", err)
	}
	xopts := extract.DefaultOptions()
	if xopts.Sentiment, err = polarity.Default(); err != nil {
		return fmt.Errorf("load polarity model: %w", err)
	}
	f.ex = extract.New(lex, model, xopts)
	return nil
}

func (f *extractFn) ProcessElement(ctx context.Context, a Article, emit func(string, build.Record), emitStatement func(build.Record)) error {
	x, err := f.ex.Extract(a.Document())
	if errors.Is(err, extract.ErrNoText) {
		counterNoText.Inc(ctx, 1)
		return nil
	}
	if err != nil {
		// As in `build`: an article the extractor rejects is skipped,
		// not fatal.
		counterSkipped.Inc(ctx, 1)
		log.Warnf(ctx, "skipped %s: %v", a.ID, err)
		return nil
	}
	counterUsed.Inc(ctx, 1)
	b := build.NewBuilder(f.opts)
	b.Add(x)
	for _, r := range b.Records() {
		if r.Kind == "statement" {
			emitStatement(r)
			continue
		}
		emit(groupKey(r), r)
	}
	return nil
}

// groupKey is the key records are combined by: kind and record key.
func groupKey(r build.Record) string { return r.Kind + "\x01" + r.Key }
