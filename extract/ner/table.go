package ner

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// table maps feature keys to weights: for each pass of the model, one weight
// per label.
//
// The index is an open-addressing hash table (linear probing, load factor at
// most one half) of uint64 entries, each packing the top 43 bits of a key
// with the 21-bit number of its row; 0 marks an empty entry. Probing touches
// only this compact index (8 entries per cache line), so the many lookups of
// features the model does not know stay cheap; the weights of a row are read
// only on a hit.
//
// Weights are fixed-point integers below 2^maxWeightBits in magnitude, stored
// per row and pass as int16 values with a shared left shift (block floating
// point: 15 bits relative to the largest weight of the row). A row holds one
// shift byte per pass and 17 int16 weights per pass, padded to a multiple of
// 8 bytes (72 bytes for two passes).
type table struct {
	index  []uint64
	mask   uint64
	keys   []uint64 // full key of each row, for Write
	w      []byte   // rows of weights
	passes int
	stride int
}

// maxWeightBits bounds fixed-point weights: |w| < 1<<maxWeightBits.
const maxWeightBits = 20

// rowBits is the number of low bits of an index entry that hold the row.
const rowBits = 21

// maxRows is the largest number of rows a table can hold.
const maxRows = 1<<rowBits - 1

// row is one feature with its fixed-point weights for every pass
// (passes*numLabels values).
type row struct {
	key uint64
	w   []int32
}

// newTable builds a table from rows (at most maxRows; later ones are
// dropped) with weights for the given number of passes (1 or 2).
func newTable(rows []row, passes int) table {
	if len(rows) > maxRows {
		rows = rows[:maxRows]
	}
	size := 16
	for 2*len(rows) > size {
		size *= 2
	}
	stride := (passes + 2*passes*numLabels + 7) &^ 7
	t := table{
		index:  make([]uint64, size),
		mask:   uint64(size - 1),
		keys:   make([]uint64, 0, len(rows)),
		w:      make([]byte, 0, len(rows)*stride),
		passes: passes,
		stride: stride,
	}
	for _, r := range rows {
		t.put(r.key, r.w)
	}
	return t
}

// tagOf returns the part of key stored in the index, never 0.
func tagOf(key uint64) uint64 {
	tag := key >> rowBits << rowBits
	if tag == 0 {
		tag = 1 << 63
	}
	return tag
}

// put stores the weights of key (len(w) == passes*numLabels), rounding each
// pass's weights to int16 with a shared shift. A key already present gets the
// new weights.
func (t *table) put(key uint64, w []int32) {
	tag := tagOf(key)
	var r int
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		e := t.index[i]
		if e == 0 {
			r = len(t.keys)
			t.index[i] = tag | uint64(r)
			t.keys = append(t.keys, key)
			if n := len(t.w) + t.stride; n <= cap(t.w) {
				t.w = t.w[:n]
				clear(t.w[n-t.stride:])
			} else {
				t.w = append(t.w, make([]byte, t.stride)...)
			}
			break
		}
		if e>>rowBits<<rowBits == tag {
			r = int(e & maxRows)
			break
		}
	}
	d := t.w[r*t.stride : (r+1)*t.stride]
	for p := range t.passes {
		ws := w[p*numLabels : (p+1)*numLabels]
		var big int64
		for _, x := range ws {
			big = max(big, abs64(x))
		}
		shift := max(0, bits.Len64(uint64(big))-15)
		d[p] = byte(shift)
		q := d[t.passes+2*p*numLabels:]
		for k, x := range ws {
			v := (int64(x) + (1<<shift)/2) >> shift // round half up
			binary.LittleEndian.PutUint16(q[2*k:], uint16(int16(min(32767, max(-32767, v)))))
		}
	}
}

func abs64(x int32) int64 {
	if x < 0 {
		return -int64(x)
	}
	return int64(x)
}

// resolve replaces each key by its row number, or by -1 when the table does
// not hold it, and returns the number of rows found (moved to the front of
// keys). It first reads the index entry of every key in a loop without
// data-dependent branches, so that the processor fetches the cache lines of
// all keys at once instead of one miss after the other, and then touches the
// rows it found the same way.
func (t *table) resolve(keys []uint64) []uint64 {
	index, mask := t.index, t.mask
	var sink uint64
	for _, key := range keys {
		sink += index[key&mask]
	}
	n := 0
	for _, key := range keys {
		tag := tagOf(key)
		for i := key & mask; ; i = (i + 1) & mask {
			e := index[i]
			if e>>rowBits<<rowBits == tag {
				keys[n] = e & maxRows
				n++
				break
			}
			if e == 0 {
				break
			}
		}
	}
	keys = keys[:n]
	w, stride := t.w, uint64(t.stride)
	for _, r := range keys {
		sink += uint64(w[r*stride])
	}
	if sink == 1<<63 { // never true in practice; keeps the loads
		keys = keys[:0]
	}
	return keys
}

// score adds to sc the weights of pass of every key. It reorders and
// overwrites keys.
func (t *table) score(keys []uint64, pass int, sc *[numLabels]int32) {
	off := t.passes + 2*pass*numLabels
	for _, r := range t.resolve(keys) {
		o := int(r) * t.stride
		d := t.w[o : o+t.stride : o+t.stride]
		shift := d[pass] & 31
		q := d[off : off+2*numLabels]
		for k := range sc {
			sc[k] += int32(int16(binary.LittleEndian.Uint16(q[2*k:]))) << shift
		}
	}
}

// score2 adds the first-pass weights of every key to sc and the
// second-pass weights to sc2 (two-pass tables only). It overwrites keys.
func (t *table) score2(keys []uint64, sc, sc2 *[numLabels]int32) {
	for _, r := range t.resolve(keys) {
		o := int(r) * t.stride
		d := t.w[o : o+t.stride : o+t.stride]
		s1, s2 := d[0]&31, d[1]&31
		q1, q2 := d[2:2+2*numLabels], d[2+2*numLabels:2+4*numLabels]
		for k := range sc {
			sc[k] += int32(int16(binary.LittleEndian.Uint16(q1[2*k:]))) << s1
			sc2[k] += int32(int16(binary.LittleEndian.Uint16(q2[2*k:]))) << s2
		}
	}
}

// rows returns the features of the table, with their stored weights, in
// increasing key order.
func (t *table) rows() []row {
	out := make([]row, len(t.keys))
	for r, key := range t.keys {
		d := t.w[r*t.stride:]
		w := make([]int32, t.passes*numLabels)
		for p := range t.passes {
			shift := d[p] & 31
			for k := range numLabels {
				w[p*numLabels+k] = int32(int16(binary.LittleEndian.Uint16(d[t.passes+2*(p*numLabels+k):]))) << shift
			}
		}
		out[r] = row{key: key, w: w}
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
