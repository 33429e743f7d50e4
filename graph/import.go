package graph

import (
	"bufio"
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
func ReadEdgeList(r io.Reader, name string) (*Graph, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	b := newImporter()
	weightCol := 2
	first := true
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		fields, rest, err := splitEdgeLine(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if len(fields) == 0 {
			continue
		}
		if first {
			first = false
			if len(fields) >= 2 && strings.EqualFold(fields[0], "source") && strings.EqualFold(fields[1], "target") {
				weightCol = -1
				for i, f := range fields {
					if strings.EqualFold(f, "weight") {
						weightCol = i
					}
				}
				continue
			}
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want \"source target [weight]\", got one field", name, line)
		}
		w := 1.0
		switch {
		case weightCol == 2 && len(fields) > 3:
			err = fmt.Errorf("want \"source target [weight]\", got %d fields", len(fields))
		case rest != "":
			w, err = dictWeight(rest)
		case weightCol >= 0 && weightCol < len(fields):
			w, err = strconv.ParseFloat(fields[weightCol], 64)
			if err != nil {
				err = fmt.Errorf("weight %q is not a number", fields[weightCol])
			}
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		iw, err := importWeight(w)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if fields[0] == "" || fields[1] == "" {
			return nil, fmt.Errorf("%s:%d: empty node name", name, line)
		}
		b.edge(b.node(fields[0]), b.node(fields[1]), iw)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("%s:%d: line longer than 1 MiB", name, line+1)
		}
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return b.graph(), nil
}

// importWeight turns an imported weight into the model's integer weight:
// finite, positive, rounded up.
func importWeight(w float64) (int, error) {
	if math.IsNaN(w) || math.IsInf(w, 0) || w <= 0 {
		return 0, fmt.Errorf("weight %v must be a positive number", w)
	}
	if w > math.MaxInt32 {
		return 0, fmt.Errorf("weight %v too large", w)
	}
	return int(math.Ceil(w)), nil
}

// splitEdgeLine splits a line into fields. A NetworkX attribute dictionary
// ("{...}") ends the fields and is returned as rest.
func splitEdgeLine(s string) (fields []string, rest string, err error) {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n':
			i++
		case c == '#':
			return fields, "", nil
		case c == '{' && len(fields) >= 2:
			return fields, s[i:], nil
		case c == '"':
			var sb strings.Builder
			j := i + 1
			closed := false
			for j < len(s) {
				if s[j] == '"' {
					if j+1 < len(s) && s[j+1] == '"' {
						sb.WriteByte('"')
						j += 2
						continue
					}
					closed = true
					j++
					break
				}
				sb.WriteByte(s[j])
				j++
			}
			if !closed {
				return nil, "", fmt.Errorf("unterminated quote in column %d", i+1)
			}
			fields = append(fields, sb.String())
			i = j
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t,\r\n#", rune(s[j])) {
				j++
			}
			fields = append(fields, s[i:j])
			i = j
		}
	}
	return fields, "", nil
}

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
	index map[string]int
	nodes []Node
	edges []Edge
}

func newImporter() *importer { return &importer{index: map[string]int{}} }

// node returns the provisional id of the named node, adding it if new.
func (b *importer) node(name string) int {
	if id, ok := b.index[name]; ok {
		return id
	}
	id := len(b.nodes)
	b.index[name] = id
	b.nodes = append(b.nodes, Node{Name: name, Type: extract.KindUnknown, Aliases: []string{}})
	return id
}

func (b *importer) edge(u, v, w int) {
	if u != v {
		b.edges = append(b.edges, Edge{Source: u, Target: v, Weight: w})
	}
}

// graph sorts nodes by name, re-indexes the edges and merges them.
func (b *importer) graph() *Graph {
	order := make([]int, len(b.nodes))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return cmp.Compare(b.nodes[x].Name, b.nodes[y].Name) })
	newID := make([]int, len(b.nodes))
	g := &Graph{Format: Format, Documents: []DocRef{}, Stances: []Stance{}, Statements: []Statement{}}
	g.Nodes = make([]Node, len(b.nodes))
	for i, old := range order {
		newID[old] = i
		g.Nodes[i] = b.nodes[old]
		g.Nodes[i].ID = i
	}
	for i := range b.edges {
		b.edges[i].Source = newID[b.edges[i].Source]
		b.edges[i].Target = newID[b.edges[i].Target]
	}
	g.Edges = sumParallelEdges(b.edges)
	if g.Edges == nil {
		g.Edges = []Edge{}
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
