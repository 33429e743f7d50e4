package query

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/graph/graphfile"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/query/period"
	"github.com/actorgraph/actorgraph/query/timeline"
)

// TestOpenUndatedGraph checks that a graph file without time data (as
// written before dates were read: no days, dates as the sources wrote them)
// still opens, and that a period asked of it says why it cannot be had.
func TestOpenUndatedGraph(t *testing.T) {
	b := build.NewBuilder(build.BuildOptions{})
	for _, x := range graphtest.Extractions() {
		b.Add(x)
	}
	g := b.Graph()
	g.Documents[0].Date = "26-FEB-1987 15:01:01.79" // an old file's raw date
	path := filepath.Join(t.TempDir(), "old.json")
	if err := graphfile.WriteFile(path, g); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), `"days"`) {
		t.Fatalf("an undated graph has days:\n%s", data)
	}
	q, err := Open(context.Background(), path, OpenOptions{})
	if err != nil || len(q.Nodes) != len(g.Nodes) {
		t.Fatalf("Open(old file) = %v, %v", q, err)
	}
	if _, err := Open(context.Background(), path, OpenOptions{Since: "1987-01"}); !errors.Is(err, period.ErrUndated) {
		t.Errorf("Open(old file, --since) error = %v, want period.ErrUndated", err)
	}
	tl, err := timeline.Of(q.Graph, timeline.ByMonth)
	if err != nil || len(tl.Buckets) != 0 || tl.Undated != len(g.Documents) {
		t.Errorf("timeline of an undated graph = %+v, %v; want no periods and %d undated documents", tl, err, len(g.Documents))
	}
}
