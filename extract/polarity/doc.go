// Package polarity says which sentiment a sentence expresses towards one
// target mentioned in it: negative, neutral or positive, with a probability.
package polarity
