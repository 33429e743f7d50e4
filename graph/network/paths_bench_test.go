package network

import "testing"

func BenchmarkKShortest(b *testing.B) {
	benchEach(b, func(b *testing.B, n *Network) {
		from, to := 1, n.Len()-2
		for b.Loop() {
			if ps := KShortestPaths(n, from, to, 3, 0); len(ps) == 0 {
				b.Fatal("no path")
			}
		}
	})
}
