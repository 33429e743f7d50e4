package polarity

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The model file is gzip-compressed binary:
//
//	magic "actorgraph-polarity/1\n"
//	lexicon:     uvarint n, then n × (uvarint length, word, int8 valence×10)
//	negators:    uvarint n, then n × key uint64 LE
//	connectives: uvarint n, then n × key uint64 LE
//	templates:   uvarint bit set of the feature templates switched off
//	temperature: float32 LE softmax temperature
//	weights:     uvarint rows, float32 LE scale, then rows × (key uint64 LE,
//	             numClasses × int16 LE weight/scale)
//	vectors:     uint64 LE digest of the word vectors the model reads (the
//	             embedded data/vectors.bin.gz), 0 for none
//	nets:        uvarint n, then n × (uvarint E, P, H, uvarint count,
//	             count × float32 LE parameter)
//	ensemble:    float32 LE temperatures of the linear and the neural
//	             scores and weight of the linear scores
//
// Keys are sorted in every section, so the same model gives the same bytes.
const magic = "actorgraph-polarity/2\n"

//go:embed data/model.bin.gz
var defaultModel []byte

// Default returns the embedded model (see data/README.md).
func Default() (*Model, error) {
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("polarity: embedded model: %w", err)
	}
	return m, nil
}

// maxEntries bounds every section of a model file, against corrupt input.
const maxEntries = 1 << 24

// Load reads a model written by Write. A model that reads word vectors
// reads the embedded ones (data/vectors.bin.gz), which must be those it was
// trained with.
func Load(r io.Reader) (*Model, error) { return load(r, defaultVectors) }

// load reads a model written by Write, with the word-vector file vecData.
func load(r io.Reader, vecData []byte) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("polarity: load: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("polarity: load: not a polarity model")
	}
	d := decoder{r: br}
	lex := map[string]float32{}
	for range d.count() {
		w := d.str()
		lex[w] = float32(int8(d.byte())) / 10
	}
	neg := map[uint64]bool{}
	for range d.count() {
		neg[d.u64()] = true
	}
	con := map[uint64]bool{}
	for range d.count() {
		con[d.u64()] = true
	}
	m := newModel(lex, neg, con)
	m.off = d.uvarint()
	m.temp = float64(math.Float32frombits(uint32(d.u64n(4))))
	if d.err == nil && !(m.temp > 0.01 && m.temp < 100) {
		d.err = fmt.Errorf("temperature %v out of range", m.temp)
	}
	rows := d.count()
	scale := math.Float32frombits(uint32(d.u64n(4)))
	if d.err == nil && (math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0)) {
		d.err = errors.New("bad weight scale")
	}
	if d.err == nil {
		m.w = make([]float32, 0, min(rows, 1<<16)*numClasses)
	}
	for i := range rows {
		m.rows[d.u64()] = uint32(i)
		for range numClasses {
			m.w = append(m.w, float32(int16(d.u64n(2)))*scale)
		}
	}
	digest := d.u64()
	for range d.count() {
		s := netShape{E: d.count(), P: d.count(), H: d.count()}
		if d.err == nil && (s.E < 1 || s.E > maxDims || s.P > 256 || s.H < 1 || s.H > 1024) {
			d.err = fmt.Errorf("network of shape %+v", s)
		}
		if d.err != nil {
			break
		}
		n := newNet(s)
		if d.count() != len(n.p) {
			d.err = fmt.Errorf("network of shape %+v with a wrong parameter count", s)
			break
		}
		for i := range n.p {
			n.p[i] = math.Float32frombits(uint32(d.u64n(4)))
		}
		m.nets = append(m.nets, n)
	}
	m.linTemp = float64(math.Float32frombits(uint32(d.u64n(4))))
	m.netTemp = float64(math.Float32frombits(uint32(d.u64n(4))))
	m.mix = float64(math.Float32frombits(uint32(d.u64n(4))))
	if d.err == nil && !(m.linTemp > 0.01 && m.linTemp < 100 && m.netTemp > 0.01 && m.netTemp < 100 && m.mix >= 0 && m.mix <= 1) {
		d.err = errors.New("ensemble parameters out of range")
	}
	if d.err != nil {
		return nil, fmt.Errorf("polarity: load: %w", d.err)
	}
	if len(m.rows) != rows {
		return nil, errors.New("polarity: load: repeated feature keys")
	}
	m.wt = newWeightTable(m.rows, m.w)
	for _, n := range m.nets {
		for _, v := range n.p {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return nil, errors.New("polarity: load: network parameter not finite")
			}
		}
	}
	if digest != 0 {
		v, err := readVectors(bytes.NewReader(vecData))
		if err != nil {
			return nil, fmt.Errorf("polarity: load: %w", err)
		}
		if v.digest != digest {
			return nil, errors.New("polarity: load: the model was trained with other word vectors")
		}
		m.vec = v
		m.setDense()
		for _, n := range m.nets {
			if n.E != v.dim {
				return nil, fmt.Errorf("polarity: load: network reads %d-dimensional word vectors, not %d", n.E, v.dim)
			}
			n.prepare(v)
		}
		m.group = newNetGroup(m.nets)
	} else if len(m.nets) > 0 {
		return nil, errors.New("polarity: load: neural model without word vectors")
	}
	return m, nil
}

// Write writes the model in the format Load reads (deterministic bytes).
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var e encoder
	e.buf = append(e.buf, magic...)
	words := make([]string, 0, len(m.valence))
	for w := range m.valence {
		words = append(words, w)
	}
	slices.Sort(words)
	e.uvarint(uint64(len(words)))
	for _, w := range words {
		e.uvarint(uint64(len(w)))
		e.buf = append(e.buf, w...)
		e.buf = append(e.buf, byte(int8(math.Round(float64(m.valence[w])*10))))
	}
	for _, set := range []map[uint64]bool{m.negators, m.connect} {
		keys := sortedKeys(set)
		e.uvarint(uint64(len(keys)))
		for _, k := range keys {
			e.u64(k)
		}
	}
	e.uvarint(m.off)
	e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(float32(m.temp)))
	keys := sortedKeys(m.rows)
	e.uvarint(uint64(len(keys)))
	mx := float32(0)
	for _, v := range m.w {
		mx = max(mx, float32(math.Abs(float64(v))))
	}
	scale := mx / 32767
	if scale == 0 {
		scale = 1
	}
	e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(scale))
	for _, k := range keys {
		e.u64(k)
		r := int(m.rows[k])
		for c := range numClasses {
			q := int16(math.Round(float64(m.w[r*numClasses+c] / scale)))
			e.buf = binary.LittleEndian.AppendUint16(e.buf, uint16(q))
		}
	}
	digest := uint64(0)
	if m.vec != nil {
		digest = m.vec.digest
	}
	e.u64(digest)
	e.uvarint(uint64(len(m.nets)))
	for _, n := range m.nets {
		e.uvarint(uint64(n.E))
		e.uvarint(uint64(n.P))
		e.uvarint(uint64(n.H))
		e.uvarint(uint64(len(n.p)))
		for _, v := range n.p {
			e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(v))
		}
	}
	for _, v := range []float64{m.linTemp, m.netTemp, m.mix} {
		e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(float32(v)))
	}
	if _, err := zw.Write(e.buf); err != nil {
		return err
	}
	return zw.Close()
}

func sortedKeys[V any](m map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type encoder struct{ buf []byte }

func (e *encoder) u64(v uint64)     { e.buf = binary.LittleEndian.AppendUint64(e.buf, v) }
func (e *encoder) uvarint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

// decoder reads values and keeps the first error; after one, it returns
// zeros.
type decoder struct {
	r   *bufio.Reader
	err error
	b   [8]byte
}

func (d *decoder) u64n(n int) uint64 {
	if d.err != nil {
		return 0
	}
	if _, err := io.ReadFull(d.r, d.b[:n]); err != nil {
		d.err = fmt.Errorf("truncated: %w", err)
		return 0
	}
	var v uint64
	for i := n - 1; i >= 0; i-- {
		v = v<<8 | uint64(d.b[i])
	}
	return v
}

// str reads a uvarint length and that many bytes (at most 256).
func (d *decoder) str() string {
	n := d.uvarint()
	if d.err != nil {
		return ""
	}
	if n > 256 {
		d.err = fmt.Errorf("word of %d bytes", n)
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = fmt.Errorf("truncated: %w", err)
		return ""
	}
	return string(b)
}

func (d *decoder) u64() uint64 { return d.u64n(8) }

func (d *decoder) byte() byte { return byte(d.u64n(1)) }

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = fmt.Errorf("truncated: %w", err)
	}
	return v
}

// count reads a section length.
func (d *decoder) count() int {
	n := d.uvarint()
	if n > maxEntries {
		d.err = fmt.Errorf("section of %d entries", n)
		return 0
	}
	return int(n)
}
