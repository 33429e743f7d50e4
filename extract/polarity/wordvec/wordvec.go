package wordvec

import (
	"cmp"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
)

// Options sets the training of word vectors.
type Options struct {
	Dim       int     // vector size
	Window    int     // largest distance of a context word
	Negatives int     // negative samples per context word
	Epochs    int     // passes over the corpus
	MinCount  int     // words seen fewer times are dropped
	Subsample float64 // frequent-word subsampling threshold (Mikolov et al. 2013), 0: none
	Rate      float64 // starting learning rate, decayed linearly to 1e-4 of it
	Seed      uint64
}

// DefaultOptions are the settings used for the polarity model.
func DefaultOptions() Options {
	return Options{Dim: 64, Window: 5, Negatives: 5, Epochs: 4, MinCount: 5, Subsample: 1e-4, Rate: 0.025, Seed: 1}
}

// Vectors are learned word vectors, one per vocabulary word, in order of
// decreasing frequency.
type Vectors struct {
	Words []string
	Count []int
	Dim   int
	V     []float32 // len(Words)*Dim
}

// Vec returns the vector of word i.
func (v *Vectors) Vec(i int) []float32 { return v.V[i*v.Dim : (i+1)*v.Dim] }

// Train learns skip-gram word vectors with negative sampling (Mikolov et
// al., "Distributed representations of words and phrases and their
// compositionality", NIPS 2013) from sentences of words. It runs on one
// goroutine with a seeded generator, so the same input gives the same
// vectors.
//
// Cost: O(Epochs × tokens × Window × Negatives × Dim).
func Train(sentences [][]string, opt Options) (*Vectors, error) {
	if opt.Dim <= 0 || opt.Window <= 0 || opt.Epochs <= 0 {
		return nil, errors.New("wordvec: Dim, Window and Epochs must be positive")
	}
	counts := map[string]int{}
	for _, s := range sentences {
		for _, w := range s {
			counts[w]++
		}
	}
	vs := &Vectors{Dim: opt.Dim}
	for w, c := range counts {
		if c >= opt.MinCount {
			vs.Words = append(vs.Words, w)
		}
	}
	slices.SortFunc(vs.Words, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
	})
	if len(vs.Words) == 0 {
		return nil, errors.New("wordvec: no word reaches MinCount")
	}
	id := make(map[string]int32, len(vs.Words))
	total := 0
	for i, w := range vs.Words {
		id[w] = int32(i)
		vs.Count = append(vs.Count, counts[w])
		total += counts[w]
	}
	corpus := make([][]int32, 0, len(sentences))
	for _, s := range sentences {
		var ids []int32
		for _, w := range s {
			if i, ok := id[w]; ok {
				ids = append(ids, i)
			}
		}
		if len(ids) > 1 {
			corpus = append(corpus, ids)
		}
	}
	// Unigram^0.75 table for negative samples.
	const tableSize = 1 << 22
	table := make([]int32, tableSize)
	pow := 0.0
	for _, c := range vs.Count {
		pow += math.Pow(float64(c), 0.75)
	}
	wi, acc := 0, math.Pow(float64(vs.Count[0]), 0.75)/pow
	for i := range table {
		table[i] = int32(wi)
		if float64(i+1)/tableSize > acc && wi < len(vs.Words)-1 {
			wi++
			acc += math.Pow(float64(vs.Count[wi]), 0.75) / pow
		}
	}
	keep := make([]float64, len(vs.Words))
	for i, c := range vs.Count {
		keep[i] = 1
		if opt.Subsample > 0 {
			f := float64(c) / float64(total)
			keep[i] = min(1, (math.Sqrt(f/opt.Subsample)+1)*opt.Subsample/f)
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9E3779B97F4A7C15))
	d := opt.Dim
	in := make([]float32, len(vs.Words)*d)
	out := make([]float32, len(vs.Words)*d)
	for i := range in {
		in[i] = (rng.Float32() - 0.5) / float32(d)
	}
	grad := make([]float32, d)
	tokens := 0
	for _, s := range corpus {
		tokens += len(s)
	}
	done, all := 0, tokens*opt.Epochs
	sent := make([]int32, 0, 256)
	for range opt.Epochs {
		for _, s := range corpus {
			sent = sent[:0]
			for _, w := range s {
				if keep[w] >= 1 || rng.Float64() < keep[w] {
					sent = append(sent, w)
				}
			}
			done += len(s)
			rate := float32(opt.Rate * max(1e-4, 1-float64(done)/float64(all+1)))
			for p, w := range sent {
				b := rng.IntN(opt.Window) // dynamic window
				for q := max(0, p-opt.Window+b); q < min(len(sent), p+opt.Window-b+1); q++ {
					if q == p {
						continue
					}
					ctx := in[int(sent[q])*d : int(sent[q])*d+d]
					clear(grad)
					for k := 0; k <= opt.Negatives; k++ {
						target, label := w, float32(1)
						if k > 0 {
							target = table[rng.IntN(tableSize)]
							if target == w {
								continue
							}
							label = 0
						}
						o := out[int(target)*d : int(target)*d+d]
						dot := float32(0)
						for j := range o {
							dot += ctx[j] * o[j]
						}
						g := (label - sigmoid(dot)) * rate
						for j := range o {
							grad[j] += g * o[j]
							o[j] += g * ctx[j]
						}
					}
					for j := range ctx {
						ctx[j] += grad[j]
					}
				}
			}
		}
	}
	vs.V = in
	return vs, nil
}

func sigmoid(x float32) float32 {
	if x > 8 {
		return 1
	}
	if x < -8 {
		return 0
	}
	return float32(1 / (1 + math.Exp(-float64(x))))
}

// Normalize scales every vector to unit length.
func (v *Vectors) Normalize() {
	for i := range v.Words {
		x := v.Vec(i)
		n := float32(0)
		for _, a := range x {
			n += a * a
		}
		if n > 0 {
			n = float32(1 / math.Sqrt(float64(n)))
			for j := range x {
				x[j] *= n
			}
		}
	}
}

// KMeans clusters the (normalised) vectors of the first n words into k
// groups by spherical k-means (cosine similarity) with k-means++ seeding
// (Arthur and Vassilvitskii 2007) from seed, for iters rounds, and returns
// each word's cluster in [0, k). Cost: O(iters × n × k × Dim).
func (v *Vectors) KMeans(n, k, iters int, seed uint64) []int {
	n = min(n, len(v.Words))
	k = min(k, n)
	d := v.Dim
	rng := rand.New(rand.NewPCG(seed, seed+1))
	cent := make([]float32, 0, k*d)
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	first := rng.IntN(n)
	cent = append(cent, v.Vec(first)...)
	for len(cent) < k*d {
		c := cent[len(cent)-d:]
		sum := 0.0
		for i := range n {
			dd := 1 - float64(dotf(v.Vec(i), c))
			if dd < dist[i] {
				dist[i] = dd
			}
			sum += max(dist[i], 0) * max(dist[i], 0)
		}
		r := rng.Float64() * sum
		pick := n - 1
		for i := range n {
			r -= max(dist[i], 0) * max(dist[i], 0)
			if r <= 0 {
				pick = i
				break
			}
		}
		cent = append(cent, v.Vec(pick)...)
	}
	assign := make([]int, n)
	sums := make([]float64, k*d)
	for range iters {
		for i := range n {
			x := v.Vec(i)
			best, bs := 0, float32(math.Inf(-1))
			for c := range k {
				if s := dotf(x, cent[c*d:(c+1)*d]); s > bs {
					best, bs = c, s
				}
			}
			assign[i] = best
		}
		clear(sums)
		for i := range n {
			x := v.Vec(i)
			row := sums[assign[i]*d:]
			for j, a := range x {
				row[j] += float64(a)
			}
		}
		for c := range k {
			row := sums[c*d : (c+1)*d]
			nn := 0.0
			for _, a := range row {
				nn += a * a
			}
			if nn == 0 {
				continue // empty cluster keeps its centre
			}
			nn = 1 / math.Sqrt(nn)
			for j, a := range row {
				cent[c*d+j] = float32(a * nn)
			}
		}
	}
	return assign
}

func dotf(a, b []float32) float32 {
	s := float32(0)
	for i, x := range a {
		s += x * b[i]
	}
	return s
}
