// Package graph holds the actor graph: its model and the merge of
// per-document extractions into it.
//
// The model is plain data (Graph, Node, Edge, Stance, Statement) with integer
// counts, so that merging extractions is associative and order-independent:
// any number of workers, or a distributed engine, produce the same bytes.
// A Builder merges extractions (Add) or other builders (Merge), or reads the
// records a distributed engine wrote (AddRecord, ReadTable); Graph finalises
// it. Its sub-packages each do one thing with the model: graphfile reads and
// writes the graph file, network analyses it, importer reads graphs made by
// other tools, generate makes synthetic graphs.
package graph
