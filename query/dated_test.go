package query

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// datedGraph is the graph of a random dated corpus, opened for queries.
func datedGraph(t *testing.T) *Graph {
	t.Helper()
	b := build.NewBuilder(build.BuildOptions{})
	for _, x := range graphtest.DatedExtractions(80, 11) {
		b.Add(x)
	}
	return New(b.Graph(), "")
}
