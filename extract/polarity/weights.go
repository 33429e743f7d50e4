package polarity

import "math/bits"

// weightTable maps the linear model's feature keys to their class weights
// for prediction: an open-addressing hash table (linear probing, at most
// half full) whose slots hold the key and the weights together, so that a
// look-up reads one slot instead of a map entry and then a row of Model.w.
// The keys are hashes already; a multiplicative hash spreads the few that
// are small numbers (the bias feature).
type weightTable struct {
	slots []weightSlot // a power of two of them
	shift uint         // 64 - log2(len(slots))
	zero  *weightSlot  // the weights of key 0 (which marks empty slots), or nil
}

type weightSlot struct {
	key uint64 // 0: empty
	w   [numClasses]float32
}

// newWeightTable indexes the rows of w (numClasses weights each) by the
// keys of rows.
func newWeightTable(rows map[uint64]uint32, w []float32) *weightTable {
	n := 1 << max(4, bits.Len(uint(2*len(rows))))
	t := &weightTable{slots: make([]weightSlot, n), shift: uint(64 - bits.TrailingZeros(uint(n)))}
	for k, r := range rows { // each key has its own slot: the order does not matter
		s := weightSlot{key: k}
		copy(s.w[:], w[int(r)*numClasses:][:numClasses])
		if k == 0 {
			t.zero = &s
			continue
		}
		i := t.home(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & uint64(n-1)
		}
		t.slots[i] = s
	}
	return t
}

func (t *weightTable) home(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift }

// get returns the weights of key k, or nil when it has none.
func (t *weightTable) get(k uint64) *[numClasses]float32 {
	if k == 0 {
		if t.zero == nil {
			return nil
		}
		return &t.zero.w
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return &s.w
		}
		if s.key == 0 {
			return nil
		}
	}
}
