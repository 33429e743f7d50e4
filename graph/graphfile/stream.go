package graphfile

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// streamMin is the size of the smallest file whose edge list ReadFile
// streams instead of holding the whole file.
const streamMin = 32 << 20

// edgesKey starts the line of the edge list in a file laid out by Write.
var edgesKey = []byte("\n\"edges\": ")

// readStreamed reads a graph file of size bytes laid out by Write without
// holding the text of the edge list, which is most of a large file (500 MB
// of a graph of ten million edges): the text before and after the edge
// list is decoded as usual, with an empty list in its place, and the edges
// are parsed one at a time as the file is read. ok is false for anything
// else (another layout, an element that encoding/json rejects, a read
// error): the caller then reads the file whole, which gives the graph or
// the error.
func readStreamed(r io.Reader, size int64) (*graph.Graph, bool) {
	cr := &chunkReader{r: r, buf: make([]byte, 0, 1<<20)}
	// The text before the edge list. In Write's layout its key starts a
	// line, and the first such line is the top-level key: JSON strings
	// hold no raw newline, nested values are written on one line, and the
	// only other "edges" key (of Dropped) comes later.
	var head []byte
	for {
		if k := bytes.Index(cr.buf[cr.i:], edgesKey); k >= 0 {
			head = append(head, cr.buf[cr.i:cr.i+k+len(edgesKey)]...)
			cr.i += k + len(edgesKey)
			break
		}
		// Keep the last bytes, which may start the key.
		keep := max(cr.i, len(cr.buf)-len(edgesKey))
		head = append(head, cr.buf[cr.i:keep]...)
		cr.i = keep
		if !cr.more() {
			return nil, false
		}
	}
	if !bytes.HasPrefix(head, []byte("{\n\"format\": ")) {
		return nil, false
	}
	edges, ok := streamEdges(cr, size-int64(len(head)))
	if !ok {
		return nil, false
	}
	rest := append(head, "[]"...)
	rest = append(rest, cr.buf[cr.i:]...)
	cr.buf = nil
	tail, err := io.ReadAll(r)
	if err != nil {
		return nil, false
	}
	rest = append(rest, tail...)
	g, ok := decodeFast(rest)
	if !ok || g.Edges == nil || len(g.Edges) != 0 {
		return nil, false
	}
	g.Edges = edges
	return &g, true
}

// streamEdges parses the edge list at the reader's position, an array of
// edge objects, and leaves the reader after it. remain is about the number
// of bytes left in the input, which sizes the list.
func streamEdges(cr *chunkReader, remain int64) ([]graph.Edge, bool) {
	if !cr.skipWS() || cr.buf[cr.i] != '[' {
		return nil, false
	}
	cr.i++
	start := cr.pos()
	out := []graph.Edge{}
	for {
		if !cr.skipWS() {
			return nil, false
		}
		if cr.buf[cr.i] == ']' && len(out) == 0 {
			cr.i++
			return out, true
		}
		// One element, an object, whose end may lie past the bytes read.
		var end int
		for {
			var err error
			if end, err = valueEnd(cr.buf, cr.i); err == nil && end < len(cr.buf) {
				break
			}
			if !cr.more() {
				return nil, false
			}
		}
		elem := cr.buf[cr.i:end]
		if len(elem) == 0 || elem[0] != '{' {
			return nil, false
		}
		// Parsed in its place in the list (no copy of the element).
		out = append(out, graph.Edge{})
		next, ok := parseEdgeInto(cr.buf[:end], cr.i, &out[len(out)-1])
		if !ok || next != end {
			// What the strict parser does not take, encoding/json
			// validates and decodes.
			// (A variable of its own: only this one goes to the heap.)
			var v graph.Edge
			if json.Unmarshal(elem, &v) != nil {
				return nil, false
			}
			out[len(out)-1] = v
		}
		cr.i = end
		if len(out) == sampleSize {
			// Size the list from the length of the first elements.
			if n := float64(remain) * sampleSize / float64(cr.pos()-start); n < 1<<31 {
				out = append(make([]graph.Edge, 0, int(n)+1), out...)
			}
		}
		if !cr.skipWS() {
			return nil, false
		}
		switch cr.buf[cr.i] {
		case ',':
			cr.i++
		case ']':
			cr.i++
			return fitCap(out), true
		default:
			return nil, false
		}
	}
}

// chunkReader reads its input a chunk at a time: buf[i:] are the bytes
// read and not used yet.
type chunkReader struct {
	r    io.Reader
	buf  []byte
	i    int
	read int64 // bytes of the input before buf[0]
}

// more reads more bytes, keeping buf[i:], and grows buf when it is full;
// false at the end of the input or on an error.
func (c *chunkReader) more() bool {
	if c.i > 0 {
		c.read += int64(c.i)
		n := copy(c.buf, c.buf[c.i:])
		c.buf, c.i = c.buf[:n], 0
	}
	if len(c.buf) == cap(c.buf) {
		c.buf = append(c.buf, 0)[:len(c.buf)]
	}
	n, err := c.r.Read(c.buf[len(c.buf):cap(c.buf)])
	c.buf = c.buf[:len(c.buf)+n]
	return n > 0 || err == nil
}

// pos returns the offset of buf[i] in the input.
func (c *chunkReader) pos() int64 { return c.read + int64(c.i) }

// skipWS skips white space and reports whether a byte follows.
func (c *chunkReader) skipWS() bool {
	for {
		c.i = skipWS(c.buf, c.i)
		if c.i < len(c.buf) {
			return true
		}
		if !c.more() {
			return false
		}
	}
}
