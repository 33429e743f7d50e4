package ingest

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Duplicate detection. News archives repeat themselves: wire copies,
// re-posted pages, the same story under another headline. An article is
// folded when its text repeats an earlier one exactly (after collapsing
// white space) or nearly: when the Jaccard similarity of the two articles'
// sets of 5-word shingles is estimated at NearThreshold or more.
//
// The estimate is a one-permutation MinHash (P. Li, A. Owen, C.-H. Zhang,
// "One Permutation Hashing", NIPS 2012) with densification of empty bins by
// rotation (A. Shrivastava, P. Li, "Densifying One Permutation Hashing via
// Rotation for Fast Near Neighbor Search", ICML 2014): every shingle is
// hashed once and the hash picks one of sigBins bins, each keeping its
// minimum. Candidates come from locality-sensitive hashing of the signature
// in sigBands bands of sigRows bins (Leskovec, Rajaraman, Ullman, Mining of
// Massive Datasets, ch. 3.4): two articles with J = 0.9 share a band with
// probability 1 − (1 − 0.9^8)^16 > 0.9998, two with J = 0.5 with 0.06, and
// candidates are then checked on the whole signature.
//
// The deduper is fed in input order by a single goroutine, so the first copy
// always wins and the result does not depend on the number of workers. Its
// memory is about 0.6 KB per distinct article (a signature of 128 16-bit
// values plus 16 band keys), independent of article length.
const (
	shingleWords = 5
	sigBins      = 128
	sigBands     = 16
	sigRows      = sigBins / sigBands
	// NearThreshold is the estimated Jaccard similarity from which two
	// articles count as the same story. Rewritten or followed-up stories
	// (J of 0.3 to 0.8) stay distinct.
	NearThreshold = 0.87
	// minShingles is the shortest text, in shingles, checked for
	// near-duplicates; shorter texts are only folded when identical, since
	// a handful of shingles gives no reliable estimate.
	minShingles = 20
)

type signature [sigBins]uint16

// deduper folds articles whose text was seen before.
type deduper struct {
	exact map[uint64]int32 // text hash -> sequence number of the first copy
	n     int32            // articles checked so far
	sigs  []signature
	seqs  []int32 // sequence number of each signature's article
	bands [sigBands]map[uint64][]int32
	// scratch for word hashes
	words []uint64
}

func newDeduper() *deduper {
	dd := &deduper{exact: map[uint64]int32{}}
	for i := range dd.bands {
		dd.bands[i] = map[uint64][]int32{}
	}
	return dd
}

// Kind of duplicate found by check.
const (
	dupNone = iota
	dupExact
	dupNear
)

// check reports whether text repeats an earlier article, which way, and
// the sequence number (0-based, in the order of calls) of the article it
// repeats; an article that is new is recorded.
func (dd *deduper) check(text string) (kind int, of int) {
	seq := dd.n
	dd.n++
	dd.words = hashWords(dd.words[:0], text)
	exact := exactHash(dd.words)
	if first, ok := dd.exact[exact]; ok {
		return dupExact, int(first)
	}
	dd.exact[exact] = seq
	if len(dd.words) < shingleWords+minShingles-1 {
		return dupNone, -1
	}
	sig := minhash(dd.words)
	var keys [sigBands]uint64
	for b := 0; b < sigBands; b++ {
		keys[b] = bandKey(&sig, b)
		for _, other := range dd.bands[b][keys[b]] {
			if similarity(&sig, &dd.sigs[other]) >= NearThreshold {
				return dupNear, int(dd.seqs[other])
			}
		}
	}
	id := int32(len(dd.sigs))
	dd.sigs = append(dd.sigs, sig)
	dd.seqs = append(dd.seqs, seq)
	for b := 0; b < sigBands; b++ {
		dd.bands[b][keys[b]] = append(dd.bands[b][keys[b]], id)
	}
	return dupNone, -1
}

// hashWords appends a 64-bit hash of every word of text, lower-cased;
// words are runs of letters and digits.
func hashWords(dst []uint64, text string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		var word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
			r = unicode.ToLower(r)
		}
		if word {
			h = (h ^ uint64(r)) * prime
			in = true
			continue
		}
		if in {
			dst = append(dst, mix64(h))
			h, in = offset, false
		}
	}
	if in {
		dst = append(dst, mix64(h))
	}
	return dst
}

// mix64 is the SplitMix64 finaliser (Steele, Lea, Flood, "Fast splittable
// pseudorandom number generators", OOPSLA 2014).
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// exactHash identifies the word sequence (so white space and punctuation
// changes do not matter).
func exactHash(words []uint64) uint64 {
	h := uint64(len(words))
	for _, w := range words {
		h = mix64(h ^ w)
	}
	return h
}

// minhash computes the densified one-permutation MinHash of the 5-word
// shingles.
func minhash(words []uint64) signature {
	var mins [sigBins]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := words[i]
		for k := 1; k < shingleWords; k++ {
			h = mix64(h + bits.RotateLeft64(words[i+k], k*13))
		}
		bin := h >> (64 - 7) // top 7 bits: 128 bins
		if v := h << 7; v < mins[bin] {
			mins[bin] = v
		}
	}
	var sig signature
	// Densify: an empty bin borrows the next non-empty bin to its right
	// (circularly), mixed with the distance so borrowed values differ.
	for i := range mins {
		v := mins[i]
		for d := 1; v == ^uint64(0) && d < sigBins; d++ {
			if m := mins[(i+d)%sigBins]; m != ^uint64(0) {
				v = mix64(m + uint64(d))
			}
		}
		sig[i] = uint16(v >> 48)
	}
	return sig
}

func bandKey(s *signature, b int) uint64 {
	h := uint64(b)
	for _, v := range s[b*sigRows : (b+1)*sigRows] {
		h = mix64(h ^ uint64(v))
	}
	return h
}

// similarity estimates the Jaccard similarity of the shingle sets behind
// two signatures: the share of bins that agree.
func similarity(a, b *signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / sigBins
}
