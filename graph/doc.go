// Package graph holds the actor graph: its model, the merge of per-document
// extractions into it, its versioned file format, and its analysis
// (centrality, communities, paths, ego networks) on gonum.
//
// The model is plain data (Graph, Node, Edge, Stance, Statement) with integer
// counts, so that merging extractions is associative and order-independent:
// any number of workers, or a distributed engine, produce the same bytes.
//
// Gonum path algorithms read edge weights as costs, while our weights are
// strengths (how often two actors are mentioned together). The one place
// where strength becomes distance is Distance.
package graph
