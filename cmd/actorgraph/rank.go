package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
)

var rankCommand = &cli.Command{
	Name:  "rank",
	Usage: "rank actors by a centrality measure",
	Description: `Scores every actor by degree, strength (sum of edge weights), betweenness,
closeness (both on distance 1/weight), eigenvector or PageRank centrality.
Betweenness and closeness are sampled above 5,000 actors or with --samples.
With --window-size, ranks the actors of each sliding window of the dated documents
(one every --step days) and prints the series (--top per window, 5 by default).

Example:
   actorgraph rank -g graph.json --by pagerank --top 10`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "by", Value: "pagerank", Usage: "measure: pagerank, betweenness, closeness, eigenvector, degree or strength"},
		layerFlag, topFlag,
		&cli.IntFlag{Name: "samples", Usage: "estimate betweenness/closeness from `K` sampled sources (0: automatic)"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed for sampling"},
		jsonFlag, windowSizeFlag, stepFlag},
	Action: runRank,
}

func runRank(c *cli.Context) error {
	m, err := network.ParseMeasure(c.String("by"))
	if err != nil {
		return &usageError{err}
	}
	l, err := layer(c)
	if err != nil {
		return err
	}
	size, step, windows, err := windowFlags(c)
	if err != nil {
		return err
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	opts := query.RankOptions{By: m, Layer: l, Top: c.Int("top"), Samples: c.Int("samples"), Seed: c.Uint64("seed")}
	if windows {
		return rankWindows(c, q, opts, size, step)
	}
	r, err := q.Rank(opts)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, r)
	}
	t := out.NewTable("#", "ACTOR", "TYPE", "AFFILIATION", strings.ToUpper(string(m)))
	for _, s := range r.Scores {
		t.Add(fmt.Sprint(s.Rank), s.Name, s.Type, s.Affiliation, formatScore(s.Value))
	}
	if err := writeTable(c, t); err != nil {
		return err
	}
	if r.Samples > 0 {
		fmt.Fprintf(c.App.ErrWriter, "note: %s estimated from %d sampled sources (seed %d)\n", m, r.Samples, c.Uint64("seed"))
	}
	return nil
}

func formatScore(v float64) string {
	switch {
	case v == float64(int64(v)) && v < 1e15:
		return fmt.Sprintf("%d", int64(v))
	case v >= 100:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.4f", v)
}

// rankWindows prints the ranking of every sliding window.
func rankWindows(c *cli.Context, q *query.Graph, opts query.RankOptions, size, step int) error {
	if !c.IsSet("top") {
		opts.Top = 5
	}
	s, err := q.RankWindows(opts, size, step)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, s)
	}
	t := out.NewTable("WINDOW", "DOCS", "#", "ACTOR", strings.ToUpper(s.Measure))
	for _, w := range s.Windows {
		span, docs := w.Since+".."+w.Until, fmt.Sprint(w.Documents)
		if len(w.Scores) == 0 {
			t.Add(span, docs, "", "", "")
		}
		for _, r := range w.Scores {
			t.Add(span, docs, fmt.Sprint(r.Rank), r.Name, formatScore(r.Value))
			span, docs = "", ""
		}
	}
	return t.Write(c.App.Writer)
}
