package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/model.bin.gz
var defaultModel []byte

// Model is a trained tagger. It is immutable after Load or Train and safe
// for concurrent use.
type Model struct {
	lex  *lexicon
	clu  *clusterIndex // word clusters; nil for a model trained without
	emb  *clusterIndex // clusters of word vectors; nil for a model trained without
	tab  table         // weights of the first pass and, if tab.passes is 2, the second
	fast *fastTables   // sums of tab used by the two-pass tagger, nil for one pass
	pool *sync.Pool

	// commonClusters holds the codes of the clusters most of whose
	// capitalised words are also written in lower case (see
	// SentenceStartWord), made on first use.
	commonClusters func() map[uint32]bool
}

// newModel wraps trained parts into a Model.
func newModel(lex *lexicon, clu, emb *clusterIndex, tab table) *Model {
	m := &Model{lex: lex, clu: clu, emb: emb, tab: tab, pool: &sync.Pool{New: func() any { return new(scratch) }}}
	m.commonClusters = sync.OnceValue(func() map[uint32]bool { return commonClusters(clu) })
	if tab.passes == 2 {
		m.fast = newFastTables(&m.tab, m.clu)
	}
	return m
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
	if n == 0 || m.tab.passes == 0 {
		return out
	}
	s := m.pool.Get().(*scratch)
	prepare(doc, m.lex, m.clu, m.emb, s)
	if cap(s.labs) < n {
		s.labs = make([]label, n)
	}
	s.labs = s.labs[:n]
	m.tagPrepared(s, s.labs)
	for j := 0; j+1 < len(s.sents); j++ {
		a, b := s.sents[j], s.sents[j+1]
		toTags(flat[a:b], s.labs[a:b])
	}
	m.pool.Put(s)
	return out
}

// tagPrepared runs every pass over the prepared document in s and writes the
// labels of the last pass to out.
func (m *Model) tagPrepared(s *scratch, out []label) {
	if m.tab.passes > 1 {
		if cap(s.part) < len(s.toks) {
			s.part = make([][numLabels]int32, len(s.toks))
		}
		s.part = s.part[:len(s.toks)]
	}
	for pass := range m.tab.passes {
		if pass > 0 {
			for i := range s.toks {
				s.toks[i].first = out[i]
			}
			countFirst(s)
		}
		if m.fast != nil && pass == 0 {
			m.tagFirstPass(s, out)
			continue
		}
		for j := 0; j+1 < len(s.sents); j++ {
			a, b := s.sents[j], s.sents[j+1]
			if m.fast == nil {
				m.tagSentence(s, pass, a, b, out[a:b])
			} else {
				m.tagSecondPass(s, a, b, out[a:b])
			}
		}
	}
}

// tagSentence tags the sentence s.toks[a:b] greedily from left to right
// with a one-pass model, looking every feature up (two-pass models use
// tagFirstPass and tagSecondPass).
func (m *Model) tagSentence(s *scratch, pass, a, b int, out []label) {
	tab := &m.tab
	sent := s.toks[a:b]
	p1, p2 := label(0), label(0)
	for i := range sent {
		t := &sent[i]
		if t.fl&fTrigger == 0 {
			out[i] = 0
			p1, p2 = 0, p1
			continue
		}
		var sc [numLabels]int32
		keys := staticFeatures(s.keys[:0], sent, i)
		keys = tagFeatures(keys, t, p1, p2)
		s.keys = keys
		tab.score(keys, pass, &sc)
		best := bestLabel(&sc, p1, i == len(sent)-1)
		out[i] = best
		p1, p2 = best, p1
	}
}

// IsOrgWord reports whether w (in any case) is on the tagger's list of
// words that head or end organisation names (data/orgword.txt: Ministry,
// Department, Corp, FC …).
func (m *Model) IsOrgWord(w string) bool {
	return m != nil && m.lex != nil && m.lex.wordClass(w)&(1<<lexOrgWord) != 0
}

// IsPlacePeopleOrTimeWord reports whether w (in any case) is on the
// tagger's lists of places (data/loc.txt), of nationalities, religions
// and events (data/misc.txt) or of months and weekdays (data/time.txt):
// "Midlothian", "Welsh", "Arab", "Sunday".
func (m *Model) IsPlacePeopleOrTimeWord(w string) bool {
	return m != nil && m.lex != nil && m.lex.wordClass(w)&(1<<lexLoc|1<<lexMisc|1<<lexTime) != 0
}

// IsCommonWord reports whether w was seen in lower case in the tagger's
// training data (a common word, not only a name).
func (m *Model) IsCommonWord(w string) bool {
	return m != nil && m.lex != nil && m.lex.wordClass(w)&(1<<lexCommon) != 0
}

// WrittenInLowerCase reports whether w in lower case is a word of the
// tagger's word clusters: written in lower case at least five times in the
// 4.27 million tokens of unlabelled news they were made from (see
// data/README.md), a far wider list of common words than IsCommonWord's
// training split ("online", "messenger" are not in the 1996 split).
func (m *Model) WrittenInLowerCase(w string) bool {
	if m == nil || m.clu == nil {
		return false
	}
	_, ok := m.clusterEntry(strings.ToLower(w))
	return ok
}

// ClusterWord reports whether w, as written, is a word of the tagger's
// word clusters: seen at least five times in the 4.27 million tokens of
// unlabelled news they were made from (see data/README.md). A misprint
// of a name rarely is; the name itself, if the news names it often, is.
func (m *Model) ClusterWord(w string) bool {
	if m == nil || m.clu == nil {
		return false
	}
	_, ok := m.clusterEntry(w)
	return ok
}

// SentenceStartWord reports whether w, written with a capital, reads as a
// common word that opens a sentence ("However", "Lots", "Licensees")
// rather than as a name ("Arsenal", "Shell", "Apple", all also English
// words): w in lower case is a word of the clusters (WrittenInLowerCase),
// and w as written either is not, or belongs to a cluster most of whose
// capitalised words news also writes in lower case (sentence adverbs,
// plural nouns) rather than one of names (clubs, companies).
func (m *Model) SentenceStartWord(w string) bool {
	if !m.WrittenInLowerCase(w) {
		return false
	}
	e, ok := m.clusterEntry(w)
	return !ok || m.commonClusters()[e.code]
}

// clusterEntry returns the cluster entry of the word w exactly as written.
func (m *Model) clusterEntry(w string) (cluEntry, bool) { return m.clu.entry(w) }

// commonWordShare is the share of a cluster's capitalised words also
// written in lower case above which SentenceStartWord reads the cluster as
// one of common words. On the embedded clusters, sentence adverbs
// ("However" 0.85, "Whatever" 0.97) lie above it and clusters of clubs and
// companies ("Arsenal" 0.09, "Apple" 0.04, "Cable" 0.10) far below.
const commonWordShare = 0.6

// commonClusters returns the codes of the clusters of x whose capitalised
// words (first letter upper case, not all capitals) are more than
// commonWordShare also in x in lower case.
func commonClusters(x *clusterIndex) map[uint32]bool {
	if x == nil {
		return nil
	}
	type count struct{ title, lower int }
	counts := map[uint32]count{}
	for _, e := range x.entries {
		r, _ := utf8.DecodeRuneInString(e.word)
		if !unicode.IsUpper(r) || !strings.ContainsFunc(e.word, unicode.IsLower) {
			continue
		}
		c := counts[e.code]
		c.title++
		if _, ok := x.entry(strings.ToLower(e.word)); ok {
			c.lower++
		}
		counts[e.code] = c
	}
	out := map[uint32]bool{}
	for code, c := range counts {
		if float64(c.lower) > commonWordShare*float64(c.title) {
			out[code] = true
		}
	}
	return out
}
