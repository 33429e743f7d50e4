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
	// Open, when not nil, marks the sentences that go on in the next one
	// (CoNLLReader cut them for their length): WriteTags writes no blank
	// line after them.
	Open []bool
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
// the line number. The whole file is held: CoNLLReader reads one document
// at a time, in bounded parts.
func ReadCoNLL(r io.Reader) ([]CoNLLDoc, error) {
	cr := NewCoNLLReader(r, 0, 0)
	var docs []CoNLLDoc
	for {
		d, err := cr.Next()
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
}

// CoNLLReader reads a CoNLL file as ReadCoNLL does, one document at a time,
// so that a large file is never held whole. A sentence longer than the
// reader's bound is cut into sentences of that many tokens, marked Open so
// that WriteTags writes them as one; a document longer than its bound is
// returned in parts cut at sentence ends, the parts after the first without
// DocStart. A file without blank lines or -DOCSTART- lines is thus read in
// parts of bounded size rather than as one sentence of millions of tokens.
type CoNLLReader struct {
	sc                       *bufio.Scanner
	maxSentence, maxDocument int

	cur        *CoNLLDoc // the document being read; nil before the first token or -DOCSTART-
	curTokens  int       // tokens in cur
	toks       []string  // the sentence being read
	tags       []Tag
	prevTag    Tag  // the last gold tag of the part of the sentence already cut off
	cols       int  // number of columns, fixed by the first token line; -1 before
	lineNo     int  // lines read
	done       bool // the input is read
	cutSent    bool // the current sentence was cut
	cutDoc     bool // the current document was cut
	sentsSplit int
	docsSplit  int
}

// NewCoNLLReader returns a reader of r that cuts sentences of more than
// maxSentence tokens and documents of more than about maxDocument tokens
// (no bound when 0).
func NewCoNLLReader(r io.Reader, maxSentence, maxDocument int) *CoNLLReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxCoNLLLine)
	return &CoNLLReader{sc: sc, maxSentence: maxSentence, maxDocument: maxDocument, cols: -1}
}

// Split returns how many sentences and documents were cut for being
// longer than the reader's bounds.
func (r *CoNLLReader) Split() (sentences, documents int) { return r.sentsSplit, r.docsSplit }

// Next returns the next document (or part of one); io.EOF after the last.
func (r *CoNLLReader) Next() (CoNLLDoc, error) {
	for !r.done {
		if !r.sc.Scan() {
			r.done = true
			if err := r.sc.Err(); err != nil {
				return CoNLLDoc{}, &ParseError{Line: r.lineNo + 1, Err: err}
			}
			r.flush(false)
			if d, ok := r.take(); ok {
				return d, nil
			}
			break
		}
		r.lineNo++
		line := strings.TrimRight(r.sc.Text(), "\r")
		f := strings.Fields(line)
		if len(f) == 0 {
			r.flush(false)
			if r.full() {
				return r.part(), nil
			}
			continue
		}
		if f[0] == "-DOCSTART-" {
			r.flush(false)
			d, ok := r.take()
			r.cur, r.curTokens, r.cutDoc = &CoNLLDoc{DocStart: true}, 0, false
			if ok {
				return d, nil
			}
			continue
		}
		if r.cols < 0 {
			r.cols = len(f)
		}
		if len(f) != r.cols {
			r.done = true
			return CoNLLDoc{}, &ParseError{Line: r.lineNo, Err: fmt.Errorf("%d columns, want %d as on the first token line", len(f), r.cols)}
		}
		r.toks = append(r.toks, f[0])
		if r.cols > 1 {
			t, err := parseIOB(f[r.cols-1])
			if err != nil {
				r.done = true
				return CoNLLDoc{}, &ParseError{Line: r.lineNo, Err: err}
			}
			r.tags = append(r.tags, t)
		}
		if r.maxSentence > 0 && len(r.toks) >= r.maxSentence {
			if !r.cutSent {
				r.sentsSplit++
			}
			r.flush(true)
			if r.full() {
				return r.part(), nil
			}
		}
	}
	return CoNLLDoc{}, io.EOF
}

// flush ends the sentence being read; open says that it goes on in the
// next one (it was cut).
func (r *CoNLLReader) flush(open bool) {
	if len(r.toks) == 0 {
		return
	}
	if r.cur == nil {
		r.cur, r.curTokens = &CoNLLDoc{}, 0
	}
	d := r.cur
	if open && d.Open == nil {
		d.Open = make([]bool, len(d.Sentences), len(d.Sentences)+1)
	}
	if d.Open != nil {
		d.Open = append(d.Open, open)
	}
	d.Sentences = append(d.Sentences, r.toks)
	r.curTokens += len(r.toks)
	if r.cols > 1 {
		d.Gold = append(d.Gold, iob1To2(r.tags, r.prevTag))
		if open {
			r.prevTag = r.tags[len(r.tags)-1]
		} else {
			r.prevTag = O
		}
	}
	r.toks, r.tags, r.cutSent = nil, nil, open
}

// full reports whether the document being read has reached its bound.
func (r *CoNLLReader) full() bool {
	return r.maxDocument > 0 && r.cur != nil && r.curTokens >= r.maxDocument
}

// part returns the document read so far as a part; what follows is read
// as the next part, without DocStart.
func (r *CoNLLReader) part() CoNLLDoc {
	if !r.cutDoc {
		r.docsSplit++
	}
	d, _ := r.take()
	r.cutDoc = true
	return d
}

// take returns the document being read, if any, and starts none.
func (r *CoNLLReader) take() (CoNLLDoc, bool) {
	if r.cur == nil {
		return CoNLLDoc{}, false
	}
	d := *r.cur
	r.cur, r.curTokens = nil, 0
	return d, true
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
// prev is the tag before the first (O at the start of a sentence).
func iob1To2(tags []Tag, prev Tag) []Tag {
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
			if s >= len(doc.Open) || !doc.Open[s] {
				bw.WriteByte('\n')
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write tags: %w", err)
	}
	return nil
}
