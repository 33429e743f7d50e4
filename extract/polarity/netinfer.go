package polarity

import "slices"

// Inference with the prepared tables (see prepare) computes what the
// general forward pass computes with the same tables, bit for bit, in
// fewer passes: each element goes through the same float32 operations in
// the same order, only the loops are fused, the activation tables are read
// inline and the gate values that only training needs are not kept. The
// products that the general pass leaves to gonum's level-1 routines
// (which never fuse a multiplication with an addition) are converted to
// float32 explicitly, so that no compiler fuses them either. The
// matrix-vector products (the GRU's recurrent ones, which are half of the
// work, and those of words beyond the tables) go to accTrans: on amd64 an
// SSE kernel that keeps the sums in registers and adds the same rounded
// products in the same order as gonum's Sgemv, several times faster for
// these small matrices; elsewhere (or with the purego build tag) Sgemv.
//
// The networks of an ensemble run together, as a netGroup: a word beyond
// the projection tables is projected for all networks and directions by
// one matrix-vector product over their input weights side by side (each
// output element still sums the same products in the same order).

// netGroup runs prepared networks of one shape together.
type netGroup struct {
	nets []*net
	netShape
	projRows int
	// w holds the word-vector rows of the input weights of each network
	// and direction side by side: E × K·3H, with K = 2·len(nets) and
	// network n's direction d at columns (2n+d)·3H.
	w []float32
}

// newNetGroup returns the group of the prepared networks nets, or nil when
// there are none or they differ in shape or tables.
func newNetGroup(nets []*net) *netGroup {
	if len(nets) == 0 {
		return nil
	}
	s, rows := nets[0].netShape, nets[0].projRows
	for _, n := range nets {
		if n.netShape != s || n.proj[0] == nil || n.projRows != rows {
			return nil
		}
	}
	K, G := 2*len(nets), 3*s.H
	g := &netGroup{nets: slices.Clone(nets), netShape: s, projRows: rows, w: make([]float32, s.E*K*G)}
	for q := range K {
		n, d := nets[q/2], q%2
		for e := range s.E {
			copy(g.w[(e*K+q)*G:][:G], n.p[n.oW[d]+e*G:][:G])
		}
	}
	return g
}

// runs reports whether the group runs exactly the networks nets.
func (g *netGroup) runs(nets []*net) bool {
	return g != nil && slices.Equal(g.nets, nets)
}

// groupState holds the activations of a group's forward pass.
type groupState struct {
	a    []float32  // T × K·3H input projections
	u    []float32  // K·3H recurrent products
	e    []float32  // E: a word vector
	zero []float32  // H zeros: the state before the first token
	st   []netState // per network: states (hc) and the output layer's activations
}

// forward writes the class scores of each network of the group on x into
// logits (len(g.nets)).
func (g *netGroup) forward(x *netInput, gs *groupState, vec *vectors, logits [][numClasses]float32) {
	T, E, P, H := len(x.row), g.E, g.P, g.H
	K, G, D := 2*len(g.nets), 3*H, 2*H
	KG := K * G
	gs.a = grow(gs.a, T*KG)
	gs.u = grow(gs.u, KG)
	gs.e = grow(gs.e, E)
	gs.zero = grow(gs.zero, H)
	clear(gs.zero)
	if len(gs.st) < len(g.nets) {
		gs.st = make([]netState, len(g.nets))
	}
	// Input projections: per token, the position embedding's projection
	// with the biases, plus the word vector's (from the tables, or
	// computed for a word beyond them), plus the scalar features' columns
	// of W one by one.
	for i := range T {
		ai := gs.a[i*KG : i*KG+KG]
		r, pos := x.row[i], int(x.pos[i])
		for q := range K {
			n, d := g.nets[q/2], q%2
			aq := ai[q*G : q*G+G]
			pp := n.posProj[d][pos*G:][:G]
			switch {
			case r < 0:
				addTo(aq, pp, n.unkProj[d][int(-1-r)*G:][:G])
			case int(r) < g.projRows:
				addTo(aq, pp, n.proj[d][int(r)*G:][:G])
			default:
				copy(aq, pp)
			}
		}
		if r >= 0 && int(r) >= g.projRows {
			vec.vec(r, gs.e)
			accTrans(ai, g.w, gs.e)
		}
		ex := x.extra[i*numExtra : i*numExtra+numExtra]
		for q := range K {
			n, d := g.nets[q/2], q%2
			aq := ai[q*G : q*G+G]
			for k, v := range ex {
				if v == 0 {
					continue
				}
				col := n.oW[d] + (E+P+k)*G
				saxpy(aq, v, n.p[col:col+G])
			}
		}
	}
	// The recurrences, one after the other (so that each one's recurrent
	// weights stay in the first-level cache).
	for j := range g.nets {
		st := &gs.st[j]
		st.T = T
		st.hc = grow(st.hc, T*D)
	}
	for q := range K {
		n, d := g.nets[q/2], q%2
		st := &gs.st[q/2]
		for k := range T {
			i, prev := k, k-1
			if d == 1 {
				i, prev = T-1-k, T-k
			}
			u := gs.u[q*G : q*G+G]
			hp := gs.zero
			clear(u)
			if k > 0 {
				hp = st.hc[prev*D+d*H : prev*D+d*H+H]
				accTrans(u, n.p[n.oU[d]:n.oU[d]+G*H], hp)
			}
			gruStep(st.hc[i*D+d*H:i*D+d*H+H], hp, gs.a[i*KG+q*G:i*KG+q*G+G], u, n.p[n.obu[d]:n.obu[d]+H])
		}
	}
	for j, n := range g.nets {
		logits[j] = n.head(x, &gs.st[j], 0, nil)
	}
}

// gruStepGo is gruStep in Go: the operations of the general forward pass,
// one element at a time.
func gruStepGo(h, hp, a, u, bu []float32) {
	H := len(h)
	hp, bu = hp[:H], bu[:H]
	az, ar, an := a[:H], a[H:2*H], a[2*H:3*H]
	uz, ur, un := u[:H], u[H:2*H], u[2*H:3*H]
	sg, th := sigmoidTable, tanhTable
	for j := range h {
		z := sg.at(az[j] + uz[j])
		r := sg.at(ar[j] + ur[j])
		v := un[j] + bu[j]
		nn := th.at(an[j] + r*v)
		h[j] = (1-z)*nn + z*hp[j]
	}
}

// addToGo sets dst to a + b, element by element (addTo in Go).
func addToGo(dst, a, b []float32) {
	a, b = a[:len(dst)], b[:len(dst)]
	for j := range dst {
		dst[j] = a[j] + b[j]
	}
}

// saxpy adds v times x to y, element by element, each product rounded
// before the addition (as gonum's Saxpy).
func saxpy(y []float32, v float32, x []float32) {
	x = x[:len(y)]
	for j := range y {
		y[j] += float32(v * x[j])
	}
}

// at returns the tabulated function's value at x: f_j + (u-j)·(f_{j+1}-f_j)
// at u = (x+lim)·perUnit clamped to [0, last], j = ⌊u⌋.
func (t *actTable) at(x float32) float32 {
	u := (x + t.lim) * t.perUnit
	if !(u > 0) { // also NaN
		u = 0
	}
	if u > t.last {
		u = t.last
	}
	j := int(u)
	p := &t.v[j&(actTableCap-1)] // 0 <= j <= last: the mask changes nothing
	return p[0] + (u-float32(j))*p[1]
}
