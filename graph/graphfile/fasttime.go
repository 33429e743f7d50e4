package graphfile

import "github.com/actorgraph/actorgraph/graph"

// The strict parsers of the time data of a graph file (see fastparse.go):
// per-day counts written as arrays of integers, and the time members of a
// node.

// nodeTimeMember parses the value of a time member of a Node (key, day_votes,
// days, seen, merged, inner, inner_stances) into n. bit identifies the key (from 1<<12); for
// another key it is 0 and ok is false.
func nodeTimeMember(b []byte, i int, key []byte, n *graph.Node, t *graph.NodeTime) (bit uint, end int, ok bool) {
	switch string(key) {
	case "key":
		n.Key, end, ok = parseString(b, i)
		return 1 << 12, end, ok
	case "day_votes":
		t.DayVotes, end, ok = parseArray(b, i, parseString)
		return 1 << 13, end, ok
	case "days":
		t.Days, end, ok = parseArray(b, i, parseActorDay)
		return 1 << 14, end, ok
	case "seen":
		t.Seen, end, ok = parseArray(b, i, parseInteger)
		return 1 << 15, end, ok
	case "merged":
		t.Merged, end, ok = parseArray(b, i, parseMergedActor)
		return 1 << 16, end, ok
	case "inner":
		t.Inner, end, ok = parseArray(b, i, parseEdgePart)
		return 1 << 17, end, ok
	case "inner_stances":
		t.InnerStances, end, ok = parseArray(b, i, parseStancePart)
		return 1 << 18, end, ok
	}
	return 0, i, false
}

// parseMergedActor parses a MergedActor.
func parseMergedActor(b []byte, i int) (m graph.MergedActor, _ int, ok bool) {
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "key":
			bit = 1 << 0
			m.Key, i, ok = parseString(b, i)
		case "day_votes":
			bit = 1 << 1
			m.DayVotes, i, ok = parseArray(b, i, parseString)
		case "days":
			bit = 1 << 2
			m.Days, i, ok = parseArray(b, i, parseActorDay)
		case "seen":
			bit = 1 << 3
			m.Seen, i, ok = parseArray(b, i, parseInteger)
		default:
			ok = false
		}
		return bit, i, ok
	})
	return m, i, ok
}

// parseInts parses an array of at least lo and at most hi (if hi >= 0)
// integers; null is not taken.
func parseInts(b []byte, i, lo, hi int) ([]int, int, bool) {
	if i >= len(b) || b[i] != '[' {
		return nil, i, false
	}
	v, end, ok := parseArray(b, i, parseInteger)
	if !ok || len(v) < lo || hi >= 0 && len(v) > hi {
		return nil, i, false
	}
	return v, end, true
}

// parseDayCount parses a DayCount, [day, count, documents].
func parseDayCount(b []byte, i int) (graph.DayCount, int, bool) {
	v, end, ok := parseInts(b, i, 3, 3)
	if !ok {
		return graph.DayCount{}, i, false
	}
	return graph.DayCount{Day: graph.Day(v[0]), Count: v[1], Documents: v[2]}, end, true
}

// parseStanceDay parses a StanceDay, [day, positive, negative, neutral].
func parseStanceDay(b []byte, i int) (graph.StanceDay, int, bool) {
	v, end, ok := parseInts(b, i, 4, 7)
	if !ok {
		return graph.StanceDay{}, i, false
	}
	d, ok := graph.StanceDayOf(v)
	return d, end, ok
}

// parseActorDay parses an ActorDay, [day, mentions, documents, votes...].
func parseActorDay(b []byte, i int) (graph.ActorDay, int, bool) {
	v, end, ok := parseInts(b, i, 3, -1)
	if !ok {
		return graph.ActorDay{}, i, false
	}
	a := graph.ActorDay{Day: graph.Day(v[0]), Mentions: v[1], Documents: v[2]}
	if len(v) > 3 {
		a.Votes = v[3:]
	}
	return a, end, true
}

// parseEdgePart parses an EdgePart.
func parseEdgePart(b []byte, i int) (p graph.EdgePart, _ int, ok bool) {
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "source":
			bit = 1 << 0
			p.Source, i, ok = parseString(b, i)
		case "target":
			bit = 1 << 1
			p.Target, i, ok = parseString(b, i)
		case "days":
			bit = 1 << 2
			p.Days, i, ok = parseArray(b, i, parseDayCount)
		case "sentences":
			bit = 1 << 3
			p.Sentences, i, ok = parseArray(b, i, parseInteger)
		case "refs":
			bit = 1 << 4
			p.Refs, i, ok = parseArray(b, i, parseRef)
		default:
			ok = false
		}
		return bit, i, ok
	})
	return p, i, ok
}

// parseStancePart parses a StancePart.
func parseStancePart(b []byte, i int) (p graph.StancePart, _ int, ok bool) {
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "source":
			bit = 1 << 0
			p.Source, i, ok = parseString(b, i)
		case "target":
			bit = 1 << 1
			p.Target, i, ok = parseString(b, i)
		case "days":
			bit = 1 << 2
			p.Days, i, ok = parseArray(b, i, parseStanceDay)
		default:
			ok = false
		}
		return bit, i, ok
	})
	return p, i, ok
}

// parseDropped parses a Dropped object; null is nil.
func parseDropped(b []byte, i int) (*graph.Dropped, int, bool) {
	if hasLiteral(b, i, "null") {
		return nil, i + 4, true
	}
	d := &graph.Dropped{}
	i, ok := parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "actors":
			bit = 1 << 0
			d.Actors, i, ok = parseArray(b, i, parseMergedActor)
		case "edges":
			bit = 1 << 1
			d.Edges, i, ok = parseArray(b, i, parseEdgePart)
		case "stances":
			bit = 1 << 2
			d.Stances, i, ok = parseArray(b, i, parseStancePart)
		case "statements":
			bit = 1 << 3
			d.Statements, i, ok = parseArray(b, i, parseStatement)
		default:
			ok = false
		}
		return bit, i, ok
	})
	return d, i, ok
}
