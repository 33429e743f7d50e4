package ner

// label is the tagger's internal BILOU tag (Ratinov and Roth 2009 found it
// better than IOB for NER): O, or for each entity type a Begin, Inside, Last
// or Unit tag. Labels are converted to IOB2 Tags on output.
type label uint8

// numLabels counts O plus four kinds for each of the four entity types.
const numLabels = 17

// Label kinds.
const (
	kindB = iota
	kindI
	kindL
	kindU
)

// typ returns 0 for O and 1..4 for PER, LOC, ORG, MISC.
func (l label) typ() int {
	if l == 0 || l >= numLabels {
		return 0
	}
	return (int(l) + 3) / 4
}

// kind returns kindB, kindI, kindL or kindU (meaningless for O).
func (l label) kind() int { return (int(l) - 1) % 4 }

// mkLabel returns the label of an entity type (1..4) and kind.
func mkLabel(typ, kind int) label { return label(4*(typ-1) + kind + 1) }

// open reports whether l starts or continues an entity that must go on.
func (l label) open() bool { return l != 0 && (l.kind() == kindB || l.kind() == kindI) }

// allowedLabel reports whether cur may follow prev; last marks the final
// token of a sentence, where no entity may stay open.
func allowedLabel(prev, cur label, last bool) bool {
	if prev.open() {
		return cur.typ() == prev.typ() && (cur.kind() == kindL || (cur.kind() == kindI && !last))
	}
	return cur == 0 || cur.kind() == kindU || (cur.kind() == kindB && !last)
}

// toLabels converts IOB2 tags to labels, appending to dst.
func toLabels(dst []label, tags []Tag) []label {
	start := len(dst)
	for range tags {
		dst = append(dst, 0)
	}
	for _, e := range Entities(tags) {
		typ := Tag(0)
		for t := BPER; t < numTags; t += 2 {
			if t.Type() == e.Type {
				typ = t
			}
		}
		ty := typ.typ()
		if e.End-e.Start == 1 {
			dst[start+e.Start] = mkLabel(ty, kindU)
			continue
		}
		dst[start+e.Start] = mkLabel(ty, kindB)
		for i := e.Start + 1; i < e.End-1; i++ {
			dst[start+i] = mkLabel(ty, kindI)
		}
		dst[start+e.End-1] = mkLabel(ty, kindL)
	}
	return dst
}

// toTags converts labels to IOB2 tags in out (len(out) == len(labs)). A
// label that cannot continue the entity before it starts a new one.
func toTags(out []Tag, labs []label) {
	prev := label(0)
	for i, l := range labs {
		switch {
		case l == 0:
			out[i] = O
		case l.kind() == kindB || l.kind() == kindU || !prev.open() || prev.typ() != l.typ():
			out[i] = beginOf(l.typ())
		default:
			out[i] = beginOf(l.typ()) + 1
		}
		prev = l
	}
}

// bestLabel returns the highest-scoring label allowed after prev.
func bestLabel[T int32 | float32](sc *[numLabels]T, prev label, last bool) label {
	best := label(0)
	for k := label(1); k < numLabels; k++ {
		if sc[k] > sc[best] && allowedLabel(prev, k, last) {
			best = k
		}
	}
	return best
}
