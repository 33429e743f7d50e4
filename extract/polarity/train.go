package polarity

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
)

// WordData is the word-level knowledge a model is built with; it is stored
// inside the model file.
type WordData struct {
	// Valence maps lower-case words to a sentiment value in [-4, 4].
	Valence map[string]float32
	// Negators are words that negate the few words after them.
	Negators []string
	// Connectives are words that start a new clause.
	Connectives []string
	// Vectors is a word-vector file as SelectVectors writes it, or nil.
	Vectors []byte
}

// TrainOptions sets the training of a model.
type TrainOptions struct {
	// L2 is the weight of the L2 penalty (per unit of mean example loss).
	L2 float64
	// MinCount drops features seen in fewer training examples.
	MinCount int
	// Iterations bounds the L-BFGS iterations.
	Iterations int
	// Off switches feature templates off (bit t for template t; for
	// ablation experiments).
	Off uint64
	// CalibrationFolds, when 2 or more, sets the softmax temperature that
	// minimises the log loss of out-of-fold predictions (temperature
	// scaling; Guo et al., "On calibration of modern neural networks",
	// ICML 2017) by a cross-validation with that many folds.
	CalibrationFolds int
	// Balance weights examples inversely to their class frequency.
	Balance bool
	// Net sets the neural models (none when Net.Hidden is 0), Seeds how
	// many are trained (seeds Net.Seed, Net.Seed+1, ...) and averaged, and
	// Mix the weight of the linear model's calibrated scores in the
	// ensemble (the neural models' get 1-Mix).
	Net   NetOptions
	Seeds int
	Mix   float64
}

// DefaultTrainOptions are the options of the committed model.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{L2: 1e-3, MinCount: 2, Iterations: 300, Balance: true, CalibrationFolds: 5,
		Net: DefaultNetOptions(), Seeds: 3, Mix: 0.5}
}

// buildModel returns a model without weights over wd.
func buildModel(wd WordData) *Model {
	neg := map[uint64]bool{}
	for _, w := range wd.Negators {
		neg[wordKey(w)] = true
	}
	con := map[uint64]bool{}
	for _, w := range wd.Connectives {
		con[wordKey(w)] = true
	}
	return newModel(wd.Valence, neg, con)
}

// example is one training example in sparse form.
type example struct {
	idx   []int32
	vals  []float32
	label int // 0, 1, 2 for -1, 0, 1
	w     float64
}

// Train fits a multinomial logistic regression with an L2 penalty (by
// L-BFGS, deterministic) on labelled records and, when opt.Net.Hidden > 0,
// an ensemble of it and opt.Seeds neural models (see NetOptions).
//
// With neural models, 1/opt.Net.ValFolds of the records (split by
// sentence) validate: the neural models are trained on the rest and stop
// early on them, and the temperatures of the linear scores, of the mean
// neural scores and of their mixture are fitted on them (the linear model
// for that is also trained on the rest; the model kept is then trained on
// all records). Without, the temperature is fitted on out-of-fold scores
// of opt.CalibrationFolds folds.
func Train(recs []Record, wd WordData, opt TrainOptions) (*Model, error) {
	if opt.Net.Hidden > 0 {
		return trainEnsemble(recs, wd, opt)
	}
	m, err := train(recs, wd, opt)
	if err != nil || opt.CalibrationFolds < 2 {
		return m, err
	}
	k := opt.CalibrationFolds
	opt.CalibrationFolds = 0
	z := make([][numClasses]float64, len(recs))
	for f := range k {
		var part []Record
		for _, r := range recs {
			if Fold(r, k, 0) != f {
				part = append(part, r)
			}
		}
		fm, err := train(part, wd, opt)
		if err != nil {
			return nil, fmt.Errorf("polarity: calibration fold %d: %w", f+1, err)
		}
		for i, r := range recs {
			if Fold(r, k, 0) == f {
				lo, hi := r.Span()
				z[i] = fm.logits(r.Sentence, lo, hi)
			}
		}
	}
	m.temp = fitTemperature(z, Gold(recs))
	return m, nil
}

// valSeed seeds the split of the validation records.
const valSeed = 0x76616c

// trainEnsemble trains the linear model and the neural models and mixes
// them (see Train).
func trainEnsemble(recs []Record, wd WordData, opt TrainOptions) (*Model, error) {
	var part, val []Record
	for _, r := range recs {
		if Fold(r, opt.Net.ValFolds, valSeed) == 0 {
			val = append(val, r)
		} else {
			part = append(part, r)
		}
	}
	if len(part) == 0 || len(val) == 0 {
		return nil, errors.New("polarity: too few sentences for a validation split")
	}
	lin, err := train(part, wd, opt)
	if err != nil {
		return nil, err
	}
	zl := make([][numClasses]float64, len(val))
	for i, r := range val {
		lo, hi := r.Span()
		zl[i] = lin.logits(r.Sentence, lo, hi)
	}
	zn := make([][numClasses]float64, len(val))
	var nets []*net
	for s := range max(opt.Seeds, 1) {
		no := opt.Net
		no.Seed += uint64(s)
		n, z, err := lin.trainNet(part, val, no)
		if err != nil {
			return nil, err
		}
		nets = append(nets, n)
		for i := range z {
			for c := range z[i] {
				zn[i][c] += z[i][c] / float64(max(opt.Seeds, 1))
			}
		}
	}
	gold := Gold(val)
	m, err := train(recs, wd, opt)
	if err != nil {
		return nil, err
	}
	for _, n := range nets {
		n.prepare(m.vec)
	}
	m.nets, m.mix = nets, opt.Mix
	m.group = newNetGroup(nets)
	// Parameters are stored as float32: round them so that a loaded model
	// computes what the trained one does.
	m.mix = float64(float32(m.mix))
	m.linTemp, m.netTemp = float64(float32(fitTemperature(zl, gold))), float64(float32(fitTemperature(zn, gold)))
	zc := make([][numClasses]float64, len(val))
	for i := range zc {
		for c := range zc[i] {
			zc[i][c] = m.mix*zl[i][c]/m.linTemp + (1-m.mix)*zn[i][c]/m.netTemp
		}
	}
	m.temp = float64(float32(fitTemperature(zc, gold)))
	return m, nil
}

// fitTemperature returns the temperature in [0.2, 5] (steps of 0.01) that
// minimises the mean log loss of the logits z against gold polarities.
func fitTemperature(z [][numClasses]float64, gold []int) float64 {
	best, bestLoss := 1.0, math.Inf(1)
	for t := 20; t <= 500; t++ {
		T := float64(t) / 100
		loss := 0.0
		for i, zi := range z {
			mx := max(zi[0], zi[1], zi[2]) / T
			sum := 0.0
			for _, v := range zi {
				sum += math.Exp(v/T - mx)
			}
			loss -= zi[gold[i]+1]/T - mx - math.Log(sum)
		}
		if loss < bestLoss {
			best, bestLoss = T, loss
		}
	}
	return best
}

// train fits the model's weights (Train without calibration).
func train(recs []Record, wd WordData, opt TrainOptions) (*Model, error) {
	if len(recs) == 0 {
		return nil, errors.New("polarity: no training records")
	}
	m := buildModel(wd)
	m.off = opt.Off
	if wd.Vectors != nil {
		v, err := readVectors(bytes.NewReader(wd.Vectors))
		if err != nil {
			return nil, err
		}
		m.vec = v
	}
	type raw struct {
		keys  []uint64
		vals  []float32
		label int
	}
	raws := make([]raw, 0, len(recs))
	count := map[uint64]int{}
	s := &scratch{sparse: true}
	var counts [numClasses]int
	for i, r := range recs {
		if !r.Labelled {
			return nil, fmt.Errorf("polarity: record %d (%s) has no polarity", i+1, r.ID)
		}
		start, end := r.Span()
		ts, te := m.prepare(s, r.Sentence, start, end)
		m.extract(s, ts, te)
		keys := slices.Clone(s.f.keys)
		vals := slices.Clone(s.f.vals)
		seen := map[uint64]bool{}
		for _, k := range keys {
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
		raws = append(raws, raw{keys, vals, r.Polarity + 1})
		counts[r.Polarity+1]++
	}
	keys := make([]uint64, 0, len(count))
	for k, c := range count {
		if c >= opt.MinCount || k == fBias {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	index := make(map[uint64]int32, len(keys))
	for i, k := range keys {
		index[k] = int32(i)
	}
	exs := make([]example, len(raws))
	total := 0.0
	for i, r := range raws {
		e := example{label: r.label, w: 1}
		if opt.Balance {
			e.w = float64(len(raws)) / (numClasses * float64(counts[r.label]))
		}
		// Sum repeated keys so each index appears once.
		acc := map[int32]float32{}
		var order []int32
		for j, k := range r.keys {
			if x, ok := index[k]; ok {
				if _, dup := acc[x]; !dup {
					order = append(order, x)
				}
				acc[x] += r.vals[j]
			}
		}
		for _, x := range order {
			e.idx = append(e.idx, x)
			e.vals = append(e.vals, acc[x])
		}
		exs[i] = e
		total += e.w
	}
	w, err := fit(exs, len(keys), total, opt)
	if err != nil {
		return nil, err
	}
	m.w = make([]float32, len(w))
	for i, v := range w {
		m.w[i] = float32(v)
	}
	for i, k := range keys {
		m.rows[k] = uint32(i)
	}
	m.wt = newWeightTable(m.rows, m.w)
	m.setDense()
	return m, nil
}

// fit minimises the weighted mean cross-entropy plus L2/2 |w|^2.
func fit(exs []example, nf int, total float64, opt TrainOptions) ([]float64, error) {
	dim := nf * numClasses
	fg := func(x, g []float64) float64 {
		f := 0.0
		for i, v := range x {
			g[i] = opt.L2 * v
			f += 0.5 * opt.L2 * v * v
		}
		var z, p [numClasses]float64
		for _, e := range exs {
			z = [numClasses]float64{}
			for j, ix := range e.idx {
				v := float64(e.vals[j])
				row := x[int(ix)*numClasses:]
				for c := range z {
					z[c] += v * row[c]
				}
			}
			mx := max(z[0], z[1], z[2])
			sum := 0.0
			for c := range z {
				p[c] = math.Exp(z[c] - mx)
				sum += p[c]
			}
			ew := e.w / total
			f -= ew * (z[e.label] - mx - math.Log(sum))
			for c := range p {
				p[c] /= sum
			}
			p[e.label]--
			for j, ix := range e.idx {
				v := float64(e.vals[j]) * ew
				row := g[int(ix)*numClasses:]
				for c := range p {
					row[c] += v * p[c]
				}
			}
		}
		return f
	}
	x := make([]float64, dim)
	f := lbfgs(fg, x, opt.Iterations, 10, 1e-6)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, errors.New("polarity: fit diverged")
	}
	return x, nil
}
