package ner

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"math/bits"
	"strings"
)

// Word-list classes: one bit each in the lexicon masks.
const (
	lexFirst   = iota // given names
	lexTitle          // titles and roles before or after a name
	lexLoc            // countries, regions, cities
	lexOrg            // organisations
	lexOrgWord        // words that head or end organisation names
	lexMisc           // nationalities, religions, events
	lexTime           // months and weekdays
	lexCommon         // words seen in lower case in the training data (made by Train)
	numLex
)

// lexFiles names the word list of each class under data/.
var lexFiles = [lexCommon]string{"first.txt", "title.txt", "loc.txt", "org.txt", "orgword.txt", "misc.txt", "time.txt"}

//go:embed data/*.txt
var dataFS embed.FS

// maxPhraseLen bounds the number of tokens of a word-list entry.
const maxPhraseLen = 6

// lexEntry is one word-list phrase: its class and its tokens.
type lexEntry struct {
	class  uint8
	phrase string // tokens separated by single spaces
}

// lexicon matches word-list phrases against token sequences, ignoring case.
type lexicon struct {
	entries []lexEntry
	phrases hashMap8 // phrase hash -> class mask
	starts  hashMap8 // first-token hash -> longest phrase length
}

// hashMap8 maps 64-bit hashes to bytes: an open-addressing table (linear
// probing, load factor at most one half), built once and then only read;
// for the look-ups of every token in lexicon.match it is several times
// faster than a Go map.
type hashMap8 struct {
	slots   []hashSlot8
	shift   uint // 64 - log2(len(slots))
	entries int
}

// hashSlot8 is one slot of a hashMap8.
type hashSlot8 struct {
	key  uint64
	val  uint8
	used bool
}

// slot returns the slot of key, or the empty slot where it would go.
func (h *hashMap8) slot(key uint64) *hashSlot8 {
	mask := len(h.slots) - 1
	for i := int((key * 0x9E3779B97F4A7C15) >> h.shift); ; i = (i + 1) & mask {
		if s := &h.slots[i]; !s.used || s.key == key {
			return s
		}
	}
}

// touch reads the first slot of the lower-case hash of every token in one
// loop, so that the cache misses of the look-ups that follow overlap. The
// caller keeps the result somewhere, which keeps the loads.
func (h *hashMap8) touch(toks []tokInfo) uint8 {
	if h.entries == 0 {
		return 0
	}
	var sink uint8
	for i := range toks {
		sink += h.slots[(toks[i].low*0x9E3779B97F4A7C15)>>h.shift].val
	}
	return sink
}

// get returns the value of key and whether it is present.
func (h *hashMap8) get(key uint64) (uint8, bool) {
	if h.entries == 0 {
		return 0, false
	}
	s := h.slot(key)
	return s.val, s.used
}

// ref returns a pointer to the value of key, adding it with value 0 if it
// is absent.
func (h *hashMap8) ref(key uint64) *uint8 {
	if 2*(h.entries+1) > len(h.slots) {
		old := h.slots
		n := max(16, 2*len(old))
		*h = hashMap8{slots: make([]hashSlot8, n), shift: uint(64 - bits.TrailingZeros(uint(n)))}
		for _, o := range old {
			if o.used {
				*h.ref(o.key) = o.val
			}
		}
	}
	s := h.slot(key)
	if !s.used {
		s.used, s.key = true, key
		h.entries++
	}
	return &s.val
}

// readLexicon reads the word lists of fsys (files named as in lexFiles):
// one phrase per line, '#' starts a comment line.
func readLexicon(fsys fs.FS) ([]lexEntry, error) {
	var out []lexEntry
	for class, name := range lexFiles {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read word list: %w", err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			out = append(out, lexEntry{class: uint8(class), phrase: strings.Join(strings.Fields(line), " ")})
		}
	}
	return out, nil
}

// defaultLexicon returns the embedded word lists.
func defaultLexicon() ([]lexEntry, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, fmt.Errorf("word lists: %w", err)
	}
	return readLexicon(sub)
}

// newLexicon indexes entries for matching. Phrases longer than maxPhraseLen
// tokens are ignored.
func newLexicon(entries []lexEntry) *lexicon {
	lx := &lexicon{entries: entries}
	var low []byte
	for _, e := range entries {
		words := strings.Fields(e.phrase)
		if len(words) == 0 || len(words) > maxPhraseLen || e.class >= numLex {
			continue
		}
		var h, first uint64
		for i, w := range words {
			_, low, _ = normalize(nil, low[:0], w)
			wh := hashBytes(low)
			if i == 0 {
				first = wh
			}
			h = mix(h, wh)
		}
		*lx.phrases.ref(h) |= 1 << e.class
		if n, s := uint8(len(words)), lx.starts.ref(first); n > *s {
			*s = n
		}
	}
	return lx
}

// match marks word-list phrases in a sentence: for each class bit, gazB[i]
// is set where a phrase starts and gazI[i] where one continues. single[i]
// gets the classes of one-token phrases equal to token i. The result means
// nothing (see hashMap8.touch).
func (lx *lexicon) match(toks []tokInfo) uint8 {
	sink := lx.starts.touch(toks)
	for i := range toks {
		n, ok := lx.starts.get(toks[i].low)
		if !ok {
			continue
		}
		var h uint64
		for l := 1; l <= int(n) && i+l <= len(toks); l++ {
			h = mix(h, toks[i+l-1].low)
			m, ok := lx.phrases.get(h)
			if !ok {
				continue
			}
			if l == 1 {
				toks[i].lex |= m
			}
			toks[i].gazB |= m
			for j := i + 1; j < i+l; j++ {
				toks[j].gazI |= m
			}
		}
	}
	return sink
}

// wordClass returns the class mask of the one-word phrase w.
func (lx *lexicon) wordClass(w string) uint8 {
	_, low, _ := normalize(nil, nil, w)
	m, _ := lx.phrases.get(mix(0, hashBytes(low)))
	return m
}
