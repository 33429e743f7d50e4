package polarity

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// Record is one NewsMTSC-style example: a sentence, the code-point span of
// a target mention in it and, in labelled data, the polarity towards it.
type Record struct {
	// ID names the record (may be empty).
	ID string `json:"id"`
	// Sentence is the text.
	Sentence string `json:"sentence"`
	// Mention is the target's text (informational).
	Mention string `json:"mention"`
	// From and To are the target's code-point offsets, end exclusive.
	From int `json:"from"`
	To   int `json:"to"`
	// Polarity is -1, 0 or 1; Labelled reports whether the record had one.
	Polarity int  `json:"-"`
	Labelled bool `json:"-"`
}

// ParseError is a malformed record of a JSONL file.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// ReadRecords reads NewsMTSC JSON lines (blank lines skipped). Every record
// needs "sentence", "from" and "to" with 0 <= from <= to <= the sentence's
// length in code points; "polarity", when present, must be -1, 0 or 1.
// A malformed record is a *ParseError with its line number.
func ReadRecords(r io.Reader) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	var out []Record
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		rec, err := parseRecord(b)
		if err != nil {
			return out, &ParseError{Line: line, Err: err}
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return out, &ParseError{Line: line + 1, Err: err}
	}
	return out, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

func parseRecord(b []byte) (Record, error) {
	var raw struct {
		ID       json.RawMessage `json:"id"`
		Sentence *string         `json:"sentence"`
		Mention  string          `json:"mention"`
		From     *int            `json:"from"`
		To       *int            `json:"to"`
		Polarity *float64        `json:"polarity"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return Record{}, err
	}
	switch {
	case raw.Sentence == nil:
		return Record{}, errors.New(`no "sentence"`)
	case raw.From == nil || raw.To == nil:
		return Record{}, errors.New(`no "from" or "to"`)
	}
	n := utf8.RuneCountInString(*raw.Sentence)
	if *raw.From < 0 || *raw.To < *raw.From || *raw.To > n {
		return Record{}, fmt.Errorf("span [%d, %d) outside the sentence's %d code points", *raw.From, *raw.To, n)
	}
	rec := Record{Sentence: *raw.Sentence, Mention: raw.Mention, From: *raw.From, To: *raw.To}
	if len(raw.ID) > 0 {
		var s string
		if json.Unmarshal(raw.ID, &s) == nil {
			rec.ID = s
		} else {
			rec.ID = string(raw.ID)
		}
	}
	if raw.Polarity != nil {
		p := *raw.Polarity
		if p != -1 && p != 0 && p != 1 {
			return Record{}, fmt.Errorf("polarity %v is not -1, 0 or 1", p)
		}
		rec.Polarity, rec.Labelled = int(p), true
	}
	return rec, nil
}

// Span returns the record's target as a byte span of its sentence.
func (r Record) Span() (start, end int) { return ByteOffsets(r.Sentence, r.From, r.To) }
