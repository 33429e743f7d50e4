package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/ner/brown"
)

// maxJSONLine bounds one record of a JSON-lines file.
const maxJSONLine = 16 << 20

// addJSONL adds to c the text of the given string fields of every record of
// a JSON-lines file, one line of text at a time. A text already seen (a
// duplicate article or sentence) is skipped. It returns the number of
// texts added.
func addJSONL(c *brown.Corpus, path string, fields []string, seen map[string]bool) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), maxJSONLine)
	var toks []string
	added, line := 0, 0
	for sc.Scan() {
		line++
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return added, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		for _, field := range fields {
			text, _ := rec[field].(string)
			if text == "" || seen[text] {
				continue
			}
			seen[text] = true
			added++
			for _, l := range strings.Split(text, "\n") {
				toks = tokenize(toks[:0], l)
				c.Add(toks)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return added, fmt.Errorf("%s: %w", path, err)
	}
	return added, nil
}

// addCoNLL adds the tokens of the sentences of a CoNLL file (not its tags).
func addCoNLL(c *brown.Corpus, path string) (int, error) {
	docs, err := readFile(path)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			c.Add(s)
			n++
		}
	}
	return n, nil
}

// stringList is a flag that may be given several times.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

// runClusters is the clusters subcommand: Brown clusters of unlabelled text,
// written as a cluster file (see ner.ReadClusters).
func runClusters(args []string, stderr io.Writer) int {
	fs := newFlagSet("clusters", stderr)
	var conll, jsonl stringList
	fs.Var(&conll, "conll", "CoNLL file whose tokens (not tags) join the text; repeatable")
	fs.Var(&jsonl, "jsonl", "JSON-lines file and its text fields, as FILE:field,field; repeatable")
	out := fs.String("o", "", "where to write the cluster file (gzip)")
	clusters := fs.Int("c", 1000, "number of clusters")
	minCount := fs.Int("mincount", 5, "cluster only words seen at least this often")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || len(conll)+len(jsonl) == 0 {
		fmt.Fprintln(stderr, "nertrain clusters: need -o FILE and at least one --conll or --jsonl")
		return 2
	}
	c := brown.NewCorpus()
	seen := make(map[string]bool)
	for _, p := range conll {
		n, err := addCoNLL(c, p)
		if err != nil {
			fmt.Fprintf(stderr, "nertrain: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "nertrain: %s: %d sentences\n", p, n)
	}
	for _, spec := range jsonl {
		path, fields, ok := strings.Cut(spec, ":")
		if !ok || fields == "" {
			fmt.Fprintf(stderr, "nertrain: --jsonl %q: want FILE:field,field\n", spec)
			return 2
		}
		n, err := addJSONL(c, path, strings.Split(fields, ","), seen)
		if err != nil {
			fmt.Fprintf(stderr, "nertrain: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "nertrain: %s: %d texts\n", path, n)
	}
	fmt.Fprintf(stderr, "nertrain: %d tokens\n", c.Tokens())
	words, err := c.Cluster(brown.Options{Clusters: *clusters, MinCount: *minCount, Log: stderr})
	if err != nil {
		fmt.Fprintf(stderr, "nertrain: %v\n", err)
		return 1
	}
	ws := make([]string, len(words))
	ps := make([]string, len(words))
	for i, w := range words {
		ws[i], ps[i] = w.Text, w.Path
	}
	if err := writeClusterFile(*out, ws, ps); err != nil {
		fmt.Fprintf(stderr, "nertrain: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "nertrain: %d words in %s\n", len(words), *out)
	return 0
}

// writeClusterFile writes words and their paths as the cluster file path.
func writeClusterFile(path string, words, paths []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	err = ner.WriteClusters(f, words, paths)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
