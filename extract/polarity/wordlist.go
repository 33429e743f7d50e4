package polarity

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ReadWordData reads the word data a model is trained with from folder
// dir (the package's data folder, extract/polarity/data): the lexicon
// vader.tsv, the word lists negators.txt and connectives.txt, and the word
// vectors vectors.bin.gz.
func ReadWordData(dir string) (WordData, error) {
	var wd WordData
	f, err := os.Open(filepath.Join(dir, "vader.tsv"))
	if err != nil {
		return wd, fmt.Errorf("word data: %w", err)
	}
	wd.Valence, err = ReadValence(f)
	f.Close()
	if err != nil {
		return wd, fmt.Errorf("word data: vader.tsv: %w", err)
	}
	for _, l := range []struct {
		name string
		dst  *[]string
	}{{"negators.txt", &wd.Negators}, {"connectives.txt", &wd.Connectives}} {
		f, err := os.Open(filepath.Join(dir, l.name))
		if err != nil {
			return wd, fmt.Errorf("word data: %w", err)
		}
		*l.dst, err = ReadWords(f)
		f.Close()
		if err != nil {
			return wd, fmt.Errorf("word data: %s: %w", l.name, err)
		}
	}
	wd.Vectors, err = os.ReadFile(filepath.Join(dir, "vectors.bin.gz"))
	if err != nil {
		return wd, fmt.Errorf("word data: %w", err)
	}
	return wd, nil
}

// ReadValence reads a sentiment lexicon: lines "word<TAB>value", value in
// [-4, 4]; blank lines and lines starting with # are skipped.
func ReadValence(r io.Reader) (map[string]float32, error) {
	out := map[string]float32{}
	err := eachLine(r, func(n int, line string) error {
		w, v, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("line %d: want word<TAB>value", n)
		}
		x, err := strconv.ParseFloat(strings.TrimSpace(v), 32)
		if err != nil || x < -4 || x > 4 {
			return fmt.Errorf("line %d: value %q not in [-4, 4]", n, v)
		}
		out[strings.ToLower(strings.TrimSpace(w))] = float32(x)
		return nil
	})
	return out, err
}

// ReadWords reads a word list: one word a line; blank lines and lines
// starting with # are skipped.
func ReadWords(r io.Reader) ([]string, error) {
	var out []string
	err := eachLine(r, func(_ int, line string) error {
		out = append(out, strings.ToLower(line))
		return nil
	})
	return out, err
}

func eachLine(r io.Reader, f func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}
