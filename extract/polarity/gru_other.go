//go:build !amd64 || purego

package polarity

// gruStep writes the GRU state h from the previous state hp, the input
// projection a and the recurrent product u (3H each, gates z, r, n) and
// the bias bu inside the reset product, with the activation tables: the
// operations of the general forward pass, one element at a time.
func gruStep(h, hp, a, u, bu []float32) { gruStepGo(h, hp, a, u, bu) }
