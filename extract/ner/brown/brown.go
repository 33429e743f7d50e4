package brown

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
)

// Corpus collects the words of a text and the pairs of adjacent words.
type Corpus struct {
	ids    map[string]int32
	words  []string
	counts []int64
	seq    []int32 // word ids; -1 ends a sentence
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus { return &Corpus{ids: make(map[string]int32)} }

// Add adds the tokens of one sentence. Adjacent pairs do not cross
// sentences.
func (c *Corpus) Add(tokens []string) {
	if len(tokens) == 0 {
		return
	}
	for _, t := range tokens {
		id, ok := c.ids[t]
		if !ok {
			id = int32(len(c.words))
			c.ids[t] = id
			c.words = append(c.words, strings.Clone(t))
			c.counts = append(c.counts, 0)
		}
		c.counts[id]++
		c.seq = append(c.seq, id)
	}
	c.seq = append(c.seq, -1)
}

// Tokens returns the number of tokens added.
func (c *Corpus) Tokens() int { return len(c.seq) - c.sentences() }

// sentences returns the number of sentences added.
func (c *Corpus) sentences() int {
	n := 0
	for _, id := range c.seq {
		if id < 0 {
			n++
		}
	}
	return n
}

// Options controls Cluster.
type Options struct {
	// Clusters is the number c of active clusters of the windowed
	// algorithm, and so the number of leaves of the tree (default 1000).
	Clusters int
	// MinCount leaves out the words seen fewer times (default 1: none).
	MinCount int
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// Word is a clustered word: its text, how often it occurs and the bit
// string of its cluster ('0' and '1' from the root down).
type Word struct {
	Text  string
	Count int64
	Path  string
}

// Cluster clusters the words of the corpus seen at least opts.MinCount
// times and returns them in order of decreasing count (then by text).
func (c *Corpus) Cluster(opts Options) ([]Word, error) {
	if opts.Clusters <= 0 {
		opts.Clusters = 1000
	}
	if opts.Clusters < 2 {
		return nil, errors.New("brown: need at least 2 clusters")
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 1
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	var vocab []int32
	for id, n := range c.counts {
		if n >= int64(opts.MinCount) {
			vocab = append(vocab, int32(id))
		}
	}
	if len(vocab) == 0 {
		return nil, errors.New("brown: no word is frequent enough")
	}
	slices.SortFunc(vocab, func(a, b int32) int {
		if r := cmp.Compare(c.counts[b], c.counts[a]); r != 0 {
			return r
		}
		return strings.Compare(c.words[a], c.words[b])
	})
	rank := make([]int32, len(c.words))
	for i := range rank {
		rank[i] = -1
	}
	for r, id := range vocab {
		rank[id] = int32(r)
	}
	counts := make([]float64, len(vocab))
	for r, id := range vocab {
		counts[r] = float64(c.counts[id])
	}
	right, left := c.adjacency(rank, len(vocab))
	st := newState(min(opts.Clusters, len(vocab)), counts, right, left)
	paths := st.run(opts.Log)
	out := make([]Word, len(vocab))
	for r, id := range vocab {
		out[r] = Word{Text: c.words[id], Count: c.counts[id], Path: paths[r]}
	}
	return out, nil
}

// adj is a sparse matrix in compressed rows: the neighbours of word w are
// nb[off[w]:off[w+1]] with counts cnt[...].
type adj struct {
	off []int32
	nb  []int32
	cnt []float64
}

// adjacency returns, for each word rank, its right neighbours and its left
// neighbours (ranks of n words) with the number of times they are adjacent.
func (c *Corpus) adjacency(rank []int32, n int) (right, left adj) {
	var keys []uint64
	prev := int32(-1)
	for _, id := range c.seq {
		r := int32(-1)
		if id >= 0 {
			r = rank[id]
		}
		if prev >= 0 && r >= 0 {
			keys = append(keys, uint64(prev)<<32|uint64(r))
		}
		prev = r
	}
	build := func(keys []uint64) adj {
		slices.Sort(keys)
		a := adj{off: make([]int32, n+1)}
		for i := 0; i < len(keys); {
			j := i
			for j < len(keys) && keys[j] == keys[i] {
				j++
			}
			w := int32(keys[i] >> 32)
			a.off[w+1]++
			a.nb = append(a.nb, int32(uint32(keys[i])))
			a.cnt = append(a.cnt, float64(j-i))
			i = j
		}
		for w := range n {
			a.off[w+1] += a.off[w]
		}
		return a
	}
	right = build(keys)
	for i, k := range keys {
		keys[i] = k<<32 | k>>32
	}
	left = build(keys)
	return right, left
}

// state is the clustering in progress: S = c+1 slots, each holding an
// active cluster or free.
type state struct {
	c, S        int
	counts      []float64 // per word
	right, left adj
	n           []float64 // n[x*S+y]: times a word of x precedes a word of y
	marg        []float64 // per slot: count of its words
	loss        []float64 // loss[x*S+y], x < y: loss of merging x and y
	act         []bool
	acts        []int // active slots in increasing order
	members     [][]int32
	wslot       []int32 // per word: its slot, -1 before it is added
	mark        []bool  // scratch: slots next to the smaller merged cluster
	tmp         []float64
	flog        []float64 // flog[i] = i ln i
}

// flogSize bounds the counts whose x ln x is looked up rather than computed.
const flogSize = 1 << 16

func newState(c int, counts []float64, right, left adj) *state {
	S := c + 1
	st := &state{
		c: c, S: S, counts: counts, right: right, left: left,
		n:       make([]float64, S*S),
		marg:    make([]float64, S),
		loss:    make([]float64, S*S),
		act:     make([]bool, S),
		members: make([][]int32, S),
		wslot:   make([]int32, len(counts)),
		mark:    make([]bool, S),
		tmp:     make([]float64, S),
		flog:    make([]float64, flogSize),
	}
	for i := range st.wslot {
		st.wslot[i] = -1
	}
	for i := 1; i < flogSize; i++ {
		st.flog[i] = float64(i) * math.Log(float64(i))
	}
	return st
}

// f returns x ln x (0 for 0) of a count x.
func (st *state) f(x float64) float64 {
	if x < flogSize {
		return st.flog[int(x)]
	}
	return x * math.Log(x)
}

// key returns the index in loss of the pair s, t.
func (st *state) key(s, t int) int {
	if s > t {
		s, t = t, s
	}
	return s*st.S + t
}

// h is the change that merging s and t makes to the terms of a third
// cluster u (its counts with s and t become one count with the merge); it
// is zero unless u is adjacent to both.
func (st *state) h(s, t, u int) float64 {
	S, n := st.S, st.n
	r := 0.0
	if a, b := n[s*S+u], n[t*S+u]; a != 0 && b != 0 {
		r = st.f(a) + st.f(b) - st.f(a+b)
	}
	if a, b := n[u*S+s], n[u*S+t]; a != 0 && b != 0 {
		r += st.f(a) + st.f(b) - st.f(a+b)
	}
	return r
}

// hu is h(s, t, m) for the cluster m that merging a and b makes.
func (st *state) hu(s, t, a, b int) float64 {
	S, n := st.S, st.n
	r := 0.0
	if x, y := n[s*S+a]+n[s*S+b], n[t*S+a]+n[t*S+b]; x != 0 && y != 0 {
		r = st.f(x) + st.f(y) - st.f(x+y)
	}
	if x, y := n[a*S+s]+n[b*S+s], n[a*S+t]+n[b*S+t]; x != 0 && y != 0 {
		r += st.f(x) + st.f(y) - st.f(x+y)
	}
	return r
}

// hm is h(m, t, u) for the cluster m that merging a and b makes.
func (st *state) hm(a, b, t, u int) float64 {
	S, n := st.S, st.n
	r := 0.0
	if x, y := n[a*S+u]+n[b*S+u], n[t*S+u]; x != 0 && y != 0 {
		r = st.f(x) + st.f(y) - st.f(x+y)
	}
	if x, y := n[u*S+a]+n[u*S+b], n[u*S+t]; x != 0 && y != 0 {
		r += st.f(x) + st.f(y) - st.f(x+y)
	}
	return r
}

// inner is the change in the counts among s and t themselves, which become
// one count when they merge.
func (st *state) inner(ss, stt, ts, tt float64) float64 {
	return st.f(ss) + st.f(stt) + st.f(ts) + st.f(tt) - st.f(ss+stt+ts+tt)
}

// margin is the change in the marginal terms when clusters of counts x and
// y merge.
func (st *state) margin(x, y float64) float64 {
	return 2 * (st.f(x+y) - st.f(x) - st.f(y))
}

// neighbours returns the active slots other than s and except that are
// adjacent to s, in increasing order.
func (st *state) neighbours(dst []int, s, except int) []int {
	S, n := st.S, st.n
	for _, u := range st.acts {
		if u != s && u != except && (n[s*S+u] != 0 || n[u*S+s] != 0) {
			dst = append(dst, u)
		}
	}
	return dst
}

// setActive marks slot s active or free and keeps acts sorted.
func (st *state) setActive(s int, on bool) {
	st.act[s] = on
	st.acts = st.acts[:0]
	for u, a := range st.act {
		if a {
			st.acts = append(st.acts, u)
		}
	}
}

// add puts word w into the free slot z and computes the losses of the new
// pairs.
func (st *state) add(w int32, z int, nb []int) []int {
	S, n := st.S, st.n
	st.wslot[w] = int32(z)
	st.members[z] = append(st.members[z][:0], w)
	st.marg[z] = st.counts[w]
	st.setActive(z, true)
	r := st.right
	for i := r.off[w]; i < r.off[w+1]; i++ {
		if s := st.wslot[r.nb[i]]; s >= 0 {
			n[z*S+int(s)] += r.cnt[i]
		}
	}
	l := st.left
	for i := l.off[w]; i < l.off[w+1]; i++ {
		if v := l.nb[i]; v != w {
			if s := st.wslot[v]; s >= 0 {
				n[int(s)*S+z] += l.cnt[i]
			}
		}
	}
	nb = st.neighbours(nb[:0], z, -1)
	// Every pair of z's neighbours now also has z as a third cluster.
	for i, s := range nb {
		for _, t := range nb[i+1:] {
			st.loss[st.key(s, t)] += st.h(s, t, z)
		}
	}
	for _, t := range st.acts {
		if t == z {
			continue
		}
		v := st.inner(n[z*S+z], n[z*S+t], n[t*S+z], n[t*S+t]) + st.margin(st.marg[z], st.marg[t])
		for _, u := range nb {
			if u != t {
				v += st.h(z, t, u)
			}
		}
		st.loss[st.key(z, t)] = v
	}
	return nb
}

// best returns the active pair of least loss (the first in slot order on
// ties).
func (st *state) best() (int, int) {
	ba, bb, bl := -1, -1, math.Inf(1)
	for i, s := range st.acts {
		row := st.loss[s*st.S:]
		for _, t := range st.acts[i+1:] {
			if row[t] < bl {
				ba, bb, bl = s, t, row[t]
			}
		}
	}
	return ba, bb
}

// merge merges the clusters of slots a and b, frees one slot and updates
// the losses. It returns the slot of the merged cluster, the slot freed and
// the scratch space nb.
func (st *state) merge(a, b int, nb []int) (int, int, []int) {
	S, n := st.S, st.n
	// Let b be the cluster with fewer neighbours: only pairs next to it
	// change.
	na := st.neighbours(nb[:0], a, b)
	cntA := len(na)
	nb = st.neighbours(na[:0], b, a)
	if len(nb) > cntA {
		a, b = b, a
		nb = st.neighbours(nb[:0], b, a)
	}
	for _, u := range nb {
		st.mark[u] = true
	}
	// Pairs of other clusters, with u = a, b becoming u = m.
	for _, s := range nb {
		for _, t := range st.acts {
			if t == a || t == b || t == s || st.mark[t] && t < s {
				continue
			}
			st.loss[st.key(s, t)] += st.hu(s, t, a, b) - st.h(s, t, a) - st.h(s, t, b)
		}
	}
	// Pairs of the merged cluster, from the pairs of a.
	ma := st.marg[a] + st.marg[b]
	mm := n[a*S+a] + n[a*S+b] + n[b*S+a] + n[b*S+b]
	for _, t := range st.acts {
		if t == a || t == b {
			continue
		}
		v := st.loss[st.key(a, t)] - st.h(a, t, b) -
			st.inner(n[a*S+a], n[a*S+t], n[t*S+a], n[t*S+t]) - st.margin(st.marg[a], st.marg[t])
		for _, u := range nb {
			if u != t {
				v += st.hm(a, b, t, u) - st.h(a, t, u)
			}
		}
		v += st.inner(mm, n[a*S+t]+n[b*S+t], n[t*S+a]+n[t*S+b], n[t*S+t]) + st.margin(ma, st.marg[t])
		st.tmp[t] = v
	}
	for _, u := range nb {
		st.mark[u] = false
	}
	for _, u := range st.acts {
		n[a*S+u] += n[b*S+u]
	}
	for _, u := range st.acts {
		n[u*S+a] += n[u*S+b]
	}
	for _, u := range st.acts {
		n[b*S+u], n[u*S+b] = 0, 0
	}
	st.marg[a], st.marg[b] = ma, 0
	for _, w := range st.members[b] {
		st.wslot[w] = int32(a)
	}
	st.members[a] = append(st.members[a], st.members[b]...)
	st.members[b] = st.members[b][:0]
	st.setActive(b, false)
	for _, t := range st.acts {
		if t != a {
			st.loss[st.key(a, t)] = st.tmp[t]
		}
	}
	return a, b, nb
}

// run clusters every word and returns the path of each.
func (st *state) run(log io.Writer) []string {
	start := time.Now()
	var nb []int
	V := len(st.counts)
	for w := range V {
		z := slices.Index(st.act, false)
		nb = st.add(int32(w), z, nb)
		if len(st.acts) == st.S {
			a, b := st.best()
			_, _, nb = st.merge(a, b, nb)
		}
		if (w+1)%5000 == 0 {
			fmt.Fprintf(log, "brown: %d/%d words in %v\n", w+1, V, time.Since(start).Round(time.Second))
		}
	}
	// The leaves of the tree: the clusters left.
	type node struct{ parent, bit int32 }
	var nodes []node
	leaf := make([]int32, st.S)
	for _, s := range st.acts {
		leaf[s] = int32(len(nodes))
		nodes = append(nodes, node{parent: -1})
	}
	wleaf := make([]int32, V)
	for w, s := range st.wslot {
		wleaf[w] = leaf[s]
	}
	for len(st.acts) > 1 {
		a, b := st.best()
		p := int32(len(nodes))
		nodes = append(nodes, node{parent: -1})
		nodes[leaf[a]] = node{parent: p, bit: 0}
		nodes[leaf[b]] = node{parent: p, bit: 1}
		var kept int
		kept, _, nb = st.merge(a, b, nb)
		leaf[kept] = p
	}
	fmt.Fprintf(log, "brown: tree of %d clusters in %v\n", len(nodes)/2+1, time.Since(start).Round(time.Second))
	memo := make([]string, len(nodes))
	done := make([]bool, len(nodes))
	var path func(i int32) string
	path = func(i int32) string {
		if done[i] {
			return memo[i]
		}
		p := ""
		if nd := nodes[i]; nd.parent >= 0 {
			p = path(nd.parent) + string(byte('0'+nd.bit))
		}
		memo[i], done[i] = p, true
		return p
	}
	out := make([]string, V)
	for w := range V {
		out[w] = path(wleaf[w])
	}
	return out
}
