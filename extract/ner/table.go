package ner

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// table is an open-addressing hash table (linear probing) from feature keys
// to weights: for each pass of the model, one weight per label.
//
// Weights are fixed-point integers below 2^maxWeightBits in magnitude, stored
// per feature and pass as int16 values with a shared left shift (block
// floating point: 15 bits relative to the largest weight of the row). A slot
// holds the 8-byte key, one shift byte per pass and 17 int16 weights per
// pass, padded to a multiple of 8 bytes: 80 bytes for two passes, so that one
// lookup serves both passes. Key 0 marks an empty slot; a feature whose key is 0 is
// stored under 1.
type table struct {
	data   []byte
	mask   uint64
	passes int
	stride int
	n      int
}

// maxWeightBits bounds fixed-point weights: |w| < 1<<maxWeightBits.
const maxWeightBits = 20

// row is one feature with its fixed-point weights for every pass
// (passes*numLabels values).
type row struct {
	key uint64
	w   []int32
}

// newTable builds a table from rows with weights for the given number of
// passes (1 or 2), at a load factor of at most 0.8.
func newTable(rows []row, passes int) table {
	size := 16
	for float64(len(rows)) > 0.8*float64(size) {
		size *= 2
	}
	stride := (8 + passes + 2*passes*numLabels + 7) &^ 7
	t := table{data: make([]byte, size*stride), mask: uint64(size - 1), passes: passes, stride: stride}
	for _, r := range rows {
		t.put(r.key, r.w)
	}
	return t
}

// keyAt returns the key of slot i.
func (t *table) keyAt(i uint64) uint64 {
	return binary.LittleEndian.Uint64(t.data[int(i)*t.stride:])
}

// put stores the weights of key (len(w) == passes*numLabels), rounding each
// pass's weights to int8 with a shared shift.
func (t *table) put(key uint64, w []int32) {
	if key == 0 {
		key = 1
	}
	i := key & t.mask
	for ; ; i = (i + 1) & t.mask {
		if k := t.keyAt(i); k == 0 || k == key {
			if k == 0 {
				t.n++
			}
			break
		}
	}
	d := t.data[int(i)*t.stride : int(i+1)*t.stride]
	binary.LittleEndian.PutUint64(d, key)
	for p := range t.passes {
		ws := w[p*numLabels : (p+1)*numLabels]
		var big uint32
		for _, x := range ws {
			big = max(big, uint32(abs32(x)))
		}
		shift := max(0, bits.Len32(big)-15)
		d[8+p] = byte(shift)
		q := d[8+t.passes+2*p*numLabels:]
		for k, x := range ws {
			v := (int64(x) + (1<<shift)/2) >> shift // round half up
			binary.LittleEndian.PutUint16(q[2*k:], uint16(int16(min(32767, max(-32767, v)))))
		}
	}
}

func abs32(x int32) int64 {
	if x < 0 {
		return -int64(x)
	}
	return int64(x)
}

// lookup returns the slot of key, or nil.
func (t *table) lookup(key uint64) []byte {
	if key == 0 {
		key = 1
	}
	data, stride, mask := t.data, t.stride, t.mask
	for i := key & mask; ; i = (i + 1) & mask {
		o := int(i) * stride
		d := data[o : o+stride : o+stride]
		k := binary.LittleEndian.Uint64(d)
		if k == key {
			return d
		}
		if k == 0 {
			return nil
		}
	}
}

// score adds to sc the weights of pass of every key.
func (t *table) score(keys []uint64, pass int, sc *[numLabels]int32) {
	off := 8 + t.passes + 2*pass*numLabels
	for _, key := range keys {
		d := t.lookup(key)
		if d == nil {
			continue
		}
		shift := d[8+pass] & 31
		q := d[off : off+2*numLabels]
		for k := range sc {
			sc[k] += int32(int16(binary.LittleEndian.Uint16(q[2*k:]))) << shift
		}
	}
}

// score2 adds the first-pass weights of every key to sc and the
// second-pass weights to sc2 (two-pass tables only).
func (t *table) score2(keys []uint64, sc, sc2 *[numLabels]int32) {
	for _, key := range keys {
		d := t.lookup(key)
		if d == nil {
			continue
		}
		s1, s2 := d[8]&31, d[9]&31
		q1, q2 := d[10:10+2*numLabels], d[10+2*numLabels:10+4*numLabels]
		for k := range sc {
			sc[k] += int32(int16(binary.LittleEndian.Uint16(q1[2*k:]))) << s1
			sc2[k] += int32(int16(binary.LittleEndian.Uint16(q2[2*k:]))) << s2
		}
	}
}

// rows returns the features of the table, with their stored weights, in
// increasing key order.
func (t *table) rows() []row {
	var out []row
	for i := range uint64(len(t.data) / max(t.stride, 1)) {
		k := t.keyAt(i)
		if k == 0 {
			continue
		}
		d := t.data[int(i)*t.stride:]
		w := make([]int32, t.passes*numLabels)
		for p := range t.passes {
			shift := d[8+p] & 31
			for k := range numLabels {
				w[p*numLabels+k] = int32(int16(binary.LittleEndian.Uint16(d[8+t.passes+2*(p*numLabels+k):]))) << shift
			}
		}
		out = append(out, row{key: k, w: w})
	}
	slices.SortFunc(out, func(a, b row) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	return out
}

// mergeRows combines the rows of single passes into rows for all passes.
func mergeRows(passes ...[]row) []row {
	idx := make(map[uint64]int)
	var out []row
	for p, rows := range passes {
		for _, r := range rows {
			j, ok := idx[r.key]
			if !ok {
				j = len(out)
				idx[r.key] = j
				out = append(out, row{key: r.key, w: make([]int32, len(passes)*numLabels)})
			}
			copy(out[j].w[p*numLabels:], r.w)
		}
	}
	return out
}
