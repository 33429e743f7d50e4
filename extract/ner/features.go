package ner

// tokInfo holds what the features need to know about one token.
type tokInfo struct {
	low, raw    uint64    // hashes of the lower-case and of the normalised token
	long, short uint64    // shape hashes
	pre         [3]uint64 // hashes of the lower-case prefixes of 1..3 bytes (0 if shorter)
	suf         [4]uint64 // hashes of the lower-case suffixes of 1..4 bytes (0 if shorter)
	fl          uint32    // f* flags
	lex         uint8     // word-list classes of the token alone
	gazB, gazI  uint8     // word-list classes of phrases starting / continuing here
	doc         uint8     // d* document flags
	first       label     // first-pass label
	runPos      uint8     // position in the run of capitalised tokens (0 if not in one)
	runLen      uint8     // length of that run, at most 255
	runHead     uint64    // lower-case hash of the first token of the run
	runTail     uint64    // lower-case hash of the last token of the run
	clu         uint32    // cluster code (clusters.go), 0 if none
	cid         uint16    // number of the cluster in the model's clusterIndex, 0 if none
	emb         uint32    // code of the word-vector cluster (Model.emb), 0 if none
}

// Document flags: what the same word (ignoring case) looks like elsewhere in
// the document.
const (
	dLowerElsewhere = 1 << iota // written in lower case somewhere
	dCapMid                     // capitalised (not all caps) inside a sentence that is not in capitals
	dCapFirst                   // capitalised at the start of a sentence
	dCaps                       // in a sentence in capitals
	dRepeated                   // occurs more than once
)

// Feature templates. Each feature key is mix(template, value...).
const (
	tBias uint64 = iota + 1
	tLow
	tRaw
	tLong
	tShort
	tPre
	tSuf
	tLowM1
	tLowP1
	tLowM2
	tLowP2
	tShortM1
	tShortP1
	tShort3
	tBigramL
	tBigramR
	tFirst
	tCapsSentShort
	tCapsSentLow
	tLex
	tLexM1
	tLexP1
	tGaz
	tGazM1
	tGazP1
	tDoc
	tDocShort
	tFlags
	tLenBucket
	tPrev1
	tPrev2
	tPrev1Low
	tPrev1Short
	tStage1Self
	tStage1M1
	tStage1P1
	tStage1P1Low
	tDocMajority
	tDocHas
	tDocMajShort
	tLowM1Short
	tShortLowP1
	tRunShape
	tRunHead
	tRunTail
	tRunBefore
	tRunAfter
	tStage1M2
	tStage1P2
	tClu
	tCluM1
	tCluP1
	tCluM2
	tCluP2
	tEmb
	tEmbM1
	tEmbP1
)

// sentinels for positions before and after the sentence.
const (
	hBOS = 0x5bd1e9955bd1e995
	hEOS = 0x27d4eb2f165667c5
)

// flagMask selects the flags used as a feature value (not the shortcut).
const flagMask = fUpper | fLower | fInitCap | fAllCaps | fDigit | fAlpha | fPunct | fFirst | fCapsSent

// staticFeatures appends the features of token i of sent that do not depend
// on tags: wordFeatures and contextFeatures.
func staticFeatures(dst []uint64, sent []tokInfo, i int) []uint64 {
	return contextFeatures(wordFeatures(dst, &sent[i]), sent, i)
}

// wordFeatures appends the features that depend on the token alone, so that
// their weights can be summed once per distinct word of a document.
func wordFeatures(dst []uint64, t *tokInfo) []uint64 {
	return cluFeatures(wordKeys(dst, t), tClu, t.clu)
}

// wordKeys appends the features of wordFeatures but the cluster ones,
// which the tagger sums per cluster (fastTables.clu).
func wordKeys(dst []uint64, t *tokInfo) []uint64 {
	dst = append(dst,
		mix(tLow, t.low),
		mix(tRaw, t.raw),
		mix(tLong, t.long),
		mix(tShort, t.short),
	)
	for k, h := range t.pre {
		if h != 0 {
			dst = append(dst, mix(tPre+uint64(k)<<8, h))
		}
	}
	for k, h := range t.suf {
		if h != 0 {
			dst = append(dst, mix(tSuf+uint64(k)<<8, h))
		}
	}
	if t.lex != 0 {
		dst = append(dst, mix(tLex, uint64(t.lex)))
	}
	return embFeatures(dst, mix(tEmb, caseClass(t)), t)
}

// caseClass sorts a token by its capitals: 0 none or mixed, 1 an initial
// capital, 2 all capitals. The vectors are of lower-case words, so that
// "Home" in "Home Affairs Committee" has the cluster of "home"; the word's
// own cluster features hold its class, so that a capitalised word of a
// cluster of common words is learnt apart from its lower-case form.
func caseClass(t *tokInfo) uint64 {
	switch {
	case t.fl&fAllCaps != 0:
		return 2
	case t.fl&fInitCap != 0:
		return 1
	}
	return 0
}

// embFeatures appends the features of the word-vector cluster of t (none
// for a word without one, or t nil).
func embFeatures(dst []uint64, tmpl uint64, t *tokInfo) []uint64 {
	if t == nil || t.emb == 0 {
		return dst
	}
	return cluFeatures(dst, tmpl, t.emb)
}

// contextFeatures appends the features of token i that depend on its
// neighbours, its position or the document.
func contextFeatures(dst []uint64, sent []tokInfo, i int) []uint64 {
	t := &sent[i]
	lowM1, lowM2, lowP1, lowP2 := uint64(hBOS), uint64(hBOS), uint64(hEOS), uint64(hEOS)
	shM1, shP1 := uint64(hBOS), uint64(hEOS)
	var lexM1, lexP1, gazM1, gazP1 uint64 = 0xff, 0xff, 0xff, 0xff
	if i > 0 {
		p := &sent[i-1]
		lowM1, shM1, lexM1, gazM1 = p.low, p.short, uint64(p.lex), uint64(p.gazB)|uint64(p.gazI)<<8
		if i > 1 {
			lowM2 = sent[i-2].low
		}
	}
	if i+1 < len(sent) {
		n := &sent[i+1]
		lowP1, shP1, lexP1, gazP1 = n.low, n.short, uint64(n.lex), uint64(n.gazB)|uint64(n.gazI)<<8
		if i+2 < len(sent) {
			lowP2 = sent[i+2].low
		}
	}
	caps := t.fl&fCapsSent != 0
	if i > 0 {
		dst = embFeatures(dst, tEmbM1, &sent[i-1])
	}
	if i+1 < len(sent) {
		dst = embFeatures(dst, tEmbP1, &sent[i+1])
	}
	for k, d := range cluOffsets {
		if j := i + d; j >= 0 && j < len(sent) {
			dst = cluFeatures(dst, cluTemplates[k], sent[j].clu)
		}
	}
	dst = append(dst,
		tBias,
		mix(tLowM1, lowM1),
		mix(tLowP1, lowP1),
		mix(tLowM2, lowM2),
		mix(tLowP2, lowP2),
		mix(tShortM1, shM1),
		mix(tShortP1, shP1),
		mix(mix(mix(tShort3, shM1), t.short), shP1),
		mix(mix(tBigramL, lowM1), t.low),
		mix(mix(tBigramR, t.low), lowP1),
		mix(tFlags, uint64(t.fl&flagMask)),
		mix(tLexM1, lexM1),
		mix(tLexP1, lexP1),
		mix(tGazM1, gazM1),
		mix(tGazP1, gazP1),
		mix(mix(tDocShort, uint64(t.doc)), t.short|uint64(t.fl&(fFirst|fCapsSent))),
	)
	if t.fl&fFirst != 0 {
		dst = append(dst, mix(tFirst, t.short), mix(mix(tFirst, t.low), 1))
	}
	if caps {
		dst = append(dst, mix(tCapsSentShort, t.short), mix(tCapsSentLow, t.low))
	}
	if g := uint64(t.gazB) | uint64(t.gazI)<<8; g != 0 {
		dst = append(dst, mix(tGaz, g), mix(mix(tGaz, g), uint64(t.fl&(fInitCap|fAllCaps))))
	}
	if t.doc != 0 {
		dst = append(dst, mix(tDoc, uint64(t.doc)))
	}
	dst = append(dst,
		mix(mix(tLowM1Short, lowM1), t.short),
		mix(mix(tShortLowP1, t.short), lowP1),
	)
	if t.runLen > 0 && !caps {
		pos := uint64(min(t.runPos, 3))
		if t.runPos == t.runLen {
			pos |= 4 // last of the run
		}
		before, after := uint64(hBOS), uint64(hEOS)
		if a := i - int(t.runPos); a >= 0 {
			before = sent[a].low
		}
		if b := i - int(t.runPos) + int(t.runLen) + 1; b < len(sent) {
			after = sent[b].low
		}
		dst = append(dst,
			mix(mix(tRunShape, pos), uint64(min(t.runLen, 5))),
			mix(mix(tRunHead, pos), t.runHead),
			mix(mix(tRunTail, pos), t.runTail),
			mix(tRunBefore, before),
			mix(tRunAfter, after),
		)
	}
	return dst
}

// secondFeatures appends the second-pass features of token i: the first-pass
// tags around it and how the first pass tagged the same word elsewhere in the
// document (counts excludes the token itself).
func secondFeatures(dst []uint64, sent []tokInfo, i int, counts *[5]uint16) []uint64 {
	t := &sent[i]
	m1, p1 := uint64(0xff), uint64(0xff)
	if i > 0 {
		m1 = uint64(sent[i-1].first)
	}
	if i+1 < len(sent) {
		p1 = uint64(sent[i+1].first)
	}
	m2, p2 := uint64(0xff), uint64(0xff)
	if i > 1 {
		m2 = uint64(sent[i-2].first)
	}
	if i+2 < len(sent) {
		p2 = uint64(sent[i+2].first)
	}
	dst = append(dst,
		mix(tStage1M2, m2),
		mix(tStage1P2, p2),
		mix(tStage1Self, uint64(t.first)),
		mix(tStage1M1, m1),
		mix(tStage1P1, p1),
		mix(mix(tStage1P1Low, p1), t.low),
	)
	best, total := 0, 0
	for k, c := range counts {
		total += int(c)
		if c > 0 {
			dst = append(dst, mix(tDocHas, uint64(k)))
		}
		if c > counts[best] {
			best = k
		}
	}
	if total > 0 {
		dst = append(dst, mix(tDocMajority, uint64(best)), mix(mix(tDocMajShort, uint64(best)), t.short))
	}
	return dst
}

// keepFirst reports whether the second pass keeps the first pass's O for t
// without scoring it: t has no capital letter, the first pass tagged it O and
// no entity is open before it. This halves the second pass's work on running
// text at no cost in accuracy.
func keepFirst(t *tokInfo, p1 label) bool {
	return t.fl&fUpper == 0 && t.first == 0 && !p1.open()
}

// tagFeatures appends the features that depend on the two previous tags.
func tagFeatures(dst []uint64, t *tokInfo, p1, p2 label) []uint64 {
	return append(dst,
		mix(tPrev1, uint64(p1)),
		mix(tPrev2, uint64(p1)|uint64(p2)<<5),
		mix(mix(tPrev1Low, uint64(p1)), t.low),
		mix(mix(tPrev1Short, uint64(p1)), t.short),
	)
}

// The two-pass tagger (fast.go) sums the weights of staticFeatures in
// groups that it can reuse: the features of a word alone (with tBias), its
// self features, and its features as the left or right neighbour of
// another token. The functions below split contextFeatures into those
// groups; together with wordFeatures and tBias they give exactly the keys
// of staticFeatures (the tests check it).

// selfFeatures appends the features of t that depend only on its word, its
// document flags and whether it starts a sentence or is in a sentence in
// capitals: tFlags, tDocShort and tDoc.
func selfFeatures(dst []uint64, t *tokInfo) []uint64 {
	dst = append(dst,
		mix(tFlags, uint64(t.fl&flagMask)),
		mix(mix(tDocShort, uint64(t.doc)), t.short|uint64(t.fl&(fFirst|fCapsSent))),
	)
	if t.doc != 0 {
		dst = append(dst, mix(tDoc, uint64(t.doc)))
	}
	return dst
}

// markFeatures appends the features of a token that starts a sentence or is
// in a sentence in capitals (none for other tokens).
func markFeatures(dst []uint64, t *tokInfo) []uint64 {
	if t.fl&fFirst != 0 {
		dst = append(dst, mix(tFirst, t.short), mix(mix(tFirst, t.low), 1))
	}
	if t.fl&fCapsSent != 0 {
		dst = append(dst, mix(tCapsSentShort, t.short), mix(tCapsSentLow, t.low))
	}
	return dst
}

// leftFeatures appends the features that the word p gives the token after
// it; p nil stands for the start of the sentence.
func leftFeatures(dst []uint64, p *tokInfo) []uint64 {
	if p != nil {
		dst = cluFeatures(dst, tCluM1, p.clu)
	}
	return leftKeys(dst, p)
}

// leftKeys appends the features of leftFeatures but the cluster ones.
func leftKeys(dst []uint64, p *tokInfo) []uint64 {
	low, short, lex := uint64(hBOS), uint64(hBOS), uint64(0xff)
	if p != nil {
		low, short, lex = p.low, p.short, uint64(p.lex)
	}
	return embFeatures(append(dst, mix(tLowM1, low), mix(tShortM1, short), mix(tLexM1, lex)), tEmbM1, p)
}

// rightFeatures appends the features that the word n gives the token
// before it; n nil stands for the end of the sentence.
func rightFeatures(dst []uint64, n *tokInfo) []uint64 {
	if n != nil {
		dst = cluFeatures(dst, tCluP1, n.clu)
	}
	return rightKeys(dst, n)
}

// rightKeys appends the features of rightFeatures but the cluster ones.
func rightKeys(dst []uint64, n *tokInfo) []uint64 {
	low, short, lex := uint64(hEOS), uint64(hEOS), uint64(0xff)
	if n != nil {
		low, short, lex = n.low, n.short, uint64(n.lex)
	}
	return embFeatures(append(dst, mix(tLowP1, low), mix(tShortP1, short), mix(tLexP1, lex)), tEmbP1, n)
}

// farFeatures appends the cluster features of the words two tokens before
// and after token i (none beyond the ends of the sentence). They depend on
// the clusters alone, so the tagger sums them once per cluster
// (fastTables.clu).
func farFeatures(dst []uint64, sent []tokInfo, i int) []uint64 {
	if i > 1 {
		dst = cluFeatures(dst, tCluM2, sent[i-2].clu)
	}
	if i+2 < len(sent) {
		dst = cluFeatures(dst, tCluP2, sent[i+2].clu)
	}
	return dst
}

// cluOffsets are the positions of the neighbours whose clusters are
// features, and cluTemplates their templates.
var (
	cluOffsets   = [4]int{-1, 1, -2, 2}
	cluTemplates = [4]uint64{tCluM1, tCluP1, tCluM2, tCluP2}
)

// restFeatures appends the features of contextFeatures that are in none of
// the groups above: the ones that combine the token with its neighbours,
// the words two tokens away, the word lists of the neighbours and the runs
// of capitalised tokens.
func restFeatures(dst []uint64, sent []tokInfo, i int) []uint64 {
	t := &sent[i]
	lowM1, lowM2, lowP1, lowP2 := uint64(hBOS), uint64(hBOS), uint64(hEOS), uint64(hEOS)
	shM1, shP1 := uint64(hBOS), uint64(hEOS)
	var gazM1, gazP1 uint64 = 0xff, 0xff
	if i > 0 {
		p := &sent[i-1]
		lowM1, shM1, gazM1 = p.low, p.short, uint64(p.gazB)|uint64(p.gazI)<<8
		if i > 1 {
			lowM2 = sent[i-2].low
		}
	}
	if i+1 < len(sent) {
		n := &sent[i+1]
		lowP1, shP1, gazP1 = n.low, n.short, uint64(n.gazB)|uint64(n.gazI)<<8
		if i+2 < len(sent) {
			lowP2 = sent[i+2].low
		}
	}
	dst = append(dst,
		mix(tLowM2, lowM2),
		mix(tLowP2, lowP2),
		mix(mix(mix(tShort3, shM1), t.short), shP1),
		mix(mix(tBigramL, lowM1), t.low),
		mix(mix(tBigramR, t.low), lowP1),
		mix(tGazM1, gazM1),
		mix(tGazP1, gazP1),
		mix(mix(tLowM1Short, lowM1), t.short),
		mix(mix(tShortLowP1, t.short), lowP1),
	)
	if g := uint64(t.gazB) | uint64(t.gazI)<<8; g != 0 {
		dst = append(dst, mix(tGaz, g), mix(mix(tGaz, g), uint64(t.fl&(fInitCap|fAllCaps))))
	}
	if t.runLen > 0 && t.fl&fCapsSent == 0 {
		pos := uint64(min(t.runPos, 3))
		if t.runPos == t.runLen {
			pos |= 4 // last of the run
		}
		before, after := uint64(hBOS), uint64(hEOS)
		if a := i - int(t.runPos); a >= 0 {
			before = sent[a].low
		}
		if b := i - int(t.runPos) + int(t.runLen) + 1; b < len(sent) {
			after = sent[b].low
		}
		dst = append(dst,
			mix(mix(tRunShape, pos), uint64(min(t.runLen, 5))),
			mix(mix(tRunHead, pos), t.runHead),
			mix(mix(tRunTail, pos), t.runTail),
			mix(tRunBefore, before),
			mix(tRunAfter, after),
		)
	}
	return dst
}

// tagWordFeatures appends the two features of tagFeatures that combine the
// previous tag with the word; tagFeatures is tPrev1, tPrev2 and these.
func tagWordFeatures(dst []uint64, t *tokInfo, p1 label) []uint64 {
	return append(dst,
		mix(mix(tPrev1Low, uint64(p1)), t.low),
		mix(mix(tPrev1Short, uint64(p1)), t.short),
	)
}

// lexicalFeatures appends the features of token i that name its word
// itself: the word, its normalised form, the bigrams with its neighbours
// and the word at the start of a sentence or in capitals. Training leaves
// them out now and then (TrainOptions.WordDropout).
func lexicalFeatures(dst []uint64, sent []tokInfo, i int) []uint64 {
	t := &sent[i]
	lowM1, lowP1 := uint64(hBOS), uint64(hEOS)
	if i > 0 {
		lowM1 = sent[i-1].low
	}
	if i+1 < len(sent) {
		lowP1 = sent[i+1].low
	}
	dst = append(dst,
		mix(tLow, t.low),
		mix(tRaw, t.raw),
		mix(mix(tBigramL, lowM1), t.low),
		mix(mix(tBigramR, t.low), lowP1),
	)
	if t.fl&fFirst != 0 {
		dst = append(dst, mix(mix(tFirst, t.low), 1))
	}
	if t.fl&fCapsSent != 0 {
		dst = append(dst, mix(tCapsSentLow, t.low))
	}
	return dst
}

// partitionLexical moves the keys of lexicalFeatures of token i to the
// front of keys (the static features of the token) and returns how many
// there are.
func partitionLexical(keys []uint64, sent []tokInfo, i int) int {
	var buf [8]uint64
	lex := lexicalFeatures(buf[:0], sent, i)
	n := 0
	for j, k := range keys {
		for _, l := range lex {
			if k == l {
				keys[n], keys[j] = keys[j], keys[n]
				n++
				break
			}
		}
	}
	return n
}
