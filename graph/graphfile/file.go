package graphfile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// ErrFormat is returned (wrapped) when a file is not an actorgraph graph
// file of a version this program reads.
var ErrFormat = errors.New("not an actorgraph graph file")

// Write writes g as JSON, one top-level field per line and without
// indentation inside (a graph of 100,000 actors and 500,000 edges loads in
// a third of the time of indented JSON). Empty evidence lists and zero
// document counts are left out. The output is byte-identical for equal
// graphs.
func Write(w io.Writer, g *graph.Graph) error {
	return write(w, g, list(g.Nodes), list(g.Edges))
}

// Elements gives the nodes and edges of a graph one at a time, for a graph
// too large to hold as a graph.Graph (an imported edge list of millions of
// edges): Node(i) for i < Nodes and Edge(i) for i < Edges, in file order.
type Elements struct {
	Nodes int
	Node  func(i int) graph.Node
	Edges int
	Edge  func(i int) graph.Edge
}

// WriteElements writes a graph as Write does, its nodes and edges taken
// from el and everything else from g (whose Nodes and Edges are not
// read): the same bytes as Write of the graph with those nodes and edges,
// without holding them all.
func WriteElements(w io.Writer, g *graph.Graph, el Elements) error {
	return write(w, g, seq[graph.Node]{n: el.Nodes, at: el.Node}, seq[graph.Edge]{n: el.Edges, at: el.Edge})
}

// seq is a list given element by element; a nil at is JSON null. shared
// says that at may be called from several goroutines at once (a slice's).
type seq[E any] struct {
	n      int
	at     func(i int) E
	shared bool
}

// list is the seq of a slice.
func list[E any](s []E) seq[E] {
	if s == nil {
		return seq[E]{}
	}
	return seq[E]{n: len(s), at: func(i int) E { return s[i] }, shared: true}
}

// write is Write with the nodes and edges given as sequences.
func write(w io.Writer, g *graph.Graph, nodes seq[graph.Node], edges seq[graph.Edge]) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	head := []struct {
		name string
		v    any
	}{{"format", g.Format}, {"window", g.Window}, {"folded", g.Folded}}
	// The build's caps, when recorded (see graph.Graph.MaxEvidence).
	for _, c := range []struct {
		name string
		v    int
	}{{"max_evidence", g.MaxEvidence}, {"max_refs", g.MaxRefs}, {"max_statements", g.MaxStatements}} {
		if c.v != 0 {
			head = append(head, struct {
				name string
				v    any
			}{c.name, c.v})
		}
	}
	bw.WriteString("{")
	for i, f := range head {
		b, err := json.Marshal(f.v)
		if err != nil {
			return fmt.Errorf("encode graph %s: %w", f.name, err)
		}
		if i > 0 {
			bw.WriteString(",")
		}
		fmt.Fprintf(bw, "\n%q: ", f.name)
		bw.Write(b)
	}
	// The lists are written element by element, with the same bytes as
	// json.Marshal of the whole slice, so that a large graph is never held
	// twice in memory.
	if err := writeList(bw, "documents", list(g.Documents), nil); err != nil {
		return err
	}
	if err := writeList(bw, "nodes", nodes, nil); err != nil {
		return err
	}
	if err := writeList(bw, "edges", edges, appendFlatEdge); err != nil {
		return err
	}
	if err := writeList(bw, "stances", list(g.Stances), nil); err != nil {
		return err
	}
	if err := writeList(bw, "statements", list(g.Statements), nil); err != nil {
		return err
	}
	if err := writeList(bw, "places", list(g.Places), nil); err != nil {
		return err
	}
	if g.Dropped != nil {
		b, err := json.Marshal(g.Dropped)
		if err != nil {
			return fmt.Errorf("encode graph dropped: %w", err)
		}
		bw.WriteString(",\n\"dropped\": ")
		bw.Write(b)
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// chunkLen is the number of elements writeList encodes at a time, and
// parallelMin the list length from which it encodes chunks on several
// goroutines (at most maxEncoders).
const (
	chunkLen    = 256
	parallelMin = 4 * chunkLen
	maxEncoders = 8
)

// writeList writes `,\n"name": [e0,e1,...]` (or null for a nil list).
// fast, if not nil, appends the JSON of an element it knows how to write
// and reports whether it did; json.Marshal writes the others.
//
// The elements are encoded chunkLen at a time, so that a large graph is
// never held twice in memory. A long list given as a slice is encoded by
// up to GOMAXPROCS goroutines, a chunk each, and the chunks written in
// order: the same bytes, in a fraction of the time of a build's serial
// tail (encoding the edges and statements of a 20 MB corpus took a
// quarter of a second on one core).
func writeList[E any](bw *bufio.Writer, name string, list seq[E], fast func([]byte, E) ([]byte, bool)) error {
	fmt.Fprintf(bw, ",\n%q: ", name)
	if list.at == nil {
		bw.WriteString("null")
		return nil
	}
	bw.WriteString("[")
	encoders := 1
	if list.shared && list.n >= parallelMin {
		encoders = max(1, min(runtime.GOMAXPROCS(0), maxEncoders))
	}
	bufs := make([][]byte, encoders)
	errs := make([]error, encoders)
	var wg sync.WaitGroup
	for lo := 0; lo < list.n; lo += encoders * chunkLen {
		for w := range encoders {
			from := min(lo+w*chunkLen, list.n)
			to := min(from+chunkLen, list.n)
			if w == 0 {
				continue // this goroutine's, below
			}
			wg.Go(func() { bufs[w], errs[w] = encodeRange(bufs[w][:0], name, list, from, to, fast) })
		}
		bufs[0], errs[0] = encodeRange(bufs[0][:0], name, list, lo, min(lo+chunkLen, list.n), fast)
		wg.Wait()
		for w := range encoders {
			if errs[w] != nil {
				return errs[w]
			}
			if _, err := bw.Write(bufs[w]); err != nil {
				return err
			}
		}
	}
	bw.WriteString("]")
	return nil
}

// encodeRange appends the JSON of elements from to to-1 of list to buf,
// each after a comma but the list's first.
func encodeRange[E any](buf []byte, name string, list seq[E], from, to int, fast func([]byte, E) ([]byte, bool)) ([]byte, error) {
	for i := from; i < to; i++ {
		if i > 0 {
			buf = append(buf, ',')
		}
		e := list.at(i)
		if fast != nil {
			var ok bool
			if buf, ok = fast(buf, e); ok {
				continue
			}
		}
		// Only this copy goes to the heap, not every element.
		v := e
		b, err := json.Marshal(&v)
		if err != nil {
			return buf, fmt.Errorf("encode graph %s: %w", name, err)
		}
		buf = append(buf, b...)
	}
	return buf, nil
}

// appendFlatEdge appends the JSON of an edge without evidence, references,
// days or parts, as json.Marshal writes it, and reports whether the edge
// is one.
func appendFlatEdge(b []byte, e graph.Edge) ([]byte, bool) {
	if len(e.Evidence()) > 0 || len(e.Refs()) > 0 || len(e.Days()) > 0 || len(e.Parts()) > 0 {
		return b, false
	}
	b = append(b, `{"source":`...)
	b = strconv.AppendInt(b, int64(e.Source), 10)
	b = append(b, `,"target":`...)
	b = strconv.AppendInt(b, int64(e.Target), 10)
	b = append(b, `,"weight":`...)
	b = strconv.AppendInt(b, int64(e.Weight), 10)
	if e.Documents != 0 {
		b = append(b, `,"documents":`...)
		b = strconv.AppendInt(b, int64(e.Documents), 10)
	}
	return append(b, '}'), true
}

// Read reads a graph written by Write and checks that it is consistent.
// Errors about the contents wrap ErrFormat.
//
// The file is parsed by a strict parser of its own, several times faster
// than encoding/json on large graphs. Whatever that parser does not take,
// including every invalid file, is decoded with encoding/json, which gives
// the same graph and the error messages.
func Read(r io.Reader) (*graph.Graph, error) {
	data, err := readAll(r)
	if err != nil {
		return nil, fmt.Errorf("read graph: %w", err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%w: truncated or empty JSON", ErrFormat)
	}
	g, ok := decodeFast(data)
	if !ok {
		if g, err = decodeStd(data); err != nil {
			return nil, err
		}
	}
	if err := check(&g); err != nil {
		return nil, err
	}
	return &g, nil
}

// check checks the format version and the references of a decoded graph.
func check(g *graph.Graph) error {
	if g.Format != graph.Format {
		if g.Format == "" {
			return fmt.Errorf("%w: no \"format\" field (want %q)", ErrFormat, graph.Format)
		}
		return fmt.Errorf("%w: format %q, this version reads %q", ErrFormat, g.Format, graph.Format)
	}
	if err := g.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return nil
}

// decodeStd decodes a graph file with encoding/json. Errors wrap ErrFormat
// and say where the file is wrong.
func decodeStd(data []byte) (graph.Graph, error) {
	var fg fileGraph
	if err := json.Unmarshal(data, &fg); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return graph.Graph{}, fmt.Errorf("%w: truncated or empty JSON", ErrFormat)
		}
		var se *json.SyntaxError
		if errors.As(err, &se) && se.Offset >= int64(len(data)) {
			return graph.Graph{}, fmt.Errorf("%w: truncated JSON (%d bytes)", ErrFormat, len(data))
		}
		if errors.As(err, &se) {
			return graph.Graph{}, fmt.Errorf("%w: invalid JSON at byte %d: %v", ErrFormat, se.Offset, err)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return graph.Graph{}, fmt.Errorf("%w: field %q has the wrong type at byte %d", ErrFormat, te.Field, te.Offset)
		}
		return graph.Graph{}, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	g := fg.Graph
	g.Edges = []graph.Edge(fg.Edges)
	return g, nil
}

// readAll reads r to the end. Reading the whole file first and decoding
// it in one call is about twice as fast as a streaming json.Decoder, which
// grows and copies its buffer as it goes. For a file, the buffer is sized
// from its length up front instead of grown as io.ReadAll does.
func readAll(r io.Reader) ([]byte, error) {
	st, ok := r.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return io.ReadAll(r)
	}
	fi, err := st.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() <= 0 || fi.Size() >= math.MaxInt {
		return io.ReadAll(r)
	}
	// One byte more than the size, so that the end of the file is seen
	// without growing the buffer.
	data := make([]byte, 0, int(fi.Size())+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// ReadFile reads a graph file; errors name the file.
func ReadFile(path string) (*graph.Graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open graph: %w", err)
	}
	defer f.Close()
	// A file is decoded where the system maps it (readMapped) when it
	// can be; one that does not decode so is read as follows, which gives
	// the same graph or the error.
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		if g, ok := readMapped(f, st.Size()); ok {
			return g, nil
		}
	}
	// A large file is read with its edge list streamed (readStreamed);
	// one that does not go that way is read again whole, which gives the
	// same graph or the error. The memory of the reading is collected
	// before the graph is analysed, so that the analysis reuses it.
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() >= streamMin {
		defer runtime.GC()
		if g, ok := readStreamed(f, st.Size()); ok && check(g) == nil {
			return g, nil
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, fmt.Errorf("read graph %s: %w", path, err)
		}
	}
	g, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("read graph %s: %w", path, err)
	}
	return g, nil
}

// readMapped decodes the size bytes of f with the fast reader where the
// system maps them (mapFile), without copying the file into memory, and
// checks the graph. ok is false for a file that cannot be mapped, is not
// in a shape the fast reader knows, does not check, or shrank while it
// was read: the caller then reads it, which gives the graph or the error.
func readMapped(f *os.File, size int64) (*graph.Graph, bool) {
	data, unmap, ok := mapFile(f, size)
	if !ok {
		return nil, false
	}
	defer unmap()
	ctl := &control{guard: true}
	g, ok := decode(data, ctl)
	if !ok || ctl.faulted.Load() || check(&g) != nil {
		return nil, false
	}
	return &g, true
}

// WriteFile writes g to path atomically: to a temporary file in the same
// directory, synced, then renamed over path. An interrupted write leaves the
// previous file intact. (The commands write through out/outfile, which
// also handles links, devices, stdout and inputs.)
func WriteFile(path string, g *graph.Graph) error {
	return WriteFileAtomic(path, func(w io.Writer) error { return Write(w, g) })
}

// WriteFileAtomic calls write with a temporary file next to path and renames
// it to path if write succeeds; otherwise the temporary file is removed and
// path is left as it was. A new file gets the permissions the umask allows,
// an existing one keeps its own.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := createTemp(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if st, serr := os.Stat(path); serr == nil && st.Mode().IsRegular() {
		if err = tmp.Chmod(st.Mode().Perm()); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err = write(tmp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// createTemp creates a new file next to path with mode 0666, which the
// kernel reduces by the umask as for any new file.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	for range 100 {
		name := filepath.Join(dir, "."+base+".tmp"+strconv.FormatUint(rand.Uint64()%1e9, 10))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("cannot make a temporary file name")
}
