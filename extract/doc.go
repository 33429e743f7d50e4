// Package extract turns one news article into its actors, places and
// statements: a Document in, an Extraction out. It is the orchestrator of
// the stages, each a package of its own:
//
//	corpus     Document: files, folders, stdin; text, Markdown, HTML, JSON
//	text       sentences, tokens, page furniture
//	lexicon    gazetteers, the alias file, name keys
//	ner        the statistical entity tagger (PER/LOC/ORG)
//	(here)     mentions -> actors: alias and coreference resolution,
//	           affiliation
//	statement  stated positions: speaker, cue, polarity, targets, issue
//
// An Extraction is a pure function of the document, the lexicon and the
// tagger model. An Extractor holds no hidden state, so documents can be
// processed in any order, on any number of goroutines or machines, and
// merged afterwards by package graph.
//
// Every token, sentence, mention and statement keeps byte offsets into the
// document's analysed text (Document.AnalysedText), so every edge of the
// final graph can be traced back to the sentence behind it.
package extract
