package main

import (
	"fmt"
	"io"
	"strings"

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
With --window-size, partitions each sliding window of the dated documents (one every
--step days) and prints the series (--top communities per window, 5 by default).

Example:
   actorgraph communities -g graph.json --resolution 1.0 --seed 1`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, layerFlag,
		&cli.Float64Flag{Name: "resolution", Value: 1, Usage: "modularity resolution γ"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random seed"},
		&cli.BoolFlag{Name: "signed", Usage: "use negative relations too (conflict and negative stances push apart)"},
		topFlag, jsonFlag, windowSizeFlag, stepFlag},
	Action: runCommunities,
}

func runCommunities(c *cli.Context) error {
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
	opts := query.CommunityOptions{Layer: l, Resolution: c.Float64("resolution"), Seed: c.Uint64("seed"),
		Signed: c.Bool("signed"), Top: c.Int("top")}
	if windows {
		return communityWindows(c, q, opts, size, step)
	}
	p, err := q.Communities(opts)
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

// communityWindows prints the communities of every sliding window, each
// community by its five most mentioned members.
func communityWindows(c *cli.Context, q *query.Graph, opts query.CommunityOptions, size, step int) error {
	if !c.IsSet("top") {
		opts.Top = 5
	}
	s, err := q.CommunityWindows(opts, size, step)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, s)
	}
	w := c.App.Writer
	for _, win := range s.Windows {
		fmt.Fprintf(w, "%s..%s  %s, %d communities, Q = %.4f\n", win.Since, win.Until, plural(win.Documents, "document"), win.Count, win.Q)
		for _, cm := range win.Communities {
			members := cm.Members[:min(5, len(cm.Members))]
			more := ""
			if n := len(cm.Members) - len(members); n > 0 {
				more = fmt.Sprintf(" and %d more", n)
			}
			fmt.Fprintf(w, "   #%d  %s%s\n", cm.ID, strings.Join(members, ", "), more)
		}
	}
	return nil
}
