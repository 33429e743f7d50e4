package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"strings"
)

// Clusters maps words to the bit strings of their clusters in a binary tree
// of words learnt from unlabelled text (Brown clusters, see package brown):
// words used alike share long prefixes. The tagger's features are the
// prefixes of 4, 6, 10 and 20 bits of the clusters of a word and of its
// neighbours (Ratinov and Roth 2009), which carry what the training data
// teaches about a word to the words of its cluster.
//
// A cluster file is gzip-compressed text, one word per line: the bit
// string, a tab, the word (a third column, such as a count, is ignored);
// blank lines are skipped.
type Clusters struct {
	words []string
	paths []string
}

//go:embed data/clusters.txt.gz
var defaultClustersFile []byte

// Limits of a cluster file.
const (
	maxClusterWords = 1 << 20
	maxClusterWord  = 255 // bytes
	maxClusterPath  = 64  // bits
)

// ReadClusters reads a cluster file. It returns an error, and never panics,
// on a malformed file: a line without a tab, a path that is not made of 0
// and 1 or is longer than 64, an empty or over-long word, a word twice.
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 4096), 4096)
	c := new(Clusters)
	seen := make(map[string]bool)
	line := 0
	for sc.Scan() {
		line++
		if sc.Text() == "" {
			continue
		}
		path, word, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("read clusters: line %d: no tab", line)
		}
		word, _, _ = strings.Cut(word, "\t")
		if err := checkClusterEntry(path, word); err != nil {
			return nil, fmt.Errorf("read clusters: line %d: %w", line, err)
		}
		if seen[word] {
			return nil, fmt.Errorf("read clusters: line %d: %q listed twice", line, word)
		}
		if len(c.words) == maxClusterWords {
			return nil, fmt.Errorf("read clusters: more than %d words", maxClusterWords)
		}
		seen[word] = true
		c.words = append(c.words, word)
		c.paths = append(c.paths, path)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: line %d: %w", line+1, err)
	}
	return c, nil
}

// checkClusterEntry reports what is wrong with a path and word, if anything.
func checkClusterEntry(path, word string) error {
	if len(path) > maxClusterPath {
		return fmt.Errorf("path of %d bits, at most %d", len(path), maxClusterPath)
	}
	if strings.Trim(path, "01") != "" {
		return fmt.Errorf("path %q is not a bit string", path)
	}
	if word == "" || len(word) > maxClusterWord {
		return fmt.Errorf("word of %d bytes", len(word))
	}
	if strings.ContainsAny(word, " \t\r\n") {
		return fmt.Errorf("word %q has white space", word)
	}
	return nil
}

// WriteClusters writes words and their paths (equal lengths) as a cluster
// file, sorted by path and then by word.
func WriteClusters(w io.Writer, words, paths []string) error {
	if len(words) != len(paths) {
		return fmt.Errorf("write clusters: %d words, %d paths", len(words), len(paths))
	}
	idx := make([]int, len(words))
	for i := range idx {
		idx[i] = i
		if err := checkClusterEntry(paths[i], words[i]); err != nil {
			return fmt.Errorf("write clusters: %w", err)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		if r := strings.Compare(paths[a], paths[b]); r != 0 {
			return r
		}
		return strings.Compare(words[a], words[b])
	})
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	bw := bufio.NewWriter(zw)
	for _, i := range idx {
		bw.WriteString(paths[i])
		bw.WriteByte('\t')
		bw.WriteString(words[i])
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	return nil
}

// Len returns the number of words.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.words)
}

// defaultClusters returns the embedded cluster file.
func defaultClusters() (*Clusters, error) {
	return ReadClusters(bytes.NewReader(defaultClustersFile))
}

// The tagger keeps the first cluBits bits of a path, enough for the longest
// prefix feature, in a cluster code: cluPresent, the number of bits kept
// (shifted by cluLenShift) and the bits.
const (
	cluBits     = 20
	cluLenShift = 24
	cluPresent  = 1 << 31
)

// clusterPrefixes are the prefix lengths used as features (Ratinov and
// Roth 2009).
var clusterPrefixes = [...]uint64{4, 6, 10, 20}

// clusterCode returns the cluster code of a path.
func clusterCode(path string) uint32 {
	path = path[:min(len(path), cluBits)]
	code := uint32(cluPresent) | uint32(len(path))<<cluLenShift
	for i := range len(path) {
		if path[i] == '1' {
			code |= 1 << (len(path) - 1 - i)
		}
	}
	return code
}

// cluPrefix returns the value of the prefix of p bits of a cluster code: the
// whole path when it is shorter.
func cluPrefix(code uint32, p uint64) uint64 {
	l := uint64(code>>cluLenShift) & 31
	b := uint64(code) & (1<<cluBits - 1)
	if p < l {
		b >>= l - p
		l = p
	}
	return l<<cluLenShift | b
}

// cluEntry is a word of a model's clusters: the word as written in the
// cluster file and its cluster code.
type cluEntry struct {
	word string
	code uint32
}

// clusterIndex finds the cluster code of a token: under the hash of the
// token as the tagger normalises it, or, for a form the clusters lack (such
// as a word in capitals), under the hash of its lower-case form for the
// title-case and the lower-case spelling.
//
// The table is open-addressing (linear probing, load factor at most one
// third) of uint32 slots, each holding the top 16 bits of a key and the
// number of its cluster (from 1), so that the table of 31k words fits in
// 512 KB. A word the clusters lack takes the cluster of a key whose slot
// it probes and whose top 16 bits it shares: one chance in about 50,000.
type clusterIndex struct {
	entries []cluEntry // sorted by word, for Write
	codes   []uint32   // code of each cluster number; codes[0] = 0 (none)
	slots   []uint32
	shift   uint
	n       int
}

// Salts of the fall-back keys of a clusterIndex.
const (
	cluSaltTitle = 0x7469746c65
	cluSaltLower = 0x6c6f776572
)

// entries returns the words of c with their cluster codes, sorted by word.
func (c *Clusters) entries() []cluEntry {
	out := make([]cluEntry, len(c.words))
	for i, w := range c.words {
		out[i] = cluEntry{word: w, code: clusterCode(c.paths[i])}
	}
	slices.SortFunc(out, func(a, b cluEntry) int { return strings.Compare(a.word, b.word) })
	return out
}

// maxClusters bounds the number of distinct clusters (of cluBits bits) of
// a model, numbered by a uint16.
const maxClusters = 1<<16 - 1

// newClusterIndex indexes entries (sorted by word). It fails if they have
// more than maxClusters distinct cluster codes.
func newClusterIndex(entries []cluEntry) (*clusterIndex, error) {
	size := 16
	for size < 3*len(entries) { // up to 1.5 keys per entry
		size *= 2
	}
	x := &clusterIndex{entries: entries, slots: make([]uint32, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	// Clusters are numbered in increasing order of code.
	x.codes = []uint32{0}
	for _, e := range entries {
		x.codes = append(x.codes, e.code)
	}
	slices.Sort(x.codes)
	x.codes = slices.Compact(x.codes)
	if len(x.codes)-1 > maxClusters {
		return nil, fmt.Errorf("%d clusters, at most %d: %w", len(x.codes)-1, maxClusters, errBadClusters)
	}
	var buf, low []byte
	// Exact forms first, so that they win over fall-backs of equal hash.
	for _, e := range entries {
		var raw uint64
		buf, low, _, raw, _, _ = scanToken(buf[:0], low[:0], e.word)
		x.put(raw, e.code, true)
	}
	for _, e := range entries {
		var fl uint32
		buf, low, fl, _, _, _ = scanToken(buf[:0], low[:0], e.word)
		lh := hashBytes(low)
		switch {
		case fl&fUpper == 0:
			x.put(mix(lh, cluSaltLower), e.code, false)
		case fl&fInitCap != 0 && bytes.Equal(buf[1:], low[1:]):
			x.put(mix(lh, cluSaltTitle), e.code, false)
		}
	}
	return x, nil
}

// put stores the cluster of code under key; an existing key keeps its
// cluster unless replace. The table must have room.
func (x *clusterIndex) put(key uint64, code uint32, replace bool) {
	id, _ := slices.BinarySearch(x.codes, code)
	i := x.slot(key)
	if x.slots[i] == 0 {
		x.n++
		x.slots[i] = uint32(key>>48)<<16 | uint32(id)
	} else if replace {
		x.slots[i] = uint32(key>>48)<<16 | uint32(id)
	}
}

// slot returns the slot of key, or the empty slot where it would go.
func (x *clusterIndex) slot(key uint64) int {
	mask := len(x.slots) - 1
	tag := uint32(key >> 48)
	for i := int((key * 0x9E3779B97F4A7C15) >> x.shift); ; i = (i + 1) & mask {
		if e := x.slots[i]; e == 0 || e>>16 == tag {
			return i
		}
	}
}

// entry returns the entry of the word w exactly as written.
func (x *clusterIndex) entry(w string) (cluEntry, bool) {
	i, ok := slices.BinarySearchFunc(x.entries, w, func(e cluEntry, t string) int { return strings.Compare(e.word, t) })
	if !ok {
		return cluEntry{}, false
	}
	return x.entries[i], true
}

// get returns the cluster number of key, 0 if absent.
func (x *clusterIndex) get(key uint64) uint16 { return uint16(x.slots[x.slot(key)]) }

// lookup returns the cluster number of token t, 0 if it has none.
func (x *clusterIndex) lookup(t *tokInfo) uint16 {
	if c := x.get(t.raw); c != 0 {
		return c
	}
	if t.fl&fAlpha == 0 {
		return 0
	}
	title, lower := x.get(mix(t.low, cluSaltTitle)), x.get(mix(t.low, cluSaltLower))
	if t.fl&fAllCaps != 0 && title != 0 || lower == 0 {
		return title
	}
	return lower
}

// mark sets the cluster number and code of the tokens of toks up to two
// tokens from a scored one (fNear; the others are never looked at).
// Like hashMap8.touch, it first reads the slot of every token in one loop
// so that the cache misses overlap; the result means nothing.
func (x *clusterIndex) mark(toks []tokInfo) uint8 {
	if x == nil || x.n == 0 {
		return 0
	}
	var sink uint8
	for i := range toks {
		sink += uint8(x.slots[(toks[i].raw*0x9E3779B97F4A7C15)>>x.shift])
	}
	for i := range toks {
		t := &toks[i]
		t.cid, t.clu = 0, 0
		if t.fl&fNear == 0 {
			continue
		}
		id := x.lookup(t)
		t.cid, t.clu = id, x.codes[id]
	}
	return sink
}

// markEmb sets the word-vector cluster code of the tokens of toks up to two
// tokens from a scored one (fNear) that have a letter; x may be nil.
// Punctuation has none: in the text the extractor tags, a hyphen inside a
// name is a token of its own ("Ishikawajima - Harima"), which the training
// text never splits, and the vector of a dash (a clause break) would pull
// such names apart. The tokens come fresh from prepare, their codes 0.
func (x *clusterIndex) markEmb(toks []tokInfo) {
	if x == nil {
		return // the embedded model has none: nothing to do for any token
	}
	for i := range toks {
		if t := &toks[i]; t.fl&(fNear|fAlpha) == fNear|fAlpha {
			t.emb = x.codes[x.lookup(t)]
		}
	}
}

// errBadClusters is wrapped by errors about the cluster section of a model.
var errBadClusters = errors.New("malformed clusters")

// cluFeatures appends the cluster features of a token's own word (tmpl
// tClu), of its left neighbour (tCluM1) or its right neighbour (tCluP1):
// the prefixes of its cluster code, or a single "no cluster" feature.
func cluFeatures(dst []uint64, tmpl uint64, code uint32) []uint64 {
	if code == 0 {
		return append(dst, mix(tmpl, 0))
	}
	for _, p := range clusterPrefixes {
		dst = append(dst, mix(tmpl+p<<8, cluPrefix(code, p)))
	}
	return dst
}
