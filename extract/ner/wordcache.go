package ner

// wordCache holds, for each distinct word of a document, the summed weights
// of its wordFeatures in both passes, so that a repeated word costs one
// probe of this small table instead of a dozen lookups in the model.
type wordCache struct {
	keys  []uint64
	vals  []wordVec
	mask  uint64
	n     int     // entries in use
	spare wordVec // returned, empty, when the cache is full
}

// maxWordCache bounds the entries of a wordCache (about 5 MB), so that a huge
// document does not make a huge cache.
const maxWordCache = 1 << 15

// wordVec is the summed weights of one word; ok reports that w is filled.
type wordVec struct {
	w  [2][numLabels]int32
	ok bool
}

// reset empties the cache and sizes it for n tokens.
func (c *wordCache) reset(n int) {
	size := 16
	for size < 2*n && size < maxWordCache {
		size *= 2
	}
	c.n = 0
	if cap(c.keys) < size {
		c.keys = make([]uint64, size)
		c.vals = make([]wordVec, size)
	} else {
		c.keys = c.keys[:size]
		c.vals = c.vals[:size]
		clear(c.keys)
	}
	c.mask = uint64(size - 1)
}

// get returns the entry of key, adding an empty one if absent, or a
// scratch entry that is not kept when the cache is half full. key 0 is
// stored as 1.
func (c *wordCache) get(key uint64) *wordVec {
	if key == 0 {
		key = 1
	}
	for i := key & c.mask; ; i = (i + 1) & c.mask {
		switch c.keys[i] {
		case key:
			return &c.vals[i]
		case 0:
			if 2*(c.n+1) > len(c.keys) {
				c.spare = wordVec{}
				return &c.spare
			}
			c.n++
			c.keys[i] = key
			c.vals[i] = wordVec{}
			return &c.vals[i]
		}
	}
}
