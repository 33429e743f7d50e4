// Package brown induces Brown word clusters (Brown et al. 1992,
// "Class-based n-gram models of natural language", Computational
// Linguistics 18(4)) from unlabelled text: a binary tree over the words in
// which words with similar left and right neighbours share long path
// prefixes.
//
// It implements the windowed agglomerative algorithm described by Liang
// (2005, "Semi-supervised learning for natural language", MIT master's
// thesis, section 3.2): the words are taken in order of decreasing
// frequency, each new word opens a cluster, and whenever there are c+1
// active clusters the pair whose merge loses the least average mutual
// information between adjacent clusters is merged. After the last word, the
// c remaining clusters are merged down to one, which gives the tree; every
// word gets the bit string of the path from the root to its cluster (0 for
// the first child, 1 for the second).
//
// The merge losses are kept for all pairs and updated incrementally after
// each merge. An update is needed only for pairs of which one cluster is
// adjacent to the smaller of the two merged clusters, and the loss of a pair
// involving a new word sums over the word's neighbours only, so a step
// costs about c times the number of clusters next to the new word, not c².
//
// The result is deterministic: words are ordered by count and then by
// text, ties between merges go to the first pair in slot order, and every
// sum is taken in a fixed order.
package brown
