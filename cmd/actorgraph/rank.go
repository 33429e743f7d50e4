package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

var rankCommand = &cli.Command{
	Name:  "rank",
	Usage: "rank actors by a centrality measure",
	Description: `Scores every actor by degree, strength (sum of edge weights), betweenness,
closeness (both on distance 1/weight), eigenvector or PageRank centrality.
Betweenness and closeness are sampled above 5,000 actors or with --samples.

Example:
   actorgraph rank -g graph.json --by pagerank --top 10`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "by", Value: "pagerank", Usage: "measure: pagerank, betweenness, closeness, eigenvector, degree or strength"},
		layerFlag, topFlag,
		&cli.IntFlag{Name: "samples", Usage: "estimate betweenness/closeness from `K` sampled sources (0: automatic)"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed for sampling"},
		jsonFlag},
	Action: runRank,
}

type rankRecord struct {
	Rank        int     `json:"rank"`
	Name        string  `json:"name"`
	Type        string  `json:"type"`
	Affiliation string  `json:"affiliation,omitempty"`
	Value       float64 `json:"value"`
}

func runRank(c *cli.Context) error {
	m, err := graph.ParseMeasure(c.String("by"))
	if err != nil {
		return &usageError{err}
	}
	layer, err := graph.ParseLayer(c.String(layerFlag.Name))
	if err != nil {
		return &usageError{err}
	}
	g, err := loadGraph(c)
	if err != nil {
		return err
	}
	n := graph.Project(g, layer)
	opts := graph.CentralityOptions{Samples: c.Int("samples"), Seed: c.Uint64("seed")}
	scores, err := graph.Centrality(n, m, opts)
	if err != nil {
		return err
	}
	if k := c.Int("top"); k > 0 && k < len(scores) {
		scores = scores[:k]
	}
	recs := make([]rankRecord, len(scores))
	for i, s := range scores {
		nd := g.Nodes[s.Node]
		recs[i] = rankRecord{Rank: i + 1, Name: nd.Name, Type: nd.Type.String(), Affiliation: nd.Affiliation, Value: s.Value}
	}
	sampled := graph.SampleSize(n, opts)
	if m != graph.Measure("betweenness") && m != graph.Measure("closeness") {
		sampled = 0
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, struct {
			Measure string       `json:"measure"`
			Layer   string       `json:"layer"`
			Samples int          `json:"samples,omitempty"`
			Scores  []rankRecord `json:"scores"`
		}{string(m), string(layer), sampled, recs})
	}
	t := out.NewTable("#", "ACTOR", "TYPE", "AFFILIATION", strings.ToUpper(string(m)))
	for _, r := range recs {
		t.Add(fmt.Sprint(r.Rank), r.Name, r.Type, r.Affiliation, formatScore(r.Value))
	}
	if err := t.Write(c.App.Writer); err != nil {
		return err
	}
	if sampled > 0 {
		fmt.Fprintf(c.App.ErrWriter, "note: %s estimated from %d sampled sources (seed %d)\n", m, sampled, c.Uint64("seed"))
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
