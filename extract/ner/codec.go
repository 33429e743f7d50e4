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
//	magic "agner\x01"
//	uvarint n, then n word-list entries: class byte, uvarint length, phrase bytes
//	uvarint passes (1 or 2), then for each pass:
//	  uvarint features, then for each feature in increasing key order:
//	    uvarint key delta (from the previous key, or from 0)
//	    uvarint mask of the tags with a non-zero weight
//	    one zig-zag varint per such tag: the weight (int16)
const modelMagic = "agner\x01"

// Limits that keep a corrupt file from asking for huge allocations.
const (
	maxLexEntries = 1 << 20
	maxPhraseLen8 = 1 << 10
	maxPasses     = 4
	maxFeatures   = 1 << 24
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
	bw.WriteString(modelMagic)
	uv(uint64(len(m.lex.entries)))
	for _, e := range m.lex.entries {
		bw.WriteByte(e.class)
		uv(uint64(len(e.phrase)))
		bw.WriteString(e.phrase)
	}
	uv(uint64(len(m.stages)))
	for _, tab := range m.stages {
		var live []slot
		for _, s := range tab.slots {
			if s.key != 0 {
				live = append(live, s)
			}
		}
		slices.SortFunc(live, func(a, b slot) int {
			switch {
			case a.key < b.key:
				return -1
			case a.key > b.key:
				return 1
			}
			return 0
		})
		uv(uint64(len(live)))
		prev := uint64(0)
		for _, s := range live {
			uv(s.key - prev)
			prev = s.key
			mask := uint64(0)
			for k, x := range s.w {
				if x != 0 {
					mask |= 1 << k
				}
			}
			uv(mask)
			for _, x := range s.w {
				if x != 0 {
					bw.Write(binary.AppendVarint(tmp[:0], int64(x)))
				}
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
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		if err == nil {
			err = errors.New("not an actorgraph ner model")
		}
		return fail("header", err)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > maxLexEntries {
		return fail("word-list size", err)
	}
	entries := make([]lexEntry, 0, min(n, 1<<12))
	for range n {
		class, err := br.ReadByte()
		if err != nil {
			return fail("word-list class", err)
		}
		l, err := binary.ReadUvarint(br)
		if err != nil || l > maxPhraseLen8 {
			return fail("word-list phrase length", err)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return fail("word-list phrase", err)
		}
		entries = append(entries, lexEntry{class: class, phrase: string(b)})
	}
	passes, err := binary.ReadUvarint(br)
	if err != nil || passes == 0 || passes > maxPasses {
		return fail("number of passes", err)
	}
	stages := make([]table, 0, passes)
	for range passes {
		nf, err := binary.ReadUvarint(br)
		if err != nil || nf > maxFeatures {
			return fail("number of features", err)
		}
		var rows []slot // grown as data arrives, not from the declared count
		key := uint64(0)
		for range nf {
			d, err := binary.ReadUvarint(br)
			if err != nil {
				return fail("feature key", err)
			}
			key += d
			mask, err := binary.ReadUvarint(br)
			if err != nil || mask >= 1<<numTags {
				return fail("feature tag mask", err)
			}
			var w [numTags]int16
			for k := range numTags {
				if mask&(1<<k) == 0 {
					continue
				}
				x, err := binary.ReadVarint(br)
				if err != nil || x < -1<<15 || x >= 1<<15 {
					return fail("feature weight", err)
				}
				w[k] = int16(x)
			}
			rows = append(rows, slot{key: key, w: w})
		}
		tab := newTable(len(rows))
		for _, r := range rows {
			tab.put(r.key, r.w)
		}
		stages = append(stages, tab)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return fail("trailing data", errors.New("data after the last pass"))
	}
	return newModel(newLexicon(entries), stages), nil
}
