package build

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// TextFunc returns the texts of sentences of a graph whose text the graph
// does not store (Evidence with an empty Text, documents indexed in that
// graph), in the order asked; "" where a text cannot be had.
type TextFunc func(need []graph.Evidence) []string

// Between returns the graph of the documents of g dated from since to
// until (both included): the graph that building from those documents
// alone gives, made without re-reading them. Undated documents are in no
// period. It rebuilds a Builder from the per-day data of g restricted to
// the period, with every actor key the build had, and finalises it with
// the same code as a build (Graph), so that the corpus-level resolution
// runs again on the period's evidence alone:
//
//   - actors from their per-day mentions, documents and votes (Node.Days):
//     names, types, affiliations, aliases, and the resolution's evidence
//     (context votes, the gazetteer's types and hints, names marked as
//     things); every form merged into a node (Node.Merged: short forms
//     of one document, surnames, spelling variants) and every name the
//     type vote dropped (Graph.Dropped) apart, so that short forms are
//     resolved and types voted again on the period;
//   - co-mention edges from their per-day weights (Edge.Days), split by
//     the pairs of keys they were made of (Edge.Parts, each with its
//     sentences), with those between two forms of one node (Node.Inner)
//     and those of dropped names; the examples are the period's first
//     sentences;
//   - stances from their per-day counts (Stance.Days, Parts,
//     Node.InnerStances, Dropped.Stances) with the period's statements
//     of each key pair as evidence; statements under the keys their
//     documents name (Statement.Form, TargetForms); places by day.
//
// Sentences that become examples of the period but whose text g does not
// store are asked of texts in one call (nil: left without text, which
// query re-reads on demand). What Between cannot give back exactly is
// listed in the README (Formats, "Periods"): duplicate folding across the
// period's boundary, and references and statements dropped by the build's
// caps (MaxRefs, MaxStatements), whose forms are then guessed from their
// documents. Graph files written before the resolution's evidence was
// kept per day give periods resolved from what they hold.
func Between(g *graph.Graph, since, until graph.Day, texts TextFunc) *graph.Graph {
	r := newRebuild(g, since, until)
	r.actors()
	r.edges()
	r.stances()
	r.addStatements()
	r.places()
	r.fillTexts(texts)
	return r.b.Graph()
}

// rebuild holds the state of Between.
type rebuild struct {
	g            *graph.Graph
	since, until graph.Day
	b            *Builder
	// in marks the documents of the period; ids are the document IDs.
	in []bool
	// statements are g's statements and those of the names it dropped
	// (Dropped.Statements).
	statements []graph.Statement
	// stmts indexes the period's statements by (speaker, target) key.
	stmts map[[2]string][]int
	// dropped is g.Dropped, or empty.
	dropped *graph.Dropped
}

func newRebuild(g *graph.Graph, since, until graph.Day) *rebuild {
	w, err := ParseWindow(g.Window)
	if err != nil {
		w = WindowSentence
	}
	opts := BuildOptions{Window: w, MaxEvidence: g.MaxEvidence, MaxRefs: g.MaxRefs, MaxStatements: g.MaxStatements}
	if opts.MaxEvidence == 0 {
		opts.MaxEvidence = inferMaxEvidence(g)
	}
	r := &rebuild{g: g, since: since, until: until, b: NewBuilder(opts), in: make([]bool, len(g.Documents)), dropped: g.Dropped}
	if r.dropped == nil {
		r.dropped = &graph.Dropped{}
	}
	r.statements = slices.Concat(g.Statements, r.dropped.Statements)
	for i, d := range g.Documents {
		if day, ok := graph.ParseDay(d.Date); ok && day >= since && day <= until {
			r.in[i] = true
			r.b.docs[d.ID] = d
			r.b.docNum(d.ID)
		}
	}
	return r
}

// inferMaxEvidence is the evidence cap of a graph file that does not
// record it (written before MaxEvidence was): the most examples any edge or
// stance has, or the default.
func inferMaxEvidence(g *graph.Graph) int {
	c := 0
	for _, e := range g.Edges {
		c = max(c, len(e.Evidence()))
	}
	for _, s := range g.Stances {
		c = max(c, len(s.Evidence))
	}
	if c == 0 {
		return DefaultMaxEvidence
	}
	return c
}

// inPeriod reports whether a day is in the period.
func (r *rebuild) inPeriod(d graph.Day) bool { return d >= r.since && d <= r.until }

// keyIn returns the key under which node v appears in document doc: that
// of a short form of that document (unitKey), else of a merged form whose
// documents include doc, else the node's own. It serves graphs whose parts
// do not record their sentences (EdgePart.Sentences) and stances whose
// statements the build capped.
func (r *rebuild) keyIn(v, doc int) string {
	n := &r.g.Nodes[v]
	id := r.g.Documents[doc].ID
	for _, m := range n.Merged() {
		if unitDoc(m.Key) == id {
			return m.Key
		}
	}
	for _, m := range n.Merged() {
		if _, ok := slices.BinarySearch(m.Seen, doc); ok {
			return m.Key
		}
	}
	return n.Key
}

// actors rebuilds the actors of the period, the forms merged into a node
// apart from it.
func (r *rebuild) actors() {
	for i := range r.g.Nodes {
		n := &r.g.Nodes[i]
		main := actorDayAccs(n.DayVotes(), n.Days(), r.since, r.until)
		for _, m := range n.Merged() {
			part := actorDayAccs(m.DayVotes, m.Days, r.since, r.until)
			main = subtractActorDays(main, part)
			r.addActor(m.Key, part, m.Seen)
		}
		r.addActor(n.Key, main, n.Seen())
	}
	for _, m := range r.dropped.Actors {
		r.addActor(m.Key, actorDayAccs(m.DayVotes, m.Days, r.since, r.until), m.Seen)
	}
}

// addActor adds the actor key with its days in the period, and the
// documents of the period it was seen in.
func (r *rebuild) addActor(key string, days []actorDayAcc, seen []int) {
	if len(days) == 0 {
		return
	}
	a := newActorAcc()
	a.days = days
	for _, d := range days {
		a.mentions += d.mentions
		a.documents += d.documents
		for _, v := range d.votes {
			addDayVote(a, v.label, v.n)
		}
	}
	r.b.mergeActor(key, a)
	if doc := unitDoc(key); doc != "" {
		// A short form's key names its document: a period that holds
		// it mentions the key there.
		if _, ok := r.b.docs[doc]; ok {
			r.b.noteOneWord(doc, key)
		}
	}
	for _, d := range seen {
		if d >= 0 && d < len(r.in) && r.in[d] {
			r.b.noteOneWord(r.g.Documents[d].ID, key)
		}
	}
}

// subtractActorDays returns list less o (days of a form merged into the
// node whose totals list holds); days left with nothing go.
func subtractActorDays(list, o []actorDayAcc) []actorDayAcc {
	for _, od := range o {
		i, found := slices.BinarySearchFunc(list, od.day, func(a actorDayAcc, d graph.Day) int { return int(a.day) - int(d) })
		if !found {
			continue
		}
		d := &list[i]
		d.mentions -= od.mentions
		d.documents -= od.documents
		for _, v := range od.votes {
			d.votes = addVote(d.votes, v.label, -v.n)
		}
		d.votes = slices.DeleteFunc(d.votes, func(v vote) bool { return v.n == 0 })
	}
	return slices.DeleteFunc(list, func(d actorDayAcc) bool { return d.documents == 0 && d.mentions == 0 && len(d.votes) == 0 })
}

// sentence returns the evidence key of a sentence of g's document doc.
func (r *rebuild) sentence(e graph.Evidence) evRef {
	return evRef{Doc: r.g.Documents[e.Doc].ID, Sentence: e.Sentence, Span: e.Span, Text: e.Text}
}

// edges rebuilds the co-mention edges of the period, and those between
// two forms of one actor of g (Node.Inner).
func (r *rebuild) edges() {
	for _, e := range r.g.Edges {
		if !r.anyInPeriod(e.Days()) {
			continue
		}
		sents := slices.Clone(e.Evidence())
		for _, ref := range e.Refs() {
			sents = append(sents, ref.Evidence())
		}
		if partSentences(e.Parts()) {
			r.splitEdge(e, sents)
			continue
		}
		sents = slices.DeleteFunc(sents, func(ev graph.Evidence) bool { return !r.in[ev.Doc] })
		if len(r.g.Nodes[e.Source].Merged()) > 0 || len(r.g.Nodes[e.Target].Merged()) > 0 {
			r.splitEdgeByDocs(e, sents)
			continue
		}
		acc := r.edgeDays(e.Days())
		if acc == nil {
			continue
		}
		r.addSentences(acc, sents)
		r.b.mergeEdge(pairOf(r.g.Nodes[e.Source].Key, r.g.Nodes[e.Target].Key), acc)
	}
	for i := range r.g.Nodes {
		r.edgeParts(r.g.Nodes[i].Inner())
	}
	r.edgeParts(r.dropped.Edges)
}

// anyInPeriod reports whether days count something in the period.
func (r *rebuild) anyInPeriod(days []graph.DayCount) bool {
	for _, c := range days {
		if r.inPeriod(c.Day) && c.Count > 0 {
			return true
		}
	}
	return false
}

// edgeParts rebuilds co-mentions that are no edge of g (Node.Inner,
// Dropped.Edges) from their days and sentences.
func (r *rebuild) edgeParts(parts []graph.EdgePart) {
	for _, part := range parts {
		acc := r.edgeDays(part.Days)
		if acc == nil {
			continue
		}
		var sents []graph.Evidence
		for _, ref := range part.Refs {
			if ref.Doc >= 0 && ref.Doc < len(r.in) && r.in[ref.Doc] {
				sents = append(sents, ref.Evidence())
			}
		}
		r.addSentences(acc, sents)
		r.b.mergeEdge(pairOf(part.Source, part.Target), acc)
	}
}

// partSentences reports whether parts record their sentences (graphs
// written since EdgePart.Sentences exists).
func partSentences(parts []graph.EdgePart) bool {
	for _, p := range parts {
		if len(p.Sentences) > 0 {
			return true
		}
	}
	return false
}

// edgeDays returns the accumulator of an edge's days in the period, nil if
// it has none.
func (r *rebuild) edgeDays(days []graph.DayCount) *edgeAcc {
	acc := &edgeAcc{}
	for _, c := range days {
		if r.inPeriod(c.Day) {
			acc.weight += c.Count
			acc.documents += c.Documents
			acc.days = append(acc.days, c)
		}
	}
	if acc.weight == 0 {
		return nil
	}
	return acc
}

// addSentences adds the sentences of an edge to its accumulator: examples
// (the smallest keys) and references.
func (r *rebuild) addSentences(acc *edgeAcc, sents []graph.Evidence) {
	for _, s := range sents {
		ev := r.sentence(s)
		acc.evidence = r.b.keepEvidence(acc.evidence, ev)
		acc.refs = r.b.addRefs(acc.refs, refOf(r.b.docNum(ev.Doc), ev))
	}
}

// splitEdge rebuilds an edge of a node with merged forms from the pairs of
// forms it was made of (Edge.Parts): each with its counts and its
// sentences (sents are the edge's, Evidence then Refs).
func (r *rebuild) splitEdge(e graph.Edge, sents []graph.Evidence) {
	for _, part := range e.Parts() {
		acc := r.edgeDays(part.Days)
		if acc == nil {
			continue
		}
		for _, i := range part.Sentences {
			if i >= 0 && i < len(sents) && r.in[sents[i].Doc] {
				r.addSentences(acc, sents[i:i+1])
			}
		}
		r.b.mergeEdge(pairOf(part.Source, part.Target), acc)
	}
}

// splitEdgeByDocs is splitEdge for parts that do not record their
// sentences: the sentences go under the forms their documents name (or,
// where those made no part of the edge that day, under the first part of
// that day).
func (r *rebuild) splitEdgeByDocs(e graph.Edge, sents []graph.Evidence) {
	accs := map[[2]string]*edgeAcc{}
	for _, part := range e.Parts() {
		if acc := r.edgeDays(part.Days); acc != nil {
			accs[pairOf(part.Source, part.Target)] = acc
		}
	}
	for _, s := range sents {
		acc := accs[pairOf(r.keyIn(e.Source, s.Doc), r.keyIn(e.Target, s.Doc))]
		if acc == nil {
			acc = r.partOfDay(accs, s.Doc)
		}
		if acc != nil {
			r.addSentences(acc, []graph.Evidence{s})
		}
	}
	for _, p := range sortedPairs(accs) {
		r.b.mergeEdge(p, accs[p])
	}
}

// partOfDay returns the first part (in key order) that counts the day of
// document doc, or nil.
func (r *rebuild) partOfDay(accs map[[2]string]*edgeAcc, doc int) *edgeAcc {
	day, ok := r.g.DocDay(doc)
	if !ok {
		return nil
	}
	for _, p := range sortedPairs(accs) {
		for _, c := range accs[p].days {
			if c.Day == day {
				return accs[p]
			}
		}
	}
	return nil
}

// pairOf returns the key pair in order.
func pairOf(a, c string) [2]string {
	if a > c {
		a, c = c, a
	}
	return [2]string{a, c}
}

// targetKeys returns the keys of a statement's targets as its document
// names them.
func (r *rebuild) targetKeys(s graph.Statement) []string {
	if s.TargetForms != nil {
		return s.TargetForms
	}
	out := make([]string, 0, len(s.Targets))
	for _, t := range s.Targets {
		out = append(out, r.g.Nodes[t].Key)
	}
	slices.Sort(out)
	return out
}

// targetStances returns the target keys of s (targetKeys) with the
// polarity towards each and its confidence: those of its forms when the
// statement records them, else those of its target nodes; nil lists for
// files written before they were recorded.
func (r *rebuild) targetStances(s graph.Statement) ([]string, []int, []float64) {
	if s.TargetForms != nil {
		return s.TargetForms, s.FormPolarity, s.FormConfidence
	}
	if len(s.TargetPolarity) != len(s.Targets) || len(s.TargetConfidence) != len(s.Targets) {
		return r.targetKeys(s), nil, nil
	}
	keys := make([]string, len(s.Targets))
	for i, t := range s.Targets {
		keys[i] = r.g.Nodes[t].Key
	}
	pol, conf := slices.Clone(s.TargetPolarity), slices.Clone(s.TargetConfidence)
	sortTargets(keys, pol, conf)
	return keys, pol, conf
}

// indexStatements indexes the period's statements by speaker and target
// key.
func (r *rebuild) indexStatements() {
	r.stmts = map[[2]string][]int{}
	for i, s := range r.statements {
		if !r.in[s.Doc] {
			continue
		}
		sk := r.speakerKey(s)
		for _, t := range r.targetKeys(s) {
			k := [2]string{sk, t}
			r.stmts[k] = append(r.stmts[k], i)
		}
	}
}

// stances rebuilds the stances of the period: counts by day, the period's
// statements as evidence (the stored examples where the build capped the
// statements); and the stances between two forms of one actor of g
// (Node.InnerStances).
func (r *rebuild) stances() {
	r.indexStatements()
	for _, s := range r.g.Stances {
		parts := s.Parts
		if len(parts) == 0 {
			parts = []graph.StancePart{{Source: r.g.Nodes[s.Source].Key, Target: r.g.Nodes[s.Target].Key, Days: s.Days}}
		}
		accs := r.stanceParts(parts)
		if len(accs) == 0 {
			continue
		}
		if r.g.MaxStatements > 0 {
			r.cappedEvidence(s, accs)
		} else {
			stored := map[[2]int]string{}
			for _, ev := range s.Evidence {
				stored[[2]int{ev.Doc, ev.Start}] = ev.Text
			}
			for _, p := range sortedPairs(accs) {
				r.statementEvidence(accs[p], p, stored)
			}
		}
		for _, p := range sortedPairs(accs) {
			r.b.mergeStance(p, accs[p])
		}
	}
	for i := range r.g.Nodes {
		r.otherStances(r.g.Nodes[i].InnerStances())
	}
	r.otherStances(r.dropped.Stances)
}

// otherStances rebuilds stances that are no stance of g
// (Node.InnerStances, Dropped.Stances) from their days and statements.
func (r *rebuild) otherStances(parts []graph.StancePart) {
	accs := r.stanceParts(parts)
	for _, p := range sortedPairs(accs) {
		if r.g.MaxStatements == 0 {
			r.statementEvidence(accs[p], p, nil)
		}
		r.b.mergeStance(p, accs[p])
	}
}

// stanceParts returns the accumulators of the parts with statements in
// the period, by (speaker, target) key.
func (r *rebuild) stanceParts(parts []graph.StancePart) map[[2]string]*stanceAcc {
	accs := map[[2]string]*stanceAcc{}
	for _, part := range parts {
		acc := &stanceAcc{}
		for _, d := range part.Days {
			if r.inPeriod(d.Day) {
				acc.pos += d.Positive
				acc.neg += d.Negative
				acc.neu += d.Neutral
				for k := range acc.conf {
					acc.conf[k] += d.Weight[k]
				}
				acc.days = append(acc.days, d)
			}
		}
		if acc.pos+acc.neg+acc.neu > 0 {
			accs[[2]string{part.Source, part.Target}] = acc
		}
	}
	return accs
}

// statementEvidence adds to acc the period's statements of the key pair
// p, with the text the stance (stored) or the statement stores.
func (r *rebuild) statementEvidence(acc *stanceAcc, p [2]string, stored map[[2]int]string) {
	for _, i := range r.stmts[p] {
		ev := r.statements[i].Evidence
		if t, ok := stored[[2]int{ev.Doc, ev.Start}]; ok && t != "" {
			ev.Text = t
		}
		acc.evidence = r.b.keepEvidence(acc.evidence, r.sentence(ev))
	}
}

// cappedEvidence adds the stance's stored examples of the period to its
// parts, where the build capped the statements: under the forms their
// documents name, else the first part.
func (r *rebuild) cappedEvidence(s graph.Stance, accs map[[2]string]*stanceAcc) {
	for _, ev := range s.Evidence {
		if !r.in[ev.Doc] {
			continue
		}
		acc := accs[[2]string{r.keyIn(s.Source, ev.Doc), r.keyIn(s.Target, ev.Doc)}]
		if acc == nil {
			acc = accs[sortedPairs(accs)[0]]
		}
		acc.evidence = r.b.keepEvidence(acc.evidence, r.sentence(ev))
	}
}

// speakerKey returns the key a statement's speaker spoke under: its
// form, else its node's key.
func (r *rebuild) speakerKey(s graph.Statement) string {
	if s.Form != "" {
		return s.Form
	}
	return r.g.Nodes[s.Speaker].Key
}

// addStatements rebuilds the period's statements under the keys their
// documents name, and each speaker's quotes.
func (r *rebuild) addStatements() {
	for _, s := range r.statements {
		if !r.in[s.Doc] {
			continue
		}
		sk := r.speakerKey(s)
		ev := r.sentence(s.Evidence)
		r.b.quotes[sk] = r.b.keepEvidence(r.b.quotes[sk], ev)
		ev.Text = ""
		keys, tpol, tconf := r.targetStances(s)
		r.b.statements = append(r.b.statements, stmtAcc{speaker: sk, targets: keys, cue: s.Cue,
			polarity: s.Polarity, issue: s.Issue, ev: ev, conf: s.Confidence, tpol: tpol, tconf: tconf})
	}
}

// places rebuilds the places of the period.
func (r *rebuild) places() {
	for _, p := range r.g.Places {
		acc := &placeAcc{}
		for _, c := range p.Days {
			if r.inPeriod(c.Day) {
				acc.mentions += c.Count
				acc.documents += c.Documents
				acc.days = append(acc.days, c)
			}
		}
		if acc.documents > 0 {
			r.b.mergePlace(p.Name, acc)
		}
	}
}

// fillTexts asks texts for the sentences kept as examples or quotes
// whose text g does not store, and sets them.
func (r *rebuild) fillTexts(texts TextFunc) {
	if texts == nil {
		return
	}
	docIndex := make(map[string]int, len(r.b.docs))
	for i, d := range r.g.Documents {
		if r.in[i] {
			docIndex[d.ID] = i
		}
	}
	var slots []*evRef
	collect := func(list []evRef) {
		for i := range list {
			if list[i].Text == "" {
				slots = append(slots, &list[i])
			}
		}
	}
	for _, p := range sortedPairs(r.b.edges) {
		collect(r.b.edges[p].evidence)
	}
	for _, p := range sortedPairs(r.b.stances) {
		collect(r.b.stances[p].evidence)
	}
	for _, k := range sortedKeys(r.b.quotes) {
		collect(r.b.quotes[k])
	}
	if len(slots) == 0 {
		return
	}
	need := make([]graph.Evidence, len(slots))
	for i, s := range slots {
		need[i] = graph.Evidence{Doc: docIndex[s.Doc], Sentence: s.Sentence, Span: s.Span}
	}
	got := texts(need)
	for i, s := range slots {
		if i < len(got) {
			s.Text = got[i]
		}
	}
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
