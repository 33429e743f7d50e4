package polarity

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// refForward is the inference pass of a prepared network written plainly
// (per direction: the projections with gonum's Sgemv and Saxpy, then the
// recurrence with the activation tables applied gate by gate), as the
// package computed it before netGroup: the reference that the group must
// match bit for bit.
func refForward(n *net, x *netInput, vec *vectors) [numClasses]float32 {
	T, E, P, H, in := len(x.row), n.E, n.P, n.H, n.in()
	G, D := 3*H, 2*H
	e := make([]float32, E)
	var a, h [2][]float32
	for d := range 2 {
		a[d], h[d] = make([]float32, T*G), make([]float32, T*H)
		W := n.p[n.oW[d] : n.oW[d]+G*in]
		for i := range T {
			ai := a[d][i*G : i*G+G]
			copy(ai, n.posProj[d][int(x.pos[i])*G:][:G])
			var src []float32
			switch r := x.row[i]; {
			case r < 0:
				src = n.unkProj[d][int(-1-r)*G:][:G]
			case int(r) < n.projRows:
				src = n.proj[d][int(r)*G:][:G]
			default:
				vec.vec(r, e)
				bl.Sgemv(blas.Trans, E, G, 1, W, G, e, 1, 1, ai, 1)
			}
			for j, v := range src {
				ai[j] += v
			}
			for k, v := range x.extra[i*numExtra : i*numExtra+numExtra] {
				if v != 0 {
					col := E + P + k
					bl.Saxpy(G, v, W[col*G:col*G+G], 1, ai, 1)
				}
			}
		}
	}
	z, r, nn, un, u := make([]float32, H), make([]float32, H), make([]float32, H), make([]float32, H), make([]float32, G)
	for d := range 2 {
		U, bu := n.p[n.oU[d]:n.oU[d]+G*H], n.p[n.obu[d]:n.obu[d]+H]
		for k := range T {
			i, prev := k, k-1
			if d == 1 {
				i, prev = T-1-k, T-k
			}
			if k == 0 {
				clear(u)
			} else {
				bl.Sgemv(blas.Trans, H, G, 1, U, G, h[d][prev*H:prev*H+H], 1, 0, u, 1)
			}
			ai := a[d][i*G : i*G+G]
			for j := range H {
				z[j] = ai[j] + u[j]
				r[j] = ai[H+j] + u[H+j]
			}
			sigmoidTable.apply(z)
			sigmoidTable.apply(r)
			for j := range H {
				un[j] = u[2*H+j] + bu[j]
				nn[j] = ai[2*H+j] + r[j]*un[j]
			}
			tanhTable.apply(nn)
			for j := range H {
				hp := float32(0)
				if k > 0 {
					hp = h[d][prev*H+j]
				}
				h[d][i*H+j] = (1-z[j])*nn[j] + z[j]*hp
			}
		}
	}
	st := &netState{T: T, hc: make([]float32, T*D)}
	for i := range T {
		copy(st.hc[i*D:i*D+H], h[0][i*H:i*H+H])
		copy(st.hc[i*D+H:i*D+D], h[1][i*H:i*H+H])
	}
	return n.head(x, st, 0, nil)
}

// TestNetGroupBitIdentical checks that a group of prepared networks scores
// inputs exactly (bit for bit) as refForward scores them one network at a
// time: tokens from the tables, beyond them and unknown, scalar features
// zero and not, empty and one-token sentences.
func TestNetGroupBitIdentical(t *testing.T) {
	vec := tinyVectors(9, 7, 5)
	var nets []*net
	for seed := range uint64(3) {
		n := newNet(netShape{E: 7, P: 3, H: 5})
		rng := rand.New(rand.NewPCG(seed, 11))
		n.init(func() float64 { return 3 * rng.Float64() }) // large weights: saturated gates too
		n.prepare(vec)
		n.projRows = 5 // rows 5 to 8 are projected on the fly
		nets = append(nets, n)
	}
	g := newNetGroup(nets)
	if g == nil || !g.runs(nets) {
		t.Fatal("newNetGroup: no group of three prepared networks of one shape")
	}
	rng := rand.New(rand.NewPCG(3, 3))
	tests := []struct {
		name   string
		rows   []int32
		ts, te int
	}{
		{"Empty", nil, 0, 0},
		{"OneToken", []int32{7}, 0, 1},
		{"Mixed", []int32{0, 5, -2, 3, -4, 8, 1, 6, -1}, 2, 4},
		{"EmptyTargetAtEnd", []int32{2, 6, 4, -3}, 4, 4},
		{"AllBeyondTables", []int32{5, 6, 7, 8, 5, 6}, 1, 2},
	}
	var gs groupState
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &netInput{ts: tt.ts, te: tt.te}
			for i, r := range tt.rows {
				x.row = append(x.row, r)
				x.pos = append(x.pos, posBucket(i, tt.ts, tt.te))
				extra := [numExtra]float32{}
				for k := range extra {
					if rng.IntN(2) == 0 {
						extra[k] = float32(rng.NormFloat64())
					}
				}
				x.extra = append(x.extra, extra[:]...)
			}
			got := make([][numClasses]float32, len(nets))
			g.forward(x, &gs, vec, got)
			for i, n := range nets {
				want := refForward(n, x, vec)
				for c := range want {
					if math.Float32bits(got[i][c]) != math.Float32bits(want[c]) {
						t.Errorf("network %d: group scores %v, want %v", i, got[i], want)
						break
					}
				}
				if single := n.forward(x, new(netState), vec, 0, 0, nil); single != got[i] {
					t.Errorf("network %d: forward alone %v, in the group %v", i, single, got[i])
				}
			}
		})
	}
}

// TestNetGroupOf checks which networks make a group.
func TestNetGroupOf(t *testing.T) {
	vec := tinyVectors(4, 3, 1)
	prepared := func(s netShape) *net {
		n := newNet(s)
		n.prepare(vec)
		return n
	}
	a, b := prepared(netShape{E: 3, P: 2, H: 2}), prepared(netShape{E: 3, P: 2, H: 2})
	tests := []struct {
		name string
		nets []*net
		ok   bool
	}{
		{"None", nil, false},
		{"One", []*net{a}, true},
		{"Two", []*net{a, b}, true},
		{"OtherShape", []*net{a, prepared(netShape{E: 3, P: 2, H: 3})}, false},
		{"Unprepared", []*net{a, newNet(netShape{E: 3, P: 2, H: 2})}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newNetGroup(tt.nets)
			if (g != nil) != tt.ok {
				t.Fatalf("newNetGroup gives a group: %v, want %v", g != nil, tt.ok)
			}
			if g != nil && (!g.runs(tt.nets) || g.runs(tt.nets[:len(tt.nets)-1])) {
				t.Errorf("runs does not recognise the group's networks")
			}
		})
	}
}

// TestWeightTable checks the look-ups of the feature-weight table against
// the map it indexes, for present and absent keys, key 0 and small keys.
func TestWeightTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	for _, n := range []int{0, 1, 7, 1000} {
		rows := map[uint64]uint32{}
		var w []float32
		add := func(k uint64) {
			if _, ok := rows[k]; ok {
				return
			}
			rows[k] = uint32(len(rows))
			w = append(w, float32(rng.NormFloat64()), float32(rng.NormFloat64()), float32(rng.NormFloat64()))
		}
		for range n {
			add(rng.Uint64())
		}
		if n > 0 {
			add(0)
			add(1)
			add(2)
		}
		tab := newWeightTable(rows, w)
		for k, r := range rows {
			got := tab.get(k)
			if got == nil || got[0] != w[r*3] || got[1] != w[r*3+1] || got[2] != w[r*3+2] {
				t.Errorf("n=%d: get(%#x) = %v, want %v", n, k, got, w[r*3:r*3+3])
			}
		}
		for range 1000 {
			k := rng.Uint64()
			if _, ok := rows[k]; !ok && tab.get(k) != nil {
				t.Errorf("n=%d: get(%#x) of an absent key = %v", n, k, tab.get(k))
			}
		}
		if _, ok := rows[0]; !ok && tab.get(0) != nil {
			t.Errorf("n=%d: get(0) of an absent key = %v", n, tab.get(0))
		}
	}
}

// TestActTableSlopes checks that each stored difference is the float32
// difference of the next point and this one (0 after the last point), so
// that a look-up computes f_j + (u-j)·(f_{j+1}-f_j) exactly as it would
// subtracting the two points itself.
func TestActTableSlopes(t *testing.T) {
	for _, tab := range []*actTable{sigmoidTable, tanhTable} {
		last := int(tab.last)
		for j := range last {
			if d := tab.v[j+1][0] - tab.v[j][0]; math.Float32bits(tab.v[j][1]) != math.Float32bits(d) {
				t.Fatalf("lim %v: difference at %d is %v, want %v", tab.lim, j, tab.v[j][1], d)
			}
		}
		if tab.v[last][1] != 0 {
			t.Errorf("lim %v: difference after the last point %v, want 0", tab.lim, tab.v[last][1])
		}
	}
}

// TestAccTrans checks accTrans against gonum's Sgemv bit for bit, for
// widths that the kernel takes (multiples of 48) and others, with zeros,
// negative zeros and large values among the inputs.
func TestAccTrans(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	val := func() float32 {
		switch rng.IntN(8) {
		case 0:
			return 0
		case 1:
			return float32(math.Copysign(0, -1))
		case 2:
			return float32(rng.NormFloat64() * 1e6)
		}
		return float32(rng.NormFloat64())
	}
	tests := []struct{ m, n int }{{0, 48}, {1, 48}, {32, 96}, {100, 576}, {7, 144}, {5, 50}, {3, 4}, {2, 0}}
	for _, tt := range tests {
		A := make([]float32, tt.m*tt.n)
		x := make([]float32, tt.m)
		y := make([]float32, tt.n)
		for i := range A {
			A[i] = val()
		}
		for i := range x {
			x[i] = val()
		}
		for i := range y {
			y[i] = val()
		}
		want := slices.Clone(y)
		if tt.m > 0 && tt.n > 0 {
			bl.Sgemv(blas.Trans, tt.m, tt.n, 1, A, tt.n, x, 1, 1, want, 1)
		}
		got := slices.Clone(y)
		accTrans(got, A, x)
		for j := range want {
			if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
				t.Errorf("%d×%d: y[%d] = %v, want %v", tt.m, tt.n, j, got[j], want[j])
				break
			}
		}
	}
}

// TestGruStep checks gruStep (four elements at a time where the
// architecture has a kernel for it) against gruStepGo bit for bit, with
// pre-activations inside and beyond the tables' ranges, zeros and NaN.
func TestGruStep(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	val := func() float32 {
		switch rng.IntN(10) {
		case 0:
			return 0
		case 1:
			return float32(math.Copysign(0, -1))
		case 2:
			return float32(rng.NormFloat64() * 40)
		case 3:
			if rng.IntN(20) == 0 {
				return float32(math.NaN())
			}
		}
		return float32(rng.NormFloat64() * 3)
	}
	for _, H := range []int{4, 8, 32, 5, 1} {
		for range 200 {
			hp, bu := make([]float32, H), make([]float32, H)
			a, u := make([]float32, 3*H), make([]float32, 3*H)
			for _, v := range [][]float32{hp, bu, a, u} {
				for i := range v {
					v[i] = val()
				}
			}
			got, want := make([]float32, H), make([]float32, H)
			gruStep(got, hp, a, u, bu)
			gruStepGo(want, hp, a, u, bu)
			for j := range want {
				if math.Float32bits(got[j]) != math.Float32bits(want[j]) && !(got[j] != got[j] && want[j] != want[j]) {
					t.Fatalf("H=%d: h[%d] = %v, want %v (a %v, u %v, hp %v, bu %v)", H, j, got[j], want[j], a, u, hp, bu)
				}
			}
		}
	}
}
