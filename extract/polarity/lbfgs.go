package polarity

import "math"

// lbfgs minimises f from x (changed in place) with limited-memory BFGS
// (Nocedal 1980; the two-loop recursion of Nocedal and Wright, "Numerical
// Optimization", 2006, algorithm 7.4) and a backtracking line search under
// the Armijo condition. fg returns f(x) and stores the gradient in g. It
// stops after iters iterations or when f improves by less than tol
// (relative) in 5 iterations running. Everything is sequential, so the
// result is the same bytes on every run.
func lbfgs(fg func(x, g []float64) float64, x []float64, iters, mem int, tol float64) float64 {
	n := len(x)
	g := make([]float64, n)
	f := fg(x, g)
	ss := make([][]float64, 0, mem)
	ys := make([][]float64, 0, mem)
	rho := make([]float64, 0, mem)
	alpha := make([]float64, mem)
	d := make([]float64, n)
	xn := make([]float64, n)
	gn := make([]float64, n)
	small := 0
	for it := 0; it < iters; it++ {
		// d = -H g by the two-loop recursion.
		for i := range d {
			d[i] = -g[i]
		}
		for k := len(ss) - 1; k >= 0; k-- {
			alpha[k] = rho[k] * dot(ss[k], d)
			axpy(-alpha[k], ys[k], d)
		}
		if k := len(ss) - 1; k >= 0 {
			gamma := dot(ss[k], ys[k]) / dot(ys[k], ys[k])
			for i := range d {
				d[i] *= gamma
			}
		}
		for k := range ss {
			b := rho[k] * dot(ys[k], d)
			axpy(alpha[k]-b, ss[k], d)
		}
		gd := dot(g, d)
		if gd >= 0 { // not a descent direction: restart from the gradient
			ss, ys, rho = ss[:0], ys[:0], rho[:0]
			for i := range d {
				d[i] = -g[i]
			}
			gd = dot(g, d)
		}
		if gd == 0 {
			break
		}
		step := 1.0
		if len(ss) == 0 {
			step = 1 / math.Sqrt(-gd)
		}
		var fn float64
		for ls := 0; ; ls++ {
			for i := range xn {
				xn[i] = x[i] + step*d[i]
			}
			fn = fg(xn, gn)
			if fn <= f+1e-4*step*gd || ls == 30 {
				break
			}
			step /= 2
		}
		if fn > f { // no progress possible
			break
		}
		var s, y []float64
		if len(ss) == mem {
			s, y = ss[0], ys[0]
			ss, ys, rho = ss[1:], ys[1:], rho[1:]
		} else {
			s, y = make([]float64, n), make([]float64, n)
		}
		for i := range s {
			s[i] = xn[i] - x[i]
			y[i] = gn[i] - g[i]
		}
		if sy := dot(s, y); sy > 1e-12 {
			ss, ys, rho = append(ss, s), append(ys, y), append(rho, 1/sy)
		}
		copy(x, xn)
		copy(g, gn)
		if f-fn < tol*math.Abs(f) {
			small++
			if small >= 5 {
				f = fn
				break
			}
		} else {
			small = 0
		}
		f = fn
	}
	return f
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i, v := range x {
		y[i] += a * v
	}
}
