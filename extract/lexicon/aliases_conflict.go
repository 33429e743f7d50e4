package lexicon

import (
	"fmt"
	"strings"
)

// directive is where a name was used in an alias file, for messages.
type directive struct {
	line int
	text string
}

func (d directive) String() string { return fmt.Sprintf("line %d (%s)", d.line, d.text) }

// conflicts returns a *ParseError for the first directive that contradicts
// an earlier one, naming both lines: two merges that make a cycle (merge A
// = B, merge B = A); one name merged into two actors; a merge and a split
// of the same two names; an ignored name that another directive declares,
// aliases, merges or splits; an actor declared twice with another type or
// affiliation. Such files have no meaning that "later lines win" could
// rescue without surprising the user.
func (a *Aliases) conflicts() error {
	used := map[string]directive{}      // first directive naming a (folded) name
	ignored := map[string]directive{}   // ignored names
	into := map[string]string{}         // merged name -> the actor it was merged into (folded)
	intoAt := map[string]directive{}    // where
	merged := map[[2]string]directive{} // merged pairs
	split := map[[2]string]directive{}  // split pairs
	actors := map[string]aliasRule{}
	fail := func(r aliasRule, format string, args ...any) error {
		return &ParseError{Source: a.Source, Line: r.line, Err: fmt.Errorf(format, args...)}
	}
	for _, r := range a.rules {
		here := directive{r.line, r.text()}
		names := append([]string{r.name}, r.args...)
		if r.op != "ignore" {
			for _, n := range names {
				if d, ok := ignored[foldName(n)]; ok && n != "" {
					return fail(r, "%s names %q, which %s ignores", r.text(), n, d)
				}
			}
		}
		switch r.op {
		case "actor":
			if prev, ok := actors[foldName(r.name)]; ok && (prev.kind != r.kind || prev.place != r.place || !strings.EqualFold(prev.aff, r.aff)) {
				return fail(r, "%s contradicts line %d (%s)", r.text(), prev.line, prev.text())
			}
			actors[foldName(r.name)] = r
		case "merge":
			target := foldName(r.name)
			for _, o := range r.args {
				other := foldName(o)
				if other == target {
					continue
				}
				if prev, ok := into[other]; ok && prev != target {
					return fail(r, "%s merges %q into a second actor: %s merged it already", r.text(), o, intoAt[other])
				}
				if d, ok := split[namePair(r.name, o)]; ok {
					return fail(r, "%s contradicts %s", r.text(), d)
				}
				// Following the merges from the target back to other
				// closes a cycle.
				for cur, steps := target, 0; steps <= len(into); steps++ {
					next, ok := into[cur]
					if !ok {
						break
					}
					if next == other {
						return fail(r, "%s makes a cycle of merges with %s", r.text(), intoAt[cur])
					}
					cur = next
				}
				into[other], intoAt[other] = target, here
				merged[namePair(r.name, o)] = here
			}
		case "split":
			for _, o := range r.args {
				if foldName(o) == foldName(r.name) {
					continue // split Georgia = Georgia: a name apart from its gazetteer meaning
				}
				if d, ok := merged[namePair(r.name, o)]; ok {
					return fail(r, "%s contradicts %s", r.text(), d)
				}
				split[namePair(r.name, o)] = here
			}
		case "ignore":
			for _, o := range r.args {
				if d, ok := used[foldName(o)]; ok {
					return fail(r, "ignore %s contradicts %s", o, d)
				}
				ignored[foldName(o)] = here
			}
			continue
		}
		for _, n := range names {
			if _, ok := used[foldName(n)]; !ok && n != "" {
				used[foldName(n)] = here
			}
		}
	}
	return nil
}

// text renders a directive as it would be written, for messages.
func (r aliasRule) text() string {
	switch r.op {
	case "ignore":
		return "ignore " + strings.Join(r.args, ", ")
	case "actor":
		t := r.kind.String()
		if r.place {
			t = "place"
		}
		if r.aff != "" {
			t += " @ " + r.aff
		}
		return "actor " + r.name + " = " + t
	}
	return r.op + " " + r.name + " = " + strings.Join(r.args, ", ")
}
