package wordvec

import (
	"slices"
	"strings"
	"testing"
)

const small = `{"precision":8,"dimensions":3,"size":3,"words":["the","paris","obama"],
"vectors":{"the":[0.1,0.2,0.3,0.37,0],"paris":[1,-2,0.5,2.3,1],"obama":[0,0,1,1,2]},"l2NormIndex":3}`

func TestRead(t *testing.T) {
	type got struct {
		word string
		rank int
		vals []float32
	}
	for _, tt := range []struct {
		name string
		keep func(string, int) bool
		want []got
	}{
		{"All", func(string, int) bool { return true }, []got{{"the", 0, []float32{0.1, 0.2, 0.3}}, {"paris", 1, []float32{1, -2, 0.5}}, {"obama", 2, []float32{0, 0, 1}}}},
		{"TopTwo", func(_ string, r int) bool { return r < 2 }, []got{{"the", 0, []float32{0.1, 0.2, 0.3}}, {"paris", 1, []float32{1, -2, 0.5}}}},
		{"ByWord", func(w string, _ int) bool { return w == "obama" }, []got{{"obama", 2, []float32{0, 0, 1}}}},
		{"None", func(string, int) bool { return false }, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out []got
			dims, n, err := Read(strings.NewReader(small), tt.keep, func(w string, r int, v []float32) { out = append(out, got{w, r, v}) })
			if err != nil {
				t.Fatal(err)
			}
			if dims != 3 || n != 3 {
				t.Errorf("dims %d, words %d; want 3, 3", dims, n)
			}
			if !slices.EqualFunc(out, tt.want, func(a, b got) bool {
				return a.word == b.word && a.rank == b.rank && slices.Equal(a.vals, b.vals)
			}) {
				t.Errorf("got %v, want %v", out, tt.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	all := func(string, int) bool { return true }
	for _, tt := range []struct{ name, in, want string }{
		{"NotObject", `[1,2]`, "want {"},
		{"VectorsFirst", `{"vectors":{"a":[1,0]},"dimensions":1}`, "before"},
		{"BadDimensions", `{"dimensions":0,"vectors":{}}`, "bad dimensions"},
		{"HugeDimensions", `{"dimensions":100000,"vectors":{}}`, "bad dimensions"},
		{"ShortVector", `{"dimensions":3,"vectors":{"a":[1,0,0]}}`, "bad vector"},
		{"NoRank", `{"dimensions":1,"vectors":{"a":[1,0,"x"]}}`, "rank"},
		{"NegativeRank", `{"dimensions":1,"vectors":{"a":[1,1,-4]}}`, "rank"},
		{"Truncated", `{"dimensions":1,"vectors":{"a":[1,1,0]`, "word vectors"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Read(strings.NewReader(tt.in), all, func(string, int, []float32) {})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(small))
	f.Add([]byte(`{"dimensions":1,"vectors":{"a":[1,1,0]}}`))
	f.Add([]byte(`{"dimensions":2,"vectors":{"a":[1,1]}}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		dims, _, err := Read(strings.NewReader(string(in)), func(string, int) bool { return true }, func(w string, r int, v []float32) {
			if len(v) != 0 && r < 0 {
				t.Fatalf("negative rank %d", r)
			}
		})
		if err == nil && dims > MaxDims {
			t.Fatalf("dimensions %d accepted", dims)
		}
	})
}
