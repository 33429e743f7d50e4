package graph

import "slices"

// nodeTimes sets the time data of the nodes of g: key, vote labels, days
// (every form merged into the node included), the documents of surname
// candidates (Seen) and the forms merged into each node (Merged). keys are
// the node keys in node order, resolve maps an actor key to its node key.
func (b *Builder) nodeTimes(g *Graph, keys []string, resolve func(string) string, docIndex map[string]int) {
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
		for _, p := range ps {
			a := b.actors[p]
			days = mergeActorDays(days, a.days)
			m := MergedActor{Key: p, Seen: seen[p]}
			m.DayVotes, m.Days = actorDays(a.days)
			n.Merged = append(n.Merged, m)
		}
		n.DayVotes, n.Days = actorDays(days)
		n.Seen = seen[k]
	}
}

// seenDocs returns, for every surname candidate (a one-word key with votes
// for person), the sorted indices of the dated documents that mention it.
func (b *Builder) seenDocs(docIndex map[string]int) map[string][]int {
	seen := map[string][]int{}
	for id, ks := range b.oneWord {
		d, ok := docIndex[id]
		if !ok {
			continue
		}
		for _, k := range ks {
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
