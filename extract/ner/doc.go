// Package ner is a statistical named-entity tagger for news text.
//
// It labels tokens with IOB2 tags for persons (PER), locations (LOC),
// organisations (ORG) and miscellaneous names (MISC). The model is a greedy
// left-to-right averaged perceptron (Collins 2002) over hashed features: the
// word, its shape, prefixes and suffixes, the words and shapes around it, the
// two previous tags, the position in the sentence, whether the sentence is in
// capitals, word lists written for this package (data/*.txt), and
// document-level features. Following Ratinov and Roth (2009), "Design
// challenges and misconceptions in named entity recognition", CoNLL 2009, the
// tagger runs in two passes: the second pass sees how the first pass tagged
// the same word elsewhere in the document, which fixes headlines in capitals
// and short repeated mentions ("Clinton" after "Bill Clinton").
//
// The model is trained from CoNLL-2003 data by Train (see cmd/nertrain) and
// ships embedded; Default loads it. A Model is immutable and safe for
// concurrent use.
package ner
