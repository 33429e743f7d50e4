// Package ner is a statistical named-entity tagger for news text.
//
// It labels tokens with IOB2 tags for persons (PER), locations (LOC),
// organisations (ORG) and miscellaneous names (MISC). The model is a greedy
// left-to-right averaged perceptron (Collins 2002) over hashed features: the
// word, its shape, prefixes and suffixes, the words and shapes around it, the
// two previous tags, the position in the sentence, whether the sentence is in
// capitals, word lists written for this package (data/*.txt), word clusters
// learnt from unlabelled news (data/clusters.txt.gz; Clusters, package
// brown), and document-level features. Following Ratinov and Roth (2009), "Design
// challenges and misconceptions in named entity recognition", CoNLL 2009, the
// tagger runs in two passes: the second pass sees how the first pass tagged
// the same word elsewhere in the document, which fixes headlines in capitals
// and short repeated mentions ("Clinton" after "Bill Clinton").
//
// The word clusters are what lets the tagger generalise beyond the names of
// its training data (Ratinov and Roth found them the most useful external
// knowledge): the prefixes of 4, 6, 10 and 20 bits of the Brown cluster of
// a word and of the words up to two tokens around it are features, so that
// an unseen club, company or band is tagged like the names of its cluster.
// In five-fold cross-validation on the training split they add 1.1 F1, on
// the dev split 1.2 (mean of three seeds; data/README.md). A model may also
// hold clusters of word vectors (TrainOptions.Embeddings), whose prefixes
// are features of the word, with its capitals, and of its neighbours; the
// embedded model has none (data/README.md says why).
//
// Labels are BILOU internally (Begin, Inside, Last, Unit; Ratinov and Roth
// found it better than IOB) and IOB2 Tags on output.
//
// Speed: features are 64-bit hashes looked up in one compact open-addressing
// table that serves both passes; lower-case tokens more than two tokens away
// from any capitalised token are tagged O without scoring (this did not lower
// dev F1), and the second pass keeps the first pass's O on lower-case tokens.
// Scores are integer sums, so groups of features are summed once and reused
// (fast.go): the features whose values are labels or counts per model, the
// features of a word alone or as a neighbour in a cache of recent words that
// lasts across documents. The other keys of all the tokens of a document are
// located in the table before any is scored, so that their cache misses
// overlap, and rows are added four labels at a time. The cluster features of
// the words two tokens away depend on the cluster alone and are summed once
// per cluster; clusters are looked up only for tokens that features use.
// Tagging allocates only the returned slices; buffers and the word cache
// come from a pool.
//
// The model is trained from CoNLL-2003 data by Train (see cmd/nertrain) and
// ships embedded; Default loads it. A Model is immutable and safe for
// concurrent use.
package ner
