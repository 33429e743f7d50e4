package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/text"
)

// ParseError is an error at a position in a text file: an alias file or a
// gazetteer. Line and Column are 1-based; Column counts bytes.
type ParseError struct {
	Source string // file name as given by the caller
	Line   int
	Column int
	Err    error
}

// Error returns "source:line:column: message" (the column is omitted when
// it is 0).
func (e *ParseError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.Source, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Aliases is a parsed user alias file (the --aliases flag). Apply it to a
// lexicon with Lexicon.WithAliases.
//
// The file is UTF-8 text, one directive per line. Blank lines are ignored,
// and so is everything from a '#' that starts a line or follows a space.
// A directive is a keyword, a name, and for most keywords '=' and a
// comma-separated list. Names are compared after collapsing spaces; they
// cannot contain ',', '=' or '@'. A NAME that is a known actor in another
// case ("russia") means that actor; ignore, merge and split compare names
// without regard to case. An ALIAS matches in text like a gazetteer
// phrase: as written, capitalised, or in ALL CAPS (lower-case aliases match
// in any case).
//
//	actor NAME = TYPE [@ AFFILIATION]
//	    Declare an actor. TYPE is person, state, org or place (a place is
//	    never an actor). AFFILIATION is the state or organisation it acts
//	    for. A declared name wins over every gazetteer meaning of it.
//	        actor Steve Witkoff = person @ United States
//	        actor Abu Dhabi = place
//
//	alias NAME = ALIAS, ALIAS, ...
//	    Make each ALIAS a name of NAME. NAME should be a gazetteer name or
//	    be declared with actor (else the alias has no type).
//	        alias Steve Witkoff = Witkoff, Steven Witkoff
//
//	merge NAME = OTHER, OTHER, ...
//	    Treat each OTHER as the same actor as NAME, even when the gazetteer
//	    or the extractor sees separate actors: every meaning named OTHER is
//	    renamed NAME, and MergeTarget(OTHER) reports NAME.
//	        merge Russia = Soviet Union
//
//	split NAME = OTHER, OTHER, ...
//	    Keep NAME and each OTHER apart: OTHER no longer means NAME in the
//	    gazetteer, and KeepApart(NAME, OTHER) tells the extractor not to
//	    merge them automatically.
//	        split Georgia = Georgia           # "Georgia" is the US state here
//	        split Joe Biden = Hunter Biden
//
//	ignore NAME, NAME, ...
//	    Never treat NAME as an actor (gazetteer or automatic).
//	        ignore Reuters, Bloomberg
//
// Directives that contradict each other (merge A = B and merge B = A; one
// name merged into two actors; a merge and a split of the same names; an
// ignored name used by another directive; an actor declared twice
// differently) are errors naming both lines.
type Aliases struct {
	// Source is the name passed to ParseAliases.
	Source string
	rules  []aliasRule
}

// Len returns the number of directives.
func (a *Aliases) Len() int { return len(a.rules) }

type aliasRule struct {
	op    string // actor, alias, merge, split, ignore
	name  string
	kind  Kind
	place bool
	aff   string
	args  []string
	line  int
}

// ParseAliases reads an alias file; name is used in error messages, which
// are *ParseError values ("aliases.txt:3:1: unknown directive ...").
func ParseAliases(r io.Reader, name string) (*Aliases, error) {
	a := &Aliases{Source: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if !utf8.ValidString(text) {
			return nil, &ParseError{Source: name, Line: line, Column: 1, Err: errors.New("invalid UTF-8")}
		}
		rule, col, err := parseLine(text)
		if err != nil {
			return nil, &ParseError{Source: name, Line: line, Column: col, Err: err}
		}
		if rule.op == "" {
			continue
		}
		rule.line = line
		a.rules = append(a.rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{Source: name, Line: line + 1, Column: 1, Err: err}
	}
	if err := a.conflicts(); err != nil {
		return nil, err
	}
	return a, nil
}

// stripComment cuts a '#' comment that starts the line or follows a
// space or tab.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

// parseLine parses one line; an empty rule means a blank line. On error
// it returns the 1-based byte column of the problem.
func parseLine(line string) (aliasRule, int, error) {
	s := stripComment(line)
	body := strings.TrimLeft(s, " \t")
	if strings.TrimSpace(body) == "" {
		return aliasRule{}, 0, nil
	}
	col0 := len(s) - len(body) + 1
	kw, rest, _ := strings.Cut(body, " ")
	if t, r, ok := strings.Cut(kw, "\t"); ok {
		kw, rest = t, r+" "+rest
	}
	r := aliasRule{op: strings.ToLower(kw)}
	restCol := col0 + len(kw) + 1
	lhs, rhs, hasEq := strings.Cut(rest, "=")
	rhsCol := restCol + len(lhs) + 1
	switch r.op {
	case "ignore":
		if hasEq {
			return r, rhsCol - 1, errors.New("ignore takes a list of names, not '='")
		}
		names, err := parseNameList(lhs)
		if err != nil {
			return r, restCol, err
		}
		if len(names) == 0 {
			return r, restCol, errors.New("ignore needs at least one name")
		}
		r.args = names
		return r, 0, nil
	case "actor", "alias", "merge", "split":
	default:
		return r, col0, fmt.Errorf("unknown directive %q (want actor, alias, merge, split or ignore)", kw)
	}
	name, err := parseName(lhs)
	if err != nil {
		return r, restCol, err
	}
	if name == "" {
		return r, restCol, fmt.Errorf("%s needs a name", r.op)
	}
	if !hasEq {
		return r, restCol + len(lhs), fmt.Errorf("%s %s: missing '='", r.op, name)
	}
	r.name = name
	if r.op == "actor" {
		typ, aff, hasAff := strings.Cut(rhs, "@")
		typ = strings.TrimSpace(typ)
		if strings.EqualFold(typ, "place") {
			r.place = true
		} else {
			k, err := ParseKind(typ)
			if err != nil || typ == "" {
				return r, rhsCol, fmt.Errorf("actor %s: unknown type %q (want person, state, org or place)", name, typ)
			}
			r.kind = k
		}
		if hasAff {
			a, err := parseName(aff)
			if err != nil {
				return r, rhsCol + len(typ), err
			}
			if a == "" {
				return r, rhsCol + len(typ), fmt.Errorf("actor %s: empty affiliation after '@'", name)
			}
			r.aff = a
		}
		return r, 0, nil
	}
	args, err := parseNameList(rhs)
	if err != nil {
		return r, rhsCol, err
	}
	if len(args) == 0 {
		return r, rhsCol, fmt.Errorf("%s %s: empty list after '='", r.op, name)
	}
	r.args = args
	return r, 0, nil
}

// parseName trims and normalises a name and rejects reserved characters.
func parseName(s string) (string, error) {
	n := normalise(text.StripInvisible(text.FoldMixedScript(s)))
	if i := strings.IndexAny(n, "=@,"); i >= 0 {
		return "", fmt.Errorf("unexpected %q in name %q", n[i], n)
	}
	return n, nil
}

func parseNameList(s string) ([]string, error) {
	var out []string
	for p := range strings.SplitSeq(s, ",") {
		n, err := parseName(p)
		if err != nil {
			return nil, err
		}
		if n == "" {
			if strings.TrimSpace(s) == "" {
				return nil, nil
			}
			return nil, fmt.Errorf("empty name in list %q", strings.TrimSpace(s))
		}
		out = append(out, n)
	}
	return out, nil
}

// foldName is the case-insensitive form of a name used by Ignored,
// MergeTarget and KeepApart.
func foldName(s string) string { return strings.ToLower(normalise(s)) }

// WithAliases returns a new lexicon with the directives of a applied; user
// entries win over the gazetteer. l itself is not changed. A nil a returns
// l.
func (l *Lexicon) WithAliases(a *Aliases) *Lexicon {
	if a == nil || len(a.rules) == 0 {
		return l
	}
	n := &Lexicon{
		phrases: make(map[string]*phraseEntries, len(l.phrases)),
		folded:  l.folded, // the base names, for aliasTarget; rebuilt by finish
		tphrase: l.tphrase,
		titles:  l.titles,
		states:  l.states,
		orgs:    l.orgs,
		people:  l.people,
		given:   l.given,
		ignored: cloneMap(l.ignored),
		merge:   cloneMap(l.merge),
		apart:   cloneMap(l.apart),
		users:   cloneMap(l.users),
	}
	for t, p := range l.phrases {
		n.phrases[t] = p
	}
	owned := map[*phraseEntries]bool{} // phrases already copied
	own := func(text string) *phraseEntries {
		p := n.phrases[text]
		if p == nil {
			p = newPhrase(text)
			n.phrases[text] = p
			owned[p] = true
			return p
		}
		if !owned[p] {
			c := *p
			c.entries = slices.Clone(p.entries)
			c.rank = slices.Clone(p.rank)
			n.phrases[text] = &c
			owned[&c] = true
			return &c
		}
		return p
	}
	order := 0
	put := func(text string, e Entry) {
		p := own(text)
		// A user entry replaces any meaning with the same name.
		for i := len(p.entries) - 1; i >= 0; i-- {
			if p.entries[i].Name == e.Name {
				p.entries = slices.Delete(p.entries, i, i+1)
				p.rank = slices.Delete(p.rank, i, i+1)
			}
		}
		p.entries = append(p.entries, e)
		p.rank = append(p.rank, rankUser*1_000_000+order)
		order++
	}
	for _, r := range a.rules {
		switch r.op {
		case "actor":
			e := Entry{Name: r.name, Kind: r.kind, Via: ViaName, Affiliation: r.aff, Category: "user"}
			if r.place {
				e.Kind = KindUnknown
			}
			n.users[r.name] = e
			delete(n.ignored, foldName(r.name))
			put(r.name, e)
		case "alias":
			e := n.aliasTarget(r.name)
			for _, al := range r.args {
				put(al, e)
			}
		case "merge":
			e := n.aliasTarget(r.name)
			for _, o := range r.args {
				n.merge[foldName(o)] = r.name
				put(o, e)
			}
		case "split":
			for _, o := range r.args {
				n.apart[namePair(r.name, o)] = true
				if p := n.phrases[normalise(o)]; p != nil {
					p = own(p.text)
					for i := len(p.entries) - 1; i >= 0; i-- {
						if p.entries[i].Name == r.name {
							p.entries = slices.Delete(p.entries, i, i+1)
							p.rank = slices.Delete(p.rank, i, i+1)
						}
					}
				}
				if n.merge[foldName(o)] == r.name {
					delete(n.merge, foldName(o))
				}
			}
		case "ignore":
			for _, o := range r.args {
				n.ignored[foldName(o)] = true
			}
		}
	}
	// Rename merged meanings everywhere, so that Longest already returns
	// the merge target.
	for t := range n.phrases {
		p := n.phrases[t]
		changed := false
		for _, e := range p.entries {
			if _, ok := n.MergeTarget(e.Name); ok && e.Category != "user" {
				changed = true
			}
		}
		if !changed {
			continue
		}
		p = own(t)
		for i, e := range p.entries {
			if c, ok := n.MergeTarget(e.Name); ok && e.Category != "user" {
				tgt := n.aliasTarget(c)
				tgt.Via = e.Via
				if e.Via != ViaName && tgt.Kind == e.Kind {
					tgt.Category = e.Category
				}
				p.entries[i] = tgt
			}
		}
		dedupe(p)
	}
	for t, p := range n.phrases {
		if len(p.entries) == 0 {
			delete(n.phrases, t)
		}
	}
	n.finish()
	return n
}

// dedupe drops later meanings that repeat an earlier (name, kind, via).
func dedupe(p *phraseEntries) {
	for i := len(p.entries) - 1; i > 0; i-- {
		for j := range i {
			a, b := p.entries[i], p.entries[j]
			if a.Name == b.Name && a.Kind == b.Kind && a.Via == b.Via {
				p.entries = slices.Delete(p.entries, i, i+1)
				p.rank = slices.Delete(p.rank, i, i+1)
				break
			}
		}
	}
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	c := make(map[K]V, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

func namePair(a, b string) [2]string {
	x, y := foldName(a), foldName(b)
	if y < x {
		x, y = y, x
	}
	return [2]string{x, y}
}

// aliasTarget returns the entry of the actor named name: declared by the user,
// a state, an organisation, a person, the meaning of that name in the
// phrase, or a known actor whose name differs only in case; else an entry
// of unknown kind with category "user".
func (l *Lexicon) aliasTarget(name string) Entry {
	if e, ok := l.users[name]; ok {
		return e
	}
	if e, ok := l.states[name]; ok {
		return e
	}
	if e, ok := l.orgs[name]; ok {
		return e
	}
	if e, ok := l.people[name]; ok {
		return e
	}
	if p := l.phrases[normalise(name)]; p != nil {
		for _, e := range p.entries {
			if e.Name == name {
				return e
			}
		}
	}
	// "merge russia = ...": a known name in another case.
	for _, e := range l.LookupFold(name) {
		if e.Via == ViaName && e.Kind != KindUnknown && strings.EqualFold(e.Name, name) {
			return e
		}
	}
	return Entry{Name: name, Via: ViaName, Category: "user"}
}

// Ignored reports whether the user asked never to treat name as an actor
// (case-insensitive).
func (l *Lexicon) Ignored(name string) bool {
	return len(l.ignored) > 0 && l.ignored[foldName(name)]
}

// MergeTarget reports the actor that name was merged into by a merge
// directive (case-insensitive; chains are followed).
func (l *Lexicon) MergeTarget(name string) (canonical string, ok bool) {
	if len(l.merge) == 0 {
		return "", false
	}
	cur := name
	for range 16 { // bounds a cycle of merges
		next, found := l.merge[foldName(cur)]
		if !found || foldName(next) == foldName(cur) {
			break
		}
		cur, ok = next, true
	}
	return cur, ok
}

// KeepApart reports whether a split directive says that a and b are
// different actors (case-insensitive, symmetric).
func (l *Lexicon) KeepApart(a, b string) bool {
	return len(l.apart) > 0 && l.apart[namePair(a, b)]
}
