package bisect

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// groups returns n vectors around each of the given directions, with
// noise from a fixed seed.
func groups(n int, dirs ...[]float32) [][]float32 {
	rng := rand.New(rand.NewPCG(3, 5))
	var out [][]float32
	for _, d := range dirs {
		for range n {
			v := slices.Clone(d)
			for j := range v {
				v[j] += float32(rng.NormFloat64() * 0.05)
			}
			out = append(out, v)
		}
	}
	return out
}

func TestPathsSeparateGroups(t *testing.T) {
	vecs := groups(20, []float32{1, 0, 0}, []float32{0, 1, 0}, []float32{0, 0, 1}, []float32{-1, -1, 0})
	paths, err := Paths(vecs, Options{Depth: 2, MinSize: 2, Iterations: 10})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for g := range 4 {
		p := paths[g*20]
		if len(p) != 2 {
			t.Fatalf("group %d: path %q, want two bits", g, p)
		}
		for k := 1; k < 20; k++ {
			if paths[g*20+k] != p {
				t.Fatalf("group %d: row %d has path %q, row 0 %q", g, k, paths[g*20+k], p)
			}
		}
		if h, dup := seen[p]; dup {
			t.Fatalf("groups %d and %d share path %q", h, g, p)
		}
		seen[p] = g
	}
}

func TestPathsScaleFree(t *testing.T) {
	// Rows are normalised: scaling a row does not move it.
	vecs := groups(10, []float32{1, 0.2}, []float32{-0.3, 1})
	a, err := Paths(vecs, Options{Depth: 3, MinSize: 2, Iterations: 5})
	if err != nil {
		t.Fatal(err)
	}
	scaled := make([][]float32, len(vecs))
	for i, v := range vecs {
		scaled[i] = make([]float32, len(v))
		for j, c := range v {
			scaled[i][j] = c * float32(i+1)
		}
	}
	b, err := Paths(scaled, Options{Depth: 3, MinSize: 2, Iterations: 5})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a, b) {
		t.Errorf("scaled rows: paths %v, want %v", b, a)
	}
}

func TestPathsBounds(t *testing.T) {
	vecs := groups(50, []float32{1, 0, 0, 0}, []float32{0, 1, 0, 0})
	for _, tt := range []struct{ depth, minSize int }{{1, 2}, {3, 2}, {6, 8}, {32, 2}} {
		paths, err := Paths(vecs, Options{Depth: tt.depth, MinSize: tt.minSize, Iterations: 3})
		if err != nil {
			t.Fatal(err)
		}
		leaves := map[string]int{}
		for _, p := range paths {
			if len(p) > tt.depth || strings.Trim(p, "01") != "" {
				t.Fatalf("depth %d: path %q", tt.depth, p)
			}
			leaves[p]++
		}
		// A leaf above the depth limit was too small to split.
		for p, n := range leaves {
			if len(p) < tt.depth && n >= tt.minSize && n > 1 {
				// It may also be a node whose split left one side empty
				// (identical rows); the groups here have none.
				t.Errorf("depth %d, min size %d: leaf %q holds %d rows", tt.depth, tt.minSize, p, n)
			}
		}
	}
}

func TestPathsDeterministic(t *testing.T) {
	vecs := groups(30, []float32{1, 2, 3}, []float32{3, -2, 1}, []float32{-1, 0, 2})
	first, err := Paths(vecs, Options{Depth: 5, MinSize: 4, Iterations: 10})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, err := Paths(vecs, Options{Depth: 5, MinSize: 4, Iterations: 10})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(first, again) {
			t.Fatal("two runs on the same rows differ")
		}
	}
}

func TestPathsErrors(t *testing.T) {
	ok := [][]float32{{1, 0}, {0, 1}}
	for _, tt := range []struct {
		name string
		vecs [][]float32
		opts Options
		want string
	}{
		{"NoRows", nil, Options{Depth: 2, MinSize: 2}, "no vectors"},
		{"DepthZero", ok, Options{Depth: 0, MinSize: 2}, "depth"},
		{"DepthTooLarge", ok, Options{Depth: 33, MinSize: 2}, "depth"},
		{"MinSizeOne", ok, Options{Depth: 2, MinSize: 1}, "minimum size"},
		{"RaggedRows", [][]float32{{1, 0}, {1}}, Options{Depth: 2, MinSize: 2}, "components"},
		{"ZeroRow", [][]float32{{1, 0}, {0, 0}}, Options{Depth: 2, MinSize: 2}, "no direction"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Paths(tt.vecs, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one about %q", err, tt.want)
			}
		})
	}
}
