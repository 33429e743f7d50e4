package query

import (
	"bufio"
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
	"github.com/actorgraph/actorgraph/query/cite"
	"github.com/actorgraph/actorgraph/query/ingest"
	"github.com/actorgraph/actorgraph/query/period"
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
	labels  func() []string
	ctx     context.Context // see WithContext
}

// New returns g opened for queries, its sources looked up under base too.
func New(g *graph.Graph, base string) *Graph {
	return &Graph{Graph: g, Base: base, lexicon: sync.OnceValues(lexicon.Default),
		labels: sync.OnceValue(func() []string { return cite.DocLabels(g) })}
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
	// Summary, if set, is given the summary of a build on the fly.
	Summary func(ingest.Summary)
	// Since and Until, if set, keep the period they bound (see
	// period.ParseBounds; relative spans count back from the newest document's
	// day): the graph opened is the graph of that period's documents
	// (Graph.Between).
	Since, Until string
}

// ErrNoGraph is returned (wrapped) by Open for a path that does not exist.
var ErrNoGraph = errors.New("no such graph file or articles")

// Open opens path: a graph file written by `actorgraph build`, or articles
// (a file or a folder) that are read and built into a graph on the fly.
func Open(ctx context.Context, path string, opts OpenOptions) (*Graph, error) {
	q, err := open(ctx, path, opts)
	if err != nil || opts.Since == "" && opts.Until == "" {
		return q, err
	}
	ref, ok := period.Newest(q.Graph)
	if !ok {
		return nil, fmt.Errorf("graph %s: %w (a graph built before dates were read, or from undated articles); --since and --until need dated documents", path, period.ErrUndated)
	}
	p, err := period.ParseBounds(opts.Since, opts.Until, ref)
	if err != nil {
		return nil, err
	}
	return q.Between(p)
}

// open is Open without the period.
func open(ctx context.Context, path string, opts OpenOptions) (*Graph, error) {
	stdin := opts.Stdin
	if path == "-" && stdin != nil {
		// A graph file piped in (`-g -`) is read as one; anything else on
		// stdin is articles.
		g, br, err := readStream(ctx, "standard input", func() (io.Reader, error) { return stdin, nil })
		if err != nil || g != nil {
			return opened(ctx, g, "", opts), err
		}
		stdin, opts.Stdin = br, br
	}
	if path != "-" {
		st, err := os.Stat(path)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("graph %s: %w", path, ErrNoGraph)
			}
			return nil, fmt.Errorf("graph: %w", err)
		}
		if st.Mode().IsRegular() {
			// A graph file or article that cannot be read is an error,
			// not an empty set of articles.
			f, err := os.Open(path)
			if err != nil {
				return nil, fmt.Errorf("graph: %w", err)
			}
			f.Close()
		} else if !st.IsDir() {
			// A FIFO, a process substitution or a device: read once, as
			// a graph file or as articles.
			g, br, err := openStream(ctx, path)
			if err != nil || g != nil {
				return opened(ctx, g, "", opts), err
			}
			path, stdin = "-", br
		}
	}
	if IsGraphFile(path) {
		g, err := Cancellable(ctx, func() (*graph.Graph, error) { return graphfile.ReadFile(path) })
		if err != nil {
			return nil, err
		}
		return opened(ctx, g, filepath.Dir(path), opts), nil
	}
	ex, err := NewExtractorContext(ctx, opts.Aliases)
	if err != nil {
		return nil, err
	}
	g, sum, err := ingest.Run(ctx, []string{path}, ex, ingest.Options{Corpus: corpus.Options{Stdin: stdin}})
	if err != nil {
		return nil, err
	}
	if opts.Summary != nil {
		opts.Summary(sum)
	}
	if n := sum.SkippedTotal(); n > 0 && opts.Skipped != nil {
		opts.Skipped(n)
	}
	if sum.Used == 0 {
		why := ""
		if len(sum.Skips) > 0 {
			why = " (" + sum.Skips[0] + ")"
		}
		return nil, fmt.Errorf("%s: %w%s", path, ErrNoDocument, why)
	}
	return opened(ctx, g, "", opts), nil
}

// opened returns g opened for queries under ctx (nil for a nil g).
func opened(ctx context.Context, g *graph.Graph, base string, opts OpenOptions) *Graph {
	if g == nil {
		return nil
	}
	q := New(g, base)
	q.Stdin = opts.Stdin
	q.ctx = ctx
	return q
}

// openStream opens a path that is not a regular file (a FIFO, /dev/stdin,
// a process substitution) and reads it once (readStream).
func openStream(ctx context.Context, path string) (*graph.Graph, io.Reader, error) {
	return readStream(ctx, path, func() (io.Reader, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("graph: %w", err)
		}
		return f, nil // stays open for the article readers
	})
}

// readStream reads a stream that can be read only once: a graph file is
// returned as a graph; anything else as a reader over the whole stream
// for the article readers. Opening and reading stop when ctx is done.
func readStream(ctx context.Context, name string, open func() (io.Reader, error)) (*graph.Graph, io.Reader, error) {
	type opened struct {
		g  *graph.Graph
		br *bufio.Reader
	}
	o, err := Cancellable(ctx, func() (opened, error) {
		r, err := open()
		if err != nil {
			return opened{}, err
		}
		br := bufio.NewReaderSize(r, 64<<10)
		head, _ := br.Peek(512)
		if !isGraphHead(head, name) {
			return opened{br: br}, nil
		}
		if c, ok := r.(io.Closer); ok && r != os.Stdin {
			defer c.Close()
		}
		g, err := graphfile.Read(br)
		if err != nil {
			return opened{}, fmt.Errorf("read graph %s: %w", name, err)
		}
		return opened{g: g}, nil
	})
	return o.g, o.br, err
}

// ErrNoDocument is returned (wrapped) by Open for articles of which no
// document could be used: a command then writes nothing rather than an
// empty graph, table or figure.
var ErrNoDocument = errors.New("no document could be used (every input was skipped or empty)")

// IsGraphFile reports whether path is a JSON graph file (not articles): a
// regular file whose first bytes carry the graph format's marker.
func IsGraphFile(path string) bool {
	// Only regular files: opening a FIFO blocks, and reading its head
	// would take the bytes from the article readers.
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return isGraphHead(head[:n], path)
}

// isGraphHead reports whether the first bytes of a file carry the graph
// format's marker.
func isGraphHead(head []byte, path string) bool {
	return bytes.Contains(head, []byte(`"format": "actorgraph-graph/`)) ||
		bytes.Contains(head, []byte(`"format":"actorgraph-graph/`)) ||
		(filepath.Ext(path) == ".json" && bytes.Contains(head, []byte(`"format"`)) && bytes.Contains(head, []byte(`"nodes"`)))
}

// readAliases opens and parses an alias file; a parse error is an
// *AliasError.
func readAliases(path string) (*lexicon.Aliases, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	defer f.Close()
	a, err := lexicon.ParseAliases(f, path)
	if err != nil {
		return nil, &AliasError{err}
	}
	return a, nil
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
	return NewExtractorContext(context.Background(), aliasFile)
}

// NewExtractorContext is NewExtractor; reading the alias file (which may
// be a FIFO that never opens) stops with ctx.Err() when ctx is done.
func NewExtractorContext(ctx context.Context, aliasFile string) (*extract.Extractor, error) {
	// Loading the gazetteer and the tagger takes a second or two, and the
	// alias file may be a FIFO nobody writes to: all of it in the
	// background, left behind when ctx is done.
	return Cancellable(ctx, func() (*extract.Extractor, error) {
		// The tagger and the polarity model decode in goroutines of their
		// own while the gazetteer loads: on two cores a build's start-up
		// is then the longest of the three, not their sum.
		var (
			model  *ner.Model
			pol    *polarity.Model
			nerErr error
			polErr error
			wg     sync.WaitGroup
		)
		wg.Go(func() { model, nerErr = ner.Default() })
		wg.Go(func() { pol, polErr = polarity.Default() })
		lex, err := lexicon.Default()
		if err != nil {
			err = fmt.Errorf("load lexicon: %w", err)
		} else if aliasFile != "" {
			var a *lexicon.Aliases
			if a, err = readAliases(aliasFile); err == nil {
				lex = lex.WithAliases(a)
			}
		}
		wg.Wait()
		switch {
		case err != nil:
			return nil, err
		case nerErr != nil:
			return nil, fmt.Errorf("load tagger model: %w", nerErr)
		case polErr != nil:
			return nil, fmt.Errorf("load polarity model: %w", polErr)
		}
		opts := extract.DefaultOptions()
		opts.Sentiment = pol
		return extract.New(lex, model, opts), nil
	})
}
