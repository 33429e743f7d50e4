package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
)

var pathsCommand = &cli.Command{
	Name:      "paths",
	Usage:     "show how two actors are connected, with the sentences behind each hop",
	ArgsUsage: "FROM TO",
	Description: `Finds the k shortest paths between two actors, where strong ties (many shared
sentences) are short (distance = 1/weight), plus the path with the fewest hops,
and prints the evidence sentences of every hop. Names resolve through aliases,
case-insensitively ("witkoff", "Zelenskiy", "Kremlin").

Example:
   actorgraph paths -g graph.json witkoff ushakov --k 3`,
	Flags: []cli.Flag{graphFlag, aliasesFlag, layerFlag,
		&cli.IntFlag{Name: "k", Value: 3, Usage: "number of paths (at most 100)"},
		&cli.IntFlag{Name: "max-hops", Usage: "longest path to consider, in hops (0: any)"},
		&cli.IntFlag{Name: "evidence", Value: 2, Usage: "evidence sentences to print per hop"},
		jsonFlag},
	Action: runPaths,
}

func runPaths(c *cli.Context) error {
	if c.NArg() != 2 {
		return usagef("paths: want two actors, FROM and TO (got %d arguments)", c.NArg())
	}
	l, err := layer(c)
	if err != nil {
		return err
	}
	if k := c.Int("k"); k < 1 || k > query.MaxPaths {
		return usagef("paths: --k must be between 1 and %d", query.MaxPaths)
	}
	if c.Int("max-hops") < 0 {
		return usagef("paths: --max-hops must be 0 (any) or a number of hops")
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	from, err := findActor(q, c.Args().Get(0))
	if err != nil {
		return err
	}
	to, err := findActor(q, c.Args().Get(1))
	if err != nil {
		return err
	}
	conn := q.Paths(from, to, query.PathOptions{Layer: l, K: c.Int("k"), MaxHops: c.Int("max-hops")})
	if err := c.Context.Err(); err != nil {
		return err // interrupted: the result may be partial
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, conn)
	}
	if len(conn.Paths) == 0 && c.Int("max-hops") > 0 {
		return fmt.Errorf("no path of at most %s between %s and %s in the %s layer", plural(c.Int("max-hops"), "hop"), safe(conn.From), safe(conn.To), l)
	}
	if len(conn.Paths) == 0 {
		return fmt.Errorf("%s and %s are not connected in the %s layer", safe(conn.From), safe(conn.To), l)
	}
	var src citedSources
	for _, r := range conn.Paths {
		printPath(c.App.Writer, r, c.Int("evidence"), &src)
	}
	src.write(c.App.Writer)
	return nil
}

// printPath prints one path with at most limit evidence sentences per hop
// (all when limit < 0), citing documents through src.
func printPath(w io.Writer, r query.Path, limit int, src *citedSources) {
	names := make([]string, len(r.Nodes))
	for i, n := range r.Nodes {
		names[i] = safe(n)
	}
	head := strings.Join(names, " — ")
	switch {
	case r.Hops == 1:
		s := r.Steps[0]
		fmt.Fprintf(w, "%s   direct · %s in %s\n", head, plural(int(s.Weight), "sentence"), plural(s.Documents, "article"))
		for _, ev := range firstN(s.Evidence, limit) {
			fmt.Fprintf(w, "  [%s] %s\n", src.cite(ev), clip(ev.Text, 220))
		}
	default:
		note := ""
		if r.FewestHops {
			note = " · fewest hops"
		}
		fmt.Fprintf(w, "%s   %d hops%s\n", head, r.Hops, note)
		for _, s := range r.Steps {
			prefix := fmt.Sprintf("  %s–%s", safe(s.Short[0]), safe(s.Short[1]))
			evs := firstN(s.Evidence, limit)
			if len(evs) == 0 {
				fmt.Fprintf(w, "%s  (%s, no stored sentence)\n", prefix, plural(int(s.Weight), "link"))
			}
			for i, ev := range evs {
				if i > 0 {
					prefix = strings.Repeat(" ", len([]rune(prefix)))
				}
				fmt.Fprintf(w, "%s  [%s] %s\n", prefix, src.cite(ev), clip(ev.Text, 200))
			}
		}
	}
}

// firstN returns the first n elements of list (all when n < 0).
func firstN[T any](list []T, n int) []T {
	if n >= 0 && n < len(list) {
		return list[:n]
	}
	return list
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
