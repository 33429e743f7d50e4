package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// The model file is gzip-compressed and holds, in order:
//
//	magic "agner\x03" ("agner\x02": the same without word-vector clusters,
//	  "agner\x01": without any clusters)
//	uvarint n, then n word-list entries: class byte, uvarint length, phrase bytes
//	uvarint c, then c cluster words in increasing order: uvarint length,
//	  word bytes, uvarint cluster code (clusters.go)
//	(agner\x03) the word-vector clusters in the same form
//	uvarint passes P (1 or 2)
//	uvarint features, then for each feature in increasing key order:
//	  uvarint key delta (from the previous key, or from 0)
//	  uvarint mask of the non-zero weights among P*17 (17 labels per pass)
//	  one zig-zag varint per non-zero weight (fixed point, |w| < 2^20)
const (
	modelMagic   = "agner\x03"
	modelMagicV2 = "agner\x02"
	modelMagicV1 = "agner\x01"
)

// Limits that keep a corrupt file from asking for huge allocations.
const (
	maxLexEntries = 1 << 18
	maxPhraseLen8 = 1 << 8
	maxPasses     = 2
	maxFeatures   = maxRows
)

// Write writes the model in the format read by Load.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(binary.AppendUvarint(tmp[:0], x)) }
	// A model without word-vector clusters is written as before them, so
	// that its bytes do not change.
	if m.emb != nil {
		bw.WriteString(modelMagic)
	} else {
		bw.WriteString(modelMagicV2)
	}
	uv(uint64(len(m.lex.entries)))
	for _, e := range m.lex.entries {
		bw.WriteByte(e.class)
		uv(uint64(len(e.phrase)))
		bw.WriteString(e.phrase)
	}
	sections := []*clusterIndex{m.clu}
	if m.emb != nil {
		sections = append(sections, m.emb)
	}
	for _, x := range sections {
		var clu []cluEntry
		if x != nil {
			clu = x.entries
		}
		uv(uint64(len(clu)))
		for _, e := range clu {
			uv(uint64(len(e.word)))
			bw.WriteString(e.word)
			uv(uint64(e.code))
		}
	}
	rows := m.tab.rows()
	uv(uint64(m.tab.passes))
	uv(uint64(len(rows)))
	prev := uint64(0)
	for _, r := range rows {
		uv(r.key - prev)
		prev = r.key
		mask := uint64(0)
		for k, x := range r.w {
			if x != 0 {
				mask |= 1 << k
			}
		}
		uv(mask)
		for _, x := range r.w {
			if x != 0 {
				bw.Write(binary.AppendVarint(tmp[:0], int64(x)))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// errBadModel is wrapped by every error about the content of a model file.
var errBadModel = errors.New("malformed model")

// errOutOfRange reports a count or value beyond the format's limits.
var errOutOfRange = errors.New("value out of range")

// Load reads a model written by Write. It returns an error, and never
// panics, on a truncated, corrupt or foreign file.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	fail := func(what string, err error) (*Model, error) {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("load model: %w: %s: %w", errBadModel, what, err)
	}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic && string(magic) != modelMagicV2 && string(magic) != modelMagicV1 {
		if err == nil {
			err = errors.New("not an actorgraph ner model")
		}
		return fail("header", err)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("word-list size", err)
	}
	if n > maxLexEntries {
		return fail("word-list size", errOutOfRange)
	}
	entries := make([]lexEntry, 0, min(n, 1<<12))
	for range n {
		class, err := br.ReadByte()
		if err != nil {
			return fail("word-list class", err)
		}
		l, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("word-list phrase length", err)
		}
		if l > maxPhraseLen8 {
			return fail("word-list phrase length", errOutOfRange)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return fail("word-list phrase", err)
		}
		entries = append(entries, lexEntry{class: class, phrase: string(b)})
	}
	var clu, emb *clusterIndex
	sections := map[string][]*(*clusterIndex){modelMagic: {&clu, &emb}, modelMagicV2: {&clu}}[string(magic)]
	for k, x := range sections {
		what := [...]string{"clusters", "word-vector clusters"}[k]
		ents, err := readClusterSection(br)
		if err != nil {
			return fail(what, err)
		}
		if len(ents) > 0 {
			if *x, err = newClusterIndex(ents); err != nil {
				return fail(what, err)
			}
		}
	}
	passes, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("number of passes", err)
	}
	if passes == 0 || passes > maxPasses {
		return fail("number of passes", errOutOfRange)
	}
	width := int(passes) * numLabels
	nf, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("number of features", err)
	}
	if nf > maxFeatures {
		return fail("number of features", errOutOfRange)
	}
	// Grown as data arrives, not from the declared count.
	// Preallocate for at most 1<<17 features, whatever the file declares.
	keys := make([]uint64, 0, min(nf, 1<<17))
	flat := make([]int32, 0, int(min(nf, 1<<17))*width)
	key := uint64(0)
	for i := range nf {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("feature key", err)
		}
		if d == 0 && i > 0 || key+d < key {
			return fail("feature key", errors.New("keys not increasing"))
		}
		key += d
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("feature weight mask", err)
		}
		if mask >= 1<<width {
			return fail("feature weight mask", errOutOfRange)
		}
		keys = append(keys, key)
		flat = slices.Grow(flat, width)[:len(flat)+width]
		w := flat[len(flat)-width:]
		for k := range width {
			if mask&(1<<k) == 0 {
				continue
			}
			x, err := binary.ReadVarint(br)
			if err != nil {
				return fail("feature weight", err)
			}
			if x <= -2<<maxWeightBits || x >= 2<<maxWeightBits {
				return fail("feature weight", errOutOfRange)
			}
			w[k] = int32(x)
		}
	}
	rows := make([]row, len(keys))
	for i, k := range keys {
		rows[i] = row{key: k, w: flat[i*width : (i+1)*width]}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return fail("trailing data", errors.New("data after the last pass"))
	}
	return newModel(newLexicon(entries), clu, emb, newTable(rows, int(passes))), nil
}

// readClusterSection reads the cluster words of a model file.
func readClusterSection(br *bufio.Reader) ([]cluEntry, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > maxClusterWords {
		return nil, errOutOfRange
	}
	out := make([]cluEntry, 0, min(n, 1<<12))
	for range n {
		l, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if l == 0 || l > maxClusterWord {
			return nil, fmt.Errorf("word length %d: %w", l, errOutOfRange)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, err
		}
		code, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if code&^uint64(cluPresent|31<<cluLenShift|(1<<cluBits-1)) != 0 || code&cluPresent == 0 || code>>cluLenShift&31 > cluBits {
			return nil, fmt.Errorf("cluster code %#x: %w", code, errBadClusters)
		}
		if k := len(out); k > 0 && out[k-1].word >= string(b) {
			return nil, fmt.Errorf("words not increasing: %w", errBadClusters)
		}
		out = append(out, cluEntry{word: string(b), code: uint32(code)})
	}
	return out, nil
}
