// Package generate makes synthetic actor graphs of known structure for
// tests and benchmarks: planted partitions (communities to recover),
// preferential attachment (hubs, as in news) and G(n, p).
package generate
