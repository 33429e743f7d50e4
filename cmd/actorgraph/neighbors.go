package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

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

func runNeighbors(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("neighbors: want one actor (got %d arguments)", c.NArg())
	}
	if c.Int("depth") < 1 {
		return usagef("neighbors: --depth must be at least 1")
	}
	l, err := layer(c)
	if err != nil {
		return err
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	center, err := findActor(q, c.Args().First())
	if err != nil {
		return err
	}
	nb := q.Neighbors(center, l, c.Int("depth"), c.Int("top"))
	if err := c.Context.Err(); err != nil {
		return err // interrupted: the result may be partial
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, nb)
	}
	fmt.Fprintf(c.App.Writer, "%s: %s within %s (%s layer)\n", safe(nb.Actor), plural(len(nb.Neighbors), "neighbour"), plural(c.Int("depth"), "hop"), l)
	t := out.NewTable("ACTOR", "TYPE", "AFFILIATION", "DEPTH", "WEIGHT")
	for _, r := range nb.Neighbors {
		t.Add(r.Name, r.Type, r.Affiliation, fmt.Sprint(r.Depth), formatScore(r.Weight))
	}
	return writeTable(c, t)
}
