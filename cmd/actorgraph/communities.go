package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
)

var communitiesCommand = &cli.Command{
	Name:  "communities",
	Usage: "find camps of actors (Louvain modularity)",
	Description: `Partitions the actors with the Louvain method and reports the modularity Q.
A higher --resolution gives more, smaller communities; the same --seed gives the
same partition. --signed finds camps on the stance layers (support vs opposition).

Example:
   actorgraph communities -g graph.json --resolution 1.0 --seed 1`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, layerFlag,
		&cli.Float64Flag{Name: "resolution", Value: 1, Usage: "modularity resolution γ"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random seed"},
		&cli.BoolFlag{Name: "signed", Usage: "use negative relations too (conflict and negative stances push apart)"},
		topFlag, jsonFlag},
	Action: runCommunities,
}

func runCommunities(c *cli.Context) error {
	l, err := layer(c)
	if err != nil {
		return err
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	p, err := q.Communities(query.CommunityOptions{Layer: l, Resolution: c.Float64("resolution"), Seed: c.Uint64("seed"),
		Signed: c.Bool("signed"), Top: c.Int("top")})
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, p)
	}
	printPartition(c.App.Writer, p)
	return nil
}

// printPartition prints the communities, members wrapped to the width of
// a terminal.
func printPartition(w io.Writer, p query.Partition) {
	fmt.Fprintf(w, "%d communities, modularity Q = %.4f (layer %s, resolution %g, seed %d)\n",
		p.Count, p.Q, p.Layer, p.Resolution, p.Seed)
	for _, r := range p.Communities {
		fmt.Fprintf(w, "\n#%d  %s\n", r.ID, plural(r.Size, "actor"))
		members := r.Members
		more := 0
		if len(members) > 40 {
			members, more = members[:40], len(members)-40
		}
		line := "   "
		for i, m := range members {
			item := clip(m, 60)
			if i < len(members)-1 || more > 0 {
				item += ","
			}
			if len(line)+len(item)+1 > 88 && line != "   " {
				fmt.Fprintln(w, line)
				line = "   "
			}
			line += " " + item
		}
		if more > 0 {
			line += fmt.Sprintf(" and %d more", more)
		}
		fmt.Fprintln(w, line)
	}
}
