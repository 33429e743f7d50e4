package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
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
		&cli.IntFlag{Name: "k", Value: 3, Usage: "number of paths"},
		&cli.IntFlag{Name: "max-hops", Usage: "longest path to consider, in hops (0: any)"},
		&cli.IntFlag{Name: "evidence", Value: 2, Usage: "evidence sentences to print per hop"},
		jsonFlag},
	Action: runPaths,
}

type hopRecord struct {
	From      string           `json:"from"`
	To        string           `json:"to"`
	Weight    float64          `json:"weight"`
	Documents int              `json:"documents"`
	Evidence  []evidenceRecord `json:"evidence"`
	short     [2]string
}

type pathRecord struct {
	Nodes      []string    `json:"nodes"`
	Hops       int         `json:"hops"`
	Cost       float64     `json:"cost"`
	FewestHops bool        `json:"fewest_hops,omitempty"`
	Steps      []hopRecord `json:"steps"`
}

func runPaths(c *cli.Context) error {
	if c.NArg() != 2 {
		return usagef("paths: want two actors, FROM and TO (got %d arguments)", c.NArg())
	}
	layer, err := graph.ParseLayer(c.String(layerFlag.Name))
	if err != nil {
		return &usageError{err}
	}
	if c.Int("k") < 1 {
		return usagef("paths: --k must be at least 1")
	}
	g, err := loadGraph(c)
	if err != nil {
		return err
	}
	from, err := findActor(g, c.Args().Get(0))
	if err != nil {
		return err
	}
	to, err := findActor(g, c.Args().Get(1))
	if err != nil {
		return err
	}
	n := graph.Project(g, layer)
	paths := graph.KShortestPaths(n, from, to, c.Int("k"), c.Int("max-hops"))
	// A direct link is what a reader asks for first: show it first even
	// when a path through two strong ties costs less.
	if w, ok := n.Weight(from, to); ok && from != to {
		direct := graph.Path{Nodes: []int{from, to}, Cost: graph.Distance(w), Hops: 1}
		rest := paths[:0:0]
		for _, p := range paths {
			if p.Hops != 1 {
				rest = append(rest, p)
			}
		}
		if len(rest) >= c.Int("k") {
			rest = rest[:c.Int("k")-1]
		}
		paths = append([]graph.Path{direct}, rest...)
	}
	var fewest *graph.Path
	if fp, ok := graph.FewestHops(n, from, to); ok {
		dup := false
		for _, p := range paths {
			if p.Hops == fp.Hops {
				dup = true
			}
		}
		if !dup && (c.Int("max-hops") == 0 || fp.Hops <= c.Int("max-hops")) {
			fewest = &fp
		}
	}
	limit := c.Int("evidence")
	mk := func(p graph.Path, fewestHops bool) pathRecord {
		r := pathRecord{Hops: p.Hops, Cost: p.Cost, FewestHops: fewestHops}
		for _, v := range p.Nodes {
			r.Nodes = append(r.Nodes, g.Nodes[v].Name)
		}
		for _, h := range p.Steps(n) {
			hr := hopRecord{From: g.Nodes[h.From].Name, To: g.Nodes[h.To].Name, Weight: h.Weight, Evidence: []evidenceRecord{},
				short: [2]string{shortName(&g.Nodes[h.From]), shortName(&g.Nodes[h.To])}}
			if ei, ok := g.EdgeBetween(h.From, h.To); ok {
				e := g.Edges[ei]
				hr.Documents = e.Documents
				for i, ev := range e.Evidence {
					if limit >= 0 && i >= limit && !c.Bool("json") {
						break
					}
					hr.Evidence = append(hr.Evidence, newEvidence(g, ev))
				}
			}
			r.Steps = append(r.Steps, hr)
		}
		return r
	}
	var recs []pathRecord
	for _, p := range paths {
		recs = append(recs, mk(p, false))
	}
	if fewest != nil {
		recs = append(recs, mk(*fewest, true))
	}
	if c.Bool("json") {
		if recs == nil {
			recs = []pathRecord{}
		}
		return out.WriteJSON(c.App.Writer, struct {
			From  string       `json:"from"`
			To    string       `json:"to"`
			Layer string       `json:"layer"`
			Paths []pathRecord `json:"paths"`
		}{g.Nodes[from].Name, g.Nodes[to].Name, string(layer), recs})
	}
	if len(recs) == 0 {
		return fmt.Errorf("%s and %s are not connected in the %s layer", g.Nodes[from].Name, g.Nodes[to].Name, layer)
	}
	w := c.App.Writer
	for _, r := range recs {
		printPath(w, r)
	}
	return nil
}

func printPath(w io.Writer, r pathRecord) {
	head := strings.Join(r.Nodes, " — ")
	switch {
	case r.Hops == 1:
		s := r.Steps[0]
		fmt.Fprintf(w, "%s   direct · %s in %s\n", head, plural(int(s.Weight), "sentence"), plural(s.Documents, "article"))
		for _, ev := range s.Evidence {
			fmt.Fprintf(w, "  [%s] %s\n", docLabel(ev.Doc), clip(ev.Text, 220))
		}
	default:
		note := ""
		if r.FewestHops {
			note = " · fewest hops"
		}
		fmt.Fprintf(w, "%s   %d hops%s\n", head, r.Hops, note)
		for _, s := range r.Steps {
			prefix := fmt.Sprintf("  %s–%s", s.short[0], s.short[1])
			if len(s.Evidence) == 0 {
				fmt.Fprintf(w, "%s  (%s, no stored sentence)\n", prefix, plural(int(s.Weight), "link"))
			}
			for i, ev := range s.Evidence {
				if i > 0 {
					prefix = strings.Repeat(" ", len([]rune(prefix)))
				}
				fmt.Fprintf(w, "%s  [%s] %s\n", prefix, docLabel(ev.Doc), clip(ev.Text, 200))
			}
		}
	}
}

// shortName is the short form of an actor in a hop line: a person's
// surname, any other actor's full name.
func shortName(n *graph.Node) string {
	f := strings.Fields(n.Name)
	if n.Type == extract.KindPerson && len(f) > 1 && len(f) <= 4 {
		return f[len(f)-1]
	}
	return n.Name
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
