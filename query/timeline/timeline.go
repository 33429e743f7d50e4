package timeline

import (
	"fmt"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// Granularity is the size of a timeline's buckets.
type Granularity string

// The bucket sizes of a timeline.
const (
	ByDay   Granularity = "day"
	ByWeek  Granularity = "week"
	ByMonth Granularity = "month"
)

// ParseGranularity reads day, week or month ("" is month).
func ParseGranularity(s string) (Granularity, error) {
	switch g := Granularity(s); g {
	case ByDay, ByWeek, ByMonth:
		return g, nil
	case "":
		return ByMonth, nil
	}
	return "", fmt.Errorf("unknown bucket %q (want day, week or month)", s)
}

// bucketOf returns the first day and the label of the bucket of day d:
// the day ("1987-03-02"), its ISO week ("1987-W10", from Monday) or its
// month ("1987-03").
func (by Granularity) bucketOf(d graph.Day) (graph.Day, string) {
	t := d.Time()
	switch by {
	case ByDay:
		return d, d.String()
	case ByWeek:
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		y, w := t.ISOWeek()
		return d - graph.Day(back), fmt.Sprintf("%d-W%02d", y, w)
	}
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	return graph.DayOf(first), first.Format("2006-01")
}

// end returns the last day of the bucket that starts on first.
func (by Granularity) end(first graph.Day) graph.Day {
	switch by {
	case ByDay:
		return first
	case ByWeek:
		return first + 6
	}
	return graph.DayOf(first.Time().AddDate(0, 1, 0)) - 1
}

// Bucket is one period of a timeline. Documents counts the graph's
// documents dated in it, whatever they mention, so that a count can be
// read against the size of the period.
type Bucket struct {
	Period    string `json:"period"`
	Start     string `json:"start"`
	End       string `json:"end"`
	Documents int    `json:"documents"`
	// Mentions are the mentions of the actor, the sentences (co-mention
	// windows) naming both actors of a pair, or every actor mention of
	// the corpus; MentionDocuments the documents they are in (0 for the
	// corpus).
	Mentions         int `json:"mentions"`
	MentionDocuments int `json:"mention_documents"`
	// Support, Opposition and Neutral count statements by polarity:
	// about the actor (made by others), between the two actors (both
	// ways), or all statements of the corpus.
	Support    int `json:"support"`
	Opposition int `json:"opposition"`
	Neutral    int `json:"neutral"`
	// StatementsBy counts the statements the actor made (one actor only).
	StatementsBy int `json:"statements_by,omitempty"`
}

// Timeline is the activity of the corpus, an actor or a pair of actors
// per bucket: only buckets with dated documents are listed.
type Timeline struct {
	By     string   `json:"by"`
	Actors []string `json:"actors"`
	// Undated counts the graph's documents without a date, which no
	// bucket holds.
	Undated int      `json:"undated_documents"`
	Buckets []Bucket `json:"buckets"`
}

// Of returns the activity per bucket of the corpus (no actors), of
// one actor or of a pair (node ids), from the per-day counts of the graph.
func Of(q *graph.Graph, by Granularity, actors ...int) (Timeline, error) {
	if len(actors) > 2 {
		return Timeline{}, fmt.Errorf("timeline: at most two actors, got %d", len(actors))
	}
	tl := Timeline{By: string(by), Actors: []string{}, Buckets: []Bucket{}}
	for _, a := range actors {
		tl.Actors = append(tl.Actors, q.Nodes[a].Name)
	}
	b := newBucketer(by)
	for i := range q.Documents {
		if d, ok := q.DocDay(i); ok {
			b.at(d).Documents++
		} else {
			tl.Undated++
		}
	}
	switch len(actors) {
	case 0:
		corpusActivity(q, b)
	case 1:
		actorActivity(q, b, actors[0])
	default:
		pairActivity(q, b, actors[0], actors[1])
	}
	tl.Buckets = b.list()
	return tl, nil
}

// bucketer collects buckets by first day.
type bucketer struct {
	by      Granularity
	buckets map[graph.Day]*Bucket
}

func newBucketer(by Granularity) *bucketer {
	return &bucketer{by: by, buckets: map[graph.Day]*Bucket{}}
}

// at returns the bucket of day d.
func (b *bucketer) at(d graph.Day) *Bucket {
	first, label := b.by.bucketOf(d)
	bk := b.buckets[first]
	if bk == nil {
		bk = &Bucket{Period: label, Start: first.String(), End: b.by.end(first).String()}
		b.buckets[first] = bk
	}
	return bk
}

// list returns the buckets that hold documents, in time order.
func (b *bucketer) list() []Bucket {
	firsts := make([]graph.Day, 0, len(b.buckets))
	for d, bk := range b.buckets {
		if bk.Documents > 0 {
			firsts = append(firsts, d)
		}
	}
	slices.Sort(firsts)
	out := make([]Bucket, len(firsts))
	for i, d := range firsts {
		out[i] = *b.buckets[d]
	}
	return out
}

// addStance adds the statements of a stance per day.
func (b *bucketer) addStance(s graph.Stance) {
	for _, d := range s.Days {
		bk := b.at(d.Day)
		bk.Support += d.Positive
		bk.Opposition += d.Negative
		bk.Neutral += d.Neutral
	}
}

// corpusActivity adds every actor's mentions and every statement.
func corpusActivity(q *graph.Graph, b *bucketer) {
	for _, n := range q.Nodes {
		for _, d := range n.Days() {
			b.at(d.Day).Mentions += d.Mentions
		}
	}
	for _, s := range q.Stances {
		b.addStance(s)
	}
}

// actorActivity adds an actor's mentions and the statements about it and
// by it.
func actorActivity(q *graph.Graph, b *bucketer, v int) {
	for _, d := range q.Nodes[v].Days() {
		bk := b.at(d.Day)
		bk.Mentions += d.Mentions
		bk.MentionDocuments += d.Documents
	}
	for _, s := range q.Stances {
		if s.Target == v {
			b.addStance(s)
		}
		if s.Source == v {
			for _, d := range s.Days {
				b.at(d.Day).StatementsBy += d.Positive + d.Negative + d.Neutral
			}
		}
	}
}

// pairActivity adds the co-mentions of two actors and their statements
// about each other.
func pairActivity(q *graph.Graph, b *bucketer, u, v int) {
	if ei, ok := q.EdgeBetween(u, v); ok {
		for _, d := range q.Edges[ei].Days() {
			bk := b.at(d.Day)
			bk.Mentions += d.Count
			bk.MentionDocuments += d.Documents
		}
	}
	for _, s := range q.Stances {
		if s.Source == u && s.Target == v || s.Source == v && s.Target == u {
			b.addStance(s)
		}
	}
}
