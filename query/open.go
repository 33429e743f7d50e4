package query

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphfile"
	"github.com/actorgraph/actorgraph/query/ingest"
)

// Graph is an actor graph opened for queries: the graph itself, the
// directory its relative source paths are also looked up in, and the
// gazetteer for names the graph does not know, parsed once on first use.
type Graph struct {
	*graph.Graph
	// Base is the directory of the graph file ("" for a graph built on the
	// fly): sources that moved with the graph file are found there.
	Base string
	// Stdin is what a document read from "-" is re-read from (nil: none).
	Stdin io.Reader

	lexicon func() (*lexicon.Lexicon, error)
}

// New returns g opened for queries, its sources looked up under base too.
func New(g *graph.Graph, base string) *Graph {
	return &Graph{Graph: g, Base: base, lexicon: sync.OnceValues(lexicon.Default)}
}

// OpenOptions configures Open.
type OpenOptions struct {
	// Aliases is the alias file applied when articles are built on the
	// fly ("" for none).
	Aliases string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Skipped, if set, is told how many inputs were skipped while
	// building articles on the fly.
	Skipped func(n int)
}

// ErrNoGraph is returned (wrapped) by Open for a path that does not exist.
var ErrNoGraph = errors.New("no such graph file or articles")

// Open opens path: a graph file written by `actorgraph build`, or articles
// (a file or a folder) that are read and built into a graph on the fly.
func Open(ctx context.Context, path string, opts OpenOptions) (*Graph, error) {
	if IsGraphFile(path) {
		g, err := graphfile.ReadFile(path)
		if err != nil {
			return nil, err
		}
		q := New(g, filepath.Dir(path))
		q.Stdin = opts.Stdin
		return q, nil
	}
	if path != "-" {
		if _, err := os.Stat(path); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("graph %s: %w", path, ErrNoGraph)
			}
			return nil, fmt.Errorf("graph: %w", err)
		}
	}
	ex, err := NewExtractor(opts.Aliases)
	if err != nil {
		return nil, err
	}
	g, sum, err := ingest.Run(ctx, []string{path}, ex, ingest.Options{Corpus: corpus.Options{Stdin: opts.Stdin}})
	if err != nil {
		return nil, err
	}
	if n := sum.SkippedTotal(); n > 0 && opts.Skipped != nil {
		opts.Skipped(n)
	}
	q := New(g, "")
	q.Stdin = opts.Stdin
	return q, nil
}

// IsGraphFile reports whether path is a JSON graph file (not articles): a
// regular file whose first bytes carry the graph format's marker.
func IsGraphFile(path string) bool {
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

// AliasError is an alias file that could not be parsed: a mistake of the
// user's, with the file and line.
type AliasError struct{ Err error }

func (e *AliasError) Error() string { return e.Err.Error() }
func (e *AliasError) Unwrap() error { return e.Err }

// NewExtractor returns an extractor with the embedded lexicon and tagger
// model and the alias file at aliasFile applied ("" for none). A file that
// does not parse gives an *AliasError.
func NewExtractor(aliasFile string) (*extract.Extractor, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	if aliasFile != "" {
		f, err := os.Open(aliasFile)
		if err != nil {
			return nil, fmt.Errorf("aliases: %w", err)
		}
		a, err := lexicon.ParseAliases(f, aliasFile)
		f.Close()
		if err != nil {
			return nil, &AliasError{err}
		}
		lex = lex.WithAliases(a)
	}
	model, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load tagger model: %w", err)
	}
	opts := extract.DefaultOptions()
	if opts.Sentiment, err = polarity.Default(); err != nil {
		return nil, fmt.Errorf("load polarity model: %w", err)
	}
	return extract.New(lex, model, opts), nil
}
