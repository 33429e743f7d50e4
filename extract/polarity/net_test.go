package polarity

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// tinyVectors returns a table of k random vectors of dim dimensions.
func tinyVectors(k, dim int, seed uint64) *vectors {
	rng := rand.New(rand.NewPCG(seed, 1))
	v := &vectors{dim: dim, rows: map[uint64]int32{}}
	for i := range k {
		key := uint64(i + 1)
		v.rows[key] = int32(i)
		v.keys = append(v.keys, key)
		v.scale = append(v.scale, 0.01)
		for range dim {
			v.q = append(v.q, int8(rng.IntN(255)-127))
		}
	}
	return v
}

// TestNetGradient checks the backward pass against central differences of
// the loss, for every parameter, with and without dropout.
func TestNetGradient(t *testing.T) {
	tests := []struct {
		name            string
		dropIn, dropOut float32
		ts, te, y       int
		rows            []int32
	}{
		{"NoDropout", 0, 0, 2, 4, 0, []int32{0, -2, 1, 2, -1, 3}},
		{"Dropout", 0.3, 0.4, 1, 2, 2, []int32{-4, 0, 1, -3, 2, 1, 0}},
		{"EmptyTargetAtEnd", 0, 0, 5, 5, 1, []int32{0, 1, 2, 3, -1}},
		{"OneToken", 0, 0, 0, 1, 1, []int32{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vec := tinyVectors(4, 5, 3)
			n := newNet(netShape{E: 5, P: 3, H: 4})
			rng := rand.New(rand.NewPCG(7, 7))
			n.init(rng.Float64)
			for i := range n.p { // biases and all blocks away from zero
				n.p[i] += float32(rng.Float64()-0.5) * 0.3
			}
			x := &netInput{ts: tt.ts, te: tt.te}
			for i, r := range tt.rows {
				x.row = append(x.row, r)
				x.pos = append(x.pos, posBucket(i, tt.ts, tt.te))
				x.extra = append(x.extra, float32(i%3)*0.2, float32(i%2)*0.3, float32(i%2), 1)
			}
			var st netState
			loss := func() float64 {
				r := rand.New(rand.NewPCG(11, 11))
				n.forward(x, &st, vec, tt.dropIn, tt.dropOut, r.Float64)
				return float64(n.backward(x, &st, tt.y, 1.3, make([]float32, len(n.p)), tt.dropIn, tt.dropOut))
			}
			g := make([]float32, len(n.p))
			r := rand.New(rand.NewPCG(11, 11))
			n.forward(x, &st, vec, tt.dropIn, tt.dropOut, r.Float64)
			n.backward(x, &st, tt.y, 1.3, g, tt.dropIn, tt.dropOut)
			const eps = 1e-2
			bad := 0
			for i := range n.p {
				p0 := n.p[i]
				n.p[i] = p0 + eps
				lp := loss()
				n.p[i] = p0 - eps
				lm := loss()
				n.p[i] = p0
				num := (lp - lm) / (2 * eps)
				if d := math.Abs(num - float64(g[i])); d > 3e-4+1e-2*math.Max(math.Abs(num), math.Abs(float64(g[i]))) {
					bad++
					if bad <= 10 {
						t.Errorf("parameter %d (%s): backward %.5f, numeric %.5f", i, n.block(i), g[i], num)
					}
				}
			}
		})
	}
}

// TestNetPrepared checks that the inference tables give the scores of the
// plain forward pass.
func TestNetPrepared(t *testing.T) {
	vec := tinyVectors(6, 5, 3)
	n := newNet(netShape{E: 5, P: 3, H: 4})
	rng := rand.New(rand.NewPCG(7, 7))
	n.init(rng.Float64)
	x := &netInput{ts: 1, te: 3}
	for i, r := range []int32{0, 5, -2, 3, -4, 1} {
		x.row = append(x.row, r)
		x.pos = append(x.pos, posBucket(i, 1, 3))
		x.extra = append(x.extra, float32(i%3)*0.2, 0, float32(i%2), 1)
	}
	var st netState
	want := n.forward(x, &st, vec, 0, 0, nil)
	p := n.clone()
	p.prepare(vec)
	p.projRows = 4 // rows 4 and 5 take the slow path
	got := p.forward(x, &st, vec, 0, 0, nil)
	for c := range got {
		if math.Abs(float64(got[c]-want[c])) > 1e-5 {
			t.Errorf("prepared scores %v, want %v", got, want)
			break
		}
	}
}

func TestExp32(t *testing.T) {
	for x := float32(-80); x <= 80; x += 0.01 {
		want := math.Exp(float64(x))
		if got := float64(exp32(x)); math.Abs(got-want) > 1e-6*want {
			t.Fatalf("exp32(%v) = %v, want %v", x, got, want)
		}
	}
	for x := float32(-20); x <= 20; x += 0.001 {
		if got, want := float64(tanh32(x)), math.Tanh(float64(x)); math.Abs(got-want) > 1e-6 {
			t.Fatalf("tanh32(%v) = %v, want %v", x, got, want)
		}
		if got, want := float64(sigmoid(x)), 1/(1+math.Exp(-float64(x))); math.Abs(got-want) > 1e-6 {
			t.Fatalf("sigmoid(%v) = %v, want %v", x, got, want)
		}
	}
	v := []float32{-100, -3, -0.5, 0, 1e-4, 0.7, 5, 100}
	for _, f := range []struct {
		name   string
		vec    func([]float32)
		scalar func(float32) float32
	}{{"sigmoids", sigmoids, sigmoid}, {"tanhs", tanhs, tanh32}} {
		got := append([]float32(nil), v...)
		f.vec(got)
		for i, x := range v {
			if got[i] != f.scalar(x) {
				t.Errorf("%s: %v -> %v, want %v", f.name, x, got[i], f.scalar(x))
			}
		}
	}
	if exp32(1000) != exp32(80) || exp32(-1000) != exp32(-80) || math.IsNaN(float64(tanh32(1e30))) {
		t.Error("exp32 does not clamp")
	}
}

// TestSquash checks that the vector activations give the scalar ones bit
// for bit, on every float32 in [-100, 100] with the low 8 bits of the
// mantissa zero (about 17 million values), and at the edges.
func TestSquash(t *testing.T) {
	var xs []float32
	for b := uint32(0); b < 1<<31; b += 1 << 8 {
		x := math.Float32frombits(b)
		if x > 100 {
			break
		}
		xs = append(xs, x, -x)
	}
	xs = append(xs, float32(math.Inf(1)), float32(math.Inf(-1)), 1e30, -1e30, 80, -80, 40, -40)
	for _, f := range []struct {
		name   string
		vec    func([]float32)
		scalar func(float32) float32
	}{{"sigmoids", sigmoids, sigmoid}, {"tanhs", tanhs, tanh32}} {
		got := slices.Clone(xs)
		f.vec(got)
		for i, x := range xs {
			if math.Float32bits(got[i]) != math.Float32bits(f.scalar(x)) {
				t.Fatalf("%s: %v -> %v, want %v", f.name, x, got[i], f.scalar(x))
			}
		}
	}
}

func BenchmarkSigmoids(b *testing.B) { benchActivation(b, sigmoids) }

// benchActivation times f on a vector of the networks' width.
func benchActivation(b *testing.B, f func([]float32)) {
	v := make([]float32, 96)
	for i := range v {
		v[i] = float32(i%13) - 6.5
	}
	w := make([]float32, len(v))
	b.SetBytes(int64(4 * len(v)))
	for b.Loop() {
		copy(w, v)
		f(w)
	}
}

// TestActTables checks the interpolated activations against float64 ones on
// a fine grid and at the edges.
func TestActTables(t *testing.T) {
	for _, tt := range []struct {
		name string
		tab  *actTable
		f    func(float64) float64
		tol  float64
	}{
		{"sigmoid", sigmoidTable, func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }, 1e-6},
		{"tanh", tanhTable, math.Tanh, 2e-6},
	} {
		var xs []float32
		for x := float32(-30); x <= 30; x += 1.0 / 1024 / 3 {
			xs = append(xs, x)
		}
		xs = append(xs, 1e30, -1e30, float32(math.Inf(1)), float32(math.Inf(-1)))
		got := slices.Clone(xs)
		tt.tab.apply(got)
		worst := 0.0
		for i, x := range xs {
			if d := math.Abs(float64(got[i]) - tt.f(float64(x))); d > worst {
				worst = d
			}
		}
		if worst > tt.tol {
			t.Errorf("%s: largest error %.2g, want at most %.2g", tt.name, worst, tt.tol)
		}
		t.Logf("%s: largest error %.2g", tt.name, worst)
		nan := []float32{float32(math.NaN())}
		tt.tab.apply(nan) // must not panic
	}
}

func BenchmarkActTable(b *testing.B) { benchActivation(b, sigmoidTable.apply) }

// TestActTablesKeepPredictions compares the embedded model's predictions
// with the inference tables (interpolated activations) and without them
// (activations computed, inputs projected one by one) on the NewsMTSC dev
// splits: no class may change and no probability move by 1e-5.
func TestActTablesKeepPredictions(t *testing.T) {
	m := loadDefault(t)
	exact := *m
	exact.nets = nil
	for _, n := range m.nets {
		c := n.clone()
		c.proj = [2][]float32{}
		exact.nets = append(exact.nets, c)
	}
	for _, file := range []string{"dev-rw.jsonl", "dev-mt.jsonl"} {
		f, err := os.Open(filepath.Join(sharedDir, file))
		if err != nil {
			t.Skipf("NewsMTSC dev data not found (%v): skipping; it lives in ../shared beside the repository", err)
		}
		recs, err := ReadRecords(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		worst := 0.0
		for _, r := range recs {
			lo, hi := r.Span()
			a, b := m.Predict(r.Sentence, lo, hi), exact.Predict(r.Sentence, lo, hi)
			for c := range a.Probs {
				worst = math.Max(worst, math.Abs(a.Probs[c]-b.Probs[c]))
			}
			if a.Polarity != b.Polarity {
				t.Errorf("%s: %q [%d, %d): class %d with the tables, %d without", file, r.Sentence, lo, hi, a.Polarity, b.Polarity)
			}
		}
		if worst > 1e-5 {
			t.Errorf("%s: probabilities move by up to %.2g with the tables", file, worst)
		}
		t.Logf("%s: %d targets, largest change of a probability %.2g", file, len(recs), worst)
	}
}
