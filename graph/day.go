package graph

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Day is a calendar day: the number of days since 1970-01-01 (negative
// before). Documents are dated by the day their normalised date names (the
// day as written, in the zone of the source), and the per-day counts of
// nodes, edges, stances and places are keyed by it. In the graph file a
// Day is that integer (1987-02-26 is 6265).
type Day int32

// ParseDay reads the day of a normalised date: its first ten bytes,
// "2006-01-02". ok is false for an empty or other string (a date of an
// older graph file that was not normalised), which counts as undated.
func ParseDay(s string) (d Day, ok bool) {
	if len(s) < 10 || (len(s) > 10 && s[10] != 'T') {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return 0, false
	}
	return DayOf(t), true
}

// DayOf returns the day of t's date in t's location.
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	return Day(floorDiv(u, 86400))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Time returns midnight UTC of the day.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String returns the day as "2006-01-02".
func (d Day) String() string { return d.Time().Format("2006-01-02") }

// DocDay returns the day of document i of g and whether it is dated.
func (g *Graph) DocDay(i int) (Day, bool) { return ParseDay(g.Documents[i].Date) }

// DayCount is a count and a number of documents on one day: of an edge
// (co-mention windows) or a place (mentions). It is written as a JSON
// array [day, count, documents].
type DayCount struct {
	Day       Day
	Count     int
	Documents int
}

// MarshalJSON implements json.Marshaler.
func (c DayCount) MarshalJSON() ([]byte, error) {
	return appendInts(nil, int(c.Day), c.Count, c.Documents), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (c *DayCount) UnmarshalJSON(b []byte) error {
	v, err := intArray(b, 3, 3, "day count [day, count, documents]")
	if err != nil {
		return err
	}
	*c = DayCount{Day: Day(v[0]), Count: v[1], Documents: v[2]}
	return nil
}

// ActorDay is what an actor got on one day: mentions, documents, and the
// votes behind its name, type, affiliation and aliases (see Node.DayVotes).
// It is written as a JSON array [day, mentions, documents, votes...].
type ActorDay struct {
	Day       Day
	Mentions  int
	Documents int
	// Votes are aligned with the labels of the node (Node.DayVotes) or
	// merged actor (MergedActor.DayVotes) that holds the day.
	Votes []int
}

// MarshalJSON implements json.Marshaler.
func (a ActorDay) MarshalJSON() ([]byte, error) {
	b := appendInts(nil, int(a.Day), a.Mentions, a.Documents)
	if len(a.Votes) == 0 {
		return b, nil
	}
	b = b[:len(b)-1]
	for _, v := range a.Votes {
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return append(b, ']'), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (a *ActorDay) UnmarshalJSON(b []byte) error {
	v, err := intArray(b, 3, -1, "actor day [day, mentions, documents, votes...]")
	if err != nil {
		return err
	}
	*a = ActorDay{Day: Day(v[0]), Mentions: v[1], Documents: v[2]}
	if len(v) > 3 {
		a.Votes = v[3:]
	}
	return nil
}

// StanceDay is the statements of one day behind a stance, by polarity,
// and their confidence weights (see Stance.Confidence), by polarity -1, 0
// and 1. It is written as a JSON array [day, positive, negative, neutral],
// followed by the three weights when one of them is not zero.
type StanceDay struct {
	Day                         Day
	Positive, Negative, Neutral int
	Weight                      [3]int64
}

// MarshalJSON implements json.Marshaler.
func (s StanceDay) MarshalJSON() ([]byte, error) {
	if s.Weight == [3]int64{} {
		return appendInts(nil, int(s.Day), s.Positive, s.Negative, s.Neutral), nil
	}
	return appendInts(nil, int(s.Day), s.Positive, s.Negative, s.Neutral,
		int(s.Weight[0]), int(s.Weight[1]), int(s.Weight[2])), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (s *StanceDay) UnmarshalJSON(b []byte) error {
	v, err := intArray(b, 4, 7, "stance day [day, positive, negative, neutral(, weights)]")
	if err != nil {
		return err
	}
	d, ok := StanceDayOf(v)
	if !ok {
		return fmt.Errorf("stance day: %d numbers (want 4 or 7)", len(v))
	}
	*s = d
	return nil
}

// StanceDayOf returns the StanceDay of its JSON numbers (4, or 7 with the
// weights); ok is false for another count.
func StanceDayOf(v []int) (StanceDay, bool) {
	if len(v) != 4 && len(v) != 7 {
		return StanceDay{}, false
	}
	s := StanceDay{Day: Day(v[0]), Positive: v[1], Negative: v[2], Neutral: v[3]}
	if len(v) == 7 {
		s.Weight = [3]int64{int64(v[4]), int64(v[5]), int64(v[6])}
	}
	return s, true
}

// appendInts appends the JSON array of vs to b.
func appendInts(b []byte, vs ...int) []byte {
	b = append(b, '[')
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return append(b, ']')
}

// intArray decodes a JSON array of at least lo and at most hi (if hi >= 0)
// integers.
func intArray(b []byte, lo, hi int, what string) ([]int, error) {
	var v []int
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if len(v) < lo || hi >= 0 && len(v) > hi {
		return nil, fmt.Errorf("%s: %d numbers", what, len(v))
	}
	return v, nil
}
