package network

import "testing"

func BenchmarkLouvain(b *testing.B) {
	benchEach(b, func(b *testing.B, n *Network) {
		var q float64
		for b.Loop() {
			p, err := Communities(n, CommunityOptions{Seed: 1})
			if err != nil {
				b.Fatal(err)
			}
			q = p.Q
		}
		b.ReportMetric(q, "Q")
	})
}
