package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

// Pipeline builds the actorgraph pipeline for cfg:
//
//	inputs -> expand globs -> read (corpus.Open) -> [fold exact duplicates]
//	  -> extract + per-document build.Builder records (+ one options record)
//	  -> combine per kind and key (build.MergeRecords) -> shard files of JSON lines
func Pipeline(cfg *Config) (*beam.Pipeline, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	p, s := beam.NewPipelineWithRoot()
	patterns := beam.CreateList(s.Scope("Inputs"), cfg.Inputs)
	files := beam.ParDo(s.Scope("ExpandGlobs"), &expandFn{}, patterns)
	files = beam.Reshuffle(s.Scope("SpreadFiles"), files)
	docs := beam.ParDo(s.Scope("Read"), &readFn{}, files)

	var folded beam.PCollection
	if cfg.KeepDuplicates {
		docs = beam.Reshuffle(s.Scope("SpreadDocuments"), docs)
	} else {
		fs := s.Scope("FoldDuplicates")
		keyed := beam.ParDo(fs, &contentKeyFn{}, docs)
		kept := beam.CombinePerKey(fs, &foldFn{}, keyed)
		docs, folded = beam.ParDo2(fs, &unfoldFn{}, kept)
	}

	ex := &extractFn{Options: cfg.Options, AliasesPath: cfg.AliasesPath, AliasData: cfg.AliasData}
	records, statements := beam.ParDo2(s.Scope("Extract"), ex, docs)
	// The table carries its build options in one record.
	options := beam.ParDo(s.Scope("Options"), &optionsFn{Options: cfg.Options}, beam.Impulse(s))
	records = beam.Flatten(s, records, options)
	if !cfg.KeepDuplicates {
		records = beam.Flatten(s, records, folded)
	}
	merged := beam.CombinePerKey(s.Scope("Merge"), &mergeFn{Options: cfg.Options}, records)

	ws := s.Scope("Write")
	lines := beam.Flatten(ws,
		beam.ParDo(ws, &lineFn{Shards: cfg.Shards}, merged),
		beam.ParDo(ws, &statementLineFn{Shards: cfg.Shards}, statements))
	beam.ParDo0(ws, &writeShardFn{Dir: cfg.Output, Shards: cfg.Shards}, beam.GroupByKey(ws, lines))
	return p, nil
}

// Run builds the pipeline, removes the record files of an earlier run from
// a local output folder and runs the pipeline on the runner named by --runner
// (prism by default), waiting for it to finish.
func Run(ctx context.Context, cfg *Config) (Summary, error) {
	start := time.Now()
	p, err := Pipeline(cfg)
	if err != nil {
		return Summary{}, err
	}
	if !strings.Contains(cfg.Output, "://") {
		// Remote folders (gs://) are not cleaned: the launcher may have no
		// access to them (a Dataflow dry run); give each run a new folder.
		if err := removeStaleShards(ctx, cfg.Output); err != nil {
			return Summary{}, err
		}
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return Summary{}, fmt.Errorf("pipeline: %w", err)
	}
	sum := Summary{Counters: map[string]int64{}, Seconds: time.Since(start).Seconds()}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Namespace() == metricNamespace {
				sum.Counters[c.Name()] += c.Result()
			}
		}
	}
	return sum, nil
}
