package build

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
)

// The per-day accumulators of a Builder. Every count is an integer sum over
// documents, kept in day order, so merging them is associative and
// commutative like the totals they break down.

// vote is a count for one label of an actor ("n:" name, "t:" type, "a:"
// affiliation, "s:" alias; see Node.Votes).
type vote struct {
	label string
	n     int
}

// actorDayAcc is what an actor got on one day.
type actorDayAcc struct {
	day                 graph.Day
	mentions, documents int
	votes               []vote // sorted by label
}

// addVote adds n to label in the sorted list.
func addVote(list []vote, label string, n int) []vote {
	i, found := slices.BinarySearchFunc(list, label, func(v vote, l string) int { return strings.Compare(v.label, l) })
	if found {
		list[i].n += n
		return list
	}
	return slices.Insert(list, i, vote{label, n})
}

// Vote label prefixes (see Node.DayVotes).
const (
	voteName        = "n:"
	voteType        = "t:"
	voteAffiliation = "a:"
	voteAlias       = "s:"
)

// actorDay returns the accumulator of day in the sorted list, inserting it.
func actorDay(list []actorDayAcc, day graph.Day) ([]actorDayAcc, *actorDayAcc) {
	i, found := slices.BinarySearchFunc(list, day, func(a actorDayAcc, d graph.Day) int { return int(a.day) - int(d) })
	if !found {
		list = slices.Insert(list, i, actorDayAcc{day: day})
	}
	return list, &list[i]
}

// addActorDay counts one document's actor on its day, with the same
// weights as the totals: mentions, one document, max(mentions, 1) for its
// name, one for its affiliation and one for its type; one per alias other than the
// name; and its resolution evidence (addEvidenceDay).
func addActorDay(list []actorDayAcc, day graph.Day, a extract.Actor) []actorDayAcc {
	list, d := actorDay(list, day)
	w := max(a.Mentions, 1)
	d.mentions += a.Mentions
	d.documents++
	d.votes = addVote(d.votes, voteName+a.Name, w)
	d.votes = addVote(d.votes, voteType+a.Type.String(), 1)
	if a.Affiliation != "" {
		d.votes = addVote(d.votes, voteAffiliation+a.Affiliation, 1)
	}
	if a.Canonical != "" {
		d.votes = addVote(d.votes, voteCanonical+a.Canonical, 1)
	}
	for _, al := range a.Aliases {
		if al != a.Name {
			d.votes = addVote(d.votes, voteAlias+al, 1)
		}
	}
	addEvidenceDay(d, a)
	return list
}

// mergeActorDays adds the days of o to list.
func mergeActorDays(list, o []actorDayAcc) []actorDayAcc {
	for _, od := range o {
		var d *actorDayAcc
		list, d = actorDay(list, od.day)
		d.mentions += od.mentions
		d.documents += od.documents
		for _, v := range od.votes {
			d.votes = addVote(d.votes, v.label, v.n)
		}
	}
	return list
}

// actorDays returns the days of list with their votes aligned with the
// sorted labels it returns (Node.Votes, Node.Days).
func actorDays(list []actorDayAcc) (labels []string, days []graph.ActorDay) {
	if len(list) == 0 {
		return nil, nil
	}
	for _, d := range list {
		for _, v := range d.votes {
			labels = append(labels, v.label)
		}
	}
	slices.Sort(labels)
	labels = slices.Compact(labels)
	days = make([]graph.ActorDay, len(list))
	for i, d := range list {
		days[i] = graph.ActorDay{Day: d.day, Mentions: d.mentions, Documents: d.documents, Votes: make([]int, len(labels))}
		j := 0
		for _, v := range d.votes {
			for labels[j] != v.label {
				j++
			}
			days[i].Votes[j] = v.n
		}
	}
	return labels, days
}

// actorDayAccs is the inverse of actorDays for the days in [since, until].
func actorDayAccs(labels []string, days []graph.ActorDay, since, until graph.Day) []actorDayAcc {
	var out []actorDayAcc
	for _, d := range days {
		if d.Day < since || d.Day > until {
			continue
		}
		a := actorDayAcc{day: d.Day, mentions: d.Mentions, documents: d.Documents}
		for i, n := range d.Votes {
			if n != 0 && i < len(labels) {
				a.votes = append(a.votes, vote{labels[i], n})
			}
		}
		out = append(out, a)
	}
	return out
}

// dayCount returns the count of day in the sorted list, inserting it.
func dayCount(list []graph.DayCount, day graph.Day) ([]graph.DayCount, *graph.DayCount) {
	i, found := slices.BinarySearchFunc(list, day, func(c graph.DayCount, d graph.Day) int { return int(c.Day) - int(d) })
	if !found {
		list = slices.Insert(list, i, graph.DayCount{Day: day})
	}
	return list, &list[i]
}

// addDayCount adds count and documents on day.
func addDayCount(list []graph.DayCount, day graph.Day, count, documents int) []graph.DayCount {
	list, c := dayCount(list, day)
	c.Count += count
	c.Documents += documents
	return list
}

// mergeDayCounts adds o to list.
func mergeDayCounts(list, o []graph.DayCount) []graph.DayCount {
	for _, c := range o {
		list = addDayCount(list, c.Day, c.Count, c.Documents)
	}
	return list
}

// addStanceDay counts statements on day by polarity, with their
// confidence weights.
func addStanceDay(list []graph.StanceDay, day graph.Day, pos, neg, neu int, w [3]int64) []graph.StanceDay {
	i, found := slices.BinarySearchFunc(list, day, func(s graph.StanceDay, d graph.Day) int { return int(s.Day) - int(d) })
	if !found {
		list = slices.Insert(list, i, graph.StanceDay{Day: day})
	}
	list[i].Positive += pos
	list[i].Negative += neg
	list[i].Neutral += neu
	for k := range w {
		list[i].Weight[k] += w[k]
	}
	return list
}

// mergeStanceDays adds o to list.
func mergeStanceDays(list, o []graph.StanceDay) []graph.StanceDay {
	for _, s := range o {
		list = addStanceDay(list, s.Day, s.Positive, s.Negative, s.Neutral, s.Weight)
	}
	return list
}

// oneWord reports whether an actor key is a single word: only such an
// actor can be a surname merged into a full name (see Builder.Graph).
func oneWord(key string) bool { return !strings.Contains(key, " ") }

// personVotes reports whether an actor was ever typed a person.
func (a *actorAcc) personVotes() bool { return a.kinds.get(extract.KindPerson) > 0 }

// noteOneWord records that dated document id mentions the actor key, if it
// is one word (kept sorted, without repeats).
func (b *Builder) noteOneWord(id, key string) {
	if !oneWord(key) {
		return
	}
	ks := b.oneWord[id]
	if i, found := slices.BinarySearch(ks, key); !found {
		b.oneWord[id] = slices.Insert(ks, i, key)
	}
}

func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

// actorDayRecords returns days as records.
func actorDayRecords(days []actorDayAcc) []ActorDayRecord {
	if len(days) == 0 {
		return nil
	}
	out := make([]ActorDayRecord, len(days))
	for i, d := range days {
		votes := make(map[string]int, len(d.votes))
		for _, v := range d.votes {
			votes[v.label] = v.n
		}
		out[i] = ActorDayRecord{Day: d.day, Mentions: d.mentions, Documents: d.documents, Votes: votes}
	}
	return out
}

// fromActorDayRecords is the inverse of actorDayRecords (records in any
// order; days that repeat are added).
func fromActorDayRecords(recs []ActorDayRecord) []actorDayAcc {
	var out []actorDayAcc
	for _, r := range recs {
		var d *actorDayAcc
		out, d = actorDay(out, r.Day)
		d.mentions += r.Mentions
		d.documents += r.Documents
		for l, n := range r.Votes {
			d.votes = addVote(d.votes, l, n)
		}
	}
	return out
}

// recordedMaxEvidence is the evidence cap as Graph.MaxEvidence records it:
// the default for 0, -1 for no cap.
func (o BuildOptions) recordedMaxEvidence() int {
	switch {
	case o.MaxEvidence == 0:
		return DefaultMaxEvidence
	case o.MaxEvidence < 0:
		return -1
	}
	return o.MaxEvidence
}
