//go:build amd64 && !purego

package polarity

import "golang.org/x/sys/cpu"

// matTAcc adds x[i]·a[i] to u for i = 0 … m-1, where a holds m rows of
// 48·blocks float32 values and u has 48·blocks of them (matvec_amd64.s:
// SSE, which every amd64 processor has).
//
//go:noescape
func matTAcc(u, a, x *float32, m, blocks int)

// matTAccAVX is matTAcc for rows of 96·blocks values, eight lanes at a
// time (AVX; only where hasAVX).
//
//go:noescape
func matTAccAVX(u, a, x *float32, m, blocks int)

// addVecAVX sets dst to a + b for 32·blocks values (AVX; only where
// hasAVX).
//
//go:noescape
func addVecAVX(dst, a, b *float32, blocks int)

// addTo sets dst to a + b, element by element: eight at a time with AVX
// when the length is a multiple of 32 (the networks' 96 gate values), in
// Go otherwise.
func addTo(dst, a, b []float32) {
	n := len(dst)
	if !hasAVX || n == 0 || n%32 != 0 {
		addToGo(dst, a, b)
		return
	}
	_, _ = a[n-1], b[n-1] // bounds
	addVecAVX(&dst[0], &a[0], &b[0], n/32)
}

// hasAVX reports whether the processor and the operating system support
// AVX (matTAccAVX).
var hasAVX = cpu.X86.HasAVX

// accTrans adds Aᵀx to y, where A is len(x) rows of len(y) values: y_j +=
// x_i·A_ij for i = 0, 1, … in turn, each product rounded before its
// addition, as gonum's Sgemv (Trans, alpha 1, beta 1) computes it, bit for
// bit. Widths that are multiples of 48 keep the sums in registers
// (matTAcc; with AVX, multiples of 96 in matTAccAVX, about twice as fast
// on the networks' recurrent products: BenchmarkAccTrans); others go to
// gonum.
func accTrans(y, A, x []float32) {
	m, n := len(x), len(y)
	if m == 0 || n == 0 || n%48 != 0 {
		accTransGonum(y, A, x)
		return
	}
	_ = A[m*n-1] // bounds
	if hasAVX && n%96 == 0 {
		matTAccAVX(&y[0], &A[0], &x[0], m, n/96)
		return
	}
	matTAcc(&y[0], &A[0], &x[0], m, n/48)
}
