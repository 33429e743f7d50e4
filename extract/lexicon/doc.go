// Package lexicon holds what actorgraph knows about names before it reads
// a word of an article: the gazetteers of states, organisations, people,
// places and titles embedded in data/, the user's alias file that adds,
// merges, splits or ignores actors, and NameKey, the key under which
// spelling variants of one name agree.
//
// A Lexicon answers the longest gazetteer phrase at a position of a token
// sequence (Longest), the title or role phrase there (TitleAt), and lookups
// by name. It is immutable once built and safe for concurrent use.
package lexicon
