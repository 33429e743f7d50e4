package polarity

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// NetOptions sets the training of the neural model.
type NetOptions struct {
	// Hidden is the GRU state size per direction (0: no neural model);
	// PosDim the size of the position embeddings.
	Hidden, PosDim int
	// Epochs bounds the passes over the training data; training stops
	// early when the validation macro F1 has not improved for Patience
	// epochs, and keeps the best epoch's weights.
	Epochs, Patience int
	// Batch is the minibatch size, LR the Adam step size, Clip the bound
	// on the gradient's norm per batch.
	Batch       int
	LR, Clip    float64
	DropIn      float64 // dropout of word-vector components
	DropOut     float64 // dropout of the output layer's inputs
	Seed        uint64  // of the initial weights, the order and the dropout
	ValFolds    int     // 1/ValFolds of the training records validate (split by sentence)
	Log         io.Writer
	WeightDecay float64 // decoupled weight decay per step (AdamW), times LR
	// EMA, when in (0, 1), validates and keeps an exponential moving
	// average of the weights over the steps (Polyak averaging) with this
	// decay per step instead of the weights themselves.
	EMA float64
}

// DefaultNetOptions are the options of the committed model.
func DefaultNetOptions() NetOptions {
	return NetOptions{Hidden: 32, PosDim: 16, Epochs: 30, Patience: 5, Batch: 32, LR: 2e-3, Clip: 5,
		DropIn: 0.3, DropOut: 0.3, Seed: 1, ValFolds: 10}
}

// netExample is one training example of the neural model.
type netExample struct {
	x     netInput
	label int
	w     float32
}

// netExamples turns records into network inputs with m's word data.
func (m *Model) netExamples(recs []Record) []netExample {
	out := make([]netExample, len(recs))
	s := new(scratch)
	for i, r := range recs {
		lo, hi := r.Span()
		ts, te := m.prepare(s, r.Sentence, lo, hi)
		m.extract(s, ts, te)
		var x netInput
		m.netInputs(s, ts, te, 0, &x)
		x.row, x.pos, x.extra = slices.Clone(x.row), slices.Clone(x.pos), slices.Clone(x.extra)
		out[i] = netExample{x: x, label: r.Polarity + 1, w: 1}
	}
	return out
}

// trainNet trains a network on train, choosing the epoch by the macro F1
// on val, and returns it with its class scores on val.
func (m *Model) trainNet(train, val []Record, opt NetOptions) (*net, [][numClasses]float64, error) {
	if len(train) == 0 || len(val) == 0 {
		return nil, nil, errors.New("polarity: net: no training or validation records")
	}
	if m.vec == nil {
		return nil, nil, errors.New("polarity: net: no word vectors")
	}
	exs, vexs := m.netExamples(train), m.netExamples(val)
	var counts [numClasses]int
	for _, e := range exs {
		counts[e.label]++
	}
	for i := range exs {
		exs[i].w = float32(float64(len(exs)) / (numClasses * float64(max(counts[exs[i].label], 1))))
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x706f6c6172697479))
	n := newNet(netShape{E: m.vec.dim, P: opt.PosDim, H: opt.Hidden})
	n.init(rng.Float64)
	g := make([]float32, len(n.p))
	mom := make([]float64, len(n.p))
	vel := make([]float64, len(n.p))
	var st netState
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	gold := make([]int, len(vexs))
	for i, e := range vexs {
		gold[i] = e.label - 1
	}
	best, bestF1, bestLoss, since := n.clone(), -1.0, math.Inf(1), 0
	eval := n
	if opt.EMA > 0 {
		eval = n.clone()
	}
	var bestZ [][numClasses]float64
	step := 0
	b1, b2 := 0.9, 0.999
	for ep := range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		total := 0.0
		for at := 0; at < len(order); at += opt.Batch {
			batch := order[at:min(at+opt.Batch, len(order))]
			clear(g)
			for _, i := range batch {
				e := &exs[i]
				n.forward(&e.x, &st, m.vec, float32(opt.DropIn), float32(opt.DropOut), rng.Float64)
				total += float64(n.backward(&e.x, &st, e.label, e.w, g, float32(opt.DropIn), float32(opt.DropOut)))
			}
			norm := 0.0
			for _, v := range g {
				norm += float64(v) * float64(v)
			}
			norm = math.Sqrt(norm) / float64(len(batch))
			scale := 1 / float64(len(batch))
			if opt.Clip > 0 && norm > opt.Clip {
				scale *= opt.Clip / norm
			}
			step++
			c1 := 1 - math.Pow(b1, float64(step))
			c2 := 1 - math.Pow(b2, float64(step))
			for i, v := range g {
				gi := float64(v) * scale
				mom[i] = b1*mom[i] + (1-b1)*gi
				vel[i] = b2*vel[i] + (1-b2)*gi*gi
				p := float64(n.p[i])
				p -= opt.LR * (mom[i] / c1) / (math.Sqrt(vel[i]/c2) + 1e-8)
				p -= opt.LR * opt.WeightDecay * p
				n.p[i] = float32(p)
			}
			if opt.EMA > 0 {
				a := float32(1 - opt.EMA)
				for i, v := range n.p {
					eval.p[i] += a * (v - eval.p[i])
				}
			}
		}
		z := make([][numClasses]float64, len(vexs))
		pred := make([]int, len(vexs))
		vloss := 0.0
		for i := range vexs {
			l := eval.forward(&vexs[i].x, &st, m.vec, 0, 0, nil)
			for c := range l {
				z[i][c] = float64(l[c])
			}
			pred[i] = argmax(z[i]) - 1
			vloss += logLoss(z[i], vexs[i].label)
		}
		vloss /= float64(len(vexs))
		f1 := Score(gold, pred).MacroF1
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "net: epoch %d train loss %.4f val loss %.4f val F1m %.4f\n", ep+1, total/float64(len(exs)), vloss, f1)
		}
		if f1 > bestF1 || (f1 == bestF1 && vloss < bestLoss) {
			best, bestF1, bestLoss, bestZ, since = eval.clone(), f1, vloss, z, 0
		} else if since++; since >= opt.Patience {
			break
		}
	}
	return best, bestZ, nil
}

func argmax(z [numClasses]float64) int {
	b := 0
	for c := range z {
		if z[c] > z[b] {
			b = c
		}
	}
	return b
}

// logLoss is the cross-entropy of the class scores z against class y.
func logLoss(z [numClasses]float64, y int) float64 {
	mx := max(z[0], z[1], z[2])
	sum := 0.0
	for _, v := range z {
		sum += math.Exp(v - mx)
	}
	return -(z[y] - mx - math.Log(sum))
}
