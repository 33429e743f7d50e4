// Package cite numbers the documents a text cites, in the order they are
// first cited, and turns them into the list of sources (title, outlet,
// date, URL or file) that a report ends with; it also names documents
// briefly for tables (DocLabels) and by their outlet.
package cite
