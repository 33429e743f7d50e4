package query

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/network"
)

// tiePair is a tie in the two graphs: its edge in each (-1 if none).
type tiePair struct {
	eb, ea int
}

// ties returns the ties that appeared, vanished, strengthened and
// weakened, with at least MinSupport sentences in the two periods.
func (c *comparison) ties() (appeared, vanished, stronger, weaker []TieChange) {
	pairs := map[[2]string]*tiePair{}
	get := func(g *Graph, e graph.Edge) *tiePair {
		k := [2]string{actorKey(&g.Nodes[e.Source], c.opts.Forms), actorKey(&g.Nodes[e.Target], c.opts.Forms)}
		if k[0] > k[1] {
			k[0], k[1] = k[1], k[0]
		}
		p := pairs[k]
		if p == nil {
			p = &tiePair{-1, -1}
			pairs[k] = p
		}
		return p
	}
	for i, e := range c.b.Edges {
		get(c.b, e).eb = i
	}
	for i, e := range c.a.Edges {
		get(c.a, e).ea = i
	}
	for _, p := range pairs {
		t, ok := c.tieChange(p)
		switch {
		case !ok:
		case t.Before == 0:
			appeared = append(appeared, t)
		case t.After == 0:
			vanished = append(vanished, t)
		case t.Change > 0:
			stronger = append(stronger, t)
		case t.Change < 0:
			weaker = append(weaker, t)
		}
	}
	byChange := func(sign float64) func(x, y TieChange) int {
		return func(x, y TieChange) int {
			if d := cmp.Compare(sign*y.Change, sign*x.Change); d != 0 {
				return d
			}
			if d := strings.Compare(x.A, y.A); d != 0 {
				return d
			}
			return strings.Compare(x.B, y.B)
		}
	}
	appeared, stronger = c.topTies(appeared, byChange(1)), c.topTies(stronger, byChange(1))
	vanished, weaker = c.topTies(vanished, byChange(-1)), c.topTies(weaker, byChange(-1))
	c.tieEvidence(appeared, vanished, stronger, weaker)
	return appeared, vanished, stronger, weaker
}

// tieChange returns the change of a tie; ok is false below MinSupport.
func (c *comparison) tieChange(p *tiePair) (TieChange, bool) {
	var t TieChange
	var e graph.Edge
	if p.eb >= 0 {
		e = c.b.Edges[p.eb]
		t.Before = e.Weight
		t.A, t.B = c.b.Nodes[e.Source].Name, c.b.Nodes[e.Target].Name
	}
	if p.ea >= 0 {
		e = c.a.Edges[p.ea]
		t.After = e.Weight
		t.A, t.B = c.a.Nodes[e.Source].Name, c.a.Nodes[e.Target].Name
	}
	if t.Before+t.After < c.opts.MinSupport {
		return TieChange{}, false
	}
	t.RateBefore, t.RateAfter = round2(rate(t.Before, c.b)), round2(rate(t.After, c.a))
	t.Change = round2(t.RateAfter - t.RateBefore)
	t.eb, t.ea = p.eb, p.ea
	return t, true
}

// round2 rounds to two decimals, so that JSON does not carry float noise.
func round2(v float64) float64 { return math.Round(v*100) / 100 }

// flips returns the stances whose net polarity changed sign, largest swing
// first, with a statement of each period.
func (c *comparison) flips() []StanceFlip {
	type flip struct {
		sb, sa int
		swing  int
	}
	before := map[[2]string]int{}
	for i, s := range c.b.Stances {
		before[[2]string{actorKey(&c.b.Nodes[s.Source], c.opts.Forms), actorKey(&c.b.Nodes[s.Target], c.opts.Forms)}] = i
	}
	var fs []flip
	for j, s := range c.a.Stances {
		i, ok := before[[2]string{actorKey(&c.a.Nodes[s.Source], c.opts.Forms), actorKey(&c.a.Nodes[s.Target], c.opts.Forms)}]
		if !ok {
			continue
		}
		nb, na := c.b.Stances[i].Net(), s.Net()
		if nb*na < 0 {
			fs = append(fs, flip{i, j, abs(na - nb)})
		}
	}
	slices.SortFunc(fs, func(x, y flip) int {
		if x.swing != y.swing {
			return y.swing - x.swing
		}
		return strings.Compare(c.a.Nodes[c.a.Stances[x.sa].Source].Name+"\x00"+c.a.Nodes[c.a.Stances[x.sa].Target].Name,
			c.a.Nodes[c.a.Stances[y.sa].Source].Name+"\x00"+c.a.Nodes[c.a.Stances[y.sa].Target].Name)
	})
	out := make([]StanceFlip, min(len(fs), c.opts.Top))
	for k := range out {
		sb, sa := c.b.Stances[fs[k].sb], c.a.Stances[fs[k].sa]
		out[k] = StanceFlip{Speaker: c.a.Nodes[sa.Source].Name, Target: c.a.Nodes[sa.Target].Name,
			Before: StanceCount{sb.Positive, sb.Negative, sb.Neutral}, After: StanceCount{sa.Positive, sa.Negative, sa.Neutral},
			Evidence: []Statement{}}
		r := &out[k]
		c.flipEvidence(c.a, sa, func(st []Statement) { r.Evidence = append(st, r.Evidence...) })
		c.flipEvidence(c.b, sb, func(st []Statement) { r.Evidence = append(r.Evidence, st...) })
	}
	return out
}

// flipEvidence asks for the first statement of a stance with the sign of
// its net polarity.
func (c *comparison) flipEvidence(q *Graph, s graph.Stance, set func([]Statement)) {
	want := sign(s.Net())
	for _, st := range q.Statements {
		if st.Speaker == s.Source && st.Polarity == want && slices.Contains(st.Targets, s.Target) {
			c.later(q, []graph.Evidence{st.Evidence}, func(ev []Evidence) { set([]Statement{q.newStatement(st, ev[0])}) })
			return
		}
	}
}

func sign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// pageRankRanks returns the rank (1 = highest PageRank on co-mentions) of every
// node of q.
func pageRankRanks(q *Graph) ([]int, error) {
	scores, err := network.Centrality(network.Project(q.Graph, network.LayerComention), network.MeasurePageRank, network.CentralityOptions{Seed: 1})
	if err != nil {
		return nil, err
	}
	r := make([]int, len(q.Nodes))
	for i, s := range scores {
		r[s.Node] = i + 1
	}
	return r, nil
}

// rankShifts returns the actors of the top RankTop of either period whose
// PageRank rank moved most.
func (c *comparison) rankShifts() ([]RankShift, error) {
	rb, err := pageRankRanks(c.b)
	if err != nil {
		return nil, err
	}
	ra, err := pageRankRanks(c.a)
	if err != nil {
		return nil, err
	}
	var out []RankShift
	for i, j := range c.match {
		if j < 0 || rb[i] == 0 || ra[j] == 0 || min(rb[i], ra[j]) > c.opts.RankTop || rb[i] == ra[j] {
			continue
		}
		out = append(out, RankShift{Name: c.a.Nodes[j].Name, Before: rb[i], After: ra[j], Shift: rb[i] - ra[j], node: j, bnode: i})
	}
	slices.SortFunc(out, func(x, y RankShift) int {
		if d := abs(y.Shift) - abs(x.Shift); d != 0 {
			return d
		}
		return strings.Compare(x.Name, y.Name)
	})
	out = clipList(out, c.opts.Top)
	for k := range out {
		r := &out[k]
		q, v := c.a, r.node
		if r.Shift < 0 {
			q, v = c.b, r.bnode
		}
		c.later(q, q.actorEvidence(v, 1), func(ev []Evidence) { r.Evidence = ev })
	}
	return out, nil
}

// membership returns the community of every node of q on co-mentions.
func (c *comparison) membership(q *Graph) ([]int, error) {
	p, err := network.Communities(network.Project(q.Graph, network.LayerComention),
		network.CommunityOptions{Resolution: c.opts.Resolution, Seed: c.opts.Seed})
	if err != nil {
		return nil, err
	}
	return p.Membership(len(q.Nodes)), nil
}

// communityChanges returns the actors among the RankTop most mentioned of
// either period that left their community: the communities of the two
// periods are matched one to one by the most shared actors, and an actor
// changed when its later community is not the match of its earlier one.
func (c *comparison) communityChanges() ([]CommunityChange, error) {
	mb, err := c.membership(c.b)
	if err != nil {
		return nil, err
	}
	ma, err := c.membership(c.a)
	if err != nil {
		return nil, err
	}
	matched := matchCommunities(c.match, mb, ma)
	tracked := c.mostMentioned()
	var out []CommunityChange
	for i, j := range c.match {
		if j < 0 || !tracked[i] || mb[i] < 0 || ma[j] < 0 || matched[ma[j]] == mb[i] {
			continue
		}
		out = append(out, CommunityChange{Name: c.a.Nodes[j].Name, From: topMembers(c.b, mb, mb[i], 3),
			To: topMembers(c.a, ma, ma[j], 3), node: j, mentions: c.a.Nodes[j].Mentions})
	}
	slices.SortFunc(out, func(x, y CommunityChange) int {
		if x.mentions != y.mentions {
			return y.mentions - x.mentions
		}
		return strings.Compare(x.Name, y.Name)
	})
	out = clipList(out, c.opts.Top)
	for k := range out {
		r := &out[k]
		c.later(c.a, c.a.tieInto(r.node, ma), func(ev []Evidence) { r.Evidence = ev })
	}
	return out, nil
}

// mostMentioned marks the actors of before that are among the RankTop most
// mentioned of either period.
func (c *comparison) mostMentioned() []bool {
	top := func(q *Graph) map[int]bool {
		ids := make([]int, len(q.Nodes))
		for i := range ids {
			ids[i] = i
		}
		slices.SortStableFunc(ids, func(x, y int) int { return q.Nodes[y].Mentions - q.Nodes[x].Mentions })
		m := map[int]bool{}
		for _, v := range ids[:min(c.opts.RankTop, len(ids))] {
			m[v] = true
		}
		return m
	}
	tb, ta := top(c.b), top(c.a)
	out := make([]bool, len(c.match))
	for i, j := range c.match {
		out[i] = tb[i] || j >= 0 && ta[j]
	}
	return out
}

// matchCommunities matches every community of the later partition to one
// of the earlier, greedily by the number of actors they share (ties by
// community ids); unmatched ones get -1.
func matchCommunities(match, mb, ma []int) map[int]int {
	shared := map[[2]int]int{}
	for i, j := range match {
		if j >= 0 && mb[i] >= 0 && ma[j] >= 0 {
			shared[[2]int{mb[i], ma[j]}]++
		}
	}
	pairs := make([][2]int, 0, len(shared))
	for p := range shared {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(x, y [2]int) int {
		if d := shared[y] - shared[x]; d != 0 {
			return d
		}
		if x[0] != y[0] {
			return x[0] - y[0]
		}
		return x[1] - y[1]
	})
	out := map[int]int{}
	used := map[int]bool{}
	for _, p := range pairs {
		if _, done := out[p[1]]; done || used[p[0]] {
			continue
		}
		out[p[1]], used[p[0]] = p[0], true
	}
	for _, cm := range ma {
		if _, ok := out[cm]; !ok && cm >= 0 {
			out[cm] = -1
		}
	}
	return out
}

// topMembers returns the n most mentioned members of community cm of q.
func topMembers(q *Graph, m []int, cm, n int) []string {
	var ids []int
	for v, x := range m {
		if x == cm {
			ids = append(ids, v)
		}
	}
	slices.SortStableFunc(ids, func(x, y int) int {
		if d := q.Nodes[y].Mentions - q.Nodes[x].Mentions; d != 0 {
			return d
		}
		return strings.Compare(q.Nodes[x].Name, q.Nodes[y].Name)
	})
	names := make([]string, 0, n)
	for _, v := range ids[:min(n, len(ids))] {
		names = append(names, q.Nodes[v].Name)
	}
	return names
}

// tieInto returns the first example of v's strongest tie to a member of
// its own community.
func (q *Graph) tieInto(v int, m []int) []graph.Evidence {
	best := -1
	for i, e := range q.Edges {
		u := e.Source
		if u == v {
			u = e.Target
		} else if e.Target != v {
			continue
		}
		if m[u] == m[v] && (best < 0 || e.Weight > q.Edges[best].Weight) && len(e.Evidence()) > 0 {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return q.Edges[best].Evidence()[:1]
}
