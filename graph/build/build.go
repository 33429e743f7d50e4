package build

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
)

// Window is the unit of text inside which two actors count as mentioned
// together.
type Window string

// The co-mention windows.
const (
	WindowSentence  Window = "sentence"
	WindowParagraph Window = "paragraph"
	WindowDocument  Window = "document"
)

// ParseWindow parses a window name; the empty string means sentence.
func ParseWindow(s string) (Window, error) {
	switch w := Window(strings.ToLower(s)); w {
	case WindowSentence, WindowParagraph, WindowDocument:
		return w, nil
	case "":
		return WindowSentence, nil
	}
	return "", fmt.Errorf("unknown window %q (want sentence, paragraph or document)", s)
}

// DefaultMaxEvidence is the number of example sentences stored with each
// edge when BuildOptions.MaxEvidence is 0. Counts always cover all evidence;
// only the stored sentence texts are capped, so that the graph file grows
// with the number of edges and not with the corpus.
const DefaultMaxEvidence = 5

// BuildOptions configures a Builder.
type BuildOptions struct {
	Window Window
	// MaxEvidence caps the example sentences kept per edge and per stance
	// (DefaultMaxEvidence if 0, unlimited if negative). The examples kept
	// are those with the smallest (document ID, byte offset) keys, a rule
	// that does not depend on the order in which extractions are merged.
	MaxEvidence int
	// MaxStatements caps the statements stored in the graph (unlimited if
	// 0); the kept ones are those with the smallest (document ID, offset)
	// keys. Stance counts always cover all statements.
	MaxStatements int
	// MaxRefs caps the references (sentences without text) kept per edge
	// beyond its examples: 0 keeps them all, as the graph's evidence
	// principle asks; a positive cap keeps those with the smallest
	// (document ID, offset) keys, for archives so large that even
	// references (about 20 bytes each in the file) are too many.
	MaxRefs int
	// Sources says what to do with mentions that cite an outlet as the
	// source of news ("X reported", "told X"): SourcesDrop (the default)
	// leaves them out, SourcesKeep counts them as co-mentions.
	Sources SourcePolicy
}

func (o BuildOptions) maxEvidence() int {
	switch {
	case o.MaxEvidence == 0:
		return DefaultMaxEvidence
	case o.MaxEvidence < 0:
		return int(^uint(0) >> 1)
	}
	return o.MaxEvidence
}

// Builder accumulates extractions into a graph. Add and Merge are
// associative and commutative: any split of a corpus into parts, added in
// any order and merged in any order, yields the same Graph. A Builder is not
// safe for concurrent use; give each worker its own and Merge them.
type Builder struct {
	opts       BuildOptions
	docs       map[string]graph.DocRef
	actors     map[string]*actorAcc
	edges      map[[2]string]*edgeAcc
	stances    map[[2]string]*stanceAcc
	statements []stmtAcc
	// quotes holds, per speaker key, the statements whose sentence text
	// is stored (MaxEvidence per speaker, smallest keys); the others keep
	// only their references.
	quotes map[string][]evRef
	places map[string]*placeAcc
	// docNums numbers document IDs for the references; docIDs maps back.
	docNums map[string]int32
	docIDs  []string
	// owned holds the sentence texts of the document being added that
	// are kept as examples, cloned once however many edges cite them
	// (keyed by span).
	owned map[extract.Span]string
	// strs holds one copy of every name the builder keeps (see str).
	strs   map[string]string
	folded int
	// table holds the options of a record table once its options record
	// was read (AddRecord).
	table *BuildOptions
	// docKeys maps the actor names of the document being added to their
	// keys; it is not part of the result.
	docKeys map[string]string
	// oneWord maps the ID of each dated document to the one-word actor
	// keys it mentions (the actors that a surname merge may concern; see
	// Node.Seen).
	oneWord map[string][]string
	// day is the day of the document being added, if dated.
	day   graph.Day
	dated bool
	// scratch is addComentions' working space; not part of the result.
	scratch comentionScratch
	// consume is set by Finish: the final pass releases each co-mention,
	// stance and statement once it is part of the graph.
	consume bool
}

// evRef is evidence keyed by document ID until the graph is finalised.
type evRef struct {
	Doc      string
	Sentence int
	Span     extract.Span
	Text     string
}

func evLess(a, b evRef) int {
	if c := strings.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	return cmp.Compare(a.Span.Start, b.Span.Start)
}

type actorAcc struct {
	names        tally[string] // display name -> mentions
	kinds        tally[extract.Kind]
	affiliations tally[string]
	aliases      tally[string] // the forms that name it (counts unused)
	mentions     int
	documents    int
	days         []actorDayAcc
	// Evidence for the corpus-level resolution (resolve.go): context
	// votes, the types the gazetteer gave it, gazetteer hints.
	ev actorEvidence
}

type edgeAcc struct {
	weight    int
	documents int
	evidence  []evRef
	refs      []refAcc
	days      []graph.DayCount
}

// refAcc is a compact reference (16 bytes) to one sentence behind an
// edge: doc is the builder's number for the document ID (docNum), which
// does not depend on the input order only after finalisation maps it to
// the sorted document index.
type refAcc struct {
	doc, sentence, start, end int32
}

// refLess orders references by document ID, then offset.
func (b *Builder) refLess(x, y refAcc) int {
	if x.doc != y.doc {
		return strings.Compare(b.docIDs[x.doc], b.docIDs[y.doc])
	}
	return cmp.Compare(x.start, y.start)
}

// refOf returns the reference of e, whose document has number doc.
func refOf(doc int32, e evRef) refAcc {
	return refAcc{doc: doc, sentence: int32(e.Sentence), start: int32(e.Span.Start), end: int32(e.Span.End)}
}

// docNum returns the builder's number for a document ID.
func (b *Builder) docNum(id string) int32 {
	if n, ok := b.docNums[id]; ok {
		return n
	}
	n := int32(len(b.docIDs))
	b.docNums[id] = n
	b.docIDs = append(b.docIDs, id)
	return n
}

// sortedRefs returns list sorted by (document ID, offset) without repeats;
// it reorders list in place.
func (b *Builder) sortedRefs(list []refAcc) []refAcc {
	slices.SortFunc(list, b.refLess)
	return slices.CompactFunc(list, func(x, y refAcc) bool { return b.refLess(x, y) == 0 })
}

// addRefs appends refs to list and, with a cap, trims it to the smallest
// keys once it holds twice the cap.
func (b *Builder) addRefs(list []refAcc, refs ...refAcc) []refAcc {
	list = append(list, refs...)
	if c := b.opts.MaxRefs; c > 0 && len(list) > 2*c {
		list = b.sortedRefs(list)
		if len(list) > c {
			list = slices.Clip(list[:c])
		}
	}
	return list
}

type stanceAcc struct {
	pos, neg, neu int
	evidence      []evRef
	days          []graph.StanceDay
	conf          [3]int64 // confidence weights of the -1, 0, 1 statements (confWeight)
}

type stmtAcc struct {
	speaker  string
	targets  []string
	cue      string
	polarity int
	issue    string
	ev       evRef
	conf     float64   // confidence of polarity
	tpol     []int     // polarity towards each of targets
	tconf    []float64 // its confidence
}

type placeAcc struct {
	mentions, documents int
	days                []graph.DayCount
}

// NewBuilder returns an empty Builder.
func NewBuilder(opts BuildOptions) *Builder {
	if opts.Window == "" {
		opts.Window = WindowSentence
	}
	return &Builder{
		opts:    opts,
		docs:    make(map[string]graph.DocRef),
		actors:  make(map[string]*actorAcc),
		edges:   make(map[[2]string]*edgeAcc),
		stances: make(map[[2]string]*stanceAcc),
		quotes:  make(map[string][]evRef),
		docNums: make(map[string]int32),
		owned:   make(map[extract.Span]string),
		strs:    make(map[string]string),
		places:  make(map[string]*placeAcc),
		oneWord: make(map[string][]string),
	}
}

// setOptions replaces the builder's options and trims what it holds to
// the new caps, keeping the examples and references with the smallest
// keys, as adding under those caps would have.
func (b *Builder) setOptions(opts BuildOptions) {
	if opts.Window == "" {
		opts.Window = WindowSentence
	}
	b.opts = opts
	limit := opts.maxEvidence()
	trim := func(list []evRef) []evRef {
		if len(list) > limit {
			return slices.Clip(list[:limit])
		}
		return list
	}
	for _, e := range b.edges {
		e.evidence = trim(e.evidence)
		if c := opts.MaxRefs; c > 0 && len(e.refs) > c {
			e.refs = b.sortedRefs(e.refs)
			e.refs = slices.Clip(e.refs[:min(c, len(e.refs))])
		}
	}
	for _, s := range b.stances {
		s.evidence = trim(s.evidence)
	}
	for k, q := range b.quotes {
		b.quotes[k] = trim(q)
	}
}

// Fold records that n documents were left out as duplicates.
func (b *Builder) Fold(n int) { b.folded += n }

// key returns the identity across documents of an actor of the document
// being added: its extract.Actor.Key, or the name itself for a name that no
// actor of the document carries.
func (b *Builder) key(name string) string {
	if k, ok := b.docKeys[name]; ok {
		return k
	}
	return b.str(name)
}

// str returns the builder's own copy of s. The names of an extraction are
// slices of its document's text, and a name kept as a map key or a field
// would keep the whole text in memory for as long as the builder lives
// (about 80 MB of the 100 MB BBC corpus); each distinct name is copied
// once instead.
func (b *Builder) str(s string) string {
	if t, ok := b.strs[s]; ok {
		return t
	}
	t := strings.Clone(s)
	b.strs[t] = t
	return t
}

// Add merges one document's extraction into the builder. Adding the same
// document ID twice counts it twice; duplicate detection happens before.
func (b *Builder) Add(x *extract.Extraction) {
	if b.opts.Sources != SourcesKeep {
		x = withoutSources(x)
	}
	d := x.Document
	if d.ID == "" {
		d.ID = x.Doc
	}
	b.docs[d.ID] = graph.DocRef{ID: d.ID, Title: strings.Clone(firstNonEmpty(d.Title, x.Title)),
		Date: b.str(firstNonEmpty(d.Date, x.Date)), URL: strings.Clone(firstNonEmpty(d.URL, x.URL)), Path: d.Path,
		Line: d.Line, Digest: TextDigest(x.Text)}
	b.day, b.dated = graph.ParseDay(b.docs[d.ID].Date)

	clear(b.docKeys)
	if b.docKeys == nil {
		b.docKeys = make(map[string]string, len(x.Actors))
	}
	for _, a := range x.Actors {
		k := a.Key
		if k == "" {
			k = a.Name
		}
		b.docKeys[a.Name] = b.str(unitKey(k, a, d.ID))
	}
	for _, a := range x.Actors {
		k := b.key(a.Name)
		acc := b.actors[k]
		if acc == nil {
			acc = newActorAcc()
			b.actors[k] = acc
		}
		acc.names.add(b.str(a.Name), max(a.Mentions, 1))
		if a.Canonical != "" && !acc.names.has(a.Canonical) {
			acc.names.add(b.str(a.Canonical), 0) // a candidate for displayName, with no mentions of its own
		}
		acc.kinds.add(a.Type, 1) // one vote per document: see typeOf
		if a.Affiliation != "" {
			acc.affiliations.add(b.str(a.Affiliation), 1) // one vote per document: see affiliationOf
		}
		acc.aliases.add(b.str(a.Name), 0)
		for _, al := range a.Aliases {
			acc.aliases.add(b.str(al), 0)
		}
		acc.mentions += a.Mentions
		acc.documents++
		if b.dated {
			acc.days = addActorDay(acc.days, b.day, a)
			b.noteOneWord(d.ID, k)
		}
		acc.ev.add(a)
	}
	b.addThings(d.ID, x.Things)
	for _, p := range x.Places {
		acc := b.places[p.Name]
		if acc == nil {
			acc = &placeAcc{}
			b.places[b.str(p.Name)] = acc
		}
		acc.mentions += p.Mentions
		acc.documents++
		if b.dated {
			acc.days = addDayCount(acc.days, b.day, p.Mentions, 1)
		}
	}
	b.addComentions(d.ID, x)
	b.addStatements(d.ID, x)
	clear(b.owned) // the next document's spans are other sentences
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// windowOf returns the window index of a sentence.
func (b *Builder) windowOf(s extract.Sentence) int {
	switch b.opts.Window {
	case WindowParagraph:
		return s.Paragraph
	case WindowDocument:
		return 0
	}
	return s.Index
}

func (b *Builder) addComentions(doc string, x *extract.Extraction) {
	if len(x.Mentions) == 0 {
		return
	}
	// The first sentence that mentions each actor key in each window, in
	// the order of the mentions, and which sentences mention which keys.
	sc := &b.scratch
	sc.reset()
	for _, m := range x.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(x.Sentences) {
			continue
		}
		k := b.key(m.Actor)
		sc.inSentence[unitPlace{m.Sentence, k}] = struct{}{}
		w := b.windowOf(x.Sentences[m.Sentence])
		if _, seen := sc.inWindow[unitPlace{w, k}]; !seen {
			sc.inWindow[unitPlace{w, k}] = struct{}{}
			sc.firsts = append(sc.firsts, windowFirst{w, k, m.Sentence})
		}
	}
	// Windows in order; within one, keys in order of first mention.
	slices.SortStableFunc(sc.firsts, func(a, c windowFirst) int { return cmp.Compare(a.window, c.window) })
	dn := b.docNum(doc)
	for lo := 0; lo < len(sc.firsts); {
		hi := lo + 1
		for hi < len(sc.firsts) && sc.firsts[hi].window == sc.firsts[lo].window {
			hi++
		}
		fs := sc.firsts[lo:hi]
		lo = hi
		for i := 0; i < len(fs); i++ {
			for j := i + 1; j < len(fs); j++ {
				a, c := fs[i], fs[j]
				if a.key == c.key {
					continue
				}
				if a.key > c.key {
					a, c = c, a
				}
				pair := [2]string{a.key, c.key}
				// Evidence: the first sentence of the window that names
				// both, else the later of the two first mentions.
				sent := max(a.sentence, c.sentence)
				for s := min(a.sentence, c.sentence); s <= sent; s++ {
					if sc.mentions(s, a.key) && sc.mentions(s, c.key) {
						sent = s
						break
					}
				}
				acc := b.edges[pair]
				if acc == nil {
					acc = &edgeAcc{}
					b.edges[pair] = acc
				}
				acc.weight++
				_, counted := sc.inDoc[pair]
				if !counted {
					sc.inDoc[pair] = struct{}{}
					acc.documents++
				}
				if b.dated {
					acc.days = addDayCount(acc.days, b.day, 1, b2i(!counted))
				}
				ev := sentenceRef(doc, x, sent)
				acc.evidence = b.keepNew(acc.evidence, ev)
				acc.refs = b.addRefs(acc.refs, refOf(dn, ev))
			}
		}
	}
}

// unitPlace is an actor key in a sentence or a window.
type unitPlace struct {
	at  int
	key string
}

// windowFirst is the first sentence that mentions an actor key in a
// window.
type windowFirst struct {
	window   int
	key      string
	sentence int
}

// comentionScratch holds addComentions' working sets for one document,
// kept from one document to the next so that adding a document does not
// allocate them again (Add runs beside the extraction workers, and its
// garbage is collected on their time).
type comentionScratch struct {
	inSentence map[unitPlace]struct{} // the keys each sentence mentions
	inWindow   map[unitPlace]struct{} // the keys each window mentions
	firsts     []windowFirst          // in order of first mention
	inDoc      map[[2]string]struct{} // the pairs counted for this document
}

// maxScratch is the size above which a working set is made anew instead
// of cleared, so that one long document does not make clearing slow for
// all the ones after it.
const maxScratch = 1 << 12

// reset empties the working sets.
func (sc *comentionScratch) reset() {
	if sc.inSentence == nil || len(sc.inSentence) > maxScratch {
		sc.inSentence = map[unitPlace]struct{}{}
	} else {
		clear(sc.inSentence)
	}
	if sc.inWindow == nil || len(sc.inWindow) > maxScratch {
		sc.inWindow = map[unitPlace]struct{}{}
	} else {
		clear(sc.inWindow)
	}
	if sc.inDoc == nil || len(sc.inDoc) > maxScratch {
		sc.inDoc = map[[2]string]struct{}{}
	} else {
		clear(sc.inDoc)
	}
	if cap(sc.firsts) > maxScratch {
		sc.firsts = nil
	}
	clear(sc.firsts) // no key strings kept alive
	sc.firsts = sc.firsts[:0]
}

// mentions reports whether sentence s mentions actor key k.
func (sc *comentionScratch) mentions(s int, k string) bool {
	_, ok := sc.inSentence[unitPlace{s, k}]
	return ok
}

func sentenceRef(doc string, x *extract.Extraction, i int) evRef {
	s := x.Sentences[i]
	text := ""
	if s.Start >= 0 && s.End <= len(x.Text) && s.Start <= s.End {
		text = x.Text[s.Start:s.End]
	}
	return evRef{Doc: doc, Sentence: i, Span: s.Span, Text: text}
}

// keepEvidence inserts e into the sorted list and trims it to the cap.
func (b *Builder) keepEvidence(list []evRef, e evRef) []evRef {
	return b.insertEvidence(list, e, false)
}

// keepNew is keepEvidence for evidence of the document being added: its
// text is a slice of the document's text, which would stay in memory as
// long as the example does, so it is cloned (once per sentence) when kept.
func (b *Builder) keepNew(list []evRef, e evRef) []evRef {
	return b.insertEvidence(list, e, true)
}

func (b *Builder) insertEvidence(list []evRef, e evRef, own bool) []evRef {
	i, found := slices.BinarySearchFunc(list, e, evLess)
	if found {
		return list
	}
	limit := b.opts.maxEvidence()
	if i >= limit {
		return list
	}
	if own {
		t, ok := b.owned[e.Span]
		if !ok {
			t = strings.Clone(e.Text)
			b.owned[e.Span] = t
		}
		e.Text = t
	}
	if len(list) < limit {
		return slices.Insert(list, i, e)
	}
	copy(list[i+1:], list[i:len(list)-1])
	list[i] = e
	return list
}

// addStatements adds the statements of one document. A statement of the
// headline whose speaker also has a statement in the body is left out: the
// headline sums up what the body reports, and one position counts once.
func (b *Builder) addStatements(doc string, x *extract.Extraction) {
	var inBody map[string]bool
	for _, s := range x.Statements {
		if !s.Headline {
			if inBody == nil {
				inBody = map[string]bool{}
			}
			inBody[b.key(s.Speaker)] = true
		}
	}
	for _, s := range x.Statements {
		if s.Headline && inBody[b.key(s.Speaker)] {
			continue
		}
		ev := evRef{Doc: doc, Sentence: s.SentenceIndex, Span: s.Span, Text: s.Text}
		sk := b.key(s.Speaker)
		// The statement record keeps a reference; the speaker's first
		// quotes keep the text.
		b.quotes[sk] = b.keepNew(b.quotes[sk], ev)
		var targets []string
		var tpol []int
		var tconf []float64
		for i, t := range s.Targets {
			tk := b.key(t)
			if tk == sk || slices.Contains(targets, tk) {
				continue
			}
			tp, tc := targetStance(s, i)
			targets, tpol, tconf = append(targets, tk), append(tpol, tp), append(tconf, tc)
			pair := [2]string{sk, tk}
			acc := b.stances[pair]
			if acc == nil {
				acc = &stanceAcc{}
				b.stances[pair] = acc
			}
			switch {
			case tp > 0:
				acc.pos++
			case tp < 0:
				acc.neg++
			default:
				acc.neu++
			}
			var w [3]int64
			w[tp+1] = confWeight(tc)
			if b.dated {
				acc.days = addStanceDay(acc.days, b.day, b2i(tp > 0), b2i(tp < 0), b2i(tp == 0), w)
			}
			acc.conf[tp+1] += w[tp+1]
			acc.evidence = b.keepNew(acc.evidence, ev)
		}
		sortTargets(targets, tpol, tconf)
		ev.Text = ""
		b.statements = append(b.statements, stmtAcc{speaker: sk, targets: targets, cue: s.Cue,
			polarity: sign(s.Polarity), issue: s.Issue, ev: ev, conf: s.Confidence, tpol: tpol, tconf: tconf})
	}
	if b.opts.MaxStatements > 0 && len(b.statements) > 2*b.opts.MaxStatements {
		b.trimStatements()
	}
}

func sign(p int) int {
	switch {
	case p > 0:
		return 1
	case p < 0:
		return -1
	}
	return 0
}

func stmtLess(a, c stmtAcc) int {
	if r := evLess(a.ev, c.ev); r != 0 {
		return r
	}
	return strings.Compare(a.speaker, c.speaker)
}

func (b *Builder) trimStatements() {
	slices.SortFunc(b.statements, stmtLess)
	if b.opts.MaxStatements > 0 && len(b.statements) > b.opts.MaxStatements {
		b.statements = b.statements[:b.opts.MaxStatements]
	}
}

// Merge adds everything accumulated in o to b. o must not be used afterwards.
func (b *Builder) Merge(o *Builder) {
	for id, d := range o.docs {
		b.docs[id] = d
	}
	for k, oa := range o.actors {
		b.mergeActor(k, oa)
	}
	// o's document numbers become b's before its references move over.
	remap := make([]int32, len(o.docIDs))
	for i, id := range o.docIDs {
		remap[i] = b.docNum(id)
	}
	for k, oe := range o.edges {
		for i := range oe.refs {
			oe.refs[i].doc = remap[oe.refs[i].doc]
		}
		b.mergeEdge(k, oe)
	}
	for k, os := range o.stances {
		b.mergeStance(k, os)
	}
	b.statements = append(b.statements, o.statements...)
	for k, oq := range o.quotes {
		b.mergeQuotes(k, oq)
	}
	if b.opts.MaxStatements > 0 && len(b.statements) > 2*b.opts.MaxStatements {
		b.trimStatements()
	}
	for k, op := range o.places {
		b.mergePlace(k, op)
	}
	b.folded += o.folded
	for id, ks := range o.oneWord {
		for _, k := range ks {
			b.noteOneWord(id, k)
		}
	}
}

func (b *Builder) mergeActor(k string, oa *actorAcc) {
	a := b.actors[k]
	if a == nil {
		b.actors[k] = oa
		return
	}
	a.merge(oa, false)
}

func newActorAcc() *actorAcc {
	return &actorAcc{}
}

// merge adds o's counts to a. With namesAsAliases, o's display names
// become aliases of a and cannot name it (a surname-only actor merged into
// a full name).
func (a *actorAcc) merge(o *actorAcc, namesAsAliases bool) {
	if namesAsAliases {
		for n := range o.names.all() {
			a.aliases.add(n, 0)
		}
	} else {
		a.names.addAll(&o.names)
	}
	a.kinds.addAll(&o.kinds)
	a.affiliations.addAll(&o.affiliations)
	a.aliases.addAll(&o.aliases)
	a.mentions += o.mentions
	a.documents += o.documents
	a.days = mergeActorDays(a.days, o.days)
	a.ev.merge(&o.ev)
}

func (b *Builder) mergeEdge(k [2]string, oe *edgeAcc) {
	if e := b.edges[k]; e != nil {
		b.addEdge(e, oe)
		return
	}
	b.edges[k] = oe
}

// addEdge adds o's counts, evidence and references to e.
func (b *Builder) addEdge(e, o *edgeAcc) {
	e.weight += o.weight
	e.documents += o.documents
	e.days = mergeDayCounts(e.days, o.days)
	for _, ev := range o.evidence {
		e.evidence = b.keepEvidence(e.evidence, ev)
	}
	e.refs = b.addRefs(e.refs, o.refs...)
}

// quoteText returns the stored text of statement s: set when s is among
// its speaker's quotes, empty otherwise.
func (b *Builder) quoteText(s stmtAcc) string {
	q := b.quotes[s.speaker]
	if i, ok := slices.BinarySearchFunc(q, s.ev, evLess); ok {
		return q[i].Text
	}
	return ""
}

// mergeQuotes adds the quoted statements of speaker k from another builder.
func (b *Builder) mergeQuotes(k string, list []evRef) {
	q := b.quotes[k]
	for _, ev := range list {
		q = b.keepEvidence(q, ev)
	}
	b.quotes[k] = q
}

func (b *Builder) mergeStance(k [2]string, os *stanceAcc) {
	if s := b.stances[k]; s != nil {
		b.addStance(s, os)
		return
	}
	b.stances[k] = os
}

// addStance adds o's counts and evidence to s.
func (b *Builder) addStance(s, o *stanceAcc) {
	s.pos += o.pos
	s.neg += o.neg
	s.neu += o.neu
	s.days = mergeStanceDays(s.days, o.days)
	for i := range s.conf {
		s.conf[i] += o.conf[i]
	}
	for _, ev := range o.evidence {
		s.evidence = b.keepEvidence(s.evidence, ev)
	}
}

func (b *Builder) mergePlace(k string, op *placeAcc) {
	p := b.places[k]
	if p == nil {
		b.places[k] = op
		return
	}
	p.mentions += op.mentions
	p.documents += op.documents
	p.days = mergeDayCounts(p.days, op.days)
}

// TextDigest returns the digest of a document's analysed text stored in
// DocRef.Digest: the first 16 hex digits of its SHA-256.
func TextDigest(text string) string {
	// Hashed through a small buffer: []byte(text) copied the whole text,
	// as much garbage as the corpus on the collector goroutine of a build.
	h := sha256.New()
	var buf [4096]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Documents returns the number of documents added so far.
func (b *Builder) Documents() int { return len(b.docs) }

// topKey returns the key with the highest count, ties broken by the
// smallest key.
func topKey[K cmp.Ordered](m map[K]int) (K, bool) {
	var best K
	bestN, ok := -1, false
	for k, n := range m {
		if n > bestN || (n == bestN && k < best) {
			best, bestN, ok = k, n, true
		}
	}
	return best, ok
}
