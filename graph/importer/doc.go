// Package importer reads graphs made by other tools into a graph.Graph, so
// that every analysis and drawing command works on them: weighted edge
// lists ("source target weight" per line) and GraphML (Gephi, NetworkX,
// Cytoscape, `actorgraph export`). WriteEdgeList writes the edge list back.
package importer
