package ingest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDeduperKinds(t *testing.T) {
	base := "The envoy met the president in the capital on Monday to discuss a plan that would end the fighting. " +
		"Officials from both delegations said the talks had been constructive and would continue next week in another city. " +
		"The foreign minister warned that any agreement must respect the borders recognised by the United Nations. " +
		"Opposition leaders criticised the secrecy of the negotiations and demanded that parliament be consulted. " +
		"Analysts in the region expect a first draft of the framework before the end of the month, though doubts remain. " +
		"Markets rose on the news while the central bank kept its interest rate unchanged for a third meeting in a row."
	tests := []struct {
		name string
		text string
		want int
	}{
		{"First", base, dupNone},
		{"Identical", base, dupExact},
		{"WhitespaceOnly", strings.ReplaceAll(base, ". ", ".\n\n"), dupExact},
		{"OneWordChanged", strings.Replace(base, "constructive", "productive", 1), dupNear},
		{"Rewritten", base[:len(base)/2] + "Later the spokesman denied reports that a deal had been reached and said work on the text was still going on, with many points open.", dupNone},
		{"ShortIdenticalPrefix", "Short note.", dupNone},
		{"ShortRepeat", "Short note.", dupExact},
	}
	dd := newDeduper()
	for _, tt := range tests {
		if got, _ := dd.check(tt.text); got != tt.want {
			t.Errorf("%s: check = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestDeduperBBC checks the duplicate folding on the BBC archive: its 133
// articles with a repeated text and its near-identical pairs are folded,
// and every near-duplicate fold is confirmed by the exact Jaccard
// similarity of the 5-word shingle sets.
func TestDeduperBBC(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "bbc", "bbc.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("BBC data not available (%v); it lives in ../shared beside the repository", err)
	}
	defer f.Close()
	var texts []string
	var ids []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, rec.Text)
		ids = append(ids, rec.ID)
	}
	dd := newDeduper()
	exact, near := 0, 0
	minNear := 1.0
	for i, text := range texts {
		kind, of := dd.check(text)
		switch kind {
		case dupExact:
			exact++
		case dupNear:
			near++
			j := jaccard(shingles(text), shingles(texts[of]))
			minNear = min(minNear, j)
			t.Logf("near duplicate: %s ~ %s, exact Jaccard %.3f", ids[i], ids[of], j)
			if j < 0.8 {
				t.Errorf("%s folded into %s with exact Jaccard %.3f: a rewritten story, not a copy", ids[i], ids[of], j)
			}
		}
	}
	t.Logf("folded %d exact and %d near duplicates of %d articles; lowest near Jaccard %.3f", exact, near, len(texts), minNear)
	// 133 articles repeat another's text byte for byte; a few more differ
	// only in punctuation or spacing, which the word-level hash ignores.
	if exact < 133 {
		t.Errorf("exact duplicates = %d, want at least 133", exact)
	}
	if total := exact + near; total < 150 || total > 160 {
		t.Errorf("folded %d articles, want 150 to 160", total)
	}
}

// shingles returns the set of 5-word shingles of text (lower-cased words
// of letters and digits), computed exactly for the check.
func shingles(text string) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127)
	})
	set := map[string]bool{}
	for i := 0; i+5 <= len(words); i++ {
		set[strings.Join(words[i:i+5], " ")] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for s := range a {
		if b[s] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}
