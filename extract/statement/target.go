package statement

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Targets: the actors a statement is about are those named in its own
// words, not every actor of the sentence. Its words are the complement of
// the cue ("X said [that …]") or the quotation it follows ("[“…”], X
// said"), not an opening adverbial ("Despite Y's stance, X said") nor a
// parenthesis about the speaker ("X, who met Y, said"). Left out are:
// the speaker, the speaker's own state, the actors of the speaker phrase,
// the person told ("told Y") and the company the cue is said in ("said in
// a call with Y", "stated alongside Y"), a media outlet that reports the
// statement ("Reuters reported that X said"), and actors named only in a
// concessive, conditional or temporal clause ("if it departs from what Y
// agreed", "though Y …").

// targetRef is one target of a statement with its mentions in the words.
type targetRef struct {
	actor int
	ms    []mention
}

// wordsStart returns the first token of the statement's words: the start
// of its scope when the words come first (a quotation, "according to X",
// a colon), else the cue, so that what stands before the subject is
// background.
func (ss *docState) wordsStart(c *sentCtx, f candidate, lo int) int {
	switch f.kind {
	case cueFrom, cueObject, cueAccording:
		return lo
	}
	if f.cue == "quote" || f.cue == ":" || f.np[1] <= lo || f.np[0] > f.cueTok {
		return lo
	}
	for t := lo; t < f.np[0] && t < len(c.quoted); t++ {
		if c.quoted[t] {
			return lo // "“…,” X said": the quotation is the words
		}
	}
	// "…, X has said (in London)." at the end of the sentence: the words
	// come before the speaker, and before the capitalised words of his
	// title that the speaker phrase leaves out ("…, U.S. Agriculture
	// Secretary Richard Lyng said").
	if k := titleStart(c, lo, f.np[0]); k > lo && c.toks[k-1].Text == "," && ss.endsClause(c, f.cueTok+f.cueLen) {
		return lo
	}
	return max(lo, f.cueTok)
}

// titleStart returns the first of the up to five words of a title that
// stand right before token t and after token lo ("U.S. Agriculture
// Secretary", "France's farm minister", "the bank's chairman"): no
// punctuation, quotation or word that joins clauses among them; or t.
func titleStart(c *sentCtx, lo, t int) int {
	k := t
	for n := 0; n < 5 && k-1 > lo; n++ {
		w := c.toks[k-1].Text
		if text.IsPunct(w) && !text.IsPossessive(w) || c.quoted[k-1] || clauseJoiners[strings.ToLower(w)] {
			break
		}
		k--
	}
	return k
}

// clauseJoiners are the words that join a clause to what comes before,
// the agent's "by" and the auxiliary verbs: no title has them.
var clauseJoiners = map[string]bool{"and": true, "or": true, "but": true, "that": true, "which": true, "who": true,
	"as": true, "while": true, "when": true, "if": true, "because": true, "so": true, "than": true, "by": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "should": true, "must": true}

// endsClause reports whether only a short circumstance ("on Monday", "in
// London", "last week") and the final punctuation follow token p.
func (ss *docState) endsClause(c *sentCtx, p int) bool {
	n := 0
	for ; p < len(c.toks); p++ {
		w := c.toks[p].Text
		if w == "." || w == "!" || w == "?" || text.IsPunct(w) && p == len(c.toks)-1 {
			return true
		}
		if w == "that" || w == ":" || w == "," || c.quoted[p] {
			return false
		}
		if n++; n > 5 {
			return false
		}
	}
	return true
}

// plainSaying reports whether a cue only reports speech, so that what
// follows it before the words is a circumstance ("said on Monday in a call
// with Y that …").
func plainSaying(cue string) bool {
	switch cue {
	case "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "announced", "announces",
		"noted", "notes", "wrote", "writes", "explained", "declared", "confirmed", "confirms", "reiterated",
		"stressed", "stresses", "emphasized", "emphasised", "remarked", "commented", "mentioned", "replied",
		"responded", "answered", "continued", "insisted", "insists":
		return true
	}
	return false
}

// adjunctPreps are the prepositions of a circumstance after a reporting
// verb: "said in a call with Y", "stated alongside Y", "told reporters in
// Y".
var adjunctPreps = map[string]bool{"with": true, "alongside": true, "to": true, "in": true, "at": true,
	"during": true, "after": true, "before": true, "on": true, "from": true, "beside": true, "aboard": true,
	"following": true, "by": true}

// circumstance reports whether the mention m after the cue of f is the
// person told or the company or place of the saying rather than a topic:
// "told Y", "said in a call with Y that", "stated alongside Y on Monday
// that". After the cue (and the person told) come zero or more phrases
// of circumstance, each a preposition of adjunctPreps and a noun phrase;
// the words start where something else stands, so that "said Kyiv was
// ready to talk with Y" keeps Y.
func (ss *docState) circumstance(c *sentCtx, f candidate, m mention) bool {
	end := f.cueTok + f.cueLen
	if m.t0 < end || !plainSaying(f.cue) {
		return false
	}
	k := end
	if f.cue == "told" || f.cue == "tells" {
		if k < len(c.toks) && (c.toks[k].Text == "the" || c.toks[k].Text == "a" || c.toks[k].Text == "an") {
			k++
		}
		k = gatheringOf(c, k) // "told a meeting of the Petroleum Suppliers Association"
		// "told the state news agency TASS", "told the French newspaper
		// Le Monde", "told Czech newspaper Daily Sport", "told the
		// Communist Party newspaper Pravda": lower-case words, a state's
		// demonym or the name of the outlet's owner, ending in a noun for
		// an organisation or outlet, then its name. A media outlet's own
		// name ends the phrase ("told the Associated Press news agency
		// Contrack's …": what follows is what was told).
		j := k
		for j < len(c.toks) && j < k+4 {
			if mi := c.ment[j]; mi >= 0 {
				if j > k && hearerNouns[strings.ToLower(c.toks[j-1].Text)] {
					break // the outlet's name after its noun
				}
				if e := c.ms[mi].t1; !ss.isMedia(c.ms[mi].actorIndex) && e < len(c.toks) && text.IsLower(c.toks[e].Text) {
					j = e
					continue
				}
				break
			}
			if !text.IsLower(c.toks[j].Text) || adjunctPreps[c.toks[j].Text] {
				break
			}
			j++
		}
		if j > k && j < len(c.toks) && c.ment[j] >= 0 && hearerNouns[strings.ToLower(c.toks[j-1].Text)] {
			if m.t0 >= k && m.t0 < j {
				return true // the state or owner of the outlet told: "the Argentine newspaper Clarin"
			}
			k = j
		}
		if k < len(c.toks) && c.ment[k] >= 0 {
			if k == m.t0 {
				return true // the hearer: "told the Senate", "told a Congressional committee"
			}
			k = c.ms[c.ment[k]].t1
			// "told CNN affiliate WUSA": an affiliate of the hearer, by
			// name, in apposition to it.
			if j := k + 1; j < len(c.toks) && c.ment[j] >= 0 && affiliateNouns[c.toks[k].Text] {
				if j == m.t0 {
					return true
				}
				k = c.ms[c.ment[j]].t1
			}
		} else if p, e := ss.titledHearer(c, k); e > k {
			if m.t0 == p {
				return true // "told committee chairman Fernand Germain that …"
			}
			k = e
		} else if k < len(c.toks) && text.IsLower(c.toks[k].Text) && !adjunctPreps[c.toks[k].Text] {
			k++ // "told reporters"
		}
	}
	inPP, lower, ppStart := false, false, 0
	for k < len(c.toks) && k <= m.t0 {
		w := c.toks[k].Text
		switch {
		case adjunctPreps[strings.ToLower(w)] && !(w == "to" && inPP && lower && !audienceNouns[strings.ToLower(c.toks[k-1].Text)]):
			// "in response to Y" keeps Y; "in testimony to Y", "in a
			// speech to Y" name whom it was said to.
			inPP, lower, ppStart = true, false, k+1
			k++
			continue
		case !inPP:
			return false
		case c.ment[k] >= 0:
			if lower {
				return false // "in a statement Y …": a new clause
			}
			if k == m.t0 {
				return true
			}
			k = c.ms[c.ment[k]].t1
			continue
		case w == "the" || w == "a" || w == "an" || text.IsPossessive(w) || ss.cl.np.has(w) || !text.IsLower(w) && !text.IsPunct(w):
		case w == "of" && gatheringOf(c, ppStart) > k:
			lower = false // "at a meeting of Y", "in a speech to a conference of Y": Y heard it
		case text.IsLower(w) && !text.IsPunct(w) && w != "that":
			lower = true
		default:
			return false
		}
		k++
	}
	return false
}

// gatheringNouns are the nouns of a gathering that hears a speaker, after
// which "of" names who gathered: "told a meeting of the X", "at the annual
// conference of X".
var gatheringNouns = map[string]bool{"meeting": true, "meetings": true, "conference": true, "convention": true,
	"gathering": true, "session": true, "luncheon": true, "dinner": true, "breakfast": true, "seminar": true,
	"symposium": true, "forum": true, "audience": true, "congress": true, "assembly": true, "rally": true,
	"group": true, "delegation": true, "panel": true, "hearing": true, "summit": true, "workshop": true,
	"members": true, "delegates": true}

// gatheringOf returns the token after "of" (and an article) when the
// words from token k are an article or none, up to two describing words
// (no article, plural noun or hearer: "told reporters the meeting of X"
// names no hearer), a noun of a gathering (gatheringNouns) and "of":
// "told [a] meeting of [the] X", "at the annual convention of X".
// Otherwise it returns k.
func gatheringOf(c *sentCtx, k int) int {
	s := k
	if s < len(c.toks) && (c.toks[s].Text == "the" || c.toks[s].Text == "a" || c.toks[s].Text == "an") {
		s++
	}
	for j := s; j < len(c.toks) && j <= s+2; j++ {
		w := c.toks[j].Text
		if !text.IsLower(w) || text.IsPunct(w) {
			return k
		}
		if !gatheringNouns[w] && (functionWord(w) || strings.HasSuffix(w, "s") || hearerNouns[w] || audienceNouns[w]) {
			return k
		}
		if gatheringNouns[w] && j+1 < len(c.toks) && c.toks[j+1].Text == "of" {
			e := j + 2
			if e < len(c.toks) && (c.toks[e].Text == "the" || c.toks[e].Text == "a" || c.toks[e].Text == "an") {
				e++
			}
			return e
		}
	}
	return k
}

// titledHearer returns, for the words after "told" from token k, the
// tokens [start, end) of a person named after lower-case words that hold
// a title ("told committee chairman Fernand Germain", "told fellow board
// member Ann Cole"), or k, k: that person heard what was said. Words
// without a title before a name ("told reporters Smith was wrong") name
// no hearer.
func (ss *docState) titledHearer(c *sentCtx, k int) (int, int) {
	titled := false
	for j := k; j < len(c.toks) && j < k+4; j++ {
		if mi := c.ment[j]; mi >= 0 {
			m := c.ms[mi]
			if !titled || m.t0 != j || ss.actors[m.actorIndex].kind != lexicon.KindPerson {
				return k, k
			}
			return m.t0, m.t1
		}
		w := c.toks[j].Text
		if !text.IsLower(w) || text.IsPunct(w) || functionWord(w) || adjunctPreps[w] || c.quoted[j] {
			return k, k
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[j:j+1]); ok && n > 0 {
			titled = true
		}
	}
	return k, k
}

// audienceNouns are the nouns of a saying addressed to someone, after
// which "to" names the hearers ("in testimony to the subcommittee", "in
// a speech to party members"), unlike "in response to Y".
var audienceNouns = map[string]bool{"testimony": true, "speech": true, "address": true, "remarks": true,
	"letter": true, "message": true, "briefing": true, "presentation": true, "lecture": true, "evidence": true}

// affiliateNouns stand between the name of an outlet someone tells
// something to and the name of its station that heard it ("told CNN
// affiliate WUSA").
var affiliateNouns = map[string]bool{"affiliate": true}

// hearerNouns are the nouns that stand before the name of an organisation
// or outlet someone tells something to ("told the state news agency
// TASS"): those of a kind of organisation (orgNouns) and those of news
// outlets.
var hearerNouns = func() map[string]bool {
	m := map[string]bool{"channel": true, "magazine": true, "daily": true, "weekly": true, "radio": true,
		"television": true, "station": true, "website": true, "programme": true, "program": true, "show": true}
	for n := range orgNouns {
		m[n] = true
	}
	return m
}()

// inAside reports whether token t lies in a concessive, conditional or
// temporal clause of the words [lo, hi), or in a relative clause about
// someone else (", who …,"): from the opening word to the next comma,
// semicolon or colon, or to the quotation mark that opens or closes a
// quotation ("despite the cuts \"the company has …\"": the quoted words
// are a clause of their own).
func (ss *docState) inAside(c *sentCtx, t, lo int) bool {
	for j := t - 1; j >= lo; j-- {
		w := c.toks[j].Text
		if c.quoted[j] != c.quoted[t] {
			return false
		}
		switch w {
		case ",", ";", ":":
			// A relative clause opens after a comma: ", who …".
			if j+1 < t && c.toks[j+1].Text == "who" {
				return true
			}
			return false
		}
		if ss.cl.aside.has(w) || w == "while" || w == "after" || w == "before" || w == "when" {
			return true
		}
		// "(,) as X travels to …": a clause of circumstance, unless "as"
		// is the "as" of "described X as", "considered it as".
		if w == "as" && j > lo && (c.toks[j-1].Text == "," || ss.asClause(c, j)) {
			return true
		}
	}
	return false
}

// interviewNouns are the nouns after which "with" names the outlet a
// speaker spoke to.
var interviewNouns = map[string]bool{"interview": true, "interviews": true, "conversation": true, "talk": true}

// mediaWords is the number of lower-case words ("news agency", "daily
// newspaper") that may stand between a media outlet's name and the verb
// with which it reports.
const mediaWords = 3

// isMediaSource reports whether the mention m is a media outlet that
// reports a statement of the sentence rather than being spoken about:
// "Bloomberg News reported that X said", "X told Reuters", "according to
// the BBC", "said on BBC Radio 4".
func (ss *docState) isMediaSource(c *sentCtx, m mention) bool {
	if !ss.isMedia(m.actorIndex) {
		return false
	}
	// A media outlet named as a speaker of a reporting verb, as an
	// addressee, or after "according to" is a source; so is one that
	// quotes or cites the speaker, after the words that say what it is
	// ("the official Tass news agency quoted X as saying").
	for j := m.t1; j < len(c.toks) && j <= m.t1+mediaWords; j++ {
		if _, _, ok := ss.cl.cueTable.match(c.toks, j); ok || reportsTo[strings.ToLower(c.toks[j].Text)] {
			return true
		}
		if !text.IsLower(c.toks[j].Text) {
			break
		}
	}
	for j := m.t0 - 1; j >= 0 && j >= m.t0-3; j-- {
		switch strings.ToLower(c.toks[j].Text) {
		case "told", "tells", "telling", "to", "by", "from", "on":
			return true
		case "with":
			// "in an interview with CNN", "speaking in an interview with the BBC"
			return j > 0 && interviewNouns[strings.ToLower(c.toks[j-1].Text)]
		case "the":
			continue
		}
		break
	}
	// "according to China's official Xinhua news agency".
	for j := m.t0 - 1; j > 0 && j >= m.t0-7; j-- {
		if strings.EqualFold(c.toks[j-1].Text, "according") && c.toks[j].Text == "to" {
			return true
		}
		if text.IsPunct(c.toks[j].Text) && !text.IsPossessive(c.toks[j].Text) {
			break
		}
	}
	return false
}

// titleBeforeName returns the first token of the title phrase that
// opens the sentence and names the post of f's speaker in apposition
// before the name ("Ukraine's ambassador to the UN, Sergiy Kyslytsya,
// said": the UN names his post, it is no target); len(c.toks) if there
// is none. The phrase is a title and "of", "to", "for" or "at" with the
// body or state of the post right before the comma before the name, and
// before the title only articles, "former" and possessive names.
func (ss *docState) titleBeforeName(c *sentCtx, f candidate) int {
	none := len(c.toks)
	k := f.np[0] - 1
	if k < 3 || c.toks[k].Text != "," || c.ment[k-1] < 0 || ss.actors[f.speaker].kind != lexicon.KindPerson || f.cueTok < f.np[0] {
		return none
	}
	p := c.ms[c.ment[k-1]].t0 - 1
	if p > 0 && strings.EqualFold(c.toks[p].Text, "the") {
		p--
	}
	if p < 1 {
		return none
	}
	switch c.toks[p].Text {
	case "of", "to", "for", "at":
	default:
		return none
	}
	ts := ss.titleEndingAt(c, p-1)
	if ts < 0 {
		return none
	}
	for j := 0; j < ts; j++ {
		if mi := c.ment[j]; mi >= 0 {
			j = c.ms[mi].t1 - 1
			continue
		}
		switch w := strings.ToLower(c.toks[j].Text); {
		case w == "the" || w == "a" || w == "an" || w == "former" || text.IsPossessive(w):
		default:
			return none
		}
	}
	return 0
}

// postWords are the words of writing or posting after which "on" names
// the platform a speaker wrote on ("writing on Truth Social", "in a post
// on X", "said on Telegram"; not "a statement on the results", which is
// about them).
var postWords = map[string]bool{"writing": true, "wrote": true, "writes": true, "posting": true, "posted": true,
	"posts": true, "post": true, "tweeted": true, "tweeting": true, "said": true, "says": true,
	"message": true, "video": true}

// postedOn reports whether mention m is the platform a speaker wrote or
// posted on: it follows "on" (and "the"), after a word of writing or
// posting.
func postedOn(c *sentCtx, m mention) bool {
	j := m.t0 - 1
	if j >= 0 && strings.EqualFold(c.toks[j].Text, "the") {
		j--
	}
	return j >= 1 && c.toks[j].Text == "on" && postWords[strings.ToLower(c.toks[j-1].Text)]
}

// quotes reports whether mention m is the subject of statement f's cue
// "quoted" ("the newspaper Al-Ahram quoted X as saying"): whatever it is,
// it reports the speaker's words, not what they are about.
func quotes(c *sentCtx, f candidate, m mention) bool {
	if f.kind != cueQuoted || f.cueTok < m.t1 || f.cueTok > m.t1+mediaWords || f.np[0] < f.cueTok {
		return false
	}
	for j := m.t1; j < f.cueTok; j++ {
		if !text.IsLower(c.toks[j].Text) {
			return false
		}
	}
	return true
}

// targets returns the actors the statement f is about, in order of first
// mention, with their mentions in its words [lo, hi).
func (ss *docState) targetRefs(c *sentCtx, lo, hi int, f candidate) []targetRef {
	var out []targetRef
	sp := ss.actors[f.speaker]
	aff := ""
	if sp.kind == lexicon.KindPerson && !ss.inOpposition(f.speaker) || sp.kind == lexicon.KindOrg && !ss.independentBody(f.speaker) {
		aff = sp.affil // the speaker's own state, unless the speaker opposes or answers to no government
	}
	start := ss.wordsStart(c, f, lo)
	comp := ss.complementStart(c, f)
	compEnd := ss.complementEnd(c, comp)
	// "A and B accused each other": the other speakers, named in the
	// speaker phrase, are targets.
	for _, m := range c.ms {
		if len(f.mutual) > 0 && m.actorIndex != f.speaker && slices.Contains(f.mutual, m.actorIndex) &&
			m.t0 >= f.np[0] && m.t0 < f.np[1] && !slices.ContainsFunc(out, func(r targetRef) bool { return r.actor == m.actorIndex }) {
			out = append(out, targetRef{actor: m.actorIndex, ms: []mention{m}})
		}
	}
	// "Both sides accused each other": the others the description
	// stands for, named in no word of the phrase, are targets through it.
	if len(f.mutual) > 0 && f.np[1] > f.np[0] {
		for _, a := range f.mutual {
			if a == f.speaker || slices.ContainsFunc(out, func(r targetRef) bool { return r.actor == a }) {
				continue
			}
			span := text.Span{Start: c.toks[f.np[0]].Span.Start, End: c.toks[f.np[1]-1].Span.End}
			out = append(out, targetRef{actor: a, ms: []mention{{sent: c.si, t0: f.np[0], t1: f.np[1], span: span,
				via: lexicon.ViaRole, actorIndex: a}}})
		}
	}
	ms := c.ms
	ds := ss.descriptions(c, start, hi, f.np, f.speaker)
	ds = append(ds, ss.possessivePronouns(c, start, hi, f)...)
	if len(ds) > 0 {
		ms = append(append(make([]mention, 0, len(c.ms)+len(ds)), c.ms...), ds...)
		sortMentions(ms)
	}
	title := ss.titleBeforeName(c, f)
	if k := titleStart(c, lo, f.np[0]); k > lo && k < f.np[0] && c.toks[k-1].Text == "," {
		// "…, BBC environment correspondent X said", "…, Lib Dem's
		// elections chief X said": the words of his title name his post.
		title = min(title, k)
	}
	own := ss.speakersTitledBody(c, f)
	// "A and B said they were raising rates": "they" is the speakers
	// themselves, no target of either.
	var peers []int
	if g := ss.group; g.sent == c.si && slices.Contains(g.speakers, f.speaker) {
		peers = g.speakers
	}
	for _, m := range ms {
		if m.via == lexicon.ViaPronoun && slices.Contains(peers, m.actorIndex) {
			continue
		}
		if m.t0 < start || m.t0 >= hi || (m.t0 >= f.np[0] && m.t0 < f.np[1]) || m.t0 >= title && m.t1 <= f.np[0] || m.actorIndex == f.speaker {
			continue
		}
		a := ss.actors[m.actorIndex]
		if a.name == aff || m.actorIndex == own {
			continue
		}
		// "Putin's" before a noun the speaker speaks for ("Putin's aide
		// Ushakov said") is part of the speaker phrase, handled above.
		if comp >= 0 && m.t0 >= comp && m.t0 < compEnd {
			continue // "accused [X] of …": the charge, not a target
		}
		if ss.circumstance(c, f, m) || ss.isMediaSource(c, m) || postedOn(c, m) || quotes(c, f, m) || ss.inAside(c, m.t0, start) || ss.people(c, m) ||
			ss.inAppositive(c, f, m) || ss.describesPerson(c, m) || ss.madeBy(c, m, start) || ss.speakersBody(c, f, m) {
			continue
		}
		out = addTargetMention(out, m)
	}
	return out
}

// independentBody reports whether organisation a is one of its state's
// bodies that the state's government does not speak for, by its
// category in the gazetteer: a party, a legislature, a court, a
// regulator or watchdog, a devolved government. Such a body's "the
// government" is another actor ("The NAO urged the government to push
// for improvements", "the Tories say the government has failed"); a
// ministry's, an agency's or an army's is its own side.
func (ss *docState) independentBody(a int) bool {
	if ss.actors[a].kind != lexicon.KindOrg {
		return false
	}
	e, ok := ss.f.lex.Org(ss.actors[a].name)
	return ok && independentCategories[e.Category]
}

// independentCategories are the gazetteer's categories of independentBody.
var independentCategories = map[string]bool{"party": true, "legislature": true, "court": true, "regulator": true,
	"devolved government": true}

// addTargetMention adds mention m to the target of its actor in refs, or
// as a new target after the others, and returns refs.
func addTargetMention(refs []targetRef, m mention) []targetRef {
	i := 0
	for i < len(refs) && refs[i].actor != m.actorIndex {
		i++
	}
	if i == len(refs) {
		refs = append(refs, targetRef{actor: m.actorIndex})
	}
	refs[i].ms = append(refs[i].ms, m)
	return refs
}

// ownSide reports whether target t is the speaker s's own side: the state
// a person or organisation acts for, a person or organisation acting for
// the state that speaks, or the principal a spokesman or aide speaks for
// (speaksFor).
func (ss *docState) ownSide(s, t int) bool {
	sa, ta := ss.actors[s], ss.actors[t]
	if ss.speaksFor(s, t) {
		return true
	}
	switch {
	case sa.kind != lexicon.KindState && ta.kind == lexicon.KindState:
		return sa.affil != "" && sa.affil == ta.name && !ss.inOpposition(s) && !ss.independentBody(s)
	case sa.kind == lexicon.KindState && ta.kind != lexicon.KindState:
		return ta.affil != "" && ta.affil == sa.name
	}
	return false
}

// relationBefore returns the polarity that a relation word gives the
// phrase at token t0, and whether there is one: a cue with a fixed
// polarity ("rejected [X's plan]", "praised [X]") or a relation phrase of
// the [object] list ("echoed [X]", "said it stood by [X]", "expressed
// support for [X]"), when counts says that the word at its first token is
// the speaker's (speakersRelation). Between the relation and the phrase
// only articles, possessives, titles, coordinated names and up to two
// adjectives may stand.
func (ss *docState) relationBefore(c *sentCtx, t0 int, counts func(s int) bool) (int, bool) {
	j, adj := t0-1, 0
	for j >= 0 && j >= t0-8 {
		if mi := c.ment[j]; mi >= 0 {
			j = c.ms[mi].t0 - 1
			continue
		}
		w := c.toks[j].Text
		if text.IsPossessive(w) || w == "the" || w == "a" || w == "an" || w == "and" || w == "," || ss.cl.np.has(w) {
			j--
			continue
		}
		// A title before the name: "echoed former President X".
		if s := ss.titleEndingAt(c, j); s >= 0 {
			j = s - 1
			continue
		}
		// A relation phrase ends at j.
		for s := max(0, j-3); s <= j; s++ {
			if pol, n, ok := ss.cl.object.match(c.toks, s); ok && s+n == j+1 {
				if !counts(s) {
					return 0, false
				}
				if ss.negatedCue(c, s) {
					pol = -pol
				}
				return pol, true
			}
			if idx, n, ok := ss.cl.cueTable.match(c.toks, s); ok && s+n == j+1 {
				cu := ss.cl.cues[idx]
				if cu.lean || cu.pol == 0 || (cu.kind != cueVerb && cu.kind != cueGerund) || !counts(s) {
					return 0, false
				}
				pol := cu.pol
				if ss.negatedCue(c, s) {
					pol = -pol
				}
				return pol, true
			}
		}
		if text.IsLower(w) && !text.IsPunct(w) && adj < 2 && w != "that" && w != "to" && !adjunctPreps[w] {
			adj++
			j--
			continue
		}
		break
	}
	return 0, false
}

// speakersRelation reports whether the relation word at token s is
// predicated of the speaker of f: it is the cue itself, or it follows the
// cue with only "that", a pronoun, auxiliaries, possessive pronouns and
// up to two adjectives between ("said he agreed with", "expressed his
// strong support for"), or it is a verb joined to the cue's clause by
// "and" or "but" right before it, so with no subject of its own ("praised
// Germany but criticised the United States").
func (ss *docState) speakersRelation(c *sentCtx, f candidate, s int) bool {
	end := f.cueTok + f.cueLen
	if s >= f.cueTok && s < end {
		return true
	}
	if s > end+1 && s-end <= 15 && coordinatedVerb(c, end, s) {
		return true
	}
	if s < end || s-end > 6 {
		return false
	}
	adj := 0
	for t := end; t < s; t++ {
		w := c.toks[t].Text
		switch w {
		case "that", "he", "she", "it", "they", "we", "I", "his", "her", "its", "their", "our", "my", "had", "has", "have", "would", "will", "was", "is", "were", "are", "fully", "firmly", "strongly":
			continue
		}
		if ss.cl.skip.has(w) {
			continue
		}
		if text.IsLower(w) && adj < 2 {
			adj++
			continue
		}
		return false
	}
	return true
}

// coordinatedVerb reports whether the word at token s is a second verb of
// the clause whose cue ends at token end: "and" or "but" (after a comma or
// not) right before it, and no "that", no quotation mark and no
// sentence-internal clause mark (";", ":") between.
func coordinatedVerb(c *sentCtx, end, s int) bool {
	if w := strings.ToLower(c.toks[s-1].Text); w != "and" && w != "but" {
		return false
	}
	for t := end; t < s-1; t++ {
		switch c.toks[t].Text {
		case ";", ":", "\"", "“", "”", "that":
			return false
		}
	}
	return true
}

// titleEndingAt returns the first token of a title that ends at token j
// ("former U.S. President"), or -1.
func (ss *docState) titleEndingAt(c *sentCtx, j int) int {
	for k := max(0, j-3); k <= j; k++ {
		if c.ment[k] >= 0 {
			continue
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[k:j+1]); ok && k+n == j+1 {
			return k
		}
	}
	return -1
}

// inAppositive reports whether mention m stands in an appositive that
// describes the speaker after its name ("said Yuri Ushakov, Putin's
// foreign policy aide"; "X, an adviser to Y, said"): from the comma after
// the speaker phrase to the next comma or the end, when it holds a title
// or an official word, or names a commentator ("said X, a bond strategist
// at Y": the firm X works for, no target).
func (ss *docState) inAppositive(c *sentCtx, f candidate, m mention) bool {
	p := f.np[1]
	if f.np[1] <= f.np[0] || p >= len(c.toks) || c.toks[p].Text != "," || m.t0 <= p {
		return false
	}
	end := p + 1
	for end < len(c.toks) && c.toks[end].Text != "," && !isClauseBreak(c.toks[end].Text) && !c.quoted[end] {
		if _, _, ok := ss.cl.cueTable.match(c.toks, end); ok && c.ment[end] < 0 && text.IsLower(c.toks[end].Text) {
			break
		}
		end++
	}
	if m.t0 >= end {
		return false
	}
	// "X, a supply manager with Halvor Gas Co, said": lower-case words of
	// a role and a link word before the body he works for.
	if l := m.t0 - 1; l > p+1 {
		if strings.EqualFold(c.toks[l].Text, "the") {
			l--
		}
		if w := c.toks[l].Text; l > p+1 && (officialLinks[w] || w == "with") && lowerBetween(c.toks, p+1, l) {
			return true
		}
	}
	// "Gazpromneft, a former unit of Russian gas monopoly Gazprom, …", "X,
	// the country's largest steel maker, said": a noun phrase that opens
	// with an article and describes the speaker, with the bodies it names.
	if w := c.toks[p+1].Text; (w == "a" || w == "an" || w == "the" && lowerNounIn(c, p+2, end)) && end-p <= 12 && !describedVerb(c, p+2, end) {
		return true // not "…, the Netherlands, West Germany": a list
	}
	for k := p + 1; k < end; k++ {
		if c.ment[k] >= 0 {
			continue
		}
		if ss.cl.official.has(c.toks[k].Text) || commentatorRoles[strings.ToLower(c.toks[k].Text)] {
			return true
		}
		if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[k:end]); ok && n > 0 {
			return true
		}
	}
	return false
}

// lowerNounIn reports whether tokens [a, b) of sentence c hold a word in
// lower case outside every name ("the largest producer", "the Pennzoil
// attorney").
func lowerNounIn(c *sentCtx, a, b int) bool {
	for k := a; k < b && k < len(c.toks); k++ {
		if c.ment[k] < 0 && text.IsLower(c.toks[k].Text) && !text.IsPunct(c.toks[k].Text) {
			return true
		}
	}
	return false
}

// describedVerb reports whether tokens [a, b) of sentence c hold a word
// that makes a clause of a noun phrase: a relative pronoun or a verb form
// ("which is due to merge", "that has", "who said").
func describedVerb(c *sentCtx, a, b int) bool {
	for k := a; k < b && k < len(c.toks); k++ {
		switch strings.ToLower(c.toks[k].Text) {
		case "which", "who", "that", "whose", "is", "are", "was", "were", "has", "have", "had", "will", "would":
			return true
		}
	}
	return false
}

// speakersTitledBody returns the state or organisation that the person
// who speaks is named through, with a title, in the speaker phrase ("Acme
// spokesman Tom Pike", "United Nations spokesman Farhan Haq", "Syrian
// Foreign Minister X"), or -1. The person speaks for it: it is no target
// of the words, wherever they name it again ("… said Acme was working
// with all sides"), as a gazetteer person's own state is not. A party is
// not: its members' words about it are often a side taken within it
// ("Tory grandee Ken Clarke says the Conservatives …"); nor is the field
// of the title ("U.S. Ambassador to GATT Michael Samuels" speaks for the
// United States, not for the GATT).
func (ss *docState) speakersTitledBody(c *sentCtx, f candidate) int {
	if ss.actors[f.speaker].kind != lexicon.KindPerson {
		return -1
	}
	for _, m := range c.ms {
		if m.t0 >= f.np[0] && m.t1 <= f.np[1] && m.actorIndex != f.speaker && !ss.ofCategory(m.actorIndex, "party") &&
			!ss.accreditedTo(c, m.t0) && ss.personTitledBy(c, m) == f.speaker {
			return m.actorIndex
		}
	}
	return -1
}

// speakersBody reports whether mention m names the body a person who
// speaks belongs to, right after the person's name: "of", "from", "at"
// or "with" and at most two lower-case words of its kind between them
// ("According to Benoit Joly from broadband telecoms firm Thales",
// "Todd Thiemann of Trend Micro"), or right after the comma after it when
// the verb follows ("Colin Asplin, Blackpool Hotel Association said").
// It is no target of the person's words.
func (ss *docState) speakersBody(c *sentCtx, f candidate, m mention) bool {
	if ss.actors[f.speaker].kind != lexicon.KindPerson || ss.actors[m.actorIndex].kind != lexicon.KindOrg || f.np[1] <= f.np[0] {
		return false
	}
	k := f.np[1]
	if k+1 < len(c.toks) && c.toks[k].Text == "," {
		k++ // "X, of the Y said", whose closing comma the writer left out
		if k == m.t0 && m.via == lexicon.ViaName && (f.cueTok == m.t1 || f.cueTok == m.t1+1) {
			return true // "Colin Asplin, Blackpool Hotel Association said"
		}
	}
	if k >= len(c.toks) || !officialLinks[c.toks[k].Text] || c.quoted[k] {
		return false
	}
	k++
	for n := 0; n < 3 && k < m.t0 && text.IsLower(c.toks[k].Text); n++ {
		k++
	}
	return k == m.t0
}

// describesPerson reports whether mention m is a state or organisation
// that only describes the person named right after it, through a title
// ("former U.S. President Joe Biden", "Russian Foreign Minister Sergei
// Lavrov", "Britain's Prime Minister Theresa May").
func (ss *docState) describesPerson(c *sentCtx, m mention) bool {
	return ss.personTitledBy(c, m) >= 0
}

// personTitledBy returns the person that mention m, a state or an
// organisation, describes through the title right after it (see
// describesPerson), or -1.
func (ss *docState) personTitledBy(c *sentCtx, m mention) int {
	if ss.actors[m.actorIndex].kind == lexicon.KindPerson {
		return -1
	}
	// The field of a title before the name: "Ambassador to [the European
	// Union] Gordon Sondland", "Secretary of [State] X".
	if ss.fieldOpening(c, m.t0) > 0 {
		if a := ss.personAt(c, m.t1); a >= 0 {
			return a
		}
	}
	p := m.t1
	if p < len(c.toks) && text.IsPossessive(c.toks[p].Text) {
		p++ // "Russia's Foreign Minister Sergei Lavrov", as "Russian Foreign Minister …"
	}
	n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[p:])
	if !ok || n == 0 || p+n >= len(c.toks) {
		return -1
	}
	p += n
	// "[U.S.] Ambassador to the European Union Gordon Sondland": the
	// title's field, a name, between the title and the person.
	if j := firstAfterField(c, p); j > p && j < len(c.toks) {
		if mi := c.ment[j]; mi >= 0 && c.ms[mi].t0 == j && ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindPerson {
			p = c.ms[mi].t1
		}
	}
	return ss.personAt(c, p)
}

// personAt returns the person whose mention holds token p, or -1.
func (ss *docState) personAt(c *sentCtx, p int) int {
	if p >= len(c.toks) {
		return -1
	}
	mi := c.ment[p]
	if mi < 0 || ss.actors[c.ms[mi].actorIndex].kind != lexicon.KindPerson {
		return -1
	}
	return c.ms[mi].actorIndex
}

// accreditedTo reports whether the name at token t is the field of a
// title after "to" ("Ambassador to GATT", "envoy to the United
// Nations"): the body an envoy is sent to, not the one he speaks for.
func (ss *docState) accreditedTo(c *sentCtx, t int) bool {
	j := ss.fieldOpening(c, t)
	return j >= 0 && c.toks[j].Text == "to"
}

// titleFieldLinks join a title to its field: "Ambassador to the European
// Union", "Secretary of State", "Minister for Europe".
var titleFieldLinks = map[string]bool{"to": true, "of": true, "for": true, "at": true}

// fieldOpening returns, for a name starting at token t, the token of the
// link word ("to", "of", "for", "at") that opens the field of a title
// right before it ("Ambassador to the European Union"), with "the"
// between them at most, or -1.
func (ss *docState) fieldOpening(c *sentCtx, t int) int {
	j := t - 1
	if j >= 0 && strings.EqualFold(c.toks[j].Text, "the") {
		j--
	}
	if j >= 1 && titleFieldLinks[c.toks[j].Text] && ss.titleEndingAt(c, j-1) >= 0 {
		return j
	}
	return -1
}

// firstAfterField returns the token after the link word at p (and "the"
// after it), when token p links a title to its field, or p.
func firstAfterField(c *sentCtx, p int) int {
	if p >= len(c.toks) || !titleFieldLinks[c.toks[p].Text] {
		return p
	}
	j := p + 1
	if j < len(c.toks) && strings.EqualFold(c.toks[j].Text, "the") {
		j++
	}
	return j
}

// madeBy reports whether mention m names the makers of something the
// statement speaks about, in a participle that follows a noun: "the
// understandings reached by A and B", "the deal brokered between A and
// B". The position is about the thing, not about its makers ("any
// departure from the understandings reached by A would be a mistake"
// defends A's understandings). A passive clause of its own ("the plan was
// drafted by A") is not such a participle.
func (ss *docState) madeBy(c *sentCtx, m mention, lo int) bool {
	j := m.t0 - 1
	for j >= lo {
		w := c.toks[j].Text
		if mi := c.ment[j]; mi >= 0 {
			j = c.ms[mi].t0 - 1
			continue
		}
		if w == "and" || w == "," || w == "the" || text.IsPossessive(w) {
			j--
			continue
		}
		if s := ss.titleEndingAt(c, j); s >= 0 {
			j = s - 1
			continue
		}
		break
	}
	if j < lo+2 || (c.toks[j].Text != "by" && c.toks[j].Text != "between") {
		return false
	}
	part, noun := c.toks[j-1].Text, c.toks[j-2].Text
	if !text.IsLower(part) || !(strings.HasSuffix(part, "ed") || strings.HasSuffix(part, "en") || part == "made" || part == "struck" || part == "brought" || part == "set") {
		return false
	}
	return text.IsLower(noun) && !isPassiveAux(noun) && !ss.cl.skip.has(noun) && !isAdverb(noun) && !text.IsPunct(noun)
}

// asClause reports whether "as" at token j opens a clause ("expresses
// optimism as X travels to Moscow"): a name or an article follows, and no
// verb of regarding stands in the four words before ("described the talks
// as", "consider it as").
func (ss *docState) asClause(c *sentCtx, j int) bool {
	if j+1 >= len(c.toks) {
		return false
	}
	next := c.toks[j+1].Text
	if c.ment[j+1] < 0 && next != "the" && (text.IsLower(next) || !text.IsNameStart(next)) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch strings.ToLower(c.toks[k].Text) {
		case "described", "describes", "describing", "describe", "cast", "casts", "casting", "characterized",
			"characterised", "sees", "saw", "see", "views", "viewed", "regards", "regarded", "portrayed", "framed",
			"branded", "labelled", "labeled", "dubbed", "consider", "considered", "considers", "such", "same",
			"so", "as", "known", "served", "serves", "acts", "acted", "act":
			return false
		}
	}
	return true
}

// people reports whether mention m is a plural demonym ("Russians and
// Ukrainians have been killed"): the people, not the state that speaks or
// is spoken about.
func (ss *docState) people(c *sentCtx, m mention) bool {
	if m.via != lexicon.ViaDemonym {
		return false
	}
	return pluralLike(c.toks[m.t1-1].Text) // "Russians", "West Germans"
}

// pluralLike reports whether w reads as a plural noun: more than three
// letters, ending in "s" but not "ss" ("exporters", "Russians"; not
// "Congress").
func pluralLike(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// speaksFor reports whether person s holds a role in the article that
// speaks for t: a spokesman, aide or adviser of t ("Putin's aide"), or of
// the state whose head of state or government t is ("Kremlin spokesman",
// and t is the Russian president).
func (ss *docState) speaksFor(s, t int) bool {
	for _, r := range ss.roles {
		if r.person != s || r.principal < 0 || !strings.Contains(r.title, "spokes") && !strings.Contains(r.title, "aide") &&
			!strings.Contains(r.title, "advis") && !strings.Contains(r.title, "press secretary") {
			continue
		}
		if r.principal == t {
			return true
		}
		pa, ta := ss.actors[r.principal], ss.actors[t]
		if pa.kind == lexicon.KindState && ta.kind == lexicon.KindPerson && ta.affil == pa.name {
			if e, ok := ss.f.lex.Person(ta.name); ok && (e.Category == "head of state" || e.Category == "head of government") {
				return true
			}
		}
	}
	return false
}

// complementStart returns the first token of the complement that follows
// the object of a judgement or pressure cue, or -1: the charge of an
// accusation ("accused [the minister] of misleading Parliament"), the
// reason of a judgement ("criticised [X] for its handling of Y",
// "praised [X] for …"; Levin's (1993) judgement verbs, class 33, take
// their reason with "for") and the action someone is pressed to take
// ("urged [the men] to step down from Y"). The position is about the
// object; actors of the complement are what the object did or should do.
func (ss *docState) complementStart(c *sentCtx, f candidate) int {
	prep := ""
	switch {
	case accusation(f.cue):
		prep = "of"
	case f.fixed && f.kind == cueVerb:
		prep = "for"
	}
	if _, _, ok := ss.cl.pressure.match(c.toks, f.cueTok); ok {
		prep = "to"
	}
	if prep == "" {
		return -1
	}
	p := f.cueTok + f.cueLen
	for k := p; k < len(c.toks) && k < p+10; k++ {
		if mi := c.ment[k]; mi >= 0 {
			k = c.ms[mi].t1 - 1
			continue
		}
		w := c.toks[k].Text
		if strings.EqualFold(w, prep) {
			if k > p {
				return k
			}
			return -1
		}
		if w == "that" || c.quoted[k] || text.IsPunct(w) && !text.IsPossessive(w) {
			return -1
		}
	}
	return -1
}

// accusation reports whether a cue accuses its object of something
// ("accused X of"): Levin's (1993) verbs of judgement that take the
// charge with "of".
func accusation(cue string) bool {
	switch cue {
	case "accused", "accuses", "accuse", "accusing", "charged", "suspected", "convicted":
		return true
	}
	return false
}

// complementEnd returns the end of the complement that starts at token
// comp: the next comma, semicolon, colon or dash, or the next reporting
// cue ("thanked X for his support and said …" ends before "and said").
func (ss *docState) complementEnd(c *sentCtx, comp int) int {
	if comp < 0 {
		return comp
	}
	for k := comp + 1; k < len(c.toks); k++ {
		switch c.toks[k].Text {
		case ",", ";", ":", "\u2013", "\u2014", "--":
			return k
		}
		if c.ment[k] < 0 && text.IsLower(c.toks[k].Text) {
			if _, _, ok := ss.cl.cueTable.match(c.toks, k); ok {
				if w := c.toks[k-1].Text; k > comp+1 && (w == "and" || w == "but") {
					return k - 1
				}
				return k
			}
		}
	}
	return len(c.toks)
}

// possessivePronouns resolves "his", "him" and "her" outside quotations
// in the statement's words [lo, hi) to the person they refer to and
// returns them as mentions for the statement's targets only: the speaker
// when the gender fits ("Henman admitted it was hard to face his
// compatriot": his own), else the sentence's subject before them, else
// the nearest person of that gender named before them in the sentence,
// not one of the speakers ("Trump and his team"), else the subject of
// the sentences before, as pronouns resolves "he" and "she" ("The Tories
// and the Liberal Democrats both say his pledges are worthless" after a
// sentence about Tony Blair). A pronoun that refers to the speaker is no
// target (targetRefs skips the speaker), nor is a person who acts for the
// speaker ("the Tory leader said his …" of a statement given to the
// party), nor a pronoun in or right before the speaker phrase ("His wife
// Sharon said"), nor a person who speaks for the speaker or whom the
// speaker quotes (namedAsVoice).
func (ss *docState) possessivePronouns(c *sentCtx, lo, hi int, f candidate) []mention {
	var out []mention
	inSpeaker := func(a int) bool {
		return a == f.speaker || slices.Contains(f.mutual, a) || slices.ContainsFunc(c.ms, func(m mention) bool {
			return m.actorIndex == a && m.t0 >= f.np[0] && m.t0 < f.np[1]
		})
	}
	if sp := ss.actors[f.speaker]; sp.kind != lexicon.KindPerson {
		// "The Tory leader said his …", "analyst Daniel Lee of Drexel
		// reiterated his …", "the Russian revealed his …": a statement
		// given to a body or a state through a person who speaks for it,
		// whose own the pronoun is.
		for k := max(f.np[0], 0); k < f.np[1] && k < len(c.toks); k++ {
			if speakerRoles[strings.ToLower(c.toks[k].Text)] {
				return nil
			}
			if mi := c.ment[k]; mi >= 0 && (ss.actors[c.ms[mi].actorIndex].kind == lexicon.KindPerson || c.ms[mi].via == lexicon.ViaDemonym) {
				return nil
			}
		}
	}
	for t := max(lo, 0); t < hi && t < len(c.toks); t++ {
		var g gender
		switch c.toks[t].Text {
		case "his", "him", "His":
			g = genderMale
		case "her", "Her":
			g = genderFemale
		default:
			continue
		}
		if c.quoted[t] || c.ment[t] >= 0 || t >= f.np[0]-3 && t < f.np[1] {
			continue
		}
		if ss.fits(f.speaker, g) {
			continue // the speaker's own
		}
		if t+1 < len(c.toks) && sideNouns[strings.ToLower(c.toks[t+1].Text)] || t+2 < len(c.toks) && strings.EqualFold(c.toks[t+1].Text, "own") {
			continue // "his company", "his own country": the side of someone who speaks for the speaker
		}
		if c.toks[t].Text == "him" && t > 0 && reportsTo[strings.ToLower(c.toks[t-1].Text)] {
			continue // "quoted him as saying", "told him": the source, not a target
		}
		a := -1
		if sub, np := ss.sentenceSubject(c); ss.fits(sub, g) && !c.quoted[np[0]] && np[1] <= t {
			a = sub
		}
		for k := t - 1; k >= 0 && a < 0; k-- {
			if mi := c.ment[k]; mi >= 0 && ss.fits(c.ms[mi].actorIndex, g) && !inSpeaker(c.ms[mi].actorIndex) {
				a = c.ms[mi].actorIndex
			}
		}
		if a < 0 {
			a = ss.antecedent(c.si, g)
		}
		if a < 0 || inSpeaker(a) || ss.actors[a].affil != "" && ss.actors[a].affil == ss.actors[f.speaker].name || ss.namedAsVoice(c, a, f.speaker) {
			continue
		}
		span := text.Span{Start: c.toks[t].Span.Start, End: c.toks[t].Span.End}
		out = append(out, mention{sent: c.si, t0: t, t1: t + 1, span: span, via: lexicon.ViaPronoun, actorIndex: a})
	}
	return out
}

// sideNouns are the bodies and groups a person belongs to or speaks
// for: after "his" or "her" they make the pronoun someone of the
// speaker's own side ("the Chrysler source said his company …").
var sideNouns = map[string]bool{"company": true, "firm": true, "bank": true, "party": true, "government": true,
	"country": true, "colleagues": true, "ministry": true, "department": true, "office": true, "group": true,
	"team": true, "club": true, "side": true, "administration": true, "staff": true, "spokesman": true,
	"spokeswoman": true, "agency": true, "organisation": true, "organization": true, "union": true, "board": true}

// reportsTo are the verbs whose object "him" is the person quoted or
// told, a source of the statement rather than its target.
var reportsTo = map[string]bool{"quoted": true, "quotes": true, "told": true, "tells": true, "informed": true,
	"asked": true, "cited": true}

// speakerRoles are the nouns of a person who speaks for a body or a state
// ("leader", "analyst", "chairman", "official").
var speakerRoles = map[string]bool{"leader": true, "chief": true, "official": true, "officials": true, "source": true,
	"sources": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "analyst": true, "chairman": true,
	"chairwoman": true, "president": true, "secretary": true, "minister": true, "executive": true, "director": true,
	"head": true, "manager": true, "governor": true, "ambassador": true, "envoy": true, "aide": true, "adviser": true}

// namedAsVoice reports whether person a is named in sentence c as someone
// who speaks for speaker s, or as the one quoted: "analyst Daniel Lee of
// Drexel" (the speaker named within six tokens after the person),
// "quoted Oil Minister Gholamreza Aqazadeh as saying".
func (ss *docState) namedAsVoice(c *sentCtx, a, s int) bool {
	for _, m := range c.ms {
		if m.actorIndex != a {
			continue
		}
		for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
			if reportsTo[strings.ToLower(c.toks[k].Text)] {
				return true
			}
		}
		for _, n := range c.ms {
			if n.actorIndex == s && n.t0 > m.t0 && n.t0 <= m.t1+6 {
				return true
			}
		}
	}
	return false
}
