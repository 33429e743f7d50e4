package ner

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// referenceTag tags doc the plain way: every feature of every scored token
// is looked up in the table, with no cache and no precomputed sums. The
// tagger's shortcuts must give exactly these tags.
func referenceTag(m *Model, doc [][]string) [][]Tag {
	s := new(scratch)
	prepare(doc, m.lex, m.clu, m.emb, s)
	n := len(s.toks)
	labs := make([]label, n)
	part := make([][numLabels]int32, n)
	tab := &m.tab
	var keys []uint64
	for pass := range tab.passes {
		if pass > 0 {
			for i := range s.toks {
				s.toks[i].first = labs[i]
			}
			countFirst(s)
		}
		for j := 0; j+1 < len(s.sents); j++ {
			a, b := s.sents[j], s.sents[j+1]
			sent := s.toks[a:b]
			p1, p2 := label(0), label(0)
			for i := range sent {
				t := &sent[i]
				if t.fl&fTrigger == 0 || pass > 0 && keepFirst(t, p1) {
					labs[a+i] = 0
					p1, p2 = 0, p1
					continue
				}
				var sc [numLabels]int32
				switch {
				case pass > 0:
					sc = part[a+i]
					c := othersCounts(s, t)
					keys = secondFeatures(keys[:0], sent, i, &c)
				case tab.passes > 1:
					keys = staticFeatures(keys[:0], sent, i)
					refScore(tab, keys, 0, &sc)
					refScore(tab, keys, 1, &part[a+i])
					keys = keys[:0]
				default:
					keys = staticFeatures(keys[:0], sent, i)
				}
				keys = tagFeatures(keys, t, p1, p2)
				refScore(tab, keys, pass, &sc)
				best := label(0)
				for k := label(1); k < numLabels; k++ {
					if sc[k] > sc[best] && allowedLabel(p1, k, i == len(sent)-1) {
						best = k
					}
				}
				labs[a+i] = best
				p1, p2 = best, p1
			}
		}
	}
	out := make([][]Tag, len(doc))
	for j := range doc {
		a, b := s.sents[j], s.sents[j+1]
		out[j] = make([]Tag, b-a)
		toTags(out[j], labs[a:b])
	}
	return out
}

// refScore adds to sc the weights of pass of every key, looking each key up
// and adding its weights one by one.
func refScore(tab *table, keys []uint64, pass int, sc *[numLabels]int32) {
	for _, key := range keys {
		if w, ok := refWeights(tab, key); ok {
			for k := range sc {
				sc[k] += w[pass*numLabels+k]
			}
		}
	}
}

// refWeights returns the stored weights of key (all passes), probing the
// index as put does.
func refWeights(tab *table, key uint64) ([]int32, bool) {
	tag := tagOf(key)
	for i := key & tab.mask; ; i = (i + 1) & tab.mask {
		e := tab.index[i]
		if e == 0 {
			return nil, false
		}
		if e>>rowBits<<rowBits == tag {
			r := int(e & maxRows)
			d := tab.w[r*tab.stride:]
			w := make([]int32, tab.passes*numLabels)
			for p := range tab.passes {
				for k := range numLabels {
					w[p*numLabels+k] = int32(int16(uint16(d[tab.passes+2*(p*numLabels+k)])|uint16(d[tab.passes+2*(p*numLabels+k)+1])<<8)) << (d[p] & 31)
				}
			}
			return w, true
		}
	}
}

// TestTableSums checks the sums of rows four labels at a time against
// adding weights one by one, across flushes and for the plain path.
func TestTableSums(t *testing.T) {
	m := testModel(t)
	tab := m.tab // a copy: chunk can change
	rng := rand.New(rand.NewPCG(1, 2))
	for _, chunk := range []int{tab.chunk, 1, 3, 0} {
		tab.chunk = chunk
		for range 200 {
			rows := make([]uint64, rng.IntN(40))
			for i := range rows {
				rows[i] = rng.Uint64N(uint64(len(tab.keys)) + 1) // may be tab.none
			}
			var got1, got2, got3, want1, want2 [numLabels]int32
			tab.addRows2(rows, &got1, &got2)
			tab.addRows(rows, 1, &got3)
			for _, r := range rows {
				if r == tab.none {
					continue
				}
				w, ok := refWeights(&tab, tab.keys[r])
				if !ok {
					t.Fatalf("row %d: key not found", r)
				}
				for k := range numLabels {
					want1[k] += w[k]
					want2[k] += w[numLabels+k]
				}
			}
			if got1 != want1 || got2 != want2 || got3 != want2 {
				t.Fatalf("chunk %d, rows %v:\n got %v %v %v\nwant %v %v", chunk, rows, got1, got2, got3, want1, want2)
			}
		}
	}
}

// TestTagMatchesReference checks that TagDocument, with its caches and
// precomputed sums, tags exactly as the plain computation does.
func TestTagMatchesReference(t *testing.T) {
	m := testModel(t)
	docs := [][][]string{readNews(t)}
	// Variants that exercise headlines, sentences in capitals, a one-token
	// sentence and a repeated word at both ends of sentences.
	docs = append(docs,
		[][]string{strings.Fields("PUTIN MEETS TRUMP IN ALASKA"), {"Moscow"}, strings.Fields("Trump said Putin , Trump .")},
		[][]string{strings.Fields("Envoy Heads To Moscow For Talks With Putin Aide"), strings.Fields("“ It is early , ” Peskov told Reuters .")},
		[][]string{{}, strings.Fields("in in in"), {}},
	)
	for _, d := range readDevIfPresent(t) {
		docs = append(docs, d.Sentences)
	}
	for i, d := range docs {
		want := referenceTag(m, d)
		got := m.TagDocument(d)
		if !reflect.DeepEqual(got, want) {
			for j := range want {
				if !reflect.DeepEqual(got[j], want[j]) {
					t.Fatalf("document %d sentence %d %q:\n got %v\nwant %v", i, j, d[j], got[j], want[j])
				}
			}
			t.Fatalf("document %d: tags differ", i)
		}
	}
}

// readDevIfPresent returns the CoNLL-2003 dev documents, or none when the
// shared data is not beside the repository.
func readDevIfPresent(t *testing.T) []CoNLLDoc {
	var docs []CoNLLDoc
	t.Run("dev", func(t *testing.T) { docs = readDev(t) })
	return docs
}

// TestFeatureGroups checks that the groups of fast.go cover exactly the
// keys of staticFeatures and tagFeatures, for every token of the test
// documents.
func TestFeatureGroups(t *testing.T) {
	m := testModel(t)
	docs := [][][]string{readNews(t), {strings.Fields("PUTIN MEETS TRUMP"), {"Moscow"}, strings.Fields("In Kyiv , Zelensky said .")}}
	for _, doc := range docs {
		s := new(scratch)
		prepare(doc, m.lex, m.clu, m.emb, s)
		for j := 0; j+1 < len(s.sents); j++ {
			sent := s.toks[s.sents[j]:s.sents[j+1]]
			for i := range sent {
				tk := &sent[i]
				var left, right *tokInfo
				if i > 0 {
					left = &sent[i-1]
				}
				if i+1 < len(sent) {
					right = &sent[i+1]
				}
				got := wordFeatures([]uint64{tBias}, tk)
				got = markFeatures(selfFeatures(got, tk), tk)
				got = leftFeatures(got, left)
				got = rightFeatures(got, right)
				got = restFeatures(got, sent, i)
				got = farFeatures(got, sent, i)
				want := staticFeatures(nil, sent, i)
				slices.Sort(got)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Fatalf("sentence %d token %d: groups give %d keys, staticFeatures %d", j, i, len(got), len(want))
				}
				for p1 := range label(numLabels) {
					got := tagWordFeatures([]uint64{mix(tPrev1, uint64(p1)), mix(tPrev2, uint64(p1)|3<<5)}, tk, p1)
					want := tagFeatures(nil, tk, p1, 3)
					slices.Sort(got)
					slices.Sort(want)
					if !slices.Equal(got, want) {
						t.Fatalf("sentence %d token %d: tag groups differ after label %d", j, i, p1)
					}
				}
			}
		}
	}
}
