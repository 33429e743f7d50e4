// Package cue reads the words around a name and votes on what kind of thing
// the name stands for: a person, an organisation, an actor at all (one that
// says or decides things), a work (film, book, album), a product, an event
// or holiday, or a news outlet cited as the source of a report.
//
// One mention gives at most one vote per class; package graph adds the
// votes of every mention of an actor over a whole corpus, so that one
// misleading sentence does not decide the type of an actor that a hundred
// others describe. The phrase lists are in data/cues.tsv (see
// data/README.md for how they were written).
package cue
