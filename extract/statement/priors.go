package statement

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Evidence is what the word lists say about the polarity towards one
// target mention (see Finder.Evidence). Each field is -1, 0 or 1.
type Evidence struct {
	// Object is the polarity of a relation word that governs the target:
	// a cue with a fixed polarity ("rejected X's plan", "praised X") or a
	// phrase of the [object] list ("sided with X", "criticism of X").
	Object int
	// Clause is the sign of the stance words of the target's own clause.
	Clause int
	// Rest is the sign of the stance words of the rest of the words.
	Rest int
	// Lexicon is the sign of the summed VADER valence of the target's
	// clause (negated words flipped), when it passes ±1.
	Lexicon int
	// Demand is -1 when the target is pressed to act: the subject of an
	// obligation ("X must …", "X should …") or the object of a
	// pressure verb ("urged X to …").
	Demand int
}

// The features of Evidence, in the order of Priors.Cond.
const (
	featObject = iota
	featClause
	featRest
	featLexicon
	featDemand
	numFeatures
)

// featureNames are the names of the features in a priors file.
var featureNames = [numFeatures]string{"object", "clause", "rest", "lexicon", "demand"}

// value returns feature k of e.
func (e Evidence) value(k int) int {
	switch k {
	case featObject:
		return e.Object
	case featClause:
		return e.Clause
	case featRest:
		return e.Rest
	case featLexicon:
		return e.Lexicon
	}
	return e.Demand
}

// Priors turn Evidence into probabilities: Prior[c] is the share of class
// c (-1, 0, 1 at 0, 1, 2) among training targets, Cond[k][v+1][c] the
// share of class c among the targets whose feature k has value v (with
// add-one smoothing), and Alpha[k] the weight of feature k when it is
// combined with the model. CountPriors makes them, ParsePriors reads
// them.
type Priors struct {
	Prior [3]float64
	Cond  [numFeatures][3][3]float64
	N     [numFeatures][3]int
	Alpha [numFeatures]float64
}

// CountPriors counts the tables of Priors from evidence and gold classes
// (-1, 0, 1), with add-one smoothing; every Alpha is 1.
func CountPriors(ev []Evidence, gold []int) *Priors {
	p := &Priors{}
	var cls [3]float64
	var cnt [numFeatures][3][3]float64
	for i, e := range ev {
		c := gold[i] + 1
		if c < 0 || c > 2 {
			continue
		}
		cls[c]++
		for k := range numFeatures {
			cnt[k][e.value(k)+1][c]++
		}
	}
	total := cls[0] + cls[1] + cls[2]
	for c := range cls {
		p.Prior[c] = (cls[c] + 1) / (total + 3)
	}
	for k := range numFeatures {
		p.Alpha[k] = 1
		for v := range 3 {
			n := cnt[k][v][0] + cnt[k][v][1] + cnt[k][v][2]
			p.N[k][v] = int(n)
			for c := range 3 {
				p.Cond[k][v][c] = (cnt[k][v][c] + 1) / (n + 3)
			}
		}
	}
	return p
}

// Combine returns the class probabilities of a target given the model's
// probabilities model (of -1, 0, 1) and the evidence of the word lists,
// as a product of experts:
//
//	P(c) ∝ model(c) · Π_k (Cond[k][e_k][c] / Prior[c])^Alpha[k]
//
// each feature multiplies in how much more (or less) likely class c is
// when the feature has its value than in general (its likelihood ratio,
// tempered by Alpha because the model has seen the same words). A nil
// model distribution (all zero) is read as the prior.
func (p *Priors) Combine(model [3]float64, e Evidence) [3]float64 {
	if model[0]+model[1]+model[2] <= 0 {
		model = p.Prior
	}
	var z [3]float64
	for c := range z {
		z[c] = math.Log(math.Max(model[c], 1e-9))
		for k := range numFeatures {
			z[c] += p.Alpha[k] * (math.Log(p.Cond[k][e.value(k)+1][c]) - math.Log(p.Prior[c]))
		}
	}
	return softmax(z)
}

// softmax normalises log scores into probabilities.
func softmax(z [3]float64) [3]float64 {
	mx := math.Max(z[0], math.Max(z[1], z[2]))
	var p [3]float64
	sum := 0.0
	for c := range z {
		p[c] = math.Exp(z[c] - mx)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}

// argmax returns the class (-1, 0, 1) of the largest probability and the
// probability; ties go to neutral, then to the lower class.
func argmax(p [3]float64) (int, float64) {
	best := 1
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	return best - 1, p[best]
}

// Write writes the priors in the text format ParsePriors reads.
func (p *Priors) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "prior\t%.6f\t%.6f\t%.6f\n", p.Prior[0], p.Prior[1], p.Prior[2])
	for k := range numFeatures {
		fmt.Fprintf(bw, "alpha\t%s\t%.2f\n", featureNames[k], p.Alpha[k])
		for v := range 3 {
			fmt.Fprintf(bw, "cond\t%s\t%d\t%.6f\t%.6f\t%.6f\t%d\n", featureNames[k], v-1,
				p.Cond[k][v][0], p.Cond[k][v][1], p.Cond[k][v][2], p.N[k][v])
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write priors: %w", err)
	}
	return nil
}

// ParsePriors reads priors written by Write; lines starting with "#" are
// comments. Every table must be present.
func ParsePriors(r io.Reader) (*Priors, error) {
	p := &Priors{}
	var seen [1 + 4*numFeatures]bool
	sc := bufio.NewScanner(r)
	line := 0
	floats := func(f []string) ([]float64, error) {
		out := make([]float64, len(f))
		for i, s := range f {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(v) || v < 0 || v > 10 {
				return nil, fmt.Errorf("bad number %q (want 0 to 10)", s)
			}
			out[i] = v
		}
		return out, nil
	}
	feature := func(s string) int {
		for k, n := range featureNames {
			if n == s {
				return k
			}
		}
		return -1
	}
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		bad := func(err error) error { return fmt.Errorf("priors: line %d: %w", line, err) }
		switch {
		case f[0] == "prior" && len(f) == 4:
			v, err := floats(f[1:])
			if err != nil {
				return nil, bad(err)
			}
			copy(p.Prior[:], v)
			seen[0] = true
		case f[0] == "alpha" && len(f) == 3 && feature(f[1]) >= 0:
			v, err := floats(f[2:])
			if err != nil {
				return nil, bad(err)
			}
			k := feature(f[1])
			p.Alpha[k] = v[0]
			seen[1+k] = true
		case f[0] == "cond" && len(f) == 7 && feature(f[1]) >= 0:
			k := feature(f[1])
			val, err := strconv.Atoi(f[2])
			if err != nil || val < -1 || val > 1 {
				return nil, bad(fmt.Errorf("bad value %q", f[2]))
			}
			v, err := floats(f[3:6])
			if err != nil {
				return nil, bad(err)
			}
			n, err := strconv.Atoi(f[6])
			if err != nil || n < 0 {
				return nil, bad(fmt.Errorf("bad count %q", f[6]))
			}
			copy(p.Cond[k][val+1][:], v)
			p.N[k][val+1] = n
			seen[1+numFeatures+3*k+val+1] = true
		default:
			return nil, bad(fmt.Errorf("unknown line %q", s))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("priors: %w", err)
	}
	for i, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("priors: table %d missing", i)
		}
	}
	for c := range p.Prior {
		if p.Prior[c] <= 0 || p.Prior[c] > 1 {
			return nil, fmt.Errorf("priors: prior of class %d is not in (0, 1]", c-1)
		}
		for k := range numFeatures {
			for v := range 3 {
				if p.Cond[k][v][c] <= 0 || p.Cond[k][v][c] > 1 {
					return nil, fmt.Errorf("priors: %s=%d: probability of class %d is not in (0, 1]", featureNames[k], v-1, c-1)
				}
			}
		}
	}
	return p, nil
}
