package ner

// scratch holds the buffers of one TagDocument call, reused through the
// model's pool so that tagging allocates nothing per token.
type scratch struct {
	toks  []tokInfo
	sents []int // start of each sentence in toks, plus the end
	buf   []byte
	low   []byte
	keys  []uint64
	gkeys []uint64           // keys of the word sums of fast.go
	tkeys []uint64           // keys of the tag features of one token
	koff  []int32            // per token, the start of its keys in keys (tagFirstPass)
	stat  [][numLabels]int32 // first-pass scores of the static features (tagFirstPass)
	labs  []label
	part  [][numLabels]int32 // second-pass scores of the shared features
	words wordCache          // weight sums of recent words, kept across documents
	stats docTable
	sink  uint8 // results of look-ups made to fetch memory early
}

// docTable maps the lower-case hash of a word to what the document says
// about it: an open-addressing table that is cleared, not reallocated,
// between documents.
type docTable struct {
	keys   []uint64
	flags  []uint8
	counts [][5]uint16
	mask   uint64
}

// reset empties the table and sizes it for n distinct words.
func (d *docTable) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(d.keys) < size {
		d.keys = make([]uint64, size)
		d.flags = make([]uint8, size)
		d.counts = make([][5]uint16, size)
	} else {
		d.keys = d.keys[:size]
		d.flags = d.flags[:size]
		d.counts = d.counts[:size]
		clear(d.keys)
		clear(d.flags)
		clear(d.counts)
	}
	d.mask = uint64(size - 1)
}

// slot returns the index of key, inserting it if absent. key 0 is stored as 1.
func (d *docTable) slot(key uint64) int {
	if key == 0 {
		key = 1
	}
	for i := key & d.mask; ; i = (i + 1) & d.mask {
		switch d.keys[i] {
		case key:
			return int(i)
		case 0:
			d.keys[i] = key
			return int(i)
		}
	}
}

// prepare fills s.toks and s.sents for doc: normalised hashes, flags,
// word-list matches, cluster codes (cx and ex, the word clusters and the
// clusters of word vectors, may be nil) and document flags.
func prepare(doc [][]string, lx *lexicon, cx, ex *clusterIndex, s *scratch) {
	n := 0
	for _, sent := range doc {
		n += len(sent)
	}
	if cap(s.toks) < n {
		s.toks = make([]tokInfo, n)
	}
	s.toks = s.toks[:n]
	s.sents = s.sents[:0]
	k := 0
	for _, sent := range doc {
		s.sents = append(s.sents, k)
		start := k
		hasLower, hasUpper := false, false
		for i, tok := range sent {
			t := &s.toks[k]
			k++
			*t = tokInfo{}
			s.buf, s.low, t.fl, t.raw, t.long, t.short = scanToken(s.buf[:0], s.low[:0], tok)
			hasLower = hasLower || t.fl&fLower != 0
			hasUpper = hasUpper || t.fl&fUpper != 0
			if i == 0 {
				t.fl |= fFirst
			}
			low := s.low
			// The hash of low and of its prefixes (shorter than low) in
			// one sweep: FNV-1a extends byte by byte.
			h := uint64(fnvOffset)
			for j, c := range low {
				h ^= uint64(c)
				h *= fnvPrime
				if j < len(t.pre) && j+1 < len(low) {
					t.pre[j] = h
				}
			}
			t.low = h
			for j := range t.suf {
				if j+1 < len(low) {
					t.suf[j] = hashBytes(low[len(low)-j-1:])
				}
			}
		}
		toks := s.toks[start:k]
		for i := range toks {
			if hasUpper && !hasLower {
				toks[i].fl |= fCapsSent
			}
			if toks[i].fl&fUpper != 0 {
				for j := max(0, i-4); j < min(len(toks), i+5); j++ {
					toks[j].fl |= fNear
					if j >= i-2 && j <= i+2 {
						toks[j].fl |= fTrigger
					}
				}
			}
		}
		markRuns(toks)
		if lx != nil {
			s.sink += lx.match(toks)
		}
		s.sink += cx.mark(toks)
		ex.markEmb(toks)
	}
	s.sents = append(s.sents, k)
	s.stats.reset(n)
	for i := range s.toks {
		t := &s.toks[i]
		if t.fl&fAlpha == 0 {
			continue
		}
		j := s.stats.slot(t.low)
		f := s.stats.flags[j]
		if f&(dLowerElsewhere|dCapMid|dCapFirst|dCaps) != 0 || s.stats.counts[j][0] > 0 {
			f |= dRepeated
		}
		s.stats.counts[j][0] = 1 // seen marker; counts are reset before the second pass
		switch {
		case t.fl&fCapsSent != 0:
			f |= dCaps
		case t.fl&fUpper == 0:
			f |= dLowerElsewhere
		case t.fl&fInitCap != 0 && t.fl&fFirst == 0:
			f |= dCapMid
		case t.fl&fInitCap != 0:
			f |= dCapFirst
		}
		s.stats.flags[j] = f
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.fl&fAlpha != 0 {
			t.doc = s.stats.flags[s.stats.slot(t.low)]
		}
	}
}

// countFirst fills the per-word counts of first-pass entity types.
func countFirst(s *scratch) {
	clear(s.stats.counts)
	for i := range s.toks {
		t := &s.toks[i]
		if t.fl&fAlpha == 0 {
			continue
		}
		c := &s.stats.counts[s.stats.slot(t.low)]
		if ty := t.first.typ(); c[ty] < 0xffff {
			c[ty]++
		}
	}
}

// othersCounts returns the first-pass type counts of the word of t in the
// rest of the document.
func othersCounts(s *scratch, t *tokInfo) [5]uint16 {
	if t.fl&fAlpha == 0 {
		return [5]uint16{}
	}
	c := s.stats.counts[s.stats.slot(t.low)]
	if ty := t.first.typ(); c[ty] > 0 {
		c[ty]--
	}
	return c
}

// markRuns records the runs of consecutive capitalised tokens of a sentence.
// runPos counts from 1; runPos 0 means the token is not in a run.
func markRuns(toks []tokInfo) {
	for i := 0; i < len(toks); {
		if toks[i].fl&fUpper == 0 {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].fl&fUpper != 0 {
			j++
		}
		n := uint8(min(j-i, 255))
		for k := i; k < j; k++ {
			toks[k].runPos = uint8(min(k-i+1, 255))
			toks[k].runLen = n
			toks[k].runHead = toks[i].low
			toks[k].runTail = toks[j-1].low
		}
		i = j
	}
}
