package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestExtractLongSegments checks that text in "sentences" longer than
// MaxSentenceBytes is analysed, not skipped: an article of lines without
// punctuation, and one long run-on line (an article of such lines once
// gave no actor at all).
func TestExtractLongSegments(t *testing.T) {
	ex := testExtractor(t)
	people := []string{"Vladimir Putin", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Keir Starmer"}
	var lines, runOn strings.Builder
	for i := range 150 {
		a, b := people[i%len(people)], people[(i+1)%len(people)]
		fmt.Fprintf(&lines, "%s met %s in Brussels on day %d\n", a, b, i)
		fmt.Fprintf(&runOn, "%s met %s in Brussels on day %d, ", a, b, i)
	}
	for _, text := range []string{lines.String(), runOn.String()} {
		if len(text) <= DefaultOptions().MaxSentenceBytes {
			t.Fatalf("test text of %d bytes is not over the limit", len(text))
		}
		x, err := ex.Extract(Document{ID: "long", Title: "Meetings", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		for _, a := range x.Actors {
			found[a.Name] = true
		}
		for _, p := range people {
			if !found[p] {
				t.Errorf("%q not found in %.40q… (%d actors)", p, text, len(x.Actors))
			}
		}
		for _, s := range x.Sentences {
			if s.Len() > DefaultOptions().MaxSentenceBytes {
				t.Errorf("sentence %d is %d bytes", s.Index, s.Len())
			}
		}
	}
}
