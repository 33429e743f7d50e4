package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/extract/polarity/wordvec"
)

// readCorpus returns the normalised words of every paragraph of the JSONL
// files (fields title, text and sentence; repeated paragraphs once).
func readCorpus(paths []string) ([][]string, error) {
	var out [][]string
	seen := map[string]bool{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		line := 0
		for sc.Scan() {
			line++
			var rec struct{ Title, Text, Sentence string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", p, line, err)
			}
			for _, text := range []string{rec.Title, rec.Text, rec.Sentence} {
				for _, para := range strings.Split(text, "\n") {
					if strings.TrimSpace(para) == "" || seen[para] {
						continue
					}
					seen[para] = true
					if w := polarity.Words(para); len(w) > 1 {
						out = append(out, w)
					}
				}
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return out, nil
}

// writeClusters learns word vectors on the corpus, clusters them into k
// groups and writes "word<TAB>cluster" lines (clusters from 1), by word.
func writeClusters(paths []string, out string, k int, seed uint64) error {
	sents, err := readCorpus(paths)
	if err != nil {
		return err
	}
	opt := wordvec.DefaultOptions()
	opt.Seed = seed
	vs, err := wordvec.Train(sents, opt)
	if err != nil {
		return err
	}
	vs.Normalize()
	assign := vs.KMeans(len(vs.Words), k, 15, seed)
	lines := make([]string, len(assign))
	for i, c := range assign {
		lines[i] = fmt.Sprintf("%s\t%d\n", vs.Words[i], c+1)
	}
	slices.Sort(lines)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# word clusters: %d words, %d clusters (see README.md)\n", len(lines), k)
	for _, l := range lines {
		w.WriteString(l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
