// Package build makes actor graphs (package graph's model) from
// extractions: the associative merge of extractions and of Beam records,
// the corpus-level resolution of actors (short forms, spelling variants,
// the type vote), the per-day data of dated documents, and the graph of a
// period of a graph (Between), made by the same code as a build.
package build
