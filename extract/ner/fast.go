package ner

// The two-pass tagger adds up, for every scored token, the weights of some
// forty features. Most of them recur: the features of a word alone, of a
// word as the neighbour of a scored token, of the previous tags. This file
// sums such groups once (per model for the features of tags and labels, in
// the word cache of a scratch for the features of words) and adds the sums,
// which gives the same integer scores as looking every feature up (integer
// addition does not depend on the order, and wraps the same way) with
// about a third of the look-ups.

// vec2 holds the weights of a group of features for both passes.
type vec2 [2][numLabels]int32

// cluTmpl are the templates of the cluster features that fastTables sums
// per cluster: of the word itself, as left and right neighbour, and two
// tokens before and after.
var cluTmpl = [5]uint64{tClu, tCluM1, tCluP1, tCluM2, tCluP2}

// labelSlots is the number of values a first-pass label takes as a
// second-pass feature value: the labels, and "no token" (0xff, slot 17).
const labelSlots = numLabels + 1

// fastTables are the weight sums of the features whose values are labels or
// counts, and of the sentence boundaries as neighbours, computed once for
// a two-pass model.
type fastTables struct {
	prev   [numLabels][numLabels]vec2      // tPrev1 and tPrev2 by the previous two labels
	stage  [5][labelSlots][numLabels]int32 // second pass: tStage1M2, P2, Self, M1, P1 by label slot
	docHas [5][numLabels]int32             // second pass: tDocHas by entity type
	docMaj [5][numLabels]int32             // second pass: tDocMajority by entity type
	clu    [5][]vec2                       // cluFeatures of each template of cluTmpl, by cluster number
	bos    vec2                            // leftFeatures of the sentence start
	eos    vec2                            // rightFeatures of the sentence end
	allow  [numLabels][2]uint32            // allowedLabel(prev, k, last) as bit k
}

// newFastTables computes the sums of tab (a two-pass table) for the
// clusters of clu (nil for none).
func newFastTables(tab *table, clu *clusterIndex) *fastTables {
	f := new(fastTables)
	var keys []uint64
	sum := func(v *vec2, ks ...uint64) {
		keys = append(keys[:0], ks...)
		tab.score2(keys, &v[0], &v[1])
	}
	for p1 := range label(numLabels) {
		for p2 := range label(numLabels) {
			sum(&f.prev[p1][p2], mix(tPrev1, uint64(p1)), mix(tPrev2, uint64(p1)|uint64(p2)<<5))
		}
	}
	stageTemplates := [5]uint64{tStage1M2, tStage1P2, tStage1Self, tStage1M1, tStage1P1}
	for k, tmpl := range stageTemplates {
		for slot := range labelSlots {
			v := uint64(slot)
			if slot == numLabels {
				v = 0xff
			}
			keys = append(keys[:0], mix(tmpl, v))
			tab.score(keys, 1, &f.stage[k][slot])
		}
	}
	for k := range 5 {
		keys = append(keys[:0], mix(tDocHas, uint64(k)))
		tab.score(keys, 1, &f.docHas[k])
		keys = append(keys[:0], mix(tDocMajority, uint64(k)))
		tab.score(keys, 1, &f.docMaj[k])
	}
	codes := []uint32{0}
	if clu != nil {
		codes = clu.codes
	}
	for k, tmpl := range cluTmpl {
		f.clu[k] = make([]vec2, len(codes))
		for id, code := range codes {
			keys = cluFeatures(keys[:0], tmpl, code)
			tab.score2(keys, &f.clu[k][id][0], &f.clu[k][id][1])
		}
	}
	keys = leftFeatures(keys[:0], nil)
	tab.score2(keys, &f.bos[0], &f.bos[1])
	keys = rightFeatures(keys[:0], nil)
	tab.score2(keys, &f.eos[0], &f.eos[1])
	for prev := range label(numLabels) {
		for last := range 2 {
			for k := range label(numLabels) {
				if allowedLabel(prev, k, last == 1) {
					f.allow[prev][last] |= 1 << k
				}
			}
		}
	}
	return f
}

// slotOf returns the slot of a first-pass label feature value.
func slotOf(v uint64) int {
	if v >= numLabels {
		return numLabels
	}
	return int(v)
}

// add adds v to dst.
func add(dst, v *[numLabels]int32) {
	for k := range dst {
		dst[k] += v[k]
	}
}

// add2 adds the first-pass weights of v to sc and the second-pass ones to
// sc2.
func add2(sc, sc2 *[numLabels]int32, v *vec2) {
	for k := range sc {
		sc[k] += v[0][k]
		sc2[k] += v[1][k]
	}
}

// best returns the highest-scoring label allowed after prev, as bestLabel.
func (f *fastTables) best(sc *[numLabels]int32, prev label, last bool) label {
	l := 0
	if last {
		l = 1
	}
	allow := f.allow[prev][l]
	best := label(0)
	for k := label(1); k < numLabels; k++ {
		if allow&(1<<k) != 0 && sc[k] > sc[best] {
			best = k
		}
	}
	return best
}

// wordVec returns the sum of tBias and wordFeatures of the word of t.
func (m *Model) wordVec(s *scratch, t *tokInfo) *vec2 {
	return m.fillWord(s, s.words.entry(t), t)
}

// fillWord returns the word part of e (the entry of t), computing it if
// needed.
func (m *Model) fillWord(s *scratch, e *wordEntry, t *tokInfo) *vec2 {
	if e.have&haveWord == 0 {
		s.gkeys = wordKeys(append(s.gkeys[:0], tBias), t)
		e.word = m.fast.clu[0][t.cid]
		m.tab.score2(s.gkeys, &e.word[0], &e.word[1])
		e.have |= haveWord
	}
	return &e.word
}

// plainVec returns wordVec plus the selfFeatures of t, a token that neither
// starts a sentence nor is in capitals.
func (m *Model) plainVec(s *scratch, t *tokInfo) *vec2 {
	e := s.words.entry(t)
	if e.have&havePlain == 0 || e.doc != t.doc {
		e.plain = *m.fillWord(s, e, t)
		s.gkeys = selfFeatures(s.gkeys[:0], t)
		m.tab.score2(s.gkeys, &e.plain[0], &e.plain[1])
		e.have |= havePlain
		e.doc = t.doc
	}
	return &e.plain
}

// leftVec returns the sum of the leftFeatures of the word of t.
func (m *Model) leftVec(s *scratch, t *tokInfo) *vec2 {
	e := s.words.entry(t)
	if e.have&haveLeft == 0 {
		s.gkeys = leftKeys(s.gkeys[:0], t)
		e.left = m.fast.clu[1][t.cid]
		m.tab.score2(s.gkeys, &e.left[0], &e.left[1])
		e.have |= haveLeft
	}
	return &e.left
}

// rightVec returns the sum of the rightFeatures of the word of t.
func (m *Model) rightVec(s *scratch, t *tokInfo) *vec2 {
	e := s.words.entry(t)
	if e.have&haveRight == 0 {
		s.gkeys = rightKeys(s.gkeys[:0], t)
		e.right = m.fast.clu[2][t.cid]
		m.tab.score2(s.gkeys, &e.right[0], &e.right[1])
		e.have |= haveRight
	}
	return &e.right
}

// tagOVec returns the sum of the tagWordFeatures of t after the label O.
func (m *Model) tagOVec(s *scratch, t *tokInfo) *vec2 {
	e := s.words.entry(t)
	if e.have&haveTagO == 0 {
		s.gkeys = tagWordFeatures(s.gkeys[:0], t, 0)
		e.tagO = vec2{}
		m.tab.score2(s.gkeys, &e.tagO[0], &e.tagO[1])
		e.have |= haveTagO
	}
	return &e.tagO
}

// tagFirstPass is the first pass of a two-pass model over the prepared
// document in s: it scores what tagSentence scores, from the sums of
// fast.go, and stores the second-pass weights of the static features in
// s.part. The static features do not depend on the tags, so the keys of
// every token of the document are looked up at once (their cache misses
// overlap) before the tags are chosen from left to right.
func (m *Model) tagFirstPass(s *scratch, out []label) {
	f, tab := m.fast, &m.tab
	n := len(s.toks)
	if cap(s.stat) < n {
		s.stat = make([][numLabels]int32, n)
	}
	s.stat = s.stat[:n]
	if cap(s.koff) < n+1 {
		s.koff = make([]int32, n+1)
	}
	s.koff = s.koff[:n+1] // every element is set below
	s.words.touch(s.toks)
	keys := s.keys[:0]
	for j := 0; j+1 < len(s.sents); j++ {
		a, b := s.sents[j], s.sents[j+1]
		sent := s.toks[a:b]
		for i := range sent {
			t := &sent[i]
			s.koff[a+i] = int32(len(keys))
			if t.fl&fTrigger == 0 {
				continue
			}
			var sc, sc2 [numLabels]int32
			if t.fl&(fFirst|fCapsSent) == 0 {
				add2(&sc, &sc2, m.plainVec(s, t))
			} else {
				add2(&sc, &sc2, m.wordVec(s, t))
				keys = markFeatures(selfFeatures(keys, t), t)
			}
			if i == 0 {
				add2(&sc, &sc2, &f.bos)
			} else {
				add2(&sc, &sc2, m.leftVec(s, &sent[i-1]))
			}
			if i+1 == len(sent) {
				add2(&sc, &sc2, &f.eos)
			} else {
				add2(&sc, &sc2, m.rightVec(s, &sent[i+1]))
			}
			// The second pass adds its part of these only for the tokens
			// it scores (tagSecondPass).
			if i > 1 {
				add(&sc, &f.clu[3][sent[i-2].cid][0])
			}
			if i+2 < len(sent) {
				add(&sc, &f.clu[4][sent[i+2].cid][0])
			}
			keys = restFeatures(keys, sent, i)
			s.stat[a+i], s.part[a+i] = sc, sc2
		}
	}
	s.koff[n] = int32(len(keys))
	tab.locate(keys)
	for k := range n {
		if lo, hi := s.koff[k], s.koff[k+1]; lo < hi {
			// About a third of these features are not in the model: drop
			// their rows of zeros rather than add them.
			rows, m := keys[lo:hi], 0
			for _, r := range rows {
				rows[m] = r
				if r != tab.none {
					m++
				}
			}
			tab.addRows2(rows[:m], &s.stat[k], &s.part[k])
		}
	}
	s.keys = keys
	for j := 0; j+1 < len(s.sents); j++ {
		a, b := s.sents[j], s.sents[j+1]
		sent := s.toks[a:b]
		p1, p2 := label(0), label(0)
		for i := range sent {
			t := &sent[i]
			if t.fl&fTrigger == 0 {
				out[a+i] = 0
				p1, p2 = 0, p1
				continue
			}
			sc := s.stat[a+i]
			add(&sc, &f.prev[p1][p2][0])
			if p1 == 0 {
				add(&sc, &m.tagOVec(s, t)[0])
			} else {
				s.tkeys = tagWordFeatures(s.tkeys[:0], t, p1)
				tab.score(s.tkeys, 0, &sc)
			}
			best := f.best(&sc, p1, i == len(sent)-1)
			out[a+i] = best
			p1, p2 = best, p1
		}
	}
}

// tagSecondPass is the second pass of a two-pass model over the sentence
// s.toks[a:b], as tagSentence does it, from the sums of fast.go.
func (m *Model) tagSecondPass(s *scratch, a, b int, out []label) {
	f, tab := m.fast, &m.tab
	sent := s.toks[a:b]
	p1, p2 := label(0), label(0)
	for i := range sent {
		t := &sent[i]
		if t.fl&fTrigger == 0 || keepFirst(t, p1) {
			out[i] = 0
			p1, p2 = 0, p1
			continue
		}
		sc := s.part[a+i]
		// farFeatures, which tagFirstPass left out of s.part
		if i > 1 {
			add(&sc, &f.clu[3][sent[i-2].cid][1])
		}
		if i+2 < len(sent) {
			add(&sc, &f.clu[4][sent[i+2].cid][1])
		}
		// secondFeatures
		fm1, fp1, fm2, fp2 := uint64(0xff), uint64(0xff), uint64(0xff), uint64(0xff)
		if i > 0 {
			fm1 = uint64(sent[i-1].first)
		}
		if i+1 < len(sent) {
			fp1 = uint64(sent[i+1].first)
		}
		if i > 1 {
			fm2 = uint64(sent[i-2].first)
		}
		if i+2 < len(sent) {
			fp2 = uint64(sent[i+2].first)
		}
		add(&sc, &f.stage[0][slotOf(fm2)])
		add(&sc, &f.stage[1][slotOf(fp2)])
		add(&sc, &f.stage[2][slotOf(uint64(t.first))])
		add(&sc, &f.stage[3][slotOf(fm1)])
		add(&sc, &f.stage[4][slotOf(fp1)])
		keys := append(s.keys[:0], mix(mix(tStage1P1Low, fp1), t.low))
		counts := othersCounts(s, t)
		best, total := 0, 0
		for k, c := range counts {
			total += int(c)
			if c > 0 {
				add(&sc, &f.docHas[k])
			}
			if c > counts[best] {
				best = k
			}
		}
		if total > 0 {
			add(&sc, &f.docMaj[best])
			keys = append(keys, mix(mix(tDocMajShort, uint64(best)), t.short))
		}
		// tagFeatures
		add(&sc, &f.prev[p1][p2][1])
		if p1 == 0 {
			add(&sc, &m.tagOVec(s, t)[1])
		} else {
			keys = tagWordFeatures(keys, t, p1)
		}
		tab.score(keys, 1, &sc)
		s.keys = keys
		l := f.best(&sc, p1, i == len(sent)-1)
		out[i] = l
		p1, p2 = l, p1
	}
}
