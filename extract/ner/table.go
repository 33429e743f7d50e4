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
	w      []byte   // rows of weights, then one row of zeros (row none)
	passes int
	stride int
	none   uint64 // the row of zeros, for keys that locate does not find
	chunk  int    // rows that lanes can sum before a flush; 0: sum label by label
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
	t.none = uint64(len(t.keys))
	t.w = append(t.w, make([]byte, stride)...)
	// A lane of lanes adds values below 2^(16+shift); 2^32 bounds the sum.
	maxShift := 0
	for r := range len(t.keys) {
		for p := range passes {
			maxShift = max(maxShift, int(t.w[r*stride+p]&31))
		}
	}
	if maxShift <= 10 {
		t.chunk = 1 << (15 - maxShift)
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
// new weights. Only newTable calls it, before it adds the row of zeros.
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

// resolve replaces the keys that the table holds by their row numbers,
// drops the others, and returns the rows found (the front of keys). It
// first reads the index entry of every key in a loop without
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
		// A row spans two cache lines: touch both.
		sink += uint64(w[r*stride]) + uint64(w[r*stride+stride-1])
	}
	if sink == 1<<63 { // never true in practice; keeps the loads
		keys = keys[:0]
	}
	return keys
}

// locate replaces every key by its row number, or by the row of zeros
// (t.none) when the table does not hold it, keeping the positions, so that
// the keys of many tokens can be looked up at once (their cache misses
// overlap as in resolve) and their weights added per token with addRows2.
func (t *table) locate(keys []uint64) {
	index, mask := t.index, t.mask
	var sink uint64
	for _, key := range keys {
		sink += index[key&mask]
	}
	for j, key := range keys {
		tag := tagOf(key)
		r := t.none
		for i := key & mask; ; i = (i + 1) & mask {
			e := index[i]
			if e>>rowBits<<rowBits == tag {
				r = e & maxRows
				break
			}
			if e == 0 {
				break
			}
		}
		keys[j] = r
	}
	w, stride := t.w, uint64(t.stride)
	for _, r := range keys {
		sink += uint64(w[r*stride]) + uint64(w[r*stride+stride-1])
	}
	if sink == 1<<63 { // never true in practice; keeps the loads
		keys[0] = t.none
	}
}

// score adds to sc the weights of pass of every key. It reorders and
// overwrites keys.
func (t *table) score(keys []uint64, pass int, sc *[numLabels]int32) {
	t.addRows(t.resolve(keys), pass, sc)
}

// score2 adds the first-pass weights of every key to sc and the
// second-pass weights to sc2 (two-pass tables only). It overwrites keys.
func (t *table) score2(keys []uint64, sc, sc2 *[numLabels]int32) {
	t.addRows2(t.resolve(keys), sc, sc2)
}

// lanes sums rows of weights four labels at a time (SIMD within a
// register): each 64-bit load of a row holds the int16 weights of four
// labels; their sign bits are flipped (adding 2^15 makes them unsigned),
// and they are spread into two words of two 32-bit lanes, shifted and
// added. Every lane gets the same offset, 2^15 shifted, per row, which
// flush takes away. A lane adds values below 2^(16+shift), so at most
// table.chunk rows may be summed before a flush, or a lane would carry into
// the next. The sums are exact: the same int32 values as adding the
// weights one by one.
type lanes struct {
	e0, e1, e2, e3 uint64 // labels 0 and 2, 4 and 6, 8 and 10, 12 and 14
	o0, o1, o2, o3 uint64 // labels 1 and 3, 5 and 7, 9 and 11, 13 and 15
	last           int32  // label 16
	bias           uint32 // the offset of every lane
}

// The constants of lanes: laneFlip flips the sign bit of four int16
// values; laneMask keeps two of them, each in its 32-bit lane.
const (
	laneFlip = 0x8000800080008000
	laneMask = 0x0000FFFF0000FFFF
)

// add adds the 17 int16 weights q (one pass of a row) shifted by s.
func (l *lanes) add(q *[2 * numLabels]byte, s uint) {
	x0 := binary.LittleEndian.Uint64(q[0:]) ^ laneFlip
	x1 := binary.LittleEndian.Uint64(q[8:]) ^ laneFlip
	x2 := binary.LittleEndian.Uint64(q[16:]) ^ laneFlip
	x3 := binary.LittleEndian.Uint64(q[24:]) ^ laneFlip
	l.e0 += x0 & laneMask << s
	l.o0 += x0 >> 16 & laneMask << s
	l.e1 += x1 & laneMask << s
	l.o1 += x1 >> 16 & laneMask << s
	l.e2 += x2 & laneMask << s
	l.o2 += x2 >> 16 & laneMask << s
	l.e3 += x3 & laneMask << s
	l.o3 += x3 >> 16 & laneMask << s
	l.last += int32(int16(binary.LittleEndian.Uint16(q[32:]))) << s
	l.bias += 1 << 15 << s
}

// flush adds the sums to sc and empties l.
func (l *lanes) flush(sc *[numLabels]int32) {
	b := l.bias
	sc[0] += int32(uint32(l.e0) - b)
	sc[1] += int32(uint32(l.o0) - b)
	sc[2] += int32(uint32(l.e0>>32) - b)
	sc[3] += int32(uint32(l.o0>>32) - b)
	sc[4] += int32(uint32(l.e1) - b)
	sc[5] += int32(uint32(l.o1) - b)
	sc[6] += int32(uint32(l.e1>>32) - b)
	sc[7] += int32(uint32(l.o1>>32) - b)
	sc[8] += int32(uint32(l.e2) - b)
	sc[9] += int32(uint32(l.o2) - b)
	sc[10] += int32(uint32(l.e2>>32) - b)
	sc[11] += int32(uint32(l.o2>>32) - b)
	sc[12] += int32(uint32(l.e3) - b)
	sc[13] += int32(uint32(l.o3) - b)
	sc[14] += int32(uint32(l.e3>>32) - b)
	sc[15] += int32(uint32(l.o3>>32) - b)
	sc[16] += l.last
	*l = lanes{}
}

// addRows adds the weights of pass of rows (row numbers) to sc.
func (t *table) addRows(rows []uint64, pass int, sc *[numLabels]int32) {
	off := t.passes + 2*pass*numLabels
	stride := uint64(t.stride)
	if t.chunk == 0 {
		for _, r := range rows {
			d := t.w[r*stride : (r+1)*stride]
			shift := d[pass] & 31
			q := d[off : off+2*numLabels]
			for k := range sc {
				sc[k] += int32(int16(binary.LittleEndian.Uint16(q[2*k:]))) << shift
			}
		}
		return
	}
	var l lanes
	for len(rows) > 0 {
		n := min(len(rows), t.chunk)
		for _, r := range rows[:n] {
			d := t.w[r*stride : (r+1)*stride]
			l.add((*[2 * numLabels]byte)(d[off:]), uint(d[pass]&31))
		}
		rows = rows[n:]
		l.flush(sc)
	}
}

// addRows2 adds the first-pass weights of rows (row numbers) to sc and the
// second-pass weights to sc2 (two-pass tables only).
func (t *table) addRows2(rows []uint64, sc, sc2 *[numLabels]int32) {
	const stride = 2 + 4*numLabels + 2 // of a two-pass table
	if t.chunk == 0 || t.stride != stride {
		t.addRows(rows, 0, sc)
		t.addRows(rows, 1, sc2)
		return
	}
	// lanes.add, written out for both passes so that the sums stay in
	// registers.
	const q1, q2 = 2, 2 + 2*numLabels // the weights of each pass
	for len(rows) > 0 {
		n := min(len(rows), t.chunk)
		var l1, l2 lanes                          // last and bias of each pass
		var a0, a1, a2, a3, b0, b1, b2, b3 uint64 // pass 1: l1.e*, l1.o*
		var c0, c1, c2, c3, d0, d1, d2, d3 uint64 // pass 2: l2.e*, l2.o*
		for _, r := range rows[:n] {
			d := (*[stride]byte)(t.w[r*stride:])
			s := uint(d[0] & 31)
			x0 := binary.LittleEndian.Uint64(d[q1:]) ^ laneFlip
			x1 := binary.LittleEndian.Uint64(d[q1+8:]) ^ laneFlip
			x2 := binary.LittleEndian.Uint64(d[q1+16:]) ^ laneFlip
			x3 := binary.LittleEndian.Uint64(d[q1+24:]) ^ laneFlip
			a0 += x0 & laneMask << s
			b0 += x0 >> 16 & laneMask << s
			a1 += x1 & laneMask << s
			b1 += x1 >> 16 & laneMask << s
			a2 += x2 & laneMask << s
			b2 += x2 >> 16 & laneMask << s
			a3 += x3 & laneMask << s
			b3 += x3 >> 16 & laneMask << s
			l1.last += int32(int16(binary.LittleEndian.Uint16(d[q1+32:]))) << s
			l1.bias += 1 << 15 << s
			s = uint(d[1] & 31)
			x0 = binary.LittleEndian.Uint64(d[q2:]) ^ laneFlip
			x1 = binary.LittleEndian.Uint64(d[q2+8:]) ^ laneFlip
			x2 = binary.LittleEndian.Uint64(d[q2+16:]) ^ laneFlip
			x3 = binary.LittleEndian.Uint64(d[q2+24:]) ^ laneFlip
			c0 += x0 & laneMask << s
			d0 += x0 >> 16 & laneMask << s
			c1 += x1 & laneMask << s
			d1 += x1 >> 16 & laneMask << s
			c2 += x2 & laneMask << s
			d2 += x2 >> 16 & laneMask << s
			c3 += x3 & laneMask << s
			d3 += x3 >> 16 & laneMask << s
			l2.last += int32(int16(binary.LittleEndian.Uint16(d[q2+32:]))) << s
			l2.bias += 1 << 15 << s
		}
		rows = rows[n:]
		l1.e0, l1.e1, l1.e2, l1.e3, l1.o0, l1.o1, l1.o2, l1.o3 = a0, a1, a2, a3, b0, b1, b2, b3
		l2.e0, l2.e1, l2.e2, l2.e3, l2.o0, l2.o1, l2.o2, l2.o3 = c0, c1, c2, c3, d0, d1, d2, d3
		l1.flush(sc)
		l2.flush(sc2)
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
