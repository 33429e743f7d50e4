// Package network analyses one layer of an actor graph on a compact
// network (Network, a CSR adjacency projected from a graph.Graph):
// centrality (degree, strength, betweenness, closeness, eigenvector,
// PageRank), communities (Louvain, signed and unsigned), k shortest paths
// (Yen) and ego networks.
//
// Gonum's algorithms are the reference the tests compare against. Gonum
// path algorithms read edge weights as costs, while our weights are
// strengths (how often two actors are mentioned together). The one place
// where strength becomes distance is Distance.
package network
