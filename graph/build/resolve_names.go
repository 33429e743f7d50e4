package build

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// orgTails adds to redirect an organisation named by the end of another
// organisation's name, when a document named it both ways: the extractor
// then gave the longer name and kept the shorter as its alias ("Senate
// Agriculture Committee" in a story that named the "U.S. Senate
// Agriculture Committee" first). The shorter key is two words or more and
// ends exactly one such organisation's key; organisations only. Redirects
// decided before stand.
func (b *Builder) orgTails(redirect map[string]string) {
	longer := map[string][]string{} // shorter key -> keys of the organisations that have it as an alias
	for k, a := range b.actors {
		if strings.Contains(k, unitSep) {
			continue
		}
		if kind, _ := a.kinds.top(); kind != extract.KindOrg {
			continue
		}
		for al := range a.aliases.all() {
			ak := lexicon.NameKey(al)
			if strings.Contains(ak, " ") && ak != k && strings.HasSuffix(k, " "+ak) {
				longer[ak] = append(longer[ak], k)
			}
		}
	}
	for ak, ks := range longer {
		a, ok := b.actors[ak]
		if !ok {
			continue
		}
		if _, done := redirect[ak]; done {
			continue
		}
		if kind, _ := a.kinds.top(); kind != extract.KindOrg {
			continue
		}
		slices.Sort(ks)
		if ks = slices.Compact(ks); len(ks) == 1 {
			redirect[ak] = ks[0]
		}
	}
}

// orgSpellings adds to redirect the organisations whose names differ only
// in letter case, in the British or American spelling of "-isation", in
// "and" or "the", or in a legal form written in full (spellingVariantKey):
// a wire's title-case headline writes "Uccel Corp" for
// "UCCEL Corp", British copy "International Coffee Organisation" for
// the "International Coffee Organization" (the keys differ, as NameKey
// keeps the letters of a word in capitals apart: "BAA" is not "BA").
// Each such group joins its most mentioned member (the smallest key on a
// tie). Organisations only, and not those redirected before.
func (b *Builder) orgSpellings(redirect map[string]string) {
	groups := map[string][]string{}
	for _, k := range b.unredirected(redirect, extract.KindOrg) {
		v := spellingVariantKey(displayName(b.actors[k]))
		groups[v] = append(groups[v], k)
	}
	for _, ks := range groups {
		if len(ks) < 2 {
			continue
		}
		slices.Sort(ks)
		best := ks[0]
		for _, k := range ks[1:] {
			if b.actors[k].mentions > b.actors[best].mentions {
				best = k
			}
		}
		for _, k := range ks {
			if k != best {
				redirect[k] = best
			}
		}
	}
}

// isationSpelling writes the British "-isation" the American way.
var isationSpelling = strings.NewReplacer("isation", "ization")

// spellingVariantKey returns the key under which an organisation's name
// written in another letter case, with "-isation" for "-ization", with or
// without "and" or "the" ("Cable & Wireless", "Cable and Wireless";
// "Economic Social Research Council") or with a legal form in full or
// abbreviated ("Pennzoil Company", "Pennzoil Co") agrees: NameKey of the
// name in capitals (no letters collapse) with the American spelling,
// without those words and with the short legal forms.
func spellingVariantKey(name string) string {
	words := strings.Fields(isationSpelling.Replace(lexicon.NameKey(strings.ToUpper(name))))
	out := words[:0]
	for _, w := range words {
		switch w {
		case "and", "the":
			continue
		case "compani": // NameKey writes y as i
			w = "co"
		case "corporation":
			w = "corp"
		case "limited":
			w = "ltd"
		case "incorporated":
			w = "inc"
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// surnames adds to redirect the rule of graphs built before short forms
// were kept per document (record tables of older builds): a one-word
// person whose key is the last word of exactly one full name's key joins
// it. Then it makes every redirect point at its final target.
func (b *Builder) surnames(redirect map[string]string) {
	bySurname := map[string][]string{}
	for k, a := range b.actors {
		if strings.Contains(k, unitSep) {
			continue
		}
		if kind, _ := a.kinds.top(); kind != extract.KindPerson {
			continue
		}
		// A key is made word by word (extract.Actor.Key), so the key
		// of a surname is the last word of the full name's key.
		if len(strings.Fields(displayName(a))) > 1 {
			if i := strings.LastIndexByte(k, ' '); i >= 0 {
				sk := k[i+1:]
				bySurname[sk] = append(bySurname[sk], k)
			}
		}
	}
	for _, k := range b.unredirected(redirect, extract.KindPerson) {
		if len(strings.Fields(displayName(b.actors[k]))) != 1 {
			continue
		}
		if full := bySurname[k]; len(full) == 1 && full[0] != k {
			redirect[k] = full[0]
		}
	}
	flatten(redirect)
}

// unredirected returns, sorted, the keys of the actors of type kind that
// no redirect moves yet, the keys of a body's units left out.
func (b *Builder) unredirected(redirect map[string]string, kind extract.Kind) []string {
	var out []string
	for k, a := range b.actors {
		if strings.Contains(k, unitSep) {
			continue
		}
		if _, done := redirect[k]; done {
			continue
		}
		if top, _ := a.kinds.top(); top == kind {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// flatten makes every redirect point at its final target (a chain such as
// "silk" -> "kilroy silk" -> "robert kilroy silk" becomes one step).
func flatten(redirect map[string]string) {
	for k, t := range redirect {
		for range 8 {
			next, ok := redirect[t]
			if !ok || next == t {
				break
			}
			t = next
		}
		redirect[k] = t
	}
}

// suffixes redirects a full person name that is the end of exactly one
// person name one word longer and at least as often mentioned ("Kilroy
// Silk" of "Robert Kilroy-Silk"; not "Liam Fox" of a stray "Tory Liam
// Fox").
func (r *resolver) suffixes(full []string, res *resolution) {
	for _, k := range full {
		if r.kinds[k] != extract.KindPerson || len(r.b.actors[k].ev.known) > 0 || !strings.Contains(k, " ") {
			continue
		}
		var target string
		n := 0
		words := strings.Count(k, " ") + 1
		for _, c := range r.index[k] {
			if c.rel == relSurname && c.key != k && r.kinds[c.key] == extract.KindPerson &&
				strings.Count(c.key, " ")+1 == words+1 && r.b.actors[c.key].mentions >= r.b.actors[k].mentions {
				target = c.key
				n++
			}
		}
		if n == 1 {
			res.redirect[k] = target
		}
	}
}

// designators are the name keys of the words that end a company's or a
// club's full name after the name it is known by ("Circuit City Stores",
// "Leeds United", "Matsushita Electric Industrial"): legal forms, the
// words of a group's or a maker's full name, club designators and
// "Party". Not the head words of bodies ("Council", "Committee") nor of
// subsidiaries ("Securities", "Investments", "Capital Management"),
// which name something else than the name before them.
var designators = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("co corp corporation inc incorporated ltd limited plc llc ag sa nv group " +
		"holdings industries industrial bancorp airlines airways motors stores electric " +
		"united city rovers athletic wanderers albion fc party") {
		m[lexicon.NameKey(w)] = true
	}
	return m
}()

// orgPrefixes redirects a full organisation name to the one longer
// organisation name that starts with it and adds only one or two
// designators ("Circuit City" to "Circuit City Stores", "Leeds" typed an
// organisation to "Leeds United"); with two such longer names ("Leicester
// City", "Leicester Tigers" is not a designator but "Manchester United"
// and "Manchester City" are) the short name stays apart. Names the
// gazetteer knows keep their own node.
func (r *resolver) orgPrefixes(full []string, res *resolution) {
	longer := map[string][]string{} // key of a name without its last one or two designators -> keys
	for _, k := range full {
		if r.kinds[k] != extract.KindOrg {
			continue
		}
		words := strings.Fields(k)
		for n := 1; n <= 3 && n < len(words); n++ {
			w := words[len(words)-n]
			// "and Co" is one designator: "Merrill Lynch and Co Inc".
			andCo := w == "and" && n > 1 && words[len(words)-n+1] == "co"
			if !designators[w] && !andCo || n == 3 && !andCo {
				break
			}
			if w == "co" && n < len(words)-1 && words[len(words)-n-1] == "and" {
				continue // "Merrill Lynch and" is no name
			}
			short := strings.Join(words[:len(words)-n], " ")
			longer[short] = append(longer[short], k)
		}
	}
	for _, k := range full {
		if _, done := res.redirect[k]; done || r.kinds[k] != extract.KindOrg || len(r.b.actors[k].ev.known) > 0 {
			continue
		}
		if ts := longer[k]; len(ts) == 1 {
			res.redirect[k] = ts[0]
		}
	}
	r.legalVariants(longer, res)
}

// legalVariants joins the names of one company that differ only in the
// spelling of one legal form or in having one: "International Business
// Machines Corp", "International Business Machines Co" and
// "International Business Machines" join the most mentioned of them. The
// legal forms that join must belong to one family of company law
// (cue.Table.LegalFamily): "General Electric Co" and "General Electric Co
// Plc" are two companies, and a bare "General Electric" joins the one the
// corpus names four times in five, else stays apart from both ("and Co"
// counts as a legal form: "Merrill Lynch" joins "Merrill Lynch and Co
// Inc"); beside "Kidder, Peabody and Co" and "Kidder, Peabody and Co Inc",
// which join, "Kidder, Peabody and Co Ltd" (of another family) stays
// apart. Names the gazetteer knows keep their own node.
func (r *resolver) legalVariants(longer map[string][]string, res *resolution) {
	shorts := make([]string, 0, len(longer))
	for s, ts := range longer {
		if len(ts) >= 2 {
			shorts = append(shorts, s)
		}
	}
	slices.Sort(shorts)
	for _, s := range shorts {
		byFamily := map[string][]string{}
		valid := true
		for _, t := range longer[s] {
			rest := strings.Fields(t[len(s):])
			if len(rest) > 1 && rest[0] == "and" {
				rest = rest[1:] // "and Co Inc": its legal forms
			}
			f := legalFamilies[rest[len(rest)-1]]
			if f == "" || legalFamilies[rest[0]] == "" {
				valid = false
				break
			}
			byFamily[f] = append(byFamily[f], t)
		}
		if !valid {
			continue
		}
		fams := slices.Sorted(maps.Keys(byFamily))
		words := strings.Fields(s)
		own := legalFamilies[words[len(words)-1]]
		main := dominantFamily(byFamily, r.b.actors)
		for _, fam := range fams {
			group := byFamily[fam]
			// The bare name joins the one family there is, or the one
			// whose names the corpus mentions four times in five (the
			// company the bare name means: "Kidder Peabody" beside
			// "Kidder, Peabody and Co Inc" and its London arm "... and
			// Co Ltd"), or its own legal form's: "General Electric Co"
			// beside "... Co Plc" and "... Co Ltd" stays apart from them.
			sameLaw := own == "" && (len(fams) == 1 || fam == main) || own == fam
			if a, ok := r.b.actors[s]; ok && sameLaw && r.kinds[s] == extract.KindOrg && len(a.ev.known) == 0 {
				group = append(slices.Clone(group), s)
			}
			if len(group) < 2 {
				continue
			}
			target, most := "", -1
			for _, t := range group {
				if _, done := res.redirect[t]; done {
					continue // joined a longer name already (orgPrefixes)
				}
				if n := r.b.actors[t].mentions; n > most || n == most && t < target {
					target, most = t, n
				}
			}
			for _, t := range group {
				if _, done := res.redirect[t]; !done && t != target && len(r.b.actors[t].ev.known) == 0 {
					res.redirect[t] = target
				}
			}
		}
	}
}

// dominantFamily returns the family of company law whose names hold at
// least four in five of the mentions of all the names of byFamily, or "".
func dominantFamily(byFamily map[string][]string, actors map[string]*actorAcc) string {
	total, best, most := 0, "", 0
	for _, fam := range slices.Sorted(maps.Keys(byFamily)) {
		n := 0
		for _, t := range byFamily[fam] {
			n += actors[t].mentions
		}
		total += n
		if n > most {
			best, most = fam, n
		}
	}
	if total == 0 || 5*most < 4*total {
		return ""
	}
	return best
}

// describe fills the fields of node n that come from the evidence of its
// accumulator: the stable ActorID, the source Role, the Kinds and Votes
// behind its type.
func (b *Builder) describe(n *graph.Node, a *actorAcc) {
	n.ActorID = graph.ActorID(n.Type, n.Name)
	if v := a.ev.votes; v.Source > 0 && 2*v.Source >= a.mentions {
		n.Role = "source"
	}
	if a.kinds.len() > 0 {
		n.Kinds = countsByName(a.kinds.toMap())
	}
	if v := a.ev.votes; !v.IsZero() {
		n.Votes = &v
	}
}

// setCandidates names the candidates of the nodes that are unresolved
// short forms.
func setCandidates(g *graph.Graph, res resolution, id map[string]int) {
	keys := make([]string, 0, len(res.candidates))
	for k := range res.candidates {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		n, ok := id[k]
		if !ok {
			continue
		}
		var names []string
		for _, c := range res.candidates[k] {
			if m, ok := id[c]; ok && m != n && !slices.Contains(names, g.Nodes[m].Name) {
				names = append(names, g.Nodes[m].Name)
			}
		}
		if len(names) > 0 {
			g.Nodes[n].Candidates = names
		}
	}
}

// toRecord writes e into the evidence fields of an actor record.
func (e *actorEvidence) toRecord(r *ActorRecord) {
	if !e.votes.IsZero() {
		v := e.votes
		r.Votes = &v
	}
	if len(e.known) > 0 {
		r.Known = countsByName(e.known)
	}
	if len(e.hints) > 0 {
		r.Hints = e.hints
	}
}

// fromRecord adds the evidence fields of an actor record to e.
func (e *actorEvidence) fromRecord(r *ActorRecord) error {
	if r.Votes != nil {
		e.votes.Add(*r.Votes)
	}
	for n, c := range r.Known {
		k, err := extract.ParseKind(n)
		if err != nil && n != "unknown" {
			return err
		}
		if e.known == nil {
			e.known = map[extract.Kind]int{}
		}
		e.known[k] += c
	}
	for h, c := range r.Hints {
		if e.hints == nil {
			e.hints = map[string]int{}
		}
		e.hints[h] += c
	}
	return nil
}

// nameWords counts the words of a name as displayName ranks them: hyphens
// also separate words, so that "Robert Kilroy-Silk" is as long as the
// "Robert Kilroy Silk" of a text that lost the hyphen.
func nameWords(s string) int {
	return wordCount(strings.ReplaceAll(s, "-", " "))
}

// middleInitials joins a person's name with and without one middle
// initial ("Martin T. Sosnoff" and "Martin Sosnoff"): the less mentioned
// form joins the other. Two middle initials with one given name and
// surname ("John A. Smith", "John B. Smith") are two people, and the name
// without an initial stays apart from both; a name the gazetteer knows is
// the one the other joins.
func (r *resolver) middleInitials(full []string, res *resolution) {
	withInitial := r.fullerForms(full, func(middle []string) bool { return len(middle) == 1 && len(middle[0]) == 1 })
	for _, short := range full {
		longs := withInitial[short]
		if len(longs) != 1 || r.kinds[short] != extract.KindPerson {
			continue
		}
		r.joinFullerForm(short, longs[0], res)
	}
}

// fullerForms maps "given surname" to the person keys of full that have
// that given name (two letters or more) and surname and middle words
// between them that middle accepts.
func (r *resolver) fullerForms(full []string, middle func([]string) bool) map[string][]string {
	out := map[string][]string{}
	for _, k := range full {
		words := strings.Fields(k)
		n := len(words)
		if n < 3 || len(words[0]) < 2 || r.kinds[k] != extract.KindPerson || !middle(words[1:n-1]) {
			continue
		}
		short := words[0] + " " + words[n-1]
		out[short] = append(out[short], k)
	}
	return out
}

// joinFullerForm joins a person's short name and a fuller form of it
// (with a middle initial or middle names), unless either already joined
// another: the less mentioned form joins the other, and a name the
// gazetteer knows is the one the other joins ("Donald J. Trump" joins
// "Donald Trump"); two names it knows stay apart.
func (r *resolver) joinFullerForm(short, long string, res *resolution) {
	if _, done := res.redirect[short]; done {
		return
	}
	if _, done := res.redirect[long]; done {
		return
	}
	ks, kl := len(r.b.actors[short].ev.known) > 0, len(r.b.actors[long].ev.known) > 0
	from, to := short, long
	switch {
	case ks && kl:
		return
	case ks:
		from, to = long, short
	case kl:
	default:
		if ms, ml := r.b.actors[short].mentions, r.b.actors[long].mentions; ms > ml || ms == ml && short < long {
			from, to = long, short
		}
	}
	res.redirect[from] = to
}

// middleNames joins a person's name with and without middle names
// written out ("Anthony John Charles Meyer" and "Anthony Meyer", "Sandra
// Day O'Connor" and "Sandra O'Connor") where their co-mentions agree
// (cosine at least minVariantCosine, or the longer form's neighbours name
// the shorter): two people may share a given name and surname ("Jerry Lee
// Lewis" is not Jerry Lewis), so, unlike one middle initial, the form
// alone does not join them. The shorter form must be the only one of its
// given name and surname with middle names; the less mentioned form joins
// the other, and a name the gazetteer knows is the one the other joins.
func (r *resolver) middleNames(full []string, res *resolution) {
	longer := r.fullerForms(full, func(middle []string) bool {
		return !slices.ContainsFunc(middle, func(w string) bool { return len(strings.Trim(w, ".")) <= 1 })
	})
	for _, short := range full {
		longs := longer[short]
		if len(longs) != 1 || r.kinds[short] != extract.KindPerson {
			continue
		}
		long := longs[0]
		_, surname, _ := strings.Cut(short, " ")
		if r.cosine(short, long) < minVariantCosine && r.score(neighbourKeys(r.adj[long]), surname, short) < minScore {
			continue
		}
		r.joinFullerForm(short, long, res)
	}
}

// minVariantCosine is the co-mention similarity (cosine of the weighted
// neighbour vectors) above which two spellings of a name are taken for
// one person.
const minVariantCosine = 0.2

// variants joins spelling variants of a person's name: with the same
// surname, an initial and the one given name of the corpus it starts ("G
// Henson", "Gavin Henson"), or, where the co-mentions agree, two given
// names that are forms of one ("Bernie" and "Bernard", "Steve" and
// "Steven", "Costas" and "Kostas"), and a familiar form and its formal
// name ("Jim" and "James") also where they do not, when the corpus names
// no other person with that surname. The less mentioned form joins the
// other.
//
// An initial joins its full name unless their co-mentions disagree
// (apart): the singer "R Kelly" among musicians is not the minister Ruth
// Kelly, while "F Michalak" on a team sheet of initials is Frederic
// Michalak, whose team-mates the sheet names by their initials too.
func (r *resolver) variants(full []string, initials map[string]string, res *resolution) {
	bySurname := map[string][]string{}
	for _, k := range full {
		if r.kinds[k] != extract.KindPerson || strings.Count(k, " ") != 1 {
			continue
		}
		if _, done := res.redirect[k]; done {
			continue
		}
		_, last, _ := strings.Cut(k, " ")
		bySurname[last] = append(bySurname[last], k)
	}
	surnames := make([]string, 0, len(bySurname))
	for s, ks := range bySurname {
		if len(ks) > 1 {
			surnames = append(surnames, s)
		}
	}
	slices.Sort(surnames)
	// pair is a form a that may join b; given is a's given name, and
	// familiar tells that b's is its formal name (or the other way) and
	// that no other person of the corpus has the surname.
	type pair struct {
		a, b, given string
		surname     string
		familiar    bool
	}
	var pairs []pair
	for _, s := range surnames {
		ks := bySurname[s]
		for _, a := range ks {
			var match []string
			fa, _, _ := strings.Cut(a, " ")
			for _, b := range ks {
				fb, _, _ := strings.Cut(b, " ")
				if b == a || len(fb) == 1 || !SameGiven(fa, fb) {
					continue
				}
				ma, mb := r.b.actors[a].mentions, r.b.actors[b].mentions
				if mb < ma || mb == ma && b > a {
					continue // the less mentioned form moves
				}
				match = append(match, b)
			}
			if len(match) != 1 {
				continue
			}
			fb, _, _ := strings.Cut(match[0], " ")
			pairs = append(pairs, pair{a: a, b: match[0], given: fa, surname: s,
				familiar: len(ks) == 2 && lexicon.FamiliarForm(fa, fb)})
		}
	}
	for _, p := range pairs {
		if r.cosine(p.a, p.b) >= minVariantCosine || r.score(neighbourKeys(r.adj[p.a]), p.surname, p.b) >= minScore {
			res.redirect[p.a] = p.b
			continue
		}
		// "Jim Comey" and "James Comey", "Dick Darman" and "Richard
		// Darman": a familiar form and its formal name, the only two
		// people of the corpus with that surname, are one person even
		// where the stories that name them share no one.
		if p.familiar || len(p.given) == 1 && !r.apart(p.a, p.b, initials) {
			res.redirect[p.a] = p.b
		}
	}
}

// teamSheetInitials joins an initial form to the one full name of the
// corpus whose given name that letter starts ("G Dempsey" to "Girvan
// Dempsey") where variants left it only because a team sheet names the
// player by the initial at least as often as prose names him in full (the
// less mentioned form moves there): unless their co-mentions disagree
// (apart), the initial is that person. It runs last, after the short
// forms are resolved, so that it changes none of what they read.
func (r *resolver) teamSheetInitials(full []string, initials map[string]string, res *resolution) {
	added := false
	for _, a := range full {
		b, ok := initials[a]
		if !ok || r.kinds[a] != extract.KindPerson || r.kinds[b] != extract.KindPerson {
			continue
		}
		if _, done := res.redirect[a]; done {
			continue
		}
		if _, done := res.redirect[b]; done {
			continue
		}
		if r.b.actors[a].mentions < r.b.actors[b].mentions {
			continue // variants weighed it
		}
		_, surname, _ := strings.Cut(a, " ")
		if r.cosine(a, b) >= minVariantCosine || r.score(neighbourKeys(r.adj[a]), surname, b) >= minScore || !r.apart(a, b, initials) {
			res.redirect[a] = b
			added = true
		}
	}
	if added {
		flatten(res.redirect)
	}
}

// initialForms maps each name key that opens with an initial ("s africa",
// "m lewis francis") to the one key of the corpus whose first word that
// letter starts and whose other words are the same ("south africa", "mark
// lewis francis"); an initial that starts two or more such keys maps to
// none.
func initialForms(full []string) map[string]string {
	byRest := map[string][]string{}
	for _, k := range full {
		if first, rest, ok := strings.Cut(k, " "); ok && len(first) > 1 {
			byRest[rest] = append(byRest[rest], k)
		}
	}
	out := map[string]string{}
	for _, k := range full {
		first, rest, ok := strings.Cut(k, " ")
		if !ok || len(first) != 1 {
			continue
		}
		var match string
		n := 0
		for _, c := range byRest[rest] {
			if strings.HasPrefix(c, first) {
				match = c
				n++
			}
		}
		if n == 1 {
			out[k] = match
		}
	}
	return out
}

// minApartNeighbours and minApartFull are the numbers of distinct
// co-mentions an initial and a full name need before their disagreeing
// keeps the two apart: an initial named with one club or one team-mate,
// or a full name seen with a handful of others, says too little about
// who they are (the athletes of a squad list of initials, each named in
// full in one or two other stories, share no one with those stories).
const (
	minApartNeighbours = 3
	minApartFull       = 5
)

// apart reports whether the co-mentions of initial form a disagree with
// those of full name b: a has at least minApartNeighbours neighbours and
// b at least minApartFull, and neither a's neighbours nor theirs are b's
// neighbours, once every key that opens with an initial is read as the
// full name in as it stands for (a team sheet names its players by
// initials; the players are b's team-mates in other stories).
func (r *resolver) apart(a, b string, as map[string]string) bool {
	na := r.adj[a]
	if len(na) < minApartNeighbours {
		return false
	}
	nb := r.adj[b]
	if len(nb) < minApartFull {
		return false
	}
	self, other := baseOf(a), baseOf(b)
	read := func(x string) string {
		if y, ok := as[x]; ok {
			return y
		}
		return x
	}
	for _, x := range neighbourKeys(na) {
		x = read(x)
		if x == other {
			continue
		}
		if nb[x] > 0 {
			return false
		}
		for y := range r.adj[x] {
			if y = read(y); y != self && y != other && nb[y] > 0 {
				return false
			}
		}
	}
	return true
}

// SameGiven reports whether given names a and b (name-key words) may be
// forms of one name: an initial of it, one the
// start of the other ("steve", "steven"), a common start of four letters
// ("bernie", "bernard"), one letter apart in names of five letters or
// more ("costas", "kostas"; also two letters swapped or one left out, as
// a typing slip writes them: "mihkail", "aturo"), or a familiar form of
// the other ("jim", "james"; lexicon.FamiliarForm).
func SameGiven(a, b string) bool {
	if lexicon.FamiliarForm(a, b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch {
	case a == b:
		return false
	case len(a) == 1:
		return strings.HasPrefix(b, a)
	case len(a) >= 3 && strings.HasPrefix(b, a):
		return true
	case len(a) >= 4 && a[:4] == b[:4]:
		return true
	case len(a) >= 5 && len(a) == len(b):
		diff, first := 0, -1
		for i := range len(a) {
			if a[i] != b[i] {
				if first < 0 {
					first = i
				}
				diff++
			}
		}
		swapped := diff == 2 && first+1 < len(a) && a[first] == b[first+1] && a[first+1] == b[first] && a[first+2:] == b[first+2:]
		return diff == 1 || swapped
	case len(a) >= 5 && len(b) == len(a)+1:
		for i := range len(a) {
			if a[i] != b[i] {
				return a[i:] == b[i+1:] // one letter left out
			}
		}
		return true
	}
	return false
}

// cosine is the similarity of the co-mentions of actors a and b: the
// cosine of their neighbour vectors, each neighbour weighted by idf, the
// two actors themselves left out.
func (r *resolver) cosine(a, b string) float64 {
	va, vb := r.adj[a], r.adj[b]
	ba, bb := baseOf(a), baseOf(b)
	dot, na, nb := 0.0, 0.0, 0.0
	// In key order, as score: sums in map order vary in their last bits.
	for _, x := range neighbourKeys(va) {
		if x == ba || x == bb {
			continue
		}
		wa := r.idf[x] * math.Log1p(float64(va[x]))
		na += wa * wa
		if w2 := vb[x]; w2 > 0 {
			dot += wa * r.idf[x] * math.Log1p(float64(w2))
		}
	}
	for _, x := range neighbourKeys(vb) {
		if x == ba || x == bb {
			continue
		}
		wb := r.idf[x] * math.Log1p(float64(vb[x]))
		nb += wb * wb
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
