package query

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// NotFoundError is returned by Find for a name that matches no actor. It
// carries the nearest names as suggestions.
type NotFoundError struct {
	Name        string
	Suggestions []string
}

func (e *NotFoundError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no actor named %q", e.Name)
	}
	return fmt.Sprintf("no actor named %q; did you mean %s?", e.Name, quoteList(e.Suggestions))
}

// AmbiguousError is returned by Find for a name that matches several actors
// equally well.
type AmbiguousError struct {
	Name       string
	Candidates []string
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q is ambiguous: it could be %s", e.Name, quoteList(e.Candidates))
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// foldName normalises a name for matching: lower case, curly apostrophes
// folded, a trailing possessive and a leading "the" removed, spaces
// collapsed.
func foldName(s string) string {
	if strings.ContainsAny(s, "\u2019\u2018") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\u2019", "'"), "\u2018", "'")
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "'")
	s = strings.TrimPrefix(s, "the ")
	return s
}

// Find resolves an actor name as a user types it on the command line:
// its stable ActorID, or case-insensitively its name, its aliases, its
// spelling variants (lexicon.NameKey) and, for people, the surname alone;
// a name the graph does not know is looked up in the gazetteer ("Kremlin"
// -> Russia). A short name that the corpus did not resolve (a node with
// Candidates, "Howard" beside Michael and John Howard) is ambiguous unless
// it is given by its ActorID.
// When several actors match at the same stage, the result is an
// *AmbiguousError listing them; when none does, a *NotFoundError with the
// nearest names.
func (q *Graph) Find(name string) (int, error) {
	if err := checkName(name); err != nil {
		return -1, err
	}
	// As the readers do with text: no invisible characters, no words
	// mixing look-alike scripts ("Рutin" with a Cyrillic Р is Putin).
	name = text.StripInvisible(text.FoldMixedScript(name))
	id, err := find(q.Graph, name)
	if err == nil {
		return shortForm(q.Graph, id, name)
	}
	var nf *NotFoundError
	if err == nil || !errors.As(err, &nf) {
		return id, err
	}
	if lex, lerr := q.lexicon(); lerr == nil {
		for _, e := range lex.LookupFold(name) {
			if e.Kind == extract.KindUnknown {
				continue
			}
			if id, err2 := find(q.Graph, e.Name); err2 == nil {
				return id, nil
			}
		}
	}
	return -1, err
}

// find is Find within the names of g.
func find(g *graph.Graph, name string) (int, error) {
	q := foldName(name)
	if q == "" {
		return -1, &NotFoundError{Name: name}
	}
	qk := lexicon.NameKey(name)
	// same compares a name with the query; names whose length is far from
	// the query's cannot fold to it (folding removes at most a "the ", a
	// possessive and curly quotes), which spares folding every name of a
	// large graph.
	same := func(a string) bool {
		if d := len(a) - len(q); d < -2 || d > 12 {
			return false
		}
		return foldName(a) == q
	}
	stages := []func(n *graph.Node) bool{
		func(n *graph.Node) bool { return n.ActorID != "" && n.ActorID == name },
		func(n *graph.Node) bool { return same(n.Name) },
		func(n *graph.Node) bool { return slices.ContainsFunc(n.Aliases, same) },
		func(n *graph.Node) bool {
			if qk == "" {
				return false
			}
			if variant(name, qk, n.Name) {
				return true
			}
			return slices.ContainsFunc(n.Aliases, func(a string) bool { return variant(name, qk, a) })
		},
		func(n *graph.Node) bool {
			if n.Type != extract.KindPerson {
				return false
			}
			w := strings.Fields(n.Name)
			return len(w) > 1 && foldName(w[len(w)-1]) == q
		},
	}
	for _, match := range stages {
		var hits []int
		for i := range g.Nodes {
			if match(&g.Nodes[i]) {
				hits = append(hits, i)
			}
		}
		switch len(hits) {
		case 0:
			continue
		case 1:
			return hits[0], nil
		}
		// Prefer a clear favourite: an actor with at least three times
		// the mentions of every other candidate is what the user means.
		slices.SortFunc(hits, func(a, b int) int { return g.Nodes[b].Mentions - g.Nodes[a].Mentions })
		if g.Nodes[hits[0]].Mentions >= 3*g.Nodes[hits[1]].Mentions {
			return hits[0], nil
		}
		names := make([]string, len(hits))
		for i, h := range hits {
			names[i] = g.Nodes[h].Name
		}
		slices.Sort(names)
		return -1, &AmbiguousError{Name: name, Candidates: names}
	}
	return -1, &NotFoundError{Name: name, Suggestions: suggest(g, q, 5)}
}

// suggest returns up to k actor names of g closest to q by edit distance over
// names and aliases.
func suggest(g *graph.Graph, q string, k int) []string {
	type cand struct {
		name string
		dist int
		ment int
	}
	best := map[string]cand{}
	limit := max(2, len(q)/3)
	for _, n := range g.Nodes {
		forms := append([]string{n.Name}, n.Aliases...)
		for _, f := range forms {
			ff := foldName(f)
			d := EditDistance(q, ff)
			if strings.Contains(ff, q) || strings.Contains(q, ff) && len(ff) > 3 {
				d = min(d, 1)
			}
			if d > limit {
				continue
			}
			if c, ok := best[n.Name]; !ok || d < c.dist {
				best[n.Name] = cand{n.Name, d, n.Mentions}
			}
		}
	}
	list := make([]cand, 0, len(best))
	for _, c := range best {
		list = append(list, c)
	}
	slices.SortFunc(list, func(a, b cand) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		if a.ment != b.ment {
			return b.ment - a.ment
		}
		return strings.Compare(a.name, b.name)
	})
	out := []string{}
	for i := 0; i < len(list) && i < k; i++ {
		out = append(out, list[i].name)
	}
	return out
}

// EditDistance is the Levenshtein distance between a and b in runes, the
// measure behind "did you mean" for actor names and commands. Strings over
// 256 runes get the longer length, so that the cost stays bounded.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 256 || len(rb) > 256 {
		return max(len(ra), len(rb))
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
