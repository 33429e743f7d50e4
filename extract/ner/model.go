package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

//go:embed data/model.bin.gz
var defaultModel []byte

// Model is a trained tagger. It is immutable after Load or Train and safe
// for concurrent use.
type Model struct {
	lex    *lexicon
	stages []table // first pass, then (optionally) the second pass
	pool   *sync.Pool
}

// newModel wraps trained parts into a Model.
func newModel(lex *lexicon, stages []table) *Model {
	return &Model{lex: lex, stages: stages, pool: &sync.Pool{New: func() any { return new(scratch) }}}
}

// Default loads the model embedded in the package. Each call decodes it
// anew (about the time reported by BenchmarkLoad); keep the result.
func Default() (*Model, error) {
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("embedded ner model: %w", err)
	}
	return m, nil
}

// Tag tags a single sentence. Prefer TagDocument for the sentences of one
// document: the document-level features need them together.
func (m *Model) Tag(sentence []string) []Tag {
	return m.TagDocument([][]string{sentence})[0]
}

// TagDocument tags the sentences of one document, tokens given as strings,
// and returns one IOB2 tag per token. Curly quotes and apostrophes are read as
// their ASCII forms.
func (m *Model) TagDocument(doc [][]string) [][]Tag {
	n := 0
	for _, sent := range doc {
		n += len(sent)
	}
	flat := make([]Tag, n)
	out := make([][]Tag, len(doc))
	k := 0
	for i, sent := range doc {
		out[i] = flat[k : k+len(sent) : k+len(sent)]
		k += len(sent)
	}
	if n == 0 || len(m.stages) == 0 {
		return out
	}
	s := m.pool.Get().(*scratch)
	prepare(doc, m.lex, s)
	m.tagPrepared(s, flat)
	m.pool.Put(s)
	return out
}

// tagPrepared runs every pass over the prepared document in s and writes the
// tags of the last pass to out.
func (m *Model) tagPrepared(s *scratch, out []Tag) {
	for pass := range m.stages {
		if pass > 0 {
			for i := range s.toks {
				s.toks[i].first = out[i]
			}
			countFirst(s)
		}
		for j := 0; j+1 < len(s.sents); j++ {
			a, b := s.sents[j], s.sents[j+1]
			m.tagSentence(s, pass, s.toks[a:b], out[a:b])
		}
	}
}

// tagSentence tags one sentence greedily from left to right.
func (m *Model) tagSentence(s *scratch, pass int, sent []tokInfo, out []Tag) {
	tab := &m.stages[pass]
	p1, p2 := O, O
	for i := range sent {
		t := &sent[i]
		if t.fl&fTrigger == 0 {
			out[i] = O
			p1, p2 = O, p1
			continue
		}
		keys := staticFeatures(s.keys[:0], sent, i)
		if pass > 0 {
			c := othersCounts(s, t)
			keys = secondFeatures(keys, sent, i, &c)
		}
		keys = tagFeatures(keys, t, p1, p2)
		s.keys = keys
		var sc [numTags]int32
		tab.score(keys, &sc)
		best := O
		for k := Tag(1); k < numTags; k++ {
			if sc[k] > sc[best] && allowed(p1, k) {
				best = k
			}
		}
		out[i] = best
		p1, p2 = best, p1
	}
}
