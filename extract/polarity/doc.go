// Package polarity says which sentiment a sentence expresses towards one
// target mentioned in it: negative, neutral or positive, with a probability.
//
// The model is a multinomial logistic regression with an L2 penalty, fitted
// by L-BFGS on the NewsMTSC training split (Hamborg and Donnay, "NewsMTSC: a
// dataset for (multi-)target-dependent sentiment classification in
// political news articles", EACL 2021), over hashed features of the
// sentence read from the target:
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
//     (near the target, its clause, other clauses).
//
// Training weights examples inversely to their class frequency, for macro
// F1. Cross-validation folds split by sentence. See data/README.md for the
// training command and the figures.
//
// Prediction tokenizes into pooled buffers and allocates nothing; a Model
// is immutable and safe for concurrent use. Default loads the embedded
// model, Load one written by Write, and Train (cmd/polaritytrain) makes
// one.
package polarity
