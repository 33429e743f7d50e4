// Package statement finds stated positions in a document whose actors are
// already resolved: who said what about whom, with which cue, polarity,
// confidence and issue, and the speaker's polarity towards each target.
// Every sentence is read once, in order:
//
//  1. pronouns ("He stressed …", "… that he said …") are resolved to the
//     person the previous sentences were about (pronoun.go): who spoke in
//     them, the speaker of a quotation that runs on over sentences and
//     paragraphs, else their subject; a "he" after a sentence whose named
//     speaker the extraction does not know stays unresolved; "it" and
//     "they" are the state or organisation that spoke last, else the one
//     the sentence before names as its whole subject, when no one else
//     reports that sentence or spoke just before ("Dortmund will get
//     loans. It estimated …"); "they" and a plural description ("both
//     companies", "the two countries") are each actor of the coordination
//     that spoke in that sentence or the one before, or, when no one spoke
//     there, that was the whole subject of the sentence before ("Toyota
//     and Honda cut prices. Both companies said …"); a plural description
//     without such a coordination stands for the one that is the subject
//     of its own sentence ("Iran and India reached a deal …, both
//     countries said"), else the last one of the six sentences before,
//     else the two organisations or states of its kind that the story has
//     named twice or more, when they are the only two ("ConAgra agreed to
//     acquire Monfort … The companies said"), else, for a description
//     that opens its sentence or the tag after a comma, the only two it
//     has named at all ("Shares of Sumitomo Mitsui Financial and Daiwa
//     Securities jumped … The firms denied …"; never "the banks", a
//     story's creditors as often), or the only two of its own sentence
//     before the tag ("ConAgra Inc agreed to acquire Monfort of Colorado
//     Inc, both companies said");
//  2. cues are looked up in the word lists of data/cues.txt: reporting verbs
//     ("said", "warned", "pointed out", "made it clear"; Levin's verb
//     classes 37.3-37.9 and FrameNet's Statement frame), participles
//     ("saying"), "according to X", "criticism from X", "alarmed X
//     officials", "expressed skepticism", "X's position …:" and "X: …" at
//     the start of a sentence, and a noun of saying after a possessive
//     ("Brown's announcement in July that …", "Iraq's call for …") in a
//     sentence that reports no one else (in "Brown rejected the Lib Dems'
//     call for …" the call is what Brown's statement is about); negated speech ("has not yet responded"),
//     "declined to comment" and acts ("announced a curfew") are no cues
//     here (event.go);
//  3. each cue finds its speaker phrase (speaker.go): the subject before it
//     (skipping auxiliaries, adverbs and a parenthesis between commas), the
//     name after it ("…,” said X", "…, said founder X."), the agent after
//     "by", the phrase after "according to" or "from". A phrase resolves
//     to its head: the person it names, a pronoun, a role the article gave
//     a name ("Putin's foreign policy aide") or the people list gives
//     ("the prime minister"), the state or organisation of unnamed
//     officials ("Kremlin aides", "U.S. officials"), a description of a
//     body named before ("the company", "the party", "the statement";
//     description.go) or the state the article is about ("the
//     government", "a senior official"). A news agency that passes on a
//     quotation or is a source ("according to Reuters") is not a speaker,
//     nor is the outlet that asked ("economists polled by Reuters said");
//     an envoy speaks for the state that sent him ("the Soviet ambassador
//     to the United States said"), and the spokesman of someone the story
//     names only by a noun ("the rapper's spokesman") for no state.
//     Descriptions of bodies include their trades and forms ("the
//     utility", "the automaker", "the partnership", only a body named as
//     one, "the exchange", only an exchange), after "according to" as
//     before a verb ("according to the company"); "the department" is
//     also a body that spoke under a name written with the noun ("the
//     Defense Department said" for the Pentagon); "the bank" and a bank's
//     officials after a central bank no name made an actor speak for its
//     state; a document ("the communique", "the report") is its issuer's,
//     named with it, heard in the sentences before, or, however far back,
//     the speaker who said it spoke in such a document ("says in its
//     latest monthly report"), and no one's alone ("a high command
//     communique"). "The prime minister" of a story that names two heads
//     of government of the people list is the one the text does not set
//     apart from the title ("accused the prime minister and Mr Brown").
//     The wire's angle brackets around a name and a generation after it
//     ("Alfred Brittain III") belong to the speaker phrase.
//     A lead that describes a body the story names only later ("…, a
//     charity has warned", "…, MPs have said", "…, a report says") waits
//     for it: the first organisation named as a speaker, or as the author
//     of the report, within the next six sentences that fits the
//     description is the lead's speaker (lead.go);
//  4. targets are the actors of the statement's own words (target.go), not
//     an opening adverbial, the hearer or the company of the saying, an
//     appositive about the speaker, a concessive or circumstantial clause,
//     or the makers of a thing it speaks about;
//  5. polarity and confidence (stance.go, priors.go): the word lists decide
//     where they read a polarity (a deciding cue such as "rejected",
//     stance words with negation and hedges, a demand on someone else),
//     else the polarity model (package polarity) over the statement and
//     its targets; both are combined as a product of experts whose
//     word-list tables are counted on NewsMTSC (data/priors.tsv,
//     cmd/stanceprior), which gives every statement and target a
//     confidence. Where the word lists say nothing, an in-domain
//     calibration (calibration.go, data/calibration.tsv, cmd/stancecal:
//     a logistic regression with a small word model and a stance
//     model, the polarity model retrained on the same labels with the
//     cue as its target (data/stance.bin.gz), fitted on the project's
//     labelled statements of data/stance-labels.tsv) decides the
//     statement's polarity from that reading. The confidence of a
//     statement is a second such calibration's probability of the
//     polarity chosen, fitted on every labelled statement
//     (confidence.go, data/confidence.tsv); a target's is that times the
//     target filter's probability that it is a real target. A target takes the statement's polarity unless the
//     speaker's own relation word decides for it ("echoed X", "sided
//     with X"); the speaker's own side is never a negative target.
//
// A sentence gives one statement per speaker. A second speaker counts only
// when it has its own reporting verb ("…, and Kyiv says …"); a media
// outlet that reports what someone said, or a source that opens the
// sentence ("According to X, Y urged …"), gives way to that someone;
// every part of a coordinated subject speaks ("A, B and C said", "the
// French and German governments said"), and "A and B accused each other"
// (or "each accused the other", "A and B traded accusations", "A
// exchanged barbs with B", or "A and B agreed") gives each a statement
// about the other; ", with X saying …" after another speaker's
// statement is X's own; a report inside a speaker's words of what an
// actor of the other side, named there, said or decided ("Qwest said that
// MCI had rejected the deal") is that actor's statement too, attested by
// the first (but not the one the next "it said" means). A sentence without a cue that opens a
// new quotation right after a speaker's sentence, in the same paragraph,
// is that speaker's: it gives no statement of its own (a report cites the
// sentence that names the speaker) but adds its targets of the same sign
// to that statement. The speaker of "X who said" is X; the unnamed
// spokesman, aide or lawyer of a named person ("the prime minister's
// official spokesman", "his spokesman") speaks for that person; a ministry the text names
// as an organisation speaks for itself, one described through its state
// or without a name for the state (description.go).
package statement
