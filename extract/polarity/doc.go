// Package polarity says which sentiment a sentence expresses towards one
// target mentioned in it: negative, neutral or positive, with a probability.
//
// The model is an ensemble, trained on the NewsMTSC training split (Hamborg
// and Donnay, "NewsMTSC: a dataset for (multi-)target-dependent sentiment
// classification in political news articles", EACL 2021), of a linear model
// and small neural models, both reading pretrained word vectors (GloVe;
// Pennington, Socher and Manning, EMNLP 2014; a subset of 100-dimensional
// vectors, quantised to 8 bits, see data/README.md).
//
// The linear model is a multinomial logistic regression with an L2
// penalty, fitted by L-BFGS, over hashed features of the sentence read from
// the target:
//
//   - the words of the sentence (without the target), alone and weighted
//     by closeness to the target (1/(1+d/3) for a distance of d tokens), and
//     their light stems (suffix stripping) weighted the same way;
//   - the words by side (left, right) and distance bucket, by side and
//     clause distance (clauses split at punctuation, quotation marks and
//     connectives such as "but", "while", "who"), and word pairs read away
//     from the target within six tokens;
//   - words in the scope of a negator (up to three words after "not",
//     "never", "n't" words, within the clause);
//   - the words of the target itself, its length, capitalisation and
//     position, and whether it stands inside quotation marks;
//   - a sentiment lexicon (VADER; Hutto and Gilbert 2014): signed lexicon
//     hits by side, distance and clause distance, with negated hits
//     flipped, and dense sums of positive and negative valence per region
//     (near the target, its clause, other clauses);
//   - averages of the word vectors of four regions: all context words
//     weighted by closeness, the target's clause, three tokens either side,
//     and the target's own words (dense; these carry word meaning to words
//     the training data never showed).
//
// Each neural model is a bidirectional GRU over the word vectors and a few
// token features (relative position embedding, lexicon valence, negation
// and clause flags), whose states are pooled by an attention conditioned on
// the target's mean state; see net.go. It is trained by Adam with dropout
// and stops early on a validation part of the training data; the forward
// and backward passes are checked against numerical gradients in the
// tests. Training is deterministic (seeded, sequential).
//
// The ensemble averages the temperature-scaled class scores of the linear
// model and of the mean of the neural models, and scales the result by a
// last temperature; the temperatures are fitted on the validation part, so
// that Confidence is calibrated on data the model did not train on.
// Training weights examples inversely to their class frequency, for macro
// F1. Cross-validation folds split by sentence. See data/README.md for the
// training command and the figures.
//
// Prediction tokenizes into pooled buffers and allocates nothing; a Model
// is immutable and safe for concurrent use. The networks' matrix-vector
// products and GRU steps, most of a prediction's work, run on amd64 in
// small SSE kernels written in Go assembly (matvec_amd64.s, gru_amd64.s;
// no cgo; the recurrent product in an AVX one where the processor has it)
// that put each value through the same float32 operations in the
// same order as gonum's Sgemv and the Go code, so that the probabilities
// are the same bit for bit with the build tag purego, which leaves them to
// gonum and Go, and on other architectures. Default loads the embedded
// model, Load one written by Write, and Train (cmd/polaritytrain) makes
// one.
package polarity
