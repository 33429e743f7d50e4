package polarity

import "gonum.org/v1/gonum/blas"

// accTransGonum adds Aᵀx to y with gonum's Sgemv, where A is len(x) rows
// of len(y) values.
func accTransGonum(y, A, x []float32) {
	if len(x) == 0 || len(y) == 0 {
		return
	}
	bl.Sgemv(blas.Trans, len(x), len(y), 1, A, len(y), x, 1, 1, y, 1)
}
