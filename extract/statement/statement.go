package statement

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// sentCtx is the working data of one sentence.
type sentCtx struct {
	si     int
	toks   []text.Token
	ment   []int     // per token: index into ms, or -1
	ms     []mention // actor mentions of the sentence, by position
	quoted []bool    // per token: inside a double quotation
	// open says whether a quotation was open when the sentence began.
	open bool
}

// candidate is a statement under construction.
type candidate struct {
	speaker  int    // actor index
	np       [2]int // token range of the speaker phrase
	cueTok   int
	cueLen   int
	cue      string
	kind     cueKind
	pol      int   // polarity of the decisive cue, if fixed
	fixed    bool  // pol decides
	lean     int   // polarity used when the words are neutral
	scopeLo  int   // first token of the statement's words
	scopeHi  int   // end of its words if another side's clause cuts them, else 0
	ownWords bool  // polarity from the words right after the cue only (express, state)
	mutual   []int // the speakers of a reciprocal statement ("A and B accused each other")
	// nested marks a report inside another speaker's words (nestedReport):
	// a statement, but not who the sentence is about for what follows.
	nested bool
}

// docState is the per-document data of statement detection.
type docState struct {
	doc     *Doc
	f       *Finder
	actors  []actor
	cl      *cueLexicon
	bySent  [][]mention
	subject []int // per sentence: the person it is about (actor index), or -1
	// spokeIn is, per sentence read, its last speaker (not a nested one),
	// or -1.
	spokeIn []int
	// subjectBody is, per sentence, the state or organisation named as
	// its whole subject (bodySubject), or -1, for "It said" after it.
	subjectBody []int
	// subjectGroup is the coordination of states, organisations or
	// people that is the whole subject of the last sentence that had one
	// (subjectGroupOf), for "They said" and "the two companies" after it.
	subjectGroup groupSpoke
	opposition   map[int]bool // per person actor: inOpposition, once asked
	gender       []gender     // per actor
	roles        []roleRec
	added        []mention
	quoteOpen    bool
	// quoteParts are the sentences of the open quotation that no one
	// has spoken yet (quotePart), until a sentence attributes it.
	quoteParts []quotePart
	forms      map[string]int // actorForms, made on first use
	lastPara   int
	// collective is the state or organisation that spoke last in the
	// previous sentence, for "It added …"; -1 if none.
	collective int
	// bodySpoke is the state or organisation that spoke last in the
	// document, for "the spokesman said", "the statement said".
	bodySpoke lastSpeaker
	// described holds, per head noun of a description ("watchdog",
	// "commission"), the organisation a description with it named last
	// (describedBefore), which the same noun names again further on.
	described map[string]int
	// leadBody is the state or organisation whose statement the story
	// opens with (in its first three sentences), for "It said" further
	// on; -1 if none.
	leadBody int
	// bodyPlural is whether bodySpoke spoke through people named in the
	// plural ("Bank of Japan sources said", "officials said"), whom a
	// later "they" may be.
	bodyPlural bool
	// group is the last coordination that spoke together ("A and B
	// said"), for "they said", "the two companies said".
	group groupSpoke
	// officialSpoke is the state, organisation or person for which an
	// official or spokesman spoke last ("a company spokesman said", "a
	// spokesman for Michael Howard said"), for "He said" in the sentence
	// after.
	officialSpoke lastSpeaker
	// spokesSpoke is officialSpoke when its official was a spokesman,
	// spokeswoman or spokesperson, kept when another official speaks
	// ("a government spokesman said … Deputy prime minister X told … the
	// spokesman said").
	spokesSpoke lastSpeaker
	// officialGender is the gender of officialSpoke's official when its
	// noun gives one ("spokeswoman"), else genderUnknown.
	officialGender gender
	// officialVoice reports whether officialSpoke's official is one whose
	// office is to speak for the body ("a spokesman", "an official"),
	// introduced as someone unnamed, not a post that one person holds and
	// the article may name ("the Tory leader", "the ambassador", "the USDA
	// official").
	officialVoice bool
	// partySpoke is the political party that was the last speaker of a
	// sentence, for "They say" a sentence or two after it.
	partySpoke lastSpeaker
	ctx        sentCtx // reused for every sentence
	peace      bool    // the article speaks of peace, a ceasefire or a truce
	last       lastSpeaker
	// unnamed marks the sentences whose speaker is a person the article
	// names but the extraction does not know ("Party chief executive Lord
	// R. suggested …"): a "he" after them is that person, not someone
	// named before.
	unnamed []bool
	// unresolved marks the sentences with a reporting verb whose speaker
	// was not resolved ("But diplomats said …").
	unresolved []bool
	// unresolvedOne marks the sentences of unresolved whose unresolved
	// speaker is one person or body, not a plural ("the second arbitrageur
	// said", not "dealers said"): a "he" after them may be that one.
	unresolvedOne []bool
	// spokeByName marks the sentences whose last speaker (spokeIn) the
	// speaker phrase names ("Tarrow Bank said", not "the company said").
	spokeByName []bool
	// quoting is the speaker of the quotation the text is in, while it
	// runs on over sentences and paragraphs; -1 outside one.
	quoting int
	// issued holds, per document noun ("report", "communique",
	// "statement"), the speaker of the last statement whose sentence
	// introduced such a document as where it spoke ("X said in its annual
	// report", "in a communique, Y said"), for "the report said" however
	// far on (issuedDocument).
	issued map[string]int
}

// lastSpeaker is the last speaker of the previous sentence, for a quote
// that follows it.
type lastSpeaker struct {
	sent, speaker int
}

// noteOfficials records in officialSpoke the state or organisation of
// the last statement of sentence c whose speaker phrase is an unnamed
// official or spokesman (and no name of a person), or "he" or "she" that
// stood for that official again ("an IMF official said. He said …
// “…,” he said": the same official all along), or the person a
// spokesman's phrase names ("a spokesman for Michael Howard", "Kremlin
// spokesman Dmitry Peskov"); a sentence without statements keeps the
// record.
func (ss *docState) noteOfficials(c *sentCtx, found []candidate) {
	for _, f := range found {
		if f.np[1] <= f.np[0] {
			continue
		}
		if ss.actors[f.speaker].kind == lexicon.KindPerson || ss.namesPerson(c, f.np[0], f.np[1]) {
			// "A spokesman for Michael Howard said", "Kremlin spokesman
			// Dmitry Peskov said": the last spokesman is this one, and
			// what he says again is that person's.
			if ss.actors[f.speaker].kind == lexicon.KindPerson && ss.officialAt(c, f.np) >= 0 {
				ss.noteOfficial(c, f.speaker, f.np)
			}
			continue
		}
		if f.np[1]-f.np[0] == 1 && f.speaker == ss.officialSpoke.speaker {
			switch c.toks[f.np[0]].Text {
			case "he", "He", "she", "She":
				ss.officialSpoke.sent = c.si
				continue
			}
		}
		ss.noteOfficial(c, f.speaker, f.np)
	}
}

// noteOfficial records speaker as officialSpoke when the speaker phrase
// np of sentence c holds an official's noun that names no actor
// ("spokesman"), with the noun's gender and whether the official's
// office is to speak (bodyVoices).
func (ss *docState) noteOfficial(c *sentCtx, speaker int, np [2]int) {
	if j := ss.officialAt(c, np); j >= 0 {
		ss.officialSpoke = lastSpeaker{sent: c.si, speaker: speaker}
		for k := max(np[0], j); k < np[1] && k < len(c.toks); k++ {
			if spokesNoun(strings.ToLower(c.toks[k].Text)) {
				ss.spokesSpoke = ss.officialSpoke // "a government spokesman"
				break
			}
		}
		var buf [foldBuf]byte
		ss.officialGender = ss.cl.gender[string(foldWord(&buf, c.toks[j].Text))]
		ss.officialVoice = bodyVoices[strings.ToLower(c.toks[j].Text)] && indefiniteBefore(c, min(np[0], j), j)
	}
}

// indefiniteBefore reports whether an indefinite article stands in
// tokens [a-1, j) of sentence c: "a Labour spokesman", "a spokesman for",
// an official the article has not named; "the USDA official" may be a
// person it named before.
func indefiniteBefore(c *sentCtx, a, j int) bool {
	for k := max(a-1, 0); k < j; k++ {
		if indefiniteWord(c.toks[k].Text) {
			return true
		}
	}
	return false
}

// indefiniteWord reports whether w introduces someone not named yet: "a",
// "an", "one", "another".
func indefiniteWord(w string) bool {
	switch w {
	case "a", "an", "A", "An", "one", "One", "another", "Another":
		return true
	}
	return false
}

// officialAt returns the token of the first official's noun that names no
// actor in the speaker phrase np of sentence c, or -1.
func (ss *docState) officialAt(c *sentCtx, np [2]int) int {
	for j := ss.officialBefore(c, np[0]); j < np[1] && j < len(c.toks); j++ {
		if c.ment[j] < 0 && ss.cl.official.has(c.toks[j].Text) {
			return j
		}
	}
	return -1
}

// bodyVoices are the officials whose office is to speak for their body,
// and whom news rarely names.
var bodyVoices = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"aide": true, "representative": true}

// officialBefore returns the start of an official's phrase that a
// speaker phrase starting at token p belongs to ("a spokeswoman for" +
// "the department", "an official of" + "the ministry"), or p.
func (ss *docState) officialBefore(c *sentCtx, p int) int {
	k := p - 1
	if k >= 1 && c.toks[k].Text == "<" {
		k-- // "a spokesman for <Rolls-Royce Plc>": wire copy marks a name so
	}
	if k < 1 || c.quoted[k] {
		return p
	}
	// "a spokesman for distributor Toho", "for consortium member X": up
	// to two words for the kind of body between.
	for n := 0; n < 2 && k >= 2 && text.IsLower(c.toks[k].Text) && !c.quoted[k-1] && !officialLinks[c.toks[k].Text] && !isArticleWord(c.toks[k].Text); n++ {
		k--
	}
	if !officialLinks[c.toks[k].Text] {
		return p
	}
	for j := k - 1; j >= 0 && j >= k-3 && c.ment[j] < 0 && !c.quoted[j] && text.IsLower(c.toks[j].Text); j-- {
		if ss.cl.official.has(c.toks[j].Text) {
			return j
		}
	}
	return p
}

// namedIn reports whether the speaker phrase of candidate f in sentence c
// holds a name of its speaker.
func namedIn(c *sentCtx, f candidate) bool {
	for k := max(f.np[0], 0); k < f.np[1] && k < len(c.toks); k++ {
		if mi := c.ment[k]; mi >= 0 && c.ms[mi].actorIndex == f.speaker && c.ms[mi].via == lexicon.ViaName {
			return true
		}
	}
	return false
}

// officialLinks are the prepositions that tie an unnamed official to the
// body named after them ("a spokesman for X", "an official of X").
var officialLinks = map[string]bool{"for": true, "of": true, "at": true, "from": true}

// groupSpoke is a coordination of speakers and the sentence it spoke in.
type groupSpoke struct {
	sent     int
	speakers []int
}

// Find returns the stated positions of d and, when the Pronouns option is
// on, the resolved pronouns (lexicon.ViaPronoun), role descriptions (lexicon.ViaRole) and
// capitals that stand for unnamed officials ("officials in Kyiv",
// lexicon.ViaOfficial) it found, as new mentions in sentence order.
func (f *Finder) Find(d *Doc) ([]Statement, []Mention) {
	ss := &docState{doc: d, f: f, cl: f.cues, lastPara: -1, collective: -1, quoting: -1,
		last: lastSpeaker{sent: -1, speaker: -1}, bodySpoke: lastSpeaker{sent: -1, speaker: -1}, group: groupSpoke{sent: -1}, officialSpoke: lastSpeaker{sent: -1, speaker: -1}, spokesSpoke: lastSpeaker{sent: -1, speaker: -1}, partySpoke: lastSpeaker{sent: -1, speaker: -1}, leadBody: -1}
	ss.actors = make([]actor, len(d.Actors))
	for i, a := range d.Actors {
		ss.actors[i] = actor{name: a.Name, kind: a.Kind, affil: a.Affiliation, outlet: a.Outlet}
	}
	ss.bySent = make([][]mention, len(d.Sentences))
	// One array holds the mentions, grouped by sentence in a stable order
	// and cut per sentence (addMention copies before it adds).
	flat := make([]mention, 0, len(d.Mentions))
	for _, m := range d.Mentions {
		if m.Actor < 0 || m.Actor >= len(d.Actors) || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
			continue
		}
		flat = append(flat, mention{sent: m.Sentence, t0: m.T0, t1: m.T1, span: m.Span, via: m.Via, actorIndex: m.Actor})
	}
	slices.SortStableFunc(flat, func(a, b mention) int { return a.sent - b.sent })
	for a := 0; a < len(flat); {
		b := a + 1
		for b < len(flat) && flat[b].sent == flat[a].sent {
			b++
		}
		ss.bySent[flat[a].sent] = flat[a:b:b]
		a = b
	}
	ss.subject = make([]int, len(d.Sentences))
	ss.spokeIn = make([]int, len(d.Sentences))
	ss.subjectBody = make([]int, len(d.Sentences))
	ss.unnamed = make([]bool, len(d.Sentences))
	ss.unresolved = make([]bool, len(d.Sentences))
	ss.unresolvedOne = make([]bool, len(d.Sentences))
	ss.spokeByName = make([]bool, len(d.Sentences))
	ss.peace = mentionsPeace(d.Tokens)
	ss.genders()
	ss.collectRoles()
	out := []Statement{}
	seen := map[string]struct{}{}
	headline := -1          // a title-case headline that stated nothing, until the lead is read
	var leads []pendingLead // leads that describe the body they report (lead.go)
	for si := range d.Sentences {
		ss.subject[si] = -1
		ss.subjectBody[si] = -1
		if d.Skipped[si] || len(d.Tokens[si]) == 0 {
			ss.quoteOpen = false
			out = ss.foldParts(ss.quoteParts, out)
			ss.quoteParts = nil
			continue
		}
		c := ss.sentence(si)
		if f.opts.Pronouns {
			ss.pronouns(c)
		}
		found := ss.find(c)
		cont := false
		if len(found) == 0 {
			if f, ok := ss.quoteAfter(c); ok {
				found = append(found, f)
				cont = true
			}
		}
		ss.followQuote(c, found)
		parts := ss.quoteParts
		ss.quoteParts = nil
		deferred := false
		switch {
		case len(found) == 0 && ss.quoteOpen && c.quoted[0]:
			ss.quoteParts = append(parts, quotePart{si: si, open: c.open})
		case cont && ss.quoteOpen:
			// A new quotation after its speaker's sentence that runs
			// on: folded into that speaker's statement unless the
			// sentence that closes it names who speaks (`X said: "…"
			// "A. B," Y added`), which attributeQuote then follows.
			out = ss.foldParts(parts, out)
			ss.quoteParts = []quotePart{{si: si, open: c.open, fold: found}}
			deferred = true
		default:
			if f, ok := ss.quoteAttribution(c, found, parts); ok {
				out = ss.attributeQuote(f, parts, out)
			} else {
				out = ss.foldParts(parts, out)
			}
		}
		// Who the sentence is about, for the pronouns of the next ones:
		// not the possessor of a noun of saying ("he hit back at Mr
		// Mallon's claim that …, he said" is not Mallon's).
		// Nor is it a report inside another speaker's words ("Qwest said
		// MCI had rejected …; it said …" is Qwest's).
		speakers := found
		if slices.ContainsFunc(found, func(f candidate) bool { return f.nested }) {
			speakers = slices.DeleteFunc(slices.Clone(found), func(f candidate) bool { return f.nested })
		}
		if slices.ContainsFunc(found, func(f candidate) bool { return f.kind == cuePoss }) {
			speakers = nil
		}
		ss.subject[si] = ss.salient(c, speakers)
		p, b := ss.subjectPhrase(c)
		ss.subjectBody[si] = ss.bodySubject(c, p, b)
		if g := ss.subjectGroupOf(c, p, b); len(g) >= 2 {
			ss.subjectGroup = groupSpoke{sent: si, speakers: g}
		}
		ss.collective = -1
		for _, f := range speakers {
			if ss.actors[f.speaker].kind == lexicon.KindPerson {
				continue
			}
			if (intentCues[f.cue] || copulas[f.cue]) && ss.unresolved[si] {
				// "Ghana apparently wanted …, producer delegates said":
				// a wish inside the words of people the story does not
				// name; their "they said" after it is theirs.
				continue
			}
			ss.collective = f.speaker
		}
		// A headline repeated at the top of the text gives no second
		// statement.
		sent := d.Text[d.Sentences[si].Start:d.Sentences[si].End]
		if deferred {
			// folded or attributed with the sentences after it
		} else if cont {
			out = ss.foldQuote(c, found, out)
		} else if _, dup := seen[sent]; !dup || si >= 4 {
			if si < 4 {
				seen[sent] = struct{}{}
			}
			n := len(out)
			ss.noteOfficials(c, found)
			emitted := found
			if ss.sentenceCaseHeadline(si) {
				emitted = ss.headlineCandidates(c, found)
			}
			out = ss.emit(c, emitted, out)
			ss.noteIssued(c, out[n:])
			for _, st := range out[n:] {
				if a := ss.actorByName(st.Speaker); a >= 0 && ss.actors[a].kind != lexicon.KindPerson && !onlyNested(found, a) {
					if ss.bodySpoke.speaker < 0 && si < 3 {
						ss.leadBody = a
					}
					ss.bodySpoke = ss.bodyThatSpoke(c, a)
					ss.bodyPlural = false
					for _, f := range found {
						if f.speaker == a {
							ss.bodyPlural = pluralVoice(c, f.np)
						}
					}
				}
			}
			switch {
			case ss.titleCase(si) && len(out) == n:
				headline = si
			case ss.titleCase(si):
				headline = -1
			case headline >= 0:
				if len(out) > n && len(found) > 0 {
					out = slices.Insert(out, n, ss.leadHeadline(headline, c, found[0])...)
				}
				headline = -1
			}
			out, leads = ss.nameLeads(c, found, out, n, leads)
			if l, ok := ss.delayedLead(c, found); ok {
				leads = append(leads, l)
			}
		}
		ss.last = lastSpeaker{sent: si, speaker: -1}
		ss.spokeIn[si] = -1
		if len(speakers) > 0 {
			ss.last.speaker = speakers[len(speakers)-1].speaker
			ss.spokeIn[si] = ss.last.speaker
			ss.spokeByName[si] = namedIn(c, speakers[len(speakers)-1])
			if ss.isParty(ss.last.speaker) {
				ss.partySpoke = ss.last
			}
		}
	}
	out = ss.foldParts(ss.quoteParts, out)
	added := make([]Mention, len(ss.added))
	for i, m := range ss.added {
		added[i] = Mention{Actor: m.actorIndex, Sentence: m.sent, T0: m.t0, T1: m.t1, Span: m.span, Via: m.via}
	}
	for i := range out {
		si := out[i].SentenceIndex
		out[i].Headline = ss.titleCase(si) || si < len(d.Headline) && d.Headline[si]
	}
	return out, added
}

// sentence builds the working data of sentence si.
func (ss *docState) sentence(si int) *sentCtx {
	toks := ss.doc.Tokens[si]
	c := &ss.ctx
	c.si, c.toks, c.ms = si, toks, ss.bySent[si]
	if cap(c.quoted) < len(toks) {
		c.quoted = make([]bool, len(toks), len(toks)+len(toks)/2)
		c.ment = make([]int, len(toks), cap(c.quoted))
	}
	c.quoted, c.ment = c.quoted[:len(toks)], c.ment[:len(toks)]
	c.index()
	if p := ss.doc.Sentences[si].Paragraph; p != ss.lastPara {
		ss.quoteOpen = false
		ss.lastPara = p
	}
	c.open = ss.quoteOpen
	open := markQuotes(toks, c.quoted, ss.quoteOpen)
	ss.quoteOpen = open
	return c
}

// sentenceAgain builds the working data of a sentence si read before
// (a quotation's opening sentence, a lead, a headline) anew, apart from
// the current one: a quotation was open at its start when open says so.
func (ss *docState) sentenceAgain(si int, open bool) *sentCtx {
	toks := ss.doc.Tokens[si]
	c := &sentCtx{si: si, toks: toks, ms: ss.bySent[si], quoted: make([]bool, len(toks)), ment: make([]int, len(toks)), open: open}
	c.index()
	markQuotes(toks, c.quoted, open)
	return c
}

// index rebuilds the token-to-mention index.
func (c *sentCtx) index() {
	for i := range c.ment {
		c.ment[i] = -1
	}
	for i, m := range c.ms {
		for t := m.t0; t < m.t1 && t < len(c.ment); t++ {
			c.ment[t] = i
		}
	}
}

// addMention records a resolved pronoun or role as a mention of actor a
// covering tokens [t0, t1).
func (ss *docState) addMention(c *sentCtx, t0, t1, a int, via lexicon.Via) {
	span := text.Span{Start: c.toks[t0].Span.Start, End: c.toks[t1-1].Span.End}
	m := mention{sent: c.si, t0: t0, t1: t1, span: span, via: via, actorIndex: a}
	ss.added = append(ss.added, m)
	ms := make([]mention, 0, len(c.ms)+1)
	ms = append(ms, c.ms...)
	ms = append(ms, m)
	sortMentions(ms)
	c.ms = ms
	ss.bySent[c.si] = ms
	c.index()
}

// find returns the statements of one sentence, in order of their cues.
func (ss *docState) find(c *sentCtx) []candidate {
	var found, poss []candidate
	if s, ok := ss.colonStatement(c); ok {
		found = append(found, s)
	}
	if s, ok := ss.dashAttribution(c); ok {
		return append(found, s)
	}
	toks := c.toks
	for t := 0; t < len(toks); t++ {
		if c.quoted[t] {
			continue
		}
		// Cues are lower-case words outside names ("the United States"
		// does not state); only a sentence may open with "According to",
		// and a title-case headline capitalises them all.
		headline := ss.titleCase(c.si)
		if c.ment[t] >= 0 || (t > 0 && !text.IsLower(toks[t].Text) && !headline) {
			continue
		}
		idx, n, ok := ss.cl.cueTable.match(toks, t)
		if !ok {
			continue
		}
		// "U.S.-backed", "US-supported": part of a compound adjective.
		if t > 0 && toks[t-1].Text == "-" && toks[t-1].Span.End == toks[t].Span.Start {
			continue
		}
		// "Buitoni's claim that …": after a possessive, the noun reading.
		if pi, ok := ss.cl.possOf[strings.ToLower(toks[t].Text)]; ok && n == 1 && t > 0 && (text.IsPossessive(toks[t-1].Text) || ss.headlineNoun(c, t)) {
			idx = pi // and "Blair warning over …" opening a headline
		}
		cu := ss.cl.cues[idx]
		if v, sn, ok := ss.cl.stance.match(toks, t); ok && sn > n && !cu.lean && v*cu.pol < 0 {
			continue // "has backed away from": a longer phrase of the stance words, of the other sign, not the cue "backed"
		}
		if !ss.reportsHere(c, t, n, cu) || ss.noSpeech(c, t, n, cu) {
			continue
		}
		if cu.clause && !clauseAdjunct(toks, t) {
			continue // "apologised for criticising", "lawsuits brought against X alleging"
		}
		if cu.kind == cueExpress && t+n < len(toks) && toks[t+n].Text == "by" && !ss.stanceBefore(c, t, 3) {
			continue // "a puppet voiced by X": no view voiced ("concerns voiced by X" are)
		}
		word := strings.ToLower(toks[t].Text)
		if cu.kind == cueVerb && t > 0 && c.ment[t-1] < 0 && (isArticleWord(toks[t-1].Text) ||
			t > 1 && isAdverb(toks[t-1].Text) && c.ment[t-2] < 0 && isArticleWord(toks[t-2].Text)) {
			continue // "a forecast budget surplus", "the estimated shortage", "an alleged agreement", "a newly revealed call": a noun or an adjective
		}
		if nounLikeCue(toks, t) && cu.kind == cueVerb && !ss.nextToName(c, t) && !(positionVerbs[word] && afterModal(toks, t)) {
			continue // "will announce", "government support": before any speaker search, which notes mentions
		}
		if word == "show" && !dataBefore(toks, t) {
			continue // "the Channel 4 show", "will show off": only "figures show" reports
		}
		if participleCues[word] && (passiveBefore(toks, t) || participleAfter(toks, t+n)) {
			continue // "Brown is thought to have £2bn", "it is believed", "a missile, believed to be a coin": what others think
		}
		s := candidate{cueTok: t, cueLen: n, cue: cu.phrase, kind: cu.kind, speaker: -1}
		if copulas[word] {
			// reportsHere let it through only before an attitude.
			pol, _ := ss.attitudeAfter(c, t+n)
			s.pol, s.fixed = pol, pol != 0 // "Mr Howard was dismissive of the plan"
		}
		if cu.lean {
			s.lean = cu.pol
		} else if cu.pol != 0 {
			s.pol, s.fixed = cu.pol, true
			if ss.negatedCue(c, t) {
				s.pol = -s.pol
			}
		}
		if headline {
			if cu.kind != cueVerb || t == 0 || !headlineVerb(toks[t].Text) {
				continue
			}
			s.speaker, s.np = ss.headlineSubject(c, t)
		} else {
			s.speaker, s.np = ss.speakerFor(c, t, n, cu.kind, found)
		}
		if s.speaker >= 0 && findingVerbs[word] && !ss.documentSubject(c, s.np) {
			continue // "GM showed a loss", "Ames Finds Inventory Shortage"
		}
		if s.speaker >= 0 && nounLikeCue(toks, t) && cu.kind == cueVerb && !ss.verbOfName(c, t, s.np) && !(positionVerbs[word] && afterModal(toks, t)) {
			continue // "has full government support", "US support for Boeing": a noun
		}
		if s.speaker >= 0 && conjectureVerbs[word] && viewInOthersWords(c, s.np) {
			continue // "said he felt …", "asked whether he felt …": part of the report or question around it
		}
		if s.speaker >= 0 && (copulas[word] || conjectureVerbs[word]) && slices.ContainsFunc(c.ms, func(m mention) bool { return m.t1 == s.np[1] && ss.people(c, m) }) {
			continue // "West Germans were worried", "most Americans feel": the people, not their state
		}
		if s.speaker >= 0 && (intentCues[word] || copulas[word]) && (len(found) > 0 && !ss.afterOpeningClause(c, found, s) || !ss.opensClause(c, s.np)) {
			// "… told Reuters the association wanted an inquiry", "the
			// relative with whom Giuseppe planned to stay": a wish or plan
			// inside another's words, or in a clause about someone, is no
			// position of its own.
			continue
		}
		if s.speaker >= 0 && (cu.kind == cueState || copulas[word]) && s.np[0] > 0 && subjectPrepositions[strings.ToLower(c.toks[s.np[0]-1].Text)] {
			// "Fears of a trade war with Japan remain a nagging concern":
			// the name after a preposition is no subject of the state.
			continue
		}
		if s.speaker >= 0 && cu.kind == cueVerb && conditionalSubject(c, s, t) {
			continue // "if Trump agrees to Beijing's demands", "unless Iran rejects it": a hypothesis, no position
		}
		if s.speaker >= 0 && ss.onlyReports(c, t, s.np, s.speaker, cu) {
			// "…, Reuters reported": the agency is a source, not a speaker.
			t += n - 1
			continue
		}
		if s.speaker < 0 {
			if cu.kind == cueVerb && (ss.namedBefore(c, t) || ss.unknownPersonBefore(c, t)) {
				ss.unnamed[c.si] = true
			}
			if cu.kind == cueVerb {
				ss.unresolved[c.si] = true
				if j := ss.skipBack(c, t-1); j >= 0 && !pluralLike(c.toks[j].Text) {
					ss.unresolvedOne[c.si] = true
				}
			}
			continue
		}
		if cu.kind == cuePoss {
			// "X's announcement that …" speaks only in a sentence that
			// reports no one else: in "Brown rejected the Lib Dems'
			// call to …" the call is what Brown's statement is about.
			poss = append(poss, s)
			t += n - 1
			continue
		}
		others := ss.otherConjuncts(c, s.np)
		if len(others) == 0 {
			others = ss.groupOthers(c, s)
		}
		others = append(others, ss.alongWith(c, s, others)...)
		if a := ss.conjunctBeforeAppositive(c, s); a >= 0 && !slices.Contains(others, a) {
			others = append(others, a)
			s.np[0] = 0 // the whole coordination is the speaker phrase: no part of it a target
		}
		// "Israel traded accusations with Hamas": the one it quarrels
		// with speaks as well.
		if len(others) == 0 && quarrelCue(s.cue) && t+n+1 < len(c.toks) && c.toks[t+n].Text == "with" {
			if mi := c.ment[t+n+1]; mi >= 0 && c.ms[mi].actorIndex != s.speaker {
				others = []int{c.ms[mi].actorIndex}
			}
		}
		if len(others) > 0 {
			ss.group = groupSpoke{sent: c.si, speakers: append([]int{s.speaker}, others...)}
		}
		// "A and B accused each other": each is the other's target. So
		// are the two parties of an agreement ("Greece and Turkey agreed
		// to resume talks"); when three or more agree ("the seven
		// leaders agreed to …"), they state one position together, about
		// what they agreed, not about each other.
		if len(others) > 0 && (ss.reciprocal(c, t, t+n) || quarrelCue(s.cue)) || len(others) == 1 && agreementCue(s.cue) {
			s.mutual = append([]int{s.speaker}, others...)
		}
		isS := func(f candidate) bool { return f.speaker == s.speaker && f.cueTok == s.cueTok }
		had := slices.ContainsFunc(found, isS)
		found = ss.merge(c, found, s)
		// "Macron and Starmer said", "the French and German governments
		// announced": every part of a coordination speaks, with the same
		// words (also when s took the place of a source's report).
		if i := slices.IndexFunc(found, isS); i >= 0 && !had {
			for _, p := range others {
				if slices.ContainsFunc(found, func(f candidate) bool { return f.speaker == p }) {
					continue
				}
				o := found[i]
				o.speaker = p
				found = append(found, o)
			}
		}
		t += n - 1
	}
	if len(found) == 0 {
		for _, s := range poss {
			found = ss.merge(c, found, s)
		}
	}
	return found
}

// relativeClauseAround reports whether token t stands in a relative
// clause set off by commas (", who …," or ", which …,") that closes
// before token end and opens right after the speaker phrase ending at
// token np (a ticker or an abbreviation in brackets may stand between:
// "Mark IV Industries Inc <IV>, which …"); not a clause about something
// else that the speaker's own words fill (", which NEC alleges …").
func relativeClauseAround(toks []text.Token, np, t, end int) bool {
	open := false
	for j := t - 1; j > 0; j-- {
		w := toks[j].Text
		if w == "," || w == ";" || w == ":" {
			return false
		}
		if (w == "who" || w == "which") && toks[j-1].Text == "," {
			open = j-1 >= np && j-1-np <= 3
			break
		}
	}
	if !open {
		return false
	}
	for k := t + 1; k < end && k < len(toks); k++ {
		switch toks[k].Text {
		case ",":
			return true
		case ";", ":", ".":
			return false
		}
	}
	return false
}

// leadHeadline returns the statement of the title-case headline h that
// states nothing by its own words (a position without a verb of saying:
// "Japan Has No Plans To Cut Discount Rate", "Ec Official Faults U.S.
// Trade Bill"; a speaker the headline describes but does not name,
// "Congressman Says …") when the wire's lead c, which states the same,
// is a statement f: the headline sums up the lead, and is f's speaker's
// position in the headline's words. The two must share a name or a
// content word ("Akzo Planning Us Investments" over "Akzo NV plans to
// increase its U.S. investments"), or none is returned.
func (ss *docState) leadHeadline(h int, c *sentCtx, f candidate) []Statement {
	hc := ss.sentenceAgain(h, false)
	toks := hc.toks
	j, ok := ss.positionWord(hc)
	if !ok {
		return nil // "Security Pacific Buys Orbanco", "Profits Fall Sharply": news of a deed, no position
	}
	if !sharesWords(toks, c.toks) && !slices.ContainsFunc(hc.ms, func(m mention) bool {
		return slices.ContainsFunc(c.ms, func(n mention) bool { return n.actorIndex == m.actorIndex })
	}) {
		return nil
	}
	// The actor whose name opens the headline right before that word is
	// its subject, and speaks, whoever speaks in the lead: "Japan Has No
	// Plans To Cut Discount Rate" over "Bank of Japan sources said",
	// "Middle South To Form New Dividend Policy" over its chairman's
	// words; the first of a coordination ("Nigeria, France To
	// Reschedule Debt"). Not a name inside the subject ("Bank Of France
	// Sees", "Gulf Canada <GOC> Asserts"), a role ("EC Official Faults
	// ..."), nor a headline that says who says it ("Zambia To Retain
	// Auction, Says Kaunda"): there the lead's speaker stays.
	speaker := f.speaker
	if m := nameBefore(hc, j); m >= 0 && !saysInHeadline(toks) {
		for m > 0 && hc.ms[m-1].t1 == hc.ms[m].t0-1 {
			if w := strings.ToLower(toks[hc.ms[m].t0-1].Text); w != "," && w != "and" && w != "&" {
				break
			}
			m--
		}
		if hc.ms[m].t0 == 0 && (hc.ms[m].via == "" || hc.ms[m].via == lexicon.ViaName || hc.ms[m].via == lexicon.ViaDemonym) {
			speaker = hc.ms[m].actorIndex
		}
	}
	g := candidate{speaker: speaker, cue: f.cue, kind: cueVerb, np: ss.nameRun(hc, speaker)}
	// The headline's own verb of saying or stance ("Warns", "Defends")
	// is its cue.
	for j := range toks {
		if idx, n, ok := ss.cl.cueTable.match(toks, j); ok && hc.ment[j] < 0 {
			cu := ss.cl.cues[idx]
			g.cueTok, g.cueLen, g.cue = j, n, cu.phrase
			if cu.lean {
				g.lean = cu.pol
			} else if cu.pol != 0 {
				g.pol, g.fixed = cu.pol, true
			}
			break
		}
	}
	return ss.emit(hc, []candidate{g}, nil)
}

// nameRun returns the first run of tokens of sentence c that are words of
// actor a's name ("Westmark Portugal" of Westmark Portugal SA), compared
// without case: the speaker phrase, whose names are no targets.
func (ss *docState) nameRun(c *sentCtx, a int) [2]int {
	words := strings.Fields(strings.ToLower(ss.actors[a].name))
	in := func(t text.Token) bool { return slices.Contains(words, strings.ToLower(t.Text)) }
	for k := range c.toks {
		if in(c.toks[k]) {
			e := k + 1
			for e < len(c.toks) && in(c.toks[e]) {
				e++
			}
			return [2]int{k, e}
		}
	}
	return [2]int{}
}

// positionWord returns the index of the word of headline c that gives a
// position outside its names, and whether there is one: a word of
// headlinese (headlinese), a cue of the word lists that headlineVerb lets
// speak ("Warns", "Urges", "Sees", "Says", not "Reports", "Announces",
// "Notes"), or a stance verb ("Defends", "Backs"). Words that only tell
// of a deed ("Sells", "Buys", "Wins") make no headline a statement.
func (ss *docState) positionWord(c *sentCtx) (int, bool) {
	if j, ok := ss.headlinese(c); ok {
		return j, true
	}
	for j, t := range c.toks {
		if c.ment[j] >= 0 || !headlineVerb(t.Text) {
			continue
		}
		if copulas[strings.ToLower(t.Text)] {
			if _, ok := ss.attitudeAfter(c, j+1); !ok {
				continue // "Profit Is Up"
			}
		}
		if l := strings.ToLower(t.Text); (l == "unveils" || l == "unveil") && !ss.positionObject(c, j+1) {
			continue // "Unveils New Computers": a product, no position
		}
		if idx, _, ok := ss.cl.cueTable.match(c.toks, j); ok && ss.cl.cues[idx].kind == cueVerb && !nounLikeCues[strings.ToLower(t.Text)] {
			return j, true
		}
		if _, n, ok := ss.cl.stance.match(c.toks, j); ok && n == 1 && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") {
			return j, true
		}
	}
	return -1, false
}

// headlinese returns the index of the word with which title-case
// headline c says, in the grammar of headlines, what a named actor means
// to do or how it stands, and whether there is one: after a name (past a
// ticker in angle brackets, "Middle South <MSU>"), "To" and a word for
// the future ("Middle South To Form New Dividend Policy"), "Will",
// "Won't" or "Will Not" ("Cyclops Will Not Give Data To Group"), "Has No
// Plans" ("Japan Has No Plans To Cut Discount Rate"), a verb of intending
// ("Akzo Planning US Investments", "Seeks", "Wants"); or, after any word,
// an adjective of attitude with the copula left out and its complement
// after it ("Swiss Committed To Joint Intervention", "Bankers Satisfied
// With Accord"; not the noun "Firm" of "Investment Firm Raises Stake" or
// "Buys Georgia Firm"), or "Against" after a copula ("Hospital Group Is Against
// Mandatory Testing"). Headlines drop the copula and write the future
// with "to" (Quirk et al., A Comprehensive Grammar of the English
// Language, 1985, on block language).
func (ss *docState) headlinese(c *sentCtx) (int, bool) {
	toks := c.toks
	for j := 1; j < len(toks); j++ {
		if c.ment[j] >= 0 || c.quoted[j] {
			continue
		}
		l := strings.ToLower(toks[j].Text)
		if _, ok := ss.attitudeAfter(c, j); ok && !copulas[l] && j+1 < len(toks) && headlineComplement(strings.ToLower(toks[j+1].Text)) {
			return j, true
		}
		if l == "against" && copulas[strings.ToLower(toks[j-1].Text)] {
			return j - 1, true
		}
		if nameBefore(c, j) < 0 || j+1 >= len(toks) {
			continue
		}
		next := strings.ToLower(toks[j+1].Text)
		switch l {
		case "to":
			if c.ment[j+1] < 0 && !text.IsPunct(toks[j+1].Text) && !functionWord(next) {
				return j, true
			}
		case "will", "won't":
			return j, true
		case "has", "have":
			if next == "no" && j+2 < len(toks) && strings.EqualFold(toks[j+2].Text, "plans") {
				return j, true
			}
		case "plans", "planning", "seeks", "seeking", "wants", "intends", "aims":
			if n, _, ok := ss.f.lex.TitleAt(ss.doc.Text, toks[j+1:]); l == "planning" && ok && n > 0 {
				continue // "Brazilian Planning Minister Resigns": a portfolio before a title
			}
			return j, true
		}
	}
	return -1, false
}

// saysInHeadline reports whether headline toks has a plain verb of
// saying ("Says", "Said", "Told"): it names its speaker itself.
func saysInHeadline(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool {
		switch strings.ToLower(t.Text) {
		case "says", "say", "said", "told", "tells":
			return true
		}
		return false
	})
}

// headlineComplement reports whether w may follow an adjective of
// attitude in a headline: a word of attitudeComplement, or "on" and "of"
// ("Optimistic On Debt Talks", "Critical Of Plan").
func headlineComplement(w string) bool {
	return attitudeComplement[w] || w == "on" || w == "of"
}

// nameBefore returns the index of the mention of headline c that ends
// right before token j, past a ticker in angle brackets of any number of
// tokens ("Cyclops <CYL> Will", "Icot <Icot.O> To Buy"), or -1.
func nameBefore(c *sentCtx, j int) int {
	k := j - 1
	if k >= 0 && c.toks[k].Text == ">" {
		for k > 0 && c.toks[k].Text != "<" {
			k--
		}
		k--
	}
	if k < 0 {
		return -1
	}
	return c.ment[k]
}

// sharesWords reports whether token lists a and b share a content word of
// three letters or more (a function word or a verb of saying does not
// count), compared without case.
func sharesWords(a, b []text.Token) bool {
	content := func(w string) (string, bool) {
		l := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(l)
		return l, len(l) >= 3 && unicode.IsLetter(r) && !functionWord(l) && !plainSaying(l)
	}
	words := map[string]bool{}
	for _, t := range a {
		if l, ok := content(t.Text); ok {
			words[l] = true
		}
	}
	for _, t := range b {
		if l, ok := content(t.Text); ok && words[l] {
			return true
		}
	}
	return false
}

// titleCase reports whether sentence si belongs to a title-case headline.
func (ss *docState) titleCase(si int) bool {
	return si < len(ss.doc.TitleCase) && ss.doc.TitleCase[si]
}

// sentenceCaseHeadline reports whether sentence si belongs to the
// document's headline and is not written in title case.
func (ss *docState) sentenceCaseHeadline(si int) bool {
	return si < len(ss.doc.Headline) && ss.doc.Headline[si] && !ss.titleCase(si)
}

// headlineCandidates keeps, of the statements found in a headline in
// sentence case, those that state a position in a headline's grammar: a
// reporting verb in the present ("Blair rejects Tory terror offer",
// "Kennedy calls for Iraq exit plans", "Tories unveil quango plans"),
// since a bare participle there is a passive whose subject is spoken to or
// about ("Holmes urged to compete at Worlds", "Labour accused of broken
// pledge", "Blair told to double aid"), and words of saying in other roles
// name no speaker ("Mourinho receives Robson warning"); and a name before
// a colon only when a quotation follows it ("Goldsmith: 'I was not leant
// on'", not "Arthur Hailey: King of the bestsellers"). A word of saying
// followed by a participle or by "off" is no verb of saying there.
func (ss *docState) headlineCandidates(c *sentCtx, found []candidate) []candidate {
	var out []candidate
	for _, f := range found {
		if f.cue == ":" {
			if f.cueTok+1 < len(c.toks) && slices.ContainsFunc(c.toks[f.cueTok+1:], func(t text.Token) bool { return text.IsOpenQuote(t.Text) }) {
				out = append(out, f)
			}
			continue
		}
		if f.kind == cuePoss && ss.headlineNoun(c, f.cueTok) {
			out = append(out, f) // "Galloway plea for hostage release"
			continue
		}
		if f.kind != cueVerb || f.cueTok == 0 || !headlineVerb(c.toks[f.cueTok].Text) {
			continue
		}
		if next := f.cueTok + f.cueLen; next < len(c.toks) {
			w := c.toks[next].Text
			// "Aaliyah claim dismissed by court", "Henman hopes ended": a
			// noun, the subject of a passive; "Martinez sees off Vinci
			// challenge": a rival beaten.
			if text.IsLower(w) && strings.HasSuffix(w, "ed") || w == "off" {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// headlinePreps are the prepositions after which a noun of saying that
// opens a headline states a position: "plea for", "warning over",
// "criticism of", "pledge on", "appeal against".
var headlinePreps = map[string]bool{"for": true, "on": true, "over": true, "of": true, "to": true, "against": true}

// headlineNoun reports whether the word at token t of a headline in
// sentence case is a noun of saying whose speaker opens the headline,
// named right before it, with a preposition after it: "Galloway plea for
// hostage release", "Blair warning over Iraq exit" (the headline's
// grammar for "X's plea for"); "Mourinho receives Robson warning" has
// no such name first.
func (ss *docState) headlineNoun(c *sentCtx, t int) bool {
	if !ss.sentenceCaseHeadline(c.si) || t < 1 || t+1 >= len(c.toks) || c.ment[t-1] < 0 ||
		!headlinePreps[strings.ToLower(c.toks[t+1].Text)] {
		return false
	}
	m := c.ms[c.ment[t-1]]
	for k := 0; k < m.t0; k++ {
		if !text.IsOpenQuote(c.toks[k].Text) {
			return false
		}
	}
	return true
}

// headlineSubject returns the speaker of the reporting verb at token t of
// a title-case headline, and the tokens that name it: the actor whose
// mention ends right before the verb ("Brazil Rejects Creditor Terms"),
// else the actor of the document that the words right before the verb
// name, compared without case, full stops and apostrophes and with a
// company's legal form left off ("Dunmore Mills <Dnm> Says ..." over
// "Dunmore Mills Inc said"; "Uk Hopes ..." over "the U.K."), which becomes
// a mention. The title case that capitalises every word leaves no other
// reading safe: no name after the verb, no pronoun, no subject further
// back; an official or a group described by a common noun ("Ec Official
// Faults ...") is not resolved.
func (ss *docState) headlineSubject(c *sentCtx, t int) (int, [2]int) {
	end := t
	if end >= 3 && c.toks[end-1].Text == ">" && c.toks[end-3].Text == "<" {
		end -= 3 // a stock code between the name and the verb: "Dunmore Mills <Dnm> Says"
	}
	// The whole subject, named in the story too: "Westmark Portugal Sees"
	// is no statement of Portugal's, "Treasury'S Wilson Backs" is
	// Wilson's.
	whole := func(k int) bool {
		if k >= 4 && c.toks[k-1].Text == ">" && c.toks[k-3].Text == "<" {
			// A stock code before the name ends another name, a
			// possessive ("Unilever'S <Un> Chesebrough Offers") or
			// the start of this one ("Amoco <An> Canada Says" is
			// Amoco Canada's).
			return text.IsPossessive(strings.ToLower(c.toks[k-4].Text)) // title case writes "'S"
		}
		prev := c.toks[max(k-1, 0)].Text
		return k == 0 || !text.IsNameStart(prev) || text.IsPossessive(strings.ToLower(prev))
	}
	for _, m := range c.ms {
		if m.t1 == end && whole(m.t0) {
			if !ss.namedInBody(m.actorIndex) {
				return -1, [2]int{}
			}
			return m.actorIndex, [2]int{m.t0, t}
		}
	}
	forms := ss.actorForms()
	for k := 0; k < end; k++ { // longest phrase first
		inside := func(m mention) bool { return m.t0 >= k && m.t1 <= end }
		if !whole(k) || slices.ContainsFunc(c.ms, func(m mention) bool { return m.t0 < end && m.t1 > k && !inside(m) }) {
			continue // part of the subject, or a name across its edge
		}
		a, ok := forms[formKey(c.toks[k:end])]
		if !ok || a < 0 || slices.ContainsFunc(c.ms, func(m mention) bool { return inside(m) && m.actorIndex != a }) {
			continue // no actor's form, or another actor's name inside ("Westmark Portugal")
		}
		if !slices.ContainsFunc(c.ms, inside) {
			ss.addMention(c, k, end, a, lexicon.ViaName)
		}
		return a, [2]int{k, t}
	}
	return -1, [2]int{}
}

// namedInBody reports whether actor a has a mention outside the
// title-case headline.
func (ss *docState) namedInBody(a int) bool {
	for si, ms := range ss.bySent {
		if ss.titleCase(si) {
			continue
		}
		for _, m := range ms {
			if m.actorIndex == a {
				return true
			}
		}
	}
	return false
}

// headlineVerb reports whether the cue word w, in a title-case headline,
// gives a position: a verb in the present tense, as headlines report
// ("Says", "Sees", "Urges", "Say"), not a participle, which is passive
// there ("Norvale Criticised For ...", "Pact Said Uncertain", "Harlow
// Recommended By Analysts"), and not one of the verbs that announce a
// company's results or decisions ("Harlow Corp Reports Lower First
// Quarter Net", "... Declares Quarterly Dividend", "... Wins Contract"),
// nor "Continues" and "Concludes", which say that something goes on or
// is done ("Output Continues To Fall", "Concludes Takeover Of …"), verbs
// of saying only next to a quotation.
func headlineVerb(w string) bool {
	l := strings.ToLower(w)
	if strings.HasSuffix(l, "ed") || l == "said" || l == "told" {
		return false
	}
	switch l {
	case "reports", "announces", "confirms", "declares", "discloses", "reveals", "notes", "adds", "wins", "loses", "continues", "continue", "concludes":
		return false
	}
	return true
}

// actorForms returns, once per document, the forms that name each actor
// in its mentions outside the headline, keyed by formKey, also with a
// trailing legal form left off; a form two actors share maps to -1.
func (ss *docState) actorForms() map[string]int {
	if ss.forms != nil {
		return ss.forms
	}
	ss.forms = map[string]int{}
	add := func(key string, a int) {
		if key == "" {
			return
		}
		if b, ok := ss.forms[key]; ok && b != a {
			ss.forms[key] = -1
			return
		}
		ss.forms[key] = a
	}
	addToks := func(toks []text.Token, a int) {
		add(formKey(toks), a)
		if n := len(toks); n > 1 && legalForms[strings.ToLower(strings.TrimSuffix(toks[n-1].Text, "."))] {
			add(formKey(toks[:n-1]), a)
		}
	}
	for si, ms := range ss.bySent {
		if ss.titleCase(si) {
			continue
		}
		for _, m := range ms {
			addToks(ss.doc.Tokens[si][m.t0:m.t1], m.actorIndex)
		}
	}
	return ss.forms
}

// legalForms are the company legal forms a headline leaves off a name
// ("Dunmore Mills" for "Dunmore Mills Inc").
var legalForms = map[string]bool{"co": true, "corp": true, "inc": true, "ltd": true, "plc": true, "llc": true,
	"ag": true, "sa": true, "nv": true, "spa": true, "cos": true, "company": true, "corporation": true,
	"incorporated": true, "limited": true, "group": true, "holdings": true}

// formKey returns the words of toks in lower case without full stops and
// apostrophes, joined by spaces: "Uk" and "U.K." give "uk".
func formKey(toks []text.Token) string {
	var b strings.Builder
	for _, t := range toks {
		w := strings.Map(func(r rune) rune {
			switch r {
			case '.', '\'', '’':
				return -1
			}
			return unicode.ToLower(r)
		}, t.Text)
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// intentCues are the cues of wanting, intending, asking, expecting and
// pointing out (cues.txt: FrameNet's Desiring, Purpose, Request,
// Expectation frames): a position only as the verb of a main clause.
var intentCues = map[string]bool{"hoping": true, "wants": true, "wanted": true, "want": true, "wishes": true,
	"wished": true, "wish": true, "intends": true, "intended": true, "intend": true, "plans": true, "planned": true,
	"plan": true, "aims": true, "requests": true, "requested": true, "request": true, "expects": true,
	"expected": true, "expect": true, "highlights": true, "highlighted": true, "highlight": true}

// opensClause reports whether the speaker phrase np opens the sentence or
// a clause: at the start, after punctuation or a conjunction that opens a
// clause ("and", "but", "while"), also after an article and the words that
// describe the name ("The statistics agency INSEE expects"), not after a
// verb ("The sources said Argentina is committed").
func (ss *docState) opensClause(c *sentCtx, np [2]int) bool {
	a := np[0]
	if np[1] <= a {
		return false
	}
	// "The statistics agency INSEE expects": words that describe the name
	// before it, after an article.
	if c.ment[a] >= 0 && c.ms[c.ment[a]].via == lexicon.ViaName {
		d := a
		for n := 0; n < 4 && d > 0 && c.ment[d-1] < 0 && text.IsLower(c.toks[d-1].Text) && !text.IsPunct(c.toks[d-1].Text) && !functionWord(c.toks[d-1].Text); n++ {
			if _, _, ok := ss.cl.cueTable.match(c.toks, d-1); ok {
				break // "The sources said Argentina is committed": a verb, no description
			}
			d--
		}
		if d < a && d > 0 && (strings.EqualFold(c.toks[d-1].Text, "the") || c.toks[d-1].Text == "a") {
			a = d - 1
		}
	}
	return a == 0 || text.IsPunct(c.toks[a-1].Text) || clauseOpeners[strings.ToLower(c.toks[a-1].Text)]
}

// subjectPrepositions are the prepositions whose object is no subject of
// the state or attitude a copula after it states ("fears of a war with
// Japan remain a concern").
var subjectPrepositions = map[string]bool{"with": true, "of": true, "on": true, "against": true, "about": true,
	"over": true, "between": true, "from": true, "for": true, "to": true, "into": true, "towards": true}

// copulas are the cues that state an attitude (attitudeAfter).
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "been": true}

// attitudeAfter returns the polarity of an adjective of attitude at token
// p, after adverbs and a negation, which flips it ("is not keen"):
// "Apple is particularly keen", "the Bank remains concerned about". An
// adjective that is also a passive participle takes its complement
// ("concerned about", "opposed to"): "as far as Britain is concerned" is
// no attitude.
func (ss *docState) attitudeAfter(c *sentCtx, p int) (int, bool) {
	neg := false
	for p < len(c.toks) && (isAdverb(c.toks[p].Text) || plainAdverbs[strings.ToLower(c.toks[p].Text)] || isNegation(c.toks[p].Text)) {
		neg = neg || isNegation(c.toks[p].Text)
		p++
	}
	if p >= len(c.toks) || c.quoted[p] {
		return 0, false
	}
	pol, n, ok := ss.cl.attitude.match(c.toks, p)
	if !ok {
		// "was a strong defender of": a noun of one who takes a side.
		if pol, ok = stanceAgentAfter(c, p); !ok {
			return 0, false
		}
	} else {
		switch strings.ToLower(c.toks[p].Text) {
		case "concerned", "opposed", "worried", "alarmed", "satisfied", "pleased", "disappointed", "delighted", "committed":
			if p+n >= len(c.toks) || !attitudeComplement[strings.ToLower(c.toks[p+n].Text)] {
				return 0, false
			}
		}
	}
	if neg {
		pol = -pol
	}
	return pol, true
}

// stanceAgentNouns are the nouns of those who take a side (the agent
// nouns of FrameNet's Taking_sides frame and their like), with the sign
// of the side: "a supporter of", "a critic of".
var stanceAgentNouns = map[string]int{"supporter": 1, "backer": 1, "advocate": 1, "champion": 1, "defender": 1,
	"proponent": 1, "admirer": 1, "critic": -1, "opponent": -1, "detractor": -1, "sceptic": -1, "skeptic": -1}

// maxAgentModifiers is the number of words that may stand between the
// article and the noun of stanceAgentAfter ("the most outspoken critic").
const maxAgentModifiers = 3

// stanceAgentAfter returns the sign of a noun of one who takes a side at
// token p after a copula, with what it is taken on: "was a strong
// defender of the agreement", "is the fiercest critic of", "are
// long-standing opponents of". An article may open the phrase and up to
// maxAgentModifiers lower-case words stand before the noun, which "of"
// must follow.
func stanceAgentAfter(c *sentCtx, p int) (int, bool) {
	if p < len(c.toks) && isArticleWord(c.toks[p].Text) {
		p++
	}
	for k := p; k < len(c.toks) && k <= p+maxAgentModifiers; k++ {
		w := strings.ToLower(c.toks[k].Text)
		if c.quoted[k] || c.ment[k] >= 0 || !text.IsLower(c.toks[k].Text) && !text.IsDash(w) {
			return 0, false
		}
		sign, ok := stanceAgentNouns[w]
		if !ok {
			sign, ok = stanceAgentNouns[strings.TrimSuffix(w, "s")]
		}
		if ok {
			if k+1 < len(c.toks) && strings.EqualFold(c.toks[k+1].Text, "of") {
				return sign, true
			}
			return 0, false
		}
		if functionWord(w) {
			return 0, false
		}
	}
	return 0, false
}

// attitudeComplement are the words after which an adjective that is also
// a participle states an attitude: "concerned about", "opposed to".
var attitudeComplement = map[string]bool{"about": true, "that": true, "at": true, "over": true, "by": true,
	"with": true, "to": true}

// isNegation reports whether w is "not", "n't" or "never".
func isNegation(w string) bool {
	l := strings.ToLower(w)
	return l == "not" || l == "n't" || l == "never"
}

// reportEndsOrThat reports whether a verb that may report speech, ending
// right before token p, ends its clause there or takes "that": the end
// of the sentence, punctuation (a comma, a colon, a quotation mark) or
// "that" ("…,” he added", "contested that …").
func reportEndsOrThat(c *sentCtx, p int) bool {
	return p >= len(c.toks) || c.toks[p].Text == "that" || text.IsPunct(c.toks[p].Text)
}

// objectHeadIn reports whether the object that starts at token p has its
// head noun in nouns: after at most four determiners, possessives,
// numbers and adjectives ("her seventh Grand Slam title", "the lives").
func objectHeadIn(c *sentCtx, p int, nouns map[string]bool) bool {
	for k := p; k < len(c.toks) && k < p+6; k++ {
		w := c.toks[k].Text
		if nouns[w] { // as written: "the European Championship race would be …" is a clause
			return true
		}
		if c.quoted[k] || text.IsPunct(w) && !text.IsPossessive(w) || clauseBreaks[strings.ToLower(w)] || addedParticles[strings.ToLower(w)] {
			return false
		}
	}
	return false
}

// wonNouns are the things one claims by winning or taking them.
var wonNouns = map[string]bool{"title": true, "titles": true, "victory": true, "win": true, "crown": true, "medal": true,
	"gold": true, "silver": true, "bronze": true, "prize": true, "trophy": true, "cup": true, "seat": true, "seats": true,
	"lives": true, "life": true, "place": true, "spot": true, "lead": true, "scalp": true, "points": true, "point": true,
	"record": true, "championship": true, "pole": true, "wicket": true, "wickets": true,
	"best": true, "award": true, "awards": true}

// disputedNouns are the things one contests or brushes aside as a
// position: what others said or decided.
var disputedNouns = map[string]bool{"claim": true, "claims": true, "decision": true, "ruling": true, "result": true,
	"results": true, "allegation": true, "allegations": true, "charge": true, "charges": true, "figures": true, "view": true,
	"findings": true, "report": true, "reports": true, "accusation": true, "accusations": true, "account": true,
	"version": true, "criticism": true, "criticisms": true, "concerns": true, "fears": true, "suggestion": true,
	"suggestions": true, "calls": true, "questions": true, "speculation": true, "doubts": true, "warnings": true,
	"complaints": true, "objections": true, "demands": true, "verdict": true}

// addedObject reports whether the word at p, right after "added", starts
// what was added rather than a clause: a number ("added five million
// customers" reads as a clause only with a verb, clauseAfter) or a
// particle of "added to", "added up", "added on".
func addedObject(c *sentCtx, p int) bool {
	w := c.toks[p].Text
	return w[0] >= '0' && w[0] <= '9' || addedParticles[strings.ToLower(w)]
}

// addedParticles are the words that make "added" a verb of adding.
var addedParticles = map[string]bool{"to": true, "up": true, "on": true, "in": true, "at": true, "for": true,
	"from": true, "by": true, "with": true}

// reportsHere rules out cue words used in another sense: "added" and
// "adds" report speech only before "that", a colon, a comma, a quote, the
// end of the clause or a clause of its own ("Orange added five million
// customers" does not); "charged" does not when it bills
// (chargedForMoney).
func (ss *docState) reportsHere(c *sentCtx, t, n int, cu cue) bool {
	p := t + n
	if copulas[cu.phrase] {
		_, ok := ss.attitudeAfter(c, p)
		return ok
	}
	switch cu.phrase {
	case "added", "adds":
		// "“…,” he added in a statement": after a quotation.
		return clauseFollows(c, p) || quoteEndsBefore(c, t, 3) >= 0
	case "charged":
		// Billing and booking, not accusing: "charged clients for access",
		// "charged an additional 2.8 mln dlrs", "charged off", "charged
		// to the net", "prices charged by producers".
		return !chargedForMoney(c.toks, t, p)
	case "adding":
		// "adding that …", "adding: “…”", "adding the company will …",
		// "adding in a PS: “…”", "adding the market's stability had
		// warranted a cut" (a colon or a finite verb before the phrase
		// ends); not "adding to a growing list", "adding the conversion",
		// "adding 178 million new PCs", "the Fed is adding reserves".
		if t > 0 && finiteAux[c.toks[t-1].Text] {
			return false
		}
		if clauseFollows(c, p) {
			return true
		}
		for k := p; k < len(c.toks) && k < p+6; k++ {
			w := c.toks[k].Text
			if w == ":" || finiteAux[w] {
				return true
			}
			if c.quoted[k] || text.IsPunct(w) && !text.IsPossessive(w) {
				break
			}
		}
		return false
	case "feels", "feel", "felt":
		// A view in a clause of its own ("Mr Lakhani feels that the
		// market has risen", "he feels he can play on"); not a feeling
		// ("feels the frustration of", "feel compelled to", "the look
		// and feel of the game") nor what a writer guesses another may
		// feel ("Japan might now feel more pressure", "to feel").
		for k := t - 1; k >= 0 && k >= t-2; k-- {
			if w := strings.ToLower(c.toks[k].Text); finiteAux[w] || w == "to" {
				return false
			}
		}
		if p >= len(c.toks) || text.IsPunct(c.toks[p].Text) || c.toks[p].Text != "that" && clauseBreaks[strings.ToLower(c.toks[p].Text)] ||
			addedObject(c, p) || viewPreps[strings.ToLower(c.toks[p].Text)] {
			return false
		}
		return clauseFollows(c, p)
	case "hoped":
		// "had hoped to …": a wish the story says came to nothing, no
		// position taken.
		return t == 0 || !strings.EqualFold(c.toks[t-1].Text, "had")
	case "continued", "continues", "asked", "asks", "concluded", "concludes":
		// Verbs of saying only next to a quotation: "“…,” Mr Lukashov
		// continued.", "“…?” he asked.", "“…,” concluded the minister.",
		// "He continued: “…”"; not "the company continued to lose money",
		// "asked the court to", "concluded a deal".
		return nextToQuotation(c, t, p)
	case "went on":
		// "…, he went on.", "He went on: “…”", "he went on to warn
		// that"; not "went on to win the US Open", "went on strike",
		// "went on sale", "went on trial": what was done next, no words.
		if p < len(c.toks) {
			switch strings.ToLower(c.toks[p].Text) {
			case "to":
				if p+1 >= len(c.toks) {
					return false
				}
				_, _, ok := ss.cl.cueTable.match(c.toks, p+1)
				return ok
			case "strike", "sale", "trial", "holiday", "leave", "tour", "air":
				return false
			}
		}
		return true
	case "agreed", "agrees", "agree":
		return !agreedDeal(c, t)
	case "wrote", "writes", "write":
		// "wrote off 141 mln dlrs", "wrote down the carrying value of
		// its properties": an entry in the accounts, no words written.
		return p >= len(c.toks) || c.toks[p].Text != "off" && c.toks[p].Text != "down"
	case "claimed", "claims", "claim":
		// "claimed her seventh Grand Slam title", "claimed 200 lives": a
		// prize won or a toll taken, no claim made.
		return !objectHeadIn(c, p, wonNouns)
	case "contested":
		// "contested the ruling" disputes it; "contested the long
		// jump", "contested the election" took part in it.
		return reportEndsOrThat(c, p) || objectHeadIn(c, p, disputedNouns)
	case "brushed aside":
		// "brushed aside criticism"; not "brushed aside the Czech
		// qualifier", an opponent beaten.
		return objectHeadIn(c, p, disputedNouns)
	case "dismissed", "dismisses":
		// "dismissed his army chief" removes someone from office;
		// "dismissed Gordon Brown's Budget" rejects the Budget.
		for p < len(c.toks) && (ss.cl.np.has(c.toks[p].Text) || c.toks[p].Text == "the") {
			p++
		}
		b := ss.npFwd(c, p)
		if b > p && ss.namesPerson(c, p, b) && !possessorOnly(c, p, b) {
			return false
		}
		for k := p; k < b; k++ {
			if _, _, ok := ss.f.lex.TitleAt(ss.doc.Text, c.toks[k:b]); ok {
				return false
			}
		}
	}
	return true
}

// possessorOnly reports whether every person named in tokens [a, b) of
// sentence c is a possessor ("Gordon Brown's Budget"): the phrase names a
// thing of theirs, not them.
func possessorOnly(c *sentCtx, a, b int) bool {
	for _, m := range c.ms {
		if m.t0 >= a && m.t1 <= b && (m.t1 >= len(c.toks) || !text.IsPossessive(c.toks[m.t1].Text)) {
			return false
		}
	}
	return true
}

// viewInOthersWords reports whether the subject phrase np of a verb of a
// view held stands right after a verb of saying, with or without "that"
// ("X said he felt …", "said that the prime minister felt …": the view is
// part of what the report around it says, as "X said Y rejected …" is), or
// after a word that opens a question ("asked whether he felt", "did not
// say when he felt").
func viewInOthersWords(c *sentCtx, np [2]int) bool {
	k := np[0] - 1
	if k < 0 {
		return false
	}
	w := strings.ToLower(c.toks[k].Text)
	if w == "that" && k > 0 {
		w = strings.ToLower(c.toks[k-1].Text)
	}
	switch w {
	case "whether", "if", "when", "how", "what", "why", "where", "asked":
		return true
	}
	return plainSaying(w)
}

// viewPreps are the prepositions after a verb of a view that make it a
// verb of feeling about something ("how they feel about the plan"), not
// a view reported.
var viewPreps = map[string]bool{"about": true, "of": true, "over": true, "through": true}

// participleCues are the cues whose past form is also the participle of
// a passive that reports what unnamed others think ("is thought to",
// "was believed to be").
var participleCues = map[string]bool{"thought": true, "believed": true}

// passiveBefore reports whether a form of "be" stands before token t,
// past adverbs ("is widely thought", "was also believed").
func passiveBefore(toks []text.Token, t int) bool {
	k := t - 1
	for k >= 0 && (isAdverb(toks[k].Text) || passiveAdverbs[strings.ToLower(toks[k].Text)]) {
		k--
	}
	if k < 0 {
		return false
	}
	w := strings.ToLower(toks[k].Text)
	return isPassiveAux(w) || w == "'s"
}

// passiveAdverbs are short adverbs that stand between a form of "be" and
// a participle ("is also thought", "was still believed").
var passiveAdverbs = map[string]bool{"also": true, "still": true, "now": true, "not": true, "long": true, "once": true}

// participleAfter reports whether the words from token k make the cue
// before them a participle of what others think: "to" ("believed to be",
// "thought to have") or a word of likelihood ("thought likely", "thought
// due to").
func participleAfter(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k].Text) {
	case "to", "likely", "unlikely", "due":
		return true
	}
	return false
}

// conjectureVerbs are the verbs of a view held (Levin's conjecture verbs)
// that the word lists add to "believes" and "thinks", with the past forms
// of these two: a people that holds the view ("most Americans feel") is
// no state speaking, and a view inside another's report ("said he
// believed") is part of that report.
var conjectureVerbs = map[string]bool{"feels": true, "feel": true, "felt": true, "reckons": true, "reckon": true, "reckoned": true,
	"believed": true, "thought": true}

// finiteAux are the finite auxiliaries and forms of "be" and "have" that
// show a clause.
var finiteAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"can": true, "did": true, "does": true, "must": true}

// agreedDeal reports whether the word at token t, a form of "agree", is
// followed by "to" and a verb of buying, selling or lending ("agreed to
// buy Monfort", "agreed in principle to sell its unit"): a deal struck,
// no position stated, neither as a reporting verb nor as a stance word.
func agreedDeal(c *sentCtx, t int) bool {
	switch strings.ToLower(c.toks[t].Text) {
	case "agreed", "agrees", "agree":
	default:
		return false
	}
	k := t + 1
	if k+2 < len(c.toks) && c.toks[k].Text == "in" && c.toks[k+1].Text == "principle" {
		k += 2
	}
	return k+1 < len(c.toks) && c.toks[k].Text == "to" && dealVerbs[strings.ToLower(c.toks[k+1].Text)]
}

// dealVerbs are the verbs of buying, selling and lending after "agreed
// to" that make the agreement a deal rather than a position (FrameNet's
// Commerce_buy, Commerce_sell, Commerce_pay, Lending).
var dealVerbs = map[string]bool{"buy": true, "sell": true, "acquire": true, "purchase": true, "merge": true,
	"pay": true, "lease": true, "lend": true, "supply": true, "invest": true, "finance": true, "underwrite": true}

// nextToQuotation reports whether the verb at tokens [t, p) attributes a
// quotation: a colon and a quotation follow it, or a quotation ends
// within five tokens before it and the verb ends the clause or stands
// right after the quotation, before its subject.
func nextToQuotation(c *sentCtx, t, p int) bool {
	if p < len(c.toks) && c.toks[p].Text == ":" {
		return p+1 < len(c.toks) && (c.quoted[p+1] || text.IsOpenQuote(c.toks[p+1].Text))
	}
	k := quoteEndsBefore(c, t, 5)
	return k >= 0 && (p >= len(c.toks) || c.toks[p].Text == "." || c.toks[p].Text == "," || k >= t-2)
}

// quoteEndsBefore returns the nearest of the n tokens before token t that
// is quoted punctuation (a quotation ends there), or -1.
func quoteEndsBefore(c *sentCtx, t, n int) int {
	for k := t - 1; k >= 0 && k >= t-n; k-- {
		if c.quoted[k] && text.IsPunct(c.toks[k].Text) {
			return k
		}
	}
	return -1
}

// clauseFollows reports whether the words from token p, after a verb of
// saying such as "added", are a report: the end of the clause or "that"
// (reportEndsOrThat), a clause with a pronoun subject ("He added it was
// possible"), or a clause that is no object of the verb ("added no
// extraordinary conference was planned", not "added 300 workers").
func clauseFollows(c *sentCtx, p int) bool {
	if reportEndsOrThat(c, p) {
		return true
	}
	switch c.toks[p].Text {
	case "it", "he", "she", "they", "we", "there", "I":
		return true
	}
	return !addedObject(c, p) && clauseAfter(c, p)
}

// stanceBefore reports whether a stance word stands among the n tokens
// before token t of sentence c.
func (ss *docState) stanceBefore(c *sentCtx, t, n int) bool {
	for j := max(0, t-n); j < t; j++ {
		if _, _, ok := ss.cl.stance.match(c.toks, j); ok {
			return true
		}
	}
	return false
}

// chargedForMoney reports whether "charged" at token t (its words from
// token p) bills, books or moves rather than accuses. It accuses when
// "that" or "with" follows within its clause ("charged in a 1981
// complaint that …", "charged the commission with …"); it bills or books
// before a particle of booking or moving ("off", "to", "against"), a sum
// or a fee among its first words ("charged an additional 2.8 mln dlrs",
// "charged a fee"), "for" and a common noun after its object ("charged
// clients for access"), and after a noun with "by" ("prices charged by
// EC producers").
func chargedForMoney(toks []text.Token, t, p int) bool {
	if p >= len(toks) {
		return false
	}
	for k := p; k < len(toks) && k < p+10; k++ {
		w := toks[k].Text
		if w == "that" || w == "with" {
			return false
		}
		if text.IsPunct(w) && !text.IsPossessive(w) && w != "-" {
			break
		}
	}
	switch strings.ToLower(toks[p].Text) {
	case "off", "to", "against", "up", "into":
		return true
	case "by":
		if t > 0 {
			w := toks[t-1].Text
			return text.IsLower(w) && !finiteAux[w] && w != "been" && w != "be" && w != "being"
		}
		return false
	}
	for k := p; k < len(toks) && k < p+3; k++ {
		w := strings.ToLower(toks[k].Text)
		if k < p+2 && (w[0] >= '0' && w[0] <= '9' && len(w) != 4 || w == "$" || w == "£") || feeNouns[w] {
			return true
		}
		if k > p && w == "for" && k+1 < len(toks) && text.IsLower(toks[k+1].Text) {
			return true
		}
	}
	return false
}

// feeNouns are what one charges for a service.
var feeNouns = map[string]bool{"fee": true, "fees": true, "interest": true, "rent": true,
	"premium": true, "premiums": true, "price": true, "prices": true, "rates": true, "tariffs": true}

// merge adds s to the statements of the sentence: into the statement of
// the same speaker, in place of a media outlet's report of what s's
// speaker said, or as a new statement when its cue is a plain reporting
// verb of its own.
func (ss *docState) merge(c *sentCtx, found []candidate, s candidate) []candidate {
	for i := range found {
		f := &found[i]
		if f.speaker != s.speaker {
			continue
		}
		// "X, who criticised the plan last year, said the new one was
		// better": the relative clause about the speaker is background
		// (stanceSum skips it too); the main clause's verb is the cue.
		if s.cueTok > f.cueTok && !f.nested && !s.nested && len(f.mutual) == 0 && relativeClauseAround(c.toks, f.np[1], f.cueTok, s.cueTok) {
			f.cueTok, f.cueLen, f.cue, f.kind = s.cueTok, s.cueLen, s.cue, s.kind
			f.pol, f.fixed, f.lean = s.pol, s.fixed, s.lean
			f.ownWords = s.kind == cueState || s.kind == cueExpress
			return found
		}
		if !f.fixed && s.fixed {
			f.pol, f.fixed = s.pol, true
		}
		if f.lean == 0 {
			f.lean = s.lean
		}
		if f.kind == cueState || f.kind == cueWeak {
			f.kind, f.ownWords = s.kind, false
		}
		return found
	}
	if s.kind == cueState || s.kind == cueExpress {
		s.ownWords = true
	}
	if len(found) == 0 {
		s.scopeLo = 0
		return append(found, s)
	}
	last := &found[len(found)-1]
	// ", with X saying …": X's own statement, after which the words
	// before it are no longer the last speaker's.
	if s.kind == cueGerund && withClause(c.toks, s.np[0]) && !slices.ContainsFunc(found, func(f candidate) bool { return f.speaker == s.speaker }) {
		for i := range found {
			if f := &found[i]; f.scopeHi == 0 || f.scopeHi > s.np[0]-1 {
				f.scopeHi = s.np[0] - 1
			}
		}
		s.scopeLo = s.np[0]
		return append(found, s)
	}
	if s.kind == cueGerund || s.kind == cueState || s.kind == cueWeak || s.kind == cueExpress {
		return found
	}
	// A media outlet gives way to the one whose words it reports: "…,"
	// X said, Reuters reported", "Interfax reported that X criticised Y"
	// (a verb of saying of its own after the outlet's neutral cue); not
	// to another outlet ("MEES estimated output at 16.8 mln bpd, more
	// than Reuter estimates").
	if ss.isMedia(last.speaker) && !ss.isMedia(s.speaker) && (s.cue == "said" || s.cue == "says" || s.cue == "told" ||
		s.kind == cueVerb && !last.fixed && s.np[0] > last.cueTok) {
		s.scopeLo = last.scopeLo
		found[len(found)-1] = s
		return found
	}
	// A source that opens the sentence ("According to the Kremlin, Putin
	// praised …", "According to a White House readout, X urged Y …")
	// gives way to the main clause's speaker when its verb is one of
	// saying or of a position: the source reports what that speaker said.
	if last.kind == cueAccording && s.speaker >= 0 && last.speaker != s.speaker && onlyOpenersBefore(c.toks, last.cueTok) &&
		(s.kind == cueVerb || plainSaying(s.cue)) {
		if after, ok := mainSubjectAfterComma(c, last.cueTok, s); ok {
			s.scopeLo = after // the source is no target of what it reports
			found[len(found)-1] = s
			return found
		}
	}
	// A plan or wish that someone else reports gives way to the report:
	// "Household Mortgage had planned to offer …, according to Duncan
	// Young", "Acme wants to sell its unit, analysts said".
	if (intentCues[last.cue] || copulas[last.cue]) && last.speaker != s.speaker && (s.kind == cueAccording || plainSaying(s.cue)) {
		s.scopeLo = last.scopeLo
		found[len(found)-1] = s
		return found
	}
	// The main clause after an opening subordinate clause that has a cue
	// of its own ("At the same time as Nigeria announced its new plan,
	// Ghana announced …") is a statement of its own, and bounds the
	// clause's words; not so an attribution at the end ("After A
	// threatened …, B changed course, X said": all X's words) or in the
	// clause ("As MITI said on Saturday, Japan would …": MITI's words).
	if end := openingClauseEnd(c); ss.afterOpeningClause(c, found, s) && !asAttribution(c, *last, end) {
		for i := range found {
			if f := &found[i]; f.cueTok < end && (f.scopeHi == 0 || f.scopeHi > end-1) {
				f.scopeHi = end - 1
			}
		}
		s.scopeLo = s.np[0]
		return append(found, s)
	}
	// "Britain, backed by the Netherlands, opposed …": the aside's
	// agent backs the subject, and the subject's own verb after the aside
	// is a statement of its own, with the words after it.
	if j := s.np[1]; passiveAgent(c, *last) && last.speaker != s.speaker && s.cueTok > last.np[1] {
		if k := ss.skipBack(c, s.cueTok-1); k > 0 {
			if i := participleAsideStart(c, k); i >= 0 && i >= j && i < last.cueTok {
				if last.scopeHi == 0 || last.scopeHi > k {
					last.scopeHi = k
				}
				s.scopeLo = k + 1
				return append(found, s)
			}
		}
	}
	// Any verb of saying that closes the sentence after a comma and its
	// speaker is the attribution of all before it ("Afterward, A said he
	// had relayed the offer, B testified"); not an outlet's report, where
	// the outlet is a source.
	tag := ss.tailTag(c, s)
	switch {
	case tag, s.cue == "said", s.cue == "says", s.cue == "say", s.cue == "told", s.cue == "added":
		if ss.isMedia(s.speaker) && ss.attributionLast(c, s) && slices.ContainsFunc(found, func(f candidate) bool {
			return f.kind == cueVerb && (f.fixed || plainSaying(f.cue) && f.cue != "announced") && f.cueTok < s.np[0] && f.speaker != s.speaker && !ss.isMedia(f.speaker)
		}) {
			// "The Party has criticised the ministry …, Pravda said", "He
			// said …, Jiji said": the outlet reports the speaker's
			// position or words, as "…, Reuters reported" does (not a
			// deed it reports: "X has reported an oil find, the agency
			// said").
			return found
		}
		if ss.attributionLast(c, s) {
			// "A should set out a plan, B has said.": the words before
			// the attribution are B's; a weak or state cue among them
			// ("set out") is part of what B said, not a statement of A.
			found = slices.DeleteFunc(found, func(f candidate) bool { return f.kind == cueWeak || f.kind == cueState })
			s.scopeLo = 0
			return append(found, s)
		}
		s.scopeLo = min(s.cueTok, s.np[0])
		return append(found, s)
	}
	// An embedded clause of the other side ("…, a proposal Kyiv dismissed")
	// is not part of the statement's words, and is the other side's own
	// statement when it judges (judgedAfterComma); one of its own side
	// ("Lavrov stated that Moscow might reject …") is part of the words.
	if last.scopeHi == 0 && !ss.sameSide(last.speaker, s.speaker) {
		// The speakers of a coordination ("Britain and France have
		// pledged …, a move Moscow condemned") share the cue, and the
		// bound of their words.
		for i := range found {
			if f := &found[i]; f.cueTok == last.cueTok && f.scopeHi == 0 {
				f.scopeHi = min(s.cueTok, s.np[0])
			}
		}
		if s.kind == cueVerb && s.fixed && c.ment[s.np[0]] >= 0 && ss.judgedAfterComma(c, last.cueTok, min(s.cueTok, s.np[0])) {
			s.scopeLo = min(s.cueTok, s.np[0])
			// "A accused B of …, a charge B denied": B's denial is
			// against A, whom its words do not name.
			if denialCue(s.cue) && accusationCue(last.cue) && slices.ContainsFunc(c.ms, func(m mention) bool {
				return m.actorIndex == s.speaker && m.t0 > last.cueTok && m.t0 < s.np[0]
			}) {
				s.mutual = []int{s.speaker, last.speaker}
			}
			return append(found, s)
		}
		if ss.nestedReport(c, *last, s) {
			s.scopeLo, s.nested = s.np[0], true
			return append(found, s)
		}
	}
	// Two passives with agents of their own joined by "but" or "and"
	// ("The move was welcomed by Kyiv but condemned by Moscow"): each
	// agent's verb is its statement, and the first one's words end before
	// the second verb.
	if passiveAgent(c, s) && passiveAgent(c, *last) && last.cueTok < s.cueTok && s.fixed && last.speaker != s.speaker {
		if j := s.cueTok - 1; j > last.np[1]-1 && (strings.EqualFold(c.toks[j].Text, "but") || strings.EqualFold(c.toks[j].Text, "and")) {
			if last.scopeHi == 0 || last.scopeHi > j {
				last.scopeHi = j
			}
			s.scopeLo = s.cueTok
			return append(found, s)
		}
	}
	// A clause joined by ", while", ", but", ", whereas" or ";" is a
	// statement of its own ("the Senate proposes 119 billion, while the
	// House calls for 57 billion").
	if s.np[0] <= s.cueTok && joinsClause(c.toks, s.np[0]) {
		s.scopeLo = s.np[0]
		return append(found, s)
	}
	return found
}

// judgedAfterComma reports whether the tokens between a statement's cue at
// token from and another speaker's phrase or cue at token to hold a comma
// followed by "which" or by "a" or "an" that opens a noun phrase about
// what was said or done: "…, a move Moscow condemned", "…, a move hailed
// by Trump", "…, which was criticised by Russia". Such a clause is the
// judgment of the other speaker on the first statement's matter, a
// statement of its own when a name, not a description, gives its speaker
// (merge checks that); a clause that reports what someone else did ("X
// said that Y rejected …") is not.
func (ss *docState) judgedAfterComma(c *sentCtx, from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if c.toks[k].Text != "," {
			continue
		}
		switch strings.ToLower(c.toks[k+1].Text) {
		case "which", "a", "an":
			return true
		}
	}
	return false
}

// mainSubjectAfterComma reports whether the speaker phrase of s ends in
// the clause after the comma that closes the phrase opening at token
// from ("According to the Kremlin, Putin praised …"), as the subject
// of s's cue: up to three lower-case words (auxiliaries, adverbs)
// between the phrase and the cue (not "the actions proposed by X", whose
// cue comes first). It also returns the token after the comma.
func mainSubjectAfterComma(c *sentCtx, from int, s candidate) (int, bool) {
	k := from
	for k < len(c.toks) && c.toks[k].Text != "," {
		k++
	}
	if k >= s.np[1] || s.np[1] > s.cueTok || s.cueTok-s.np[1] > 3 {
		return 0, false
	}
	for _, t := range c.toks[s.np[1]:s.cueTok] {
		if !text.IsLower(t.Text) {
			return 0, false
		}
	}
	return k + 1, true
}

// alongWith returns the actors that ", along with X," or ", together
// with X," adds to the subject of s between its speaker phrase and its
// cue ("France, along with Germany, criticised the plan"; "Mr Straw,
// along with the rest of the Cabinet, will back …"): they speak too.
// Actors already in have are left out.
func (ss *docState) alongWith(c *sentCtx, s candidate, have []int) []int {
	var out []int
	if s.np[0] >= s.cueTok || s.np[1] > s.cueTok {
		return nil
	}
	for j := s.np[0]; j+2 < s.cueTok; j++ {
		w := strings.ToLower(c.toks[j].Text)
		if (w != "along" && w != "together") || c.toks[j+1].Text != "with" || j == 0 || c.toks[j-1].Text != "," {
			continue
		}
		for k := j + 2; k < s.cueTok && c.toks[k].Text != ","; k++ {
			if mi := c.ment[k]; mi >= 0 {
				a := c.ms[mi].actorIndex
				if a != s.speaker && !slices.Contains(have, a) && !slices.Contains(out, a) {
					out = append(out, a)
				}
				k = c.ms[mi].t1 - 1
			}
		}
	}
	return out
}

// conjunctBeforeAppositive returns the actor that opens the sentence as
// the first part of a coordinated subject whose parts each carry an
// appositive, when s's speaker phrase is the second part ("Kurt Volker,
// the former special envoy, and Tim Morrison, a former official,
// testified"): the first part speaks too. The first part is a name of the
// speaker's kind at the sentence's start, its appositive opens with an
// article or a lower-case word and holds no verb of saying, and ", and"
// follows it right before the speaker phrase. Else -1.
func (ss *docState) conjunctBeforeAppositive(c *sentCtx, s candidate) int {
	j := s.np[0] - 1
	if j < 4 || s.np[0] >= s.cueTok || c.toks[j].Text != "and" || c.toks[j-1].Text != "," {
		return -1
	}
	mi := c.ment[0]
	if mi < 0 || c.ms[mi].t0 != 0 {
		return -1
	}
	first := c.ms[mi]
	a := first.actorIndex
	if a == s.speaker || ss.actors[a].kind != ss.actors[s.speaker].kind || ss.actors[a].kind == lexicon.KindState {
		return -1
	}
	open := first.t1
	if open >= j-1 || c.toks[open].Text != "," {
		return -1
	}
	w := c.toks[open+1].Text
	if !isArticleWord(w) && !text.IsLower(w) {
		return -1
	}
	for k := open + 1; k < j-1; k++ {
		if c.toks[k].Text == "," || c.quoted[k] || isClauseBreak(c.toks[k].Text) {
			return -1
		}
		if _, _, ok := ss.cl.cueTable.match(c.toks, k); ok && text.IsLower(c.toks[k].Text) {
			return -1
		}
	}
	return a
}

// passiveAgent reports whether the speaker of f is the agent of its
// cue, after "by" ("welcomed by Kyiv").
func passiveAgent(c *sentCtx, f candidate) bool {
	return f.np[0] > f.cueTok && f.np[0] >= 1 && c.toks[f.np[0]-1].Text == "by"
}

// positionVerbs are the verbs of a position that, after "will" or
// "would", state it ("Germany will support the proposal"); "will
// announce", "will defend her title" state none yet.
var positionVerbs = map[string]bool{"support": true, "oppose": true, "back": true, "favour": true, "favor": true,
	"reject": true}

// afterModal reports whether token t follows "will", "would" or "shall"
// (an adverb may stand between): a verb then, not a noun ("Germany will
// support the proposal", "France would oppose it").
func afterModal(toks []text.Token, t int) bool {
	k := t - 1
	if k > 0 && isAdverb(toks[k].Text) {
		k--
	}
	if k < 0 {
		return false
	}
	switch strings.ToLower(toks[k].Text) {
	case "will", "would", "shall", "'ll":
		return true
	}
	return false
}

// conditionalSubject reports whether the speaker phrase of s is the
// subject of a conditional clause with the cue at token t as its verb:
// "if", "unless" or "whether" right before the phrase, which comes before
// the cue with at most two words between ("if US President Donald Trump
// agrees", "unless Iran rejects").
func conditionalSubject(c *sentCtx, s candidate, t int) bool {
	if s.np[0] < 1 || s.np[1] > t || t-s.np[1] > 2 {
		return false
	}
	switch strings.ToLower(c.toks[s.np[0]-1].Text) {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// withClause reports whether the speaker phrase starting at token k is
// the subject of an absolute clause: after a comma and "with" (",
// with its spokesman saying …").
func withClause(toks []text.Token, k int) bool {
	return k >= 2 && strings.EqualFold(toks[k-1].Text, "with") && toks[k-2].Text == ","
}

// joinsClause reports whether the speaker phrase starting at token k
// opens a clause of its own: after a semicolon, or after "while",
// "whereas" or "but" after a comma.
func joinsClause(toks []text.Token, k int) bool {
	if k >= 1 && toks[k-1].Text == ";" {
		return true
	}
	if k < 2 || toks[k-2].Text != "," {
		return false
	}
	switch strings.ToLower(toks[k-1].Text) {
	case "while", "whereas", "but":
		return true
	}
	return false
}

// openingSubordinators open a subordinate clause that may start a
// sentence before its main clause.
var openingSubordinators = map[string]bool{"as": true, "while": true, "when": true, "after": true, "before": true,
	"although": true, "though": true, "since": true, "because": true, "if": true, "unless": true, "until": true,
	"once": true, "whereas": true}

// openingClauseEnd returns, for a sentence that opens with a subordinate
// clause ("As …,", "While …,", "At the same time as …,"), the token after
// the comma that ends it, or 0.
func openingClauseEnd(c *sentCtx) int {
	toks := c.toks
	p := 0
	for p < len(toks) && text.IsOpenQuote(toks[p].Text) {
		p++
	}
	switch {
	case p < len(toks) && openingSubordinators[strings.ToLower(toks[p].Text)]:
	case p+4 < len(toks) && strings.EqualFold(toks[p].Text, "at") && toks[p+1].Text == "the" && toks[p+2].Text == "same" &&
		toks[p+3].Text == "time" && toks[p+4].Text == "as":
	default:
		return 0
	}
	for j := p + 1; j < len(toks); j++ {
		if c.quoted[j] {
			return 0
		}
		if toks[j].Text == "," {
			return j + 1
		}
	}
	return 0
}

// afterOpeningClause reports whether statement s is the main clause
// after an opening subordinate clause that holds the statements found
// ("While A announced …, B urged …"): not part of their words.
func (ss *docState) afterOpeningClause(c *sentCtx, found []candidate, s candidate) bool {
	end := openingClauseEnd(c)
	return end > 0 && s.np[0] >= end && s.np[0] <= s.cueTok && !(plainSaying(s.cue) && ss.attributionLast(c, s)) &&
		!ss.attributedAfter(c, s.cueTok+s.cueLen) && !slices.ContainsFunc(found, func(f candidate) bool { return f.cueTok >= end })
}

// attributedAfter reports whether the sentence ends, after token p, with
// an attribution ("…, the Conservatives said."): what comes before it
// is the attributed speaker's words, not statements of their own.
func (ss *docState) attributedAfter(c *sentCtx, p int) bool {
	toks := c.toks
	for j := p; j < len(toks); j++ {
		if toks[j].Text != "," || c.quoted[j] {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+7; k++ {
			if plainSaying(strings.ToLower(toks[k].Text)) && c.ment[k] < 0 && ss.endsClause(c, k+1) {
				return true
			}
		}
	}
	return false
}

// asAttribution reports whether the opening clause that ends before
// token end is "As X said," with at most a time after the verb ("As MITI
// said on Saturday,"): an attribution of the main clause to f's speaker,
// not an event beside it ("As Mr Brown announced the Budget date, …").
func asAttribution(c *sentCtx, f candidate, end int) bool {
	if !strings.EqualFold(c.toks[0].Text, "as") || !plainSaying(f.cue) {
		return false
	}
	for j := f.cueTok + f.cueLen; j < end-1; j++ {
		w := c.toks[j].Text
		if !timeWords[strings.ToLower(w)] && text.IsLower(w) {
			return false
		}
	}
	return true
}

// timeWords may follow a verb of saying in "As X said on Saturday,".
var timeWords = map[string]bool{"on": true, "in": true, "at": true, "last": true, "this": true, "earlier": true,
	"yesterday": true, "today": true, "week": true, "month": true, "year": true, "recently": true,
	"previously": true, "before": true, "again": true, "repeatedly": true, "often": true}

// tailTag reports whether statement s is an attribution at the end of its
// sentence (attributionLast) by a verb of saying in the past tense or a
// plain one ("…, B testified.", "…, Moody's noted."), its speaker phrase
// before the verb and not a news outlet's, and not "reported" (a source's
// report: "…, the Financial Times reported").
func (ss *docState) tailTag(c *sentCtx, s candidate) bool {
	if s.kind != cueVerb || s.np[0] >= s.cueTok || ss.isMedia(s.speaker) || !ss.attributionLast(c, s) {
		return false
	}
	switch s.cue {
	case "reported", "reports", "report":
		return false
	}
	return strings.HasSuffix(s.cue, "ed") || plainSaying(s.cue) && !strings.HasSuffix(s.cue, "s")
}

// attributionLast reports whether the cue of s closes its sentence after a
// comma and the speaker ("…, X has said." or "…, X said in London."), so
// that everything before the comma is the speaker's words.
func (ss *docState) attributionLast(c *sentCtx, s candidate) bool {
	return s.np[0] > 0 && s.np[0] <= s.cueTok && c.toks[s.np[0]-1].Text == "," &&
		ss.endsClause(c, s.cueTok+s.cueLen)
}

// isMedia reports whether actor a is a news organisation.
func (ss *docState) isMedia(a int) bool {
	if a < 0 || ss.actors[a].kind != lexicon.KindOrg {
		return false
	}
	if ss.actors[a].outlet {
		return true
	}
	e, ok := ss.f.lex.Org(ss.actors[a].name)
	return ok && e.Category == "media"
}

// colonStatement finds "X: …" at the start of a sentence (a headline or a
// quote introduced by its speaker) and "X's position …: …".
func (ss *docState) colonStatement(c *sentCtx) (candidate, bool) {
	toks := c.toks
	p := 0
	for p < len(toks) && text.IsOpenQuote(toks[p].Text) {
		p++
	}
	// A country's name before a colon heads a news item ("Ukraine: three
	// killed"); a person, an organisation or a seat of government speaks.
	if b := ss.npFwd(c, p); b > p && b < len(toks) && toks[b].Text == ":" {
		seat := ss.viaSeat(c, p, b) // "Kremlin: talks were useful": a seat of government speaks
		a := ss.headOf(c, p, b)
		caption := p > 0 && toks[p-1].Text == "(" // "(Graphic: Global assets in 2019 - here)"
		spoken := a >= 0 && !caption && (seat || ss.actors[a].kind == lexicon.KindPerson && !topicAfterColon(c, b+1) ||
			ss.actors[a].kind == lexicon.KindOrg && spokenAfterColon(c, b+1))
		if spoken {
			return candidate{speaker: a, np: [2]int{p, b}, cueTok: b, cueLen: 1, cue: ":", kind: cueVerb}, true
		}
	}
	for t := 1; t+1 < len(toks) && t < 12; t++ {
		switch toks[t].Text {
		case "position", "stance", "view", "line":
		default:
			continue
		}
		if !text.IsPossessive(toks[t-1].Text) || t < 2 || c.ment[t-2] < 0 {
			continue
		}
		for k := t + 1; k < len(toks) && k <= t+6; k++ {
			if toks[k].Text == ":" {
				m := c.ms[c.ment[t-2]]
				return candidate{speaker: m.actorIndex, np: [2]int{m.t0, t}, cueTok: t, cueLen: 1,
					cue: toks[t].Text, kind: cueVerb}, true
			}
		}
	}
	return candidate{}, false
}

// dashAttribution finds the wire's attribution at the end of a title-case
// headline: the claim, a spaced dash, and the name of whoever made it
// ("Sugar Imports To Fall - Usda", "Rates Unlikely To Rise Much -
// Halvor"), as in "…, Usda Says". The words after the dash must name one
// actor of the story and nothing else (a person, a state or an
// organisation, not a news outlet, which only reports: "- Jiji"); a
// description ("- Traders", "- Deputy", "- Sources"), a heading before
// the dash ("Economic Spotlight - Japan Pushes Its Chipmakers",
// "Economic Spotlight - Bolivia": fewer than three words) make none. The claim is everything before the dash; whatever reporting verb
// it holds is part of what the named actor said ("G-6 Wants … -
// Nakasone"), so the attribution is the headline's only statement.
func (ss *docState) dashAttribution(c *sentCtx) (candidate, bool) {
	toks := c.toks
	if !ss.titleCase(c.si) || len(toks) < 4 {
		return candidate{}, false
	}
	d := -1
	for k := len(toks) - 2; k >= 3; k-- { // three words of a claim at least: not "Economic Spotlight - Bolivia"
		if spacedDash(c, k) {
			d = k
			break
		}
	}
	if d < 0 {
		return candidate{}, false
	}
	end := len(toks)
	if toks[end-1].Text == "." {
		end--
	}
	if end <= d+1 {
		return candidate{}, false
	}
	a := -1
	for _, m := range c.ms {
		switch {
		case m.t0 == d+1 && m.t1 == end:
			a = m.actorIndex
		case m.t0 > d && m.t1 <= end:
			return candidate{}, false // a name among other words
		}
	}
	if a < 0 {
		if f, ok := ss.actorForms()[formKey(toks[d+1:end])]; ok && f >= 0 {
			a = f
			ss.addMention(c, d+1, end, a, lexicon.ViaName)
		}
	}
	if a < 0 || ss.isMedia(a) || ss.actors[a].kind == lexicon.KindUnknown || !ss.namedInBody(a) {
		return candidate{}, false
	}
	return candidate{speaker: a, np: [2]int{d + 1, end}, cueTok: d, cueLen: 1, cue: toks[d].Text, kind: cueVerb, scopeHi: d}, true
}

// spokenAfterColon reports whether the words from token p on, after an
// organisation's "X:", are its words: a quotation stands among them
// ("Ofcom: 'no breach'") or a first-person pronoun ("Nato: We will
// respond"). Otherwise the name before the colon is a work's ("Star Trek:
// Enterprise began"), a side's line-up ("Everton: Martyn, Hibbert, …") or
// a caption's ("(Graphic: Global assets in 2019)").
func spokenAfterColon(c *sentCtx, p int) bool {
	for k := p; k < len(c.toks); k++ {
		w := c.toks[k].Text
		if c.quoted[k] || isQuotationMark(w) {
			return true
		}
		// An opening single quotation mark: a space before it, none after
		// ("row 'silly fuss'", not "Readers' Film").
		if (w == "'" || w == "\u2018") && k+1 < len(c.toks) && c.toks[k+1].Span.Start == c.toks[k].Span.End &&
			(k == 0 || c.toks[k-1].Span.End < c.toks[k].Span.Start) {
			return true
		}
		switch strings.ToLower(w) {
		case "i", "we", "my", "our", "me", "us", "i'm", "we're", "i've", "we've", "i'll", "we'll":
			return true
		}
	}
	return false
}

// topicAfterColon reports whether the words from token p on, after a
// person's "X:", are a story about the person rather than the person's
// words: a name opens them, after "The" at most, and a word in lower case
// that is no preposition or conjunction follows it, a clause with a
// subject of its own ("Julian Assange: Sweden drops rape investigation",
// "Bridget Jones: The Edge of Reason was named film of the year"); or
// they list names ("Smith: Jones, Brown, Green"). "Peskov: no progress in
// the talks" is the person's words.
func topicAfterColon(c *sentCtx, p int) bool {
	if p < len(c.toks) && strings.EqualFold(c.toks[p].Text, "the") {
		p++
	}
	if p >= len(c.toks) || c.ment[p] < 0 {
		return false
	}
	e := c.ms[c.ment[p]].t1
	if e < len(c.toks) && c.toks[e].Text == "," {
		return true // a list of names
	}
	if e >= len(c.toks) {
		return false
	}
	w := c.toks[e].Text
	return text.IsLower(w) && !text.IsPunct(w) && !functionWord(w)
}

// quoteAfter attributes a sentence that opens a new quotation, in the same
// paragraph right after a sentence with a speaker, to that speaker:
// `Ms Hewitt said: "…" "We are going to extend the pay …"`.
//
// Only a new quotation counts: the sentences that carry on a quotation
// already attributed add no statement of their own (a report cites the
// sentence that names the speaker), and their "he said" resolves to that
// speaker (pronouns.go).
func (ss *docState) quoteAfter(c *sentCtx) (candidate, bool) {
	if c.si == 0 || ss.last.sent != c.si-1 || ss.last.speaker < 0 || len(c.toks) < 3 {
		return candidate{}, false
	}
	if ss.doc.Sentences[c.si].Paragraph != ss.doc.Sentences[c.si-1].Paragraph {
		return candidate{}, false
	}
	if w := c.toks[0].Text; w != "\u201c" && w != "\"" {
		return candidate{}, false
	}
	return candidate{speaker: ss.last.speaker, np: [2]int{0, 0}, cueTok: 0, cueLen: 1, cue: "quote", kind: cueVerb}, true
}

// quotePart is a sentence of a quotation that runs on into the next
// sentence with no speaker yet: si, and whether the quotation was already
// open at its start; fold holds the statement quoteAfter gave it, to fold
// into its speaker's (foldParts) unless the quotation is attributed.
type quotePart struct {
	si   int
	open bool
	fold []candidate
}

// foldParts folds the parts of a quotation that no sentence attributed
// and that quoteAfter gave to the speaker before them into that speaker's
// statement, as foldQuote does for a quotation of one sentence.
func (ss *docState) foldParts(parts []quotePart, out []Statement) []Statement {
	for _, p := range parts {
		if p.fold != nil {
			out = ss.foldQuote(ss.sentenceAgain(p.si, p.open), p.fold, out)
		}
	}
	return out
}

// attributionGap is how many words may stand between the end of a
// quotation and the cue that attributes it (`…,” CNN meteorologist Chad
// Myers said`).
const attributionGap = 8

// quoteAttribution returns the statement of sentence c that attributes
// the quotation its first words carry on from the sentences parts (`“It
// is sleet. It is ugly out there,” X said`): c is the sentence right after
// the last part, in the same paragraph, opens inside the quotation, and
// closes it; the first cue after the close, within attributionGap words,
// is a verb of saying of a named or resolved speaker (not a noun of
// saying, a report inside another's words, or a reciprocal statement).
func (ss *docState) quoteAttribution(c *sentCtx, found []candidate, parts []quotePart) (candidate, bool) {
	if len(parts) == 0 || len(found) == 0 || parts[len(parts)-1].si != c.si-1 || !c.open || !c.quoted[0] {
		return candidate{}, false
	}
	para := ss.doc.Sentences[c.si].Paragraph
	if ss.doc.Sentences[parts[0].si].Paragraph != para {
		return candidate{}, false
	}
	end := slices.Index(c.quoted, false)
	if end < 0 {
		return candidate{}, false
	}
	for _, f := range found {
		if f.cueTok < end {
			continue
		}
		if f.cueTok-end > attributionGap || f.kind != cueVerb || f.nested || f.speaker < 0 || len(f.mutual) > 0 {
			return candidate{}, false
		}
		if slices.Contains(c.quoted[end:f.cueTok], true) {
			return candidate{}, false // another quotation opens before the cue
		}
		return f, true
	}
	return candidate{}, false
}

// attributeQuote gives the speaker of attribution f a statement in the
// sentence that opened the quotation f attributes (the first of parts):
// journalists close a quotation of several sentences with one "X said",
// and a report cites its opening sentence as well as the one that names
// the speaker. The sentences between add no statement of their own, as
// the sentences that carry on a quotation after its speaker do not
// (quoteAfter).
func (ss *docState) attributeQuote(f candidate, parts []quotePart, out []Statement) []Statement {
	p := parts[0]
	if p.open {
		return out // the quotation opened before the sentences kept
	}
	c := ss.sentenceAgain(p.si, p.open)
	q := candidate{speaker: f.speaker, cueTok: 0, cueLen: 1, cue: "quote", kind: cueVerb}
	return ss.emit(c, []candidate{q}, out)
}

// foldQuote adds what a new quotation right after its speaker's sentence
// says to that speaker's statement instead of giving a statement of its
// own: a report cites the sentence that names the speaker, and the
// quotation only goes on with it (`X said: "…" "…"`). A target of the
// quotation joins the statement when the speaker's stance towards it has
// the statement's sign (a neutral or opposite reading would make the
// statement say what the speaker did not).
func (ss *docState) foldQuote(c *sentCtx, found []candidate, out []Statement) []Statement {
	more := ss.emit(c, found, nil)
	for _, m := range more {
		k := len(out) - 1
		for k >= 0 && out[k].Speaker != m.Speaker {
			k--
		}
		if k < 0 || out[k].Polarity == 0 {
			continue
		}
		a := &out[k]
		for _, st := range m.Stances {
			if st.Polarity != a.Polarity || slices.Contains(a.Targets, st.Target) {
				continue
			}
			a.Targets = append(a.Targets, st.Target)
			a.Stances = append(a.Stances, st)
		}
	}
	return out
}

// viaSeat reports whether tokens [a, b) name a state through its seat of
// government ("Kremlin", "White House").
func (ss *docState) viaSeat(c *sentCtx, a, b int) bool {
	for _, m := range c.ms {
		if m.t0 >= a && m.t1 <= b && m.via == lexicon.ViaSeat {
			return true
		}
	}
	return false
}

// salient returns the person sentence c is about: the first person who
// speaks in it, else its grammatical subject if that is a person.
func (ss *docState) salient(c *sentCtx, found []candidate) int {
	for _, s := range found {
		if ss.actors[s.speaker].kind == lexicon.KindPerson {
			return s.speaker
		}
	}
	// A sentence that carries on a quotation is about its speaker, not
	// about someone it names ("“Brown did well. …”").
	if ss.quoting >= 0 && len(c.toks) > 0 && c.quoted[0] {
		if ss.actors[ss.quoting].kind == lexicon.KindPerson {
			return ss.quoting
		}
		return -1
	}
	if a, np := ss.sentenceSubject(c); a >= 0 && ss.actors[a].kind == lexicon.KindPerson && !c.quoted[np[0]] {
		return a
	}
	return -1
}

// followQuote keeps track of the quotation the text is in: a sentence with
// a statement and quoted words starts one; a sentence without a statement
// that opens with a quotation mark or inside a quotation carries it on
// (over paragraphs too: news style opens every paragraph of a long
// quotation with a quotation mark); any other sentence ends it.
func (ss *docState) followQuote(c *sentCtx, found []candidate) {
	switch {
	case len(found) > 0 && slices.Contains(c.quoted, true):
		ss.quoting = found[len(found)-1].speaker
	case len(found) == 0 && len(c.toks) > 0 && c.quoted[0]:
	default:
		ss.quoting = -1
	}
}

// mentionsPeace reports whether any token is "peace", "ceasefire" or
// "truce", in any case.
func mentionsPeace(tokens [][]text.Token) bool {
	for _, toks := range tokens {
		for _, t := range toks {
			// EqualFold matches only words of these lengths: five bytes,
			// nine, or ten with the long s ("ſ") that folds to "s".
			switch len(t.Text) {
			case 5:
				if strings.EqualFold(t.Text, "peace") || strings.EqualFold(t.Text, "truce") {
					return true
				}
			case 9, 10:
				if strings.EqualFold(t.Text, "ceasefire") {
					return true
				}
			}
		}
	}
	return false
}

// reciprocal reports whether "each other" or "one another" follows token
// p (after at most one adverb), or "the other" when "each" stands right
// before the cue at token t ("Israel and Hamas each accused the other"):
// the coordinated speakers address each other.
func (ss *docState) reciprocal(c *sentCtx, t, p int) bool {
	if p < len(c.toks) && isAdverb(c.toks[p].Text) {
		p++
	}
	if p+1 >= len(c.toks) {
		return false
	}
	a, b := strings.ToLower(c.toks[p].Text), strings.ToLower(c.toks[p+1].Text)
	return (a == "each" && b == "other") || (a == "one" && b == "another") ||
		a == "the" && b == "other" && t > 0 && strings.EqualFold(c.toks[t-1].Text, "each")
}

// denialCue reports whether cue denies or rejects what was said of the
// speaker.
func denialCue(cue string) bool {
	switch cue {
	case "denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes", "dismissed", "dismisses", "refuted", "refutes":
		return true
	}
	return false
}

// accusationCue reports whether cue accuses or blames its object.
func accusationCue(cue string) bool {
	switch cue {
	case "accused", "accuses", "accuse", "blamed", "blames", "blame", "charged", "alleged", "alleges":
		return true
	}
	return false
}

// quarrelCue reports whether cue is a reciprocal quarrel ("traded
// accusations", "exchanged barbs"): a coordinated subject's parts
// address each other, as with "accused each other".
func quarrelCue(cue string) bool {
	verb, _, _ := strings.Cut(cue, " ")
	switch verb {
	case "traded", "exchanged", "trading":
		return true
	}
	return false
}

// agreementCue reports whether cue is a verb of agreement, which is
// reciprocal when its subject is coordinated: "Greece and Turkey agreed
// to resume talks" is each one's agreement with the other.
func agreementCue(cue string) bool {
	switch cue {
	case "agreed", "agree", "agrees":
		return true
	}
	return false
}

// bodyThatSpoke returns what "the spokesman" or "the statement" after
// sentence c refers to once state or organisation a spoke in it: a, if c
// names it or a spoke just before (a spokesman introduced earlier), and
// no one if a only stands for an unnamed "a spokesman" (the state the
// article is about is a guess, not an antecedent).
func (ss *docState) bodyThatSpoke(c *sentCtx, a int) lastSpeaker {
	if a == ss.bodySpoke.speaker {
		return lastSpeaker{sent: c.si, speaker: a}
	}
	for _, m := range c.ms {
		if m.actorIndex == a {
			return lastSpeaker{sent: c.si, speaker: a}
		}
	}
	return lastSpeaker{sent: c.si, speaker: -1}
}

// nestedReport reports whether candidate s, found after the statement
// last, is a report inside last's words of what an actor of the other
// side said or did as a position ("Kennedy said Germany had warned that
// …", "Qwest said that MCI had rejected …"): a statement of its own, which
// the outer speaker attests. The nested clause opens right after last's
// cue, after "that" or a conjunction (not after the comma that ends an
// opening clause); the speaker is named there by its name (not a
// pronoun, not the possessor of someone else: "said Brando's assistant
// suggested"); its verb follows the phrase directly or after a perfect
// auxiliary or an adverb of time, in the past ("claims" after a name is
// more often a noun: "amid Tory claims the ads were …"; "Ukraine must
// surrender …, renounce …" lists demands). Not a report the outer
// speaker denies ("denied Phillips made the remark"), nor one of
// tagOnlyCues, nor the tag of the whole sentence ("…, Moody's noted."),
// nor an outlet's report ("…, Agence France Presse reported": a source,
// see merge).
func (ss *docState) nestedReport(c *sentCtx, last, s candidate) bool {
	if s.kind != cueVerb || last.kind != cueVerb || s.speaker < 0 || s.speaker == last.speaker || denialCue(last.cue) || ss.isMedia(s.speaker) {
		return false
	}
	if s.np[0] <= last.cueTok || s.np[1] > s.cueTok || c.quoted[s.np[0]] || !nestedOpener(c, last, s.np[0]) {
		return false
	}
	if end := openingClauseEnd(c); last.cueTok < end && end <= s.np[0] {
		return false // the main clause after an opening one ("After A unveiled …, B backed …")
	}
	cue := strings.ToLower(c.toks[s.cueTok].Text)
	if s.cueLen > 1 || !strings.HasSuffix(cue, "ed") && !irregularPast[cue] || tagOnlyCues[cue] {
		return false
	}
	if tagAtEnd(c.toks, s.cueTok+max(s.cueLen, 1)) {
		return false // "…, Moody's noted.": the tag of the whole sentence
	}
	named := false
	for j := s.np[0]; j < s.np[1]; j++ {
		if m := c.ment[j]; m >= 0 && c.ms[m].actorIndex == s.speaker && (c.ms[m].via == lexicon.ViaName || c.ms[m].via == lexicon.ViaSeat) {
			if e := c.ms[m].t1; e < len(c.toks) && (c.toks[e].Text == "'s" || c.toks[e].Text == "\u2019s") {
				return false
			}
			named = true
		}
	}
	if !named {
		return false
	}
	for _, t := range c.toks[s.np[1]:s.cueTok] {
		if !nestedBetween[strings.ToLower(t.Text)] {
			return false
		}
	}
	return true
}

// tagAtEnd reports whether only punctuation and time adverbs follow
// token p to the end of the sentence.
func tagAtEnd(toks []text.Token, p int) bool {
	for p < len(toks) {
		if n := timeAdverb(toks, p); n > 0 {
			p += n
			continue
		}
		if !text.IsPunct(toks[p].Text) {
			return false
		}
		p++
	}
	return true
}

// onlyNested reports whether actor a speaks in found only in reports
// inside other speakers' words.
func onlyNested(found []candidate, a int) bool {
	n := false
	for _, f := range found {
		if f.speaker == a {
			if !f.nested {
				return false
			}
			n = true
		}
	}
	return n
}

// nestedOpener reports whether the phrase at token p opens a clause inside
// last's words: right after last's cue, or after "that" or a
// conjunction.
func nestedOpener(c *sentCtx, last candidate, p int) bool {
	if p == last.cueTok+max(last.cueLen, 1) {
		return true
	}
	switch strings.ToLower(c.toks[p-1].Text) {
	case "that", "and", "but", "after", "when", "while", "although", "though", "because", "since", "before":
		return true
	}
	return false
}

// nestedBetween holds the words that may stand between a nested report's
// speaker and its verb: perfect auxiliaries and adverbs of time or manner.
var nestedBetween = map[string]bool{
	"had": true, "has": true, "have": true, "also": true, "already": true, "earlier": true,
	"previously": true, "recently": true, "repeatedly": true, "publicly": true, "formally": true,
	"officially": true, "now": true, "just": true, "since": true, "then": true, "later": true,
}

// irregularPast holds the past forms of irregular verbs of saying.
var irregularPast = map[string]bool{
	"said": true, "told": true, "spoke": true, "wrote": true, "swore": true, "forbade": true,
}

// tagOnlyCues are verbs that report only as a tag after the words ("…,
// he added") or, after a name inside other words, mean something else
// ("Iraq continued to be in breach", "the people Ericsson questioned").
var tagOnlyCues = map[string]bool{"added": true, "continued": true, "concluded": true, "questioned": true}
