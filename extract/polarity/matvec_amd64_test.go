//go:build amd64 && !purego

package polarity

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// kernelCase returns an m×n matrix, an x of m values and a y of n values
// drawn with seed.
func kernelCase(seed uint64, m, n int) (A, x, y []float32) {
	rng := rand.New(rand.NewPCG(seed, 3))
	val := func() float32 {
		if rng.IntN(10) == 0 {
			return float32(math.Copysign(0, -1))
		}
		return float32(rng.NormFloat64())
	}
	A, x, y = make([]float32, m*n), make([]float32, m), make([]float32, n)
	for _, s := range [][]float32{A, x, y} {
		for i := range s {
			s[i] = val()
		}
	}
	return A, x, y
}

// TestMatTAccKernels checks both kernels, SSE and (where the processor
// has it) AVX, against gonum's Sgemv bit for bit on the widths both take.
func TestMatTAccKernels(t *testing.T) {
	for _, sz := range []struct{ m, n int }{{1, 96}, {32, 96}, {100, 576}, {3, 192}} {
		A, x, y := kernelCase(uint64(sz.m*1000+sz.n), sz.m, sz.n)
		want := append([]float32(nil), y...)
		bl.Sgemv(blas.Trans, sz.m, sz.n, 1, A, sz.n, x, 1, 1, want, 1)
		kernels := map[string]func(u, a, x *float32, m, blocks int){"sse": func(u, a, x *float32, m, b int) { matTAcc(u, a, x, m, 2*b) }}
		if hasAVX {
			kernels["avx"] = matTAccAVX
		}
		for name, k := range kernels {
			got := append([]float32(nil), y...)
			k(&got[0], &A[0], &x[0], sz.m, sz.n/96)
			for j := range want {
				if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
					t.Errorf("%s %d×%d: y[%d] = %v, want %v", name, sz.m, sz.n, j, got[j], want[j])
					break
				}
			}
		}
	}
}

// BenchmarkAccTrans times the networks' recurrent product (32 state
// values into 96 gate values) with each kernel.
func BenchmarkAccTrans(b *testing.B) {
	A, x, y := kernelCase(1, 32, 96)
	b.Run("sse", func(b *testing.B) {
		for b.Loop() {
			matTAcc(&y[0], &A[0], &x[0], 32, 2)
		}
	})
	if !hasAVX {
		return
	}
	b.Run("avx", func(b *testing.B) {
		for b.Loop() {
			matTAccAVX(&y[0], &A[0], &x[0], 32, 1)
		}
	})
}

// TestAddTo checks addTo (AVX where it runs) against the Go loop bit for
// bit, on lengths the kernel takes and others.
func TestAddTo(t *testing.T) {
	for _, n := range []int{0, 5, 32, 96, 100, 576} {
		b, _, c := kernelCase(uint64(n), 1, n)
		got, want := make([]float32, n), make([]float32, n)
		addTo(got, b, c)
		addToGo(want, b, c)
		for j := range want {
			if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
				t.Errorf("n %d: dst[%d] = %v, want %v", n, j, got[j], want[j])
				break
			}
		}
	}
}
