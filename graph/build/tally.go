package build

import (
	"cmp"
	"iter"
	"slices"
)

// tally counts keys in a slice kept sorted by key. The builder holds
// four per actor (names, types, affiliations, aliases), and most actors of
// an archive have one to three keys in each: a Go map costs about 200
// bytes for its first key and grows by groups of eight, a tally 24 bytes a
// key. On a build of 44,500 news stories the actors' maps held about 100
// MB before the final pass (bench/2026-12-03-actor-tally.md). A key
// counted zero times is still present (a name that may be displayed with
// no mentions of its own), as in a map.
type tally[K cmp.Ordered] struct {
	e []tallyEntry[K]
}

type tallyEntry[K cmp.Ordered] struct {
	key K
	n   int
}

// find returns the index of k, or where it would be inserted.
func (t *tally[K]) find(k K) (int, bool) {
	return slices.BinarySearchFunc(t.e, k, func(e tallyEntry[K], k K) int { return cmp.Compare(e.key, k) })
}

// add adds n to the count of k, adding k if it is new (also for n = 0).
func (t *tally[K]) add(k K, n int) {
	i, ok := t.find(k)
	if ok {
		t.e[i].n += n
		return
	}
	if len(t.e) == cap(t.e) {
		// Grow by a few entries, not by doubling: most tallies stay small.
		t.e = slices.Grow(t.e, max(1, len(t.e)/2))
	}
	t.e = slices.Insert(t.e, i, tallyEntry[K]{key: k, n: n})
}

// get returns the count of k (0 when absent).
func (t *tally[K]) get(k K) int {
	if i, ok := t.find(k); ok {
		return t.e[i].n
	}
	return 0
}

// has reports whether k was added.
func (t *tally[K]) has(k K) bool {
	_, ok := t.find(k)
	return ok
}

// len returns the number of keys.
func (t *tally[K]) len() int { return len(t.e) }

// all yields the keys and their counts in key order.
func (t *tally[K]) all() iter.Seq2[K, int] {
	return func(yield func(K, int) bool) {
		for _, e := range t.e {
			if !yield(e.key, e.n) {
				return
			}
		}
	}
}

// keys returns the keys in order, in a new slice.
func (t *tally[K]) keys() []K {
	out := make([]K, len(t.e))
	for i, e := range t.e {
		out[i] = e.key
	}
	return out
}

// top returns the key with the highest count, the smallest key on a tie
// (topKey of a map), and false when there is none.
func (t *tally[K]) top() (K, bool) {
	var best K
	bestN, ok := -1, false
	for _, e := range t.e {
		if e.n > bestN { // keys ascend: a tie keeps the smaller one
			best, bestN, ok = e.key, e.n, true
		}
	}
	return best, ok
}

// addAll adds the counts of o.
func (t *tally[K]) addAll(o *tally[K]) {
	for _, e := range o.e {
		t.add(e.key, e.n)
	}
}

// toMap returns the counts as a map (records).
func (t *tally[K]) toMap() map[K]int {
	m := make(map[K]int, len(t.e))
	for _, e := range t.e {
		m[e.key] = e.n
	}
	return m
}
