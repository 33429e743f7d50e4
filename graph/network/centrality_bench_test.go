package network

import "testing"

func BenchmarkPageRank(b *testing.B) {
	benchEach(b, func(b *testing.B, n *Network) {
		for b.Loop() {
			if _, err := CentralityValues(n, MeasurePageRank, CentralityOptions{Tolerance: 1e-8}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkBetweennessSampled(b *testing.B) {
	benchEach(b, func(b *testing.B, n *Network) {
		for b.Loop() {
			CentralityValues(n, MeasureBetweenness, CentralityOptions{Samples: 256, Seed: 1})
		}
	})
}

func BenchmarkClosenessSampled(b *testing.B) {
	benchEach(b, func(b *testing.B, n *Network) {
		for b.Loop() {
			CentralityValues(n, MeasureCloseness, CentralityOptions{Samples: 256, Seed: 1})
		}
	})
}

// BenchmarkBetweennessExact10k compares with igraph's exact unweighted
// betweenness on 10k nodes (9.8 s in issue 5).
func BenchmarkBetweennessExact10k(b *testing.B) {
	n := benchNetwork(b, "pa", 10000)
	b.ReportAllocs()
	for b.Loop() {
		CentralityValues(n, MeasureBetweenness, CentralityOptions{Samples: n.Len(), Unweighted: true})
	}
}
