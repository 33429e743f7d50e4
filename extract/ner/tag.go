package ner

import "fmt"

// Tag is an IOB2 entity tag: O, or B-/I- followed by PER, LOC, ORG or MISC.
type Tag uint8

// The tags. B- starts an entity, I- continues it.
const (
	O Tag = iota
	BPER
	IPER
	BLOC
	ILOC
	BORG
	IORG
	BMISC
	IMISC
	numTags = 9
)

var tagNames = [numTags]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

var typeNames = [5]string{"", "PER", "LOC", "ORG", "MISC"}

// String returns the tag as written in CoNLL files, such as "B-PER" or "O".
func (t Tag) String() string {
	if int(t) < numTags {
		return tagNames[t]
	}
	return fmt.Sprintf("Tag(%d)", uint8(t))
}

// Type returns the entity type of t ("PER", "LOC", "ORG", "MISC"), or "" for O.
func (t Tag) Type() string { return typeNames[t.typ()] }

// typ returns 0 for O and 1..4 for PER, LOC, ORG, MISC.
func (t Tag) typ() int {
	if t == O || int(t) >= numTags {
		return 0
	}
	return (int(t) + 1) / 2
}

// isBegin reports whether t is a B- tag.
func (t Tag) isBegin() bool { return t != O && int(t) < numTags && t%2 == 1 }

// ParseTag parses "O", "B-PER", "I-LOC" and so on.
func ParseTag(s string) (Tag, error) {
	for i, n := range tagNames {
		if n == s {
			return Tag(i), nil
		}
	}
	return O, fmt.Errorf("unknown tag %q", s)
}

// beginOf returns the B- tag of entity type typ (1..4).
func beginOf(typ int) Tag { return Tag(2*typ - 1) }

// Entity is a run of tokens [Start, End) naming one entity of Type "PER",
// "LOC", "ORG" or "MISC".
type Entity struct {
	Start, End int
	Type       string
}

// Entities returns the entities in an IOB2 tag sequence. An I- tag that does
// not continue an entity of the same type starts a new one, as conlleval does.
func Entities(tags []Tag) []Entity {
	return AppendEntities(nil, tags)
}

// AppendEntities appends the entities of tags, as Entities returns them,
// to dst and returns the extended slice.
func AppendEntities(dst []Entity, tags []Tag) []Entity {
	out := dst
	cur := 0 // type of the open entity, 0 if none
	for i, t := range tags {
		typ := t.typ()
		if cur != 0 && (typ != cur || t.isBegin()) {
			out[len(out)-1].End = i
			cur = 0
		}
		if typ != 0 && cur == 0 {
			out = append(out, Entity{Start: i, End: i + 1, Type: typeNames[typ]})
			cur = typ
		}
	}
	if cur != 0 {
		out[len(out)-1].End = len(tags)
	}
	return out
}
