package importer

import (
	"bytes"
	"testing"

	"github.com/actorgraph/actorgraph/graph/generate"
)

func BenchmarkReadEdgeList(b *testing.B) {
	for _, size := range []int{10000, 100000} {
		b.Run(itoaBench(size), func(b *testing.B) {
			if size > 10000 && testing.Short() {
				b.Skip("100k skipped in -short mode")
			}
			var buf bytes.Buffer
			if err := WriteEdgeList(&buf, generate.PlantedPartition(size, size/100, 5*size, 0.2, 1)); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ReadEdgeList(bytes.NewReader(buf.Bytes()), "bench"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func itoaBench(n int) string {
	switch n {
	case 10000:
		return "10k"
	case 100000:
		return "100k"
	}
	return "n"
}
