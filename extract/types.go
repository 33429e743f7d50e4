package extract

import (
	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/statement"
	"github.com/actorgraph/actorgraph/extract/text"
)

// The vocabulary of an Extraction is defined by the packages that produce
// it; these aliases let a user of Extraction (package graph, the Beam
// pipeline) name it through this package alone.
type (
	// Document is one article as read by package corpus.
	Document = corpus.Document
	// Span is a half-open byte range in a document's analysed text.
	Span = text.Span
	// Sentence is one sentence of a document, with its paragraph.
	Sentence = text.Sentence
	// Kind is the type of an actor: person, state or organisation.
	Kind = lexicon.Kind
	// MentionVia says how a mention was recognised.
	MentionVia = lexicon.Via
	// Votes are the context votes of an actor's mentions (see package cue).
	Votes = cue.Votes
)

// The actor kinds (see lexicon.Kind).
const (
	KindUnknown = lexicon.KindUnknown
	KindPerson  = lexicon.KindPerson
	KindState   = lexicon.KindState
	KindOrg     = lexicon.KindOrg
)

// The ways a mention can refer to an actor (see lexicon.Via).
const (
	ViaName     = lexicon.ViaName
	ViaDemonym  = lexicon.ViaDemonym
	ViaSeat     = lexicon.ViaSeat
	ViaPronoun  = lexicon.ViaPronoun
	ViaRole     = lexicon.ViaRole
	ViaOfficial = lexicon.ViaOfficial
)

// Mention is one reference to an actor in a document.
type Mention struct {
	// Actor is the canonical name of the actor in this extraction.
	Actor string `json:"actor"`
	// Text is the surface form, Span its bytes in Document.Text.
	Text string `json:"text"`
	Span
	// Sentence is the index of the sentence that holds the mention.
	Sentence int        `json:"sentence"`
	Via      MentionVia `json:"via"`

	// Source is set when the mention cites the actor as the source of a
	// report ("X reported", "told X"): package graph drops such mentions
	// with --sources drop.
	Source bool `json:"-"`
}

// Actor is a person, state or organisation found in a document.
type Actor struct {
	Name string `json:"name"`
	// Key is the actor's identity across documents: lexicon.NameKey of
	// the name, under which spelling variants agree; for a state body
	// named without its state, the key of the gazetteer's body or the
	// name's key and the state joined by BodySep. Package graph merges
	// actors by it.
	Key string `json:"-"`
	// Canonical is, for a state body named without its state, the name
	// a graph shows it under when no document names it in full: the
	// gazetteer's ("U.S. Treasury") or the name after the state's
	// demonym ("Japanese Finance Ministry"); "" for other actors.
	Canonical string `json:"-"`
	Type      Kind   `json:"type"`
	// Affiliation is the state a person acts for, if known.
	Affiliation string `json:"affiliation,omitempty"`
	// Aliases are the surface forms that named the actor, sorted.
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`

	// The fields below are evidence for the corpus-level resolution of
	// package graph (type vote, short forms, sources); they are not
	// printed.

	// Known is set when the gazetteer or the alias file named the actor.
	Known bool `json:"-"`
	// Votes are the context votes of its mentions by name (package cue).
	Votes Votes `json:"-"`
	// HintKey is the key of the gazetteer person a bare surname would
	// have meant had the document agreed (see checkGazetteer); "" if none.
	HintKey string `json:"-"`
}

// Place is a location that is not an actor: a city used as a venue, a
// region, a sea.
type Place struct {
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
}

// Statement is a position stated by an actor (see package statement).
type Statement = statement.Statement

// TargetStance is a statement's polarity towards one of its targets (see
// package statement).
type TargetStance = statement.TargetStance

// Extraction is everything extracted from one document. Its JSON form is the
// line printed by `actorgraph extract --json`.
type Extraction struct {
	Doc   string `json:"doc"`
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"`
	URL   string `json:"url,omitempty"`
	// Document carries the identity of the source (not its text).
	Document   Document    `json:"-"`
	Actors     []Actor     `json:"actors"`
	Places     []Place     `json:"places"`
	Statements []Statement `json:"statements"`
	// Sentences and Mentions feed the graph builder; they are not printed
	// by extract --json.
	Sentences []Sentence `json:"-"`
	Mentions  []Mention  `json:"-"`
	// Text is the analysed text: the title, a blank line and the body (or
	// the body alone for a document without a title). Every offset of the
	// extraction refers to it; the graph builder cuts evidence sentences
	// from it. It is not printed.
	Text string `json:"-"`
	// Things are the names this document's contexts mark as works,
	// products or events rather than actors (see settle): not actors of
	// the extraction, but their votes still count in the corpus-level type
	// vote of package graph. Not printed.
	Things []Actor `json:"-"`
}

// ParseKind parses an actor type as printed by Kind.String (see
// lexicon.ParseKind for the spellings it accepts).
func ParseKind(s string) (Kind, error) { return lexicon.ParseKind(s) }
