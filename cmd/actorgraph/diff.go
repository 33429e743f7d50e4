package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
	"github.com/actorgraph/actorgraph/query/period"
)

var diffCommand = &cli.Command{
	Name:      "diff",
	Usage:     "what changed between two periods of a graph, or between two graph files",
	ArgsUsage: "[OLD.json NEW.json]",
	Description: `Compares two periods of one graph (--before and --after: a day, a month such as
1987-03, a year, or FROM..TO such as 1987-03-01..1987-03-15) or two graph files, and
lists the actors and ties that appeared or vanished, the ties that strengthened or
weakened most, stance flips, rank shifts (PageRank on co-mentions) and actors that
changed community, each line with the sentences behind it. Ties and actors are compared
by co-mention sentences (mentions) per 1,000 documents of each period, so that a short
period does not read as a quiet one; ties with fewer than --min-support sentences in
the two periods together are left out.

Example:
   actorgraph diff -g graph.json --before 1987-03 --after 1987-04`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "before", Usage: "the earlier `PERIOD` of the graph"},
		&cli.StringFlag{Name: "after", Usage: "the later `PERIOD` of the graph"},
		&cli.IntFlag{Name: "min-support", Value: 5, Usage: "least co-mention sentences (mentions for actors) in the two periods together"},
		&cli.IntFlag{Name: "top", Value: 10, Usage: "lines per section"},
		&cli.IntFlag{Name: "evidence", Value: 2, Usage: "sentences per line"},
		&cli.IntFlag{Name: "rank-top", Value: 50, Usage: "rank shifts and community changes among the top `N` actors of either period"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "community detection seed"},
		jsonFlag},
	Action: runDiff,
}

func runDiff(c *cli.Context) error {
	before, after, labels, forms, err := diffSides(c)
	if err != nil {
		return err
	}
	d, err := query.Compare(before, after, labels, query.DiffOptions{MinSupport: c.Int("min-support"), Top: c.Int("top"),
		Evidence: c.Int("evidence"), RankTop: c.Int("rank-top"), Seed: c.Uint64("seed"), Forms: forms})
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, d)
	}
	printDiff(c.App.Writer, d)
	return nil
}

// diffSides opens the two sides of a diff: two periods of -g (--before,
// --after; their actors matched through the forms the whole graph merged)
// or two graph files given as arguments.
func diffSides(c *cli.Context) (before, after *query.Graph, labels [2]string, forms map[string]string, err error) {
	if c.NArg() == 2 {
		if c.IsSet("before") || c.IsSet("after") {
			return nil, nil, labels, nil, usagef("diff: give two graph files or --before and --after, not both")
		}
		labels = [2]string{c.Args().Get(0), c.Args().Get(1)}
		if before, err = openGraphAt(c, labels[0]); err != nil {
			return nil, nil, labels, nil, err
		}
		after, err = openGraphAt(c, labels[1])
		return before, after, labels, nil, err
	}
	if c.NArg() != 0 || c.String("before") == "" || c.String("after") == "" {
		return nil, nil, labels, nil, usagef("diff: want --before PERIOD --after PERIOD, or OLD.json NEW.json")
	}
	q, err := openGraph(c)
	if err != nil {
		return nil, nil, labels, nil, err
	}
	labels = [2]string{c.String("before"), c.String("after")}
	sides := [2]*query.Graph{}
	for i, l := range labels {
		p, err := period.Parse(l)
		if err != nil {
			return nil, nil, labels, nil, &usageError{err}
		}
		if sides[i], err = q.Between(p); err != nil {
			return nil, nil, labels, nil, err
		}
	}
	return sides[0], sides[1], labels, q.Forms(), nil
}

// openGraphAt opens a graph file named on the command line, with the
// command's period.
func openGraphAt(c *cli.Context, path string) (*query.Graph, error) {
	if !query.IsGraphFile(path) {
		return nil, usagef("diff: %s is not a graph file (make one with 'actorgraph build ARTICLES -o %s')", path, path)
	}
	return query.Open(c.Context, path, query.OpenOptions{Since: c.String(sinceFlag.Name), Until: c.String(untilFlag.Name)})
}

// printDiff writes a diff as sections of lines, each with its evidence.
func printDiff(w io.Writer, d query.Diff) {
	fmt.Fprintf(w, "%s (%s documents) -> %s (%s documents)\n", d.Before.Label, thousandsOf(d.Before.Documents),
		d.After.Label, thousandsOf(d.After.Documents))
	fmt.Fprintf(w, "rates: %s; ties of at least %s\n", d.Measure, plural(d.MinSupport, "sentence"))
	for _, s := range []struct {
		title string
		ties  []query.TieChange
	}{{"Ties that strengthened", d.StrengthenedTies}, {"Ties that weakened", d.WeakenedTies},
		{"Ties that appeared", d.AppearedTies}, {"Ties that vanished", d.VanishedTies}} {
		section(w, s.title, len(s.ties))
		for _, t := range s.ties {
			fmt.Fprintf(w, "  %s — %s   %.1f -> %.1f per 1,000 docs (%+.1f); %d -> %d sentences\n",
				t.A, t.B, t.RateBefore, t.RateAfter, t.Change, t.Before, t.After)
			printEvidence(w, t.Evidence)
		}
	}
	printActorChanges(w, d)
	section(w, "Stance flips", len(d.StanceFlips))
	for _, f := range d.StanceFlips {
		fmt.Fprintf(w, "  %s on %s: %+d (%d for, %d against) -> %+d (%d for, %d against)\n", f.Speaker, f.Target,
			f.Before.Support-f.Before.Opposition, f.Before.Support, f.Before.Opposition,
			f.After.Support-f.After.Opposition, f.After.Support, f.After.Opposition)
		for _, st := range f.Evidence {
			printEvidence(w, []query.Evidence{st.Evidence})
		}
	}
	section(w, "Rank shifts (PageRank on co-mentions)", len(d.RankShifts))
	for _, r := range d.RankShifts {
		fmt.Fprintf(w, "  %s: #%d -> #%d (%+d)\n", r.Name, r.Before, r.After, r.Shift)
		printEvidence(w, r.Evidence)
	}
	section(w, "Actors that changed community", len(d.CommunityChanges))
	for _, m := range d.CommunityChanges {
		fmt.Fprintf(w, "  %s: from {%s} to {%s}\n", m.Name, strings.Join(m.From, ", "), strings.Join(m.To, ", "))
		printEvidence(w, m.Evidence)
	}
}

// printActorChanges writes the actors that appeared and vanished.
func printActorChanges(w io.Writer, d query.Diff) {
	for _, s := range []struct {
		title  string
		actors []query.ActorChange
	}{{"Actors that appeared", d.AppearedActors}, {"Actors that vanished", d.VanishedActors}} {
		section(w, s.title, len(s.actors))
		for _, a := range s.actors {
			fmt.Fprintf(w, "  %s (%s): %d -> %d mentions\n", a.Name, a.Type, a.Before, a.After)
			printEvidence(w, a.Evidence)
		}
	}
}

// section writes a section heading, or that it is empty.
func section(w io.Writer, title string, n int) {
	if n == 0 {
		fmt.Fprintf(w, "\n%s: none\n", title)
		return
	}
	fmt.Fprintf(w, "\n%s\n", title)
}

// printEvidence writes sentences under a line, clipped to a line's width.
func printEvidence(w io.Writer, evs []query.Evidence) {
	for _, e := range evs {
		text := e.Text
		if text == "" {
			text = "(" + e.Missing + ")"
		}
		fmt.Fprintf(w, "      [%s] %s\n", e.Doc, clip(strings.Join(strings.Fields(text), " "), 150))
	}
}
