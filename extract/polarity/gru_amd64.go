//go:build amd64 && !purego

package polarity

// gruStepSSE is gruStep for n state elements, n a multiple of 4, with the
// activation tables sig and tanh (their first pairs) and c holding
// actConsts (gru_amd64.s: SSE, which every amd64 processor has).
//
//go:noescape
func gruStepSSE(h, hp, a, u, bu *float32, n int, sig, tanh *[2]float32, c *float32)

// actConsts holds what gruStepSSE reads of the activation tables: the
// sigmoid table's lim, perUnit and last, the tanh table's, and 1.
var actConsts = [8]float32{
	sigmoidTable.lim, sigmoidTable.perUnit, sigmoidTable.last,
	tanhTable.lim, tanhTable.perUnit, tanhTable.last, 1,
}

// gruStep writes the GRU state h from the previous state hp, the input
// projection a and the recurrent product u (3H each, gates z, r, n) and
// the bias bu inside the reset product, with the activation tables: the
// operations of the general forward pass, one element at a time (four at
// a time in gruStepSSE when H is a multiple of 4, bit for bit the same).
func gruStep(h, hp, a, u, bu []float32) {
	H := len(h)
	if H == 0 || H%4 != 0 {
		gruStepGo(h, hp, a, u, bu)
		return
	}
	_, _, _, _ = hp[H-1], a[3*H-1], u[3*H-1], bu[H-1] // bounds
	gruStepSSE(&h[0], &hp[0], &a[0], &u[0], &bu[0], H, &sigmoidTable.v[0], &tanhTable.v[0], &actConsts[0])
}
