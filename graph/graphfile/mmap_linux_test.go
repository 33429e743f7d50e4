package graphfile

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph/generate"
)

// TestReadMapped checks that a mapped file decodes to the graph that Read
// gives, and that a file which shrinks after it was mapped makes the
// decode fail (and ReadFile read the file) instead of crashing.
func TestReadMapped(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, generate.PlantedPartition(2000, 20, 10000, 0.2, 1)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "graph.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, ok := readMapped(f, int64(buf.Len()))
	if !ok {
		t.Fatal("readMapped: not ok")
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("readMapped: graph differs from Read's")
	}

	data, unmap, ok := mapFile(f, int64(buf.Len()))
	if !ok {
		t.Fatal("mapFile: not ok")
	}
	defer unmap()
	if err := os.Truncate(path, 100); err != nil {
		t.Fatal(err)
	}
	ctl := &control{guard: true}
	if _, ok := decode(data, ctl); ok || !ctl.faulted.Load() {
		t.Fatalf("decode of a shrunk mapping: ok %v, faulted %v; want a fault and no graph", ok, ctl.faulted.Load())
	}
	if _, err := ReadFile(path); err == nil {
		t.Fatal("ReadFile of a truncated file: no error")
	}
}
