package timeline

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// datedGraph is the graph of a random dated corpus.
func datedGraph(t *testing.T) *graph.Graph {
	t.Helper()
	b := build.NewBuilder(build.BuildOptions{})
	for _, x := range graphtest.DatedExtractions(80, 11) {
		b.Add(x)
	}
	return b.Graph()
}

func TestTimelineSums(t *testing.T) {
	q := datedGraph(t)
	for _, by := range []Granularity{ByDay, ByWeek, ByMonth} {
		tl, err := Of(q, by)
		if err != nil {
			t.Fatal(err)
		}
		docs := tl.Undated
		for _, b := range tl.Buckets {
			docs += b.Documents
			if b.Start > b.End || b.Documents == 0 {
				t.Errorf("%s: bucket %+v", by, b)
			}
		}
		if docs != len(q.Documents) {
			t.Errorf("%s: buckets and undated hold %d documents, want %d", by, docs, len(q.Documents))
		}
		for v, n := range q.Nodes {
			tl, err := Of(q, by, v)
			if err != nil {
				t.Fatal(err)
			}
			m, d := 0, 0
			for _, b := range tl.Buckets {
				m += b.Mentions
				d += b.MentionDocuments
			}
			dated := 0
			for _, day := range n.Days() {
				dated += day.Mentions
			}
			if m != dated || m > n.Mentions || d > n.Documents {
				t.Errorf("%s %s: buckets hold %d mentions in %d documents; dated %d of %d in %d", by, n.Name, m, d, dated, n.Mentions, n.Documents)
			}
		}
	}
}

func TestTimelinePair(t *testing.T) {
	q := datedGraph(t)
	e := q.Edges[0]
	tl, err := Of(q, ByWeek, e.Source, e.Target)
	if err != nil {
		t.Fatal(err)
	}
	w := 0
	for _, b := range tl.Buckets {
		w += b.Mentions
	}
	dated := 0
	for _, d := range e.Days() {
		dated += d.Count
	}
	if w != dated {
		t.Errorf("pair co-mentions per week sum to %d, want %d", w, dated)
	}
	if _, err := Of(q, ByWeek, 0, 1, 2); err == nil {
		t.Error("three actors give no error")
	}
}

func TestBucketOf(t *testing.T) {
	d, _ := graph.ParseDay("1987-03-04") // a Wednesday
	tests := []struct {
		by           Granularity
		first, label string
		end          string
	}{
		{ByDay, "1987-03-04", "1987-03-04", "1987-03-04"},
		{ByWeek, "1987-03-02", "1987-W10", "1987-03-08"},
		{ByMonth, "1987-03-01", "1987-03", "1987-03-31"},
	}
	for _, tt := range tests {
		first, label := tt.by.bucketOf(d)
		if first.String() != tt.first || label != tt.label || tt.by.end(first).String() != tt.end {
			t.Errorf("%s bucket of 1987-03-04 = %s %s ..%s, want %s %s ..%s", tt.by, first, label, tt.by.end(first), tt.first, tt.label, tt.end)
		}
	}
}
