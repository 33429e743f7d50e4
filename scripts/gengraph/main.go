// Command gengraph writes a generated weighted graph as an edge list, for
// the whole-process analysis benchmarks of scripts/bench.sh:
//
//	go run ./scripts/gengraph -kind planted -n 100000 -m 500000 > planted.txt
//	go run ./scripts/gengraph -kind hubs -n 100000 -m 5 > hubs.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
	"github.com/actorgraph/actorgraph/graph/importer"
)

func main() {
	kind := flag.String("kind", "planted", "planted (communities) or hubs (preferential attachment)")
	n := flag.Int("n", 1000, "nodes")
	m := flag.Int("m", 5000, "edges (planted) or edges per new node (hubs)")
	c := flag.Int("c", 0, "communities for planted (0: n/100)")
	mixing := flag.Float64("mixing", 0.2, "share of edges between communities (planted)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	var g *graph.Graph
	switch *kind {
	case "planted":
		k := *c
		if k <= 0 {
			k = max(2, *n/100)
		}
		g = generate.PlantedPartition(*n, k, *m, *mixing, *seed)
	case "hubs":
		g = generate.PreferentialAttachment(*n, *m, *seed)
	default:
		fmt.Fprintf(os.Stderr, "gengraph: unknown kind %q\n", *kind)
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := importer.WriteEdgeList(w, g); err != nil {
		fmt.Fprintf(os.Stderr, "gengraph: %v\n", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "gengraph: %v\n", err)
		os.Exit(1)
	}
}
