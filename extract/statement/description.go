package statement

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Definite descriptions as speakers. Journalists name a body once and then
// describe it: "AstraZeneca … The company said", "UKIP … The party
// argues", "the German exchange said", "the government has refused".
// "The" and a noun for a kind of organisation is the organisation of that
// kind named last in the sentence or the five before it. "A spokesman"
// the phrase gives no body for speaks for the first state or organisation
// its sentence names, else for the body that spoke in that sentence or
// the two before (bodyInSentence); "a ministry official", for the
// ministry named last (ministryOf). "The government", "the
// administration", "the authorities", and the other officials and
// spokesmen the phrase gives no state or body for ("a senior official
// was quoted as saying"), are the state the article names most (the one
// it is about). An official or spokesman described through a kind of
// organisation ("a company spokesman", "bank officials") is that
// organisation (bodyOfOfficials), or no one when the article names none;
// "the spokesman" or "the statement" once a body has spoken is that body
// again (spokeBefore). "Sources said" stays unresolved.
//
// The body level follows the text: a ministry or council the text names
// as an organisation ("the Foreign Ministry" when the gazetteer knows it)
// speaks for itself; a ministry described through its state ("the
// Russian defence ministry", "Moscow's foreign ministry") speaks for the
// state, as does a ministry without a name.

// orgNouns are the nouns that describe an organisation, with the category
// of the gazetteer's organisations they must have ("" for any that is not
// a news medium): the bodies' nouns below and every noun of a business
// (businessNouns).
var orgNouns = withNouns(map[string]string{"club": "", "union": "", "charity": "", "organisation": "",
	"organization": "", "body": "", "watchdog": "", "regulator": "", "agency": "", "alliance": "", "bloc": "",
	"committee": "", "commission": "", "council": "", "board": "", "party": "party", "newspaper": "media",
	"paper": "media", "broadcaster": "media", "network": "media", "tribunal": "", "court": "", "tank": "",
	"station": "media", "guild": ""}, businessNouns, "")

// withNouns returns m with each noun of nouns added with the value v.
func withNouns[V any](m map[string]V, nouns map[string]bool, v V) map[string]V {
	for w := range nouns {
		m[w] = v
	}
	return m
}

// describe records that a description with the head noun named actor a
// (described) and returns a.
func (ss *docState) describe(head string, a int) int {
	if ss.described == nil {
		ss.described = map[string]int{}
	}
	ss.described[head] = a
	return a
}

// institutionNouns are nouns that, like those of orgNouns, describe an
// organisation as the subject of a reporting verb, but only one whose name
// holds them ("the Intrepid Museum Foundation …
// The museum said", "the Ifo Institute … the institute said"): no other
// body is a museum or an institute to the reader. "The trust" and "the
// fund" are read so too ("Houston Oil Trust said … the trust said", "the
// fund said" after the International Monetary Fund or a mutual fund):
// before a verb of saying they are the body, whatever else the words mean
// elsewhere. Nouns that name a place as often ("the centre", "the
// school", "the authority") are left out. They stay out of orgNouns, whose words also say what a name is not
// (isBodyNoun: the American Petroleum Institute is "the trade group").
var institutionNouns = map[string]bool{"foundation": true, "institute": true, "museum": true, "society": true,
	"federation": true, "confederation": true, "academy": true, "association": true, "office": true, "bureau": true,
	"trust": true, "fund": true}

// stateGovNouns are the nouns of govNouns that, after "the", name the
// government itself as a target ("urged the government to act").
var stateGovNouns = map[string]bool{"government": true, "administration": true, "authorities": true}

// govNouns are the nouns that describe a state's government or someone
// speaking for it.
var govNouns = map[string]bool{"government": true, "administration": true, "authorities": true, "cabinet": true,
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "ministry": true}

// describedBefore resolves a definite description that ends at token k,
// right before a reporting verb ("The company said"): "the", "its" or
// "this", then up to three adjectives or names ("the German exchange",
// "the non-partisan fiscal watchdog"), then a noun of orgNouns. It returns
// the actor and the phrase's first token, or -1.
func (ss *docState) describedBefore(c *sentCtx, k int) (int, int) {
	if k < 0 || c.ment[k] >= 0 || c.quoted[k] {
		return -1, 0
	}
	head := strings.ToLower(c.toks[k].Text)
	if groupNouns[head] {
		return ss.describedGroup(c, k)
	}
	if memberNouns[head] {
		return ss.membersOf(c, k)
	}
	if head == "department" || head == "ministry" {
		return ss.departmentBefore(c, k)
	}

	cat, ok := orgNouns[head]
	if !ok && institutionNouns[head] {
		cat, ok = "", true
	}
	if !ok {
		return -1, 0
	}
	j := k - 1
	// named: whether capitalised words that are no mention stand before
	// a capitalised noun; inner: the actor a mention among them names.
	named, inner := false, -1
	innerEnd := -1  // the end of the mention of inner
	possessor := -1 // an organisation named with "'s" inside the phrase
	for n := 0; j >= 0 && n < 4; n++ {
		w := c.toks[j].Text
		if text.IsPossessive(w) && j > 0 && c.ment[j-1] >= 0 && possessor < 0 {
			a := c.ms[c.ment[j-1]].actorIndex
			if ss.actors[a].kind != lexicon.KindOrg || ss.isMedia(a) {
				break // "the UK's public spending watchdog": as before
			}
			possessor = a
			j--
			n--
			continue
		}
		if (w == "'s" || w == "\u2019s") && j > 1 && c.ment[j-1] < 0 && text.IsLower(c.toks[j-1].Text) && !c.quoted[j-1] {
			// "the world's biggest insurer", "the nation's largest
			// retailer"; not "the pilots' union", a body of its members
			// that the text may not have named.
			j -= 2
			continue
		}
		if mi := c.ment[j]; mi >= 0 {
			if inner < 0 {
				inner, innerEnd = c.ms[mi].actorIndex, c.ms[mi].t1
			}
			m := c.ms[mi]
			if m.t1 < len(c.toks) && c.toks[m.t1].Text == "-" && c.toks[m.t1].Span.Start == c.toks[m.t1-1].Span.End {
				n-- // "the Paris-based economics think tank": a name glued to "-based" is one word with it
			}
			j = m.t0 - 1
			continue
		}
		// "the non-profit group": a hyphen inside a word joins it.
		if hyphenJoins(c.toks, j) {
			j--
			n--
			continue
		}
		switch strings.ToLower(w) {
		case "the", "its", "this":
			if j > 1 && strings.EqualFold(c.toks[j-1].Text, "at") && peopleOf(c.toks[j-2].Text) {
				// "unions at the Italian carmaker have said", "workers
				// at the company said": people of the body, not the
				// body, are the subject.
				return -1, 0
			}
			// "The Commodity Futures Trading Commission" is a name the
			// tagger missed, not a description; "the U.K. Intervention
			// Board", "the Senate Agriculture Committee" are bodies of
			// the state or organisation named inside them.
			if named {
				if inner >= 0 && ss.actors[inner].kind == lexicon.KindState && !stateBodyNouns[head] {
					return -1, 0 // "The UK Independence Party" is no voice of the state
				}
				return inner, j
			}
			// "The Green party said", "the Democratic Progressive party":
			// the organisation named right before the noun is the party.
			if head == "party" && inner >= 0 && innerEnd == k && ss.actors[inner].kind == lexicon.KindOrg && !ss.isMedia(inner) {
				return inner, j
			}
			// "The CCM's national executive committee said": a body of
			// the organisation named with "'s" speaks for it.
			if possessor >= 0 && possessor == inner && orgBodyNouns[head] {
				return possessor, j
			}
			// "the central bank": a bank of that kind, or else the
			// state (centralBank).
			central := head == "bank" && strings.EqualFold(c.toks[k-1].Text, "central")
			// "the news agency": an outlet, not any body ("the Bay of
			// Bengal" the tagger took for one).
			newsAgency := head == "agency" && strings.EqualFold(c.toks[k-1].Text, "news")
			fits := func(a int) bool {
				if newsAgency {
					return ss.isMedia(a)
				}
				if central {
					return ss.centralBankLike(a)
				}
				if institutionNouns[head] {
					return ss.actors[a].kind == lexicon.KindOrg && ss.nameHas(a, head)
				}
				if businessNouns[head] {
					return ss.describes(a, head, cat)
				}
				return ss.ofCategory(a, cat) && !ss.unlikeSpeaker(a, head)
			}
			// One of that kind named before it in the sentence ("JP
			// Morgan, the US investment bank, said"); else the body
			// that spoke last, when it is of that kind and named in
			// the sentence or the five before: news goes on quoting
			// the organisation it is about ("Acme said it would buy
			// Barlow … The company said"), whoever was named between;
			// else the one named last.
			for i := len(c.ms) - 1; i >= 0; i-- {
				if m := c.ms[i]; m.t1 <= j && fits(m.actorIndex) && !ss.commentatorsFirm(m) && !c.quoted[m.t0] {
					return ss.describe(head, m.actorIndex), j
				}
			}
			// A news agency that spoke is "the agency" too ("Xinhua said
			// … the news agency said").
			if s := ss.bodySpoke; s.speaker >= 0 && s.sent >= c.si-5 && (fits(s.speaker) || head == "agency" && ss.isMedia(s.speaker)) &&
				ss.lastOrgWhere(c, len(c.toks), func(a int) bool { return a == s.speaker }) >= 0 {
				return ss.describe(head, s.speaker), j
			}
			// "The commission said": a commission named in the six
			// sentences before goes first, whatever other body came
			// after it.
			if !central && !businessNouns[head] {
				if a := ss.lastOrgWhere(c, j, func(a int) bool { return fits(a) && ss.nameHas(a, head) }); a >= 0 {
					return ss.describe(head, a), j
				}
			}
			// "the elections watchdog has said … says the watchdog": the
			// one the same noun named before, not another body named
			// between that the noun could describe too.
			if a, ok := ss.described[head]; ok && fits(a) && !central && !businessNouns[head] {
				return a, j
			}
			if a := ss.lastOrgWhere(c, j, fits); a >= 0 {
				return ss.describe(head, a), j
			}
			// "the Nomura research institute said", when no institute
			// was named: an institute of the organisation named in the
			// phrase, which speaks for it.
			if institutionNouns[head] && inner >= 0 && ss.actors[inner].kind == lexicon.KindOrg && !ss.isMedia(inner) &&
				lowerBetween(c.toks, innerEnd, k) {
				return inner, j
			}
			if central {
				return ss.centralBank(c, j, k+1), j
			}
			// "The bank said" many sentences on, when nothing of
			// that kind came between: the one the article named.
			if a := ss.earlierOrg(c, cat, head); a >= 0 || head != "bank" || !ss.centralBankBefore(c) {
				return a, j
			}
			// "… according to figures from the central bank. … the bank
			// said": the central bank the text spoke of, which no name
			// made an actor, speaks for its state (centralBank).
			return ss.centralBank(c, j, k+1), j
		}
		if c.quoted[j] || text.IsPunct(w) || !text.IsLower(w) && !text.IsNameStart(w) {
			break
		}
		if !text.IsLower(w) && !text.IsLower(c.toks[k].Text) {
			named = true
		}
		if hyphenJoins(c.toks, j+1) {
			n-- // "the Paris-based think tank", Paris a place: one word with "-based", as above
		}
		j--
	}
	return -1, 0
}

// lowerBetween reports whether tokens [a, b) are all lower-case words.
func lowerBetween(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if !text.IsLower(toks[k].Text) || text.IsPunct(toks[k].Text) {
			return false
		}
	}
	return true
}

// orgBodyNouns are the nouns of an organisation's own bodies, which speak
// for it when it is named before them with "'s" ("the party's national
// executive committee", "the union's board").
var orgBodyNouns = map[string]bool{"committee": true, "board": true, "council": true, "executive": true,
	"secretariat": true, "leadership": true, "body": true}

// stateBodyNouns are the heads of the names of a state's own bodies ("the
// U.K. Intervention Board", "the PNG Cocoa Industry Board").
var stateBodyNouns = map[string]bool{"board": true, "council": true, "commission": true, "ministry": true,
	"department": true, "agency": true, "office": true, "authority": true, "committee": true, "service": true,
	"administration": true}

// ofCategory reports whether actor a is an organisation of category cat
// ("" for any but news media).
func (ss *docState) ofCategory(a int, cat string) bool {
	if ss.actors[a].kind != lexicon.KindOrg {
		return false
	}
	switch cat {
	case "":
		return !ss.isMedia(a)
	case "media":
		return ss.isMedia(a)
	}
	e, known := ss.f.lex.Org(ss.actors[a].name)
	return known && e.Category == cat
}

// groupNouns are the plural nouns that describe a coordination of states
// or organisations that spoke together ("the two companies", "both
// sides").
var groupNouns = map[string]bool{"companies": true, "firms": true, "groups": true, "banks": true, "governments": true,
	"countries": true, "nations": true, "sides": true, "parties": true, "states": true, "allies": true,
	"partners": true, "leaders": true, "ministers": true, "men": true, "women": true,
	// kinds of organisations whose members groupFits checks
	"newspapers": true, "papers": true, "unions": true, "exchanges": true}

// describedGroup resolves a plural description ending at token k ("the
// companies", "the two countries", "both sides"): the first speaker of
// the coordination that spoke in the sentence or the one before
// (recentGroup), else of the list its count ties it to (countedGroup),
// else of an earlier group (earlierGroup), else of the only ones of its
// count and kind in the sentence before (onlyCounted), and the phrase's
// first token;
// groupOthers gives the others their statements. It returns -1 without
// such a coordination.
func (ss *docState) describedGroup(c *sentCtx, k int) (int, int) {
	j := k - 1
	count := 0
	if j >= 0 {
		count = groupCounts[c.toks[j].Text]
		if count > 0 {
			j--
		}
	}
	if j < 0 || c.quoted[j] || c.ment[j] >= 0 {
		return -1, 0
	}
	switch strings.ToLower(c.toks[j].Text) {
	case "the", "both":
		if strings.EqualFold(c.toks[j].Text, "both") {
			count = 2
		}
	default:
		return -1, 0
	}
	noun := strings.ToLower(c.toks[k].Text)
	g := ss.recentGroup(c)
	if g == nil || !ss.groupFits(noun, g) || count > 0 && len(g) != count {
		// A description that counts its group is tied to the list of
		// that many of its kind in its sentence or the two before it,
		// rather than to an older coordination ("Toyota and Honda cut
		// prices. They said … The report named Barclays and HSBC. Both
		// banks denied …").
		if g = ss.countedGroup(c, j, noun, count); g == nil {
			if g = ss.earlierGroup(c, j, k, noun); g == nil || count > 0 && len(g) != count {
				if g = ss.onlyCounted(c, noun, count); g == nil {
					return -1, 0
				}
			}
		}
		// groupOthers reads the coordination of this sentence.
		ss.group = groupSpoke{sent: c.si, speakers: g}
	}
	return g[0], j
}

// groupCounts are the numbers a plural description may give its group
// ("the three banks").
var groupCounts = map[string]int{"two": 2, "three": 3, "four": 4}

// countedGroup returns, for a description that counts its group ("both
// banks", "the three companies") and starts at token j, the last list of
// exactly that many states or organisations, all of the noun's kind, that
// the sentence names before it or the two sentences before name anywhere
// ("Regulators fined Barclays, HSBC and Lloyds. The three banks denied
// wrongdoing."): the number and the kind tie the description to the list
// wherever it stood. Names in a list are joined by commas, "and", "&" or
// "or" alone. Nil when count is 0 or there is no such list.
func (ss *docState) countedGroup(c *sentCtx, j int, noun string, count int) []int {
	if count == 0 {
		return nil
	}
	for si := c.si; si >= 0 && si >= c.si-2; si-- {
		toks := ss.doc.Tokens[si]
		ms := ss.bySent[si]
		var found []int
		for i := 0; i < len(ms); {
			if si == c.si && ms[i].t1 > j {
				break
			}
			list := []int{ms[i].actorIndex}
			e := i + 1
			for e < len(ms) && listJoined(toks, ms[e-1].t1, ms[e].t0) && !(si == c.si && ms[e].t1 > j) {
				if !slices.Contains(list, ms[e].actorIndex) {
					list = append(list, ms[e].actorIndex)
				}
				e++
			}
			// A list ends in "and" or "or" before its last name, and none
			// of its names owns the next noun: "the International Cocoa
			// Organization, ICCO," is one body named twice, "Deutsche and
			// Dresdner, Hapag-Lloyd's majority shareholders" two owners.
			ends := e-i >= 2 && conjunctionIn(toks, ms[e-2].t1, ms[e-1].t0)
			owns := slices.ContainsFunc(ms[i:e], func(m mention) bool { return m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) })
			if len(list) == count && ends && !owns && ss.groupFits(noun, list) {
				found = list // the last such list of the sentence
			}
			i = e
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// onlyCounted returns, for a description that counts its group ("the two
// leaders"), the actors of the noun's kind that the sentence before names
// when they are exactly that many, outside quotations and not as
// possessors, in the order named ("Angela Merkel met Emmanuel Macron in
// Berlin. The two leaders said …"); else nil. A list is not needed: the
// count and the kind tie the description to them, when no list and no
// earlier group does (describedGroup).
func (ss *docState) onlyCounted(c *sentCtx, noun string, count int) []int {
	want, ok := groupNounKind(noun)
	if !ok || c.si == 0 {
		return nil
	}
	si := c.si - 1
	toks := ss.doc.Tokens[si]
	var g []int
	for _, m := range ss.bySent[si] {
		a := m.actorIndex
		if !ss.memberOf(noun, want, a) {
			continue
		}
		if m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) || text.IsOpenQuote(toks[max(0, m.t0-1)].Text) {
			return nil // "Merkel's aide met Macron": not two leaders
		}
		if !slices.Contains(g, a) {
			g = append(g, a)
		}
	}
	if len(g) != count {
		return nil
	}
	return g
}

// conjunctionIn reports whether tokens [a, b) hold "and", "&" or "or".
func conjunctionIn(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].Text {
		case "and", "&", "or":
			return true
		}
	}
	return false
}

// listJoined reports whether tokens [a, b) join two names of a list: a
// comma, "and", "&" or "or", or a comma and one of them.
func listJoined(toks []text.Token, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		switch toks[k].Text {
		case ",", "and", "&", "or":
		default:
			return false
		}
	}
	return true
}

// earlierGroup returns the actors a plural description with the noun at
// token k, starting at token j, stands for when no coordination spoke in the
// sentence or the one before: the coordination that is the subject of
// the sentence before the description ("Iran and India reached a deal …,
// both countries said"), else the last coordination of the six sentences
// before that spoke or was a sentence's subject and fits the noun ("Sony,
// IBM and Toshiba … unveiled the chip on Monday. It is … The chip will
// run at 4 GHz, the firms said."); else, the two states or organisations
// of the kind the noun asks for that the document has named most, when
// they are the only ones it has named twice or more before the sentence
// ("ConAgra Inc agreed to acquire Monfort of Colorado Inc … The companies
// said"); else the only two of that kind it has named at all (onlyTwo);
// else the two of that kind its own sentence names before it, if it names
// only two (twoBefore); else nil.
func (ss *docState) earlierGroup(c *sentCtx, j, k int, noun string) []int {
	if p, b := ss.subjectPhrase(c); b <= j {
		if g := ss.subjectGroupOf(c, p, b); len(g) >= 2 && ss.groupFits(noun, g) {
			return g
		}
	}
	for _, g := range []groupSpoke{ss.group, ss.subjectGroup} {
		if len(g.speakers) >= 2 && g.sent < c.si && g.sent >= c.si-6 && ss.groupFits(noun, g.speakers) {
			return g.speakers
		}
	}
	want, ok := groupNounKind(noun)
	if !ok || want == lexicon.KindPerson {
		return nil
	}
	count := make([]int, len(ss.actors))
	for si := 0; si < c.si; si++ {
		for _, m := range ss.bySent[si] {
			if ss.memberOf(noun, want, m.actorIndex) {
				count[m.actorIndex]++
			}
		}
	}
	var g []int
	for a, n := range count {
		if n >= 2 {
			g = append(g, a)
		}
	}
	if len(g) != 2 {
		if g = ss.onlyTwo(c, j, k, count, want, noun); g != nil {
			return g
		}
		return ss.twoBefore(c, j, want, noun)
	}
	if count[g[1]] > count[g[0]] {
		g[0], g[1] = g[1], g[0]
	}
	return g
}

// onlyTwo returns the two actors of kind want that the document names
// before the description at tokens [j, k] of sentence c, however often, when it names only two
// ("Shares of Sumitomo Mitsui Financial and Daiwa Securities jumped … The
// firms denied …"; count holds the mentions of the sentences before), in
// the order of their first mention; else nil. Not for "the banks", which
// in news are as often a story's creditor banks, named or not; only for a
// description that opens the sentence or the reporting tag after a comma
// ("The firms denied …", "…, the companies said"), not one inside a
// clause ("but the two nations will remain at odds", "Among the firms
// accused were …"), nor one the sentence names in apposition.
func (ss *docState) onlyTwo(c *sentCtx, j, k int, count []int, want lexicon.Kind, noun string) []int {
	if noun == "banks" || j > 0 && c.toks[j-1].Text != "," {
		return nil // only a subject that opens the sentence or the tag after what was said
	}
	if k+1 < len(c.toks) && c.toks[k+1].Text == "," {
		return nil // "The firms, FMR Corp and Fidelity International Ltd, said": they name themselves
	}
	var g []int
	for a, n := range count {
		if n > 0 {
			g = append(g, a)
		}
	}
	for _, m := range c.ms {
		if a := m.actorIndex; m.t1 <= j && ss.memberOf(noun, want, a) && !slices.Contains(g, a) {
			g = append(g, a)
		}
	}
	if len(g) != 2 {
		return nil
	}
	if ss.firstMention(g[1]) < ss.firstMention(g[0]) {
		g[0], g[1] = g[1], g[0]
	}
	return g
}

// firstMention returns the sentence and token of actor a's first
// mention, as one number for ordering, or the largest int if none.
func (ss *docState) firstMention(a int) int {
	for si, ms := range ss.bySent {
		for _, m := range ms {
			if m.actorIndex == a {
				return si<<16 | m.t0
			}
		}
	}
	return int(^uint(0) >> 1)
}

// twoBefore returns the two states or organisations of kind want that
// sentence c names before token j, outside quotations, in the order
// named, when it names exactly two such (memberOf noun) and a comma
// ends what they said: "ConAgra Inc agreed to acquire Monfort of Colorado
// Inc, both companies said". Else nil.
func (ss *docState) twoBefore(c *sentCtx, j int, want lexicon.Kind, noun string) []int {
	if j == 0 || c.toks[j-1].Text != "," {
		return nil // only in the reporting tag after what they said, not "… but the two nations will remain at odds"
	}
	var g []int
	for _, m := range c.ms {
		a := m.actorIndex
		if m.t1 > j || c.quoted[m.t0] || !ss.memberOf(noun, want, a) || slices.Contains(g, a) {
			continue
		}
		g = append(g, a)
	}
	if len(g) != 2 {
		return nil
	}
	return g
}

// groupFits reports whether the plural noun describes the actors g: the
// companies, firms, banks and groups are organisations (and
// newspapers, unions and exchanges those of their kind), the governments,
// countries, nations and states states, the leaders, ministers, men and
// women people; sides, parties, allies and partners may be any.
func (ss *docState) groupFits(noun string, g []int) bool {
	want, ok := groupNounKind(noun)
	if !ok {
		return true
	}
	for _, a := range g {
		if ss.actors[a].kind != want || !ss.ofGroupNoun(noun, a) {
			return false
		}
	}
	return true
}

// memberOf reports whether actor a may be one of the group a plural noun
// describes, where groupNounKind gives its kind want: of that kind, a
// news outlet exactly when the noun names outlets ("the companies" are
// never two newspapers), and of the noun's kind of organisation
// (ofGroupNoun).
func (ss *docState) memberOf(noun string, want lexicon.Kind, a int) bool {
	return ss.actors[a].kind == want && ss.isMedia(a) == mediaNoun(noun) && ss.ofGroupNoun(noun, a)
}

// mediaNoun reports whether a plural noun names news outlets.
func mediaNoun(noun string) bool { return noun == "newspapers" || noun == "papers" }

// ofGroupNoun reports whether actor a is one of what a plural noun of a
// kind of organisation names: a news outlet for "newspapers" and "papers",
// a body whose name holds "Union" for "unions", and "Exchange" for
// "exchanges" ("The unions said" after "Fiat and GM" is not the two
// carmakers); any organisation for the other nouns.
func (ss *docState) ofGroupNoun(noun string, a int) bool {
	switch {
	case mediaNoun(noun):
		return ss.isMedia(a)
	case noun == "unions":
		return strings.Contains(ss.actors[a].name, "Union")
	case noun == "exchanges":
		return strings.Contains(ss.actors[a].name, "Exchange")
	}
	return true
}

// groupNounKind returns the kind of actor a plural noun of a group names
// (groupFits), and false for the nouns that may name any kind.
func groupNounKind(noun string) (lexicon.Kind, bool) {
	switch noun {
	case "companies", "firms", "banks", "groups", "newspapers", "papers", "unions", "exchanges":
		return lexicon.KindOrg, true
	case "governments", "countries", "nations", "states":
		return lexicon.KindState, true
	case "leaders", "ministers", "men", "women":
		return lexicon.KindPerson, true
	}
	return lexicon.KindUnknown, false
}

// memberNouns are the plural nouns for the members of a legislature or of
// one of its committees, and "members", of any organisation named right
// before them ("Opec members said").
var memberNouns = map[string]bool{"members": true, "mps": true, "meps": true, "lawmakers": true, "legislators": true,
	"senators": true, "congressmen": true, "peers": true, "deputies": true, "councillors": true}

// bodyWords are the last words of the names of the legislatures and
// committees whose members speak for them.
var bodyWords = map[string]bool{"Committee": true, "Commission": true, "Parliament": true, "Assembly": true,
	"Senate": true, "Congress": true, "Council": true, "Lords": true, "Commons": true}

// membersOf resolves "Labour MPs said": the organisation named right
// before the members; and "MPs said", "the MPs said", "the committee's
// members": the legislature or committee that spoke in the sentence or
// the five before, when its name ends in one of bodyWords ("The Home
// Affairs Committee said … Courts should act faster, MPs said"), and the
// phrase's first token; else -1: members of no body that spoke are no
// one's voice.
func (ss *docState) membersOf(c *sentCtx, k int) (int, int) {
	if k > 0 {
		// "Labour MPs", "Republican senators": the members of the
		// organisation named right before speak for it.
		if mi := c.ment[k-1]; mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindOrg {
			return c.ms[mi].actorIndex, c.ms[mi].t0
		}
	}
	j := k
	if k > 0 && strings.EqualFold(c.toks[k-1].Text, "the") {
		j = k - 1
	} else if k > 0 && !text.IsPunct(c.toks[k-1].Text) && !ss.cl.opener.has(c.toks[k-1].Text) {
		return -1, 0
	}
	s := ss.bodySpoke
	if s.speaker < 0 || s.sent < c.si-5 {
		return -1, 0
	}
	words := strings.Fields(ss.actors[s.speaker].name)
	if !bodyWords[words[len(words)-1]] {
		return -1, 0
	}
	return s.speaker, j
}

// departmentBefore resolves "the department said", "the ministry said"
// ending at token k ("the labour department said": see the field's
// case below): the state that spoke last, in the sentence or the
// five before ("the U.S. Agriculture Department said … the department
// said": the department speaks for its state, see stateBodyStart), else
// the organisation with "Department" or "Ministry" in its name named last
// ("the Trade Ministry said … the ministry said", however far back when
// the phrase names its field), and the phrase's first token; or -1.
func (ss *docState) departmentBefore(c *sentCtx, k int) (int, int) {
	j := k - 1
	var field []string // "labour" of "the labour department"
	for j >= 0 && len(field) < 2 && c.ment[j] < 0 && !c.quoted[j] && text.IsLower(c.toks[j].Text) &&
		!text.IsPunct(c.toks[j].Text) && !functionWord(c.toks[j].Text) {
		field = append(field, c.toks[j].Text)
		j--
	}
	if j < 0 || !strings.EqualFold(c.toks[j].Text, "the") {
		return -1, 0
	}
	if s := ss.bodySpoke; s.speaker >= 0 && s.sent >= c.si-5 && ss.actors[s.speaker].kind == lexicon.KindState {
		return s.speaker, j
	}
	noun := strings.ToUpper(c.toks[k].Text[:1]) + strings.ToLower(c.toks[k].Text[1:])
	if len(field) > 0 && !slices.Contains(field, "state") {
		// "the labour department said": the department of that field
		// the article named, else, as a ministry without a name, the
		// state the text is talking about ("the state department" is
		// the United States', written in lower case). The field and the
		// noun make the name distinctive: the article may have named the
		// department many sentences before ("the Dutch Finance Ministry
		// said …" in the lead, "the finance ministry said" at the end).
		if a := ss.lastOrgWithin(c, j, c.si, func(a int) bool {
			words := strings.Fields(ss.actors[a].name)
			return ss.actors[a].kind == lexicon.KindOrg && slices.Contains(words, noun) &&
				slices.ContainsFunc(field, func(f string) bool {
					return slices.ContainsFunc(words, func(w string) bool { return strings.EqualFold(w, f) })
				})
		}); a >= 0 {
			return a, j
		}
		if s := ss.stateOfText(c, j, k+1); s >= 0 {
			return s, j
		}
		return -1, 0
	}
	a := ss.lastOrgWhere(c, j, func(a int) bool {
		return ss.actors[a].kind == lexicon.KindOrg && slices.Contains(strings.Fields(ss.actors[a].name), noun)
	})
	if s := ss.bodySpoke; a < 0 && s.speaker >= 0 && s.sent >= c.si-5 && ss.actors[s.speaker].kind == lexicon.KindOrg &&
		ss.writtenWith(s.speaker, noun, max(0, c.si-5), c.si) {
		// "…, the Defense Department said. … The department said": the
		// body that spoke under a name with the noun, whatever name the
		// gazetteer gives it (the Pentagon).
		a = s.speaker
	}
	if a < 0 {
		// "the department said" many sentences on: the department
		// the article named, however far back.
		a = ss.earlierOrg(c, "", strings.ToLower(noun))
	}
	if a < 0 || ss.actors[a].kind != lexicon.KindOrg {
		return -1, 0
	}
	return a, j
}

// centralBank resolves "the central bank" in tokens [a, b) when no
// central bank was named in the sentence or the five before: the one the
// document names (centralBankLike); else, as a ministry without a name,
// the state the text is talking about (stateOfText): a central bank that
// no name makes an actor of speaks for its state's monetary authority.
func (ss *docState) centralBank(c *sentCtx, a, b int) int {
	found := -1
	for i := range ss.actors {
		if ss.centralBankLike(i) {
			if found >= 0 {
				return -1 // two: which one the text means is not clear
			}
			found = i
		}
	}
	if found >= 0 {
		return found
	}
	return ss.stateOfText(c, a, b)
}

// writtenWith reports whether a mention of actor a in sentences [from,
// to] is written with the word w ("Defense Department" for the
// Pentagon).
func (ss *docState) writtenWith(a int, w string, from, to int) bool {
	for si := from; si <= to && si < len(ss.bySent); si++ {
		for _, m := range ss.bySent[si] {
			if m.actorIndex != a || m.via != lexicon.ViaName {
				continue
			}
			for _, t := range ss.doc.Tokens[si][m.t0:m.t1] {
				if strings.EqualFold(t.Text, w) {
					return true
				}
			}
		}
	}
	return false
}

// centralBankBefore reports whether sentence c or one of the six before
// it speaks of a central bank ("the central bank", "the United Arab
// Emirates Central Bank") before it.
func (ss *docState) centralBankBefore(c *sentCtx) bool {
	for si := max(0, c.si-6); si <= c.si; si++ {
		toks := ss.doc.Tokens[si]
		for k := 0; k+1 < len(toks); k++ {
			if strings.EqualFold(toks[k].Text, "central") && strings.EqualFold(toks[k+1].Text, "bank") {
				return true
			}
		}
	}
	return false
}

// centralBankLike reports whether actor a can be a central bank: one the
// gazetteer knows as such, or an organisation the gazetteer does not know
// whose name has the word "Bank" (not alone: "Bank of Spain", "Bank
// Negara") or is one word ending in it ("Bundesbank", "Riksbank").
func (ss *docState) centralBankLike(a int) bool {
	ac := ss.actors[a]
	if ac.kind != lexicon.KindOrg {
		return false
	}
	e, known := ss.f.lex.Org(ac.name)
	if known {
		return e.Category == "central bank"
	}
	words := strings.Fields(ac.name)
	if len(words) < 2 && !strings.HasSuffix(ac.name, "bank") {
		return false // "Bank" alone is a fragment, not a name
	}
	for _, w := range words {
		if w == "Bank" || w == "Banque" || w == "Banco" || len(w) > 4 && strings.HasSuffix(w, "bank") && !text.IsLower(w) {
			return true
		}
	}
	return false
}

// lastOrgWhere returns the actor named last before token t of sentence c,
// or in the five sentences before, for which fits holds, or -1.
func (ss *docState) lastOrgWhere(c *sentCtx, t int, fits func(int) bool) int {
	return ss.lastOrgWithin(c, t, 5, fits)
}

// lastOrgWithin is lastOrgWhere with the number of sentences before c it
// searches (reach); a commentator's firm ("an analyst at X") is never
// the one.
func (ss *docState) lastOrgWithin(c *sentCtx, t, reach int, fits func(int) bool) int {
	for i := len(c.ms) - 1; i >= 0; i-- {
		if m := c.ms[i]; m.t1 <= t && fits(m.actorIndex) && !ss.commentatorsFirm(m) {
			return m.actorIndex
		}
	}
	for si := c.si - 1; si >= 0 && si >= c.si-reach; si-- {
		ms := ss.bySent[si]
		for i := len(ms) - 1; i >= 0; i-- {
			if fits(ms[i].actorIndex) && !ss.commentatorsFirm(ms[i]) {
				return ms[i].actorIndex
			}
		}
	}
	return -1
}

// commentatorRoles are the nouns of people whom news quotes on a market
// or a company they watch from outside: their firm is not the one the
// story is about.
// Dealers and traders are left out: "a dealer with the bank" is as often
// one of its staff.
var commentatorRoles = map[string]bool{"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true, "chartist": true, "forecaster": true, "specialist": true,
	"consultant": true, "consultants": true}

// commentatorsFirm reports whether mention m names the firm of a
// commentator ("an airline analyst at Citicorp", "a strategist at
// brokers Miller Tabak", "economists with Barclays"): no antecedent of
// "the company" or "the bank", which mean the firm the story is about.
func (ss *docState) commentatorsFirm(m mention) bool {
	if m.sent < 0 || m.sent >= len(ss.doc.Tokens) {
		return false
	}
	toks := ss.doc.Tokens[m.sent]
	if ss.commentatorOf(m) {
		return true
	}
	k := m.t0 - 1
	for n := 0; n < 2 && k > 0 && text.IsLower(toks[k].Text) && toks[k].Text != "at" && toks[k].Text != "with"; n++ {
		k-- // "at brokers X", "at investment bank X"
	}
	if k < 1 || toks[k].Text != "at" && toks[k].Text != "with" {
		return false
	}
	return commentatorRoles[strings.ToLower(toks[k-1].Text)]
}

// commentatorOf reports whether mention m follows "of" or "from" right
// after a person whom a commentator's noun introduces ("industry analyst
// Richard Pzena of Sanford C. Bernstein", "analyst Rosario Ilacqua of
// L.F. Rothschild").
func (ss *docState) commentatorOf(m mention) bool {
	toks := ss.doc.Tokens[m.sent]
	if m.t0 < 3 || toks[m.t0-1].Text != "of" && toks[m.t0-1].Text != "from" {
		return false
	}
	for _, p := range ss.bySent[m.sent] {
		if p.t1 != m.t0-1 || ss.actors[p.actorIndex].kind != lexicon.KindPerson {
			continue
		}
		for k := p.t0 - 1; k >= 0 && k >= p.t0-3; k-- {
			if commentatorRoles[strings.ToLower(toks[k].Text)] {
				return true
			}
		}
	}
	return false
}

// governmentOf resolves "the government", "the administration", "the
// authorities", "officials" in tokens [a, b) without a name: the state
// that is the subject of the sentence, or else of the sentence before
// (the government of the state the text is talking about), else the
// state the document names most often (ties: the one named first), or
// -1; -1 too for officials of a region ("Latin American officials").
func (ss *docState) governmentOf(c *sentCtx, a, b int) int {
	gov := false
	for j := a; j < b; j++ {
		if govNouns[strings.ToLower(c.toks[j].Text)] {
			gov = true
		}
	}
	if !gov {
		return -1
	}
	for j := max(a-1, 1); j < b; j++ {
		// "The rapper's spokesman said", "the council's spokesperson":
		// the spokesman of someone the story does not name, not of a
		// state's government.
		if w := strings.ToLower(c.toks[j-1].Text); text.IsPossessive(c.toks[j].Text) && text.IsLower(c.toks[j-1].Text) && c.ment[j-1] < 0 &&
			!stateOwners[w] && !isPronoun(w) && !contracted[w] {
			return -1
		}
	}
	if ss.forUnnamed(c, a, b) || ss.regionIn(c, a, b) {
		return -1
	}
	return ss.stateOfText(c, a, b)
}

// forUnnamed reports whether the phrase [a, b) names whom it speaks for
// with "for" or "of" and a lower-case noun of people that are not a
// state's government or its staff ("a spokesman for her lawyers", "a
// spokeswoman for the family"): someone the story does not name, not the
// state it is about ("a spokesman for the ministry", "for the office",
// "for the ministers" are).
func (ss *docState) forUnnamed(c *sentCtx, a, b int) bool {
	for j := a + 1; j < b-1; j++ {
		if w := strings.ToLower(c.toks[j].Text); w != "for" && w != "of" {
			continue
		}
		head := ""
		for k := j + 1; k < b; k++ {
			w := c.toks[k].Text
			if c.ment[k] >= 0 || !text.IsLower(w) || text.IsPunct(w) {
				break
			}
			head = strings.ToLower(w)
		}
		single := strings.TrimSuffix(head, "s")
		return (peopleOf(head) || head == "family") && !stateOwners[head] && !stateOwners[single] && !govNouns[head] && !isPronoun(head)
	}
	return false
}

// regionIn reports whether the phrase [a, b) names a region of the
// gazetteer that lies in no one state, outside any actor's name ("Latin
// American officials", "one African diplomat"): officials of several
// states, none of which the phrase names.
func (ss *docState) regionIn(c *sentCtx, a, b int) bool {
	for j := max(0, a-2*maxRegionWords); j < b; j++ {
		if c.ment[j] >= 0 || !text.IsNameStart(c.toks[j].Text) {
			continue
		}
		for n := 1; n <= maxRegionWords && j+n <= b; n++ {
			if j+n < a && !lowerWords(c, j+n, a) {
				continue // the region must touch the phrase, which may leave it out ("Latin American officials"), or only nouns between ("a Latin American debt official")
			}
			name := ss.doc.Text[c.toks[j].Span.Start:c.toks[j+n-1].Span.End]
			if slices.ContainsFunc(ss.f.lex.Lookup(name), func(e lexicon.Entry) bool {
				return e.Kind == lexicon.KindUnknown && e.Category == "region" && e.Affiliation == ""
			}) {
				return true
			}
		}
	}
	return false
}

// lowerWords reports whether tokens [a, b) of sentence c are lower-case
// words, outside quotations.
func lowerWords(c *sentCtx, a, b int) bool {
	for _, t := range c.toks[a:b] {
		if !text.IsLower(t.Text) || text.IsPunct(t.Text) {
			return false
		}
	}
	return !slices.Contains(c.quoted[a:b], true)
}

// maxRegionWords is the number of words of a region's name regionIn reads.
const maxRegionWords = 3

// stateOwners are the nouns of a state's government and its parts, whose
// spokesman or officials speak for the state ("the government's
// spokesman", "the ministry's officials", "the country's authorities").
var stateOwners = map[string]bool{"government": true, "administration": true, "ministry": true, "department": true,
	"cabinet": true, "state": true, "country": true, "nation": true, "regime": true, "junta": true, "embassy": true,
	"army": true, "military": true, "navy": true, "police": true, "treasury": true, "president": true, "premier": true,
	"minister": true, "chancellor": true, "king": true, "queen": true, "authorities": true, "executive": true,
	"presidency": true, "republic": true, "kingdom": true, "leadership": true, "island": true}

// contracted are the words other than personal pronouns whose "'s" is
// "is" or "has" ("that's", "there's"), not a possessive.
var contracted = map[string]bool{"that": true, "there": true, "here": true, "what": true, "who": true, "where": true,
	"let": true, "this": true}

// stateOfText returns the state the text is talking about at the words
// [a, b) of sentence c: the subject of the sentence, or else of the
// sentence before (topicState), else the subject of the story's lead
// (leadState), else the state the document names most often, its
// governing bodies counted with it (ties: the one named first), or -1.
func (ss *docState) stateOfText(c *sentCtx, a, b int) int {
	if s := ss.placeOpening(c, a); s >= 0 {
		return s
	}
	if s := ss.topicState(c, a, b); s >= 0 {
		return s
	}
	if s := ss.leadState(); s >= 0 {
		return s
	}
	count := make([]int, len(ss.actors))
	first := make([]int, len(ss.actors))
	n := 0
	for _, ms := range ss.bySent {
		for _, m := range ms {
			s := m.actorIndex
			if a := ss.actors[s]; a.kind == lexicon.KindOrg && a.affil != "" {
				// "the Home Office", "the Tories": a ministry, party,
				// legislature or police of a state names its politics
				// too (not its regulators, central bank or companies,
				// which stories of other states cite).
				e, ok := ss.f.lex.Org(a.name)
				if !ok || !governingBodies[e.Category] {
					continue
				}
				if s = ss.actorByName(a.affil); s < 0 || ss.actors[s].kind != lexicon.KindState {
					continue
				}
			}
			if ss.actors[s].kind == lexicon.KindState {
				if count[s] == 0 {
					n++
					first[s] = n
				}
				count[s]++
			}
		}
	}
	best := -1
	for i, k := range count {
		if k > 0 && (best < 0 || k > count[best] || k == count[best] && first[i] < first[best]) {
			best = i
		}
	}
	return best
}

// leadState returns the state that opens the story's first sentence
// after its headline as its subject (subjectState: "South Korea unveiled a
// shopping list of U.S. goods", "The Italian government said"), alone
// and not reported by others, or -1:
// the news is that state's, so its government is the one "the
// government" and "the ministry" name, however often the story names the
// state it deals with.
func (ss *docState) leadState() int {
	for si := range ss.doc.Tokens {
		if si < len(ss.doc.Headline) && ss.doc.Headline[si] {
			continue
		}
		s := ss.subjectState(si, len(ss.doc.Tokens[si]), nil)
		if s >= 0 && (ss.reportedByOthers(si, s) || ss.coordinatedSubject(si)) {
			return -1
		}
		return s
	}
	return -1
}

// coordinatedSubject reports whether the first mention of sentence si is
// one of several joined by a comma or "and" ("Nigeria and Guinea agreed",
// "Denmark, Norway and Sweden have proposed"): a lead of several states
// makes none of them the story's.
func (ss *docState) coordinatedSubject(si int) bool {
	ms, toks := ss.bySent[si], ss.doc.Tokens[si]
	if len(ms) < 2 || ms[0].t1 >= len(toks) {
		return false
	}
	w := toks[ms[0].t1].Text
	return (w == "," || strings.EqualFold(w, "and")) && ms[1].t0 <= ms[0].t1+2
}

// reportedByOthers reports whether sentence si closes with its source
// named after a comma ("…, Reagan Administration officials said") by
// words that name someone other than state s: then the lead's subject is
// the news those others report, and its state none of theirs.
func (ss *docState) reportedByOthers(si, s int) bool {
	toks := ss.doc.Tokens[si]
	k := len(toks) - 1
	for k >= 0 && text.IsPunct(toks[k].Text) {
		k--
	}
	if k < 1 || !sayingVerbs[strings.ToLower(toks[k].Text)] {
		return false
	}
	for j := k - 1; j >= 0 && toks[j].Text != ","; j-- {
		if text.IsNameStart(toks[j].Text) && !text.IsLower(toks[j].Text) {
			for _, m := range ss.bySent[si] {
				if m.t0 <= j && j < m.t1 && m.actorIndex == s {
					return false
				}
			}
			return true
		}
	}
	return false
}

// sayingVerbs are the verbs that close a lead with its source ("…,
// officials said").
var sayingVerbs = map[string]bool{"said": true, "say": true, "says": true, "reported": true, "announced": true}

// governingBodies are the gazetteer's categories of a state's bodies of
// government and politics, whose mentions stateOfText counts for the state.
var governingBodies = map[string]bool{"ministry": true, "party": true, "legislature": true, "devolved government": true,
	"police": true}

// datelineState returns the state whose capital opens the sentence as a
// dateline, the city and a dash ("Paris - The French treasury has
// decided …, the Finance ministry said", as wire digests open each item),
// when the words at token a come after it and the document names the
// state; else -1.
func (ss *docState) datelineState(c *sentCtx, a int) int {
	for n := 1; n <= 3 && n+1 < len(c.toks); n++ {
		if w := c.toks[n].Text; w != "-" && w != "\u2013" && w != "\u2014" {
			continue
		}
		if a <= n || c.ment[0] >= 0 && ss.actors[c.ms[c.ment[0]].actorIndex].kind != lexicon.KindState ||
			slices.ContainsFunc(c.toks[:n], func(t text.Token) bool { return !text.IsNameStart(t.Text) }) {
			return -1
		}
		place := ss.doc.Text[c.toks[0].Span.Start:c.toks[n-1].Span.End]
		for _, e := range ss.f.lex.LookupFold(place) {
			if e.Kind == lexicon.KindState && e.Via == lexicon.ViaSeat {
				return ss.actorByName(e.Name)
			}
		}
		return -1
	}
	return -1
}

// placeOpening returns the state that a sentence opening with "In" and
// the state or its capital, then a comma, sets the scene in ("In Moscow,
// the foreign ministry said …", "In Beijing, a spokesman said …"), when
// the words at token a come after that comma and the document names the
// state; else -1. A capital there is a venue to the extractor, so its
// name is looked up again.
func (ss *docState) placeOpening(c *sentCtx, a int) int {
	if s := ss.datelineState(c, a); s >= 0 {
		return s
	}
	if len(c.toks) < 4 || !strings.EqualFold(c.toks[0].Text, "in") {
		return -1
	}
	comma := 2
	for comma < len(c.toks) && comma < 5 && c.toks[comma].Text != "," {
		comma++
	}
	if comma >= len(c.toks) || c.toks[comma].Text != "," || a <= comma {
		return -1
	}
	if mi := c.ment[1]; mi >= 0 {
		if m := c.ms[mi]; m.t1 == comma && ss.actors[m.actorIndex].kind == lexicon.KindState && m.via != lexicon.ViaDemonym {
			return m.actorIndex
		}
		return -1
	}
	place := ss.doc.Text[c.toks[1].Span.Start:c.toks[comma-1].Span.End]
	for _, e := range ss.f.lex.LookupFold(place) {
		if e.Kind == lexicon.KindState && (e.Via == lexicon.ViaSeat || e.Via == lexicon.ViaName) {
			return ss.actorByName(e.Name)
		}
	}
	return -1
}

// issuerAfter returns the actor named as a document's issuer in the
// words right after token b: ", which was published by X", "issued by
// X", ", released by the X" (a comma, up to three words of "which was
// issued" before "by", an article after it); else -1.
func issuerAfter(c *sentCtx, b int) int {
	if b >= len(c.toks) {
		return -1
	}
	if c.toks[b].Text == "," {
		b++
	}
	for j := b; j < len(c.toks) && j <= b+3; j++ {
		switch strings.ToLower(c.toks[j].Text) {
		case "which", "was", "were", "issued", "published", "released", "distributed", "posted", "signed":
			continue
		case "by":
			k := j + 1
			if k < len(c.toks) && strings.EqualFold(c.toks[k].Text, "the") {
				k++
			}
			if k < len(c.toks) && c.ment[k] >= 0 {
				return c.ms[c.ment[k]].actorIndex
			}
		}
		return -1
	}
	return -1
}

// openingName returns the index in c.ms of the name that opens sentence
// c, after opening quotes and "the" at most, or -1.
func openingName(c *sentCtx) int {
	p := 0
	for p < len(c.toks) && text.IsOpenQuote(c.toks[p].Text) {
		p++
	}
	if p < len(c.toks) && strings.EqualFold(c.toks[p].Text, "the") {
		p++
	}
	if p >= len(c.toks) || c.ment[p] < 0 || c.ms[c.ment[p]].t0 != p {
		return -1
	}
	return c.ment[p]
}

// statementOf resolves "the statement" or "the communique" in tokens
// [a, b) ("“…,” the statement said"): the issuer a relative clause after
// it names, else the state or organisation that is the subject of the
// sentence ("Rowntree expects … from the U.K. and Europe, the statement
// said"), else the one named last before it, in this sentence or the three
// before (not a news medium), or -1.
func (ss *docState) statementOf(c *sentCtx, a, b int) int {
	found := false
	for j := a; j < b; j++ {
		switch strings.ToLower(c.toks[j].Text) {
		case "statement", "communique", "communiqué", "declaration":
			found = true
		}
	}
	if !found {
		return -1
	}
	body := func(i int) bool { return ss.actors[i].kind != lexicon.KindPerson && !ss.isMedia(i) }
	if i := issuerAfter(c, b); i >= 0 && body(i) {
		return i // "according to the statement, which was published by the Kremlin"
	}
	if i := openingName(c); i >= 0 && c.ms[i].t1 <= a && body(c.ms[i].actorIndex) {
		return c.ms[i].actorIndex // "Rowntree expects … as those from the U.K. and Europe, the statement said"
	}
	for i := len(c.ms) - 1; i >= 0; i-- {
		if m := c.ms[i]; m.t1 <= a && body(m.actorIndex) {
			return m.actorIndex
		}
	}
	for si := c.si - 1; si >= 0 && si >= c.si-3; si-- {
		ms := ss.bySent[si]
		for i := len(ms) - 1; i >= 0; i-- {
			if body(ms[i].actorIndex) {
				return ms[i].actorIndex
			}
		}
	}
	return -1
}

// descriptions returns the definite descriptions in the words [lo, hi) of
// a statement, outside the speaker phrase np and outside names, that the
// document resolves, as mentions for targets only (they do not enter the
// graph): "the" and a noun for a kind of organisation ("restore
// confidence in the company") is the organisation of that kind named last
// (lastOrgWhere; not one the noun plainly is not, see unlike); "the government" (or "the new government", "the
// administration", "the authorities") is the state the text is talking
// about (governmentOf); "the" and a title ("the president", "the prince's
// apology", "the Russian president") is the one person the article gave
// that role (resolveRole). A description followed by a name ("the
// president, Lula"), by "of" ("the president of the club") or by another
// title ("the party leader") is not resolved: it names someone else.
// Quoted words count: a description is not relative to the speaker the
// way "he" is.
func (ss *docState) descriptions(c *sentCtx, lo, hi int, np [2]int, speaker int) []mention {
	var out []mention
	toks := c.toks
	add := func(t0, t1, a int) {
		span := text.Span{Start: toks[t0].Span.Start, End: toks[t1-1].Span.End}
		out = append(out, mention{sent: c.si, t0: t0, t1: t1, span: span, via: lexicon.ViaRole, actorIndex: a})
	}
	// othersAfter reports whether the description that ends before token
	// e goes on to name someone else.
	othersAfter := func(e int) bool {
		if e >= len(toks) {
			return false
		}
		w := toks[e].Text
		if c.ment[e] >= 0 || (!text.IsLower(w) && text.IsNameStart(w)) {
			return true
		}
		if strings.EqualFold(w, "of") {
			// "the government of Iraq", "the president of the company",
			// not "accused the government of trying to …"
			return e+1 < len(toks) && (c.ment[e+1] >= 0 || !text.IsLower(toks[e+1].Text) || isArticleWord(toks[e+1].Text))
		}
		n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[e:])
		return ok && n > 0
	}
	for j := max(lo, 0); j < hi-1; j++ {
		if !strings.EqualFold(toks[j].Text, "the") || c.ment[j] >= 0 || (j >= np[0] && j < np[1]) {
			continue
		}
		k := j + 1
		pr := -1
		if mi := c.ment[k]; mi >= 0 && ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindState {
			pr = c.ms[mi].actorIndex // "the Russian president"
			k = c.ms[mi].t1
		}
		if k >= hi || c.ment[k] >= 0 {
			continue
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[k:hi]); ok && n > 0 {
			e := k + n
			if othersAfter(e) || (j+1 < k && pr < 0) {
				continue
			}
			if p := ss.resolveRole(c, k, e, pr); p >= 0 {
				add(j, e, p)
			}
			j = e - 1
			continue
		}
		if pr >= 0 {
			continue
		}
		// "the [up to three modifiers] company".
		for e := k; e < hi && e < k+4; e++ {
			w := toks[e].Text
			if c.ment[e] >= 0 || text.IsPunct(w) || !text.IsLower(w) || functionWord(w) || c.quoted[e] != c.quoted[j] {
				break
			}
			if stateGovNouns[w] {
				// "urged the government to act": the government of the
				// state the text is talking about (governmentOf), when
				// the speaker acts for no state: a state's own people
				// speak of their own government so ("I think the
				// administration feels optimistic", said by its press
				// secretary), which is no target; a party, a legislature or
				// a watchdog of a state (independentBody) speaks of its
				// state's government, another actor, whatever other state
				// the text is about ("the LDP urged the government to …"
				// in a story on trade with the United States).
				if !othersAfter(e+1) && !appositiveAfter(c, e+1) {
					a := -1
					switch {
					case ss.independentBody(speaker):
						a = ss.actorByName(ss.actors[speaker].affil)
					case !ss.forAState(speaker) || ss.inOpposition(speaker):
						a = ss.governmentOf(c, j, e+1)
					}
					if a >= 0 {
						add(j, e+1, a)
					}
				}
				j = e
				break
			}
			cat, ok := orgNouns[w]
			if !ok {
				continue
			}
			if !othersAfter(e + 1) {
				if a := ss.lastOrgWhere(c, j, func(a int) bool { return ss.ofCategory(a, cat) && !ss.unlike(a, w) }); a >= 0 && ss.fitsNoun(a, w) {
					add(j, e+1, a)
				}
			}
			j = e
			break
		}
	}
	return out
}

// isArticleWord reports whether w is "the", "a" or "an", in any case.
func isArticleWord(w string) bool {
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// functionWord reports whether w cannot stand between the article and the
// noun of a description ("the plan sent the group" is two phrases).
func functionWord(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "of", "to", "and", "or", "but", "in", "on", "at",
		"for", "with", "by", "from", "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will",
		"would", "could", "should", "may", "might", "must", "can", "not", "it", "its", "their", "his", "her":
		return true
	}
	return false
}

// businessNouns are the nouns of orgNouns that describe a business.
var businessNouns = withNouns(map[string]bool{"company": true, "firm": true, "group": true, "bank": true,
	"exchange": true, "insurer": true, "lender": true, "corporation": true, "giant": true, "conglomerate": true,
	"partnership": true, "thrift": true, "bourse": true}, tradeNouns, true)

// peopleOf reports whether w is a plural common noun of people or
// groups ("unions", "workers", "staff") that "at the company" can
// follow.
func peopleOf(w string) bool {
	if !text.IsLower(w) {
		return false
	}
	return w == "staff" || w == "people" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// nounNameWords are the business nouns that describe only an organisation
// whose name has one of the words given: a limited partnership is named
// so ("Kaneb Energy Partners", "FLF Associates", "Valero Natural Gas
// Partners LP"), and "the partnership said" after a bank or the target
// company of a bid is the bidder the story did not name; "the bourse" is
// a stock exchange, and so is "the exchange", not the company whose
// shares it suspended or asked about a rumour.
var nounNameWords = map[string][]string{
	"partnership": {"partnership", "partners", "associates", "lp", "l.p."},
	"bourse":      {"exchange", "bourse", "boerse", "borsa", "bolsa"},
	"exchange":    {"exchange", "bourse", "boerse", "borsa", "bolsa", "board of trade"},
}

// namedLike reports whether the name of organisation a fits what
// nounNameWords requires of the noun (true for nouns it does not list,
// but for a business noun not one of an exchange's, whose name ends in
// "Exchange": "the company" is not the London Metal Exchange named
// before; "the group" may be a listed exchange).
func (ss *docState) namedLike(a int, noun string) bool {
	words, ok := nounNameWords[noun]
	if !ok {
		return !businessNouns[noun] || noun == "group" || !strings.HasSuffix(ss.actors[a].name, " Exchange")
	}
	for _, w := range words {
		if strings.Contains(w, " ") && strings.Contains(strings.ToLower(ss.actors[a].name), w) || ss.nameHas(a, w) {
			return true
		}
	}
	return false
}

// fitsNoun reports whether organisation a can be what the noun describes:
// a business noun ("the airline") fits an organisation the gazetteer does
// not know or knows as a company or financial institution, not a
// legislature or a ministry.
func (ss *docState) fitsNoun(a int, noun string) bool {
	if !businessNouns[noun] {
		return true
	}
	if !ss.namedLike(a, noun) {
		return false
	}
	e, known := ss.f.lex.Org(ss.actors[a].name)
	return !known || businessCategory(e.Category) && !(tradeNouns[noun] && e.Category == "financial institution")
}

// publicBodyNouns are the nouns of orgNouns that never describe a
// business: "the union" or "the watchdog" is not the company named last.
var publicBodyNouns = map[string]bool{"union": true, "charity": true, "watchdog": true, "regulator": true,
	"alliance": true, "bloc": true, "guild": true}

// namedBodyNouns are the nouns of orgNouns that describe only a body
// whose name has them: "the commission" is the Securities and Exchange
// Commission named before, "the tribunal" the Iran-U.S. Claims Tribunal, and "the special committee" of a company's
// board, which the article seldom names, is no organisation named before
// without "Committee" in its name.
var namedBodyNouns = map[string]bool{"committee": true, "commission": true, "council": true, "tribunal": true, "court": true}

// courtNouns are the nouns of namedBodyNouns that describe, also as a
// speaker ("the court ruled"), only a body whose name has them.
var courtNouns = map[string]bool{"tribunal": true, "court": true}

// unlike reports whether organisation a is plainly not what the noun
// describes: for a noun of namedBodyNouns, one whose name lacks the
// noun; for a noun of publicBodyNouns, a business (known as one to the
// gazetteer, or named with a legal form such as "Inc" or "Plc").
func (ss *docState) unlike(a int, noun string) bool {
	name := ss.actors[a].name
	words := strings.Fields(strings.ToLower(name))
	switch {
	case namedBodyNouns[noun]:
		return !slices.Contains(words, noun)
	case noun == "agency":
		// "the agency" is a public agency, a news agency or a rating
		// agency ("Moody's Investors Service Inc"), no company named
		// with its legal form ("Niagara Mohawk Power Corp", the firm
		// the rating agency spoke of).
		if _, known := ss.f.lex.Org(name); known {
			return false // "Moody's", a company of the gazetteer, is a rating agency
		}
		return legalForms[strings.TrimSuffix(words[len(words)-1], ".")] &&
			!slices.ContainsFunc(words, func(w string) bool { return w == "agency" || w == "service" || w == "services" })
	case !publicBodyNouns[noun]:
		return false
	}
	if e, known := ss.f.lex.Org(name); known {
		return businessCategory(e.Category)
	}
	return legalForms[strings.TrimSuffix(words[len(words)-1], ".")]
}

// unlikeSpeaker is unlike for a description that speaks ("the union
// said"): a court or a tribunal speaks under its own name, but a
// committee, a commission or a council often for the body it is part of
// ("the committee said" of a House committee, "the Commission said" of
// the European Community's), so for those nouns no organisation is
// plainly unlike.
func (ss *docState) unlikeSpeaker(a int, noun string) bool {
	if namedBodyNouns[noun] && !courtNouns[noun] {
		return false
	}
	return ss.unlike(a, noun)
}

// businessCategory reports whether a gazetteer category is a business's.
func businessCategory(cat string) bool {
	return cat == "company" || cat == "financial institution"
}

// businessOf reports whether a known organisation of gazetteer category
// cat can be what business noun describes when it speaks through its
// officials or as "the bank": a business, and for "bank" also a central
// bank.
func businessOf(noun, cat string) bool {
	switch cat {
	case "company":
		return true
	case "financial institution":
		return !tradeNouns[noun]
	}
	return noun == "bank" && cat == "central bank"
}

// tradeNouns are the business nouns that name a trade other than
// finance: "the utility" or "the automaker" is no bank the story named.
// With the trades and forms of businessNouns they were found by counting
// "the NOUN said" without a statement in the BBC and Reuters archives
// ("the utility said", "the partnership said", "the number three
// automaker said").
var tradeNouns = map[string]bool{"airline": true, "carrier": true, "operator": true, "producer": true, "maker": true,
	"manufacturer": true, "retailer": true, "utility": true, "brewer": true, "chain": true,
	"automaker": true, "carmaker": true, "chipmaker": true, "drugmaker": true, "steelmaker": true, "glassmaker": true,
	"planemaker": true, "toymaker": true, "beermaker": true, "bookmaker": true, "shipbuilder": true, "homebuilder": true,
	"housebuilder": true}

// bodyOfOfficials resolves an unnamed official or spokesman described
// through a kind of organisation in tokens [a, b) of a speaker phrase: "a
// company spokesman", "bank officials", "a spokesman for the firm". It
// reports whether the phrase has such a noun and returns the organisation
// of that kind named last (lastOrgWhere), or -1 when the article names
// none: a company's spokesman never speaks for the state the article is
// about. A business noun ("company", "bank") fits an organisation the
// gazetteer does not know or knows as a business (a bank also as a
// central bank); "party" a party; other nouns ("union", "committee",
// "board") an organisation whose name has that noun ("House Banking
// Committee officials").
func (ss *docState) bodyOfOfficials(c *sentCtx, a, b int) (int, bool) {
	for j := a; j < b; j++ {
		w := c.toks[j].Text
		if j == 0 {
			w = strings.ToLower(w) // "Company officials said …"
		}
		cat, ok := orgNouns[w]
		if !ok || c.ment[j] >= 0 || cat == "media" {
			continue
		}
		fits := func(i int) bool { return ss.describes(i, w, cat) }
		// The sentence's first such organisation is the one it is about
		// ("X will close its plant, a company spokesman said"); before the
		// sentence, the one named last (in the five sentences before, else
		// the only one the document named with the noun in its name).
		for _, m := range c.ms {
			if m.t1 <= a && fits(m.actorIndex) && !ss.commentatorsFirm(m) {
				return m.actorIndex, true
			}
		}
		o := ss.lastOrgWhere(c, a, fits)
		if o < 0 && !businessNouns[w] {
			// "Agency officials said" ten sentences after the agency was
			// named: the one body of the document whose name holds the
			// noun, however far back (not a business's noun: "one bank
			// official" after dealers spoke is of any bank).
			o = ss.onlyOrgBefore(c, func(i int) bool { return fits(i) && ss.nameHas(i, w) })
		}
		if o < 0 && w == "bank" && ss.centralBankBefore(c) {
			// "The central bank issued … CDs, a bank spokesman said":
			// the central bank no name made an actor, for its state.
			o = ss.centralBank(c, a, b)
		}
		return o, true
	}
	return -1, false
}

// onlyOrgBefore returns the one actor that fits among those named before
// sentence c, or -1 if none or several do.
func (ss *docState) onlyOrgBefore(c *sentCtx, fits func(int) bool) int {
	found := -1
	for si := 0; si < c.si; si++ {
		for _, m := range ss.bySent[si] {
			if !fits(m.actorIndex) || ss.commentatorsFirm(m) {
				continue
			}
			if found >= 0 && found != m.actorIndex {
				return -1
			}
			found = m.actorIndex
		}
	}
	return found
}

// describes reports whether the noun (of orgNouns, with its category
// cat) can describe actor a: a business noun ("company", "bank") an
// organisation the gazetteer does not know, unless its name ends in
// another body's noun ("United Food Workers Union", "Securities and
// Exchange Commission" are no company), or knows as a business (a bank
// also as a central bank); "party" a party; other nouns ("union",
// "committee", "board") an organisation whose name has that noun ("House
// Banking Committee"), and "union" also one named after its members
// (unionName: "United Steelworkers of America").
func (ss *docState) describes(a int, noun, cat string) bool {
	if !ss.ofCategory(a, cat) {
		return false
	}
	name := ss.actors[a].name
	e, known := ss.f.lex.Org(name)
	words := strings.Fields(strings.ToLower(name))
	switch {
	case businessNouns[noun]:
		if last := words[len(words)-1]; isBodyNoun(last) && !businessNouns[last] || !ss.namedLike(a, noun) {
			return false
		}
		return !known || businessOf(noun, e.Category)
	case cat != "":
		return true
	case noun == "union" && unionName(words):
		return true
	}
	return slices.Contains(words, noun)
}

// unionName reports whether the lower-case words of an organisation's
// name name a trade union that does not call itself one: its members'
// trade ending in "workers" ("United Steelworkers of America", "United
// Auto Workers", "Communications Workers of America"), or "employees",
// "teamsters" or "machinists".
func unionName(words []string) bool {
	for _, w := range words {
		switch {
		case strings.HasSuffix(w, "workers"), w == "employees", w == "teamsters", w == "machinists":
			return true
		}
	}
	return false
}

// nameHas reports whether the name of actor a has the word w ("the
// commission" in "Presidential Commission on Good Government").
func (ss *docState) nameHas(a int, w string) bool {
	for _, f := range strings.Fields(ss.actors[a].name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// earlierOrg returns the organisation of category cat ("" for any but
// news media) named last anywhere before sentence c that the noun
// describes, or -1: the antecedent of a description as the subject of a
// reporting verb ("The bank said"), however far back the article named
// it. So far back the noun must fit for sure: the gazetteer knows the
// organisation as a business of that kind (a bank also as a central
// bank), or its name has the noun ("Bank of Thailand").
func (ss *docState) earlierOrg(c *sentCtx, cat, noun string) int {
	fits := func(a int) bool {
		if !ss.ofCategory(a, cat) {
			return false
		}
		name := ss.actors[a].name
		if !ss.namedLike(a, noun) {
			return false
		}
		if e, known := ss.f.lex.Org(name); known && businessNouns[noun] {
			return businessOf(noun, e.Category)
		}
		return slices.Contains(strings.Fields(strings.ToLower(name)), noun)
	}
	for si := c.si - 1; si >= 0; si-- {
		ms := ss.bySent[si]
		for i := len(ms) - 1; i >= 0; i-- {
			if fits(ms[i].actorIndex) && !ss.commentatorsFirm(ms[i]) {
				return ms[i].actorIndex
			}
		}
	}
	return -1
}

// topicState returns, for a phrase [a, b) of lower-case words only
// ("government sources", "officials"), the state that capitalised words
// right before it name ("U.S. Trade officials"), or, with none before
// it, the state that is the subject of its sentence
// ("Britain will re-examine the letter, government sources said") or else
// of the sentence before ("Britain reacted at first. It was seen as a
// signal, officials said"), or -1.
func (ss *docState) topicState(c *sentCtx, a, b int) int {
	for j := max(a, 1); j < b; j++ {
		if w := c.toks[j].Text; !text.IsLower(w) && !text.IsPunct(w) {
			return -1
		}
	}
	// Capitalised words right before the phrase name whose officials
	// speak: a state among them ("U.S. Trade officials", "a U.S.
	// Department of Agriculture official"), or a body it does not know.
	k := a
	for k > 0 && (!text.IsLower(c.toks[k-1].Text) && !text.IsPunct(c.toks[k-1].Text) || k-1 > 0 && (c.toks[k-1].Text == "of" || c.toks[k-1].Text == "and")) {
		k--
	}
	if k < a {
		for _, m := range c.ms {
			if m.t0 >= k && m.t1 <= a && ss.actors[m.actorIndex].kind == lexicon.KindState {
				return m.actorIndex
			}
		}
		return -1
	}
	if s := ss.stateModifying(c, a); s >= 0 {
		return s
	}
	if s := ss.subjectState(c.si, a, c.quoted); s >= 0 {
		return s
	}
	if c.si > 0 {
		return ss.subjectState(c.si-1, len(ss.doc.Tokens[c.si-1]), nil)
	}
	return -1
}

// stateModifying returns the state named right before up to three
// lower-case words that end before token a and open the noun phrase of
// a ("a senior Canadian government energy official": Canada), or -1: no
// function word, punctuation or verb of saying between them.
func (ss *docState) stateModifying(c *sentCtx, a int) int {
	k := a
	for k > 0 && a-k < 3 && c.ment[k-1] < 0 && !c.quoted[k-1] && text.IsLower(c.toks[k-1].Text) &&
		!text.IsPunct(c.toks[k-1].Text) && !functionWord(c.toks[k-1].Text) {
		if _, _, ok := ss.cl.cueTable.match(c.toks, k-1); ok {
			return -1
		}
		k--
	}
	if k == a || k == 0 || c.ment[k-1] < 0 {
		return -1
	}
	m := c.ms[c.ment[k-1]]
	if m.t1 != k || ss.actors[m.actorIndex].kind != lexicon.KindState || c.quoted[m.t0] {
		return -1
	}
	return m.actorIndex
}

// subjectState returns the state that is the subject of sentence si: its
// first mention, before token limit, is a state, outside a quotation
// (quoted, when not nil, marks the quoted tokens), not a possessor
// ("Japan's prime minister"), with nothing before it but punctuation or
// a sentence adverb ("Meanwhile, Britain will ..."); or the state whose
// government is the subject ("The British government may revoke ...",
// "Japan's government said"). Else -1.
func (ss *docState) subjectState(si, limit int, quoted []bool) int {
	ms := ss.bySent[si]
	if len(ms) == 0 || ms[0].t1 > limit || quoted != nil && quoted[ms[0].t0] {
		return -1
	}
	m, toks := ms[0], ss.doc.Tokens[si]
	if ss.actors[m.actorIndex].kind != lexicon.KindState {
		return -1
	}
	if governmentSubject(toks, m) {
		return m.actorIndex
	}
	if m.via != lexicon.ViaName && m.via != "" {
		return -1
	}
	if m.t1 < len(toks) && text.IsPossessive(toks[m.t1].Text) {
		return -1
	}
	if !onlyOpenersBefore(toks, m.t0) {
		return -1
	}
	return m.actorIndex
}

// governmentSubject reports whether the state mention m opens its
// sentence as the word that says whose government the subject is: a
// demonym, seat or name, with "'s" or not, then "government",
// "administration", "authorities" or "cabinet" ("The British government
// may ...", "Tokyo's government", "the French authorities"), with only
// punctuation, sentence adverbs and "the" before it.
func governmentSubject(toks []text.Token, m mention) bool {
	k := m.t1
	if k < len(toks) && text.IsPossessive(toks[k].Text) {
		k++
	}
	if k >= len(toks) || !governments[toks[k].Text] {
		return false
	}
	t := m.t0
	if t > 0 && strings.EqualFold(toks[t-1].Text, "the") {
		t--
	}
	return onlyOpenersBefore(toks, t)
}

// governments are the lower-case nouns of a state's government as a
// whole.
var governments = map[string]bool{"government": true, "administration": true, "authorities": true, "cabinet": true}

// onlyOpenersBefore reports whether token t opens its sentence: only
// punctuation and sentence adverbs ("But", "Meanwhile") before it.
func onlyOpenersBefore(toks []text.Token, t int) bool {
	for _, tok := range toks[:t] {
		if !text.IsPunct(tok.Text) && !sentenceAdverbs[strings.ToLower(tok.Text)] {
			return false
		}
	}
	return true
}

// sentenceAdverbs may stand before a sentence's subject.
var sentenceAdverbs = map[string]bool{"but": true, "and": true, "meanwhile": true, "however": true, "yet": true,
	"so": true, "now": true, "still": true, "also": true, "earlier": true, "separately": true}

// forAState reports whether actor a is a state or acts for one (a person
// or organisation with a state as its affiliation).
func (ss *docState) forAState(a int) bool {
	x := ss.actors[a]
	if x.kind == lexicon.KindState {
		return true
	}
	if x.affil == "" {
		return false
	}
	_, ok := ss.f.lex.State(x.affil)
	return ok
}

// inOpposition reports whether the article calls person a a member of the
// opposition: "shadow" or "opposition" in the three words before one of
// a's names ("Shadow foreign secretary Michael Ancram", "opposition leader
// X"). Such a speaker's own government is a target like any other: the
// opposition's statements are about it.
func (ss *docState) inOpposition(a int) bool {
	if ss.actors[a].kind != lexicon.KindPerson {
		return false
	}
	if v, ok := ss.opposition[a]; ok {
		return v
	}
	v := ss.namedInOpposition(a)
	if ss.opposition == nil {
		ss.opposition = map[int]bool{}
	}
	ss.opposition[a] = v
	return v
}

// namedInOpposition scans the article for inOpposition.
func (ss *docState) namedInOpposition(a int) bool {
	for si, ms := range ss.bySent {
		toks := ss.doc.Tokens[si]
		for _, m := range ms {
			if m.actorIndex != a {
				continue
			}
			for k := max(m.t0-3, 0); k < m.t0; k++ {
				if w := strings.ToLower(toks[k].Text); w == "shadow" || w == "opposition" {
					return true
				}
			}
		}
	}
	return false
}

// appositiveAfter reports whether a comma and a name follow at token e,
// with "the" between them or not ("the coalition government, the Liberal
// Front Party"): the description is named there, as someone else than the
// government.
func appositiveAfter(c *sentCtx, e int) bool {
	if e >= len(c.toks) || c.toks[e].Text != "," {
		return false
	}
	e++
	if e < len(c.toks) && strings.EqualFold(c.toks[e].Text, "the") {
		e++
	}
	return e < len(c.toks) && c.ment[e] >= 0
}

// bodyNamedForStaff resolves unnamed people named by their trade in the
// plural, the last word of tokens [a, b) ("Prosecutors told reporters",
// "police said"), to the organisation named before whose name has a word
// of the same stem ("the Swedish Prosecution Authority", "the Harlow Police
// Department"): the body they work for, which the text has named. Only
// nouns of staffNouns; -1 when no such organisation was named.
func (ss *docState) bodyNamedForStaff(c *sentCtx, a, b int) int {
	if b <= a || b-a > 3 {
		return -1
	}
	noun := strings.ToLower(c.toks[b-1].Text)
	stem, ok := staffNouns[noun]
	if !ok {
		return -1
	}
	for j := a; j < b-1; j++ {
		if !isArticleWord(c.toks[j].Text) {
			return -1 // "local police", "federal prosecutors": not the one body named
		}
	}
	if k := a - 1; k >= 0 && !text.IsPunct(c.toks[k].Text) && !isArticleWord(c.toks[k].Text) && !clauseOpeners[strings.ToLower(c.toks[k].Text)] {
		return -1 // a word the phrase leaves out: "Local police said"
	}
	return ss.lastOrgWhere(c, a, func(i int) bool {
		for _, w := range strings.Fields(strings.ToLower(ss.actors[i].name)) {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
		return false
	})
}

// bodyByHead resolves an unnamed spokesman or official whose phrase in
// tokens [a, b) names his body by the last word of its name, in lower
// case, right before the official's noun ("an executive spokesman" after
// "the Scottish Executive", "the assembly spokeswoman" after "the Welsh
// Assembly"): the organisation of two words or more named last before in
// the document whose name ends in that word, a head noun rather than the
// object of "of" ("Ministry of Defence" is no "defence spokesman"'s).
// Only a phrase of articles and that word before the noun: "Tory
// defence spokesman" is a party's. -1 when no such organisation was named.
func (ss *docState) bodyByHead(c *sentCtx, a, b int) int {
	j := b - 2
	if j < a || !ss.cl.official.has(c.toks[b-1].Text) || c.ment[j] >= 0 {
		return -1
	}
	w := c.toks[j].Text
	if !text.IsLower(w) || len(w) < 4 || functionWord(w) || govNouns[w] || ss.cl.official.has(w) {
		return -1
	}
	for k := a; k < j; k++ {
		if !isArticleWord(c.toks[k].Text) {
			return -1
		}
	}
	fits := func(i int) bool {
		if ss.actors[i].kind != lexicon.KindOrg {
			return false
		}
		words := strings.Fields(ss.actors[i].name)
		n := len(words)
		return n >= 2 && strings.EqualFold(words[n-1], w) && !text.IsLower(words[n-1]) && !functionWord(strings.ToLower(words[n-2]))
	}
	return ss.lastOrgWithin(c, a, c.si, fits)
}

// staffNouns are the plural nouns of people who work for one kind of public
// body, with the stem of the word that names such a body ("prosecutors",
// "Prosecution Authority"; "police", "Police Department"; "investigators",
// "Bureau of Investigation").
var staffNouns = map[string]string{"prosecutors": "prosecut", "police": "police", "investigators": "investigat",
	"inspectors": "inspect", "regulators": "regulat", "auditors": "audit"}
