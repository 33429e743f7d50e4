package ner

import "testing"

// TestHashMap8 checks the table against a Go map, across its growth and
// for the key 0.
func TestHashMap8(t *testing.T) {
	var h hashMap8
	if _, ok := h.get(42); ok {
		t.Fatalf("get on an empty table found a key")
	}
	want := map[uint64]uint8{}
	for i := range uint64(1000) {
		k := i * 0x100000001 // several keys share low bits
		*h.ref(k) |= uint8(i)
		want[k] |= uint8(i)
	}
	*h.ref(0) |= 1 << 7
	want[0] |= 1 << 7
	for k, v := range want {
		if got, ok := h.get(k); !ok || got != v {
			t.Errorf("get(%#x) = %d, %v, want %d", k, got, ok, v)
		}
	}
	for _, k := range []uint64{1, 3, 1 << 63} {
		if _, ok := h.get(k); ok {
			t.Errorf("get(%#x) found a key never added", k)
		}
	}
	if h.entries != len(want) {
		t.Errorf("entries = %d, want %d", h.entries, len(want))
	}
}

// scanInputs are tokens of every kind of character.
var scanInputs = []string{"", "a", "Washington", "U.S.", "’s", "“", "—", "1,234", "McDONALD", "Zürich", "ÉTAT", "İstanbul",
	"\xff", "a\xffb", "\xe2\x80", "日本", "x2y", "...", "Ⅻ", "ǅ", "a\u0301", "ﬁ", "ß", "AAAAAAb", "----"}

// TestScanToken checks scanToken against normalize, hashBytes and shapes.
func TestScanToken(t *testing.T) {
	for _, tok := range scanInputs {
		checkScanToken(t, tok)
	}
}

func checkScanToken(t *testing.T, tok string) {
	buf, low, fl := normalize(nil, nil, tok)
	long, short := shapes(buf)
	buf2, low2, fl2, raw2, long2, short2 := scanToken(nil, nil, tok)
	if string(buf2) != string(buf) || string(low2) != string(low) || fl2 != fl || raw2 != hashBytes(buf) || long2 != long || short2 != short {
		t.Errorf("scanToken(%q) differs from normalize, hashBytes and shapes", tok)
	}
}

func FuzzScanToken(f *testing.F) {
	for _, tok := range scanInputs {
		f.Add(tok)
	}
	f.Fuzz(checkScanToken)
}
