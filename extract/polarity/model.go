package polarity

import (
	"math"
	"slices"
	"sync"
)

// numClasses is the number of polarity classes: negative, neutral, positive.
const numClasses = 3

// Prediction is the sentiment a sentence expresses towards one target.
type Prediction struct {
	// Polarity is -1 (negative), 0 (neutral) or 1 (positive).
	Polarity int
	// Confidence is the model's probability of Polarity, in [0, 1].
	Confidence float64
	// Probs holds the probabilities of -1, 0 and 1, in that order; they
	// sum to 1.
	Probs [numClasses]float64
}

// Model is a trained polarity classifier. It is immutable and safe for
// concurrent use.
type Model struct {
	valence  map[string]float32 // the lexicon as read
	lex      map[uint64]float32 // word key -> valence in [-4, 4]
	lexStem  map[uint64]float32 // stem key -> mean valence of the lexicon words with that stem
	negators map[uint64]bool
	connect  map[uint64]bool   // clause-starting words
	rows     map[uint64]uint32 // feature key -> row in w
	w        []float32         // numClasses weights per row
	wt       *weightTable      // rows and w indexed for prediction, or nil (classify reads rows)
	off      uint64            // feature templates switched off
	temp     float64           // softmax temperature (calibration), > 0
	vec      *vectors          // word vectors, or nil
	dense    []float32         // weights of the word-vector features (see setDense), or nil
	nets     []*net            // neural models whose scores are averaged, or none
	group    *netGroup         // the prepared nets run together (see netGroup), or nil
	linTemp  float64           // temperature of the linear scores in the ensemble
	netTemp  float64           // temperature of the mean neural scores in the ensemble
	mix      float64           // weight of the linear scores in the ensemble, in [0, 1]
	pool     *sync.Pool        // *scratch
}

// newModel returns a model with the given word data and no weights.
func newModel(valence map[string]float32, negators, connect map[uint64]bool) *Model {
	m := &Model{valence: valence, negators: negators, connect: connect, rows: map[uint64]uint32{}, temp: 1, linTemp: 1, netTemp: 1, mix: 1}
	m.lex, m.lexStem = lexiconKeys(valence)
	m.pool = &sync.Pool{New: func() any { return new(scratch) }}
	return m
}

// lexiconKeys indexes a lexicon by word key and by stem key (the mean
// valence of the words sharing a stem, summed in word order).
func lexiconKeys(valence map[string]float32) (map[uint64]float32, map[uint64]float32) {
	words := make([]string, 0, len(valence))
	for w := range valence {
		words = append(words, w)
	}
	slices.Sort(words)
	lex := make(map[uint64]float32, len(words))
	sum := map[uint64]float32{}
	cnt := map[uint64]float32{}
	for _, w := range words {
		lex[wordKey(w)] = valence[w]
		k := stemKey(w)
		sum[k] += valence[w]
		cnt[k]++
	}
	for k, c := range cnt {
		sum[k] /= c
	}
	return lex, sum
}

func (m *Model) lexicon(k uint64) (float32, bool) {
	v, ok := m.lex[k]
	return v, ok
}

func (m *Model) isNegator(k uint64) bool { return m.negators[k] }

// boundary punctuation: keys of the characters that separate clauses.
var boundaryPunct = [...]uint64{
	hashRune(fnvOffset, ','), hashRune(fnvOffset, ';'), hashRune(fnvOffset, ':'),
	hashRune(fnvOffset, '('), hashRune(fnvOffset, ')'), hashRune(fnvOffset, '-'),
	hashRune(fnvOffset, '?'), hashRune(fnvOffset, '!'), hashRune(fnvOffset, '.'),
}

func (m *Model) isBoundary(t *token) bool {
	switch t.kind {
	case tokQuote:
		return true
	case tokWord:
		return m.connect[t.key]
	}
	for _, k := range boundaryPunct {
		if t.key == k {
			return true
		}
	}
	return false
}

// Predict returns the sentiment that sentence expresses towards the target
// mention at the byte span [start, end). Offsets out of range are clamped;
// an empty or inverted span is read as an empty target at start. It never
// panics, whatever the input.
func (m *Model) Predict(sentence string, start, end int) Prediction {
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	z := m.scores(s, sentence, start, end)
	for c := range z {
		z[c] /= m.temp
	}
	return predictionOf(z)
}

// scores returns the class scores of the model (the linear model's, or
// the ensemble's) before the final temperature.
func (m *Model) scores(s *scratch, sentence string, start, end int) [numClasses]float64 {
	ts, te := m.prepare(s, sentence, start, end)
	m.extract(s, ts, te)
	z := m.classify(s)
	if len(m.nets) == 0 {
		return z
	}
	zn := m.netScores(s, ts, te)
	for c := range z {
		z[c] = m.mix*z[c]/m.linTemp + (1-m.mix)*zn[c]/m.netTemp
	}
	return z
}

// components returns the probabilities of the linear model and of the
// neural models alone, each with its temperature (the second is zero
// without neural models).
func (m *Model) components(sentence string, start, end int) (lin, nn [numClasses]float64) {
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	ts, te := m.prepare(s, sentence, start, end)
	m.extract(s, ts, te)
	z := m.classify(s)
	for c := range z {
		z[c] /= m.linTemp
	}
	lin = predictionOf(z).Probs
	if len(m.nets) > 0 {
		z = m.netScores(s, ts, te)
		for c := range z {
			z[c] /= m.netTemp
		}
		nn = predictionOf(z).Probs
	}
	return lin, nn
}

// netScores returns the mean class scores of the neural models for the
// target [ts, te) of the sentence in s (extract must have run).
func (m *Model) netScores(s *scratch, ts, te int) [numClasses]float64 {
	m.netInputs(s, ts, te, netSide, &s.nin)
	if cap(s.nlog) < len(m.nets) {
		s.nlog = make([][numClasses]float32, len(m.nets))
	}
	l := s.nlog[:len(m.nets)]
	if m.group.runs(m.nets) {
		m.group.forward(&s.nin, &s.gst, m.vec, l)
	} else {
		for i, n := range m.nets {
			l[i] = n.forward(&s.nin, &s.nst, m.vec, 0, 0, nil)
		}
	}
	var z [numClasses]float64
	for i := range m.nets {
		for c := range z {
			z[c] += float64(l[i][c]) / float64(len(m.nets))
		}
	}
	return z
}

// logits returns the model's class scores before temperature scaling.
func (m *Model) logits(sentence string, start, end int) [numClasses]float64 {
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	return m.scores(s, sentence, start, end)
}

// prepare tokenizes sentence into s and returns the token range of the
// target [start, end).
func (m *Model) prepare(s *scratch, sentence string, start, end int) (int, int) {
	start = max(0, min(start, len(sentence)))
	end = max(start, min(end, len(sentence)))
	s.toks = tokenize(sentence, s.toks[:0])
	ts, te := len(s.toks), len(s.toks)
	for i, t := range s.toks {
		if t.end > start && ts == len(s.toks) {
			ts = i
		}
		if t.start < end {
			te = i + 1
		}
	}
	if te < ts || end == start {
		te = ts
	}
	return ts, te
}

// classify returns the class scores (logits) of the features in s.
func (m *Model) classify(s *scratch) [numClasses]float64 {
	var z [numClasses]float64
	if m.wt != nil {
		for i, k := range s.f.keys {
			if w := m.wt.get(k); w != nil {
				v := float64(s.f.vals[i])
				for c := range z {
					z[c] += v * float64(w[c])
				}
			}
		}
	} else {
		for i, k := range s.f.keys {
			r, ok := m.rows[k]
			if !ok {
				continue
			}
			v := float64(s.f.vals[i])
			w := m.w[int(r)*numClasses : int(r)*numClasses+numClasses]
			for c := range z {
				z[c] += v * float64(w[c])
			}
		}
	}
	if m.dense != nil && !s.sparse {
		dim := m.vec.dim
		for reg, ws := range s.vsum {
			if ws == 0 {
				continue
			}
			w := m.dense[reg*dim*numClasses : (reg+1)*dim*numClasses]
			var a, b, c float32
			for j, x := range s.vacc[reg*dim : reg*dim+dim] {
				a += x * w[j*numClasses]
				b += x * w[j*numClasses+1]
				c += x * w[j*numClasses+2]
			}
			z[0] += float64(a)
			z[1] += float64(b)
			z[2] += float64(c)
		}
	}
	return z
}

// predictionOf turns class scores into a Prediction (softmax).
func predictionOf(z [numClasses]float64) Prediction {
	mx := math.Inf(-1)
	for _, v := range z {
		if v > mx {
			mx = v
		}
	}
	var p Prediction
	sum, best := 0.0, 0
	for c, v := range z {
		e := math.Exp(v - mx)
		if math.IsNaN(e) {
			e = 0
		}
		p.Probs[c] = e
		sum += e
		if e > p.Probs[best] {
			best = c
		}
	}
	if sum == 0 || math.IsNaN(sum) {
		return Prediction{Confidence: 1.0 / numClasses, Probs: [numClasses]float64{1.0 / 3, 1.0 / 3, 1.0 / 3}}
	}
	for c := range p.Probs {
		p.Probs[c] /= sum
	}
	p.Polarity = best - 1
	p.Confidence = p.Probs[best]
	return p
}

// ByteOffsets converts the code-point span [from, to) of s (as NewsMTSC
// records give it) to a byte span. Offsets past the end map to len(s);
// negative ones to 0.
func ByteOffsets(s string, from, to int) (start, end int) {
	from = max(from, 0)
	to = max(to, from)
	start, end = len(s), len(s)
	n := 0
	for i := range s {
		if n == from {
			start = i
		}
		if n == to {
			end = i
			break
		}
		n++
	}
	if end < start {
		end = start
	}
	return start, end
}
