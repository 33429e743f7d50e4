package query

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/build"
)

// DiffOptions configures Compare. Zero fields take the defaults in
// brackets.
type DiffOptions struct {
	// MinSupport is the least number of co-mention sentences, both periods
	// together, of a tie that is listed, and of mentions of an actor that
	// appeared or vanished [5].
	MinSupport int
	// Top is the number of lines of each section [10].
	Top int
	// Evidence is the number of sentences given with each line [2].
	Evidence int
	// RankTop limits rank shifts and community changes to the actors in
	// the top RankTop of either period [50].
	RankTop int
	// Seed and Resolution are those of the community detection [1, 1].
	Seed       uint64
	Resolution float64
	// Forms maps actor keys to the keys they are matched under (see
	// Graph.Forms); nil matches keys as they are.
	Forms map[string]string
}

func (o DiffOptions) withDefaults() DiffOptions {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.MinSupport, 5)
	def(&o.Top, 10)
	def(&o.Evidence, 2)
	def(&o.RankTop, 50)
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Resolution <= 0 {
		o.Resolution = 1
	}
	return o
}

// Side is one of the two periods (or graph files) a Diff compares.
type Side struct {
	Label     string `json:"label"`
	Documents int    `json:"documents"`
}

// ActorChange is an actor that appeared or vanished: its mentions and
// mentions per 1,000 documents in each period.
type ActorChange struct {
	Name       string     `json:"name"`
	Type       string     `json:"type"`
	Before     int        `json:"mentions_before"`
	After      int        `json:"mentions_after"`
	RateBefore float64    `json:"rate_before"`
	RateAfter  float64    `json:"rate_after"`
	Evidence   []Evidence `json:"evidence"`
	node       int
}

// TieChange is a co-mention tie that appeared, vanished, strengthened or
// weakened: its sentences in each period, the same per 1,000 documents of
// the period, and the change of that rate.
type TieChange struct {
	A          string     `json:"a"`
	B          string     `json:"b"`
	Before     int        `json:"sentences_before"`
	After      int        `json:"sentences_after"`
	RateBefore float64    `json:"rate_before"`
	RateAfter  float64    `json:"rate_after"`
	Change     float64    `json:"change"`
	Evidence   []Evidence `json:"evidence"`
	eb, ea     int
}

// StanceCount is the statements behind a stance by polarity.
type StanceCount struct {
	Support    int `json:"support"`
	Opposition int `json:"opposition"`
	Neutral    int `json:"neutral"`
}

// StanceFlip is a speaker whose net stance towards a target changed sign.
type StanceFlip struct {
	Speaker  string      `json:"speaker"`
	Target   string      `json:"target"`
	Before   StanceCount `json:"before"`
	After    StanceCount `json:"after"`
	Evidence []Statement `json:"evidence"`
}

// RankShift is an actor whose rank by PageRank on co-mentions moved.
type RankShift struct {
	Name     string     `json:"name"`
	Before   int        `json:"rank_before"`
	After    int        `json:"rank_after"`
	Shift    int        `json:"shift"`
	Evidence []Evidence `json:"evidence"`
	// node and bnode are the actor's nodes in the two graphs.
	node, bnode int
}

// CommunityChange is an actor that moved to another community: the
// largest members of the community it left and of the one it joined.
type CommunityChange struct {
	Name     string     `json:"name"`
	From     []string   `json:"from"`
	To       []string   `json:"to"`
	Evidence []Evidence `json:"evidence"`
	node     int
	mentions int
}

// Diff is what changed between two periods of a graph or two graphs.
type Diff struct {
	Before Side `json:"before"`
	After  Side `json:"after"`
	// Measure says how ties and actors are compared across periods of
	// different sizes.
	Measure          string            `json:"measure"`
	MinSupport       int               `json:"min_support"`
	AppearedActors   []ActorChange     `json:"appeared_actors"`
	VanishedActors   []ActorChange     `json:"vanished_actors"`
	AppearedTies     []TieChange       `json:"appeared_ties"`
	VanishedTies     []TieChange       `json:"vanished_ties"`
	StrengthenedTies []TieChange       `json:"strengthened_ties"`
	WeakenedTies     []TieChange       `json:"weakened_ties"`
	StanceFlips      []StanceFlip      `json:"stance_flips"`
	RankShifts       []RankShift       `json:"rank_shifts"`
	CommunityChanges []CommunityChange `json:"community_changes"`
}

// DiffMeasure describes the size-normalised measure of Compare.
const DiffMeasure = "co-mention sentences (mentions for actors) per 1,000 documents of each period; change = after - before"

// Compare returns what changed from before to after: actors and ties that
// appeared or vanished, ties that strengthened or weakened most by
// co-mention sentences per 1,000 documents of each period (so that a
// short period is not read as a quiet one), stance flips, rank shifts by
// PageRank and actors that changed community, each with its evidence.
// Actors are matched by key (by name in graphs without keys), through
// opts.Forms.
func Compare(before, after *Graph, labels [2]string, opts DiffOptions) (Diff, error) {
	opts = opts.withDefaults()
	c := &comparison{b: before, a: after, opts: opts, match: matchActors(before.Graph, after.Graph, opts.Forms)}
	d := Diff{Before: Side{labels[0], len(before.Documents)}, After: Side{labels[1], len(after.Documents)},
		Measure: DiffMeasure, MinSupport: opts.MinSupport}
	d.AppearedActors, d.VanishedActors = c.actors()
	d.AppearedTies, d.VanishedTies, d.StrengthenedTies, d.WeakenedTies = c.ties()
	d.StanceFlips = c.flips()
	var err error
	if d.RankShifts, err = c.rankShifts(); err != nil {
		return Diff{}, err
	}
	if d.CommunityChanges, err = c.communityChanges(); err != nil {
		return Diff{}, err
	}
	c.resolve()
	return d, nil
}

// comparison holds the two graphs of Compare and the actors they share:
// match[i] is the node of after that is node i of before, or -1.
type comparison struct {
	b, a  *Graph
	opts  DiffOptions
	match []int
	back  []int // the inverse of match
	// pending are the sentences of the lines, read in one pass per graph
	// at the end (resolve).
	pending []pendingText
}

// pendingText is sentences of a graph that a line cites, and where their
// records go.
type pendingText struct {
	q   *Graph
	evs []graph.Evidence
	set func([]Evidence)
}

// later asks for the records of evs of q, given to set by resolve.
func (c *comparison) later(q *Graph, evs []graph.Evidence, set func([]Evidence)) {
	c.pending = append(c.pending, pendingText{q, evs, set})
}

// resolve reads the sentences asked for, one pass over the sources of
// each graph.
func (c *comparison) resolve() {
	for _, q := range []*Graph{c.b, c.a} {
		var all []graph.Evidence
		for _, p := range c.pending {
			if p.q == q {
				all = append(all, p.evs...)
			}
		}
		texts := q.Evidences(all)
		for _, p := range c.pending {
			if p.q == q {
				p.set(texts[:len(p.evs):len(p.evs)])
				texts = texts[len(p.evs):]
			}
		}
	}
	c.pending = nil
}

// actorKey is the identity of a node across graphs: its key, or the key
// id maps it to (a form merged into another actor), or its name in
// graphs without keys.
func actorKey(n *graph.Node, id map[string]string) string {
	if n.Key == "" {
		return "\x00" + n.Name
	}
	if k, ok := id[n.Key]; ok {
		return k
	}
	return n.Key
}

// Forms returns the identity of the forms merged into q's actors (see
// graph.Node.Merged): form key -> the key of the actor. Two periods of one
// graph compared with it (DiffOptions.Forms) see a surname that a period
// leaves apart as the full name the whole graph merged it into. A short
// form is kept per document (its key, U+001F and the document's ID); the
// form without the document stands for the actor too when all its
// documents' forms went to that one actor, since a period that resolves
// none of them to a full name gives them that key.
func (q *Graph) Forms() map[string]string {
	id := map[string]string{}
	base := map[string]string{}
	keys := make(map[string]bool, len(q.Nodes))
	for _, n := range q.Nodes {
		keys[n.Key] = true
		for _, m := range n.Merged() {
			id[m.Key] = n.Key
			b, _, perDoc := build.SplitKey(m.Key)
			if !perDoc || b == n.Key {
				continue
			}
			if t, seen := base[b]; seen && t != n.Key {
				base[b] = "" // forms of two actors: no identity
			} else if !seen {
				base[b] = n.Key
			}
		}
	}
	for b, t := range base {
		if _, own := id[b]; t != "" && !own && !keys[b] {
			id[b] = t
		}
	}
	return id
}

// matchActors returns, for every node of b, the node of a with its key.
func matchActors(b, a *graph.Graph, id map[string]string) []int {
	byKey := make(map[string]int, len(a.Nodes))
	for i := range a.Nodes {
		byKey[actorKey(&a.Nodes[i], id)] = i
	}
	m := make([]int, len(b.Nodes))
	for i := range b.Nodes {
		j, ok := byKey[actorKey(&b.Nodes[i], id)]
		if !ok {
			j = -1
		}
		m[i] = j
	}
	return m
}

// inverse returns the node of before for every node of after, or -1.
func (c *comparison) inverse() []int {
	if c.back == nil {
		c.back = make([]int, len(c.a.Nodes))
		for i := range c.back {
			c.back[i] = -1
		}
		for i, j := range c.match {
			if j >= 0 {
				c.back[j] = i
			}
		}
	}
	return c.back
}

// rate returns n per 1,000 documents of g.
func rate(n int, g *Graph) float64 {
	if len(g.Documents) == 0 {
		return 0
	}
	return float64(n) * 1000 / float64(len(g.Documents))
}

// actors returns the actors of after that are not in before and those of
// before that are not in after, most mentioned first.
func (c *comparison) actors() (appeared, vanished []ActorChange) {
	back := c.inverse()
	for j := range c.a.Nodes {
		if n := &c.a.Nodes[j]; back[j] < 0 && n.Mentions >= c.opts.MinSupport {
			appeared = append(appeared, ActorChange{Name: n.Name, Type: n.Type.String(), After: n.Mentions,
				RateAfter: rate(n.Mentions, c.a), node: j})
		}
	}
	for i, j := range c.match {
		if n := &c.b.Nodes[i]; j < 0 && n.Mentions >= c.opts.MinSupport {
			vanished = append(vanished, ActorChange{Name: n.Name, Type: n.Type.String(), Before: n.Mentions,
				RateBefore: rate(n.Mentions, c.b), node: i})
		}
	}
	byMentions := func(x, y ActorChange) int {
		if d := (y.Before + y.After) - (x.Before + x.After); d != 0 {
			return d
		}
		return strings.Compare(x.Name, y.Name)
	}
	appeared, vanished = c.top(appeared, byMentions), c.top(vanished, byMentions)
	for i := range appeared {
		r := &appeared[i]
		c.later(c.a, c.a.actorEvidence(r.node, c.opts.Evidence), func(e []Evidence) { r.Evidence = e })
	}
	for i := range vanished {
		r := &vanished[i]
		c.later(c.b, c.b.actorEvidence(r.node, c.opts.Evidence), func(e []Evidence) { r.Evidence = e })
	}
	return appeared, vanished
}

// topTies sorts list and keeps the first Top lines.
func (c *comparison) topTies(list []TieChange, less func(x, y TieChange) int) []TieChange {
	slices.SortFunc(list, less)
	return clipList(list, c.opts.Top)
}

// top sorts list and keeps the first Top lines.
func (c *comparison) top(list []ActorChange, less func(x, y ActorChange) int) []ActorChange {
	slices.SortFunc(list, less)
	return clipList(list, c.opts.Top)
}

// clipList returns the first n of list, never nil.
func clipList[T any](list []T, n int) []T {
	if len(list) > n {
		list = list[:n]
	}
	if list == nil {
		list = []T{}
	}
	return list
}

// actorEvidence returns sentences about node v: the first example of each
// of its strongest ties, else its statements.
func (q *Graph) actorEvidence(v, n int) []graph.Evidence {
	type tie struct{ w, e int }
	var ties []tie
	for i, e := range q.Edges {
		if e.Source == v || e.Target == v {
			ties = append(ties, tie{e.Weight, i})
		}
	}
	slices.SortStableFunc(ties, func(x, y tie) int { return y.w - x.w })
	var evs []graph.Evidence
	for _, t := range ties {
		if len(evs) == n {
			break
		}
		if ex := q.Edges[t.e].Evidence(); len(ex) > 0 {
			evs = append(evs, ex[0])
		}
	}
	for _, s := range q.Statements {
		if len(evs) >= n {
			break
		}
		if s.Speaker == v {
			evs = append(evs, s.Evidence)
		}
	}
	return evs
}
