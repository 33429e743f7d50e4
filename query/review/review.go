package review

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
)

// The kinds of Item.
const (
	Duplicate = "duplicate" // two nodes that may be one actor
	Ambiguous = "ambiguous" // a short name the corpus did not resolve
	Type      = "type"      // the type has strong evidence against it
	NotActor  = "not-actor" // the contexts mark a work, product or event
)

// Item is one thing an analyst should check in a graph, with a line
// for the alias file (lexicon.ParseAliases) that settles it one way.
type Item struct {
	Kind    string `json:"kind"`
	Actor   string `json:"actor"`
	ActorID string `json:"actor_id,omitempty"`
	// Other is the other actor of a duplicate, the most likely full name
	// of an ambiguous short name, or the other type of a type doubt.
	Other    string `json:"other,omitempty"`
	Mentions int    `json:"mentions"`
	// Evidence counts what points at the problem: shared co-mentioned
	// actors of a duplicate or of a short name and its likeliest full
	// name, context votes for the other type or for a thing.
	Evidence int    `json:"evidence"`
	Reason   string `json:"reason"`
	// Line is an alias-file line that settles the item: "merge A = B",
	// "actor A = org", "ignore A"; empty when a name cannot be written in
	// an alias file (it holds ',', '=' or '@').
	Line string `json:"line,omitempty"`
}

// Options configures Of.
type Options struct {
	// MinMentions leaves out actors mentioned fewer times (default 3).
	MinMentions int
	// Top keeps the first Top items (all when <= 0).
	Top int
	// Lexicon is the gazetteer the graph was built with (nil: none is
	// consulted): a short name that is one of its actors is never listed
	// as a fragment of a longer name it does not know ("Europe" of the
	// "United Nations Economic Commission for Europe").
	Lexicon *lexicon.Lexicon
}

// Of lists what an analyst should check in graph g, most mentioned
// actors first: likely duplicates and fragments, short names that stayed
// ambiguous, types with strong evidence against them, and names whose
// contexts mark a work, a product or an event.
func Of(g *graph.Graph, opts Options) []Item {
	if opts.MinMentions <= 0 {
		opts.MinMentions = 3
	}
	r := reviewer{g: g, min: opts.MinMentions, nb: neighbourSets(g), byName: map[string]int{}, lex: opts.Lexicon}
	for i := range g.Nodes {
		if _, ok := r.byName[g.Nodes[i].Name]; !ok {
			r.byName[g.Nodes[i].Name] = i
		}
	}
	var items []Item
	items = append(items, r.duplicates()...)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.Mentions < r.min {
			continue
		}
		if it, ok := r.ambiguousItem(i); ok {
			items = append(items, it)
		}
		if it, ok := typeItem(n); ok {
			items = append(items, it)
		}
		if it, ok := thingItem(n); ok {
			items = append(items, it)
		}
	}
	slices.SortStableFunc(items, func(a, b Item) int {
		if c := cmp.Compare(b.Mentions, a.Mentions); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Evidence, a.Evidence); c != 0 {
			return c
		}
		if c := strings.Compare(a.Actor, b.Actor); c != 0 {
			return c
		}
		return strings.Compare(a.Kind, b.Kind)
	})
	if opts.Top > 0 && len(items) > opts.Top {
		items = items[:opts.Top]
	}
	if items == nil {
		items = []Item{}
	}
	return items
}

// minDuplicateOverlap is the least share of co-mentioned actors (the
// shared ones over the geometric mean of their numbers) that makes two
// related names a likely duplicate.
const minDuplicateOverlap = 0.1

// reviewer holds the working data of Of.
type reviewer struct {
	g   *graph.Graph
	min int
	nb  []map[int]bool // co-mentioned nodes of each node
	// byName finds a node by name (the first of that name).
	byName map[string]int
	lex    *lexicon.Lexicon // nil: no gazetteer
}

// neighbourSets returns the co-mentioned nodes of every node.
func neighbourSets(g *graph.Graph) []map[int]bool {
	nb := make([]map[int]bool, len(g.Nodes))
	for i := range nb {
		nb[i] = map[int]bool{}
	}
	for _, e := range g.Edges {
		if e.Source >= 0 && e.Source < len(nb) && e.Target >= 0 && e.Target < len(nb) {
			nb[e.Source][e.Target] = true
			nb[e.Target][e.Source] = true
		}
	}
	return nb
}

// shared counts the actors co-mentioned with both a and b.
func (r *reviewer) shared(a, b int) int {
	x, y := r.nb[a], r.nb[b]
	if len(x) > len(y) {
		x, y = y, x
	}
	n := 0
	for v := range x {
		if v != a && v != b && y[v] {
			n++
		}
	}
	return n
}

// related returns the actors co-mentioned with both a and b when they are
// at least minDuplicateOverlap of the geometric mean of the two nodes'
// numbers of co-mentioned actors, else 0.
func (r *reviewer) related(a, b int) int {
	s := r.shared(a, b)
	if float64(s) < minDuplicateOverlap*math.Sqrt(float64(len(r.nb[a])*len(r.nb[b]))) {
		return 0
	}
	return s
}

// nameWords splits a name into lower-cased words at spaces and hyphens.
func nameWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\u00a0' })
}

// duplicates finds pairs of nodes of one type that may be one actor: a
// shorter name that is a word or the last words of a longer one
// ("Newcastle", "Newcastle United"; "Kilroy Silk", "Robert Kilroy-Silk"),
// or two people with one surname whose given names may be forms of one
// ("Bernie", "Bernard"; "G", "Gavin"). A pair is listed when the two share
// co-mentioned actors, at least minDuplicateOverlap of the geometric mean
// of their numbers of co-mentioned actors; the line merges the shorter
// name into the longer.
func (r *reviewer) duplicates() []Item {
	byWord := map[string][]int{}
	for i := range r.g.Nodes {
		n := &r.g.Nodes[i]
		if n.Mentions < r.min || n.Type == extract.KindState || len(n.Candidates) > 0 {
			continue
		}
		for _, w := range nameWords(n.Name) {
			if len(w) > 2 && !slices.Contains(byWord[w], i) {
				byWord[w] = append(byWord[w], i)
			}
		}
	}
	seen := map[[2]int]bool{}
	var out []Item
	for i := range r.g.Nodes {
		a := &r.g.Nodes[i]
		aw := nameWords(a.Name)
		if a.Mentions < r.min || len(aw) == 0 || len(a.Candidates) > 0 || len(byWord[aw[len(aw)-1]]) > 40 {
			continue // a word that dozens of names share says nothing
		}
		for _, j := range byWord[aw[len(aw)-1]] {
			b := &r.g.Nodes[j]
			if i == j || a.Type != b.Type || seen[[2]int{min(i, j), max(i, j)}] {
				continue
			}
			reason := duplicateReason(aw, nameWords(b.Name), a.Type)
			if reason == "" {
				continue
			}
			s := r.related(i, j)
			if s == 0 {
				continue // "Europe" and "Media Labs Europe" share a few of Europe's hundreds
			}
			seen[[2]int{min(i, j), max(i, j)}] = true
			// The longer name stays ("Foreign Office", "Shane Williams");
			// of two equally long ones, the more mentioned.
			keep, move := b, a
			if bw := nameWords(b.Name); len(strings.Join(aw, " ")) > len(strings.Join(bw, " ")) ||
				len(strings.Join(aw, " ")) == len(strings.Join(bw, " ")) && a.Mentions > b.Mentions {
				keep, move = a, b
			}
			if r.otherKnown(move.Name, keep.Name) {
				// "Europe" is the gazetteer's bloc, not a fragment of
				// the "United Nations Economic Commission for Europe".
				continue
			}
			if mw := len(nameWords(move.Name)); mw > 1 && mw < len(nameWords(keep.Name)) && move.Mentions > keep.Mentions {
				// A name of several words more common than the longer
				// one is a body of its own, the longer one a part or a
				// namesake of it ("Labour Party", "Parliamentary Labour
				// Party"); a fragment is rarer than its full name.
				continue
			}
			out = append(out, Item{Kind: Duplicate, Actor: move.Name, ActorID: move.ActorID, Other: keep.Name,
				Mentions: move.Mentions, Evidence: s,
				Reason: fmt.Sprintf("%s; %d co-mentioned actors in common", reason, s),
				Line:   aliasLine("merge", keep.Name, move.Name)})
		}
	}
	return out
}

// otherKnown reports whether the gazetteer knows name as an actor other
// than the one named full.
func (r *reviewer) otherKnown(name, full string) bool {
	if r.lex == nil {
		return false
	}
	es := r.lex.Lookup(name)
	return len(es) > 0 && !slices.ContainsFunc(es, func(e lexicon.Entry) bool { return e.Name == full })
}

// duplicateReason says why names a and b (lower-cased words) of one type
// may name one actor, or "".
func duplicateReason(a, b []string, kind extract.Kind) string {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch {
	case len(a) < len(b) && slices.Equal(a, b[len(b)-len(a):]):
		return "the end of the longer name"
	case len(a) == 1 && kind == extract.KindOrg && slices.Contains(b[1:], a[0]):
		// Not the first word: "Sony Ericsson" is another firm than Sony.
		return "a word of the longer name"
	case kind == extract.KindPerson && len(a) == 2 && len(b) == 2 && a[1] == b[1] && build.SameGiven(a[0], b[0]):
		return "one surname, given names that may be one"
	}
	return ""
}

// ambiguousItem is the item of short name i that stayed apart: its
// candidates (the full names it may be short for) that share
// co-mentioned actors with it, as a duplicate must (related),
// the one with the most first; the line merges the short name into that
// one. When no candidate shares anything with it, a one-word person's
// name with several candidates ("Anne") mixes several people, and its
// line drops it; any other short name is no item: it is more likely an
// actor of its own ("NHS" beside a "Norfolk High School" of one story)
// than the short form of any of them. So is a short name against a
// candidate named in fewer than a quarter of the documents that name it:
// a short form stands for a longer name in the stories that name that
// one, and "BT" in 21 stories is no "Blackadder TV" of one.
func (r *reviewer) ambiguousItem(i int) (Item, bool) {
	n := &r.g.Nodes[i]
	if len(n.Candidates) == 0 {
		return Item{}, false
	}
	type cand struct {
		name             string
		shared, mentions int
	}
	var cs []cand
	for _, c := range n.Candidates {
		j, ok := r.byName[c]
		if !ok || j == i || 4*r.g.Nodes[j].Documents < n.Documents {
			continue
		}
		if s := r.related(i, j); s > 0 {
			cs = append(cs, cand{c, s, r.g.Nodes[j].Mentions})
		}
	}
	if len(cs) == 0 {
		if n.Type != extract.KindPerson || len(nameWords(n.Name)) != 1 || len(n.Candidates) < 2 {
			return Item{}, false
		}
		// A given name or surname alone that none of its full names
		// shares company with mixes several people's mentions.
		return Item{Kind: Ambiguous, Actor: n.Name, ActorID: n.ActorID, Mentions: n.Mentions, Evidence: len(n.Candidates),
			Reason: fmt.Sprintf("may be any of %d people (%s); none shares co-mentioned actors with it",
				len(n.Candidates), strings.Join(n.Candidates[:min(len(n.Candidates), 3)], ", ")),
			Line: aliasLine("ignore", n.Name, "")}, true
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if c := cmp.Compare(b.shared, a.shared); c != 0 {
			return c
		}
		return cmp.Compare(b.mentions, a.mentions)
	})
	names := make([]string, 0, 4)
	for _, c := range cs[:min(len(cs), 4)] {
		names = append(names, fmt.Sprintf("%s (%d)", c.name, c.shared))
	}
	return Item{Kind: Ambiguous, Actor: n.Name, ActorID: n.ActorID, Other: cs[0].name,
		Mentions: n.Mentions, Evidence: cs[0].shared,
		Reason: "may be " + strings.Join(names, ", ") + " (co-mentioned actors in common)",
		Line:   aliasLine("merge", cs[0].name, n.Name)}, true
}

// typeItem is the item of a person or organisation with at least three
// context votes for the other of the two types and at least three
// quarters as many as for its own.
func typeItem(n *graph.Node) (Item, bool) {
	if n.Votes == nil || n.Type != extract.KindPerson && n.Type != extract.KindOrg {
		return Item{}, false
	}
	v := n.Votes
	person, org := v.Person, v.Org+v.NonPerson
	own, other, otherType := person, org, extract.KindOrg
	if n.Type == extract.KindOrg {
		own, other, otherType = org, person, extract.KindPerson
	}
	// A type doubt is worth a look when the contexts for the other type
	// come near those for the type (three quarters of them or more).
	if other < 3 || 4*other < 3*own {
		return Item{}, false
	}
	return Item{Kind: Type, Actor: n.Name, ActorID: n.ActorID, Other: otherType.String(),
		Mentions: n.Mentions, Evidence: other,
		Reason: fmt.Sprintf("%d contexts say %s, %d say %s", other, otherType, own, n.Type),
		Line:   aliasLine("actor", n.Name, otherType.String())}, true
}

// thingItem is the item of an actor (not a state) whose contexts mark a
// work, a product, an event or a group at least two thirds as often as
// they mark an actor. For an organisation the contexts of a product
// count only when they outnumber those of an actor: a company is named
// in its products' contexts ("the Apple iPod") and stays an actor.
func thingItem(n *graph.Node) (Item, bool) {
	if n.Votes == nil || n.Type == extract.KindState {
		return Item{}, false
	}
	v := n.Votes
	thing, acting := v.Thing(), v.Acting()
	if thing < 2 || 3*thing < 2*acting {
		return Item{}, false
	}
	if n.Type == extract.KindOrg && v.Product <= acting && 3*(thing-v.Product) < 2*acting {
		return Item{}, false // a company's products ("Apple's iPod") mark it less than they mark a thing
	}
	what := []struct {
		n    int
		name string
	}{{v.Work, "a work"}, {v.Product, "a product"}, {v.Event, "an event"}, {v.Group, "a group"}, {v.Measure, "a measure"}, {v.Site, "a site"}}
	slices.SortStableFunc(what, func(a, b struct {
		n    int
		name string
	}) int {
		return b.n - a.n
	})
	return Item{Kind: NotActor, Actor: n.Name, ActorID: n.ActorID, Mentions: n.Mentions, Evidence: thing,
		Reason: fmt.Sprintf("%d contexts mark %s, %d an actor", thing, what[0].name, acting),
		Line:   aliasLine("ignore", n.Name, "")}, true
}

// aliasLine writes an alias-file directive: "merge A = B", "actor A =
// TYPE", "ignore A"; "" when a name holds a character the alias file
// reserves.
func aliasLine(op, name, arg string) string {
	if strings.ContainsAny(name, ",=@#\n") || strings.ContainsAny(arg, ",=@#\n") {
		return ""
	}
	if op == "ignore" {
		return op + " " + name
	}
	return op + " " + name + " = " + arg
}
