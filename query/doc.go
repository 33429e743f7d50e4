// Package query answers the questions actorgraph's commands ask of an actor
// graph, as a library: it opens a graph once (a graph file, or articles
// built on the fly) together with where its sources are, resolves the actor
// names a person types (aliases, spelling variants, the gazetteer,
// ambiguity, nearest names), and returns plain records — actors, rankings,
// communities, neighbours, paths with their evidence, statements, the part
// of a graph a diagram shows — that tables and --json print alike.
//
// The commands of cmd/actorgraph parse their flags, call one function of
// this package and write what it returns; nothing here parses flags or
// draws.
package query
