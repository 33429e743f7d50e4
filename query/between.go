package query

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/query/period"
)

// Between returns the part of q made by the documents of period p (see
// build.Between), opened like q; q itself when p is unbounded.
func (q *Graph) Between(p period.Span) (*Graph, error) {
	if !p.Bounded() {
		return q, nil
	}
	if _, ok := period.Newest(q.Graph); !ok {
		return nil, fmt.Errorf("%w (a graph built before dates were read, or from undated articles): --since, --until and periods need dated documents", period.ErrUndated)
	}
	since, until := p.Range()
	f := New(build.Between(q.Graph, since, until, nil), q.Base)
	f.Stdin, f.lexicon, f.ctx = q.Stdin, q.lexicon, q.ctx
	return f, nil
}
