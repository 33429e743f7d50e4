package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
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
	var kind extract.Kind
	if t := c.String("type"); t != "" {
		var err error
		if kind, err = extract.ParseKind(t); err != nil {
			return &usageError{err}
		}
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	recs := q.Actors(kind, c.Int("top"))
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, struct {
			Actors []query.Actor `json:"actors"`
		}{recs})
	}
	t := out.NewTable("ACTOR", "TYPE", "AFFILIATION", "MENTIONS", "DOCS", "ALIASES")
	for _, r := range recs {
		t.Add(r.Name, r.Type, r.Affiliation, fmt.Sprint(r.Mentions), fmt.Sprint(r.Documents),
			strings.Join(r.Aliases, "; "))
	}
	return writeTable(c, t)
}
