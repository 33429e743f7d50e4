package build

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// nodeTimes sets the time data of the nodes of g: key, vote labels, days
// (every form merged into the node included), the documents of surname
// candidates (Seen) and the forms merged into each node (Merged). keys are
// the node keys in node order, resolve maps an actor key to its node key.
func (b *Builder) nodeTimes(g *graph.Graph, keys []string, resolve func(string) string, docIndex map[string]int) {
	parts := map[string][]string{}
	for k := range b.actors {
		if t := resolve(k); t != k {
			parts[t] = append(parts[t], k)
		}
	}
	seen := b.seenDocs(docIndex)
	for i, k := range keys {
		n := &g.Nodes[i]
		n.Key = k
		var days []actorDayAcc
		if a := b.actors[k]; a != nil {
			// A node's key may be no actor's own (a form resolved
			// to a key only others have): its days are its forms'.
			days = slices.Clone(a.days)
		}
		ps := parts[k]
		slices.Sort(ps)
		t := n.Time()
		for _, p := range ps {
			a := b.actors[p]
			days = mergeActorDays(days, a.days)
			m := graph.MergedActor{Key: p, Seen: seen[p]}
			m.DayVotes, m.Days = actorDays(a.days)
			t.Merged = append(t.Merged, m)
		}
		t.DayVotes, t.Days = actorDays(days)
		t.Seen = seen[k]
		n.SetTime(t)
	}
}

// seenDocs returns, for every surname candidate (a one-word key with votes
// for person), the sorted indices of the dated documents that mention it;
// none for a short form's key, which names its one document (unitKey).
func (b *Builder) seenDocs(docIndex map[string]int) map[string][]int {
	seen := map[string][]int{}
	for id, ks := range b.oneWord {
		d, ok := docIndex[id]
		if !ok {
			continue
		}
		for _, k := range ks {
			if strings.Contains(k, unitSep) {
				continue
			}
			if a := b.actors[k]; a != nil && a.personVotes() {
				seen[k] = append(seen[k], d)
			}
		}
	}
	for _, list := range seen {
		slices.Sort(list)
	}
	return seen
}

// mergedNodes marks the nodes that forms were merged into: the targets of
// redirect, by node id.
func mergedNodes(redirect map[string]string, id map[string]int) map[int]bool {
	out := map[int]bool{}
	for _, t := range redirect {
		out[id[t]] = true
	}
	return out
}

// datedDocs marks the dated documents.
func datedDocs(docs []graph.DocRef) []bool {
	out := make([]bool, len(docs))
	for i, d := range docs {
		_, out[i] = graph.ParseDay(d.Date)
	}
	return out
}

// innerRefs returns the sentences of dated documents behind the
// co-mentions acc of two forms of one actor (Node.Inner), examples and
// references, in (document, offset) order without repeats.
func (b *Builder) innerRefs(acc *edgeAcc, docIndex map[string]int, dated []bool) []graph.Ref {
	var out []graph.Ref
	for _, e := range acc.evidence {
		if d := docIndex[e.Doc]; dated[d] {
			out = append(out, graph.Ref{Doc: d, Sentence: e.Sentence, Start: e.Span.Start, End: e.Span.End})
		}
	}
	for _, r := range acc.refs {
		if d := docIndex[b.docIDs[r.doc]]; dated[d] {
			out = append(out, graph.Ref{Doc: d, Sentence: int(r.sentence), Start: int(r.start), End: int(r.end)})
		}
	}
	slices.SortFunc(out, refCompare)
	return slices.CompactFunc(out, func(x, y graph.Ref) bool { return refCompare(x, y) == 0 })
}

// refCompare orders references by document, then offset.
func refCompare(x, y graph.Ref) int {
	if x.Doc != y.Doc {
		return x.Doc - y.Doc
	}
	return x.Start - y.Start
}

// partSentences sets the sentences of the parts of e (Edge.Parts), whose
// accumulators are accs: the indices among e's examples and references of
// those in dated documents.
func (b *Builder) partSentences(e *graph.Edge, accs []*edgeAcc, docIndex map[string]int, dated []bool) {
	if len(accs) == 0 {
		return
	}
	pos := make(map[[2]int]int, len(e.Evidence())+len(e.Refs()))
	for i, ev := range e.Evidence() {
		pos[[2]int{ev.Doc, ev.Start}] = i
	}
	for i, r := range e.Refs() {
		pos[[2]int{r.Doc, r.Start}] = len(e.Evidence()) + i
	}
	for j, acc := range accs {
		var list []int
		add := func(doc, start int) {
			if i, ok := pos[[2]int{doc, start}]; ok && dated[doc] {
				list = append(list, i)
			}
		}
		for _, ev := range acc.evidence {
			add(docIndex[ev.Doc], ev.Span.Start)
		}
		for _, r := range acc.refs {
			add(docIndex[b.docIDs[r.doc]], int(r.start))
		}
		slices.Sort(list)
		e.Parts()[j].Sentences = slices.Compact(list)
	}
}

// ownKeys reports whether the target keys of a statement are the keys of
// its n target nodes: none was merged into another node, and none left
// out (the speaker's own node, a repeat, no actor).
func ownKeys(keys []string, n int, resolve func(string) string) bool {
	if len(keys) != n {
		return false
	}
	for _, k := range keys {
		if resolve(k) != k {
			return false
		}
	}
	return true
}

// droppedActors returns the time data of the actor keys (sorted) that
// resolve to no node (Graph.Dropped): those with days, each apart.
func (b *Builder) droppedActors(keys []string, id map[string]int, resolve func(string) string, docIndex map[string]int) []graph.MergedActor {
	var out []graph.MergedActor
	var seen map[string][]int
	for _, k := range keys {
		if _, ok := id[resolve(k)]; ok {
			continue
		}
		a := b.actors[k]
		if len(a.days) == 0 {
			continue
		}
		if seen == nil {
			seen = b.seenDocs(docIndex)
		}
		m := graph.MergedActor{Key: k, Seen: seen[k]}
		m.DayVotes, m.Days = actorDays(a.days)
		out = append(out, m)
	}
	return out
}
