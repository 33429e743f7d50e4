package query

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/graph"
)

// ErrNoDigest is returned (wrapped) for a document the graph records
// without a digest: a graph file is untrusted input (it is shared, and can
// be crafted to name any file), so only files it vouches for with the
// digest of their text are opened, and only text that matches is shown.
var ErrNoDigest = errors.New("the graph records no digest of its text, so it is not re-read")

// ErrSourceChanged is returned (wrapped) when a source file no longer holds
// the text a graph was built from: its digest differs from DocRef.Digest.
var ErrSourceChanged = errors.New("source changed since the graph was built")

// Sources re-reads the sentences behind references (Ref, or Evidence
// without text) from the documents' source files, through the same readers
// that build uses, so that offsets fall on the same bytes. Each file is read
// once per Load however many of its documents are asked for; texts are kept
// until the Sources is dropped. A Sources is not safe for concurrent use.
type Sources struct {
	g    *graph.Graph
	opts corpus.Options
	// Base is tried as the directory of relative source paths that do not
	// exist as given (the graph file's directory, typically).
	base  string
	texts map[int]string
	errs  map[int]error
}

// NewSources returns a Sources for the documents of g. Relative paths that
// do not exist from the working directory are looked up under base too
// (ignored if empty).
func NewSources(g *graph.Graph, base string, opts corpus.Options) *Sources {
	return &Sources{g: g, opts: opts, base: base, texts: map[int]string{}, errs: map[int]error{}}
}

// Load reads the documents of the evidence whose text is not stored and
// that are not loaded yet, one pass over each source file. Failures are
// kept per document and returned by Text.
func (s *Sources) Load(evs ...graph.Evidence) {
	byPath := map[string][]int{}
	queued := map[int]bool{}
	for _, ev := range evs {
		d := ev.Doc
		if ev.Text != "" || d < 0 || d >= len(s.g.Documents) {
			continue
		}
		if _, done := s.texts[d]; done {
			continue
		}
		if _, done := s.errs[d]; done {
			continue
		}
		ref := s.g.Documents[d]
		if ref.Path == "" || ref.Path == "-" {
			s.errs[d] = fmt.Errorf("document %s came from standard input and cannot be re-read", ref.ID)
			continue
		}
		if ref.Digest == "" {
			s.errs[d] = fmt.Errorf("document %s: %w", ref.ID, ErrNoDigest)
			continue
		}
		if !queued[d] {
			queued[d] = true
			byPath[ref.Path] = append(byPath[ref.Path], d)
		}
	}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		s.loadFile(p, byPath[p])
	}
}

// loadFile reads path and keeps the analysed text of the wanted documents.
func (s *Sources) loadFile(path string, want []int) {
	fail := func(err error) {
		for _, d := range want {
			s.errs[d] = err
		}
	}
	open := path
	if _, err := os.Stat(open); err != nil && s.base != "" && !filepath.IsAbs(path) {
		if _, err2 := os.Stat(filepath.Join(s.base, path)); err2 == nil {
			open = filepath.Join(s.base, path)
		}
	}
	if st, err := os.Stat(open); err != nil {
		fail(fmt.Errorf("re-read %s: %w", path, err))
		return
	} else if st.IsDir() {
		fail(fmt.Errorf("re-read %s: is a folder, not the source file", path))
		return
	} else if !st.Mode().IsRegular() {
		// A device or a FIFO named by a crafted graph could block or
		// never end.
		fail(fmt.Errorf("re-read %s: not a regular file (%v)", path, st.Mode().Type()))
		return
	}
	byID := make(map[string]int, len(want))
	for _, d := range want {
		byID[s.g.Documents[d].ID] = d
	}
	rd := corpus.Open([]string{open}, s.opts)
	defer rd.Close()
	// Whole-file documents take the path they were opened with as ID;
	// the graph has the path given at build time.
	wholeFile := len(want) == 1 && s.g.Documents[want[0]].Line == 0
	for len(byID) > 0 {
		doc, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var se *corpus.SkipError
		if errors.As(err, &se) {
			continue
		}
		if err != nil {
			fail(fmt.Errorf("re-read %s: %w", path, err))
			return
		}
		d, ok := byID[doc.ID]
		if !ok && wholeFile {
			d, ok = want[0], true
		}
		if !ok {
			continue
		}
		delete(byID, s.g.Documents[d].ID)
		text := doc.AnalysedText()
		if build.TextDigest(text) != s.g.Documents[d].Digest {
			s.errs[d] = fmt.Errorf("re-read %s (document %s): %w", path, s.g.Documents[d].ID, ErrSourceChanged)
			continue
		}
		s.texts[d] = text
	}
	for id, d := range byID {
		s.errs[d] = fmt.Errorf("re-read %s: document %s not found", path, id)
	}
}

// Text returns the sentence of ev: its stored text, or the bytes
// [Start, End) of its document's text re-read from the source. Load the
// document first (Text loads it alone otherwise).
func (s *Sources) Text(ev graph.Evidence) (string, error) {
	if ev.Text != "" {
		return ev.Text, nil
	}
	if _, ok := s.texts[ev.Doc]; !ok {
		if _, failed := s.errs[ev.Doc]; !failed {
			s.Load(ev)
		}
	}
	if err, failed := s.errs[ev.Doc]; failed {
		return "", err
	}
	text, ok := s.texts[ev.Doc]
	if !ok {
		return "", fmt.Errorf("document %d of %d is not in the graph", ev.Doc, len(s.g.Documents))
	}
	if ev.Start < 0 || ev.End < ev.Start || ev.End > len(text) {
		return "", fmt.Errorf("re-read %s: offsets %d-%d outside its %d bytes", s.g.Documents[ev.Doc].ID, ev.Start, ev.End, len(text))
	}
	return text[ev.Start:ev.End], nil
}
