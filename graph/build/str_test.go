package build

import (
	"testing"
	"unsafe"
)

// TestStrOwnsItsNames checks that the builder keeps its own copy of a
// name, not the slice of the document's text it came from, and one copy
// for equal names of different documents.
func TestStrOwnsItsNames(t *testing.T) {
	b := NewBuilder(BuildOptions{})
	doc1 := "Kremlin aide Yuri Ushakov said"
	doc2 := "Yuri Ushakov told reporters"
	n1, n2 := doc1[13:25], doc2[:12]
	if n1 != "Yuri Ushakov" || n2 != n1 {
		t.Fatalf("test names %q, %q", n1, n2)
	}
	k1, k2 := b.str(n1), b.str(n2)
	if k1 != n1 || k2 != n1 {
		t.Fatalf("str = %q, %q, want %q", k1, k2, n1)
	}
	if unsafe.StringData(k1) == unsafe.StringData(n1) {
		t.Error("str returned the document's own bytes")
	}
	if unsafe.StringData(k1) != unsafe.StringData(k2) {
		t.Error("str made two copies of one name")
	}
}
