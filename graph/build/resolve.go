package build

import (
	"maps"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/statement"
)

// Corpus-level resolution of actors, run by Builder.Graph on everything
// the builder holds, so that it does not depend on the order of Add and
// Merge:
//
//   - A short form (a one-word name the gazetteer does not know: a surname,
//     a given name, one word of an organisation's name, an acronym) is
//     kept apart per document while the builder adds documents (unitKey).
//     At the end each document's short form joins the full name whose
//     co-mentions its own co-mentions share most clearly ("Jones" next to
//     Wales and Gavin Henson is Stephen Jones); the short forms that no
//     document resolves are pooled and resolved together, and stay apart,
//     with their candidates listed, when two full names compete.
//   - Types are voted over all mentions (typeOf), and things that are no
//     actors (works, products, events, generic groups) are left out.

// unitSep separates the key of a short form from the document it was found
// in ("howard\x1fpolitics/001"). Name keys never hold it.
const unitSep = "\x1f"

// baseOf returns the name key of an actor key: the key itself, or the
// short form's key without its document.
func baseOf(k string) string {
	base, _, _ := SplitKey(k)
	return base
}

// SplitKey splits an actor key (graph.Node.Key, MergedActor.Key) into its
// name key and, for a short form kept per document, the document's ID;
// perDoc is false for a key of the whole corpus.
func SplitKey(k string) (base, doc string, perDoc bool) {
	base, doc, perDoc = strings.Cut(k, unitSep)
	return base, doc, perDoc
}

// unitKey returns the builder key of actor a of document doc: its name key
// k, made per document for a short form (a one-word person or organisation
// that the gazetteer did not name, or a peer's style without the
// peerage's designation, whose key is the surname's), which the final
// pass resolves.
func unitKey(k string, a extract.Actor, doc string) string {
	if _, peer := extract.PeerStyle(a.Name); peer && a.Type == extract.KindPerson && !a.Known {
		if extract.DesignatedPeer(a.Name) {
			// The territorial designation tells peers who share a
			// surname apart ("Lord Campbell of Alloway" is not
			// Alastair Campbell): a name of the whole corpus. A
			// document that names the person in full joins the two
			// itself.
			return k
		}
		return k + unitSep + doc // "Lord Bingham" is a short form of "Bingham"
	}
	if a.Known || a.Type != extract.KindPerson && a.Type != extract.KindOrg || strings.ContainsFunc(a.Name, isSpace) {
		return k
	}
	return k + unitSep + doc
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' }

// actorEvidence is what the final pass knows about an actor beyond its
// counts: context votes, the types the gazetteer gave it, and the
// gazetteer people a bare surname of it may mean.
type actorEvidence struct {
	votes extract.Votes
	known map[extract.Kind]int // documents in which the gazetteer named it, by type
	hints map[string]int       // key of a gazetteer person -> documents that hinted at it
}

// add adds the evidence of one document's actor.
func (e *actorEvidence) add(a extract.Actor) {
	e.votes.Add(a.Votes)
	if a.Known {
		if e.known == nil {
			e.known = map[extract.Kind]int{}
		}
		e.known[a.Type]++
	}
	if a.HintKey != "" {
		if e.hints == nil {
			e.hints = map[string]int{}
		}
		e.hints[strings.Clone(a.HintKey)]++
	}
}

// merge adds o to e.
func (e *actorEvidence) merge(o *actorEvidence) {
	e.votes.Add(o.votes)
	for k, n := range o.known {
		if e.known == nil {
			e.known = map[extract.Kind]int{}
		}
		e.known[k] += n
	}
	for h, n := range o.hints {
		if e.hints == nil {
			e.hints = map[string]int{}
		}
		e.hints[h] += n
	}
}

// relation is how a short form relates to a full name.
type relation uint8

const (
	relSurname relation = iota // the last word(s) of a person's name
	relGiven                   // the first word of a person's name
	relPart                    // another word of a person's name
	relWord                    // a word of an organisation's name
	relAcronym                 // the initials of an organisation's name
)

// candidate is a full name a short form may stand for.
type candidate struct {
	key string
	rel relation
}

// resolution is the outcome of resolveActors.
type resolution struct {
	// redirect maps an actor key to the key of the node it joins;
	// keys that are their own node are absent.
	redirect map[string]string
	// candidates lists, for a node that is an unresolved short form, the
	// keys of the full names it may stand for, most likely first.
	candidates map[string][]string
}

// Thresholds of the co-mention evidence (see score): a short form joins
// the best full name when its score is at least minScore and at least
// clearRatio times the runner-up's.
const (
	minScore   = 2.0
	clearRatio = 2.0
)

// dominance is how many times more often than all its rivals together a
// full name must be mentioned to take the short forms that co-mentions do
// not resolve (fallback).
const dominance = 5

// particles are the key words that say nothing about which organisation a
// word belongs to: particles of names and legal forms of companies (name
// keys: "plc" keys as "plc", "LLC" as "lc").
var particles = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "du": true,
	"des": true, "la": true, "le": true, "von": true, "van": true, "al": true, "el": true, "in": true, "on": true,
	// legal forms of companies
	"co": true, "corp": true, "corporation": true, "inc": true, "incorporated": true, "ltd": true, "limited": true,
	"plc": true, "lc": true, "llc": true, "lp": true, "llp": true, "ag": true, "sa": true, "nv": true, "bv": true,
	"gmbh": true, "spa": true, "company": true, "group": true, "holdings": true}

// legalFamilies maps the name key of each legal form of a company's name
// to its family of company law (cue.Table.LegalFamily; never "").
var legalFamilies = func() map[string]string {
	legal := cue.Default()
	m := map[string]string{}
	for _, w := range legal.LegalForms() {
		m[lexicon.NameKey(w)] = legal.LegalFamily(w)
	}
	return m
}()

// resolver holds the working data of resolveActors.
type resolver struct {
	b     *Builder
	adj   map[string]map[string]int // actor key -> neighbour's name key -> co-mentions
	idf   map[string]float64        // name key -> weight of sharing it as a neighbour
	index map[string][]candidate    // short key -> full names
	kinds map[string]extract.Kind   // full key -> voted type
	// joined holds, for a full name other full names were redirected to
	// before the short forms are resolved (legal forms, spelling
	// variants), the mentions of those names.
	joined map[string]int
}

// resolveActors decides which short forms join which full names.
func (b *Builder) resolveActors() resolution {
	res := resolution{redirect: map[string]string{}, candidates: map[string][]string{}}
	units := map[string][]string{}
	var full []string
	for k := range b.actors {
		if base, _, ok := SplitKey(k); ok {
			units[base] = append(units[base], k)
		} else {
			full = append(full, k)
		}
	}
	slices.Sort(full)
	r := &resolver{b: b, kinds: make(map[string]extract.Kind, len(full))}
	// neighbours reads the edges and sets adj and idf; adjectives and
	// buildIndex read the actors and set res, index and kinds: the two
	// run side by side.
	var wg sync.WaitGroup
	wg.Go(r.neighbours)
	adjectives(b, full, units, &res)
	r.buildIndex(full)
	wg.Wait()
	r.suffixes(full, &res)
	r.middleInitials(full, &res)
	r.middleNames(full, &res)
	r.orgPrefixes(full, &res)
	initials := initialForms(full)
	r.variants(full, initials, &res)
	r.joined = map[string]int{}
	for k, t := range res.redirect {
		r.joined[t] += b.actors[k].mentions
	}
	bases := make([]string, 0, len(units))
	for base := range units {
		bases = append(bases, base)
	}
	slices.Sort(bases)
	r.resolveBases(bases, units, &res)
	r.teamSheetInitials(full, initials, &res)
	return res
}

// minParallelBases is the number of short-form bases from which
// resolveBases shares them out among goroutines.
const minParallelBases = 256

// resolveBases runs resolveBase for every base (sorted) with the short
// forms units[base]. Each call reads only what the steps before it set
// (the redirects of full names and of its own short forms) and writes only
// the redirects of its own short forms and its own candidates, so the
// bases are independent: they are shared out among up to GOMAXPROCS
// goroutines, each writing into a resolution of its own, and the parts
// are joined into res afterwards; the result is the same as one pass in
// order.
func (r *resolver) resolveBases(bases []string, units map[string][]string, res *resolution) {
	n := min(runtime.GOMAXPROCS(0), max(len(bases)/minParallelBases, 1))
	parts := make([]resolution, n)
	var wg sync.WaitGroup
	for i := range parts {
		part := &parts[i]
		*part = resolution{redirect: map[string]string{}, candidates: map[string][]string{}}
		wg.Go(func() {
			for j := i; j < len(bases); j += n {
				us := units[bases[j]]
				slices.Sort(us)
				r.resolveBase(bases[j], us, res, part)
			}
		})
	}
	wg.Wait()
	for _, part := range parts {
		maps.Copy(res.redirect, part.redirect)
		maps.Copy(res.candidates, part.candidates)
	}
}

// neighbours fills adj and idf from the co-mention edges.
func (r *resolver) neighbours() {
	r.adj = map[string]map[string]int{}
	add := func(k, n string, w int) {
		m := r.adj[k]
		if m == nil {
			m = map[string]int{}
			r.adj[k] = m
		}
		m[n] += w
	}
	seen := map[string]map[string]bool{} // name key -> distinct neighbour name keys
	note := func(a, b string) {
		m := seen[a]
		if m == nil {
			m = map[string]bool{}
			seen[a] = m
		}
		m[b] = true
	}
	for pair, e := range r.b.edges {
		x, y := pair[0], pair[1]
		bx, by := baseOf(x), baseOf(y)
		if bx == by {
			continue
		}
		add(x, by, e.weight)
		add(y, bx, e.weight)
		note(bx, by)
		note(by, bx)
	}
	r.idf = make(map[string]float64, len(seen))
	n := float64(len(seen))
	for k, m := range seen {
		r.idf[k] = math.Log(1 + n/float64(len(m)))
	}
}

// buildIndex indexes the full names by the short forms that may stand for
// them.
func (r *resolver) buildIndex(full []string) {
	r.index = map[string][]candidate{}
	for _, k := range full {
		a := r.b.actors[k]
		kind, actor := typeOf(a)
		r.kinds[k] = kind
		words := strings.Fields(k)
		if len(words) < 2 {
			continue
		}
		if !actor && a.ev.votes.Thing() > 0 {
			// A measure or a law, which is no actor, is still what its
			// acronym stands for ("GNP", "Libor"): joined to it, the
			// acronym is no actor either.
			kind = extract.KindOrg
		}
		switch kind {
		case extract.KindPerson:
			if name := displayName(a); extract.DesignatedPeer(name) {
				// "Lord Faulkner of Worcester" stands for "Faulkner",
				// not for "Worcester" nor "Lord".
				sur, _ := extract.PeerStyle(name)
				sk := lexicon.NameKey(sur)
				r.index[sk] = append(r.index[sk], candidate{k, relSurname})
				continue
			}
			n := len(words)
			r.index[words[n-1]] = append(r.index[words[n-1]], candidate{k, relSurname})
			if n >= 3 {
				last2 := words[n-2] + " " + words[n-1]
				r.index[last2] = append(r.index[last2], candidate{k, relSurname})
			}
			r.index[words[0]] = append(r.index[words[0]], candidate{k, relGiven})
			for _, w := range words[1 : n-1] {
				if !particles[w] {
					r.index[w] = append(r.index[w], candidate{k, relPart})
				}
			}
		case extract.KindOrg:
			for _, w := range words {
				if !particles[w] && len(w) > 1 {
					r.index[w] = append(r.index[w], candidate{k, relWord})
				}
			}
			// The name without its legal form, when words are left: a
			// short form of several words ("Borg-Warner" of "Borg-Warner
			// Corp", "Dun and Bradstreet" of "Dun and Bradstreet Corp").
			if n := len(words); n >= 3 && legalFamilies[words[n-1]] != "" {
				core := strings.Join(words[:n-1], " ")
				r.index[core] = append(r.index[core], candidate{k, relWord})
			}
			for _, ac := range acronyms(displayName(a)) {
				if ac = strings.ToLower(ac); len(ac) >= 2 {
					r.index[ac] = append(r.index[ac], candidate{k, relAcronym})
				}
			}
		}
	}
}

// acronyms returns the upper-case initials of a name's words ("London
// Stock Exchange" -> "LSE") and, when they differ, the initials without
// its legal form and designators, which an acronym leaves out ("General Motors Corp" -> "GMC" and "GM", "Trans
// World Airlines Inc" -> "TWAI" and "TWA"), and for a department also the
// initials after its "of" ("HUD").
func acronyms(name string) []string {
	all, core := initialsOf(name, false), initialsOf(name, true)
	out := []string{all}
	if core != all && len(core) >= 2 {
		out = append(out, core)
	}
	// A department's acronym often leaves out the head before "of":
	// "U.S. Department of Housing and Urban Development" is HUD.
	if head, rest, ok := strings.Cut(name, " of "); ok && departmentHeads[head[strings.LastIndexByte(head, ' ')+1:]] {
		if r := initialsOf(rest, true); len(r) >= 2 && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// departmentHeads are the head words of government bodies whose acronyms
// often name only what follows "of" (acronyms).
var departmentHeads = map[string]bool{"Department": true, "Ministry": true, "Office": true, "Bureau": true,
	"Agency": true, "Secretary": true}

// initialsOf returns the upper-case initials of a name's words, without
// those of particles and legal forms when core is set.
func initialsOf(name string, core bool) string {
	var sb strings.Builder
	for _, w := range strings.Fields(name) {
		if core && particles[strings.ToLower(strings.TrimSuffix(w, "."))] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); r >= 'A' && r <= 'Z' {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// candidatesOf returns the full names base may stand for, without
// repeats (the first relation wins), plus the gazetteer people hinted at;
// a full name that res already redirects stands for its target.
func (r *resolver) candidatesOf(base string, agg *actorAcc, res *resolution) []candidate {
	var out []candidate
	seen := map[string]bool{}
	for _, c := range r.index[base] {
		if t, ok := res.redirect[c.key]; ok {
			c.key = t // "Kilroy Silk" is already "Robert Kilroy-Silk"
		}
		if c.key == base || seen[c.key] {
			continue
		}
		if c.rel == relWord && 2*(r.b.actors[c.key].mentions+r.joined[c.key]) < agg.mentions {
			// "Sony" is not short for "Sony Ericsson", nor "Yukos" for
			// "Yukos USA": a word that names an organisation far more
			// often than the longer name does (with the names already
			// joined to it: "Banco do Brasil" to "Banco do Brasil SA")
			// is a name of its own. An
			// acronym need not be: news names "GM" and "TWA" more
			// often than General Motors and Trans World Airlines. Its
			// co-mentions decide (pick); without them it joins no
			// organisation it names far more often (fallback).
			continue
		}
		seen[c.key] = true
		out = append(out, c)
	}
	hints := make([]string, 0, len(agg.ev.hints))
	for h := range agg.ev.hints {
		hints = append(hints, h)
	}
	slices.Sort(hints)
	for _, h := range hints {
		if _, ok := r.b.actors[h]; ok && !seen[h] && h != base {
			seen[h] = true
			out = append(out, candidate{h, relSurname})
		}
	}
	return out
}

// score returns how strongly the neighbours nb of a short form point at
// full name f: the neighbours both share, each weighted by how specific it
// is (idf) and how often f was mentioned with it.
//
// The neighbours come as their sorted keys (neighbourKeys): a sum of
// floating-point terms in map order differs in its last bits from run to
// run, and two candidates with equal scores then changed places.
func (r *resolver) score(nb []string, base, f string) float64 {
	return r.scoreWith(nb, base, f, r.adj[f])
}

// scoreWith is score against the neighbours fn of f (a full name's, or
// those of short forms pooled as an actor of their own).
func (r *resolver) scoreWith(nb []string, base, f string, fn map[string]int) float64 {
	if len(fn) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range nb {
		if x == base || x == f {
			continue
		}
		if w := fn[x]; w > 0 {
			s += r.idf[x] * math.Log1p(float64(w))
		}
	}
	return s
}

// neighbourKeys returns the keys of neighbours nb, sorted: the order in
// which score adds up their terms.
func neighbourKeys(nb map[string]int) []string {
	return slices.Sorted(maps.Keys(nb))
}

// pick returns the candidate that the neighbours nb point at clearly, and
// the candidates ranked by score.
func (r *resolver) pick(nb map[string]int, base string, cands []candidate) (string, []string) {
	type sc struct {
		key string
		s   float64
		n   int
	}
	list := make([]sc, len(cands))
	keys := neighbourKeys(nb)
	for i, c := range cands {
		list[i] = sc{c.key, r.score(keys, base, c.key), r.b.actors[c.key].mentions}
	}
	slices.SortFunc(list, func(a, b sc) int {
		switch {
		case a.s != b.s:
			if a.s > b.s {
				return -1
			}
			return 1
		case a.n != b.n:
			return b.n - a.n
		}
		return strings.Compare(a.key, b.key)
	})
	ranked := make([]string, len(list))
	for i, l := range list {
		ranked[i] = l.key
	}
	if len(list) == 0 || list[0].s < minScore {
		return "", ranked
	}
	if len(list) > 1 && list[0].s < clearRatio*list[1].s {
		return "", ranked
	}
	return list[0].key, ranked
}

// resolveBase resolves the short forms us (one per document) of base: it
// reads the redirects decided so far from res and writes its own into out
// (see resolveBases).
func (r *resolver) resolveBase(base string, us []string, res, out *resolution) {
	if _, ok := r.b.actors[base]; ok {
		// The gazetteer named it elsewhere, or a full actor has this key.
		for _, u := range us {
			out.redirect[u] = base
		}
		return
	}
	agg := newActorAcc()
	for _, u := range us {
		if _, done := res.redirect[u]; !done {
			agg.merge(r.b.actors[u], false)
		}
	}
	cands := r.candidatesOf(base, agg, res)
	// The short forms of one spelling, over all their documents: whether
	// "Fox" is a name of its own is a question about every "Fox".
	spelling := map[string]*actorAcc{}
	for _, u := range us {
		if _, done := res.redirect[u]; !done {
			n := mainName(r.b.actors[u])
			if spelling[n] == nil {
				spelling[n] = newActorAcc()
			}
			spelling[n].merge(r.b.actors[u], false)
		}
	}
	// picked: short forms joined to a full name by their co-mentions;
	// unproven: joined to the one full name they can stand for, without
	// co-mention evidence; apart: persons kept apart from a person's full
	// name by the state their documents place them with.
	var pending, picked, unproven, apart []string
	for _, u := range us {
		if _, done := res.redirect[u]; done {
			continue
		}
		if len(cands) == 0 {
			pending = append(pending, u)
			continue
		}
		if thingLike(r.b.actors[u]) {
			pending = append(pending, u) // "film Ray" is not Ray Charles
			continue
		}
		own := r.fitting(spelling[mainName(r.b.actors[u])], cands)
		if r.b.actors[u].ev.votes.Surname > 0 {
			own = surnamesOnly(own)
		}
		if f, _ := r.pick(r.adj[u], base, own); f != "" {
			if _, peer := shortName(r.b.actors[u]); peer && !sameGender(mainName(r.b.actors[u]), displayName(r.b.actors[f])) {
				out.redirect[u] = base // "Baroness Kennedy" is not Charles Kennedy
				continue
			}
			out.redirect[u] = f
			picked = append(picked, u)
			continue
		}
		pending = append(pending, u)
	}
	if len(pending) == 0 {
		return
	}
	target, fellBack := base, false
	if len(cands) > 0 {
		nb := map[string]int{}
		pool := newActorAcc()
		for _, u := range pending {
			for x, w := range r.adj[u] {
				nb[x] += w
			}
			pool.merge(r.b.actors[u], false)
		}
		fit := r.fitting(pool, cands)
		f, ranked := r.pick(nb, base, fit)
		if f == "" {
			f, fellBack = r.fallback(pool, fit), true
		}
		if _, actor := typeOf(pool); !actor {
			f = "" // the mentions no document resolved name a thing
		}
		if f != "" {
			target = f
		} else {
			out.candidates[base] = r.listed(ranked, cands, pool)
		}
	}
	acronym := slices.ContainsFunc(cands, func(c candidate) bool { return c.key == target && c.rel == relAcronym })
	for _, u := range pending {
		if _, peer := shortName(r.b.actors[u]); peer && target != base && (r.kinds[target] != extract.KindPerson || !sameGender(mainName(r.b.actors[u]), displayName(r.b.actors[target]))) {
			// A peer is a person, whatever the other mentions of the
			// word name, and of the peer's own gender: "Baroness
			// Kennedy" is not Charles Kennedy.
			out.redirect[u] = base
			continue
		}
		if target != base && r.b.actors[u].ev.votes.Surname > 0 && !slices.ContainsFunc(surnamesOnly(cands), func(c candidate) bool { return c.key == target }) {
			out.redirect[u] = base // "Mr Howard" is a surname: not Howard Flight
			continue
		}
		if fellBack && target != base && (newState(r.b.actors[u], r.b.actors[target]) || !acronym && r.strangers(u, base, target)) {
			// Without co-mention evidence, a document that places
			// the short form with a state the full name is never
			// placed with keeps it apart ("Brazilian Ronaldo"), as
			// does one whose actors are never named with the full
			// name (the Happy Mondays' "Bez" is not Aston Martin's
			// Ulrich Bez).
			out.redirect[u] = base
			if kind, _ := typeOf(r.b.actors[u]); kind == extract.KindPerson && r.kinds[target] == extract.KindPerson && newState(r.b.actors[u], r.b.actors[target]) {
				apart = append(apart, u) // another person of the name
			}
			continue
		}
		out.redirect[u] = target
		switch {
		case target == base:
		case fellBack:
			unproven = append(unproven, u)
		default:
			picked = append(picked, u)
		}
	}
	r.ownActor(base, apart, picked, unproven, out)
}

// surnamesOnly returns the candidates of cs that a short form written
// after "Mr", "Mrs", "Ms" or "Miss" may stand for: all but those whose
// given name it is ("Mr Howard" is no Howard Flight).
func surnamesOnly(cs []candidate) []candidate {
	if !slices.ContainsFunc(cs, func(c candidate) bool { return c.rel == relGiven }) {
		return cs
	}
	return slices.DeleteFunc(slices.Clone(cs), func(c candidate) bool { return c.rel == relGiven })
}

// ownActor moves back to base short forms that joined a person's full
// name when other documents make base a person of its own (apart: placed
// with a state the full name is never placed with). The documents that
// name "Brazilian Ronaldo" make the bare name a person apart from
// Cristiano Ronaldo; then a story that names "Ronaldo" without
// co-mentions of either (unproven) may be about either and stays apart,
// as short forms do when two full names compete, and one whose
// co-mentions (picked) point more clearly at the documents of the person
// apart than at the full name joins them.
func (r *resolver) ownActor(base string, apart, picked, unproven []string, out *resolution) {
	if len(apart) == 0 {
		return
	}
	for _, u := range unproven {
		if r.kinds[out.redirect[u]] == extract.KindPerson {
			out.redirect[u] = base
		}
	}
	nb := map[string]int{}
	for _, u := range apart {
		for x, w := range r.adj[u] {
			nb[x] += w
		}
	}
	for _, u := range picked {
		if r.kinds[out.redirect[u]] != extract.KindPerson {
			continue
		}
		keys := neighbourKeys(r.adj[u])
		if s := r.scoreWith(keys, base, base, nb); s >= minScore && s > r.score(keys, base, out.redirect[u]) {
			out.redirect[u] = base
		}
	}
}

// fallback returns the full name that short forms without co-mention
// evidence join: among the candidates of the short form's type that it is
// the surname of (a person) or a word of (an organisation), the one
// mentioned at least dominance times as often as all the others together
// (the only one, or "Tim Henman" beside a headline's "Classy Henman"). A
// type that only the tagger gave, with no context vote for it, does not
// restrict the candidates ("Silk" tagged as an organisation is Robert
// Kilroy-Silk's). An acronym joins the only organisation with those
// initials, or the one that dominates the others with them as above
// ("International Business Machines Corp" beside a misspelt "International
// Business Machine Corp"), if that one is mentioned at least half as often
// as the acronym; a given name needs co-mentions. (resolveBase keeps apart the
// documents that place the short form with a state the full name is
// never placed with.)
func (r *resolver) fallback(pool *actorAcc, cands []candidate) string {
	kind, _ := typeOf(pool)
	v := pool.ev.votes
	personOK := kind == extract.KindPerson || v.Org+v.NonPerson+v.Product == 0
	orgOK := kind == extract.KindOrg || v.Person == 0
	best, bestN, rest, acronyms := "", 0, 0, 0
	for _, c := range cands {
		ck := r.kinds[c.key]
		switch {
		case c.rel == relSurname && personOK && ck == extract.KindPerson,
			c.rel == relWord && orgOK && ck == extract.KindOrg:
		case c.rel == relAcronym && orgOK && (ck == extract.KindOrg || ck == extract.KindUnknown):
			acronyms++
		default:
			continue
		}
		n := r.b.actors[c.key].mentions
		if n > bestN || n == bestN && c.key < best {
			rest += bestN
			best, bestN = c.key, n
		} else {
			rest += n
		}
	}
	if best == "" || acronyms > 0 && (rest > 0 && bestN < dominance*rest || 2*bestN < pool.mentions) {
		// "NHS" in every other story is not short for the "Norfolk
		// High School" of one.
		return ""
	}
	if short, _ := shortName(pool); bestN >= dominance*rest && spelledIn(short, displayName(r.b.actors[best])) {
		return best
	}
	return ""
}

// sameGender reports whether the first words of two names (a title or a
// given name) do not carry opposite genders (statement.WordGender).
func sameGender(a, b string) bool {
	fa, _, _ := strings.Cut(a, " ")
	fb, _, _ := strings.Cut(b, " ")
	ga, gb := statement.WordGender(fa), statement.WordGender(fb)
	return ga == 0 || gb == 0 || ga == gb
}

// shortName returns the name a short form is mentioned by most often
// (mainName), without a peer's style ("Lord Goldsmith" is spelled as the
// surname of Peter Goldsmith), and whether it had one.
func shortName(a *actorAcc) (string, bool) {
	n := mainName(a)
	if sur, ok := extract.PeerStyle(n); ok {
		return sur, true
	}
	return n, false
}

// mainName returns the name an accumulator is mentioned by most often (the
// first in byte order among equals).
func mainName(a *actorAcc) string {
	best, bestN := "", -1
	for n, c := range a.names.all() {
		if c > bestN || c == bestN && n < best {
			best, bestN = n, c
		}
	}
	return best
}

// spelledIn reports whether short, a short form's name, is spelled as a
// run of words of full (hyphens also separate words) or as its initials, letter
// for letter up to case and accents. Name keys fold spelling variants
// ("Foxx" and "Fox", "BAA" and "BA" share a key); without co-mention
// evidence only the very spelling says that a short form is the full
// name's.
func spelledIn(short, full string) bool {
	s := foldAccents(short)
	if s == "" {
		return false
	}
	for _, ac := range acronyms(full) {
		// Letter for letter: "AT&T" is written with the initials of
		// "American Telephone and Telegraph Co" and an ampersand for
		// the "and" they leave out.
		if l := letters(s); len(l) >= 2 && l == letters(foldAccents(ac)) {
			return true
		}
	}
	words := func(x string) []string {
		return strings.FieldsFunc(x, func(r rune) bool { return r == '-' || r == '.' || r == ',' || unicode.IsSpace(r) })
	}
	sw, fw := words(s), words(foldAccents(full))
	for i := 0; i+len(sw) <= len(fw); i++ {
		if slices.Equal(sw, fw[i:i+len(sw)]) {
			return true
		}
	}
	return false
}

// foldAccents lower-cases s and drops its accents ("Benítez" ->
// "benitez").
func foldAccents(s string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

// thingLike reports whether a short form's own mentions mark a work, a
// product or an event and none marks an actor.
func thingLike(a *actorAcc) bool {
	v := a.ev.votes
	return v.Thing() > 0 && v.Acting() == 0
}

// adjectives redirects the singular, adjectival form of an organisation's
// plural name to it: "Lib Dem" (leader) to the party whose name or alias is
// "Lib Dems", "Tory" to "Tories", when exactly one organisation the
// gazetteer knows has that plural among its names.
func adjectives(b *Builder, full []string, units map[string][]string, res *resolution) {
	plural := map[string][]string{} // lower-cased name or alias -> known organisations
	for _, k := range full {
		a := b.actors[k]
		if a.ev.known[extract.KindOrg] == 0 {
			continue
		}
		forms := append(a.names.keys(), a.aliases.keys()...)
		for _, f := range forms {
			if !strings.ContainsFunc(f, unicode.IsLower) {
				continue // an acronym that ends in S ("PCS") is no plural of "PC"
			}
			f = strings.ToLower(f)
			if strings.HasSuffix(f, "s") && !slices.Contains(plural[f], k) {
				plural[f] = append(plural[f], k)
			}
		}
	}
	if len(plural) == 0 {
		return
	}
	keys := slices.Clone(full)
	for _, us := range units {
		keys = append(keys, us...)
	}
	slices.Sort(keys)
	for _, k := range keys {
		a := b.actors[k]
		if len(a.ev.known) > 0 {
			continue
		}
		var target string
		for n := range a.names.all() {
			l := strings.ToLower(n)
			for _, p := range []string{l + "s", strings.TrimSuffix(l, "y") + "ies"} {
				if t := plural[p]; len(t) == 1 && t[0] != k && (target == "" || target == t[0]) {
					target = t[0]
				}
			}
		}
		if target != "" {
			res.redirect[k] = target
		}
	}
}

// listed returns the candidates of an unresolved short form worth naming
// to the analyst: those of the pool's type ("Sony" may not be "Sonny
// Parker", nor "Lions" "Max Lyons").
func (r *resolver) listed(ranked []string, cands []candidate, pool *actorAcc) []string {
	kind, _ := typeOf(pool)
	rel := map[string]relation{}
	for _, c := range cands {
		rel[c.key] = c.rel
	}
	var out []string
	for _, k := range ranked {
		person := rel[k] == relSurname || rel[k] == relGiven || rel[k] == relPart
		if person == (kind == extract.KindPerson) && r.kinds[k] == kind {
			out = append(out, k)
		}
	}
	return out
}

// addThings adds the votes of the names a document's contexts marked as
// things (extract.Extraction.Things) to the actors of those names, with no
// mention: the corpus-level type vote weighs them, nothing else counts
// them.
func (b *Builder) addThings(doc string, things []extract.Actor) {
	for _, a := range things {
		k := a.Key
		if k == "" {
			k = a.Name
		}
		k = b.str(unitKey(k, a, doc))
		acc := b.actors[k]
		if acc == nil {
			acc = newActorAcc()
			b.actors[k] = acc
		}
		acc.names.add(b.str(a.Name), 0)
		acc.ev.add(a)
		if b.dated {
			acc.days = addThingDay(acc.days, b.day, a)
		}
	}
}

// fits reports whether the short form agg (all its documents together)
// may stand for candidate c by its spelling and its type:
//   - an acronym must be the initials of the organisation's words letter
//     for letter ("BAA" is not "British Airways", whose initials are
//     "BA", although their name keys agree);
//   - a short form that only a spelling variant links to a person's name
//     (name keys fold "Fox" and "Foxx") is not that person when it is a
//     name of its own: its mentions vote for another type, or it is
//     found in at least as many documents as the person's full name.
func (r *resolver) fits(agg *actorAcc, c candidate) bool {
	full := r.b.actors[c.key]
	short, peer := shortName(agg)
	if peer && c.rel != relSurname {
		return false // a peer is a person: "Lord Young" is no McLeod Young Weir
	}
	switch c.rel {
	case relAcronym:
		for _, ac := range acronyms(displayName(full)) {
			if letters(short) == letters(ac) {
				return true
			}
		}
		return false
	case relSurname, relGiven, relPart:
		if spelledIn(short, displayName(full)) || len(agg.ev.known) > 0 {
			return true
		}
		kind, _ := typeOf(agg)
		return kind == extract.KindPerson && agg.documents < full.documents
	}
	return true
}

// fitting returns the candidates that short form a fits (see fits).
func (r *resolver) fitting(a *actorAcc, cands []candidate) []candidate {
	out := cands[:0:0]
	for _, c := range cands {
		if r.fits(a, c) {
			out = append(out, c)
		}
	}
	return out
}

// letters returns the letters and digits of s, lower-cased, without
// accents ("B.A." -> "ba").
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, foldAccents(s))
}

// minStrangers is the number of actors a document must name with a short
// form for strangers to judge it.
const minStrangers = 5

// strangers reports whether short form u (one document's) is named with
// at least minStrangers other actors and none of them is ever named with
// full name f anywhere in the corpus: the document is about other people
// than f's, so the short form is not f's.
func (r *resolver) strangers(u, base, f string) bool {
	nb := r.adj[u]
	n := 0
	for x := range nb {
		if x == base || x == f {
			continue
		}
		if r.adj[f][x] > 0 {
			return false
		}
		n++
	}
	return n >= minStrangers
}

// newState reports whether the documents of short form a place it with a
// state (its most voted affiliation) that full is not placed with at all.
func newState(a, full *actorAcc) bool {
	own, ok := a.affiliations.top()
	return ok && own != "" && full.affiliations.get(own) == 0
}
