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
// bytes (see Render for the one exception).
//
// Diagrams are built in two steps: DiagramFrom turns a graph (already cut
// down to what should be shown, for example by graph.Select) into a
// Diagram, plain data that the caller may adjust (title, highlighting), and
// Render lays it out and draws it.
//
// The PNG is not drawn by go-graphviz's own PNG renderer, which fills edge
// curves and drops outlines: Render takes Graphviz's laid-out drawing
// operations (its JSON output) and paints them with fogleman/gg in the Go
// fonts, with a white halo behind node labels.
package out
