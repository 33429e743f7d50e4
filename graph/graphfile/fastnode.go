package graphfile

import (
	"github.com/actorgraph/actorgraph/extract"
)

// parseCounts parses an object of integers (Node.Kinds), or null. A key
// that repeats or needs unescaping leaves the element to encoding/json.
func parseCounts(b []byte, i int) (map[string]int, int, bool) {
	if hasLiteral(b, i, "null") {
		return nil, i + 4, true
	}
	m := map[string]int{}
	end, ok := parseObject(b, i, func(key []byte, i int) (uint, int, bool) {
		if _, dup := m[string(key)]; dup {
			return 0, i, false
		}
		n, end, ok := parseInteger(b, i)
		m[string(key)] = n
		return 0, end, ok
	})
	return m, end, ok
}

// parseVotes parses a Node.Votes object, or null.
func parseVotes(b []byte, i int) (*extract.Votes, int, bool) {
	if hasLiteral(b, i, "null") {
		return nil, i + 4, true
	}
	v := new(extract.Votes)
	end, ok := parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		var p *int
		switch string(key) {
		case "person":
			bit, p = 1<<0, &v.Person
		case "org":
			bit, p = 1<<1, &v.Org
		case "nonperson":
			bit, p = 1<<2, &v.NonPerson
		case "agent":
			bit, p = 1<<3, &v.Agent
		case "work":
			bit, p = 1<<4, &v.Work
		case "product":
			bit, p = 1<<5, &v.Product
		case "event":
			bit, p = 1<<6, &v.Event
		case "group":
			bit, p = 1<<7, &v.Group
		case "source":
			bit, p = 1<<8, &v.Source
		case "cited":
			bit, p = 1<<9, &v.Cited
		case "initial":
			bit, p = 1<<10, &v.Initial
		case "measure":
			bit, p = 1<<11, &v.Measure
		case "site":
			bit, p = 1<<12, &v.Site
		default:
			return 0, i, false
		}
		*p, i, ok = parseInteger(b, i)
		return bit, i, ok
	})
	return v, end, ok
}
