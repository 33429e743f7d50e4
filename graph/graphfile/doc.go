// Package graphfile reads and writes the graph file: the versioned JSON
// form of a graph.Graph (format "actorgraph-graph/1") that `actorgraph
// build` writes and every query command reads.
//
// Write puts each top-level field on its own line, compact inside. Read
// checks the format version and the references inside the file and refuses
// a truncated, corrupt or wrong-version file with an error that wraps
// ErrFormat; a strict hand-written parser reads files in the shape Write
// gives, several sections at once, and anything unusual goes through
// encoding/json, which it is tested to agree with.
package graphfile
