package importer

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// ReadEdgeList reads a weighted edge list made elsewhere into a graph; name
// labels errors ("name:line: …").
//
// The format: one edge per line, "source target [weight]", fields separated
// by white space, tabs or commas. A field may be double-quoted to hold
// separators, with "" for a quote inside. '#' starts a comment outside
// quotes; blank lines are skipped. A first line whose fields are "source"
// and "target" (any case) is a header, and a "weight" column in it is used
// (Gephi's edge CSV). NetworkX's write_edgelist lines "a b {'weight': 2}"
// are understood too. A missing weight is 1.
//
// Weights must be finite and positive. The graph stores integer weights, so
// a fractional weight is rounded up (0.2 becomes 1, 2.5 becomes 3), which
// keeps every listed edge. Self-loops are dropped and repeated pairs, in
// either direction, have their weights added. Nodes are sorted by name
// with type extract.KindUnknown; Mentions is the node's total edge weight.
// ReadEdgeListWith says what was rounded and left out, and can refuse
// fractional weights instead.
func ReadEdgeList(r io.Reader, name string) (*graph.Graph, error) {
	g, _, err := ReadEdgeListWith(r, name, Options{Round: true})
	return g, err
}

// ReadEdgeListWith is ReadEdgeList with weights handled as opts says, and
// a report of what was rounded and left out.
func ReadEdgeListWith(r io.Reader, name string, opts Options) (*graph.Graph, Report, error) {
	im, rep, err := ReadEdgeListCompact(r, name, opts)
	if err != nil {
		return nil, rep, err
	}
	return im.Graph(), rep, nil
}

// ReadEdgeListCompact is ReadEdgeListWith returning the graph in the
// compact form of Imported, which a graph of millions of edges needs:
// about 16 bytes an edge instead of the 128 of a graph.Edge.
func ReadEdgeListCompact(r io.Reader, name string, opts Options) (*Imported, Report, error) {
	var rep Report
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	b := newImporter()
	weightCol := 2
	first := true
	line := 0
	var fields [][]byte
	for sc.Scan() {
		line++
		text := sc.Bytes()
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\ufeff"))
		}
		var rest []byte
		var err error
		fields, rest, err = splitEdgeLine(fields[:0], text)
		if err != nil {
			return nil, rep, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if len(fields) == 0 {
			continue
		}
		if first {
			first = false
			if len(fields) >= 2 && bytes.EqualFold(fields[0], []byte("source")) && bytes.EqualFold(fields[1], []byte("target")) {
				weightCol = -1
				for i, f := range fields {
					if bytes.EqualFold(f, []byte("weight")) {
						weightCol = i
					}
				}
				continue
			}
		}
		if len(fields) < 2 {
			return nil, rep, fmt.Errorf("%s:%d: want \"source target [weight]\", got one field", name, line)
		}
		w := 1.0
		switch {
		case weightCol == 2 && len(fields) > 3:
			err = fmt.Errorf("want \"source target [weight]\", got %d fields", len(fields))
		case len(rest) > 0:
			w, err = dictWeight(string(rest))
		case weightCol >= 0 && weightCol < len(fields):
			w, err = strconv.ParseFloat(string(fields[weightCol]), 64)
			if err != nil {
				err = fmt.Errorf("weight %q is not a number", fields[weightCol])
			}
		}
		if err != nil {
			return nil, rep, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		iw, rounded, err := opts.weight(w)
		if err != nil {
			return nil, rep, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if rounded {
			rep.Rounded++
		}
		if len(fields[0]) == 0 || len(fields[1]) == 0 {
			return nil, rep, fmt.Errorf("%s:%d: empty node name", name, line)
		}
		b.edge(b.nodeBytes(fields[0]), b.nodeBytes(fields[1]), iw)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, rep, fmt.Errorf("%s:%d: line longer than 1 MiB", name, line+1)
		}
		return nil, rep, fmt.Errorf("read %s: %w", name, err)
	}
	rep.SelfLoops = b.selfLoops
	return b.finish(), rep, nil
}

// splitEdgeLine appends the fields of a line to fields. A NetworkX
// attribute dictionary ("{...}") ends the fields and is returned as rest.
// Unquoted fields alias the line; quoted ones are copied.
func splitEdgeLine(fields [][]byte, s []byte) (_ [][]byte, rest []byte, err error) {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case isEdgeSep(c):
			i++
		case c == '#':
			return fields, nil, nil
		case c == '{' && len(fields) >= 2:
			return fields, s[i:], nil
		case c == '"':
			var f []byte
			j := i + 1
			closed := false
			for j < len(s) {
				if s[j] == '"' {
					if j+1 < len(s) && s[j+1] == '"' {
						f = append(f, '"')
						j += 2
						continue
					}
					closed = true
					j++
					break
				}
				f = append(f, s[j])
				j++
			}
			if !closed {
				return nil, nil, fmt.Errorf("unterminated quote in column %d", i+1)
			}
			if f == nil {
				f = []byte{}
			}
			fields = append(fields, f)
			i = j
		default:
			j := i
			for j < len(s) && !isEdgeSep(s[j]) && s[j] != '#' {
				j++
			}
			fields = append(fields, s[i:j])
			i = j
		}
	}
	return fields, nil, nil
}

func isEdgeSep(c byte) bool { return c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n' }

var dictWeightRE = regexp.MustCompile(`['"]weight['"]\s*:\s*([^,}\s]+)`)

// dictWeight reads the weight from a NetworkX attribute dictionary, 1 when
// it has none.
func dictWeight(s string) (float64, error) {
	m := dictWeightRE.FindStringSubmatch(s)
	if m == nil {
		return 1, nil
	}
	w, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, fmt.Errorf("weight %q is not a number", m[1])
	}
	return w, nil
}

// WriteEdgeList writes the co-mention edges of g as a weighted edge list
// that ReadEdgeList reads back: a comment line, then one
// "source<TAB>target<TAB>weight" line per edge in edge order. Names that
// contain white space, commas, quotes or '#' are double-quoted, with inner
// quotes doubled.
func WriteEdgeList(w io.Writer, g *graph.Graph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# actorgraph edge list: source target weight")
	for _, e := range g.Edges {
		if e.Source < 0 || e.Target < 0 || e.Source >= len(g.Nodes) || e.Target >= len(g.Nodes) {
			return fmt.Errorf("write edge list: edge %d–%d out of range", e.Source, e.Target)
		}
		bw.WriteString(quoteField(g.Nodes[e.Source].Name))
		bw.WriteByte('\t')
		bw.WriteString(quoteField(g.Nodes[e.Target].Name))
		bw.WriteByte('\t')
		bw.WriteString(strconv.Itoa(e.Weight))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write edge list: %w", err)
	}
	return nil
}

func quoteField(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\r\n,\"#") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
