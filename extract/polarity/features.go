package polarity

import "slices"

// Feature templates. Each feature key is mix(template, …) over word keys
// and small integers, so templates never collide by construction.
const (
	fBias        uint64 = iota + 1
	fSent               // sentence word
	fPos                // side, distance bucket, word
	fClause             // side, clause distance, word
	fBigram             // side, word pair near the target
	fTarget             // target word
	fTargetShape        // target length, capitalisation, position
	fLexDense           // dense lexicon sums per region
	fLexSign            // side, clause distance, distance bucket, lexicon sign
	fLexWord            // lexicon word by region with its (possibly flipped) sign
	fNeg                // negated word, side
	fQuote              // quotation context
	fSentNear           // sentence word weighted by closeness to the target
	fSentClause         // sentence word weighted by clause closeness
	fStem               // stem of a sentence word, weighted by closeness
	fSentBigram         // sentence word pair, weighted by closeness
	fLexStem            // switch: look words missing from the lexicon up by stem
	fVec                // dense word-vector averages per region, by dimension
)

// Regions of the word-vector averages.
const (
	vecNear   = iota // closeness-weighted, all context words
	vecClause        // the target's clause, without the target
	vecTarget        // the target's words
	vecWindow        // within three tokens of the target
	numVecRegions
)

// Region indices for the dense lexicon sums.
const (
	regNearL = iota // same clause, left, within 3 tokens
	regNearR
	regClauseL // same clause, left
	regClauseR
	regOtherL // other clauses, left
	regOtherR
	regAll
	numRegions
)

// feats is one example's features: keys with values (1 for indicators).
type feats struct {
	keys []uint64
	vals []float32
	off  uint64 // templates switched off (bit t for template t)
}

// addT adds the feature k of template t unless t is switched off.
func (f *feats) addT(t, k uint64) {
	if f.off&(1<<t) != 0 {
		return
	}
	f.keys = append(f.keys, k)
	f.vals = append(f.vals, 1)
}

func (f *feats) add(k uint64) {
	f.keys = append(f.keys, k)
	f.vals = append(f.vals, 1)
}

func (f *feats) addVal(k uint64, v float32) {
	if v == 0 {
		return
	}
	f.keys = append(f.keys, k)
	f.vals = append(f.vals, v)
}

func (f *feats) reset() {
	f.keys = f.keys[:0]
	f.vals = f.vals[:0]
}

// distBucket maps a token distance (>= 1) to a bucket.
func distBucket(d int) uint64 {
	switch {
	case d <= 3:
		return uint64(d)
	case d <= 5:
		return 4
	case d <= 8:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// clauseBucket caps a clause distance.
func clauseBucket(c int) uint64 {
	if c > 2 {
		return 3
	}
	return uint64(c)
}

// scratch holds the buffers of one prediction.
type scratch struct {
	toks   []token
	clause []int32 // clause number of each token
	neg    []bool  // token in the scope of a negator
	f      feats
	vbuf   []float32 // one word vector
	vacc   []float32 // numVecRegions word-vector sums
	sparse bool      // emit the word-vector averages as hashed features (training)
	vsum   [numVecRegions]float32
	nin    netInput // the neural models' input
	nst    netState // the neural models' activations
	gst    groupState
	nlog   [][numClasses]float32 // the neural models' class scores
}

// extract computes the features of the target tokens [ts, te) of the
// sentence tokens into s.f. ts == te marks an empty target at ts.
func (m *Model) extract(s *scratch, ts, te int) {
	toks := s.toks
	n := len(toks)
	f := &s.f
	f.reset()
	f.off = m.off
	f.add(fBias)

	// Clause numbers: a new clause starts at punctuation that separates
	// clauses and at connectives.
	s.clause = s.clause[:0]
	c := int32(0)
	for i := range toks {
		if m.isBoundary(&toks[i]) {
			c++
		}
		s.clause = append(s.clause, c)
	}
	// Negation scope: up to 3 words after a negator, within its clause.
	s.neg = s.neg[:0]
	scope := 0
	for i := range toks {
		t := &toks[i]
		neg := false
		if scope > 0 && t.kind == tokWord {
			neg = true
			scope--
		}
		if t.kind != tokWord && t.kind != tokQuote {
			scope = 0
		}
		if m.isNegator(t.key) {
			scope = 3
		}
		s.neg = append(s.neg, neg)
	}

	var tc int32
	if ts < n {
		tc = s.clause[ts]
	} else if n > 0 {
		tc = s.clause[n-1]
	}
	// Target words and shape.
	for i := ts; i < te; i++ {
		f.addT(fTarget, mix(fTarget, toks[i].key))
	}
	if te > ts {
		up := uint64(0)
		if toks[ts].upper {
			up = 1
		}
		ln := uint64(te - ts)
		if ln > 4 {
			ln = 4
		}
		f.addT(fTargetShape, mix(fTargetShape, mix(1, ln<<1|up)))
	}
	// Position of the target in the sentence.
	if n > 0 {
		f.addT(fTargetShape, mix(fTargetShape, mix(2, uint64(ts*5/(n+1)))))
	}
	if ts == 0 {
		f.addT(fTargetShape, mix(fTargetShape, 3))
	}
	// Quotes: the target inside quotation marks; the sentence quotes.
	quotes, before := 0, 0
	for i := range toks {
		if toks[i].kind == tokQuote {
			quotes++
			if i < ts {
				before++
			}
		}
	}
	if quotes > 0 {
		f.addT(fQuote, mix(fQuote, uint64(min(quotes, 4))))
		if before%2 == 1 {
			f.addT(fQuote, mix(fQuote, 100))
		}
	}

	var lex [numRegions][2]float32
	for i := range toks {
		if i >= ts && i < te {
			continue
		}
		t := &toks[i]
		side, d := uint64(0), ts-i // left
		if i >= te {
			side, d = 1, i-te+1
		}
		cd := int(s.clause[i] - tc)
		if cd < 0 {
			cd = -cd
		}
		db, cb := distBucket(d), clauseBucket(cd)
		w := t.key
		f.addT(fSent, mix(fSent, w))
		if f.off&(1<<fSentNear) == 0 {
			f.addVal(mix(fSentNear, w), float32(1/(1+float64(d)/3)))
		}
		if f.off&(1<<fSentClause) == 0 {
			f.addVal(mix(fSentClause, w), float32(1/(1+float64(cd))))
		}
		if f.off&(1<<fSentBigram) == 0 && i+1 < n && (i+1 < ts || i+1 >= te) {
			f.addVal(mix(fSentBigram, mix(w, toks[i+1].key)), float32(1/(1+float64(d)/3)))
		}
		if f.off&(1<<fStem) == 0 && t.kind == tokWord {
			f.addVal(mix(fStem, t.stem), float32(1/(1+float64(d)/3)))
		}
		f.addT(fPos, mix(fPos, mix(side<<8|db, w)))
		f.addT(fClause, mix(fClause, mix(side<<8|cb, w)))
		if d <= 6 {
			// Word pairs near the target, read away from it.
			j := i + 1
			if side == 0 {
				j = i - 1
			}
			if j >= 0 && j < n && (j < ts || j >= te) {
				f.addT(fBigram, mix(fBigram, mix(side, mix(w, toks[j].key))))
			}
		}
		if s.neg[i] {
			f.addT(fNeg, mix(fNeg, mix(side<<8|cb, w)))
		}
		v, ok := m.lexicon(w)
		if !ok && m.off&(1<<fLexStem) == 0 {
			v, ok = m.lexStem[t.stem]
		}
		if !ok {
			continue
		}
		if s.neg[i] {
			v = -0.75 * v
		}
		sg := uint64(0)
		if v > 0 {
			sg = 1
		}
		f.addT(fLexSign, mix(fLexSign, mix(side<<16|cb<<8|db, sg)))
		f.addT(fLexSign, mix(fLexSign, mix(1<<24|cb, sg)))
		f.addT(fLexWord, mix(fLexWord, mix(cb<<8|sg, w)))
		k := 0
		if v > 0 {
			k = 1
		} else {
			v = -v
		}
		v /= 4
		lex[regAll][k] += v
		switch {
		case cd == 0 && d <= 3:
			lex[regNearL+int(side)][k] += v
			lex[regClauseL+int(side)][k] += v
		case cd == 0:
			lex[regClauseL+int(side)][k] += v
		default:
			lex[regOtherL+int(side)][k] += v
		}
	}
	if m.vec != nil && f.off&(1<<fVec) == 0 {
		m.vecFeatures(s, ts, te, tc)
	}
	for r := range lex {
		for k := range lex[r] {
			v := lex[r][k]
			if v > 2 {
				v = 2
			}
			if f.off&(1<<fLexDense) == 0 {
				f.addVal(mix(fLexDense, uint64(r<<1|k)), v)
			}
		}
	}
}

// vecFeatures adds the averages of the word vectors of the regions around
// the target as dense features.
func (m *Model) vecFeatures(s *scratch, ts, te int, tc int32) {
	dim := m.vec.dim
	s.vbuf = slices.Grow(s.vbuf[:0], dim)[:dim]
	s.vacc = slices.Grow(s.vacc[:0], numVecRegions*dim)[:numVecRegions*dim]
	clear(s.vacc)
	var wsum [numVecRegions]float32
	for i := range s.toks {
		r := m.vec.row(&s.toks[i])
		if r < 0 {
			continue
		}
		m.vec.vec(r, s.vbuf)
		add := func(reg int, w float32) {
			acc := s.vacc[reg*dim : reg*dim+dim]
			for j, x := range s.vbuf {
				acc[j] += w * x
			}
			wsum[reg] += w
		}
		if i >= ts && i < te {
			add(vecTarget, 1)
			continue
		}
		d := ts - i
		if i >= te {
			d = i - te + 1
		}
		add(vecNear, float32(1/(1+float64(d)/3)))
		if s.clause[i] == tc {
			add(vecClause, 1)
		}
		if d <= 3 {
			add(vecWindow, 1)
		}
	}
	s.vsum = wsum
	for reg := range numVecRegions {
		if wsum[reg] == 0 {
			continue
		}
		acc := s.vacc[reg*dim : reg*dim+dim]
		for j := range acc {
			acc[j] /= wsum[reg]
		}
		if !s.sparse && m.dense != nil {
			continue // classify reads s.vacc
		}
		for j, x := range acc {
			s.f.addVal(vecKey(reg, j), x)
		}
	}
}

// vecKey is the feature key of dimension j of the word-vector average of
// region reg.
func vecKey(reg, j int) uint64 { return mix(fVec, uint64(reg<<16|j)) }

// setDense copies the weights of the word-vector features from the hashed
// rows into m.dense, which classify reads instead of looking them up.
func (m *Model) setDense() {
	if m.vec == nil || m.off&(1<<fVec) != 0 {
		return
	}
	dim := m.vec.dim
	m.dense = make([]float32, numVecRegions*dim*numClasses)
	for reg := range numVecRegions {
		for j := range dim {
			if r, ok := m.rows[vecKey(reg, j)]; ok {
				copy(m.dense[(reg*dim+j)*numClasses:][:numClasses], m.w[int(r)*numClasses:][:numClasses])
			}
		}
	}
}
