// Package extract turns news articles into actors, places and statements.
//
// The flow inside one document is
//
//	Document -> sentences -> tokens -> entity mentions (PER/LOC/ORG)
//	         -> actors (alias and coreference resolution, affiliation)
//	         -> statements (speaker, cue, polarity, targets, issue)
//
// and the result is an [Extraction]: a pure function of the document, the
// lexicon (embedded gazetteers) and the tagger model. Extract holds no hidden
// state, so documents can be processed in any order, on any number of
// goroutines or machines, and merged afterwards by package graph.
//
// Every token, sentence, mention and statement keeps byte offsets into
// Document.Text, so every edge of the final graph can be traced back to the
// sentence behind it.
package extract
