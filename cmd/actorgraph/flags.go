package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/extract/date"
	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/query"
	"github.com/actorgraph/actorgraph/query/period"
)

// Flags shared by several commands.
var (
	jsonFlag  = &cli.BoolFlag{Name: "json", Usage: "print JSON instead of a table"}
	graphFlag = &cli.StringFlag{Name: "graph", Aliases: []string{"g"}, Value: "graph.json",
		Usage: "graph file made by 'actorgraph build', or articles (a folder or files) to build from on the fly"}
	topFlag     = &cli.IntFlag{Name: "top", Aliases: []string{"limit"}, Usage: "show only the first `N` rows (0: all)"}
	layerFlag   = &cli.StringFlag{Name: "layer", Value: "comention", Usage: "relation to analyse: comention, stance, congruence, conflict or combined"}
	aliasesFlag = &cli.StringFlag{Name: "aliases", Usage: "alias `FILE` that adds, merges, splits or ignores actors"}
	workersFlag = &cli.IntFlag{Name: "workers", Usage: "extraction workers (0: one per core; at most 256)"}
	windowFlag  = &cli.StringFlag{Name: "window", Value: "sentence", Usage: "co-mention window: sentence, paragraph or document"}
	// The period of every command that reads a graph (added to each in
	// newApp): the graph of the documents dated in it.
	sinceFlag = &cli.StringFlag{Name: "since", Usage: "only the documents dated from `DATE` on: 2025-02-26, 2025-02, 2025, or back from the newest document (30d, 2w, 3m, 1y)"}
	untilFlag = &cli.StringFlag{Name: "until", Usage: "only the documents dated up to `DATE` (forms as --since; 7d ends a week before the newest)"}
	// The sliding windows of rank and communities.
	windowSizeFlag = &cli.StringFlag{Name: "window-size", Usage: "give a series over sliding windows of `DAYS` (30d, 2w), from the first dated document"}
	stepFlag       = &cli.StringFlag{Name: "step", Value: "7d", Usage: "days between the starts of two windows (with --window-size)"}
	// dateFormatFlag adds a form for the dates of the articles read.
	dateFormatFlag = &cli.StringSliceFlag{Name: "date-format", Usage: "read article dates written in this `FORMAT` too: a Go layout (02.01.2006 15:04) or strftime (%d.%m.%Y %H:%M); repeatable"}
)

// newExtractor loads the embedded lexicon and tagger, with the user's alias
// file applied; a bad alias file is a usage error.
func newExtractor(c *cli.Context) (*extract.Extractor, error) {
	ex, err := query.NewExtractorContext(c.Context, c.String(aliasesFlag.Name))
	var ae *query.AliasError
	if errors.As(err, &ae) {
		return nil, &usageError{err}
	}
	return ex, err
}

// openGraph opens the graph named by -g: a graph file, or articles that are
// built into a graph on the fly.
func openGraph(c *cli.Context) (*query.Graph, error) {
	path := c.String(graphFlag.Name)
	if a := c.String(aliasesFlag.Name); a != "" && query.IsGraphFile(path) {
		// An alias file shapes the actors when articles are read; a graph
		// file has them already.
		fmt.Fprintf(c.App.ErrWriter, "actorgraph: --aliases %s is not applied to the graph file %s: it applies when articles are read (actorgraph build ARTICLES --aliases %s -o %s)\n",
			safe(a), safe(path), safe(a), safe(path))
	}
	q, err := query.Open(c.Context, path, query.OpenOptions{
		Aliases: c.String(aliasesFlag.Name),
		Since:   c.String(sinceFlag.Name),
		Until:   c.String(untilFlag.Name),
		Stdin:   c.App.Reader,
		Skipped: func(n int) {
			fmt.Fprintf(c.App.ErrWriter, "actorgraph: %d inputs skipped while building %s\n", n, path)
		},
	})
	if errors.Is(err, query.ErrNoGraph) {
		if path == graphFlag.Value && !c.IsSet(graphFlag.Name) {
			return nil, usagef("no graph.json here: build one with 'actorgraph build ARTICLES -o graph.json' or pass -g")
		}
		return nil, fmt.Errorf("%s does not exist: build a graph file with 'actorgraph build ARTICLES -o %s', or give articles to -g", path, path)
	}
	var ae *query.AliasError
	if errors.As(err, &ae) || errors.Is(err, period.ErrInvalid) {
		return nil, &usageError{err}
	}
	return q, err
}

// findActor resolves a command-line actor name; an unknown or ambiguous one
// is a usage error.
func findActor(q *query.Graph, name string) (int, error) {
	id, err := q.Find(name)
	if err != nil {
		return -1, &usageError{err}
	}
	return id, nil
}

// layer parses --layer.
func layer(c *cli.Context) (network.Layer, error) {
	l, err := network.ParseLayer(c.String(layerFlag.Name))
	if err != nil {
		return "", &usageError{err}
	}
	return l, nil
}

func corpusOptions(c *cli.Context) corpus.Options {
	return corpus.Options{Stdin: c.App.Reader}
}

// dateLayouts returns the Go layouts of --date-format; a format that names
// no year or has an unknown conversion is a usage error.
func dateLayouts(c *cli.Context) ([]string, error) {
	var out []string
	for _, f := range c.StringSlice(dateFormatFlag.Name) {
		l, err := date.Layout(f)
		if err != nil {
			return nil, &usageError{err}
		}
		out = append(out, l)
	}
	return out, nil
}

// windowFlags reads --window-size and --step; ok is false without
// --window-size.
func windowFlags(c *cli.Context) (size, step int, ok bool, err error) {
	if c.String(windowSizeFlag.Name) == "" {
		return 0, 0, false, nil
	}
	if size, err = query.ParseDays(c.String(windowSizeFlag.Name)); err != nil {
		return 0, 0, false, &usageError{fmt.Errorf("--window-size: %w", err)}
	}
	if step, err = query.ParseDays(c.String(stepFlag.Name)); err != nil {
		return 0, 0, false, &usageError{fmt.Errorf("--step: %w", err)}
	}
	return size, step, true, nil
}
