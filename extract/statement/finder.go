package statement

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Statement is a position stated by an actor: who said it (Speaker), with
// which cue word, its polarity (1 supports, -1 rejects, 0 neutral), the
// actors it is about and the issue it concerns.
type Statement struct {
	Speaker  string   `json:"speaker"`
	Cue      string   `json:"cue"`
	Polarity int      `json:"polarity"`
	Targets  []string `json:"targets"`
	Issue    string   `json:"issue,omitempty"`
	// Text is the sentence that carries the statement, Span its bytes.
	Text string `json:"sentence"`
	text.Span
	// SentenceIndex is the index of that sentence in the document.
	SentenceIndex int `json:"sentence_index"`
	// Headline marks a statement of the document's headline, which sums
	// up a position that the body often reports again with its speaker
	// and words; a graph counts it only when the body gives its speaker
	// no statement.
	Headline bool `json:"headline,omitempty"`
	// Confidence is the probability that Polarity is right, in [0, 1]
	// (see stance.go for how it is made).
	Confidence float64 `json:"confidence"`
	// Stances holds the statement's polarity towards each of Targets, in
	// the same order: the speaker's stance towards that actor, which may
	// differ from the statement's overall polarity ("X praised A for
	// standing up to B").
	Stances []TargetStance `json:"stances"`
	// Reading holds what the statement finder read of the statement
	// before its calibration decided the polarity (the features
	// cmd/stancecal fits the calibration on); it is not written out.
	Reading Reading `json:"-"`
}

// TargetStance is a statement's polarity towards one of its targets.
type TargetStance struct {
	Target string `json:"target"`
	// Polarity is 1 (supports), -1 (rejects, criticises) or 0 (neutral).
	Polarity int `json:"polarity"`
	// Confidence is the probability that Polarity is right, in [0, 1].
	Confidence float64 `json:"confidence"`
}

// Actor is an actor of the document as the statement finder sees it.
type Actor struct {
	Name string
	Kind lexicon.Kind
	// Affiliation is the state or organisation the actor acts for, or "".
	Affiliation string
	// Outlet marks a news outlet the gazetteer does not know by this
	// name: a channel or station of one it knows ("BBC Radio 4").
	Outlet bool
}

// Mention is one resolved mention of an actor: tokens [T0, T1) of sentence
// Sentence, Span in the document's text.
type Mention struct {
	Actor    int // index into Doc.Actors
	Sentence int
	T0, T1   int
	Span     text.Span
	Via      lexicon.Via
}

// Doc is one document as the earlier stages left it: its text cut into
// sentences and tokens, the actors resolved in it and their mentions.
type Doc struct {
	Text      string
	Sentences []text.Sentence
	// Tokens holds the tokens of each sentence.
	Tokens [][]text.Token
	// Skipped marks sentences that are page furniture or too long to read.
	Skipped []bool
	// TitleCase marks the sentences of a headline written in title case,
	// a wire's style ("Harlow Corp Sees Higher Earnings"): a reporting
	// verb there is capitalised like every other word, and only the name
	// right before it speaks (see headlineSubject). Nil when there is none.
	TitleCase []bool
	// Headline marks the sentences of the document's headline, the title
	// at the start of Text, in either case. A headline in sentence case
	// ("Blair rejects Tory terror offer") states a position in a reporting
	// verb of the present, as the body does in the past; its other verbs
	// are read as a headline's grammar has them (see headlineCandidates).
	// Nil when the text has no title of its own.
	Headline []bool
	Actors   []Actor
	// Mentions are the mentions of Actors, in sentence order.
	Mentions []Mention
}

// Options configures a Finder.
type Options struct {
	// Pronouns resolves "he"/"she" to the person the previous sentences
	// were about and role descriptions ("the Kremlin spokesman") to the
	// person the article named with that role, returning them as new
	// mentions.
	Pronouns bool
	// Sentiment is the target-dependent polarity model that weighs each
	// target's stance (package polarity); nil leaves the polarity to the
	// word lists alone.
	Sentiment *polarity.Model
}

// Finder finds stated positions. It is immutable and safe for concurrent
// use.
type Finder struct {
	lex    *lexicon.Lexicon
	cues   *cueLexicon
	priors *Priors
	cal    *Calibration // nil: no calibration
	conf   *Calibration // the confidence calibration (confidence.go); nil: decide's own
	// tfilter drops the targets that are not really what a statement is
	// about; nil keeps all.
	tfilter *TargetFilter
	opts    Options
}

// New returns a Finder that reads titles and organisations from lex,
// reporting cues from the embedded word lists (data/) and the weights of
// the word-list evidence from data/priors.tsv.
func New(lex *lexicon.Lexicon, opts Options) *Finder {
	f := &Finder{lex: lex, cues: defaultCues(), priors: defaultPriors(), cal: defaultCalibration(),
		conf: defaultConfidence(), tfilter: defaultTargetFilter(), opts: opts}
	if f.cal != nil && f.conf != nil {
		f.conf.Stance = f.cal.Stance // one stance model for both
	}
	return f
}

// mention is a Mention inside the finder, by sentence and token range.
type mention struct {
	sent       int // sentence index
	t0, t1     int // token range [t0,t1) within the sentence's tokens
	span       text.Span
	via        lexicon.Via
	actorIndex int // index into the document's actors
}

// actor is an Actor inside the finder.
type actor struct {
	name   string
	kind   lexicon.Kind
	affil  string
	outlet bool // Actor.Outlet
}
