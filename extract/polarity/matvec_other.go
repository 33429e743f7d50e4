//go:build !amd64 || purego

package polarity

// accTrans adds Aᵀx to y, where A is len(x) rows of len(y) values: y_j +=
// x_i·A_ij for i = 0, 1, … in turn, each product rounded before its
// addition (gonum's Sgemv).
func accTrans(y, A, x []float32) { accTransGonum(y, A, x) }

// addTo sets dst to a + b, element by element.
func addTo(dst, a, b []float32) { addToGo(dst, a, b) }
