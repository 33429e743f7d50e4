package importer

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
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
	return b.graph(), rep, nil
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

// importer collects imported nodes and edges by name.
type importer struct {
	index     map[string]int
	nodes     []graph.Node
	edges     []importEdge
	stances   []importStance
	selfLoops int // edges and stances from a node to itself, left out
}

// importStance is a directed stance edge under construction.
type importStance struct {
	u, v          int32
	pos, neg, neu int32
}

// stance records a stance edge from u to v with statement counts.
func (b *importer) stance(u, v, pos, neg, neu int) {
	if u == v {
		b.selfLoops++
		return
	}
	c := func(x int) int32 { return int32(min(max(x, 0), math.MaxInt32)) }
	b.stances = append(b.stances, importStance{int32(u), int32(v), c(pos), c(neg), c(neu)})
}

// importEdge is an edge under construction: 16 bytes against 64 for Edge.
type importEdge struct {
	u, v int32
	w    int32
	docs int32
}

func newImporter() *importer { return &importer{index: map[string]int{}} }

// node returns the provisional id of the named node, adding it if new.
func (b *importer) node(name string) int {
	if id, ok := b.index[name]; ok {
		return id
	}
	id := len(b.nodes)
	b.index[name] = id
	b.nodes = append(b.nodes, graph.Node{Name: name, Type: extract.KindUnknown, Aliases: []string{}})
	return id
}

// nodeBytes is node for a name held in bytes; it allocates only for new
// names.
func (b *importer) nodeBytes(name []byte) int {
	if id, ok := b.index[string(name)]; ok {
		return id
	}
	return b.node(string(name))
}

func (b *importer) edge(u, v, w int) { b.edgeDocs(u, v, w, 0) }

func (b *importer) edgeDocs(u, v, w, docs int) {
	if u == v {
		b.selfLoops++
		return
	}
	b.edges = append(b.edges, importEdge{int32(u), int32(v), int32(min(w, math.MaxInt32)), int32(min(docs, math.MaxInt32))})
}

// graph sorts nodes by name, re-indexes the edges and merges them.
func (b *importer) graph() *graph.Graph {
	order := make([]int, len(b.nodes))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return cmp.Compare(b.nodes[x].Name, b.nodes[y].Name) })
	newID := make([]int, len(b.nodes))
	g := &graph.Graph{Format: graph.Format, Documents: []graph.DocRef{}, Stances: []graph.Stance{}, Statements: []graph.Statement{}}
	g.Nodes = make([]graph.Node, len(b.nodes))
	for i, old := range order {
		newID[old] = i
		g.Nodes[i] = b.nodes[old]
		g.Nodes[i].ID = i
	}
	ed := b.edges
	for i, e := range ed {
		u, v := int32(newID[e.u]), int32(newID[e.v])
		if u > v {
			u, v = v, u
		}
		ed[i].u, ed[i].v = u, v
	}
	slices.SortFunc(ed, func(x, y importEdge) int {
		if c := cmp.Compare(x.u, y.u); c != 0 {
			return c
		}
		return cmp.Compare(x.v, y.v)
	})
	k := 0
	for _, e := range ed {
		if k > 0 && ed[k-1].u == e.u && ed[k-1].v == e.v {
			ed[k-1].w = int32(min(int64(ed[k-1].w)+int64(e.w), math.MaxInt32))
			ed[k-1].docs = int32(min(int64(ed[k-1].docs)+int64(e.docs), math.MaxInt32))
			continue
		}
		ed[k] = e
		k++
	}
	g.Edges = make([]graph.Edge, k)
	for i, e := range ed[:k] {
		g.Edges[i] = graph.Edge{Source: int(e.u), Target: int(e.v), Weight: int(e.w), Documents: int(e.docs), Evidence: []graph.Evidence{}}
	}
	st := b.stances
	for i, e := range st {
		st[i].u, st[i].v = int32(newID[e.u]), int32(newID[e.v])
	}
	slices.SortFunc(st, func(x, y importStance) int {
		if c := cmp.Compare(x.u, y.u); c != 0 {
			return c
		}
		return cmp.Compare(x.v, y.v)
	})
	for _, e := range st {
		if n := len(g.Stances); n > 0 && g.Stances[n-1].Source == int(e.u) && g.Stances[n-1].Target == int(e.v) {
			last := &g.Stances[n-1]
			last.Positive += int(e.pos)
			last.Negative += int(e.neg)
			last.Neutral += int(e.neu)
			continue
		}
		g.Stances = append(g.Stances, graph.Stance{Source: int(e.u), Target: int(e.v), Positive: int(e.pos),
			Negative: int(e.neg), Neutral: int(e.neu), Evidence: []graph.Evidence{}})
	}
	keepMentions := false
	for _, nd := range g.Nodes {
		keepMentions = keepMentions || nd.Mentions > 0
	}
	if !keepMentions {
		for _, e := range g.Edges {
			g.Nodes[e.Source].Mentions += e.Weight
			g.Nodes[e.Target].Mentions += e.Weight
		}
	}
	return g
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
