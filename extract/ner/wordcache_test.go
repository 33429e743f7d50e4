package ner

import "testing"

func TestWordCacheFull(t *testing.T) {
	var c wordCache
	c.reset(4) // 16 entries, so at most 8 are kept
	for k := uint64(1); k <= 20; k++ {
		v := c.get(k)
		v.ok = true
		v.w[0][0] = int32(k)
	}
	for k := uint64(1); k <= 8; k++ {
		if v := c.get(k); !v.ok || v.w[0][0] != int32(k) {
			t.Errorf("get(%d) = %+v, want the stored entry", k, v.w[0][0])
		}
	}
	if v := c.get(20); v.ok {
		t.Errorf("get(20) on a full cache returned a kept entry")
	}
}
