package lexicon

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

// Via says how a mention was recognised.
type Via string

// The ways a mention can refer to an actor.
const (
	ViaName     Via = "name"     // the actor's name or an alias
	ViaDemonym  Via = "demonym"  // "Russian" for Russia
	ViaSeat     Via = "seat"     // a capital or seat of government: "Kremlin", "Washington"
	ViaPronoun  Via = "pronoun"  // a resolved pronoun: "he", "she"
	ViaRole     Via = "role"     // a resolved role description: "Putin's foreign policy aide"
	ViaOfficial Via = "official" // an unnamed official: "a U.S. official"
)
