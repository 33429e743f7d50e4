package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/ingest"
)

// Flags shared by several commands.
var (
	jsonFlag  = &cli.BoolFlag{Name: "json", Usage: "print JSON instead of a table"}
	graphFlag = &cli.StringFlag{Name: "graph", Aliases: []string{"g"}, Value: "graph.json",
		Usage: "graph file made by 'actorgraph build', or articles (a folder or files) to build from on the fly"}
	topFlag     = &cli.IntFlag{Name: "top", Usage: "show only the first `N` rows (0: all)"}
	layerFlag   = &cli.StringFlag{Name: "layer", Value: "comention", Usage: "relation to analyse: comention, stance, congruence, conflict or combined"}
	aliasesFlag = &cli.StringFlag{Name: "aliases", Usage: "alias `FILE` that adds, merges, splits or ignores actors"}
	workersFlag = &cli.IntFlag{Name: "workers", Usage: "extraction workers (0: one per core)"}
	windowFlag  = &cli.StringFlag{Name: "window", Value: "sentence", Usage: "co-mention window: sentence, paragraph or document"}
)

// newExtractor loads the embedded lexicon and tagger, with the user's alias
// file applied.
func newExtractor(aliasPath string) (*extract.Extractor, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	if aliasPath != "" {
		f, err := os.Open(aliasPath)
		if err != nil {
			return nil, fmt.Errorf("aliases: %w", err)
		}
		a, err := lexicon.ParseAliases(f, aliasPath)
		f.Close()
		if err != nil {
			return nil, &usageError{err}
		}
		lex = lex.WithAliases(a)
	}
	model, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load tagger model: %w", err)
	}
	return extract.New(lex, model, extract.DefaultOptions()), nil
}

// loadGraph returns the graph named by -g: a graph file, or articles that
// are built into a graph on the fly.
func loadGraph(c *cli.Context) (*graph.Graph, error) {
	path := c.String(graphFlag.Name)
	if isGraphFile(path) {
		return graph.ReadFile(path)
	}
	if _, err := os.Stat(path); err != nil {
		if path == graphFlag.Value && !c.IsSet(graphFlag.Name) {
			return nil, usagef("no graph.json here: build one with 'actorgraph build ARTICLES -o graph.json' or pass -g")
		}
		return nil, fmt.Errorf("graph: %w", err)
	}
	ex, err := newExtractor(c.String(aliasesFlag.Name))
	if err != nil {
		return nil, err
	}
	g, sum, err := ingest.Run(c.Context, []string{path}, ex, ingest.Options{Corpus: corpusOptions(c)})
	if err != nil {
		return nil, err
	}
	if n := sum.SkippedTotal(); n > 0 {
		fmt.Fprintf(c.App.ErrWriter, "actorgraph: %d inputs skipped while building %s\n", n, path)
	}
	return g, nil
}

// isGraphFile reports whether path is a JSON graph file (not articles).
func isGraphFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.IsDir() {
		return false
	}
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return bytes.Contains(head[:n], []byte(`"format": "actorgraph-graph/`)) ||
		bytes.Contains(head[:n], []byte(`"format":"actorgraph-graph/`)) ||
		(filepath.Ext(path) == ".json" && bytes.Contains(head[:n], []byte(`"format"`)) && bytes.Contains(head[:n], []byte(`"nodes"`)))
}

func corpusOptions(c *cli.Context) corpus.Options {
	return corpus.Options{Stdin: c.App.Reader}
}

// findActor resolves a command-line actor name in g, falling back on the
// gazetteer ("Kremlin" -> Russia) when the graph has no such alias.
func findActor(g *graph.Graph, name string) (int, error) {
	id, err := g.Find(name)
	if err == nil {
		return id, nil
	}
	if _, ok := err.(*graph.NotFoundError); ok {
		if lex, lerr := lexicon.Default(); lerr == nil {
			for _, e := range lex.LookupFold(name) {
				if e.Kind == extract.KindUnknown {
					continue
				}
				if id, err2 := g.Find(e.Name); err2 == nil {
					return id, nil
				}
			}
		}
	}
	return -1, &usageError{err}
}

// ctxErr returns the context's error wrapped for the exit code.
func ctxErr(ctx context.Context) error { return ctx.Err() }
