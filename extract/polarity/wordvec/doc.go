// Package wordvec learns word vectors from unlabelled text (skip-gram with
// negative sampling) and groups them into clusters (spherical k-means),
// deterministically, for the word-cluster features of package polarity.
package wordvec
