package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// CoNLLDoc is one document of a CoNLL-2003 style file: the sentences between
// two -DOCSTART- lines.
type CoNLLDoc struct {
	// DocStart reports whether the document began with a -DOCSTART- line.
	DocStart bool
	// Sentences holds the tokens of each sentence, in file order.
	Sentences [][]string
	// Gold holds the IOB2 tags of the last column, converted from IOB1 where
	// needed; nil when the file has a single column (tokens only).
	Gold [][]Tag
}

// ParseError reports a malformed line of a CoNLL file.
type ParseError struct {
	Line int
	Err  error
}

// Error returns "line N: message".
func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// maxCoNLLLine bounds the length of one line (a token with its columns).
const maxCoNLLLine = 1 << 20

// ReadCoNLL reads a CoNLL-2003 style file: one token per line with
// space-separated columns (the token first, the NER tag last), blank lines
// between sentences and -DOCSTART- lines between documents. Files with a
// single column are accepted and give documents without Gold. Tags in IOB1
// (the original CoNLL-2003 scheme) or IOB2 are returned as IOB2. Errors carry
// the line number.
func ReadCoNLL(r io.Reader) ([]CoNLLDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxCoNLLLine)
	var (
		docs   []CoNLLDoc
		doc    *CoNLLDoc
		toks   []string
		tags   []Tag
		cols   = -1 // number of columns, fixed by the first token line
		lineNo int
	)
	flush := func() {
		if len(toks) == 0 {
			return
		}
		if doc == nil {
			docs = append(docs, CoNLLDoc{})
			doc = &docs[len(docs)-1]
		}
		doc.Sentences = append(doc.Sentences, toks)
		if cols > 1 {
			doc.Gold = append(doc.Gold, iob1To2(tags))
		}
		toks, tags = nil, nil
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			docs = append(docs, CoNLLDoc{DocStart: true})
			doc = &docs[len(docs)-1]
			continue
		}
		if cols < 0 {
			cols = len(f)
		}
		if len(f) != cols {
			return nil, &ParseError{Line: lineNo, Err: fmt.Errorf("%d columns, want %d as on the first token line", len(f), cols)}
		}
		toks = append(toks, f[0])
		if cols > 1 {
			t, err := parseIOB(f[cols-1])
			if err != nil {
				return nil, &ParseError{Line: lineNo, Err: err}
			}
			tags = append(tags, t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{Line: lineNo + 1, Err: err}
	}
	flush()
	return docs, nil
}

// parseIOB parses a tag in either IOB scheme; I-X is returned as is and
// fixed up by iob1To2.
func parseIOB(s string) (Tag, error) {
	t, err := ParseTag(s)
	if err != nil {
		return O, err
	}
	return t, nil
}

// iob1To2 rewrites tags so that every entity starts with B-. In IOB1 an I-X
// after O or after another type starts an entity; IOB2 input is unchanged.
func iob1To2(tags []Tag) []Tag {
	prev := O
	for i, t := range tags {
		if t != O && !t.isBegin() && prev.typ() != t.typ() {
			tags[i] = t - 1
		}
		prev = t
	}
	return tags
}

// WriteTags writes tagged documents in the format read by conll_join.py:
// "token TAG" per token, a blank line after each sentence, and a
// "-DOCSTART- O" line plus a blank line where the input had -DOCSTART-.
// tags[d][s][i] is the tag of docs[d].Sentences[s][i].
func WriteTags(w io.Writer, docs []CoNLLDoc, tags [][][]Tag) error {
	if len(tags) != len(docs) {
		return fmt.Errorf("write tags: %d tagged documents for %d documents", len(tags), len(docs))
	}
	bw := bufio.NewWriter(w)
	for d, doc := range docs {
		if doc.DocStart {
			bw.WriteString("-DOCSTART- O\n\n")
		}
		if len(tags[d]) != len(doc.Sentences) {
			return fmt.Errorf("write tags: document %d: %d tagged sentences for %d sentences", d, len(tags[d]), len(doc.Sentences))
		}
		for s, sent := range doc.Sentences {
			if len(tags[d][s]) != len(sent) {
				return fmt.Errorf("write tags: document %d sentence %d: %d tags for %d tokens", d, s, len(tags[d][s]), len(sent))
			}
			for i, tok := range sent {
				bw.WriteString(tok)
				bw.WriteByte(' ')
				bw.WriteString(tags[d][s][i].String())
				bw.WriteByte('\n')
			}
			bw.WriteByte('\n')
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write tags: %w", err)
	}
	return nil
}
