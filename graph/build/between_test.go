package build

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// buildAll builds xs with opts.
func buildAll(xs []*extract.Extraction, opts BuildOptions) *graph.Graph {
	b := NewBuilder(opts)
	for _, x := range xs {
		b.Add(x)
	}
	return b.Graph()
}

// inPeriod returns the extractions dated in [since, until].
func inPeriod(xs []*extract.Extraction, since, until graph.Day) []*extract.Extraction {
	var out []*extract.Extraction
	for _, x := range xs {
		if d, ok := graph.ParseDay(x.Document.Date); ok && d >= since && d <= until {
			out = append(out, x)
		}
	}
	return out
}

// textsOf returns a TextFunc that cuts sentences from the extractions' texts.
func textsOf(g *graph.Graph, xs []*extract.Extraction) TextFunc {
	byID := map[string]string{}
	for _, x := range xs {
		byID[x.Doc] = x.Text
	}
	return func(need []graph.Evidence) []string {
		out := make([]string, len(need))
		for i, e := range need {
			out[i] = byID[g.Documents[e.Doc].ID][e.Start:e.End]
		}
		return out
	}
}

func TestBetweenEqualsBuildOfPeriod(t *testing.T) {
	day := func(s string) graph.Day {
		d, ok := graph.ParseDay(s)
		if !ok {
			t.Fatalf("ParseDay(%q) failed", s)
		}
		return d
	}
	periods := [][2]string{{"2025-02-01", "2025-02-20"}, {"2025-02-01", "2025-02-07"}, {"2025-02-08", "2025-02-14"},
		{"2025-02-10", "2025-02-10"}, {"2025-02-15", "2025-03-31"}, {"2025-03-01", "2025-03-31"}, {"2025-02-05", "2025-02-16"},
		{"2025-02-01", "2025-02-01"}, {"2025-02-04", "2025-02-05"}, {"2025-02-13", "2025-02-13"}, {"2025-02-18", "2025-02-19"}}
	for _, opts := range []BuildOptions{{MaxEvidence: 2}, {}, {MaxEvidence: -1, Window: WindowParagraph}} {
		for seed := uint64(1); seed <= 12; seed++ {
			xs := graphtest.DatedExtractions(60, seed)
			full := buildAll(xs, opts)
			for _, p := range periods {
				since, until := day(p[0]), day(p[1])
				name := fmt.Sprintf("cap%d/seed%d/%s..%s", opts.MaxEvidence, seed, p[0], p[1])
				got := encode(t, Between(full, since, until, textsOf(full, xs)))
				want := encode(t, buildAll(inPeriod(xs, since, until), opts))
				if !bytes.Equal(got, want) {
					t.Errorf("%s: Between differs from a build of the period:\n got %s\nwant %s", name, got, want)
				}
			}
		}
	}
}

func TestBetweenTwiceEqualsOnce(t *testing.T) {
	xs := graphtest.DatedExtractions(60, 7)
	full := buildAll(xs, BuildOptions{MaxEvidence: 2})
	a, _ := graph.ParseDay("2025-02-03")
	b, _ := graph.ParseDay("2025-02-17")
	c, _ := graph.ParseDay("2025-02-06")
	d, _ := graph.ParseDay("2025-02-12")
	outer := Between(full, a, b, textsOf(full, xs))
	got := encode(t, Between(outer, c, d, textsOf(outer, xs)))
	want := encode(t, Between(full, c, d, textsOf(full, xs)))
	if !bytes.Equal(got, want) {
		t.Errorf("a period of a period differs from the period:\n got %s\nwant %s", got, want)
	}
}

func TestBetweenUndatedGraph(t *testing.T) {
	g := buildAll(graphtest.Extractions(), BuildOptions{})
	p := Between(g, -1<<30, 1<<30, nil)
	if len(p.Nodes) != 0 || len(p.Documents) != 0 {
		t.Errorf("Between of an undated graph has %d nodes and %d documents, want none", len(p.Nodes), len(p.Documents))
	}
}
