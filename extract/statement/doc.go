// Package statement finds stated positions in a document whose actors are
// already resolved: who said what about whom, with which cue, polarity and
// issue. Every sentence is read once, in order:
//
//  1. pronouns ("He stressed …", "… that he said …") are resolved to the
//     person the previous sentences were about (pronoun.go);
//  2. cues are looked up in the word lists of data/cues.txt: reporting verbs
//     ("said", "warned"), participles ("saying"), "according to X",
//     "criticism from X", "alarmed X officials", "expressed skepticism",
//     "X's position …:" and "X: …" at the start of a sentence;
//  3. each cue finds its speaker phrase (speaker.go): the subject before it
//     (skipping auxiliaries, adverbs and a parenthesis between commas), the
//     name after it ("…,” said X"), the agent after "by", the phrase after
//     "according to" or "from". A phrase resolves to its head: the person it
//     names, a pronoun, a role the article gave a name ("Putin's foreign
//     policy aide"), or the state or organisation of unnamed officials
//     ("Kremlin aides", "U.S. officials");
//  4. polarity comes from the cue when it is decisive ("rejected", "warned",
//     "welcomed") and otherwise from the stance words of the sentence, with
//     negation ("not optimistic") and hedges ("premature to say"); words in
//     a concessive or conditional clause ("though …", "if …") do not count
//     (polarity.go).
//
// A sentence gives one statement per speaker. A second speaker counts only
// when it has its own reporting verb ("…, and Kyiv says …"); a media
// outlet that reports what someone said gives way to that someone; every
// person of a coordinated subject speaks. A sentence without a cue that
// opens a new quotation right after a speaker's sentence, in the same
// paragraph, is that speaker's.
package statement
