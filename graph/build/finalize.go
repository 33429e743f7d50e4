package build

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/cue"
)

// Finish is Graph for a builder that is not used again (a build's): the
// final pass releases each co-mention, stance and statement of the
// builder as soon as it is part of the graph, so that a large build does
// not hold both in full at once (peak RSS; see
// bench/2026-12-03-finish.md). The graph is the same as Graph's. The
// Builder must not be used after Finish.
func (b *Builder) Finish() *graph.Graph {
	b.consume = true
	return b.Graph()
}

// Graph finalises the accumulated extractions into a Graph: actors known
// only by a surname are merged into the one full-named person with that
// surname (if exactly one exists), nodes are sorted by name, and every list
// is sorted so that the result does not depend on the order of Add and
// Merge. The Builder can still be used afterwards.
func (b *Builder) Graph() *graph.Graph {
	// 1. Corpus-level resolution (resolve.go): short forms join the full
	// name they stand for, surname-only persons the unique full name.
	res := b.resolveActors()
	redirect := res.redirect
	b.orgTails(redirect)
	b.orgSpellings(redirect)
	b.surnames(redirect)
	resolve := func(k string) string {
		if r, ok := redirect[k]; ok {
			return r
		}
		return k
	}
	merged := map[string]*actorAcc{}
	keys := make([]string, 0, len(b.actors))
	for k := range b.actors {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		a := b.actors[k]
		t := resolve(k)
		m := merged[t]
		if m == nil {
			m = newActorAcc()
			merged[t] = m
		}
		// Documents may double count a document that used both forms;
		// the extractor resolves surnames within a document, so this only
		// happens across documents, where summing is right.
		m.merge(a, t != baseOf(k))
	}

	// 2. Nodes sorted by display name.
	g := &graph.Graph{Format: graph.Format, Window: string(b.opts.Window), Folded: b.folded,
		MaxEvidence: b.opts.recordedMaxEvidence(), MaxRefs: max(b.opts.MaxRefs, 0), MaxStatements: max(b.opts.MaxStatements, 0)}
	mkeys := make([]string, 0, len(merged))
	names := make(map[string]string, len(merged))
	kinds := make(map[string]extract.Kind, len(merged))
	for k, a := range merged {
		kind, actor := nodeType(a)
		if !actor {
			continue // a work, product, event or group (typevote.go)
		}
		kinds[k] = kind
		mkeys = append(mkeys, k)
		names[k] = displayName(a)
	}
	mkeys = withoutProducts(mkeys, merged, names, kinds)
	slices.SortFunc(mkeys, func(x, y string) int {
		if c := strings.Compare(names[x], names[y]); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	id := make(map[string]int, len(mkeys))
	g.Nodes = slices.Grow(g.Nodes, len(mkeys)) // sized once, as the edges below
	for i, k := range mkeys {
		a := merged[k]
		kind := kinds[k]
		aff := affiliationOf(a)
		name := names[k]
		if aff == name {
			aff = ""
		}
		aliases := a.aliases.keys()
		g.Nodes = append(g.Nodes, graph.Node{ID: i, Name: name, Type: kind, Affiliation: aff,
			Aliases: aliases, Mentions: a.mentions, Documents: a.documents})
		b.describe(&g.Nodes[i], a)
		id[k] = i
	}
	nodeOf := func(k string) int {
		if n, ok := id[resolve(k)]; ok {
			return n
		}
		return -1 // not an actor
	}
	setCandidates(g, res, id)

	// 3. Documents sorted by ID.
	docIDs := make([]string, 0, len(b.docs))
	for d := range b.docs {
		docIDs = append(docIDs, d)
	}
	slices.Sort(docIDs)
	docIndex := make(map[string]int, len(docIDs))
	g.Documents = slices.Grow(g.Documents, len(docIDs))
	for i, d := range docIDs {
		docIndex[d] = i
		g.Documents = append(g.Documents, b.docs[d])
	}
	b.nodeTimes(g, mkeys, resolve, docIndex)
	evidence := func(list []evRef) []graph.Evidence {
		out := make([]graph.Evidence, 0, len(list))
		for _, e := range list {
			out = append(out, graph.Evidence{Doc: docIndex[e.Doc], Sentence: e.Sentence, Span: e.Span, Text: e.Text})
		}
		return out
	}

	withForms := mergedNodes(redirect, id)
	dated := datedDocs(g.Documents)
	dropped := &graph.Dropped{Actors: b.droppedActors(keys, id, resolve, docIndex)}

	// Steps 4 (edges) and 5 to 7 (stances, statements, places) read what
	// the steps above made and write disjoint parts of g and dropped
	// (Edges and Nodes[].Inner; Stances, Nodes[].InnerStances, Statements
	// and Places): the edges, the longest of them, are finalised in a
	// goroutine of their own, beside the others, in the serial tail of a
	// build. Each part appends in its own sorted order, so the graph is
	// the same.
	// A node's time data is one record behind a pointer, which both the
	// edges and the stances would replace: the edges' inner parts are set
	// after the goroutine ends.
	var wg sync.WaitGroup
	var inner map[int][]graph.EdgePart
	wg.Go(func() { inner = b.finalEdges(g, dropped, nodeOf, withForms, docIndex, dated, evidence) })
	b.finalStances(g, dropped, nodeOf, withForms, evidence)
	b.finalStatements(g, dropped, nodeOf, resolve, docIndex, dated, evidence)
	b.finalPlaces(g)
	wg.Wait()
	for _, u := range slices.Sorted(maps.Keys(inner)) {
		g.Nodes[u].SetInner(append(g.Nodes[u].Inner(), inner[u]...))
	}

	if len(dropped.Actors)+len(dropped.Edges)+len(dropped.Stances)+len(dropped.Statements) > 0 {
		g.Dropped = dropped
	}
	if g.Nodes == nil {
		g.Nodes = []graph.Node{}
	}
	if g.Edges == nil {
		g.Edges = []graph.Edge{}
	}
	if g.Stances == nil {
		g.Stances = []graph.Stance{}
	}
	if g.Statements == nil {
		g.Statements = []graph.Statement{}
	}
	if g.Documents == nil {
		g.Documents = []graph.DocRef{}
	}
	return g
}

// finalEdges is step 4 of Graph: the co-mention edges, re-keyed after the
// surname merge, into g.Edges and dropped.Edges. It returns the nodes'
// Inner parts (co-mentions between two forms of one actor) by node, for
// the caller to set: it writes no node.
func (b *Builder) finalEdges(g *graph.Graph, dropped *graph.Dropped, nodeOf func(string) int, withForms map[int]bool,
	docIndex map[string]int, dated []bool, evidence func([]evRef) []graph.Evidence) map[int][]graph.EdgePart {
	inner := map[int][]graph.EdgePart{}
	edgeParts := map[[2]int][]graph.EdgePart{}
	partAccs := map[[2]int][]*edgeAcc{}
	edges := map[[2]int]*edgeAcc{}
	for _, pair := range sortedPairs(b.edges) {
		acc := b.edges[pair]
		if b.consume {
			delete(b.edges, pair) // its counts go on in edges, its parts in partAccs
		}
		u, v := nodeOf(pair[0]), nodeOf(pair[1])
		if (u == v || u < 0 || v < 0) && len(acc.days) > 0 {
			part := graph.EdgePart{Source: pair[0], Target: pair[1], Days: acc.days, Refs: b.innerRefs(acc, docIndex, dated)}
			if u == v && u >= 0 {
				inner[u] = append(inner[u], part)
			} else {
				dropped.Edges = append(dropped.Edges, part)
			}
		}
		if u == v || u < 0 || v < 0 {
			continue
		}
		if u > v {
			u, v = v, u
		}
		e := edges[[2]int{u, v}]
		if e == nil {
			e = &edgeAcc{}
			edges[[2]int{u, v}] = e
		}
		b.addEdge(e, acc)
		if (withForms[u] || withForms[v]) && len(acc.days) > 0 {
			edgeParts[[2]int{u, v}] = append(edgeParts[[2]int{u, v}], graph.EdgePart{Source: pair[0], Target: pair[1], Days: acc.days})
			partAccs[[2]int{u, v}] = append(partAccs[[2]int{u, v}], acc)
		}
	}
	// Sized once: an edge is about 200 bytes, and appending copied the
	// list again and again in the serial tail of a build.
	g.Edges = slices.Grow(g.Edges, len(edges))
	for _, p := range sortedIntPairs(edges) {
		e := edges[p]
		ge := graph.Edge{Source: p[0], Target: p[1], Weight: e.weight, Documents: e.documents}
		ge.SetText(graph.EdgeText{Evidence: evidence(e.evidence), Refs: b.finalRefs(e, docIndex), Days: e.days,
			Parts: edgeParts[p]})
		b.partSentences(&ge, partAccs[p], docIndex, dated)
		g.Edges = append(g.Edges, ge)
		delete(edges, p) // done: its evidence is the graph's now
		delete(partAccs, p)
	}
	return inner
}

// finalStances is step 5 of Graph: the stances, re-keyed after the surname
// merge, into g.Stances, the nodes' InnerStances parts and dropped.Stances.
func (b *Builder) finalStances(g *graph.Graph, dropped *graph.Dropped, nodeOf func(string) int, withForms map[int]bool,
	evidence func([]evRef) []graph.Evidence) {
	stances := map[[2]int]*stanceAcc{}
	stanceParts := map[[2]int][]graph.StancePart{}
	for _, pair := range sortedPairs(b.stances) {
		acc := b.stances[pair]
		if b.consume {
			delete(b.stances, pair)
		}
		u, v := nodeOf(pair[0]), nodeOf(pair[1])
		if (u == v || u < 0 || v < 0) && len(acc.days) > 0 {
			part := graph.StancePart{Source: pair[0], Target: pair[1], Days: acc.days}
			if u == v && u >= 0 {
				g.Nodes[u].SetInnerStances(append(g.Nodes[u].InnerStances(), part))
			} else {
				dropped.Stances = append(dropped.Stances, part)
			}
		}
		if u == v || u < 0 || v < 0 {
			continue
		}
		s := stances[[2]int{u, v}]
		if s == nil {
			s = &stanceAcc{}
			stances[[2]int{u, v}] = s
		}
		b.addStance(s, acc)
		if (withForms[u] || withForms[v]) && len(acc.days) > 0 {
			stanceParts[[2]int{u, v}] = append(stanceParts[[2]int{u, v}], graph.StancePart{Source: pair[0], Target: pair[1], Days: acc.days})
		}
	}
	g.Stances = slices.Grow(g.Stances, len(stances))
	for _, p := range sortedIntPairs(stances) {
		s := stances[p]
		g.Stances = append(g.Stances, graph.Stance{Source: p[0], Target: p[1], Positive: s.pos,
			Negative: s.neg, Neutral: s.neu, Evidence: evidence(s.evidence), Days: s.days, Parts: stanceParts[p],
			Confidence: stanceConfidence(s)})
		delete(stances, p)
	}

}

// finalStatements is step 6 of Graph: the statements in document order,
// into g.Statements and dropped.Statements.
func (b *Builder) finalStatements(g *graph.Graph, dropped *graph.Dropped, nodeOf func(string) int, resolve func(string) string,
	docIndex map[string]int, dated []bool, evidence func([]evRef) []graph.Evidence) {
	stmts := b.statements
	if b.consume {
		b.statements = nil // sorted in place and released one by one below
	} else {
		stmts = slices.Clone(stmts)
	}
	quoted := map[int]int{}
	slices.SortFunc(stmts, stmtLess)
	if b.opts.MaxStatements > 0 && len(stmts) > b.opts.MaxStatements {
		stmts = stmts[:b.opts.MaxStatements]
	}
	// Sized once: growing a slice of tens of thousands of statements
	// by appending copied it again and again, in the serial part of a
	// build (a quarter of Graph's time in a profile).
	g.Statements = slices.Grow(g.Statements, len(stmts))
	for _, s := range stmts {
		sp := nodeOf(s.speaker)
		if sp < 0 {
			if d := docIndex[s.ev.Doc]; dated[d] {
				ev := evidence([]evRef{s.ev})[0]
				dropped.Statements = append(dropped.Statements, graph.Statement{Speaker: -1, Targets: []int{}, Cue: s.cue,
					Polarity: s.polarity, Issue: s.issue, Evidence: ev, Form: s.speaker, TargetForms: s.targets,
					Confidence: s.conf, FormPolarity: s.tpol, FormConfidence: s.tconf})
			}
			continue
		}
		targets, tpol, tconf := finalTargets(s, sp, nodeOf)
		ev := evidence([]evRef{s.ev})[0]
		ev.Text = b.quoteText(s)
		if ev.Text != "" {
			// Several keys may have joined one node, each with its
			// own quotes: the node keeps the first ones in order.
			if quoted[sp] >= b.opts.maxEvidence() {
				ev.Text = ""
			} else {
				quoted[sp]++
			}
		}
		st := graph.Statement{Speaker: sp, Targets: targets, Cue: s.cue, Polarity: s.polarity, Issue: s.issue, Evidence: ev,
			Confidence: s.conf, TargetPolarity: tpol, TargetConfidence: tconf}
		if resolve(s.speaker) != s.speaker {
			st.Form = s.speaker
		}
		if dated[ev.Doc] && !ownKeys(s.targets, len(targets), resolve) {
			st.TargetForms, st.FormPolarity, st.FormConfidence = s.targets, s.tpol, s.tconf
		}
		g.Statements = append(g.Statements, st)
	}

}

// finalPlaces is step 7 of Graph: the places by name, into g.Places.
func (b *Builder) finalPlaces(g *graph.Graph) {
	pnames := make([]string, 0, len(b.places))
	for p := range b.places {
		pnames = append(pnames, p)
	}
	slices.Sort(pnames)
	for _, p := range pnames {
		acc := b.places[p]
		g.Places = append(g.Places, graph.Place{Name: p, Mentions: acc.mentions, Documents: acc.documents, Days: acc.days})
	}
}

// minMakerMentions is the number of mentions from which an organisation
// is taken for a maker whose name starts the names of its products.
const minMakerMentions = 5

// withoutProducts drops from keys the products named after their maker:
// an organisation whose name is another organisation's name and more
// ("Sony PSP", "Nintendo DS", "Skype Voip"), whose contexts mark a
// product at least as often as an organisation or an actor that speaks,
// and whose last word is no head word of organisations ("Sony Pictures",
// "Yukos USA" and "Sony Ericsson" stay). The maker must be mentioned at
// least minMakerMentions times.
func withoutProducts(keys []string, merged map[string]*actorAcc, names map[string]string, kinds map[string]extract.Kind) []string {
	makers := map[string]bool{}
	for _, k := range keys {
		if kinds[k] == extract.KindOrg && merged[k].mentions >= minMakerMentions {
			makers[names[k]] = true
		}
	}
	cues := cue.Default()
	return slices.DeleteFunc(keys, func(k string) bool {
		v := merged[k].ev.votes
		if kinds[k] != extract.KindOrg || v.Product == 0 || v.Product < v.Org+v.Agent {
			return false
		}
		words := strings.Fields(names[k])
		if len(words) < 2 || cues.OrgWord(words[len(words)-1]) {
			return false
		}
		for i := len(words) - 1; i >= 1; i-- {
			if makers[strings.Join(words[:i], " ")] {
				return true
			}
		}
		return false
	})
}

// displayName picks the name an actor is shown under: for people the
// longest form (most words), then the most mentioned, then the smallest
// string; a deterministic rule whatever the merge order.
func displayName(a *actorAcc) string {
	best, bestWords, bestN := "", -1, -1
	for n, c := range a.names.all() {
		w := nameWords(n)
		switch {
		case w > bestWords,
			w == bestWords && c > bestN,
			w == bestWords && c == bestN && n < best:
			best, bestWords, bestN = n, w, c
		}
	}
	return best
}

// wordCount is len(strings.Fields(s)) without the allocation.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

func sortedPairs[V any](m map[[2]string]V) [][2]string {
	out := make([][2]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b [2]string) int {
		if c := strings.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return strings.Compare(a[1], b[1])
	})
	return out
}

func sortedIntPairs[V any](m map[[2]int]V) [][2]int {
	out := make([][2]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return out
}

// finalRefs returns the references of e that are not among its examples,
// sorted, without repeats, capped by MaxRefs.
func (b *Builder) finalRefs(e *edgeAcc, docIndex map[string]int) []graph.Ref {
	if len(e.refs) <= len(e.evidence) {
		return nil // every reference is an example
	}
	refs := b.sortedRefs(slices.Clone(e.refs))
	if c := b.opts.MaxRefs; c > 0 && len(refs) > c {
		refs = refs[:c]
	}
	var out []graph.Ref
	for _, r := range refs {
		id := b.docIDs[r.doc]
		ev := evRef{Doc: id, Span: extract.Span{Start: int(r.start)}}
		if _, example := slices.BinarySearchFunc(e.evidence, ev, evLess); example {
			continue
		}
		out = append(out, graph.Ref{Doc: docIndex[id], Sentence: int(r.sentence), Start: int(r.start), End: int(r.end)})
	}
	return out
}

// affiliationOf returns the state (or organisation) that most of an
// actor's documents place it with, one vote per document (a document that
// names an actor often does not make its reading more likely). A single
// document's reading stands: a threshold of two documents for actors of
// four or more removed as many right affiliations as wrong ones on the
// Reuters and BBC archives (American Telephone and Telegraph, KLM and the
// SEC beside the ICCO's "Ivorian" delegate and the Paris Club's
// "Mexican" accord).
func affiliationOf(a *actorAcc) string {
	aff, ok := a.affiliations.top()
	if !ok {
		return ""
	}
	return aff
}
