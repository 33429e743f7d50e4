package lexicon

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
)

// townsFile holds the world's towns and cities with the states they lie
// in (see data/README.md): gzip-compressed lines "name\tstate|state",
// sorted by their bytes.
const townsFile = "towns.tsv.gz"

// towns is the town list: its text and the start of each line, for a
// binary search by name (about 25 ms and 6 MB to load against 61 ms and
// 23 MB for a map of its 119,065 names: bench/2026-12-06-towns.md).
type towns struct {
	text  []byte
	lines []int32
}

// readTowns loads the town list from fsys, if it is there.
func readTowns(fsys fs.FS) (*towns, bool, error) {
	f, err := fsys.Open(townsFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read gazetteer %s: %w", townsFile, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, false, fmt.Errorf("read gazetteer %s: %w", townsFile, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, false, fmt.Errorf("read gazetteer %s: %w", townsFile, err)
	}
	t := &towns{text: data, lines: make([]int32, 0, bytes.Count(data, []byte{'\n'}))}
	var prev []byte
	for start := 0; start < len(data); {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data) - start
		}
		name, states, ok := bytes.Cut(data[start:start+end], []byte{'\t'})
		if !ok || len(name) == 0 || len(states) == 0 {
			return nil, false, &ParseError{Source: townsFile, Line: len(t.lines) + 1, Err: errors.New("want name, tab, states")}
		}
		if prev != nil && bytes.Compare(name, prev) <= 0 {
			return nil, false, &ParseError{Source: townsFile, Line: len(t.lines) + 1, Err: fmt.Errorf("%q is out of order", name)}
		}
		prev = name
		t.lines = append(t.lines, int32(start))
		start += end + 1
	}
	return t, true, nil
}

// line returns the name and the states of line i.
func (t *towns) line(i int) ([]byte, []byte) {
	start := int(t.lines[i])
	end := len(t.text)
	if i+1 < len(t.lines) {
		end = int(t.lines[i+1])
	}
	name, states, _ := bytes.Cut(bytes.TrimSuffix(t.text[start:end], []byte{'\n'}), []byte{'\t'})
	return name, states
}

// TownStates returns the states in which a town or city is named name
// exactly as written ("Carlisle": Australia, United Kingdom, United
// States), sorted; nil if none is. The list (towns.tsv.gz) is GeoNames'
// populated places of at least 1,000 people: many of its names are
// also people's, companies' and clubs' names, so a name on it is a town
// only where the text places it.
func (l *Lexicon) TownStates(name string) []string {
	t := l.towns
	if t == nil || name == "" {
		return nil
	}
	key := []byte(name)
	i := sort.Search(len(t.lines), func(i int) bool {
		n, _ := t.line(i)
		return bytes.Compare(n, key) >= 0
	})
	if i == len(t.lines) {
		return nil
	}
	if n, states := t.line(i); bytes.Equal(n, key) {
		return strings.Split(string(states), "|")
	}
	return nil
}
