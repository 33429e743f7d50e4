package graph

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract"
)

// TextFunc returns the texts of sentences of a graph whose text the graph
// does not store (Evidence with an empty Text, documents indexed in that
// graph), in the order asked; "" where a text cannot be had.
type TextFunc func(need []Evidence) []string

// Between returns the graph of the documents of g dated from since to
// until (both included): the graph that building from those documents
// alone gives, made without re-reading them. Undated documents are in no
// period. It rebuilds a Builder from the per-day data of g restricted to
// the period and finalises it with the same code as a build (Graph):
//
//   - actors from their per-day mentions, documents and votes (Node.Days),
//     so that names, types, affiliations and aliases are those the
//     period's votes give, and surname merges are decided again on the
//     period (forms merged in g are split by Node.Merged and Seen);
//   - co-mention edges from their per-day weights (Edge.Days) and their
//     sentences (Evidence and Refs), the examples being the period's first
//     sentences; stances from their per-day counts (Stance.Days) with the
//     period's statements as evidence; statements and places by day.
//
// Sentences that become examples of the period but whose text g does not
// store are asked of texts in one call (nil: left without text, which
// query re-reads on demand). What Between cannot give back exactly is
// listed in the README (Formats, "Periods"): duplicate folding across the
// period's boundary, references and statements dropped by the build's caps
// (MaxRefs, MaxStatements), and co-mentions between two forms of one actor
// that the full graph merged.
func Between(g *Graph, since, until Day, texts TextFunc) *Graph {
	r := newRebuild(g, since, until)
	r.actors()
	r.edges()
	r.stances()
	r.statements()
	r.places()
	r.fillTexts(texts)
	return r.b.Graph()
}

// rebuild holds the state of Between.
type rebuild struct {
	g            *Graph
	since, until Day
	b            *Builder
	// in marks the documents of the period; ids are the document IDs.
	in []bool
	// stmts indexes the period's statements by (speaker, target) node.
	stmts map[[2]int][]int
	// stanceDocs and stanceStmts are the documents and statements (-1
	// for a stored example) of the last stanceEvidence.
	stanceDocs, stanceStmts []int
}

func newRebuild(g *Graph, since, until Day) *rebuild {
	w, err := ParseWindow(g.Window)
	if err != nil {
		w = WindowSentence
	}
	opts := BuildOptions{Window: w, MaxEvidence: g.MaxEvidence, MaxRefs: g.MaxRefs, MaxStatements: g.MaxStatements}
	if opts.MaxEvidence == 0 {
		opts.MaxEvidence = inferMaxEvidence(g)
	}
	r := &rebuild{g: g, since: since, until: until, b: NewBuilder(opts), in: make([]bool, len(g.Documents))}
	for i, d := range g.Documents {
		if day, ok := ParseDay(d.Date); ok && day >= since && day <= until {
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
func inferMaxEvidence(g *Graph) int {
	c := 0
	for _, e := range g.Edges {
		c = max(c, len(e.Evidence))
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
func (r *rebuild) inPeriod(d Day) bool { return d >= r.since && d <= r.until }

// keyIn returns the key under which node v appears in document doc: that
// of a merged form whose documents include doc, else the node's own.
func (r *rebuild) keyIn(v, doc int) string {
	n := &r.g.Nodes[v]
	for _, m := range n.Merged {
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
		main := actorDayAccs(n.DayVotes, n.Days, r.since, r.until)
		for _, m := range n.Merged {
			part := actorDayAccs(m.DayVotes, m.Days, r.since, r.until)
			main = subtractActorDays(main, part)
			r.addActor(m.Key, part, m.Seen)
		}
		r.addActor(n.Key, main, n.Seen)
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
			label, n := v.label[2:], v.n
			switch v.label[:2] {
			case voteName:
				a.names[label] += n
				a.aliases[label] = struct{}{}
			case voteType:
				k, _ := extract.ParseKind(label)
				a.kinds[k] += n
			case voteAffiliation:
				a.affiliations[label] += n
			case voteAlias:
				a.aliases[label] = struct{}{}
			}
		}
	}
	r.b.mergeActor(key, a)
	for _, d := range seen {
		if d >= 0 && d < len(r.in) && r.in[d] {
			r.b.noteOneWord(r.g.Documents[d].ID, key)
		}
	}
}

// subtractActorDays returns list less o (days of a form merged into the
// node whose totals list holds); days left without documents go.
func subtractActorDays(list, o []actorDayAcc) []actorDayAcc {
	for _, od := range o {
		i, found := slices.BinarySearchFunc(list, od.day, func(a actorDayAcc, d Day) int { return int(a.day) - int(d) })
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
	return slices.DeleteFunc(list, func(d actorDayAcc) bool { return d.documents <= 0 })
}

// sentence returns the evidence key of a sentence of g's document doc.
func (r *rebuild) sentence(e Evidence) evRef {
	return evRef{Doc: r.g.Documents[e.Doc].ID, Sentence: e.Sentence, Span: e.Span, Text: e.Text}
}

// edges rebuilds the co-mention edges of the period.
func (r *rebuild) edges() {
	for _, e := range r.g.Edges {
		var sents []Evidence
		for _, ev := range e.Evidence {
			if r.in[ev.Doc] {
				sents = append(sents, ev)
			}
		}
		for _, ref := range e.Refs {
			if r.in[ref.Doc] {
				sents = append(sents, ref.Evidence())
			}
		}
		if len(r.g.Nodes[e.Source].Merged) > 0 || len(r.g.Nodes[e.Target].Merged) > 0 {
			r.splitEdge(e, sents)
			continue
		}
		acc := &edgeAcc{}
		for _, c := range e.Days {
			if r.inPeriod(c.Day) {
				acc.weight += c.Count
				acc.documents += c.Documents
				acc.days = append(acc.days, c)
			}
		}
		if acc.weight == 0 {
			continue
		}
		r.addSentences(acc, sents)
		r.b.mergeEdge(pairOf(r.g.Nodes[e.Source].Key, r.g.Nodes[e.Target].Key), acc)
	}
}

// addSentences adds the sentences of an edge to its accumulator: examples
// (the smallest keys) and references.
func (r *rebuild) addSentences(acc *edgeAcc, sents []Evidence) {
	for _, s := range sents {
		ev := r.sentence(s)
		acc.evidence = r.b.keepEvidence(acc.evidence, ev)
		acc.refs = r.b.addRefs(acc.refs, refOf(r.b.docNum(ev.Doc), ev))
	}
}

// splitEdge rebuilds an edge of a node with merged forms: its counts by
// the pairs of forms it was made of (Edge.Parts), its sentences under the
// forms their documents name (or, where those made no part of the edge
// that day, under the first part of that day).
func (r *rebuild) splitEdge(e Edge, sents []Evidence) {
	accs := map[[2]string]*edgeAcc{}
	for _, part := range e.Parts {
		acc := &edgeAcc{}
		for _, c := range part.Days {
			if r.inPeriod(c.Day) {
				acc.weight += c.Count
				acc.documents += c.Documents
				acc.days = append(acc.days, c)
			}
		}
		if acc.weight > 0 {
			accs[pairOf(part.Source, part.Target)] = acc
		}
	}
	for _, s := range sents {
		acc := accs[pairOf(r.keyIn(e.Source, s.Doc), r.keyIn(e.Target, s.Doc))]
		if acc == nil {
			acc = r.partOfDay(accs, s.Doc)
		}
		if acc != nil {
			r.addSentences(acc, []Evidence{s})
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

// indexStatements indexes the period's statements by speaker and target.
func (r *rebuild) indexStatements() {
	r.stmts = map[[2]int][]int{}
	for i, s := range r.g.Statements {
		if !r.in[s.Doc] {
			continue
		}
		for _, t := range s.Targets {
			k := [2]int{s.Speaker, t}
			r.stmts[k] = append(r.stmts[k], i)
		}
	}
}

// stances rebuilds the stances of the period: counts by day, the period's
// statements as evidence (the stored examples where the build capped the
// statements).
func (r *rebuild) stances() {
	r.indexStatements()
	for _, s := range r.g.Stances {
		if len(r.g.Nodes[s.Source].Merged) > 0 || len(r.g.Nodes[s.Target].Merged) > 0 {
			r.splitStance(s)
			continue
		}
		acc := &stanceAcc{}
		for _, d := range s.Days {
			if r.inPeriod(d.Day) {
				acc.pos += d.Positive
				acc.neg += d.Negative
				acc.neu += d.Neutral
				acc.days = append(acc.days, d)
			}
		}
		if acc.pos+acc.neg+acc.neu == 0 {
			continue
		}
		for _, ev := range r.stanceEvidence(s) {
			acc.evidence = r.b.keepEvidence(acc.evidence, ev)
		}
		r.b.mergeStance([2]string{r.g.Nodes[s.Source].Key, r.g.Nodes[s.Target].Key}, acc)
	}
}

// stanceEvidence returns the period's sentences behind a stance: its
// statements, with the text the stance or the statement stores; the
// stance's stored examples of the period when the build capped the
// statements.
func (r *rebuild) stanceEvidence(s Stance) []evRef {
	stored := map[[2]int]string{}
	var out []evRef
	r.stanceDocs, r.stanceStmts = r.stanceDocs[:0], r.stanceStmts[:0]
	for _, ev := range s.Evidence {
		if r.in[ev.Doc] {
			stored[[2]int{ev.Doc, ev.Start}] = ev.Text
			if r.g.MaxStatements > 0 {
				out = append(out, r.sentence(ev))
				r.stanceDocs, r.stanceStmts = append(r.stanceDocs, ev.Doc), append(r.stanceStmts, -1)
			}
		}
	}
	if r.g.MaxStatements > 0 {
		return out
	}
	for _, i := range r.stmts[[2]int{s.Source, s.Target}] {
		ev := r.g.Statements[i].Evidence
		if t, ok := stored[[2]int{ev.Doc, ev.Start}]; ok && t != "" {
			ev.Text = t
		}
		out = append(out, r.sentence(ev))
		r.stanceDocs, r.stanceStmts = append(r.stanceDocs, ev.Doc), append(r.stanceStmts, i)
	}
	return out
}

// splitStance rebuilds a stance of a node with merged forms: its counts
// by the pairs of forms it was made of (Stance.Parts), its statements as
// evidence under the forms their documents name.
func (r *rebuild) splitStance(s Stance) {
	accs := map[[2]string]*stanceAcc{}
	for _, part := range s.Parts {
		acc := &stanceAcc{}
		for _, d := range part.Days {
			if r.inPeriod(d.Day) {
				acc.pos += d.Positive
				acc.neg += d.Negative
				acc.neu += d.Neutral
				acc.days = append(acc.days, d)
			}
		}
		if acc.pos+acc.neg+acc.neu > 0 {
			accs[[2]string{part.Source, part.Target}] = acc
		}
	}
	evs := r.stanceEvidence(s)
	for i, ev := range evs {
		doc, sk := r.stanceDocs[i], r.keyIn(s.Source, r.stanceDocs[i])
		if j := r.stanceStmts[i]; j >= 0 {
			sk = r.speakerKey(r.g.Statements[j])
		}
		acc := accs[[2]string{sk, r.keyIn(s.Target, doc)}]
		if acc == nil {
			for _, p := range sortedPairs(accs) {
				acc = accs[p]
				break
			}
		}
		if acc != nil {
			acc.evidence = r.b.keepEvidence(acc.evidence, ev)
		}
	}
	for _, p := range sortedPairs(accs) {
		r.b.mergeStance(p, accs[p])
	}
}

// speakerKey returns the key a statement's speaker spoke under: its
// form, else its node's key.
func (r *rebuild) speakerKey(s Statement) string {
	if s.Form != "" {
		return s.Form
	}
	return r.g.Nodes[s.Speaker].Key
}

// statements rebuilds the period's statements under the keys their
// documents name, and each speaker's quotes.
func (r *rebuild) statements() {
	for _, s := range r.g.Statements {
		if !r.in[s.Doc] {
			continue
		}
		sk := r.speakerKey(s)
		var targets []string
		for _, t := range s.Targets {
			if tk := r.keyIn(t, s.Doc); tk != sk && !slices.Contains(targets, tk) {
				targets = append(targets, tk)
			}
		}
		slices.Sort(targets)
		ev := r.sentence(s.Evidence)
		r.b.quotes[sk] = r.b.keepEvidence(r.b.quotes[sk], ev)
		ev.Text = ""
		r.b.statements = append(r.b.statements, stmtAcc{speaker: sk, targets: targets, cue: s.Cue,
			polarity: s.Polarity, issue: s.Issue, ev: ev})
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
	need := make([]Evidence, len(slots))
	for i, s := range slots {
		need[i] = Evidence{Doc: docIndex[s.Doc], Sentence: s.Sentence, Span: s.Span}
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
