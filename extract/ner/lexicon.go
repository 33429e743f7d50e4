package ner

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
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
	phrases map[uint64]uint8 // phrase hash -> class mask
	starts  map[uint64]uint8 // first-token hash -> longest phrase length
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
	lx := &lexicon{entries: entries, phrases: make(map[uint64]uint8), starts: make(map[uint64]uint8)}
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
		lx.phrases[h] |= 1 << e.class
		if n := uint8(len(words)); n > lx.starts[first] {
			lx.starts[first] = n
		}
	}
	return lx
}

// match marks word-list phrases in a sentence: for each class bit, gazB[i]
// is set where a phrase starts and gazI[i] where one continues. single[i]
// gets the classes of one-token phrases equal to token i.
func (lx *lexicon) match(toks []tokInfo) {
	for i := range toks {
		n, ok := lx.starts[toks[i].low]
		if !ok {
			continue
		}
		var h uint64
		for l := 1; l <= int(n) && i+l <= len(toks); l++ {
			h = mix(h, toks[i+l-1].low)
			m, ok := lx.phrases[h]
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
}
