package graphfile

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// The strict parsers of the fast reader (see file_fast.go). Each parses
// one JSON value at b[i:] and returns it, the offset after it and whether
// it parsed. They accept only objects whose keys are exactly the JSON names
// of the struct's fields, each at most once, integers in JSON's grammar
// that fit in an int, and strings that are valid UTF-8; anything else is
// not ok, and the caller decodes the element with encoding/json. What they
// accept, they decode as encoding/json does.

// parseNodeInto parses a Node into *n, which must be zero.
func parseNodeInto(b []byte, i int, n *graph.Node) (_ int, ok bool) {
	var t graph.NodeTime
	hasTime := false
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "id":
			bit = 1 << 0
			n.ID, i, ok = parseInteger(b, i)
		case "name":
			bit = 1 << 1
			n.Name, i, ok = parseString(b, i)
		case "type":
			bit = 1 << 2
			n.Type, i, ok = parseKind(b, i)
		case "affiliation":
			bit = 1 << 3
			n.Affiliation, i, ok = parseString(b, i)
		case "aliases":
			bit = 1 << 4
			n.Aliases, i, ok = parseArray(b, i, parseString)
		case "mentions":
			bit = 1 << 5
			n.Mentions, i, ok = parseInteger(b, i)
		case "documents":
			bit = 1 << 6
			n.Documents, i, ok = parseInteger(b, i)
		case "actor_id":
			bit = 1 << 7
			n.ActorID, i, ok = parseString(b, i)
		case "role":
			bit = 1 << 8
			n.Role, i, ok = parseString(b, i)
		case "candidates":
			bit = 1 << 9
			n.Candidates, i, ok = parseArray(b, i, parseString)
		case "kinds":
			bit = 1 << 10
			n.Kinds, i, ok = parseCounts(b, i)
		case "votes":
			bit = 1 << 11
			n.Votes, i, ok = parseVotes(b, i)
		default:
			bit, i, ok = nodeTimeMember(b, i, key, n, &t)
			hasTime = hasTime || bit > 1<<12
		}
		return bit, i, ok
	})
	if hasTime {
		// As encoding/json, which sets Node.NodeTime on the first of
		// its keys, even for a null list.
		n.NodeTime = new(graph.NodeTime)
		*n.NodeTime = t
	}
	return i, ok
}

// parseEdgeInto parses an Edge into *e, which must be zero.
func parseEdgeInto(b []byte, i int, e *graph.Edge) (_ int, ok bool) {
	if end, ok := parseFlatEdge(b, i, e); ok {
		return end, true
	}
	// parseFlatEdge wrote integers only.
	e.Source, e.Target, e.Weight, e.Documents = 0, 0, 0, 0
	var t graph.EdgeText
	hasText := false
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "source":
			bit = 1 << 0
			e.Source, i, ok = parseInteger(b, i)
		case "target":
			bit = 1 << 1
			e.Target, i, ok = parseInteger(b, i)
		case "weight":
			bit = 1 << 2
			e.Weight, i, ok = parseInteger(b, i)
		case "documents":
			bit = 1 << 3
			e.Documents, i, ok = parseInteger(b, i)
		case "evidence":
			bit = 1 << 4
			t.Evidence, i, ok = parseArray(b, i, parseEvidence)
		case "refs":
			bit = 1 << 5
			t.Refs, i, ok = parseArray(b, i, parseRef)
		case "days":
			bit = 1 << 6
			t.Days, i, ok = parseArray(b, i, parseDayCount)
		case "parts":
			bit = 1 << 7
			t.Parts, i, ok = parseArray(b, i, parseEdgePart)
		default:
			ok = false
		}
		hasText = hasText || bit >= 1<<4
		return bit, i, ok
	})
	if hasText {
		// As encoding/json, which sets Edge.EdgeText on the first of
		// its keys, even for a null list.
		e.EdgeText = new(graph.EdgeText)
		*e.EdgeText = t
	}
	return i, ok
}

// parseFlatEdge parses an edge of four integers as Write writes it,
// {"source":1,"target":2,"weight":3,"documents":4} with or without the
// documents, which is most of the edges of a large graph; it is several
// times faster than the general parser, which takes any other edge.
func parseFlatEdge(b []byte, i int, e *graph.Edge) (end int, ok bool) {
	if !hasLiteral(b, i, `{"source":`) {
		return i, false
	}
	if e.Source, i, ok = parseInteger(b, i+len(`{"source":`)); !ok || !hasLiteral(b, i, `,"target":`) {
		return i, false
	}
	if e.Target, i, ok = parseInteger(b, i+len(`,"target":`)); !ok || !hasLiteral(b, i, `,"weight":`) {
		return i, false
	}
	if e.Weight, i, ok = parseInteger(b, i+len(`,"weight":`)); !ok {
		return i, false
	}
	if hasLiteral(b, i, `,"documents":`) {
		if e.Documents, i, ok = parseInteger(b, i+len(`,"documents":`)); !ok {
			return i, false
		}
	}
	if i < len(b) && b[i] == '}' {
		return i + 1, true
	}
	return i, false
}

// parseEvidence parses an Evidence.
func parseEvidence(b []byte, i int) (ev graph.Evidence, _ int, ok bool) {
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		if bit, i, ok = evidenceMember(b, i, key, &ev); bit == 0 {
			ok = false
		}
		return bit, i, ok
	})
	return ev, i, ok
}

// evidenceMember parses the value of the member key of an Evidence object,
// or of an object that embeds Evidence, into ev. bit identifies the key
// among those of Evidence (starting at 1<<16); it is 0 for another key,
// and then nothing is parsed.
func evidenceMember(b []byte, i int, key []byte, ev *graph.Evidence) (bit uint, end int, ok bool) {
	switch string(key) {
	case "doc":
		ev.Doc, end, ok = parseInteger(b, i)
		return 1 << 16, end, ok
	case "sentence":
		ev.Sentence, end, ok = parseInteger(b, i)
		return 1 << 17, end, ok
	case "start":
		ev.Start, end, ok = parseInteger(b, i)
		return 1 << 18, end, ok
	case "end":
		ev.End, end, ok = parseInteger(b, i)
		return 1 << 19, end, ok
	case "text":
		ev.Text, end, ok = parseString(b, i)
		return 1 << 20, end, ok
	}
	return 0, i, false
}

// parseRef parses a Ref: an array of exactly four integers.
func parseRef(b []byte, i int) (graph.Ref, int, bool) {
	var v [4]int
	if i >= len(b) || b[i] != '[' {
		return graph.Ref{}, i, false
	}
	for k := range v {
		var ok bool
		if v[k], i, ok = parseInteger(b, skipWS(b, i+1)); !ok {
			return graph.Ref{}, i, false
		}
		i = skipWS(b, i)
		want := byte(',')
		if k == len(v)-1 {
			want = ']'
		}
		if i >= len(b) || b[i] != want {
			return graph.Ref{}, i, false
		}
	}
	return graph.Ref{Doc: v[0], Sentence: v[1], Start: v[2], End: v[3]}, i + 1, true
}

// parseStance parses a Stance.
func parseStance(b []byte, i int) (s graph.Stance, _ int, ok bool) {
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "source":
			bit = 1 << 0
			s.Source, i, ok = parseInteger(b, i)
		case "target":
			bit = 1 << 1
			s.Target, i, ok = parseInteger(b, i)
		case "positive":
			bit = 1 << 2
			s.Positive, i, ok = parseInteger(b, i)
		case "negative":
			bit = 1 << 3
			s.Negative, i, ok = parseInteger(b, i)
		case "neutral":
			bit = 1 << 4
			s.Neutral, i, ok = parseInteger(b, i)
		case "evidence":
			bit = 1 << 5
			s.Evidence, i, ok = parseArray(b, i, parseEvidence)
		case "days":
			bit = 1 << 6
			s.Days, i, ok = parseArray(b, i, parseStanceDay)
		case "parts":
			bit = 1 << 7
			s.Parts, i, ok = parseArray(b, i, parseStancePart)
		case "confidence":
			bit = 1 << 8
			s.Confidence, i, ok = parseFloat(b, i)
		default:
			ok = false
		}
		return bit, i, ok
	})
	return s, i, ok
}

// parseStatement parses a Statement, whose Evidence fields are inline.
func parseStatement(b []byte, i int) (s graph.Statement, _ int, ok bool) {
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "speaker":
			bit = 1 << 0
			s.Speaker, i, ok = parseInteger(b, i)
		case "targets":
			bit = 1 << 1
			s.Targets, i, ok = parseArray(b, i, parseInteger)
		case "cue":
			bit = 1 << 2
			s.Cue, i, ok = parseString(b, i)
		case "polarity":
			bit = 1 << 3
			s.Polarity, i, ok = parseInteger(b, i)
		case "issue":
			bit = 1 << 4
			s.Issue, i, ok = parseString(b, i)
		case "form":
			bit = 1 << 5
			s.Form, i, ok = parseString(b, i)
		case "confidence":
			bit = 1 << 6
			s.Confidence, i, ok = parseFloat(b, i)
		case "target_polarity":
			bit = 1 << 7
			s.TargetPolarity, i, ok = parseArray(b, i, parseInteger)
		case "target_confidence":
			bit = 1 << 8
			s.TargetConfidence, i, ok = parseArray(b, i, parseFloat)
		case "target_forms":
			bit = 1 << 9
			s.TargetForms, i, ok = parseArray(b, i, parseString)
		case "form_polarity":
			bit = 1 << 10
			s.FormPolarity, i, ok = parseArray(b, i, parseInteger)
		case "form_confidence":
			bit = 1 << 11
			s.FormConfidence, i, ok = parseArray(b, i, parseFloat)
		default:
			if bit, i, ok = evidenceMember(b, i, key, &s.Evidence); bit == 0 {
				ok = false
			}
		}
		return bit, i, ok
	})
	return s, i, ok
}

// parseDocRef parses a DocRef.
func parseDocRef(b []byte, i int) (d graph.DocRef, _ int, ok bool) {
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "id":
			bit = 1 << 0
			d.ID, i, ok = parseString(b, i)
		case "title":
			bit = 1 << 1
			d.Title, i, ok = parseString(b, i)
		case "date":
			bit = 1 << 2
			d.Date, i, ok = parseString(b, i)
		case "url":
			bit = 1 << 3
			d.URL, i, ok = parseString(b, i)
		case "path":
			bit = 1 << 4
			d.Path, i, ok = parseString(b, i)
		case "line":
			bit = 1 << 5
			d.Line, i, ok = parseInteger(b, i)
		case "digest":
			bit = 1 << 6
			d.Digest, i, ok = parseString(b, i)
		default:
			ok = false
		}
		return bit, i, ok
	})
	return d, i, ok
}

// parsePlace parses a Place.
func parsePlace(b []byte, i int) (p graph.Place, _ int, ok bool) {
	i, ok = parseObject(b, i, func(key []byte, i int) (bit uint, _ int, ok bool) {
		switch string(key) {
		case "name":
			bit = 1 << 0
			p.Name, i, ok = parseString(b, i)
		case "mentions":
			bit = 1 << 1
			p.Mentions, i, ok = parseInteger(b, i)
		case "documents":
			bit = 1 << 2
			p.Documents, i, ok = parseInteger(b, i)
		case "days":
			bit = 1 << 3
			p.Days, i, ok = parseArray(b, i, parseDayCount)
		default:
			ok = false
		}
		return bit, i, ok
	})
	return p, i, ok
}

// parseObject parses an object at b[i:]: for each member it calls member
// with the key and the offset of the value, which returns the key's bit
// (each key may appear once), the offset after the value and whether it
// parsed. It returns the offset after the object.
func parseObject(b []byte, i int, member func(key []byte, i int) (bit uint, end int, ok bool)) (int, bool) {
	i, closed, ok := openObject(b, i)
	var seen uint
	for ok && !closed {
		var key []byte
		if key, i, ok = memberKey(b, i); !ok {
			break
		}
		var bit uint
		bit, i, ok = member(key, i)
		ok = ok && seen&bit == 0
		seen |= bit
		if ok {
			i, closed, ok = nextMember(b, i)
		}
	}
	return i, ok
}

// openObject reads the opening brace of an object at b[i:] and the white
// space after it. closed tells that the object is empty and has been read
// whole.
func openObject(b []byte, i int) (end int, closed, ok bool) {
	if i >= len(b) || b[i] != '{' {
		return i, false, false
	}
	i = skipWS(b, i+1)
	if i < len(b) && b[i] == '}' {
		return i + 1, true, true
	}
	return i, false, true
}

// memberKey reads the key of an object member at b[i:] and the colon after
// it, and returns the key and the offset of the value.
func memberKey(b []byte, i int) (key []byte, value int, ok bool) {
	key, i, ok = plainString(b, i)
	if !ok {
		return nil, i, false
	}
	i = skipWS(b, i)
	if i >= len(b) || b[i] != ':' {
		return nil, i, false
	}
	return key, skipWS(b, i+1), true
}

// nextMember reads the white space and the comma or closing brace after a
// member of an object; after a comma it also reads the white space before
// the next key. closed tells that the object ended; ok is false if neither
// a comma nor a brace follows.
func nextMember(b []byte, i int) (end int, closed, ok bool) {
	i = skipWS(b, i)
	if i >= len(b) {
		return i, false, false
	}
	switch b[i] {
	case '}':
		return i + 1, true, true
	case ',':
		return skipWS(b, i+1), false, true
	}
	return i, false, false
}

// parseArray parses a JSON array whose elements parse reads, or null. An
// empty array gives an empty, non-nil slice, as in encoding/json.
func parseArray[E any](b []byte, i int, parse func([]byte, int) (E, int, bool)) ([]E, int, bool) {
	if hasLiteral(b, i, "null") {
		return nil, i + 4, true
	}
	if i >= len(b) || b[i] != '[' {
		return nil, i, false
	}
	i = skipWS(b, i+1)
	if i < len(b) && b[i] == ']' {
		return []E{}, i + 1, true
	}
	var out []E
	for {
		e, end, ok := parse(b, i)
		if !ok {
			return nil, i, false
		}
		out = append(out, e)
		i = skipWS(b, end)
		if i < len(b) && b[i] == ',' {
			i = skipWS(b, i+1)
			continue
		}
		if i < len(b) && b[i] == ']' {
			return out, i + 1, true
		}
		return nil, i, false
	}
}

// plainString returns the contents of the JSON string at b[i:] if it has
// no escapes, which are then the bytes encoding/json decodes it to, and
// the offset after its closing quote. It is not ok for strings with
// escapes, control characters or invalid UTF-8.
func plainString(b []byte, i int) (s []byte, end int, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return nil, i, false
	}
	j := i + 1
	for j < len(b) && !stringSpecial[b[j]] {
		j++
	}
	if j < len(b) && b[j] == '"' {
		return b[i+1 : j], j + 1, true
	}
	// Not ASCII, or not plain.
	for ; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			if s = b[i+1 : j]; !utf8.Valid(s) {
				return nil, i, false
			}
			return s, j + 1, true
		case c == '\\' || c < 0x20:
			return nil, i, false
		}
	}
	return nil, i, false
}

// stringSpecial marks the bytes that end the ASCII run of a plain string:
// quote, backslash, control characters and the bytes of UTF-8 sequences.
var stringSpecial = func() (t [256]bool) {
	for c := range t {
		t[c] = c == '"' || c == '\\' || c < 0x20 || c >= utf8.RuneSelf
	}
	return t
}()

// parseString parses a JSON string at b[i:]. It decodes escapes as
// encoding/json does, including its replacement of a lone UTF-16
// surrogate by U+FFFD, and is not ok for invalid JSON, control characters
// and invalid UTF-8 (which encoding/json would replace).
func parseString(b []byte, i int) (string, int, bool) {
	if s, end, ok := plainString(b, i); ok {
		return string(s), end, true
	}
	if i >= len(b) || b[i] != '"' {
		return "", i, false
	}
	var out []byte
	from := i + 1 // start of the bytes not yet copied to out
	for j := i + 1; j < len(b); {
		c := b[j]
		switch {
		case c == '"':
			out = append(out, b[from:j]...)
			if !utf8.Valid(out) {
				return "", i, false
			}
			return string(out), j + 1, true
		case c < 0x20:
			return "", i, false
		case c != '\\':
			j++
			continue
		}
		out = append(out, b[from:j]...)
		if j+1 >= len(b) {
			return "", i, false
		}
		switch b[j+1] {
		case '"', '\\', '/':
			out = append(out, b[j+1])
			j += 2
		case 'b':
			out, j = append(out, '\b'), j+2
		case 'f':
			out, j = append(out, '\f'), j+2
		case 'n':
			out, j = append(out, '\n'), j+2
		case 'r':
			out, j = append(out, '\r'), j+2
		case 't':
			out, j = append(out, '\t'), j+2
		case 'u':
			r := hex4(b, j)
			if r < 0 {
				return "", i, false
			}
			j += 6
			if utf16.IsSurrogate(r) {
				// A pair of escapes is one character; a lone half is
				// U+FFFD, and the escape after it stands alone.
				if d := utf16.DecodeRune(r, hex4(b, j)); d != utf8.RuneError {
					r = d
					j += 6
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", i, false
		}
		from = j
	}
	return "", i, false
}

// hex4 returns the value of the escape \uXXXX at b[j:], or -1 if there is
// none.
func hex4(b []byte, j int) rune {
	if j+6 > len(b) || b[j] != '\\' || b[j+1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range b[j+2 : j+6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// parseKind parses an actor type, a JSON string, as extract.Kind's
// UnmarshalText does.
func parseKind(b []byte, i int) (extract.Kind, int, bool) {
	s, end, ok := plainString(b, i)
	if !ok {
		return extract.KindUnknown, i, false
	}
	switch string(s) {
	case "person":
		return extract.KindPerson, end, true
	case "state":
		return extract.KindState, end, true
	case "org":
		return extract.KindOrg, end, true
	case "unknown":
		return extract.KindUnknown, end, true
	}
	k, err := extract.ParseKind(string(s))
	if err != nil {
		return extract.KindUnknown, i, false
	}
	return k, end, true
}

// maxIntDigits is the most digits parseInteger reads: any such number fits
// in an int64.
const maxIntDigits = 18

// parseInteger parses a JSON number at b[i:] that is an integer in JSON's
// grammar (no leading zeros, no fraction, no exponent) of at most
// maxIntDigits digits. It checks that the number is not continued by a
// fraction or exponent; the caller checks the delimiter that follows.
func parseInteger(b []byte, i int) (int, int, bool) {
	neg := false
	if i < len(b) && b[i] == '-' {
		neg = true
		i++
	}
	start, n := i, 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		n = n*10 + int(b[i]-'0')
		i++
	}
	digits := i - start
	if digits == 0 || digits > maxIntDigits || (digits > 1 && b[start] == '0') {
		return 0, i, false
	}
	if i < len(b) && (b[i] == '.' || b[i] == 'e' || b[i] == 'E') {
		return 0, i, false
	}
	if neg {
		n = -n
	}
	return n, i, true
}

// hasLiteral reports whether b[i:] starts with lit.
func hasLiteral(b []byte, i int, lit string) bool {
	return i >= 0 && len(b)-i >= len(lit) && string(b[i:i+len(lit)]) == lit
}

// indexByte returns the offset of the first c in b[i:], or -1.
func indexByte(b []byte, i int, c byte) int {
	if k := bytes.IndexByte(b[i:], c); k >= 0 {
		return i + k
	}
	return -1
}
