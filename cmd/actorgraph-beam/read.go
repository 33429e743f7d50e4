package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/corpus"
)

// Article is an extract.Document as it travels between Beam stages (the
// Document's Text is not part of its JSON, so it gets a type of its own).
type Article struct {
	ID     string
	Path   string
	Line   int
	Title  string
	Date   string
	URL    string
	Source string
	Text   string
}

func articleOf(d extract.Document) Article {
	return Article{ID: d.ID, Path: d.Path, Line: d.Line, Title: d.Title, Date: d.Date, URL: d.URL,
		Source: d.Source, Text: d.Text}
}

// Document returns the article as the extractor takes it.
func (a Article) Document() extract.Document {
	return extract.Document{ID: a.ID, Path: a.Path, Line: a.Line, Title: a.Title, Date: a.Date, URL: a.URL,
		Source: a.Source, Text: a.Text}
}

// expandFn turns one --input value into the files and folders it names:
// a glob is listed through Beam's file systems (local or gs://), a plain
// path passes as it is (a folder is walked by the corpus reader).
type expandFn struct{}

func (f *expandFn) ProcessElement(ctx context.Context, pattern string, emit func(string)) error {
	if !strings.ContainsAny(pattern, "*?[") {
		emit(pattern)
		return nil
	}
	fs, err := filesystem.New(ctx, pattern)
	if err != nil {
		return fmt.Errorf("input %s: %w", pattern, err)
	}
	defer fs.Close()
	files, err := fs.List(ctx, pattern)
	if err != nil {
		return fmt.Errorf("input %s: %w", pattern, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("input %s: no file matches", pattern)
	}
	slices.Sort(files)
	for _, p := range files {
		emit(p)
	}
	return nil
}

// readFn reads one input with the project's corpus reader
// (corpus.Open), so documents get the same IDs as with
// `actorgraph build`. Inputs on a remote file system (gs://) are copied to
// a local temporary file first and their IDs are given back the remote
// name.
type readFn struct{}

func (f *readFn) ProcessElement(ctx context.Context, input string, emit func(Article)) error {
	local, cleanup, err := localCopy(ctx, input)
	if err != nil {
		return err
	}
	defer cleanup()
	c := corpus.Open([]string{local}, corpus.Options{})
	defer c.Close()
	for {
		d, err := c.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		var se *corpus.SkipError
		if errors.As(err, &se) {
			counterSkipped.Inc(ctx, 1)
			log.Warnf(ctx, "skipped: %v", se)
			continue
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", input, err)
		}
		if local != input {
			d.ID = renamePrefix(d.ID, local, input)
			d.Path = renamePrefix(d.Path, local, input)
		}
		counterRead.Inc(ctx, 1)
		counterBytes.Inc(ctx, int64(len(d.Text)))
		emit(articleOf(d))
	}
}

func renamePrefix(s, from, to string) string {
	if strings.HasPrefix(s, from) {
		return to + s[len(from):]
	}
	return s
}

// localCopy returns a local path for input: input itself when it has no
// URL scheme, else a temporary copy with the same base name.
func localCopy(ctx context.Context, input string) (string, func(), error) {
	if !strings.Contains(input, "://") {
		return input, func() {}, nil
	}
	fs, err := filesystem.New(ctx, input)
	if err != nil {
		return "", nil, fmt.Errorf("open %s: %w", input, err)
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, input)
	if err != nil {
		return "", nil, fmt.Errorf("open %s: %w", input, err)
	}
	defer r.Close()
	dir, err := os.MkdirTemp("", "actorgraph-beam-")
	if err != nil {
		return "", nil, fmt.Errorf("copy %s: %w", input, err)
	}
	cleanup := func() { os.RemoveAll(dir) }
	local := filepath.Join(dir, path.Base(input))
	w, err := os.Create(local)
	if err == nil {
		_, err = io.Copy(w, r)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		cleanup()
		return "", nil, fmt.Errorf("copy %s: %w", input, err)
	}
	return local, cleanup, nil
}
