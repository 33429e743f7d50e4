package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

var neighborsCommand = &cli.Command{
	Name:      "neighbors",
	Aliases:   []string{"neighbours"},
	Usage:     "list the actors around one actor (its ego network)",
	ArgsUsage: "ACTOR",
	Description: `Lists the actors within --depth hops of ACTOR, nearest and strongest first.

Example:
   actorgraph neighbors -g graph.json putin --depth 1`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, layerFlag,
		&cli.IntFlag{Name: "depth", Value: 1, Usage: "hops from the actor"},
		topFlag, jsonFlag},
	Action: runNeighbors,
}

type neighborRecord struct {
	Name        string  `json:"name"`
	Type        string  `json:"type"`
	Affiliation string  `json:"affiliation,omitempty"`
	Depth       int     `json:"depth"`
	Weight      float64 `json:"weight"`
}

func runNeighbors(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("neighbors: want one actor (got %d arguments)", c.NArg())
	}
	if c.Int("depth") < 1 {
		return usagef("neighbors: --depth must be at least 1")
	}
	layer, err := graph.ParseLayer(c.String(layerFlag.Name))
	if err != nil {
		return &usageError{err}
	}
	g, err := loadGraph(c)
	if err != nil {
		return err
	}
	center, err := findActor(g, c.Args().First())
	if err != nil {
		return err
	}
	n := graph.Project(g, layer)
	ego := graph.Ego(g, n, center, c.Int("depth"))
	// Ego lists rings in order; recover each node's ring and its
	// strongest tie to the ring inside it for display.
	depth := map[int]int{center: 0}
	var recs []neighborRecord
	for _, v := range ego {
		if v == center {
			continue
		}
		d, w := 0, 0.0
		nb, ws := n.Neighbors(v)
		for i, u := range nb {
			if du, ok := depth[int(u)]; ok && (d == 0 || du+1 < d || du+1 == d && ws[i] > w) {
				d, w = du+1, ws[i]
			}
		}
		depth[v] = d
		nd := g.Nodes[v]
		recs = append(recs, neighborRecord{Name: nd.Name, Type: nd.Type.String(), Affiliation: nd.Affiliation,
			Depth: d, Weight: w})
	}
	if k := c.Int("top"); k > 0 && k < len(recs) {
		recs = recs[:k]
	}
	if c.Bool("json") {
		if recs == nil {
			recs = []neighborRecord{}
		}
		return out.WriteJSON(c.App.Writer, struct {
			Actor     string           `json:"actor"`
			Layer     string           `json:"layer"`
			Neighbors []neighborRecord `json:"neighbors"`
		}{g.Nodes[center].Name, string(layer), recs})
	}
	fmt.Fprintf(c.App.Writer, "%s: %s within %s (%s layer)\n", g.Nodes[center].Name, plural(len(recs), "neighbour"), plural(c.Int("depth"), "hop"), layer)
	t := out.NewTable("ACTOR", "TYPE", "AFFILIATION", "DEPTH", "WEIGHT")
	for _, r := range recs {
		t.Add(r.Name, r.Type, r.Affiliation, fmt.Sprint(r.Depth), formatScore(r.Weight))
	}
	return t.Write(c.App.Writer)
}
