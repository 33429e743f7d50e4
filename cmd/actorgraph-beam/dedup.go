package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/actorgraph/actorgraph/graph/build"
)

// Exact duplicates. Without --keep-duplicates, articles whose text bytes
// are identical are folded into one: the copy with the smallest document
// ID is kept, a rule that does not depend on the order in which an engine
// delivers them, and the others are counted in a "folded" record.

// contentKeyFn keys every article by the SHA-256 of its text.
type contentKeyFn struct{}

func (f *contentKeyFn) ProcessElement(a Article) (string, Article) {
	sum := sha256.Sum256([]byte(a.Text))
	return hex.EncodeToString(sum[:]), a
}

// dupAcc is the kept copy of one text and the number of copies seen.
type dupAcc struct {
	Doc    Article
	Copies int
}

// foldFn combines the copies of one text, keeping the smallest ID.
type foldFn struct{}

func (f *foldFn) CreateAccumulator() dupAcc { return dupAcc{} }

func (f *foldFn) AddInput(a dupAcc, x Article) dupAcc {
	return f.MergeAccumulators(a, dupAcc{Doc: x, Copies: 1})
}

func (f *foldFn) MergeAccumulators(a, b dupAcc) dupAcc {
	switch {
	case a.Copies == 0:
		return b
	case b.Copies == 0:
		return a
	}
	keep := a.Doc
	if articleLess(b.Doc, keep) {
		keep = b.Doc
	}
	return dupAcc{Doc: keep, Copies: a.Copies + b.Copies}
}

func (f *foldFn) ExtractOutput(a dupAcc) dupAcc { return a }

// unfoldFn emits the kept copy of each text and, for texts seen more than
// once, a folded record counting the others.
type unfoldFn struct{}

func (f *unfoldFn) ProcessElement(ctx context.Context, _ string, a dupAcc, emit func(Article), emitFolded func(string, build.Record)) {
	if a.Copies == 0 {
		return
	}
	emit(a.Doc)
	if n := a.Copies - 1; n > 0 {
		counterFolded.Inc(ctx, int64(n))
		r := build.Record{Kind: "folded", Folded: n}
		emitFolded(groupKey(r), r)
	}
}

// articleLess orders articles by ID, then path and line, so that even
// copies with the same ID are chosen by a fixed rule.
func articleLess(x, y Article) bool {
	if x.ID != y.ID {
		return x.ID < y.ID
	}
	if x.Path != y.Path {
		return x.Path < y.Path
	}
	return x.Line < y.Line
}
