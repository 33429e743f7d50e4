package graphfile

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph/generate"
)

// bigGraphFile is a generated graph of 100,000 actors and about 500,000
// edges as written by Write (about 30 MB), made once for the read
// benchmarks.
var bigGraphFile = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	if err := Write(&buf, generate.PlantedPartition(100000, 1000, 500000, 0.2, 1)); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// BenchmarkReadFileBig reads a generated 100,000-actor graph file with
// ReadFile, as the commands do. With AG_GRAPH set to a graph file, it also
// reads that file. Each file is read with Read and, for comparison, with
// encoding/json alone (the reader before the fast path).
func BenchmarkReadFileBig(b *testing.B) {
	if testing.Short() {
		b.Skip("big graph skipped in -short mode")
	}
	path := filepath.Join(b.TempDir(), "graph.json")
	if err := os.WriteFile(path, bigGraphFile(), 0o644); err != nil {
		b.Fatal(err)
	}
	files := []struct{ name, path string }{{"generated", path}}
	if p := os.Getenv("AG_GRAPH"); p != "" {
		files = append(files, struct{ name, path string }{"AG_GRAPH", p})
	}
	for _, f := range files {
		fi, err := os.Stat(f.path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(f.name+"/Read", func(b *testing.B) {
			b.SetBytes(fi.Size())
			for b.Loop() {
				if _, err := ReadFile(f.path); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(f.name+"/encoding-json", func(b *testing.B) {
			b.SetBytes(fi.Size())
			for b.Loop() {
				data, err := os.ReadFile(f.path)
				if err != nil {
					b.Fatal(err)
				}
				g, err := decodeStd(data)
				if err != nil {
					b.Fatal(err)
				}
				if err := g.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeFastBig decodes the generated 100,000-actor graph file in
// memory with the fast reader alone (no file, no validation): mostly the
// node and edge lists, parsed in their place (parseList).
func BenchmarkDecodeFastBig(b *testing.B) {
	if testing.Short() {
		b.Skip("big graph skipped in -short mode")
	}
	data := bigGraphFile()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := decodeFast(data); !ok {
			b.Fatal("the fast reader gave up on a file Write wrote")
		}
	}
}
