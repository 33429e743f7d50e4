package ner

// slot is one feature of a weight table: its key and one quantised weight
// per tag. 32 bytes, so that a lookup touches one cache line.
type slot struct {
	key uint64
	w   [numTags]int16
}

// table is an open-addressing hash table (linear probing) from feature keys
// to weights. Key 0 marks an empty slot; a feature whose key is 0 is stored
// under 1.
type table struct {
	slots []slot
	mask  uint64
	n     int
}

// newTable returns a table sized for n features at a load factor of at most
// one half.
func newTable(n int) table {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return table{slots: make([]slot, size), mask: uint64(size - 1)}
}

// put stores the weights of key, replacing earlier ones.
func (t *table) put(key uint64, w [numTags]int16) {
	if key == 0 {
		key = 1
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == key {
			s.w = w
			return
		}
		if s.key == 0 {
			s.key, s.w = key, w
			t.n++
			return
		}
	}
}

// score adds the weights of every key to sc.
func (t *table) score(keys []uint64, sc *[numTags]int32) {
	slots, mask := t.slots, t.mask
	for _, key := range keys {
		if key == 0 {
			key = 1
		}
		for i := key & mask; ; i = (i + 1) & mask {
			s := &slots[i]
			if s.key == key {
				for k, w := range &s.w {
					sc[k] += int32(w)
				}
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
}
