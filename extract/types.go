package extract

import (
	"fmt"
	"strings"
)

// Kind is the type of an actor: a person, a state or an organisation.
type Kind uint8

// The actor kinds. KindUnknown is the zero value and never appears in an
// Extraction.
const (
	KindUnknown Kind = iota
	KindPerson
	KindState
	KindOrg
)

// String returns the name used in JSON and on the command line:
// "person", "state" or "org".
func (k Kind) String() string {
	switch k {
	case KindPerson:
		return "person"
	case KindState:
		return "state"
	case KindOrg:
		return "org"
	}
	return "unknown"
}

// ParseKind parses a kind name as printed by Kind.String. It also accepts the
// spellings "organisation", "organization", "per", "country" and "loc" (a
// located actor is a state).
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "person", "per", "people":
		return KindPerson, nil
	case "state", "country", "loc":
		return KindState, nil
	case "org", "organisation", "organization":
		return KindOrg, nil
	case "unknown", "":
		// Actors of graphs imported from elsewhere may have no type.
		return KindUnknown, nil
	}
	return KindUnknown, fmt.Errorf("unknown actor type %q (want person, state or org)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Span is a half-open byte range [Start, End) in a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Document is one article as read from a file, a JSON record or stdin.
type Document struct {
	// ID identifies the document: the path for a file, "path#id" or the
	// record's own id for JSON records.
	ID string `json:"id"`
	// Path is the file the document came from ("-" for stdin).
	Path string `json:"path,omitempty"`
	// Line is the 1-based line (JSON lines) or record number (JSON arrays)
	// inside Path, 0 for whole-file documents.
	Line   int    `json:"line,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	// Text is the article body (without the title), valid UTF-8.
	Text string `json:"-"`
}

// Token is a word or punctuation mark with its byte span in the text.
type Token struct {
	Text string
	Span Span
}

// Sentence is one sentence of a document.
type Sentence struct {
	// Index is the 0-based position of the sentence in the document.
	Index int `json:"index"`
	// Paragraph is the 0-based paragraph the sentence belongs to.
	Paragraph int `json:"paragraph"`
	Span
}

// MentionVia says how a mention was recognised.
type MentionVia string

// The ways a mention can refer to an actor.
const (
	ViaName     MentionVia = "name"     // the actor's name or an alias
	ViaDemonym  MentionVia = "demonym"  // "Russian" for Russia
	ViaSeat     MentionVia = "seat"     // a capital or seat of government: "Kremlin", "Washington"
	ViaPronoun  MentionVia = "pronoun"  // a resolved pronoun: "he", "she"
	ViaRole     MentionVia = "role"     // a resolved role description: "Putin's foreign policy aide"
	ViaOfficial MentionVia = "official" // an unnamed official: "a U.S. official"
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
}

// Actor is a person, state or organisation found in a document.
type Actor struct {
	Name string `json:"name"`
	Type Kind   `json:"type"`
	// Affiliation is the state a person acts for, if known.
	Affiliation string `json:"affiliation,omitempty"`
	// Aliases are the surface forms that named the actor, sorted.
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
}

// Place is a location that is not an actor: a city used as a venue, a
// region, a sea.
type Place struct {
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
}

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
	Span
	// Sentence is the index of that sentence in the document.
	SentenceIndex int `json:"sentence_index"`
}

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
}
