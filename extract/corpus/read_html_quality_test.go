package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// sharedDir returns ../shared relative to the repository root (this
// package is one level below it), skipping the test when it is absent.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data %s not available: %v", dir, err)
	}
	return dir
}

// wordBag counts the lower-cased words of s, with punctuation around
// them removed.
func wordBag(s string) map[string]int {
	bag := map[string]int{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		bag[strings.ToLower(w)]++
	}
	return bag
}

// wordScores compares extracted text with the expected text as
// multisets of words: recall is the share of expected words kept, junk the
// share of extracted words that are not in the expected text, F1 the
// harmonic mean of recall and precision (1 - junk).
func wordScores(got, want string) (recall, junk, f1 float64) {
	g, w := wordBag(got), wordBag(want)
	var ng, nw, both int
	for k, n := range g {
		ng += n
		both += min(n, w[k])
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 {
		return 0, 0, 0
	}
	recall = float64(both) / float64(nw)
	prec := float64(both) / float64(ng)
	if both > 0 {
		f1 = 2 * prec * recall / (prec + recall)
	}
	return recall, 1 - prec, f1
}

// paragraphHits counts the paragraphs of want that appear, white space
// aside, as whole paragraphs of got.
func paragraphHits(got, want string) (hits, total int) {
	norm := func(p string) string { return strings.Join(strings.Fields(p), " ") }
	have := map[string]bool{}
	for _, p := range strings.Split(got, "\n\n") {
		have[norm(p)] = true
	}
	for _, p := range strings.Split(want, "\n\n") {
		total++
		if have[norm(p)] {
			hits++
		}
	}
	return hits, total
}

// TestHTMLQuality measures ReadHTML on the 13 sample news pages against
// their hand-checked article text (see ../shared/data/html/SOURCE.md): word
// recall, junk and F1 (wordScores) and the expected paragraphs found as
// paragraphs (paragraphHits).
func TestHTMLQuality(t *testing.T) {
	dir := sharedDir(t, filepath.Join("data", "html"))
	idx, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pages []struct {
		File     string `json:"file"`
		Expected string `json:"expected"`
		URL      string `json:"url"`
	}
	if err := json.Unmarshal(idx, &pages); err != nil {
		t.Fatalf("index.json: %v", err)
	}
	var sumR, sumJ, sumF float64
	var hits, total int
	t.Logf("%-42s %7s %7s %7s %7s  %s", "page", "recall", "junk", "F1", "paras", "title / date")
	for _, p := range pages {
		f, err := os.Open(filepath.Join(dir, p.File))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ReadHTML(f, p.URL)
		f.Close()
		if err != nil {
			t.Errorf("ReadHTML(%s): %v", p.File, err)
			continue
		}
		want, err := os.ReadFile(filepath.Join(dir, p.Expected))
		if err != nil {
			t.Fatal(err)
		}
		r, j, f1 := wordScores(doc.Text, string(want))
		sumR, sumJ, sumF = sumR+r, sumJ+j, sumF+f1
		h, n := paragraphHits(doc.Text, string(want))
		hits, total = hits+h, total+n
		t.Logf("%-42s %7.3f %7.3f %7.3f %3d/%-3d  %.50s / %s", strings.TrimSuffix(p.File, ".html"), r, j, f1,
			h, n, doc.Title, doc.Date)
		if doc.Title == "" {
			t.Errorf("ReadHTML(%s).Title is empty", p.File)
		}
	}
	n := float64(len(pages))
	t.Logf("%-42s %7.3f %7.3f %7.3f %3d/%-3d", "mean (paragraphs: total)", sumR/n, sumJ/n, sumF/n, hits, total)
	if got, floor := sumF/n, 0.95; got < floor {
		t.Errorf("mean word F1 = %.3f, want >= %.2f", got, floor)
	}
	// Paragraph breaks must survive: nearly every expected paragraph
	// should come out as a paragraph of its own.
	if got, floor := float64(hits)/float64(total), 0.9; got < floor {
		t.Errorf("expected paragraphs reproduced = %d/%d, want >= %.0f%%", hits, total, 100*floor)
	}
}
