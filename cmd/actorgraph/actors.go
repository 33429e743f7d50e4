package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

var actorsCommand = &cli.Command{
	Name:  "actors",
	Usage: "list the actors of a graph with their type, affiliation and mentions",
	Description: `Lists actors by mentions (most mentioned first).

Example:
   actorgraph actors -g graph.json --type person --top 10`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "type", Usage: "only actors of this type: person, state or org"},
		topFlag, jsonFlag},
	Action: runActors,
}

func runActors(c *cli.Context) error {
	g, err := loadGraph(c)
	if err != nil {
		return err
	}
	var kind extract.Kind
	if t := c.String("type"); t != "" {
		if kind, err = extract.ParseKind(t); err != nil {
			return &usageError{err}
		}
	}
	nodes := make([]*graph.Node, 0, len(g.Nodes))
	for i := range g.Nodes {
		if kind == extract.KindUnknown || g.Nodes[i].Type == kind {
			nodes = append(nodes, &g.Nodes[i])
		}
	}
	slices.SortStableFunc(nodes, func(a, b *graph.Node) int {
		if a.Mentions != b.Mentions {
			return b.Mentions - a.Mentions
		}
		return strings.Compare(a.Name, b.Name)
	})
	if n := c.Int("top"); n > 0 && n < len(nodes) {
		nodes = nodes[:n]
	}
	recs := make([]actorRecord, len(nodes))
	for i, n := range nodes {
		recs[i] = newActorRecord(n)
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, struct {
			Actors []actorRecord `json:"actors"`
		}{recs})
	}
	t := out.NewTable("ACTOR", "TYPE", "AFFILIATION", "MENTIONS", "DOCS", "ALIASES")
	for _, r := range recs {
		t.Add(r.Name, r.Type, r.Affiliation, fmt.Sprint(r.Mentions), fmt.Sprint(r.Documents),
			strings.Join(r.Aliases, "; "))
	}
	return t.Write(c.App.Writer)
}
