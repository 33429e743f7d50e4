package ner

// wordCache keeps the weight sums of words (fast.go) across the documents
// that one scratch tags, so that a word seen before costs a probe of this
// table instead of a dozen look-ups in the model. It is direct-mapped: a
// word takes the slot of its hash, and the word that had the slot is
// forgotten.
type wordCache struct {
	ents []wordEntry // wordCacheSlots entries once used
	sink uint8       // see touch
}

// wordCacheBits sets the number of words a wordCache holds: 2^13, in about
// 5.7 MB (twice as many gained a few per cent on the BBC archive, not worth
// the memory).
const (
	wordCacheBits  = 13
	wordCacheSlots = 1 << wordCacheBits
)

// Parts of a wordEntry, as bits of wordEntry.have.
const (
	haveUsed  = 1 << iota // the entry belongs to a word
	haveWord              // word
	havePlain             // plain, for the document flags doc
	haveLeft              // left
	haveRight             // right
	haveTagO              // tagO
)

// wordEntry holds the weight sums of one word, identified by the hashes of
// its normalised and lower-case forms. A part is filled the first time it
// is needed.
type wordEntry struct {
	raw, low uint64
	have     uint8
	doc      uint8 // document flags of plain
	word     vec2  // tBias and wordFeatures
	plain    vec2  // word plus selfFeatures, for a token that neither starts a sentence nor is in capitals
	left     vec2  // leftFeatures of the word
	right    vec2  // rightFeatures of the word
	tagO     vec2  // tagWordFeatures after the label O
}

// slot returns the entry of the cache where the word of t goes.
func (c *wordCache) slot(t *tokInfo) *wordEntry {
	return &c.ents[(t.raw*0x9E3779B97F4A7C15)>>(64-wordCacheBits)]
}

// touch reads the entries of the tokens that tagging will look up (the
// tokens near a capitalised one, and their neighbours) in one loop, so
// that their cache misses overlap instead of coming one by one.
func (c *wordCache) touch(toks []tokInfo) {
	if c.ents == nil {
		return
	}
	var sink uint8
	for i := range toks {
		near := toks[i].fl & fTrigger
		if i > 0 {
			near |= toks[i-1].fl & fTrigger
		}
		if i+1 < len(toks) {
			near |= toks[i+1].fl & fTrigger
		}
		if near != 0 {
			sink += c.slot(&toks[i]).have
		}
	}
	c.sink = sink // keeps the loads
}

// entry returns the entry of the word of t, emptied if it held another
// word. The entry stays valid until the next call.
func (c *wordCache) entry(t *tokInfo) *wordEntry {
	if c.ents == nil {
		c.ents = make([]wordEntry, wordCacheSlots)
	}
	e := c.slot(t)
	if e.have&haveUsed == 0 || e.raw != t.raw || e.low != t.low {
		e.raw, e.low, e.have = t.raw, t.low, haveUsed
	}
	return e
}
