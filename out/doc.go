// Package out holds every way an actor graph leaves the program: diagrams
// (SVG, PNG and DOT through go-graphviz), data exports (JSON node-link,
// GraphML, GEXF 1.2, CSV, DOT) and terminal tables.
//
// Actor names come from untrusted text. Every writer passes them through
// the same cleaning (valid UTF-8, no control characters, no characters
// illegal in XML 1.0, no bidirectional overrides) and then through the
// escaping of its own format, so that no name can break out of a DOT
// string, inject markup into SVG, GraphML or GEXF, or run as a formula in
// a spreadsheet. Output is deterministic: the same input gives the same
// bytes.
//
// Diagrams are built in two steps: DiagramFrom turns a graph (already cut
// down to what should be shown, for example by graph.Subgraph) into a
// Diagram, plain data that the caller may adjust (title, highlighting), and
// Render lays it out and draws it.
package out
