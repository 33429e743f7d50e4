// Package graph holds the actor graph's model: documents, actors (with
// their ids, evidence and per-day counts), co-mention edges, stances,
// statements and places, as plain data with integer counts, so that the
// merge that makes it (package build) is associative and order-independent:
// any number of workers, or a distributed engine, produce the same bytes.
//
// Its sub-packages each do one thing with the model: build makes it from
// extractions (and makes the graph of a period), graphfile reads and
// writes the graph file, network analyses it, importer reads graphs made
// by other tools, generate makes synthetic graphs.
package graph
