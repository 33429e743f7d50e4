package query

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query/cite"
)

// WeakModularity is the modularity below which a report calls its
// partition weak. Newman and Girvan (Phys. Rev. E 69, 026113, 2004) found
// that "values approaching Q = 0.3 or more are a good indicator of
// significant community structure"; below it, random graphs of the same
// degrees reach similar values.
const WeakModularity = 0.3

// ReportOptions says what a report covers.
type ReportOptions struct {
	Title string
	// Top is the number of actors ranked (15 when 0).
	Top int
	// Pairs are the actors (node ids) whose paths the report shows; when
	// empty, the pairs among the three most central actors.
	Pairs [][2]int
	// Seed is the community detection seed.
	Seed uint64
	// Skipped counts the inputs skipped by reason, when the graph was
	// built for the report (SkippedKnown).
	Skipped      map[string]int
	SkippedKnown bool
	// Interactive adds the interactive view of the main figure.
	Interactive bool
	// MinConfidence leaves out of the alliances and conflicts the stances
	// less sure than this (graph.Stance.Confidence; stances of files that
	// record no confidence are kept).
	MinConfidence float64
}

// Report assembles a printable report on the graph: what was read, the
// main diagram and one per major community (colours computed once on the
// whole graph), the top actors, the camps with a warning when the
// partition is weak, the strongest alliances and conflicts from stated
// positions, key paths, and the sources that every claim cites by number.
func (q *Graph) Report(opts ReportOptions) (*out.Report, error) {
	if opts.Top <= 0 {
		opts.Top = 15
	}
	l, err := q.Layout(network.LayerComention, network.MeasurePageRank, opts.Seed)
	if err != nil {
		return nil, err
	}
	n := network.Project(q.Graph, network.LayerComention)
	r := &out.Report{Title: opts.Title, Read: q.readSummary(opts)}
	if r.Title == "" {
		r.Title = "Actors and their ties"
	}
	r.Subtitle = fmt.Sprintf("%s · %s", plural(len(q.Documents), "article"), plural(len(q.Nodes), "actor"))
	r.Periods = q.periods()
	cites := cite.New(q.Graph)
	main, err := q.mainFigure(l, opts.Seed)
	if err != nil {
		return nil, err
	}
	r.Figures = append(r.Figures, out.ReportFigure{Title: "The actor network", Diagram: main.Diagram,
		Caption: "Actors sized by PageRank and coloured by community; grey lines join actors mentioned in the same sentence, blue arrows are stated support, red dashed arrows stated opposition."})
	if r.Actors, err = q.reportActors(l, n, opts.Top, cites); err != nil {
		return nil, err
	}
	r.Camps = q.reportCamps(l, cites)
	figs, err := q.campFigures(l, opts.Seed)
	if err != nil {
		return nil, err
	}
	r.Figures = append(r.Figures, figs...)
	r.Alliances, r.Conflicts = q.reportTies(cites, opts.MinConfidence)
	for _, s := range q.Stances {
		r.HasConfidence = r.HasConfidence || s.Confidence > 0
	}
	if r.Changes, err = q.reportChanges(r.Periods, opts.Seed, cites); err != nil {
		return nil, err
	}
	pairs := opts.Pairs
	if len(pairs) == 0 {
		pairs = centralPairs(q.Graph, l.Size, 3)
	}
	for _, p := range pairs {
		r.Paths = append(r.Paths, q.reportPath(n, p[0], p[1], cites))
	}
	if opts.Interactive {
		r.View = q.View(main, l, cites)
	}
	r.Sources = cites.Sources()
	return r, nil
}

// readSummary says what the graph was made from.
func (q *Graph) readSummary(opts ReportOptions) out.ReadSummary {
	s := out.ReadSummary{Documents: len(q.Documents), Folded: q.Folded, SkippedKnown: opts.SkippedKnown,
		Actors: len(q.Nodes), Edges: len(q.Edges), Stances: len(q.Stances), Statements: len(q.Statements)}
	s.Skipped = counts(opts.Skipped)
	outlets := map[string]int{}
	for _, d := range q.Documents {
		if o := cite.Outlet(d); o != "" {
			outlets[o]++
		}
		if dt := docDate(d.Date); dt != "" {
			s.Dated++
			if s.First == "" || dt < s.First {
				s.First = dt
			}
			if dt > s.Last {
				s.Last = dt
			}
		}
	}
	s.Outlets = counts(outlets)
	return s
}

// periods counts the dated documents per month ("YYYY-MM"), nil when
// fewer than two months are covered.
func (q *Graph) periods() []out.ReportCount {
	m := map[string]int{}
	for _, d := range q.Documents {
		if dt := docDate(d.Date); dt != "" {
			m[dt[:7]]++
		}
	}
	if len(m) < 2 {
		return nil
	}
	c := counts(m)
	slices.SortFunc(c, func(a, b out.ReportCount) int { return cmp.Compare(a.Name, b.Name) })
	return c
}

// counts returns a map as counts, largest first.
func counts(m map[string]int) []out.ReportCount {
	var c []out.ReportCount
	for k, v := range m {
		c = append(c, out.ReportCount{Name: k, Count: v})
	}
	slices.SortFunc(c, func(a, b out.ReportCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name))
	})
	return c
}

// reportFigureTop is the number of actors of a report's main figure on a
// large graph: beyond it names cannot be read on a printed page.
const reportFigureTop = 60

// mainFigure is the whole graph, or its reportFigureTop most central
// actors.
func (q *Graph) mainFigure(l *Layout, seed uint64) (Figure, error) {
	sel := DefaultSelection()
	if len(q.Nodes) > reportFigureTop+20 {
		sel.Top = reportFigureTop
	}
	return q.FigureWith(l, FigureOptions{Selection: sel, SizeBy: network.MeasurePageRank, Seed: seed, Title: "The actor network"})
}

// reportActors ranks the top actors.
func (q *Graph) reportActors(l *Layout, n *network.Network, top int, cites *cite.List) (out.ReportActors, error) {
	btw, err := network.CentralityValues(n, network.MeasureBetweenness, network.CentralityOptions{})
	if err != nil {
		return out.ReportActors{}, err
	}
	rank := ranks(l.Size)
	order := make([]int, len(q.Nodes))
	for v := range order {
		order[rank[v]-1] = v
	}
	ra := out.ReportActors{Measure: string(network.MeasurePageRank)}
	for _, v := range order[:min(top, len(order))] {
		nd := q.Nodes[v]
		a := out.ReportActor{Rank: rank[v], Name: nd.Name, Type: nd.Type.String(), Affiliation: nd.Affiliation,
			Value: l.Size[v], Betweenness: share(btw[v], len(q.Nodes)), Degree: n.Degree(v), Mentions: nd.Mentions, Documents: nd.Documents,
			Colour: out.CommunityColour(l.Community[v])}
		if c := l.Community[v]; c >= 0 {
			a.Community = c + 1
		}
		a.Cites = q.strongestCites(v, 3, cites, nil)
		ra.Rows = append(ra.Rows, a)
	}
	return ra, nil
}

// share turns a betweenness (ordered pairs of actors whose shortest
// routes pass through the actor, split among equal routes, as
// network.Centrality counts them) into the share of all ordered pairs of
// other actors: b / ((n−1)(n−2)).
func share(b float64, n int) float64 {
	if n < 3 {
		return 0
	}
	return b / (float64(n-1) * float64(n-2))
}

// strongestCites cites the first stored sentence of the strongest
// co-mention ties of v (within the set in, when not nil), up to k distinct
// documents.
func (q *Graph) strongestCites(v, k int, cites *cite.List, in map[int]bool) []int {
	var ties []int
	for i, e := range q.Edges {
		if (e.Source == v || e.Target == v) && len(e.Evidence()) > 0 && (in == nil || in[e.Source] && in[e.Target]) {
			ties = append(ties, i)
		}
	}
	slices.SortStableFunc(ties, func(a, b int) int { return cmp.Compare(q.Edges[b].Weight, q.Edges[a].Weight) })
	var out []int
	seen := map[int]bool{}
	for _, i := range ties {
		d := q.Edges[i].Evidence()[0].Doc
		if !seen[d] {
			seen[d] = true
			out = append(out, cites.Cite(d))
		}
		if len(out) == k {
			break
		}
	}
	slices.Sort(out)
	return out
}

// reportCamps lists the communities of the layout, with a warning when
// the partition is weak.
func (q *Graph) reportCamps(l *Layout, cites *cite.List) out.ReportCamps {
	rc := out.ReportCamps{Q: l.Q, Threshold: WeakModularity, Weak: l.Q < WeakModularity}
	if rc.Weak {
		rc.Warning = fmt.Sprintf("The modularity Q = %.2f is below %.1f, the level above which Newman and Girvan (2004) "+
			"consider a partition a sign of real community structure; random networks with the same number of ties per actor "+
			"reach similar values. The groups below overlap heavily: read them as loose clusters of actors mentioned together, "+
			"not as opposing camps, and check them against the stated positions.", l.Q, WeakModularity)
	}
	for c, members := range l.members() {
		camp := out.ReportCamp{N: c + 1, Colour: out.CommunityColour(c), Size: len(members)}
		in := map[int]bool{}
		for _, v := range members {
			in[v] = true
		}
		for _, v := range members[:min(12, len(members))] {
			camp.Members = append(camp.Members, q.Nodes[v].Name)
		}
		camp.More = len(members) - len(camp.Members)
		if len(members) > 1 {
			camp.Cites = q.strongestCites(members[0], 2, cites, in)
		}
		rc.Camps = append(rc.Camps, camp)
	}
	return rc
}

// members returns the node ids of each community, most central first.
func (l *Layout) members() [][]int {
	m := make([][]int, l.Count)
	for v, c := range l.Community {
		if c >= 0 && c < l.Count {
			m[c] = append(m[c], v)
		}
	}
	for _, ms := range m {
		slices.SortStableFunc(ms, func(a, b int) int { return cmp.Compare(l.Size[b], l.Size[a]) })
	}
	return m
}

// campFigures draws each major community (at least four actors; the four
// largest; at most 40 actors each), in its colours of the whole graph.
func (q *Graph) campFigures(l *Layout, seed uint64) ([]out.ReportFigure, error) {
	var figs []out.ReportFigure
	for c, members := range l.members() {
		if len(members) < 4 || len(figs) == 4 || l.Count < 2 {
			break
		}
		title := fmt.Sprintf("Community %d: %s", c+1, l.Labels[c])
		fig, err := q.FigureWith(l, FigureOptions{Selection: DefaultSelection(), SizeBy: network.MeasurePageRank, Seed: seed,
			Members: members[:min(40, len(members))], Title: title})
		if err != nil {
			return nil, err
		}
		figs = append(figs, out.ReportFigure{Title: title, Diagram: fig.Diagram,
			Caption: fmt.Sprintf("Community %d (%s), drawn alone: its ties to other communities are left out.", c+1, plural(len(members), "actor"))})
	}
	return figs, nil
}

// reportTiesTop is the number of alliances and of conflicts listed.
const reportTiesTop = 8

// reportTies returns the strongest stated support and opposition, each
// with up to two sentences of the speaker about the target.
func (q *Graph) reportTies(cites *cite.List, minConfidence float64) (alliances, conflicts []out.ReportTie) {
	said := q.statementsByPair()
	var pos, neg []graph.Stance
	for _, s := range q.Stances {
		if s.Confidence > 0 && s.Confidence < minConfidence {
			continue
		}
		switch {
		case s.Net() > 0:
			pos = append(pos, s)
		case s.Net() < 0:
			neg = append(neg, s)
		}
	}
	byName := func(a, b graph.Stance) int {
		return cmp.Or(cmp.Compare(q.Nodes[a.Source].Name, q.Nodes[b.Source].Name), cmp.Compare(q.Nodes[a.Target].Name, q.Nodes[b.Target].Name))
	}
	slices.SortStableFunc(pos, func(a, b graph.Stance) int {
		return cmp.Or(cmp.Compare(b.Net(), a.Net()), cmp.Compare(b.Total(), a.Total()), byName(a, b))
	})
	slices.SortStableFunc(neg, func(a, b graph.Stance) int {
		return cmp.Or(cmp.Compare(a.Net(), b.Net()), cmp.Compare(b.Total(), a.Total()), byName(a, b))
	})
	quoted := map[string]bool{}
	tie := func(s graph.Stance, sign int) out.ReportTie {
		t := out.ReportTie{From: q.Nodes[s.Source].Name, To: q.Nodes[s.Target].Name, Positive: s.Positive, Negative: s.Negative, Neutral: s.Neutral,
			Confidence: s.Confidence}
		var evs []graph.Evidence
		for _, si := range said[[2]int{s.Source, s.Target}] {
			if st := q.Statements[si]; towards(st, s.Target) == sign && len(evs) < 2 {
				evs = append(evs, st.Evidence)
			}
		}
		// Sentences the graph keeps only as references are re-read.
		for _, ev := range q.Evidences(evs) {
			qt := out.ReportQuote{Text: ev.Text, Cite: cites.Cite(evIndex(q.Graph, ev.Doc))}
			if quoted[ev.Text] {
				qt.Text = "" // quoted above: cite it, do not repeat it
				if slices.Contains(t.Quotes, qt) {
					continue
				}
			}
			quoted[ev.Text] = true
			t.Quotes = append(t.Quotes, qt)
		}
		return t
	}
	for _, s := range pos[:min(reportTiesTop, len(pos))] {
		alliances = append(alliances, tie(s, 1))
	}
	for _, s := range neg[:min(reportTiesTop, len(neg))] {
		conflicts = append(conflicts, tie(s, -1))
	}
	return alliances, conflicts
}

// towards returns the polarity of statement st towards node t: its
// per-target polarity when the graph records one, else its polarity.
func towards(st graph.Statement, t int) int {
	if i := slices.Index(st.Targets, t); i >= 0 && i < len(st.TargetPolarity) {
		return st.TargetPolarity[i]
	}
	return st.Polarity
}

// centralPairs returns the pairs among the k most central people (the
// k most central actors when the graph has fewer than two people): the
// ties between the central states of a news corpus are direct and say
// little.
func centralPairs(g *graph.Graph, size []float64, k int) [][2]int {
	r := ranks(size)
	order := make([]int, len(r))
	for v, rk := range r {
		order[rk-1] = v
	}
	var top []int
	for _, v := range order {
		if g.Nodes[v].Type.String() == "person" && len(top) < k {
			top = append(top, v)
		}
	}
	if len(top) < 2 {
		top = order[:min(k, len(order))]
	}
	var pairs [][2]int
	for i := range top {
		for j := i + 1; j < len(top); j++ {
			pairs = append(pairs, [2]int{top[i], top[j]})
		}
	}
	return pairs
}

// evIndex returns the index of the document with the given id.
func evIndex(g *graph.Graph, id string) int {
	for i, d := range g.Documents {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// reportPath returns the first route between a and b (see Routes), one
// sentence per hop.
func (q *Graph) reportPath(n *network.Network, a, b int, cites *cite.List) out.ReportPath {
	rp := out.ReportPath{From: q.Nodes[a].Name, To: q.Nodes[b].Name}
	paths, _ := Routes(n, a, b, PathOptions{K: 1})
	if len(paths) == 0 {
		rp.Missing = "No route joins them in the co-mention graph."
		return rp
	}
	p := paths[0]
	rp.Hops = p.Hops
	for _, h := range p.Steps(n) {
		st := out.ReportStep{From: q.Nodes[h.From].Name, To: q.Nodes[h.To].Name, Weight: int(h.Weight)}
		if ei, ok := q.EdgeBetween(h.From, h.To); ok {
			for _, ev := range q.Edges[ei].Evidence() {
				if ev.Text != "" {
					st.Quote = &out.ReportQuote{Text: ev.Text, Cite: cites.Cite(ev.Doc)}
					break
				}
			}
		}
		rp.Steps = append(rp.Steps, st)
	}
	return rp
}

// plural formats a count with its noun.
func plural(n int, noun string) string {
	if n != 1 {
		noun += "s"
	}
	return fmt.Sprintf("%d %s", n, noun)
}
