package polarity

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// The neural model reads the sentence with a bidirectional GRU (Cho et al.,
// EMNLP 2014) over frozen word vectors and a few token features, and pools
// its states with an attention conditioned on the target (a bilinear score
// between each state and the mean state of the target, as in the
// "general" attention of Luong et al., EMNLP 2015, plus a learned bias per
// relative position). Inputs per token:
//
//   - the word vector (a learned vector per out-of-vocabulary class when the
//     word has none: number, capitalised word, other word, punctuation);
//   - a learned embedding of the signed distance bucket to the target (the
//     target's own tokens have bucket 0);
//   - the positive and negative lexicon valence (negated when in a
//     negator's scope), whether the token is negated, and whether it is in
//     the target's clause.
//
// The output layer reads [attention pool; target state].

// Out-of-vocabulary classes.
const (
	unkNumber = iota
	unkUpper
	unkWord
	unkOther
	numUnk
)

// numPos is the number of relative position buckets: the target, and 7
// distance buckets on each side.
const numPos = 15

// numExtra is the number of scalar token features.
const numExtra = 4

// netShape fixes the sizes of a network.
type netShape struct {
	E, P, H int // word-vector, position-embedding and GRU state sizes
}

func (s netShape) in() int { return s.E + s.P + numExtra }

// net is a network's parameters in one slice, with the offsets of each
// block. Directions: 0 left to right, 1 right to left.
type net struct {
	netShape
	p     []float32
	oW    [2]int // in × 3H input weights (columns: gates z, r, n)
	oU    [2]int // H × 3H recurrent weights
	ob    [2]int // 3H input biases
	obu   [2]int // H bias inside the reset product
	oPos, // numPos × P position embeddings
	oUnk, // numUnk × E vectors of unknown words
	oM, // D × D attention bilinear form (D = 2H)
	oAp, // numPos attention position biases
	oWo, // numClasses × 2D output weights
	oBo int // numClasses output biases

	// Inference tables (see prepare), nil until then: per direction, the
	// input projections of the first projRows word vectors and of the
	// unknown-word vectors (3H each), and those of the position
	// embeddings with the input biases added.
	proj, unkProj, posProj [2][]float32
	projRows               int
}

// projRowsMax bounds the word-vector rows whose input projections prepare
// computes ahead: rows are in word-frequency order, and the first 5,000
// cover about 80% of the tokens of news text.
const projRowsMax = 5000

// prepare computes the inference tables of a trained network for vec.
func (n *net) prepare(vec *vectors) {
	E, P, H, in := n.E, n.P, n.H, n.in()
	n.projRows = min(projRowsMax, len(vec.keys))
	e := make([]float32, E)
	for d := range 2 {
		W := n.p[n.oW[d] : n.oW[d]+3*H*in]
		n.proj[d] = make([]float32, n.projRows*3*H)
		for r := range n.projRows {
			vec.vec(int32(r), e)
			bl.Sgemv(blas.Trans, E, 3*H, 1, W, 3*H, e, 1, 0, n.proj[d][r*3*H:r*3*H+3*H], 1)
		}
		n.unkProj[d] = make([]float32, numUnk*3*H)
		for c := range numUnk {
			bl.Sgemv(blas.Trans, E, 3*H, 1, W, 3*H, n.p[n.oUnk+c*E:n.oUnk+c*E+E], 1, 0, n.unkProj[d][c*3*H:c*3*H+3*H], 1)
		}
		n.posProj[d] = make([]float32, numPos*3*H)
		for b := range numPos {
			dst := n.posProj[d][b*3*H : b*3*H+3*H]
			copy(dst, n.p[n.ob[d]:n.ob[d]+3*H])
			bl.Sgemv(blas.Trans, P, 3*H, 1, W[E*3*H:], 3*H, n.p[n.oPos+b*P:n.oPos+b*P+P], 1, 1, dst, 1)
		}
	}
}

// newNet lays out a network of the given shape with zero parameters.
func newNet(s netShape) *net {
	n := &net{netShape: s}
	off := 0
	take := func(k int) int { o := off; off += k; return o }
	in, H, D := s.in(), s.H, 2*s.H
	for d := range 2 {
		n.oW[d] = take(3 * H * in)
		n.oU[d] = take(3 * H * H)
		n.ob[d] = take(3 * H)
		n.obu[d] = take(H)
	}
	n.oPos = take(numPos * s.P)
	n.oUnk = take(numUnk * s.E)
	n.oM = take(D * D)
	n.oAp = take(numPos)
	n.oWo = take(numClasses * 2 * D)
	n.oBo = take(numClasses)
	n.p = make([]float32, off)
	return n
}

// init sets random initial weights (uniform, scaled by fan-in) from rnd,
// which returns uniform numbers in [0, 1).
func (n *net) init(rnd func() float64) {
	in, H, D := n.in(), n.H, 2*n.H
	fill := func(o, k int, a float64) {
		for i := range k {
			n.p[o+i] = float32((2*rnd() - 1) * a)
		}
	}
	for d := range 2 {
		fill(n.oW[d], 3*H*in, 1/math.Sqrt(float64(in)))
		fill(n.oU[d], 3*H*H, 1/math.Sqrt(float64(H)))
	}
	fill(n.oPos, numPos*n.P, 0.5)
	fill(n.oUnk, numUnk*n.E, 0.1)
	fill(n.oM, D*D, 1/math.Sqrt(float64(D)))
	fill(n.oWo, numClasses*2*D, 1/math.Sqrt(float64(2*D)))
}

// netInput is one sentence as the network reads it.
type netInput struct {
	row    []int32   // word-vector row, or -1-class for unknown words
	pos    []uint8   // relative position bucket
	extra  []float32 // numExtra per token
	ts, te int       // target tokens; ts == te: empty target at ts
}

func (x *netInput) reset() {
	x.row, x.pos, x.extra = x.row[:0], x.pos[:0], x.extra[:0]
}

// posBucket returns the relative position bucket of token i for the target
// [ts, te).
func posBucket(i, ts, te int) uint8 {
	switch {
	case i >= ts && i < te:
		return 0
	case i < ts:
		return uint8(distBucket(ts - i))
	}
	return uint8(7 + distBucket(i-te+1))
}

// netSide bounds the tokens the networks read on either side of the
// target at inference (news sentences are shorter; this bounds the work on
// long input). Training reads whole sentences (side 0), as the committed
// model was trained; on the NewsMTSC dev splits no prediction changes.
const netSide = 64

// netInputs fills x from the tokens, clauses and negation scopes in s
// (extract must have run), reading at most side tokens either side of the
// target (0: all of them).
func (m *Model) netInputs(s *scratch, ts, te, side int, x *netInput) {
	x.reset()
	lo, hi := 0, len(s.toks)
	if side > 0 {
		lo, hi = max(0, ts-side), min(len(s.toks), te+side)
	}
	x.ts, x.te = ts-lo, te-lo
	var tc int32
	if n := len(s.toks); ts < n {
		tc = s.clause[ts]
	} else if n > 0 {
		tc = s.clause[n-1]
	}
	for i := lo; i < hi; i++ {
		t := &s.toks[i]
		r := int32(-1)
		if m.vec != nil {
			r = m.vec.row(t)
		}
		if r < 0 {
			r = -1 - int32(unkClass(t))
		}
		x.row = append(x.row, r)
		x.pos = append(x.pos, posBucket(i, ts, te))
		var pos, neg, negated, same float32
		if v, ok := m.lexicon(t.key); ok && t.kind == tokWord {
			if s.neg[i] {
				v = -0.75 * v
			}
			if v > 0 {
				pos = v / 4
			} else {
				neg = -v / 4
			}
		}
		if s.neg[i] {
			negated = 1
		}
		if s.clause[i] == tc {
			same = 1
		}
		x.extra = append(x.extra, pos, neg, negated, same)
	}
}

// unkClass returns the out-of-vocabulary class of a token.
func unkClass(t *token) int {
	switch {
	case t.kind != tokWord:
		return unkOther
	case t.digit:
		return unkNumber
	case t.upper:
		return unkUpper
	}
	return unkWord
}

// netState holds the activations of one forward pass (and, in training,
// the gradients of the backward pass).
type netState struct {
	T               int
	x               []float32    // T × in inputs
	mask            []float32    // T × E dropout mask of the word vectors (training)
	a               [2][]float32 // T × 3H input projections
	z, r, n, un, h  [2][]float32 // T × H gate values, U_n h + bu, states
	hc              []float32    // T × D concatenated states
	v, t, c         []float32    // D: M t, target state, attention pool
	f, fmask        []float32    // 2D output-layer input and its dropout mask
	alpha           []float32    // T attention weights
	logits          [numClasses]float32
	tgt0, tgt1      int       // target state rows [tgt0, tgt1)
	dhc             []float32 // T × D
	da              []float32 // T × 3H
	dh, du, dv, tmp []float32
	dx              []float32 // in
}

func grow(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}

// bl runs the BLAS routines (sequential: level 1 and 2 routines and small
// matrix products run on the calling goroutine in a fixed order).
var bl gonum.Implementation

// forward runs the network on x and returns the class scores. With
// dropout > 0 it draws dropout masks from rnd (training).
func (n *net) forward(x *netInput, st *netState, vec *vectors, dropIn, dropOut float32, rnd func() float64) [numClasses]float32 {
	if n.proj[0] != nil && dropIn == 0 {
		// Inference with the prepared tables reads the activations from
		// tables too (within 2e-6 of the exact ones, see actTable);
		// training and its validation compute them. (Models run their
		// networks as one group, see Model.netScores; this path, for a
		// network alone, makes its group on each call.)
		var l [1][numClasses]float32
		newNetGroup([]*net{n}).forward(x, new(groupState), vec, l[:])
		return l[0]
	}
	n.states(x, st, vec, dropIn, rnd)
	return n.head(x, st, dropOut, rnd)
}

// states runs the GRU of the general forward pass (training and
// unprepared networks) on x: inputs, projections, gate values and states.
func (n *net) states(x *netInput, st *netState, vec *vectors, dropIn float32, rnd func() float64) {
	T, H, D := len(x.row), n.H, 2*n.H
	st.T = T
	for d := range 2 {
		st.a[d] = grow(st.a[d], T*3*H)
	}
	n.inputs(x, st, vec, dropIn, rnd)
	for d := range 2 {
		for _, b := range []*[]float32{&st.z[d], &st.r[d], &st.n[d], &st.un[d], &st.h[d]} {
			*b = grow(*b, T*H)
		}
		if T == 0 {
			continue
		}
		U := n.p[n.oU[d] : n.oU[d]+3*H*H]
		st.du = grow(st.du, 3*H)
		bu := n.p[n.obu[d] : n.obu[d]+H]
		for k := range T {
			i, prev := k, k-1
			if d == 1 {
				i, prev = T-1-k, T-k
			}
			u := st.du
			if k == 0 {
				clear(u)
			} else {
				bl.Sgemv(blas.Trans, H, 3*H, 1, U, 3*H, st.h[d][prev*H:prev*H+H], 1, 0, u, 1)
			}
			ai := st.a[d][i*3*H : i*3*H+3*H]
			z, r, nn, un, h := st.z[d][i*H:i*H+H], st.r[d][i*H:i*H+H], st.n[d][i*H:i*H+H], st.un[d][i*H:i*H+H], st.h[d][i*H:i*H+H]
			for j := range H {
				z[j] = ai[j] + u[j]
				r[j] = ai[H+j] + u[H+j]
			}
			sigmoids(z)
			sigmoids(r)
			for j := range H {
				un[j] = u[2*H+j] + bu[j]
				nn[j] = ai[2*H+j] + r[j]*un[j]
			}
			tanhs(nn)
			for j := range H {
				hp := float32(0)
				if k > 0 {
					hp = st.h[d][prev*H+j]
				}
				h[j] = (1-z[j])*nn[j] + z[j]*hp
			}
		}
	}
	st.hc = grow(st.hc, T*D)
	for i := range T {
		copy(st.hc[i*D:i*D+H], st.h[0][i*H:i*H+H])
		copy(st.hc[i*D+H:i*D+D], st.h[1][i*H:i*H+H])
	}
}

// head pools the states st.hc of x by the attention and returns the
// output layer's class scores (with dropout > 0 on its inputs, drawn from
// rnd: training).
func (n *net) head(x *netInput, st *netState, dropOut float32, rnd func() float64) [numClasses]float32 {
	T, D := st.T, 2*n.H
	// Target state: mean over the target's tokens (the token at ts for an
	// empty target).
	st.t, st.v, st.c = grow(st.t, D), grow(st.v, D), grow(st.c, D)
	clear(st.t)
	clear(st.c)
	st.tgt0, st.tgt1 = min(x.ts, T), min(max(x.te, x.ts+1), T)
	if st.tgt0 == T && T > 0 {
		st.tgt0 = T - 1
	}
	for i := st.tgt0; i < st.tgt1; i++ {
		for j := range D {
			st.t[j] += st.hc[i*D+j]
		}
	}
	if k := st.tgt1 - st.tgt0; k > 1 {
		for j := range st.t {
			st.t[j] /= float32(k)
		}
	}
	// Attention.
	st.alpha = grow(st.alpha, T)
	if T > 0 {
		bl.Sgemv(blas.NoTrans, D, D, 1, n.p[n.oM:n.oM+D*D], D, st.t, 1, 0, st.v, 1)
		mx := float32(math.Inf(-1))
		for i := range T {
			s := bl.Sdot(D, st.hc[i*D:i*D+D], 1, st.v, 1) + n.p[n.oAp+int(x.pos[i])]
			st.alpha[i] = s
			mx = max(mx, s)
		}
		sum := float32(0)
		for i := range T {
			st.alpha[i] = float32(math.Exp(float64(st.alpha[i] - mx)))
			sum += st.alpha[i]
		}
		for i := range T {
			st.alpha[i] /= sum
			bl.Saxpy(D, st.alpha[i], st.hc[i*D:i*D+D], 1, st.c, 1)
		}
	}
	st.f, st.fmask = grow(st.f, 2*D), grow(st.fmask, 2*D)
	copy(st.f[:D], st.c)
	copy(st.f[D:], st.t)
	if dropOut > 0 {
		keep := 1 / (1 - dropOut)
		for j := range st.f {
			st.fmask[j] = 0
			if float32(rnd()) >= dropOut {
				st.fmask[j] = keep
			}
			st.f[j] *= st.fmask[j]
		}
	}
	for c := range numClasses {
		st.logits[c] = n.p[n.oBo+c] + bl.Sdot(2*D, n.p[n.oWo+c*2*D:n.oWo+(c+1)*2*D], 1, st.f, 1)
	}
	return st.logits
}

// backward adds to g (laid out like n.p) the gradient of w × cross-entropy
// of the last forward pass against class y, and returns that loss.
func (n *net) backward(x *netInput, st *netState, y int, w float32, g []float32, dropIn, dropOut float32) float32 {
	T, E, P, H, in, D := st.T, n.E, n.P, n.H, n.in(), 2*n.H
	// Softmax cross-entropy.
	var p [numClasses]float32
	mx := max(st.logits[0], st.logits[1], st.logits[2])
	sum := float32(0)
	for c := range p {
		p[c] = float32(math.Exp(float64(st.logits[c] - mx)))
		sum += p[c]
	}
	loss := -w * (st.logits[y] - mx - float32(math.Log(float64(sum))))
	var dl [numClasses]float32
	for c := range p {
		dl[c] = w * p[c] / sum
	}
	dl[y] -= w
	// Output layer.
	st.tmp = grow(st.tmp, 2*D)
	df := st.tmp
	clear(df)
	for c := range numClasses {
		g[n.oBo+c] += dl[c]
		bl.Saxpy(2*D, dl[c], st.f, 1, g[n.oWo+c*2*D:n.oWo+(c+1)*2*D], 1)
		bl.Saxpy(2*D, dl[c], n.p[n.oWo+c*2*D:n.oWo+(c+1)*2*D], 1, df, 1)
	}
	if dropOut > 0 {
		for j := range df {
			df[j] *= st.fmask[j]
		}
	}
	if T == 0 {
		return loss
	}
	dc, dt := df[:D], df[D:]
	st.dhc = grow(st.dhc, T*D)
	clear(st.dhc)
	// Attention: c = Σ α_i h_i, α = softmax(s), s_i = h_i·v + ap[pos_i], v = M t.
	st.dv = grow(st.dv, D)
	clear(st.dv)
	mean := float32(0)
	for i := range T {
		mean += st.alpha[i] * bl.Sdot(D, st.hc[i*D:i*D+D], 1, dc, 1)
	}
	for i := range T {
		hi := st.hc[i*D : i*D+D]
		dhi := st.dhc[i*D : i*D+D]
		ds := st.alpha[i] * (bl.Sdot(D, hi, 1, dc, 1) - mean)
		bl.Saxpy(D, st.alpha[i], dc, 1, dhi, 1)
		bl.Saxpy(D, ds, st.v, 1, dhi, 1)
		bl.Saxpy(D, ds, hi, 1, st.dv, 1)
		g[n.oAp+int(x.pos[i])] += ds
	}
	// v = M t
	bl.Sger(D, D, 1, st.dv, 1, st.t, 1, g[n.oM:n.oM+D*D], D)
	bl.Sgemv(blas.Trans, D, D, 1, n.p[n.oM:n.oM+D*D], D, st.dv, 1, 1, dt, 1)
	// t = mean of the target's states.
	k := float32(st.tgt1 - st.tgt0)
	for i := st.tgt0; i < st.tgt1; i++ {
		bl.Saxpy(D, 1/k, dt, 1, st.dhc[i*D:i*D+D], 1)
	}
	// Through time, each direction.
	st.da = grow(st.da, T*3*H)
	st.dh = grow(st.dh, H)
	st.du = grow(st.du, 3*H)
	for d := range 2 {
		dh := st.dh
		clear(dh)
		U := n.p[n.oU[d] : n.oU[d]+3*H*H]
		gU := g[n.oU[d] : n.oU[d]+3*H*H]
		gbu := g[n.obu[d] : n.obu[d]+H]
		for k := T - 1; k >= 0; k-- {
			i, prev := k, k-1
			if d == 1 {
				i, prev = T-1-k, T-k
			}
			for j := range H {
				dh[j] += st.dhc[i*D+d*H+j]
			}
			z, r, nn, un := st.z[d][i*H:i*H+H], st.r[d][i*H:i*H+H], st.n[d][i*H:i*H+H], st.un[d][i*H:i*H+H]
			da := st.da[i*3*H : i*3*H+3*H]
			du := st.du
			for j := range H {
				hp := float32(0)
				if k > 0 {
					hp = st.h[d][prev*H+j]
				}
				dn := dh[j] * (1 - z[j])
				dz := dh[j] * (hp - nn[j])
				dan := dn * (1 - nn[j]*nn[j])
				dr := dan * un[j]
				da[j] = dz * z[j] * (1 - z[j])
				da[H+j] = dr * r[j] * (1 - r[j])
				da[2*H+j] = dan
				du[j], du[H+j], du[2*H+j] = da[j], da[H+j], dan*r[j]
				gbu[j] += du[2*H+j]
				dh[j] *= z[j]
			}
			if k > 0 {
				hp := st.h[d][prev*H : prev*H+H]
				bl.Sger(H, 3*H, 1, hp, 1, du, 1, gU, 3*H)
				bl.Sgemv(blas.NoTrans, H, 3*H, 1, U, 3*H, du, 1, 1, dh, 1)
			}
		}
		// Input weights and biases: dW += dA^T X, db += Σ dA.
		gW := g[n.oW[d] : n.oW[d]+3*H*in]
		gb := g[n.ob[d] : n.ob[d]+3*H]
		for i := range T {
			dai := st.da[i*3*H : i*3*H+3*H]
			bl.Sger(in, 3*H, 1, st.x[i*in:i*in+in], 1, dai, 1, gW, 3*H)
			for j, v := range dai {
				gb[j] += v
			}
		}
		// Inputs: the position embeddings and unknown-word vectors learn.
		st.dx = grow(st.dx, in)
		W := n.p[n.oW[d] : n.oW[d]+3*H*in]
		for i := range T {
			unk := x.row[i] < 0
			cols := in - E
			off := E
			if unk {
				cols, off = in, 0
			}
			dx := st.dx[:cols]
			// dx = W[off:off+cols] da_i
			bl.Sgemv(blas.NoTrans, cols, 3*H, 1, W[off*3*H:], 3*H, st.da[i*3*H:i*3*H+3*H], 1, 0, dx, 1)
			gp := g[n.oPos+int(x.pos[i])*P:][:P]
			for j := range P {
				gp[j] += dx[cols-(in-E)+j]
			}
			if unk {
				gu := g[n.oUnk+int(-1-x.row[i])*E:][:E]
				mk := st.mask[i*E : i*E+E]
				for j := range E {
					if dropIn > 0 {
						gu[j] += dx[j] * mk[j]
					} else {
						gu[j] += dx[j]
					}
				}
			}
		}
	}
	return loss
}

// sigmoid is the logistic function (the reference of sigmoids, which the
// networks use).
func sigmoid(x float32) float32 { return 1 / (1 + exp32(-x)) }

// tanh32 is the hyperbolic tangent (absolute error below 1e-6; the
// reference of tanhs, which the networks use).
func tanh32(x float32) float32 { return 1 - 2/(exp32(2*x)+1) }

// sigmoids replaces each value of v by its sigmoid, 1/(1+e^-x), with e^-x
// as exp32 computes it.
func sigmoids(v []float32) { squash(v, -1, 0, 1) }

// tanhs replaces each value of v by its hyperbolic tangent,
// 1 - 2/(e^2x+1), with e^2x as exp32 computes it.
func tanhs(v []float32) { squash(v, 2, 1, -2) }

// squash replaces each value x of v by b + c/(e^(a x)+1), with e^(a x) as
// exp32 computes it (a, b and c are exact in float32, so that the results
// are those of sigmoid and tanh32 bit for bit: TestSquash).
//
// The exponential is written out in the loop, without branches: the clamp
// compiles to conditional moves, and the rounding of x/ln 2 to the nearest
// integer, halves away from zero, adds 0.5 with the sign of t instead of
// testing it. The branch on the sign, which the processor cannot predict
// in a network's activations, made exp32 in a loop cost several times
// more.
func squash(v []float32, a, b, c float32) {
	const log2e = 1.4426950408889634
	const ln2hi, ln2lo = 0.693145751953125, 1.4286067653302226e-06
	for i, x := range v {
		x *= a
		if x > 80 {
			x = 80
		}
		if x < -80 {
			x = -80
		}
		t := x * log2e
		half := math.Float32frombits(math.Float32bits(t)&(1<<31) | 0x3f000000) // ±0.5
		k := int32(t + half)
		r := (x - float32(k)*ln2hi) - float32(k)*ln2lo
		p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720))))))
		v[i] = b + c/(p*math.Float32frombits(uint32(k+127)<<23)+1)
	}
}

// actTable is a function tabulated at actSteps points per unit on
// [-lim, lim], read with linear interpolation and constant beyond the
// ends. With the steps of sigmoidTable and tanhTable, the interpolation
// error is at most step²/8 times the largest |f”| (0.096 for the sigmoid,
// 0.77 for tanh): 0.8e-6 and 1.5e-6, less than the float32 rounding of the
// sums of a network's layer (TestActTables measures it). One look-up
// takes about a third of the instructions of exp32 and a division, and the
// activations were half of the networks' time.
type actTable struct {
	lim, perUnit float32
	last         float32 // the largest index
	// For i <= last, f_i = f(-lim + i/perUnit) and the difference
	// f_{i+1} - f_i to the next point (float32, as a look-up would
	// subtract them; 0 after the last point); the rest is padding, so that
	// an index masked to the array's size needs no bounds check.
	v *[actTableCap][2]float32
}

// actTableCap bounds the points of an actTable (a power of two).
const actTableCap = 1 << 13

// newActTable tabulates f on [-lim, lim] with perUnit points per unit (at
// most actTableCap-1 points).
func newActTable(f func(float64) float64, lim, perUnit float32) *actTable {
	n := int(2*lim*perUnit) + 1
	if n >= actTableCap {
		panic("polarity: activation table too large")
	}
	t := &actTable{lim: lim, perUnit: perUnit, last: float32(n - 1), v: new([actTableCap][2]float32)}
	for i := range n {
		t.v[i][0] = float32(f(float64(-lim) + float64(i)/float64(perUnit)))
	}
	for i := range n - 1 {
		t.v[i][1] = t.v[i+1][0] - t.v[i][0]
	}
	return t
}

// apply replaces each value of v by the tabulated function's value.
func (t *actTable) apply(v []float32) {
	for i, x := range v {
		v[i] = t.at(x)
	}
}

// The activation tables of inference: the logistic function on [-16, 16]
// (beyond, within 1.2e-7 of 0 or 1) and tanh on [-8, 8] (within 2.3e-7 of
// ±1). 32 KB of each are read.
var (
	sigmoidTable = newActTable(func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }, 16, 128)
	tanhTable    = newActTable(math.Tanh, 8, 256)
)

// exp32 returns e^x, with x clamped to [-80, 80] (relative error below
// 1e-6): e^x = 2^k e^r with k the integer nearest to x/ln 2 and
// |r| <= ln(2)/2 (ln 2 split in two parts so that r is exact: Cody and
// Waite), e^r by its Taylor polynomial of degree 6.
func exp32(x float32) float32 {
	const log2e = 1.4426950408889634
	// ln2hi has 16 significant bits; the clamp keeps results clear of
	// subnormal numbers, which are slow.
	const ln2hi, ln2lo = 0.693145751953125, 1.4286067653302226e-06
	x = max(-80, min(x, 80))
	t := x * log2e
	var k int32
	if t >= 0 {
		k = int32(t + 0.5)
	} else {
		k = int32(t - 0.5)
	}
	r := (x - float32(k)*ln2hi) - float32(k)*ln2lo
	p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720))))))
	return p * math.Float32frombits(uint32(k+127)<<23)
}

// clone returns a copy of the network.
func (n *net) clone() *net {
	c := *n
	c.p = slices.Clone(n.p)
	return &c
}

// block names the parameter block holding parameter i (for messages).
func (n *net) block(i int) string {
	names := []struct {
		name string
		off  int
	}{{"W0", n.oW[0]}, {"U0", n.oU[0]}, {"b0", n.ob[0]}, {"bu0", n.obu[0]}, {"W1", n.oW[1]}, {"U1", n.oU[1]}, {"b1", n.ob[1]}, {"bu1", n.obu[1]},
		{"pos", n.oPos}, {"unk", n.oUnk}, {"M", n.oM}, {"ap", n.oAp}, {"Wo", n.oWo}, {"bo", n.oBo}}
	best := ""
	for _, b := range names {
		if i >= b.off {
			best = b.name
		}
	}
	return best
}

// inputs builds the inputs st.x of x (with dropout of the word vectors
// when dropIn > 0) and their projections st.a.
func (n *net) inputs(x *netInput, st *netState, vec *vectors, dropIn float32, rnd func() float64) {
	T, E, P, H, in := len(x.row), n.E, n.P, n.H, n.in()
	st.x = grow(st.x, T*in)
	st.mask = grow(st.mask, T*E)
	for i := range T {
		xi := st.x[i*in : i*in+in]
		if r := x.row[i]; r >= 0 {
			vec.vec(r, xi[:E])
		} else {
			copy(xi[:E], n.p[n.oUnk+int(-1-r)*E:][:E])
		}
		mk := st.mask[i*E : i*E+E]
		if dropIn > 0 {
			keep := 1 / (1 - dropIn)
			for j := range mk {
				mk[j] = 0
				if float32(rnd()) >= dropIn {
					mk[j] = keep
				}
				xi[j] *= mk[j]
			}
		}
		copy(xi[E:E+P], n.p[n.oPos+int(x.pos[i])*P:][:P])
		copy(xi[E+P:], x.extra[i*numExtra:i*numExtra+numExtra])
	}
	for d := range 2 {
		// a_i = W x_i + b
		W := n.p[n.oW[d] : n.oW[d]+3*H*in]
		b := n.p[n.ob[d] : n.ob[d]+3*H]
		for i := range T {
			ai := st.a[d][i*3*H : i*3*H+3*H]
			copy(ai, b)
			bl.Sgemv(blas.Trans, in, 3*H, 1, W, 3*H, st.x[i*in:i*in+in], 1, 1, ai, 1)
		}
	}
}
