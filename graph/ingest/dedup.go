package ingest

import (
	"hash/fnv"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract"
)

// deduper folds articles whose text was seen before. It is fed in input
// order by one goroutine, so the first copy always wins.
type deduper struct {
	exact map[uint64]struct{}
}

func newDeduper() *deduper { return &deduper{exact: map[uint64]struct{}{}} }

// seen reports whether d repeats an earlier article, and records it.
func (dd *deduper) seen(d extract.Document) bool {
	h := fnv.New64a()
	for _, w := range strings.FieldsFunc(d.Text, func(r rune) bool { return unicode.IsSpace(r) }) {
		h.Write([]byte(w))
		h.Write([]byte{' '})
	}
	k := h.Sum64()
	if _, ok := dd.exact[k]; ok {
		return true
	}
	dd.exact[k] = struct{}{}
	return false
}
