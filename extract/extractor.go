package extract

import (
	"errors"
	"iter"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/date"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/extract/statement"
	"github.com/actorgraph/actorgraph/extract/text"
)

// ErrNoText is returned by Extract for a document without any text.
var ErrNoText = errors.New("extract: document has no text")

// Options configures an Extractor.
type Options struct {
	// Pronouns resolves "he"/"she" to the person the previous sentences
	// were about and role descriptions ("the Kremlin spokesman") to the
	// person the article named with that role, and counts them as
	// mentions. On by default through DefaultOptions.
	Pronouns bool
	// MaxSentenceBytes bounds a sentence: longer "sentences" (lists of
	// lines without punctuation, tables) are split into pieces of at most
	// this size (text.SplitLong), which keeps the run time linear without
	// leaving text out; 0 means 4096.
	MaxSentenceBytes int
	// Sentiment is the target-dependent polarity model that weighs the
	// stance of each statement towards each of its targets and gives the
	// confidences (polarity.Default() for the embedded one); nil leaves
	// polarity to the word lists alone.
	Sentiment *polarity.Model
}

// DefaultOptions are the options of `actorgraph build` and `extract`.
func DefaultOptions() Options { return Options{Pronouns: true, MaxSentenceBytes: 4096} }

// Extractor finds actors, places and statements in documents. It is
// immutable and safe for concurrent use by several goroutines.
type Extractor struct {
	lex        *lexicon.Lexicon
	model      *ner.Model
	opts       Options
	statements *statement.Finder
	bufs       sync.Pool // *docBuffers
}

// docBuffers are the large per-document slices of Extract that no
// Extraction keeps, reused from one document to the next.
type docBuffers struct {
	tokens   []text.Token   // every token of the document
	sents    [][]text.Token // tokens per sentence
	words    []string       // token texts, for the tagger
	wsents   [][]string     // words per sentence
	tagged   []ner.Entity   // the tagger's entities of a sentence
	ents     []ner.Entity   // those kept
	mentions []mention      // docState.mentions
}

// New returns an Extractor that uses the gazetteers of lex and the entity
// tagger model.
func New(lex *lexicon.Lexicon, model *ner.Model, opts Options) *Extractor {
	if opts.MaxSentenceBytes <= 0 {
		opts.MaxSentenceBytes = 4096
	}
	return &Extractor{lex: lex, model: model, opts: opts,
		statements: statement.New(lex, statement.Options{Pronouns: opts.Pronouns, Sentiment: opts.Sentiment})}
}

// statements finds the stated positions of the document and adds the
// mentions the statement finder resolved (pronouns, roles, officials).
func (st *docState) statements(actors []*resolvedActor) []Statement {
	d := &statement.Doc{Text: st.text, Sentences: st.sentences, Tokens: st.tokens, Skipped: st.skipped,
		Actors: make([]statement.Actor, len(actors)), Mentions: make([]statement.Mention, 0, len(st.mentions)),
		TitleCase: st.titleCase, Headline: st.headlineSents}
	kinds := st.contextKinds(actors)
	for i, a := range actors {
		aff, _ := topKey(a.affil)
		d.Actors[i] = statement.Actor{Name: a.name, Kind: kinds[i], Affiliation: aff, Outlet: a.outlet}
	}
	for _, m := range st.mentions {
		if m.actorIndex >= 0 && !m.place {
			d.Mentions = append(d.Mentions, statement.Mention{Actor: m.actorIndex, Sentence: m.sent, T0: m.t0, T1: m.t1, Span: m.span, Via: m.via})
		}
	}
	stmts, added := st.e.statements.Find(d)
	if len(added) > 0 {
		st.mentions = slices.Grow(st.mentions, len(added))
		for _, m := range added {
			a := actors[m.Actor]
			st.mentions = append(st.mentions, mention{sent: m.Sentence, t0: m.T0, t1: m.T1, span: m.Span,
				surface: st.text[m.Span.Start:m.Span.End], name: a.name, kind: a.kind, via: m.Via, actorIndex: m.Actor})
		}
		st.sortMentions()
	}
	return stmts
}

// contextKinds returns the types of actors for the statement finder: a
// one-word name the tagger read as a person's (no given name, not in the
// gazetteer) whose contexts in the document mark an organisation more
// often than a person ("MCorp said it plans …") is an organisation, which
// "It said" and "the company said" take up again. settle applies the
// document's votes to the extraction afterwards; names of two or more
// words keep the tagger's reading here, where a stray organisation cue
// would cost a person the "he said" after it; and so does a word of
// another organisation's name (partOfOrg).
func (st *docState) contextKinds(actors []*resolvedActor) []Kind {
	kinds := make([]Kind, len(actors))
	var cand []bool // the names that may change, allocated at the first
	for i, a := range actors {
		kinds[i] = a.kind
		if !a.known && a.kind == KindPerson && !strings.ContainsRune(a.name, ' ') && !st.e.lex.IsGivenName(a.name) {
			if cand == nil {
				cand = make([]bool, len(actors))
			}
			cand[i] = true
		}
	}
	// A name of two words or more after a person's "of" ("Thomas Bradley
	// of Richardson Greenshields of Canada Ltd said") may change too: it
	// is his firm's, not a second person who speaks.
	for i := range st.mentions {
		m := &st.mentions[i]
		if a := m.actorIndex; a >= 0 && !actors[a].known && actors[a].kind == KindPerson && m.via == ViaName && st.afterPersonsOf(m) {
			if cand == nil {
				cand = make([]bool, len(actors))
			}
			cand[a] = true
		}
	}
	if cand == nil {
		return kinds
	}
	votes := make([]cue.Votes, len(actors))
	table := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.actorIndex < 0 || !cand[m.actorIndex] || m.place || m.via != ViaName {
			continue
		}
		votes[m.actorIndex].Add(st.mentionVotes(table, m))
	}
	for i := range actors {
		if cand[i] && votes[i].Org+votes[i].NonPerson > votes[i].Person && !partOfOrg(actors, i) {
			kinds[i] = KindOrg
		}
	}
	return kinds
}

// partOfOrg reports whether the one-word name of actors[i] is a word of
// another organisation's name in the document ("Montagu" beside "Samuel
// Montagu and Co Ltd"): a short form the resolution left apart, which
// "the company said" must not take from the full name.
func partOfOrg(actors []*resolvedActor, i int) bool {
	for j, a := range actors {
		if j != i && a.kind == KindOrg && slices.Contains(strings.Fields(a.name), actors[i].name) {
			return true
		}
	}
	return false
}

// headlineSentences marks the sentences of the document's headline, the
// title at the start of the analysed text (nil when the text does not open
// with its title or is nothing else): the statement finder reads a
// headline in its own grammar (see statement.Doc.Headline). A headline
// sums up a position the body reports again, and both count: the
// headline states it in a verb of its own ("Minister attacks plan" over
// "The minister said the plan …").
func headlineSentences(sents []text.Sentence, analysed, title string) []bool {
	t := strings.TrimSpace(title)
	if t == "" || !strings.HasPrefix(analysed, t) || len(analysed) == len(t) {
		return nil
	}
	var out []bool
	for si, s := range sents {
		if s.Start >= len(t) {
			break
		}
		if out == nil {
			out = make([]bool, len(sents))
		}
		out[si] = true
	}
	return out
}

// titleCaseHeadline marks the sentences of the document's title that are
// a title-case headline (isHeadline); nil when there is none.
func (st *docState) titleCaseHeadline() []bool {
	var out []bool
	for si, s := range st.sentences {
		if s.Start >= st.titleEnd {
			break
		}
		if len(st.tokens[si]) > 0 && isHeadline(st.tokens[si]) {
			if out == nil {
				out = make([]bool, len(st.sentences))
			}
			out[si] = true
		}
	}
	return out
}

// Lexicon returns the lexicon the extractor uses.
func (e *Extractor) Lexicon() *lexicon.Lexicon { return e.lex }

// Model returns the entity tagger the extractor uses.
func (e *Extractor) Model() *ner.Model { return e.model }

// mention is a candidate mention inside one sentence, before actors are
// resolved.
type mention struct {
	sent       int // sentence index
	t0, t1     int // token range [t0,t1) within the sentence's tokens
	span       Span
	surface    string
	name       string // canonical name (gazetteer) or cleaned surface form
	kind       Kind
	place      bool
	via        MentionVia
	affil      string
	known      bool // from the gazetteer
	titled     bool // preceded by a title or honorific ("President", "Mr.")
	outlet     bool // a station of an outlet the gazetteer knows ("BBC Radio 4"): an outlet too
	actorIndex int  // index into the document's actors, -1 before resolution

	hint   string // the gazetteer person a bare surname was not given (checkGazetteer)
	joined bool   // made whole across a hyphen (joinHyphens)
}

// docState holds the per-document working data of Extract.
type docState struct {
	e             *Extractor
	text          string
	sentences     []Sentence
	skipped       []bool         // sentence is boilerplate or too long
	tokens        [][]text.Token // tokens per sentence
	mentions      []mention
	bufs          *docBuffers     // reused slices; nil gives new ones
	boiler        map[string]bool // IsBoilerplate of entity surfaces
	day           time.Time       // the document's date; zero when undated
	titleEnd      int             // bytes of the text that are the document's title (0: none)
	titleCase     []bool          // the title's sentences in title case (titleCaseHeadline); nil: none
	headlineSents []bool          // the title's sentences (headlineSentences); nil: no title at the start
	stateCores    map[string]bool // company names that open with a state, without their legal form (stateCompanyCores)
	stateNamed    map[string]bool // two-word names of a state and a name word the document repeats (stateNamedNames)
	demonymCores  [][]string      // company names that open with a demonym, without their legal form (demonymCompanyCores)
	bracketed     map[string]bool // names the wire put in a company's angle brackets (bracketedNames)
	homonyms      map[string]bool // place and state names -> whether the document is set in the place's country (setIn)
}

// Extract finds the actors, places and statements of one document. It is a
// pure function of the document and the extractor's data.
func (e *Extractor) Extract(d Document) (*Extraction, error) {
	analysed := d.AnalysedText()
	x := &Extraction{Doc: d.ID, Title: d.Title, Date: d.Date, URL: d.URL, Document: d, Text: analysed,
		Actors: []Actor{}, Places: []Place{}, Statements: []Statement{}}
	x.Document.Text = ""
	if strings.TrimSpace(d.Text) == "" {
		return x, ErrNoText
	}
	bufs, _ := e.bufs.Get().(*docBuffers)
	if bufs == nil {
		bufs = new(docBuffers)
	}
	st := &docState{e: e, text: analysed, bufs: bufs, mentions: bufs.mentions[:0]}
	if t := strings.TrimSpace(d.Title); t != "" && strings.HasPrefix(analysed, t) {
		st.titleEnd = len(t)
	}
	if d.Date != "" {
		if stamp, err := date.Parse(d.Date); err == nil {
			st.day = stamp.Time
		}
	}
	defer func() {
		bufs.mentions = st.mentions[:0]
		e.bufs.Put(bufs)
	}()
	st.segment()
	st.headlineLine()
	st.recognise()
	st.bracketedNames()
	st.orgHeadsAfter()
	st.knownCompanyTails()
	st.bracketedPlaceNames()
	st.demonymOrgNames()
	st.headlineAndNames()
	st.joinCompaniesOfTwo()
	st.joinRomanceOrgs()
	st.joinDefinitions()
	st.dropRatings()
	st.dropCurrencies()
	st.trimSpans()
	st.joinAndCo()
	st.joinLegalForm()
	st.joinCompanyHalves()
	st.joinPartnerNames()
	st.joinPartnerLists()
	st.possessiveNames()
	st.possessiveInstitutions()
	st.courtNames()
	st.dropPortfolioParties()
	st.placesInLists()
	st.compassRegions()
	st.dropHeadlineWords()
	st.dropQuotedHeadlineNames()
	st.dropSentenceStartWords()
	st.dropNumberedNouns()
	st.dropDayNumbers()
	st.dropHolidays()
	st.trimSentenceStartWords()
	st.trimOrgStartWords()
	st.commonWordsOpeningNames()
	st.generalCompanies()
	st.repeatedShortNames()
	st.reportingSurnames()
	st.completeGivenNames()
	st.joinHyphens()
	st.dropModelCodes()
	st.joinSlashes()
	st.joinParticles()
	st.joinConnectors()
	st.joinAdjectiveAnd()
	st.partyNames()
	st.legislatureShortNames()
	st.chamberCommittees()
	st.papersOfPlaces()
	st.predecessorsNamed()
	st.checkGazetteer()
	st.titledSurnames()
	st.joinSpellingVariants()
	st.townsReadAsActors()
	actors := st.resolve()
	st.titleCase = st.titleCaseHeadline()
	// Statements also resolves pronouns and roles into mentions (when
	// opts.Pronouns is set), so they come before collect.
	st.headlineSents = headlineSentences(st.sentences, analysed, d.Title)
	x.Statements = st.statements(actors)
	x.Sentences = st.sentences
	x.Actors, x.Places, x.Mentions = st.collect(actors)
	st.evidence(x, actors)
	documentSpellings(x)
	if x.Title == "" || text.IsBoilerplate(x.Title) {
		x.Title = st.headline()
	}
	return x, nil
}

// segment splits the text into sentences and tokens and marks boilerplate.
func (st *docState) segment() {
	st.sentences = text.SplitLong(st.text, text.Sentences(st.text), st.e.opts.MaxSentenceBytes)
	junk := text.BoilerplateSpans(st.text)
	st.skipped = make([]bool, len(st.sentences))
	if st.bufs == nil {
		st.bufs = new(docBuffers)
	}
	b := st.bufs
	st.tokens = slices.Grow(b.sents[:0], len(st.sentences))[:len(st.sentences)]
	clear(st.tokens)
	b.sents = st.tokens
	// One backing array for the whole document's tokens (about one token
	// per six bytes of news text), sliced per sentence.
	all := slices.Grow(b.tokens[:0], len(st.text)/5+16)
	defer func() { b.tokens = all }()
	j := 0
	for i, s := range st.sentences {
		for j < len(junk) && junk[j].End <= s.Start {
			j++
		}
		if j < len(junk) && junk[j].Start <= s.Start && s.End <= junk[j].End {
			st.skipped[i] = true
			continue
		}
		if s.Len() > st.e.opts.MaxSentenceBytes {
			st.skipped[i] = true
			continue
		}
		n := len(all)
		all = text.AppendTokens(all, st.text, s.Span)
		all = append(all[:n], text.DropTickers(all[n:])...)
		st.tokens[i] = all[n:len(all):len(all)]
		if k := st.datelineEnd(st.tokens[i]); k > 0 {
			st.tokens[i] = st.tokens[i][k:]
		}
	}
	st.dropSignOff()
}

// datelineEnd returns the number of tokens of the wire's dateline that
// opens a sentence, 0 if none does: the place the story was filed from
// (words in capitals, which a region or a day may follow: "WASHINGTON",
// "KYIV/MOSCOW", "HANOI, Vietnam", "NEW YORK, March 3"), or nothing,
// then a news organisation of the gazetteer in brackets and a dash
// ("(AP) —", "(Reuters) -", "(CNN) --"); or, with no organisation, a
// place the gazetteer knows (a capital or a place) right before a dash
// ("LONDON —", "KYIV, Ukraine —"). The place is where the reporter was and
// the organisation the story's source: neither acts in the story.
func (st *docState) datelineEnd(toks []text.Token) int {
	open := 0
	if len(toks) > 0 && toks[0].Text != "(" {
		if !allCaps(toks[0].Text) {
			return 0
		}
		for open < len(toks) && open < 10 && toks[open].Text != "(" && !text.IsDash(toks[open].Text) {
			w := toks[open].Text
			if !(allCaps(w) || w == "/" || w == "," || w == "." || text.IsNameStart(w) && !text.IsLower(w) || allDigits(w)) {
				return 0
			}
			open++
		}
		if open < len(toks)-1 && text.IsDash(toks[open].Text) && st.datelinePlace(toks[:open]) {
			return open + 1
		}
	}
	if open+3 >= len(toks) || toks[open].Text != "(" {
		return 0
	}
	closing := open + 1
	for closing < len(toks) && closing < open+4 && toks[closing].Text != ")" {
		closing++
	}
	if closing >= len(toks)-1 || toks[closing].Text != ")" || closing == open+1 || !text.IsDash(toks[closing+1].Text) {
		return 0
	}
	agency := st.text[toks[open+1].Span.Start:toks[closing-1].Span.End]
	if !slices.ContainsFunc(st.e.lex.LookupFold(agency), func(e lexicon.Entry) bool {
		return e.Kind == KindOrg && e.Category == "media"
	}) {
		return 0
	}
	return closing + 2
}

// datelinePlace reports whether the words in capitals that open toks (up
// to a comma) are a capital or a place of the gazetteer ("LONDON",
// "KYIV"): an acronym before a dash ("NATO — the alliance") is no
// dateline.
func (st *docState) datelinePlace(toks []text.Token) bool {
	n := 0
	for n < len(toks) && allCaps(toks[n].Text) {
		n++
	}
	if n == 0 || n < len(toks) && toks[n].Text != "," {
		return false
	}
	place := st.text[toks[0].Span.Start:toks[n-1].Span.End]
	return slices.ContainsFunc(st.e.lex.LookupFold(place), func(e lexicon.Entry) bool {
		return e.Category == "capital" && e.Kind == KindUnknown || e.Kind == KindUnknown && e.Via == ViaName
	})
}

// allCaps reports whether w is two letters or more, all capitals.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// dropSignOff removes a news agency's sign-off from the end of the text
// ("... in the first quarter. Reuter", "Record March 31 REUTER"): when the
// last word of the text has no punctuation after it and names a news
// organisation of the gazetteer, it is the wire's signature, not a
// mention of the agency (which stays an actor where the text names it:
// "told Reuters").
func (st *docState) dropSignOff() {
	for i := len(st.tokens) - 1; i >= 0; i-- {
		toks := st.tokens[i]
		if len(toks) == 0 {
			continue
		}
		last := toks[len(toks)-1]
		if strings.TrimSpace(st.text[last.Span.End:]) != "" {
			return
		}
		for _, e := range st.e.lex.LookupFold(last.Text) {
			if e.Kind == KindOrg && e.Via == ViaName && e.Category == "media" {
				st.tokens[i] = toks[: len(toks)-1 : len(toks)-1]
				return
			}
		}
		return
	}
}

// headline returns the first sentence that is not boilerplate, as a title.
func (st *docState) headline() string {
	for i, s := range st.sentences {
		if !st.skipped[i] {
			t := st.text[s.Start:s.End]
			if len(t) > 200 {
				t = t[:200]
			}
			return strings.ToValidUTF8(t, "")
		}
	}
	return ""
}

// recognise finds candidate mentions: gazetteer phrases and tagger
// entities, longest first.
func (st *docState) recognise() {
	total := 0
	for _, toks := range st.tokens {
		total += len(toks)
	}
	b := st.bufs
	flat := slices.Grow(b.words[:0], total)
	words := slices.Grow(b.wsents[:0], len(st.tokens))[:len(st.tokens)]
	for i, toks := range st.tokens {
		n := len(flat)
		for _, t := range toks {
			flat = append(flat, t.Text)
		}
		words[i] = flat[n:len(flat):len(flat)]
	}
	b.words, b.wsents = flat, words
	tags := st.tagDocument(words)
	votes := st.nameVotes(tags, words)
	named, repeated := namedTypes(votes), repeatedNames(votes)
	st.stateCores = st.stateCompanyCores(tags)
	st.stateNamed = st.stateNamedNames(tags)
	st.demonymCores = st.demonymCompanyCores(tags)
	for si, toks := range st.tokens {
		if len(toks) == 0 {
			continue
		}
		// The entities kept, by start: in Title Case headlines every word
		// is capitalised and the tagger sees names everywhere; there only
		// people it can vouch for (a given name first, or a single surname
		// that the body will name in full) are kept, and the gazetteer does
		// the rest.
		headline := isHeadline(toks)
		b.tagged = ner.AppendEntities(b.tagged[:0], tags[si])
		kept := b.ents[:0]
		for _, en := range b.tagged {
			if en.Type == "MISC" && named != nil {
				if typ, ok := named[strings.Join(words[si][en.Start:en.End], " ")]; ok {
					en.Type = typ // "Christian Aid" read as MISC here, as an organisation elsewhere
				}
			}
			if headline && !(en.Type == "PER" && (en.End-en.Start == 1 || st.e.lex.IsGivenName(toks[en.Start].Text))) {
				continue
			}
			if st.moneyName(words[si][en.Start:en.End]) {
				continue // "H.K. Dlrs", "N.Z. Dollar": money, whatever the tagger read
			}
			kept = append(kept, en)
		}
		if !headline {
			kept = repeatNames(words[si], kept, repeated)
			kept = st.splitPersons(toks, kept)
			kept = doubledNames(st.text, toks, ampersandNames(toks, kept))
			st.portfolioLeftIn(si, kept)
			kept = st.stateCompoundOrgs(toks, st.hyphenatedOrgs(toks, trimPrices(toks, commaLists(toks, kept))))
			kept = st.stateNamedCompanies(toks, kept)
			kept = st.demonymNamedCompanies(toks, kept)
			st.surnamesLeftOut(si, kept)
			kept = bodiesLeftOut(toks, kept)
			kept = kindNamesLeftOut(toks, kept)
			kept = st.stateGovernmentsNamed(toks, kept)
			kept = st.orgNameTails(toks, kept)
			kept = textNameTails(toks, kept)
			kept = connectiveOut(toks, kept)
		}
		kept = st.abbreviationCapitals(si, kept)
		b.ents = kept
		next := 0 // the first entity of kept that may start at or after i
		entAt := func(i int) (ner.Entity, bool) {
			for next < len(kept) && kept[next].Start < i {
				next++
			}
			if next < len(kept) && kept[next].Start == i {
				return kept[next], true
			}
			return ner.Entity{}, false
		}
		for i := 0; i < len(toks); {
			n, entries := st.e.lex.Longest(st.text, toks[i:])
			if n > 0 && st.notYetStates(entries) {
				// "the Ukraine", "Byelorussia", "Atlanta, Georgia" in a
				// 1987 story: a state not yet independent names a place,
				// whatever the tagger reads, but for the start of a longer
				// organisation's name ("Georgia Public Service Commission").
				if en, ok := entAt(i); !ok || en.End-i <= n || en.Type != "ORG" {
					i += n
					continue
				}
			}
			if entries = st.existing(entries); len(entries) == 0 || n > 0 && st.aliasBeforeGazetteer(st.text[toks[i].Span.Start:toks[i+n-1].Span.End], entries) {
				n, entries = 0, nil // an organisation founded after the document's day; "Bush" in 1987
			}
			// A surname alias right after another given name is someone
			// else ("Jack McConnell" is not Mitch McConnell).
			if n == 1 && entries[0].Kind == KindPerson && i > 0 && st.e.lex.IsGivenName(toks[i-1].Text) {
				n, entries = 0, nil
			}
			// After an honorific a state's or a place's name or a demonym
			// is a surname ("said Mr Irish", "Mrs English", "Mr Houston"): a
			// person.
			if n == 1 && placeAsSurname(toks, i, entries[0]) {
				if m, ok := st.typedPart(si, i, i+1, "PER", true); ok {
					m.kind, m.name, m.known, m.affil, m.place = KindPerson, cleanName(m.surface), false, "", false
					st.mentions = append(st.mentions, m)
				}
				i++
				continue
			}
			if k := st.namedThingAfterState(toks, i, n, entries, headline); k > 0 {
				i += n + k // "the Australian Open", "the US Open": an event, no voice of the state
				continue
			}
			if k := indexAfterName(toks, i+n, n, entries); k > 0 {
				i += n + k // "the S&P 500 fell", "the Nasdaq Composite", "the Nikkei average": a market index
				continue
			}
			if n > 1 && strings.EqualFold(toks[i].Text, "the") && st.crossedBy(kept, toks, i, i+n) {
				// "The Commonwealth Bank of Australia", "the Pacific Stock
				// Exchange": a name the tagger reads from after the
				// article of the gazetteer's match ("The Commonwealth",
				// "the Pacific") and past it is the longer name.
				i++
				continue
			}
			en, hasEnt := entAt(i)
			if hasEnt && en.End-i > n && st.preferEntity(en, n, entries, toks) {
				from := len(st.mentions)
				media := n > 0 && entries[0].Category == "media"
				if media {
					en.End = st.stationEnd(toks, en.End)
				}
				st.mentions = st.entityMentions(st.mentions, si, en)
				if media {
					for k := from; k < len(st.mentions); k++ {
						st.mentions[k].outlet = st.mentions[k].kind == KindOrg
					}
				}
				i = en.End
				continue
			}
			if n > 0 {
				if st.longerName(si, i, n, entries) {
					// "New Democratic Party" (Canada's), not the
					// gazetteer's "Democratic Party".
					if m, ok := st.typedPart(si, i-1, i+n, "ORG", false); ok && !m.known {
						m.kind = KindOrg
						st.mentions = append(st.mentions, m)
						i += n
						continue
					}
				}
				if m, ok := st.lexMention(si, i, i+n, entries); ok {
					if k := st.restOfName(m); k > 0 {
						// "President Xi Jinping": the gazetteer's "President
						// Xi" and the rest of the name the text writes.
						m.t1 += k
						m.span.End = toks[m.t1-1].Span.End
						m.surface = st.text[m.span.Start:m.span.End]
						n += k
					}
					st.mentions = append(st.mentions, m)
				}
				if hasEnt && en.End == i+n+1 && st.capitalAfterAbbreviation(si, i+n) {
					i = en.End // "U.S. Protectionism" read as a person: the state alone
					continue
				}
				if hasEnt && st.personInRest(si, i+n, en.End) {
					// "US Trade Representative Katherine Tai": the
					// gazetteer's state won the start of the tagger's
					// span; the person it ends in is still named.
					en.Start = i + n
					if st.e.lex.IsGivenName(toks[en.Start].Text) {
						en.Type = "PER"
					}
					st.mentions = st.entityMentions(st.mentions, si, en)
					i = en.End
					continue
				}
				if hasEnt && en.Type == "ORG" && entries[0].Name == "United States" && st.agencyInRest(si, i+n, en.End) {
					// "the US Securities and Exchange Commission": the
					// state won the start of the tagger's span; the
					// agency it ends in is still named.
					if m, ok := st.typedPart(si, i+n, en.End, "ORG", false); ok {
						st.mentions = append(st.mentions, m)
					}
					i = en.End
					continue
				}
				i += n
				continue
			}
			if hasEnt {
				st.mentions = st.entityMentions(st.mentions, si, en)
				i = max(en.End, i+1)
				continue
			}
			if n := st.untaggedBody(si, i); n > 0 {
				if m, ok := st.typedPart(si, i, i+n, "ORG", false); ok {
					st.mentions = append(st.mentions, m)
				}
				i += n
				continue
			}
			i++
		}
	}
}

// abbreviationCapitals drops from the entities ents of sentence si a
// common word capitalised only as old wire copy capitalises any word after
// a state's abbreviation (capitalAfterAbbreviation): alone ("the U.S. |
// Automaker"), or as the second of two words the tagger read with the
// abbreviation ("U.S. Protectionism" as a person), which leaves the
// abbreviation, the state, to the gazetteer.
func (st *docState) abbreviationCapitals(si int, ents []ner.Entity) []ner.Entity {
	toks := st.tokens[si]
	// wordAlone reports whether token k ends the entity but for
	// punctuation the tagger ran on into ("Protectionism ." at a
	// sentence's end).
	wordAlone := func(en ner.Entity, k int) bool {
		for j := k + 1; j < en.End; j++ {
			if !text.IsPunct(toks[j].Text) {
				return false
			}
		}
		return st.capitalAfterAbbreviation(si, k)
	}
	out := ents[:0]
	for _, en := range ents {
		switch {
		case wordAlone(en, en.Start):
			continue
		case en.End-en.Start >= 2 && wordAlone(en, en.Start+1):
			en.End = en.Start + 1
		}
		out = append(out, en)
	}
	return out
}

// capitalAfterAbbreviation reports whether token k of sentence si is a
// common word right after a state's abbreviation written with full stops
// ("U.S.", "U.K."), capitalised only as old wire copy capitalises any word
// there ("U.S. Protectionism", "U.S. Tariffs", "the U.S. Automaker"): a
// word the tagger's training data writes in lower case, with no capital
// but its first, that the gazetteer does not know and that heads no
// company's name ("H.K. Telephone") nor is, with the abbreviation, the
// name of a company the document names with its legal form ("U.S. Shoe
// Corp", stateCompanyCores). The sentence before
// may end in the abbreviation, where the splitter cut at its full stop.
// Names the tagger reads with the abbreviation ("U.S. Steel") keep it
// when they are companies'; the rest of a state's span that is such a
// word is no person or agency either.
func (st *docState) capitalAfterAbbreviation(si, k int) bool {
	toks := st.tokens[si]
	var prev string
	switch {
	case k > 0:
		prev = toks[k-1].Text
	case si > 0 && len(st.tokens[si-1]) > 0:
		prev = st.tokens[si-1][len(st.tokens[si-1])-1].Text // "a target for U.S. | Protectionism."
	}
	if !dottedAcronym(prev) || !slices.ContainsFunc(st.e.lex.Lookup(prev), func(e lexicon.Entry) bool { return e.Kind == KindState }) {
		return false // initials ("W.R. Grace", "J.D. Power") are no state
	}
	w := toks[k].Text
	if len(w) < 3 || !text.IsNameStart(w) || strings.ToLower(w[1:]) != w[1:] {
		return false
	}
	l := strings.ToLower(w)
	if companyHeads[l] || cue.Default().OrgWord(w) || st.e.model.IsOrgWord(w) || st.stateCores[prev+" "+w] {
		return false // "H.K. Telephone", "U.S. Steel", "U.S. Shoe" of "U.S. Shoe Corp": a company named after its state
	}
	return (st.e.model.IsCommonWord(l) || st.e.model.WrittenInLowerCase(l)) && len(st.e.lex.Lookup(w)) == 0
}

// namedThingAfterState returns, when the gazetteer's match of n tokens at
// i is a state (by name, demonym or capital) and one to three capitalised words
// follow it that end in a word of an event's or a work's name ("Open",
// "Grand Prix", "Act"), the number of those words; else 0. The state
// only names the thing ("the Australian Open", "the US Open", "the Athens
// Olympics", "the Lome Convention"): no mention of it. Not in a title-case
// headline, where every word is capitalised, nor after a state written
// with a full stop, after which old wire copy capitalises any word ("U.S.
// Policy").
func (st *docState) namedThingAfterState(toks []text.Token, i, n int, entries []lexicon.Entry, headline bool) int {
	if n == 0 || headline || entries[0].Kind != KindState || strings.HasSuffix(toks[i+n-1].Text, ".") {
		return 0 // old wire copy capitalises the word after "U.S." ("U.S. Policy")
	}
	table := cue.Default()
	for k := 1; k <= 3 && i+n+k <= len(toks); k++ {
		w := toks[i+n+k-1].Text
		if !text.IsNameStart(w) || text.IsLower(w) || text.IsPunct(w) {
			return 0
		}
		if table.ThingWord(w) && !table.OrgWord(w) {
			if e := i + n + k; e < len(toks) && text.IsNameStart(toks[e].Text) && !text.IsLower(toks[e].Text) {
				continue // the name goes on ("US Open Championship")
			}
			return k
		}
	}
	return 0
}

// indexWords end the names of market indices.
var indexWords = map[string]bool{"index": true, "indices": true, "indexes": true, "average": true, "composite": true}

// indexAfterName returns, when the gazetteer's organisation of n tokens
// ends at token e and the words after it make it a market index's name, the
// number of those words; else 0: a number and a word that ends
// measures' names or a price's move ("the S&P 500 index", "the S&P 500
// fell", "the Nikkei 225"), or such a word alone ("the Nasdaq Composite",
// "the Nikkei average"). The index is a measure, no voice of the
// company or the exchange that computes it.
func indexAfterName(toks []text.Token, e, n int, entries []lexicon.Entry) int {
	if n == 0 || entries[0].Kind != KindOrg || e >= len(toks) {
		return 0
	}
	k := 0
	if allDigits(toks[e].Text) {
		k = 1
	}
	if e+k < len(toks) {
		if indexWords[strings.ToLower(toks[e+k].Text)] {
			return k + 1
		}
		if k == 1 && (priceMoves[toks[e+k].Text] || toks[e+k].Text == "%" || toks[e+k].Text == "stocks") {
			return k
		}
	}
	return 0
}

// crossedBy reports whether one of the tagger's entities starts inside
// tokens [i, j), after i, and ends after j, and does not open with a
// state's name ("the West German Finance Ministry" is West Germany's
// ministry, which the state's name and the rest of the span give).
func (st *docState) crossedBy(ents []ner.Entity, toks []text.Token, i, j int) bool {
	for _, en := range ents {
		if en.Start > i && en.Start < j && en.End > j {
			n, entries := st.e.lex.Longest(st.text, toks[en.Start:en.End])
			return n == 0 || !slices.ContainsFunc(entries, func(e lexicon.Entry) bool { return e.Kind == KindState })
		}
	}
	return false
}

// untaggedBody returns the length of a body's name of several words that
// every state has, written with capitals after "the" at token i of
// sentence si ("the Court of Appeal", "the High Court", "the Central
// Bank"), which the tagger, reading the whole document, may leave
// untagged (a story that also speaks of "Britain's highest court"); 0 when
// there is none. Headlines, where every word is capitalised, are left
// out.
func (st *docState) untaggedBody(si, i int) int {
	toks := st.tokens[si]
	if i == 0 || !strings.EqualFold(toks[i-1].Text, "the") || text.IsLower(toks[i].Text) || st.sentences[si].Start < st.titleEnd {
		return 0
	}
	for n := min(3, len(toks)-i); n >= 2; n-- {
		words := toks[i : i+n]
		if text.IsLower(words[n-1].Text) {
			continue
		}
		if isBodyName(st.text[words[0].Span.Start:words[n-1].Span.End]) {
			if i+n < len(toks) && text.IsNameStart(toks[i+n].Text) && !text.IsLower(toks[i+n].Text) {
				return 0 // the start of a longer name: "the Armed Forces Ruling Council"
			}
			return n
		}
	}
	return 0
}

// longerName reports whether the gazetteer's organisation matched at
// token i of sentence si is the end of a longer name: a capitalised word
// right before it, inside the sentence (not at its start, not in a Title
// Case headline), that is no mention, title, article, day or gazetteer
// name of its own, before a party's full name ("New Democratic Party",
// "Progressive Conservative Party" are not the gazetteer's American and
// British parties).
func (st *docState) longerName(si, i, n int, entries []lexicon.Entry) bool {
	toks := st.tokens[si]
	k := i - 1
	if k < 0 || len(entries) == 0 || entries[0].Kind != KindOrg || entries[0].Category != "party" {
		return false
	}
	// Only a party's full name ("... Democratic Party"), not its short
	// one ("New Labour" is Labour).
	if n < 2 || !strings.EqualFold(toks[i+n-1].Text, "party") {
		return false
	}
	w := toks[k].Text
	if !unicode.IsUpper([]rune(w)[0]) || st.initialPosition(si, k) || toks[k].Span.End == toks[i].Span.Start || text.IsMonth(w) || text.IsWeekday(w) {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "vote":
		return false
	}
	if n := len(st.mentions); n > 0 && st.mentions[n-1].sent == si && st.mentions[n-1].t1 > k {
		return false
	}
	if n, _ := st.e.lex.Longest(st.text, toks[k:k+1]); n > 0 {
		return false
	}
	if _, _, ok := st.e.lex.TitleAt(st.text, toks[k:i]); ok {
		return false
	}
	return !st.e.lex.IsGivenName(w)
}

// preferEntity decides whether a tagger entity that is longer than the
// gazetteer match at the same token wins. A person entity wins over a
// non-person phrase ("Jordan Bardella"); an organisation entity wins over
// a demonym or seat ("Russian Orthodox Church") but not over a state's own
// name, which in headlines the tagger often runs into the next capitalised
// word ("US Sees ..."), unless the entity ends in a company's legal form
// after another word ("Japan Airlines Co", "China Shipbuilding Corp"; not
// the "Canada Ltd" of a "Shell Canada Ltd" the tagger cut), is a party
// named after its state ("UK Independence Party", "Japan Socialist Party"),
// opens with a long acronym of the state (longAcronym: "RSA Security") or
// is another body named after the state (namedAfterState: "Singapore
// Airlines").
func (st *docState) preferEntity(en ner.Entity, n int, entries []lexicon.Entry, toks []text.Token) bool {
	if n == 0 {
		return true
	}
	e := entries[0]
	switch en.Type {
	case "PER":
		// A gazetteer surname that opens a longer person's name is its
		// given name ("FmHA Administrator Vance Clark" is no JD Vance),
		// unless what follows is a name the gazetteer knows too.
		return e.Kind != KindPerson || en.Start+n < en.End && surnameOf(e.Name, st.text[toks[en.Start].Span.Start:toks[en.Start+n-1].Span.End]) &&
			len(st.e.lex.Lookup(st.text[toks[en.Start+n].Span.Start:toks[en.End-1].Span.End])) == 0 && plainNameWords(toks[en.Start+n:en.End])
	case "ORG":
		last := toks[en.End-1].Text
		if st.anotherBody(en, n, e, toks) {
			return true
		}
		if e.Kind == KindState && en.Start+n < en.End && toks[en.Start+n].Text == "-" && glued(toks, en.Start+n-1) {
			return true // a body named after states joined by hyphens (stateCompoundOrgs): "Iran-U.S. Claims Tribunal"
		}
		if e.Kind == KindPerson && en.Start+n < en.End-1 && cue.Default().LegalForm(last) {
			return true // a company whose name opens with a person's surname: "Raab Karcher AG", "Petro-Lewis Corp"
		}
		return e.Kind != KindPerson && (e.Via == ViaDemonym || e.Via == ViaSeat || e.Kind == KindUnknown ||
			e.Kind == KindState && (cue.Default().LegalForm(last) || last == "Party") && !cue.Default().LegalForm(toks[en.Start+n].Text) ||
			e.Kind == KindState && n == 1 && longAcronym(toks[en.Start].Text) ||
			e.Kind == KindState && !strings.HasSuffix(toks[en.Start+n-1].Text, ".") && st.namedAfterState(toks[en.Start+n:en.End]) ||
			e.Kind == KindState && len(st.stateCores) > 0 && st.stateCores[joinTexts(toks[en.Start:en.End])] ||
			e.Kind == KindState && len(st.stateNamed) > 0 && st.stateNamed[joinTexts(toks[en.Start:en.End])])
	}
	return false
}

// heldIn reports whether the name at token k follows a holding in it:
// "shares in", "a stake in", "investors in".
func heldIn(toks []text.Token, k int) bool {
	if k < 2 || toks[k-1].Text != "in" {
		return false
	}
	switch strings.ToLower(toks[k-2].Text) {
	case "shares", "share", "stake", "stakes", "interest", "interests", "investment", "investments", "investors", "holding", "holdings", "stock":
		return true
	}
	return false
}

// regionAt reports whether token p opens the name of the place a town
// lies in, as datelines and addresses write it after a comma: a state or
// place of the gazetteer ("Texas", "Ontario") or an abbreviated one
// ("Calif.", "Mass.", "N.J.").
func (st *docState) regionAt(toks []text.Token, p int) bool {
	w := toks[p].Text
	if len(w) >= 3 && len(w) <= 6 && strings.HasSuffix(w, ".") && upperWord(w) {
		return true
	}
	n, entries := st.e.lex.Longest(st.text, toks[p:])
	return n > 0 && slices.ContainsFunc(entries, func(x lexicon.Entry) bool { return x.Kind == KindUnknown || x.Kind == KindState })
}

// stateNamedNames returns the two-word organisations the tagger read, in
// two sentences of the body or more, as a state's name (not a demonym, not
// an abbreviation with a full stop) and one word of a name that is nothing
// else the project knows: no entry of the gazetteer, no title, no word of
// a body, a role or a kind of organisation ("UK Coal", "US Sprint"; not
// "US Treasury", "UK Government", "US Officials"). A company so named is
// named so again and again; a state's own body has a word for what it is.
// "U.S." is left out: in the wire stories of the archive the word after
// it is capitalised whatever it is ("U.S. Banks", "U.K. Firms").
func (st *docState) stateNamedNames(tags [][]ner.Tag) map[string]bool {
	counts := map[string]int{}
	cues := cue.Default()
	st.bodyEntities(tags, func(toks []text.Token, en ner.Entity, _ []ner.Entity) {
		if en.Type != "ORG" || en.End-en.Start != 2 {
			return
		}
		first, w := toks[en.Start].Text, toks[en.Start+1].Text
		if strings.HasSuffix(first, ".") || !plainNameWords(toks[en.Start+1:en.End]) || en.End < len(toks) && glued(toks, en.End-1) {
			return
		}
		n, entries := st.e.lex.Longest(st.text, toks[en.Start:en.Start+1])
		if n != 1 || !slices.ContainsFunc(entries, func(x lexicon.Entry) bool { return x.Kind == KindState && x.Via == ViaName }) {
			return
		}
		if m, _ := st.e.lex.Longest(st.text, toks[en.Start+1:en.End]); m > 0 {
			return
		}
		if _, _, ok := st.e.lex.TitleAt(st.text, toks[en.Start+1:en.End]); ok {
			return
		}
		if companyHeads[strings.ToLower(w)] || bodyHeads[strings.ToLower(w)] || bodyHeads[strings.TrimSuffix(strings.ToLower(w), "s")] ||
			cues.OrgWord(w) || cues.PersonRole(w) || cues.AgentWord(w) || cues.TailWord(w) || st.e.model.IsOrgWord(w) {
			return
		}
		counts[first+" "+w]++
	})
	var out map[string]bool
	for name, c := range counts {
		if c >= 2 && len(st.e.lex.TownStates(name)) == 0 {
			if out == nil {
				out = map[string]bool{}
			}
			out[name] = true
		}
	}
	if out == nil {
		return nil
	}
	// Wherever the text writes the name, it must not place it ("at China
	// Lake, Calif.", "through the Netherlands Antilles" name places) nor
	// go on with it ("the US Anti-Doping Agency": the tagger cut a longer
	// name).
	for _, toks := range st.tokens {
		if isHeadline(toks) {
			continue
		}
		for k := 0; k+1 < len(toks); k++ {
			name := toks[k].Text + " " + toks[k+1].Text
			if out[name] && (townPrepositionBefore(toks, k) && !heldIn(toks, k) || k+3 < len(toks) && toks[k+2].Text == "," && st.regionAt(toks, k+3) ||
				k+2 < len(toks) && upperWord(toks[k+2].Text)) {
				delete(out, name)
			}
		}
	}
	return out
}

// plainNameWords reports whether every token is a word of a person's name:
// capitalised, not all capitals, letters and inner hyphens or apostrophes
// only ("Clark", "Pickerell"; not "VPs", "CREW", "Press/Newscom").
func plainNameWords(toks []text.Token) bool {
	for _, t := range toks {
		w := t.Text
		if !upperWord(w) || allCaps(w) || pluralAcronym(w) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
			return false
		}
	}
	return true
}

// stateCompanyCores returns the names of the tagger's organisations that
// open with a state's name and end in a company's legal form, without that
// form ("U.S. Shoe" of "U.S. Shoe Corp", "British Steel" of "British
// Steel Plc"; outside title-case headlines). A story names such a company
// once in full and then by its name alone ("U.S. Shoe also said …"), which
// the tagger reads as an organisation and the gazetteer's state would
// take: the document's own full name says which it is (preferEntity).
func (st *docState) stateCompanyCores(tags [][]ner.Tag) map[string]bool {
	var out map[string]bool
	legal := cue.Default()
	st.bodyEntities(tags, func(toks []text.Token, en ner.Entity, _ []ner.Entity) {
		if en.Type != "ORG" || !legal.LegalForm(toks[en.End-1].Text) {
			return
		}
		e := beforeLegalForms(toks, en.Start, en.End)
		n, entries := st.e.lex.Longest(st.text, toks[en.Start:e])
		if n == 0 || n >= e-en.Start || !slices.ContainsFunc(entries, func(x lexicon.Entry) bool { return x.Kind == KindState }) {
			return
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[joinTexts(toks[en.Start:e])] = true
	})
	return out
}

// bodyEntities calls fn with each entity the tagger read in each sentence
// outside title-case headlines, and the sentence's other entities.
func (st *docState) bodyEntities(tags [][]ner.Tag, fn func(toks []text.Token, en ner.Entity, ents []ner.Entity)) {
	var ents []ner.Entity
	for si, toks := range st.tokens {
		if len(toks) == 0 || si >= len(tags) || isHeadline(toks) {
			continue
		}
		ents = ner.AppendEntities(ents[:0], tags[si])
		for _, en := range ents {
			fn(toks, en, ents)
		}
	}
}

// beforeLegalForms returns the end of the tokens [start, end) without the
// legal forms that end them ("Co", "Inc", "Ltd").
func beforeLegalForms(toks []text.Token, start, end int) int {
	legal := cue.Default()
	for end > start && legal.LegalForm(toks[end-1].Text) {
		end--
	}
	return end
}

// joinTexts joins the texts of toks with single spaces.
func joinTexts(toks []text.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// namedAfterState reports whether the words a tagger's organisation adds
// after a state's name make a company named after the state: capitalised
// words, not a legal form first, ending in a word that heads companies'
// names (companyHeads: "Singapore Airlines", "Kenya Airways", "China
// Telecom", "Korea Development Bank"; "and" may join two of the words:
// "Japan Iron and Steel Federation"), or before "of" ("Zimbabwe National
// Chamber of Commerce"), and no state body ("Central Bank",
// isBodyName). The company is an actor of its own, as the text names it.
// A state's agencies and courts stay as they were ("US Federal Trade
// Commission" is the Federal Trade Commission that other stories name
// without "US"), and so does a state written with a full stop: old wire
// copy capitalises the word after "U.S." ("a U.S. Insurance broker").
func (st *docState) namedAfterState(added []text.Token) bool {
	if len(added) == 0 || cue.Default().LegalForm(added[0].Text) {
		return false
	}
	for len(added) > 0 && text.IsPunct(added[len(added)-1].Text) && !text.IsPossessive(added[len(added)-1].Text) {
		added = added[:len(added)-1] // the comma the tagger ran into
	}
	if len(added) == 0 {
		return false
	}
	heads := func(w string) bool {
		w = strings.ToLower(w)
		return companyHeads[w] || len(added) >= 2 && (bodyHeads[w] || bodyHeads[strings.TrimSuffix(w, "s")])
	}
	// The head is the last word, or the word before "of" ("Zimbabwe
	// National Chamber of Commerce").
	of := slices.IndexFunc(added, func(t text.Token) bool { return t.Text == "of" })
	if !heads(added[len(added)-1].Text) && (of < 1 || of == len(added)-1 || !heads(added[of-1].Text)) {
		return false
	}
	words := make([]string, len(added))
	for i, t := range added {
		if (isAnd(t.Text) || t.Text == "of" || t.Text == "for") && i > 0 && i < len(added)-1 {
			words[i] = t.Text // "Japan Iron and Steel Federation", "Japan Federation of Employers' Associations"
			continue
		}
		if text.IsPossessive(t.Text) && i > 0 && i < len(added)-1 && strings.HasSuffix(added[i-1].Text, "s") {
			words[i] = t.Text // "Employers'"
			continue
		}
		if !text.IsNameStart(t.Text) || text.IsLower(t.Text) || text.IsPossessive(t.Text) {
			return false
		}
		words[i] = t.Text
	}
	return !isBodyName(strings.Join(words, " "))
}

// bodyHeads are the last words of the names of associations, boards and
// other bodies that open with their state's name and at least two more
// words ("Taiwan Textile Federation", "Japan Automobile Manufacturers
// Association", "Ghana Cocoa Board", "Tanzania Railway Corporation"): the
// body is an actor of its own, as "Australian Wheat Board" is. A state's
// agencies and commissions ("US Federal Trade Commission") are not among
// them.
var bodyHeads = map[string]bool{"association": true, "federation": true, "confederation": true, "board": true,
	"corporation": true, "council": true, "institute": true, "organisation": true, "organization": true,
	"union": true, "society": true, "foundation": true, "chamber": true}

// companyHeads are the last words of companies' names that open with a
// state's ("Singapore Airlines", "France Telecom", "Australia Post").
var companyHeads = map[string]bool{"airlines": true, "airways": true, "telecom": true, "telecoms": true,
	"telecommunications": true, "petroleum": true, "oil": true, "gas": true, "steel": true, "motors": true,
	"electric": true, "bank": true, "post": true, "railways": true, "railway": true, "rail": true,
	"shipping": true, "lines": true, "mobile": true, "insurance": true, "exchange": true, "life": true, "tobacco": true,
	"power": true, "chemical": true, "chemicals": true, "securities": true, "holdings": true}

// longAcronym reports whether w is written in capitals only, three
// letters or more: a state's acronym that opens an organisation's name the
// tagger reads whole is that organisation's ("RSA Security", "USA
// Gymnastics"), while "US" and "UK" open the names of the state's own
// bodies too often to tell.
func longAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// isHeadline reports whether a sentence is a Title Case or ALL CAPS
// headline: at least four words, no final full stop, and nearly every word
// of four letters or more capitalised.
func isHeadline(toks []text.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if len(t.Text) < 4 || !text.IsNameStart(t.Text) {
			continue
		}
		words++
		if !text.IsLower(t.Text) {
			caps++
		}
	}
	if words < 3 || toks[len(toks)-1].Text == "." {
		return false
	}
	return caps*10 >= words*8
}

// venueWords are the words after which a capital is a venue ("talks in
// Abu Dhabi"), not its government ("Moscow rejected the plan").
var venueWords = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"visit": true, "visits": true, "visited": true, "visiting": true, "across": true, "around": true}

// officialsIn are the nouns of a government's people before "in" and a
// capital that make the capital their state ("officials in Tehran said",
// "a government spokesman in Seoul"), not a venue; "diplomats in
// Brussels" come from anywhere, and "US officials in Baghdad" are
// another state's (namedOfficials).
var officialsIn = map[string]bool{"officials": true, "official": true, "government": true, "authorities": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "leadership": true, "leaders": true, "administration": true}

// namedOfficials reports whether token k, or a word before it with only
// lower-case words between, is a name that says whose officials they are
// ("US officials in Baghdad", "an Egyptian trade official in Paris", "EU
// leaders in Lisbon": in a venue, not the capital's state's).
func (st *docState) namedOfficials(toks []text.Token, k int) bool {
	for j := k; j >= 0 && j > k-4; j-- {
		w := toks[j].Text
		switch {
		case text.IsLower(w):
			continue
		case !text.IsNameStart(w):
			return false
		case j == 0 && len(st.e.lex.Lookup(w)) == 0:
			return false // "Senior officials in Beijing": the sentence's capital
		default:
			return true
		}
	}
	return false
}

// attackedAt are the words before "at" that make what follows the one
// attacked in words, not a venue ("lashed out at Washington", "hit back at
// Beijing", "took aim at Moscow").
var attackedAt = map[string]bool{"out": true, "back": true, "aim": true}

// chooseEntry picks the meaning of a gazetteer phrase in context: a capital
// after a locative word is the city (a place), not the state, unless the
// state's officials are in it (officialsIn); a state's name that also
// names a place of another country is that place in a document set
// there (homonymPlace).
func (st *docState) chooseEntry(si, t0, t1 int, entries []lexicon.Entry) lexicon.Entry {
	if p, ok := st.homonymPlace(entries); ok {
		return p // "Georgia" in a story set in the United States
	}
	e := entries[0]
	if e.Via == ViaSeat && t0 > 0 {
		toks := st.tokens[si]
		if prev := toks[t0-1].Text; venueWords[strings.ToLower(prev)] && !(prev == "at" && t0 > 1 && attackedAt[toks[t0-2].Text]) &&
			!(prev == "in" && t0 > 1 && officialsIn[strings.ToLower(toks[t0-2].Text)] && !st.namedOfficials(toks, t0-3)) {
			for _, alt := range entries[1:] {
				if alt.Kind == KindUnknown {
					return alt
				}
			}
		}
	}
	return e
}

// inTime returns the name of the state or organisation that acted for
// name at the document's date ("Germany" in a 1987 story is West
// Germany, the European Union the European Community; see
// lexicon.Predecessor); names of other kinds are returned as they are.
func (st *docState) inTime(name string, kind Kind) string {
	if kind != KindState && kind != KindOrg || name == "" || st.day.IsZero() {
		return name
	}
	return st.e.lex.Predecessor(name, st.day)
}

// existing returns the gazetteer entries whose actors existed on the
// document's day (lexicon.Existed): entries itself when all did.
func (st *docState) existing(entries []lexicon.Entry) []lexicon.Entry {
	for _, e := range entries {
		if !st.e.lex.Existed(e, st.day) {
			return slices.DeleteFunc(slices.Clone(entries), func(e lexicon.Entry) bool { return !st.e.lex.Existed(e, st.day) })
		}
	}
	return entries
}

// notYetStates reports whether every entry of a gazetteer match is a
// state that did not yet exist on the document's day (lexicon.Existed):
// before its independence a state's name, demonym or capital names a
// place.
func (st *docState) notYetStates(entries []lexicon.Entry) bool {
	if st.day.IsZero() || len(entries) == 0 {
		return false
	}
	for _, e := range entries {
		if e.Kind != KindState || st.e.lex.Existed(e, st.day) {
			return false
		}
	}
	return true
}

// gazetteerPeopleFrom is the first year of the offices people.tsv lists.
const gazetteerPeopleFrom = 2000

// aliasBeforeGazetteer reports whether form, a gazetteer match, is a
// person's alias other than the full name, in a document dated before
// the years the gazetteer's people list covers: in a 1987 story "Bush"
// and "George Bush" are the vice president, not George W. Bush, "Vance"
// is Cyrus Vance. Full names still match, and the document's own full
// names resolve its surnames.
func (st *docState) aliasBeforeGazetteer(form string, entries []lexicon.Entry) bool {
	if len(entries) == 0 || entries[0].Kind != KindPerson || st.day.IsZero() || st.day.Year() >= gazetteerPeopleFrom {
		return false
	}
	return lexicon.NameKey(cleanName(form)) != lexicon.NameKey(entries[0].Name)
}

// lexMention turns a gazetteer match into a mention.
func (st *docState) lexMention(si, t0, t1 int, entries []lexicon.Entry) (mention, bool) {
	toks := st.tokens[si]
	e := st.chooseEntry(si, t0, t1, entries)
	if st.e.lex.Ignored(e.Name) {
		return mention{}, false
	}
	if c, ok := st.e.lex.MergeTarget(e.Name); ok {
		e.Name = c
	}
	span := Span{Start: toks[t0].Span.Start, End: toks[t1-1].Span.End}
	m := mention{sent: si, t0: t0, t1: t1, span: span, surface: st.text[span.Start:span.End],
		name: st.inTime(e.Name, e.Kind), kind: e.Kind, via: e.Via, affil: st.inTime(e.Affiliation, KindState), known: true, actorIndex: -1}
	st.placeReading(&m, e)
	if m.via == "" {
		m.via = ViaName
	}
	m.titled = st.titleBefore(si, t0)
	return m, true
}

// restOfName returns how many words after the known person's mention m
// complete the name the gazetteer gives the person, when m ends with the
// name's first word(s) ("President Xi" before "Jinping": Xi Jinping), or
// 0.
func (st *docState) restOfName(m mention) int {
	if m.kind != KindPerson || !m.known {
		return 0
	}
	toks := st.tokens[m.sent]
	if m.t1 >= len(toks) || !strings.Contains(m.name, toks[m.t1].Text) {
		return 0 // the common case, without splitting the name
	}
	name := strings.Fields(m.name)
	for k := 1; k < len(name) && m.t1+k <= len(toks); k++ {
		// The mention's last len(name)-k words and the k words after it
		// must spell the name.
		head := len(name) - k
		if m.t1-m.t0 < head {
			continue
		}
		ok := true
		for i := 0; i < head && ok; i++ {
			ok = toks[m.t1-head+i].Text == name[i]
		}
		for i := 0; i < k && ok; i++ {
			ok = toks[m.t1+i].Text == name[head+i]
		}
		if ok {
			return k
		}
	}
	return 0
}

// entityMentions turns a tagger entity into mentions, appended to dst.
// Tagger spans often swallow context: titles ("White House Press Secretary
// Karoline Leavitt"), coordinated names ("Presidents Trump and Putin"), a
// descriptor before a name ("Army Dan Driscoll") or a trailing common noun
// ("Russian army"). The span is cut at those seams; each part is looked up
// in the gazetteer and otherwise typed by the tagger.
func (st *docState) entityMentions(dst []mention, si int, en ner.Entity) []mention {
	toks := st.tokens[si]
	t0, t1 := en.Start, en.End
	// Trailing lower-case words and punctuation are not part of a name.
	t1 = nameEnd(toks, t0, t1)
	for t0 < t1 && !text.IsNameStart(toks[t0].Text) {
		t0++
	}
	if t0 >= t1 {
		return dst
	}
	if st.sentencesArticle(toks, t0, t1) {
		t0++
	}
	// A leading title makes the span a person ("Presidents Trump and
	// Putin" may come tagged as an organisation).
	typ := en.Type
	if _, ok := st.titleLen(si, t0, t1); ok {
		typ = "PER"
	}
	if typ == "ORG" {
		dst, t0, _ = st.companyAcrossAnd(dst, si, t0, t1)
	}
	// Coordinated people split at "and", "&" and commas; any span splits
	// at a lower-case word that is not a name particle ("Air Force One
	// that Witkoff") and at brackets.
	var partsBuf [8][2]int
	parts := partsBuf[:0]
	{
		a := t0
		for k := t0; k < t1; k++ {
			w := toks[k].Text
			split := text.IsLower(w) && !nameParticles[w] || spacedDashAt(toks, k)
			if typ == "PER" && (w == "and" || w == "&" || w == ",") || typ == "ORG" && w == "and" && st.twoActorsJoined(si, t0, k, t1) {
				split = true
			}
			// "Writing on Truth Social, Trump said": a comma before a
			// person or state the gazetteer knows, to the span's end,
			// ends an organisation's name.
			if typ != "PER" && w == "," && k > a && (st.knownPersonOrState(si, k+1, t1) || st.surnameNamedBefore(si, k+1, t1)) {
				split = true
			}
			// "Democrat of Oklahoma": a party's member and the state he
			// comes from.
			if w == "of" && k > a && st.partyMember(toks, a, k) {
				split = true
			}
			// Brackets that the name does not go on after close a name,
			// and so does a comma or "and" right after them: "Sumitomo
			// Mitsui Financial (SMFG), and Daiwa Securities" is three
			// names, "Union Bank of Switzerland (Securities) Ltd" one.
			if (w == "(" || w == ")") && !bracketInName(toks, k, t1) ||
				(w == "," || w == "and") && k > t0 && (toks[k-1].Text == ")" || toks[k-1].Text == "," && k-1 > t0 && toks[k-2].Text == ")") {
				split = true
			}
			if split {
				if k > a {
					parts = append(parts, [2]int{a, k})
				}
				a = k + 1
			}
		}
		if a < t1 {
			parts = append(parts, [2]int{a, t1})
		}
	}
	for _, p := range parts {
		dst = st.entityPart(dst, si, p[0], p[1], typ)
	}
	return dst
}

// knownPersonOrState reports whether tokens [t0, t1) of sentence si are
// a person or a state the gazetteer knows.
func (st *docState) knownPersonOrState(si, t0, t1 int) bool {
	if t0 >= t1 {
		return false
	}
	m, ok := st.knownPart(si, t0, t1)
	return ok && !m.place && (m.kind == KindPerson || m.kind == KindState) && m.t1 == nameEnd(st.tokens[si], t0, t1)
}

// surnameNamedBefore reports whether tokens [t0, t1) of sentence si are
// one word that ends the full name of a person the document named before
// ("… in all regions except the Southwest, Seidman said" after "William
// Seidman"): the person again, after the comma that closes the words
// before.
func (st *docState) surnameNamedBefore(si, t0, t1 int) bool {
	toks := st.tokens[si]
	if t1-t0 != 1 || !upperWord(toks[t0].Text) {
		return false
	}
	w := toks[t0].Text
	for _, m := range st.mentions {
		if m.kind == KindPerson && m.via == ViaName && m.t1-m.t0 >= 2 && (m.sent < si || m.sent == si && m.t1 <= t0) &&
			st.tokens[m.sent][m.t1-1].Text == w {
			return true
		}
	}
	return false
}

// spacedDashAt reports whether token k is a dash that sets words apart,
// which no name holds: an en or em dash, a double hyphen, or a hyphen
// with a space on either side ("John Bolton — Morrison's supervisor —",
// not "Kilroy-Silk").
func spacedDashAt(toks []text.Token, k int) bool {
	if toks[k].Text == "-" {
		return k > 0 && toks[k-1].Span.End < toks[k].Span.Start || k+1 < len(toks) && toks[k].Span.End < toks[k+1].Span.Start
	}
	return text.IsDash(toks[k].Text)
}

// companyOfTwo reports whether the span [t0, t1) of sentence si, tagged
// as people, joins two names by "and" or "&" ("Bell and Howell", "Smith
// and Wesson") that the document also writes with a company's legal form
// after them ("Bell and Howell Co said"): a company named after two
// people, not two people.
func (st *docState) companyOfTwo(si, t0, t1 int) bool {
	toks := st.tokens[si]
	joined := false
	for k := t0 + 1; k < t1-1; k++ {
		joined = joined || toks[k].Text == "and" || toks[k].Text == "&"
	}
	if !joined {
		return false
	}
	surface := st.text[toks[t0].Span.Start:toks[t1-1].Span.End]
	legal := cue.Default()
	for rest := st.text; ; {
		i := strings.Index(rest, surface)
		if i < 0 {
			return false
		}
		rest = rest[i+len(surface):]
		if f, _ := text.FirstField(rest); f != "" && rest[0] == ' ' && legal.LegalForm(strings.TrimRight(f, ".,;:")) {
			return true
		}
	}
}

// joinCompaniesOfTwo makes one organisation of two people's names joined
// by "and" or "&" ("Currently, [Bell] and [Howell] is marketing") when the
// document names the two together as a company: with a legal form after
// them, or as an organisation the tagger found elsewhere ("Bell and Howell
// said").
func (st *docState) joinCompaniesOfTwo() {
	ms := st.mentions
	var out []mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n, toks := ms[i+1], st.tokens[m.sent]
			if n.sent == m.sent && n.t0 == m.t1+1 && isAnd(toks[m.t1].Text) && m.kind == KindPerson && n.kind == KindPerson &&
				!m.known && !n.known && !m.titled && (st.companyOfTwo(m.sent, m.t0, n.t1) || st.namedAsOrg(st.text[m.span.Start:n.span.End])) {
				if out == nil {
					out = append(make([]mention, 0, len(ms)), ms[:i]...)
				}
				out = st.entityPart(out, m.sent, m.t0, n.t1, "ORG")
				i++
				continue
			}
		}
		if out != nil {
			out = append(out, m)
		}
	}
	if out != nil {
		st.mentions = out
	}
}

// namedAsOrg reports whether an organisation mention of the document is
// named surface, or starts with it.
func (st *docState) namedAsOrg(surface string) bool {
	for _, m := range st.mentions {
		if m.kind == KindOrg && strings.HasPrefix(m.surface, surface) && (len(m.surface) == len(surface) || m.surface[len(surface)] == ' ') {
			return true
		}
	}
	return false
}

// maxAndedWords is the most words a side of a company's name joined by
// "and" may have, its legal form apart ("Nippon Telegraph and Telephone
// Corp", "Harper and Row Publishers Inc").
const maxAndedWords = 3

// companyAcrossAnd extends an organisation span [t0, t1) that ends with a
// company's legal form to the left across "and" or "&", where the tagger
// cut a company named after two people or firms: "J.P. Morgan and Co
// Inc", "Harper and Row Publishers Inc". The left part is the mention just
// before "and" when the span is only legal forms ("Co Inc" is no name on
// its own) or when both parts are one word that the gazetteer does not
// know and that never stand apart in the document ("Cable and Wireless
// Plc", not "Nabisco and Borden Inc" in a story that names either again),
// or else
// one to three capitalised words before "and" that are
// neither a gazetteer phrase (but for a state's adjective that opens
// them: "American Telephone and Telegraph Co") nor, at the start of the sentence, a common
// word, nor a share price ("rose 1/4 to 20-3/4 and Canfor Corp"). It returns dst without the left mention it absorbed, the new
// start, and whether it extended the span.
func (st *docState) companyAcrossAnd(dst []mention, si, t0, t1 int) ([]mention, int, bool) {
	toks := st.tokens[si]
	cues := cue.Default()
	k := t0 - 1 // the "and"
	if k < 1 || (toks[k].Text != "and" && toks[k].Text != "&") || !cues.LegalForm(toks[t1-1].Text) {
		return dst, t0, false
	}
	onlyLegal := true
	for _, t := range toks[t0:t1] {
		onlyLegal = onlyLegal && cues.LegalForm(t.Text)
	}
	if n := len(dst); n > 0 && dst[n-1].sent == si && dst[n-1].t1 == k {
		prev := dst[n-1]
		if prev.known || strings.TrimSpace(st.text[prev.span.End:toks[k].Span.Start]) != "" {
			return dst, t0, false
		}
		if !onlyLegal && (prev.t1-prev.t0 > maxAndedWords || t1-t0 > maxAndedWords+1 || len(st.e.lex.Lookup(toks[t0].Text)) > 0 ||
			!st.onlyAround(prev.surface, " "+toks[k].Text+" "+toks[t0].Text)) {
			return dst, t0, false
		}
		if !onlyLegal && (prev.t1-prev.t0 > 1 || t1-t0 > 2) &&
			(endsLegal(toks[prev.t1-1].Text) || isAcronym(toks[t0].Text) || !st.e.model.IsCommonWord(strings.ToLower(toks[t0].Text))) {
			// Longer sides join when the right one opens with a common
			// word, a trade's ("Nippon Telegraph and Telephone Corp",
			// "Harper and Row Publishers Inc"), not with a name of its own
			// ("First Boston and Shearson Lehman Brothers Inc", "UNC
			// Nuclear Inc"), and the left has no legal form ("Texaco Inc
			// and Pennzoil Co", "UT Finance N.V. and Carrier Corp",
			// "Rockwell International and …").
			return dst, t0, false
		}
		if n > 1 && !onlyLegal {
			// A state's adjective right before the name is part of it:
			// "American [Telephone] and [Telegraph Co]".
			if adj := dst[n-2]; adj.sent == si && adj.t1 == prev.t0 && adj.known && adj.kind == KindState && adj.t1-adj.t0 == 1 &&
				adj.surface != adj.name && !isAcronym(adj.surface) {
				return dst[:n-2], adj.t0, true
			}
		}
		return dst[:n-1], prev.t0, true
	}
	a := k
	for a > 0 && k-a < 3 && text.IsNameStart(toks[a-1].Text) && !text.IsLower(toks[a-1].Text) && !isPrice(toks[a-1].Text) {
		a--
	}
	if a == k {
		return dst, t0, false
	}
	adj := false
	for j := a; j < k; j++ {
		n, es := st.e.lex.Longest(st.text, toks[j:k])
		if n == 1 && j == a && j+1 < k && demonymOnly(es) {
			adj = true // "American [Telephone] and [Telegraph Co]": a state's adjective opens the name
			continue
		}
		if n > 0 {
			return dst, t0, false
		}
	}
	if a == 0 && st.e.model.IsCommonWord(toks[0].Text) {
		return dst, t0, false
	}
	if n := len(dst); adj && n > 0 && dst[n-1].sent == si && dst[n-1].t0 == a && dst[n-1].t1 == a+1 {
		dst = dst[:n-1] // the state's adjective the name absorbed
	}
	return dst, a, true
}

// endsLegal reports whether w, the last word of a company's name, is a
// legal form (dots aside: "N.V.") or "International", which ends a
// company's name as one does ("Rockwell International").
func endsLegal(w string) bool {
	return cue.Default().LegalForm(strings.ReplaceAll(w, ".", "")) || cue.Default().LegalForm(w) || w == "International"
}

// demonymOnly reports whether every meaning of a gazetteer phrase is a
// state's adjective ("American", "British").
func demonymOnly(es []lexicon.Entry) bool {
	for _, e := range es {
		if e.Kind != KindState || e.Via != lexicon.ViaDemonym {
			return false
		}
	}
	return len(es) > 0
}

// onlyAround reports whether the word w occurs in the document's text
// only followed by rest, and the last word of rest only preceded by w and
// the rest's other words: "Cable" only in "Cable and Wireless", and
// "Wireless" too.
func (st *docState) onlyAround(w, rest string) bool {
	phrase := w + rest
	last := rest[strings.LastIndexByte(rest, ' ')+1:]
	return st.onlyIn(w, phrase, 0) && st.onlyIn(last, phrase, len(phrase)-len(last))
}

// twoActorsJoined reports whether the organisation span [t0, t1) of
// sentence si, with "and" at token k, joins two actors the document also
// names apart ("Entertainment Marketing and Zinn bought shares" in a story
// that names Entertainment Marketing and Elias Zinn on their own): both
// sides stand elsewhere without the other. A company named after two
// people or firms ("Cable and Wireless", "Harper and Row") has a side that
// never stands alone, or ends in a legal form (see companyAcrossAnd).
func (st *docState) twoActorsJoined(si, t0, k, t1 int) bool {
	toks := st.tokens[si]
	if k == t0 || k+1 >= t1 || cue.Default().LegalForm(toks[t1-1].Text) {
		return false
	}
	left := st.text[toks[t0].Span.Start:toks[k-1].Span.End]
	right := st.text[toks[k+1].Span.Start:toks[t1-1].Span.End]
	if left == right {
		return false // "Johnson and Johnson"
	}
	return st.standsAlone(left) && st.standsAlone(right)
}

// standsAlone reports whether the name occurs in the text after its
// headline as a whole name at least once: with no capitalised word (other
// than one that ends a sentence) and no "and" or "&" right before or after
// it ("Entertainment Marketing said",
// not "Daily" of "Daily Telegraph" nor "House Ways" of "House Ways and
// Means subcommittee").
func (st *docState) standsAlone(name string) bool {
	for at := range st.wordsAt(name, st.titleEnd) {
		i := at + len(name)
		before := strings.TrimRight(st.text[:at], " ")
		before = before[strings.LastIndexAny(before, " \n\t")+1:]
		after := strings.TrimLeft(st.text[i:], " ")
		if k := strings.IndexAny(after, " \n\t"); k >= 0 {
			after = after[:k]
		}
		if !joiningWord(before) && !joiningWord(after) {
			return true
		}
	}
	return false
}

// wordsAt yields the byte offsets of the occurrences of w in the
// document's text from byte from on that are whole words (no letter or
// digit glued before or after them).
func (st *docState) wordsAt(w string, from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := from; ; {
			j := strings.Index(st.text[i:], w)
			if j < 0 {
				return
			}
			at := i + j
			i = at + len(w)
			if at > 0 && isWordByte(st.text[at-1]) || i < len(st.text) && isWordByte(st.text[i]) {
				continue
			}
			if !yield(at) {
				return
			}
		}
	}
}

// joiningWord reports whether a word next to a name may belong to a
// longer name around it: a capitalised word, "and" or "&".
func joiningWord(w string) bool {
	if w == "and" || w == "&" || w == "And" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsUpper(r) && !unicode.IsPunct(last) // not the end of the sentence before
}

// onlyIn reports whether every occurrence of the word w in the text after
// its headline is inside phrase, at byte off of it.
func (st *docState) onlyIn(w, phrase string, off int) bool {
	for at := range st.wordsAt(w, 0) {
		if at < st.titleEnd {
			continue // a headline shortens names: "Rohm/Haas" for "Rohm and Haas Co"
		}
		if at < off || !strings.HasPrefix(st.text[at-off:], phrase) {
			return false
		}
	}
	return true
}

// surnameLike reports whether w may be a surname: a capital, then
// letters with at least one lower-case one ("Tai", "MacAskill",
// "Saint-Andre"; not "MP", "I", "84", "7-5").
func surnameLike(w string) bool {
	lower := false
	for i, r := range w {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case unicode.IsLower(r):
			lower = true
		case r == '-' || r == '\'' || r == '’' || unicode.IsLetter(r):
		default:
			return false
		}
	}
	return lower
}

// personInRest reports whether tokens [t0, t1) of sentence si, the rest
// of a tagger's span after a gazetteer name that won its start, name a
// person the gazetteer does not know: a given name followed by a
// surname within them, or a title followed by a name of two words or
// more to the span's end ("EC External Trade Commissioner Willy De
// Clercq", a given name the list lacks); no lower-case word and no name
// of the gazetteer (the scan after the gazetteer's name finds those by
// itself).
func (st *docState) personInRest(si, t0, t1 int) bool {
	toks := st.tokens[si]
	found := false
	for k := t0; k < t1; k++ {
		if text.IsLower(toks[k].Text) {
			return false // "Holyrood leader Nicola Sturgeon": the scan finds the person after the lower-case title
		}
		if n, _ := st.e.lex.Longest(st.text, toks[k:t1]); n > 0 {
			return false
		}
		if k+1 < t1 && !nameParticles[strings.ToLower(toks[k].Text)] && st.e.lex.IsGivenName(toks[k].Text) && surnameLike(toks[k+1].Text) {
			found = true
		}
		if n, ok := st.titleLen(si, k, t1); ok && k > t0 && st.nameAfterTitleTo(si, k+n, t1) {
			found = true
		}
	}
	return found
}

// nameAfterTitleTo reports whether tokens [t0, t1) of sentence si, after
// a title, are a person's name: two words or more, each capitalised with
// lower-case letters or a name particle, the first no common word and
// the last no word that heads organisations' names ("Commissioner Willy
// De Clercq", not "Secretary General Office").
func (st *docState) nameAfterTitleTo(si, t0, t1 int) bool {
	toks := st.tokens[si]
	if t1-t0 < 2 || st.e.model.IsCommonWord(toks[t0].Text) || st.e.model.IsOrgWord(toks[t1-1].Text) {
		return false
	}
	for k := t0; k < t1; k++ {
		if !surnameLike(toks[k].Text) {
			return false
		}
	}
	return true
}

// agencyHeads are the last words of the names of a state's agencies,
// commissions and offices ("Securities and Exchange Commission", "Food
// and Drug Administration", "Environmental Protection Agency") and of
// national trade bodies.
var agencyHeads = map[string]bool{"Commission": true, "Administration": true, "Agency": true, "Authority": true,
	"Bureau": true, "Board": true, "Office": true, "Service": true, "Department": true, "Council": true,
	"Corporation": true, "Institute": true, "Court": true,
	// and of the trade bodies that name themselves after the country
	// ("U.S. Meat Export Federation", "U.S. Wheat Associates", "U.S.
	// Rice Millers Association")
	"Association": true, "Federation": true, "Associates": true, "Foundation": true, "Society": true}

// agencyInRest reports whether tokens [t0, t1) of sentence si, the rest of
// a tagger's organisation after the name of the United States that the
// gazetteer matched at its start, name one of its federal agencies: two
// words or more, capitalised but for "and", "of" and "for", ending in a
// word of agencyHeads, none of them a gazetteer name ("US Securities and
// Exchange Commission", "U.S. Agriculture Department"). The names of the
// United States' agencies do not hold the state's, so the "U.S." before
// them qualifies them; other states' often do ("Ghana Cocoa Board",
// "Kenya Ports Authority", "UK Film Council"), and a name that ends
// otherwise keeps the state alone, as the start of a name the tagger ran
// on ("US Sees ...").
func (st *docState) agencyInRest(si, t0, t1 int) bool {
	toks := st.tokens[si]
	if t1-t0 < 2 || !agencyHeads[toks[t1-1].Text] {
		return false
	}
	for k := t0; k < t1; k++ {
		w := toks[k].Text
		if w == "and" || w == "of" || w == "for" {
			continue
		}
		if !text.IsNameStart(w) || text.IsLower(w) {
			return false
		}
		if n, _ := st.e.lex.Longest(st.text, toks[k:t1]); n > 0 {
			return false
		}
	}
	return true
}

// trimPrices cuts share prices and their joining "and" off the ends of
// the entities of a sentence: in market reports the tagger takes the
// price into the company's name ("British Columbia Forest Products 1/2 to
// 21-1/4", "Merrill Lynch rose 1/4 to 37-1/8 and Merrill Lynch and Co
// Inc"). An entity left empty is dropped.
func trimPrices(toks []text.Token, ents []ner.Entity) []ner.Entity {
	out := ents[:0]
	for _, en := range ents {
		for en.Start < en.End && (isPrice(toks[en.Start].Text) || en.Start+1 < en.End && isPrice(toks[en.Start+1].Text) && toks[en.Start].Text == "and") {
			en.Start++
		}
		for en.Start < en.End && toks[en.Start].Text == "and" {
			en.Start++
		}
		for en.End > en.Start && isPrice(toks[en.End-1].Text) {
			en.End--
		}
		if en.End > en.Start {
			out = append(out, en)
		}
	}
	return out
}

// commaLists splits an organisation the tagger read across commas into
// the names it lists: "JP Morgan Chase, Citigroup, Merrill Lynch and
// Credit Suisse" gives three names before the last, not one. The names of
// firms written with commas stay whole: those that join their parts with
// "and", "&" or a preposition, or hold any other word in lower case
// ("Kidder, Peabody and Co", "Department for Environment, Food and Rural
// Affairs"; nor is "money supply, Sterling M3" a list), those whose first part is one
// word ("Kleinwort, Benson Ltd", "Goldman, Sachs International Corp") and
// those whose last part is a legal form alone ("National Amusements,
// Inc").
func commaLists(toks []text.Token, ents []ner.Entity) []ner.Entity {
	var out []ner.Entity
	for i, en := range ents {
		if en.Type != "ORG" || !commaList(toks[en.Start:en.End]) {
			if out != nil {
				out = append(out, en)
			}
			continue
		}
		if out == nil {
			out = append(make([]ner.Entity, 0, len(ents)+2), ents[:i]...)
		}
		start := en.Start
		for k := en.Start; k <= en.End; k++ {
			if k == en.End || toks[k].Text == "," {
				out = append(out, ner.Entity{Type: en.Type, Start: start, End: k})
				start = k + 1
			}
		}
	}
	if out == nil {
		return ents
	}
	return out
}

// commaList reports whether the tokens of a name are a list of names
// joined by commas (see commaLists).
func commaList(toks []text.Token) bool {
	parts, n := 1, 0 // parts so far, words of the current part
	firstLen := -1
	for k, t := range toks {
		switch w := t.Text; {
		case w == ",":
			if n == 0 || k+1 == len(toks) {
				return false
			}
			if firstLen < 0 {
				firstLen = n
			}
			parts, n = parts+1, 0
		case w == "&" || text.IsLower(w):
			return false // "Kidder, Peabody and Co", "Department for Environment, Food and Rural Affairs", "money supply, Sterling M3"
		default:
			n++
		}
	}
	if parts < 2 || n == 0 || firstLen < 2 {
		return false
	}
	return !(n == 1 && cue.Default().LegalForm(toks[len(toks)-1].Text)) // "National Amusements, Inc"
}

// isPrice reports whether w is a price written with a fraction ("1/2",
// "21-1/4", "6/7.5"): digits, a slash and nothing but digits, hyphens and
// points besides.
func isPrice(w string) bool {
	slash := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '/':
			slash = slash || i > 0
		case c >= '0' && c <= '9', c == '-', c == '.':
		default:
			return false
		}
	}
	return slash && w[0] >= '0' && w[0] <= '9' && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

// hyphenatedOrgs joins an entity the tagger read as MISC to the
// organisation that follows it across a hyphen inside one word: the
// tokenizer cuts "World Anti-Doping Agency" into "World Anti - Doping
// Agency", and the tagger, which learnt hyphenated words as one token,
// reads "World Anti" as MISC and "Doping Agency" as the organisation, so
// that "World" was lost and the World and the US Anti-Doping Agency
// became one "Anti-Doping Agency". A state's name or demonym at the start
// of the MISC entity stays outside ("U.S. Allis-Chalmers Corp" is the
// state and Allis-Chalmers), and nothing is joined when the word before
// the hyphen is itself one ("German-US venture", "American-AirCal
// merger": two parties) or when a single letter or a state follows it
// ("Supply-X"). ents is sorted and not overlapping; the joined entity is
// an organisation's.
func (st *docState) hyphenatedOrgs(toks []text.Token, ents []ner.Entity) []ner.Entity {
	isState := func(t0, t1 int) int {
		n, entries := st.e.lex.Longest(st.text, toks[t0:t1])
		if n > 0 && slices.ContainsFunc(entries, func(e lexicon.Entry) bool { return e.Kind == KindState }) {
			return n
		}
		return 0
	}
	out := ents[:0]
	for i := 0; i < len(ents); i++ {
		en := ents[i]
		if en.Type == "MISC" && i+1 < len(ents) && ents[i+1].Type == "ORG" && ents[i+1].Start == en.End+1 &&
			en.End+1 < len(toks) && toks[en.End].Text == "-" && len(toks[en.End+1].Text) > 1 &&
			toks[en.End-1].Span.End == toks[en.End].Span.Start && toks[en.End].Span.End == toks[en.End+1].Span.Start &&
			isState(en.End-1, en.End) == 0 && isState(en.End+1, ents[i+1].End) != ents[i+1].End-en.End-1 {
			start := en.Start
			for k := en.Start; k < en.End-1; k++ {
				if n := isState(k, en.End-1); n > 0 {
					start = k + n
					k += n - 1
				}
			}
			if start > en.Start {
				out = append(out, ner.Entity{Start: en.Start, End: start, Type: "MISC"})
			}
			en = ner.Entity{Start: start, End: ents[i+1].End, Type: "ORG"}
			i++
		}
		out = append(out, en)
	}
	return out
}

// ampersandNames returns the entities ents (sorted, not overlapping) of
// sentence toks with each name written as one word around an ampersand
// ("AT&T", "P&O", "Marks&Spencer") made one entity where the tagger read
// a part of it: the tokenizer cuts the word into "AT & T", and the tagger,
// which learnt such names as one token, reads only "T" as an organisation.
// The entity covers the word and the entities it touches, with the type of
// the first of those (an organisation's when one is). A word that the
// tagger read nothing in stays as it is, and so do the common nouns
// written so (ampersandWords: "R&B", "Q&A").
func ampersandNames(toks []text.Token, ents []ner.Entity) []ner.Entity {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i+1].Text != "&" || !glued(toks, i) || !glued(toks, i+1) || !text.IsNameStart(toks[i].Text) || !text.IsNameStart(toks[i+2].Text) {
			continue
		}
		if ampersandWords[strings.ToUpper(toks[i].Text+"&"+toks[i+2].Text)] && (i+3 >= len(toks) || !glued(toks, i+2) || !text.IsNameStart(toks[i+3].Text)) {
			i += 2
			continue
		}
		lo, hi := i, i+3 // the word: tokens [lo, hi)
		for hi+1 < len(toks) && toks[hi].Text == "&" && glued(toks, hi-1) && glued(toks, hi) && text.IsNameStart(toks[hi+1].Text) {
			hi += 2
		}
		start, end, typ := lo, hi, ""
		for _, en := range ents {
			if en.End <= lo || en.Start >= hi {
				continue
			}
			start, end = min(start, en.Start), max(end, en.End)
			if typ == "" || en.Type == "ORG" {
				typ = en.Type
			}
		}
		if typ != "" {
			ents = withEntity(ents, ner.Entity{Start: start, End: end, Type: typ})
		}
		i = hi - 1
	}
	return ents
}

// splitPersons joins a person entity that ends in a given name and the
// entity that touches it (a person's of up to two words, or any one word):
// the tagger's B-PER or B-LOC in the middle of "Tory MP Boris Johnson"
// cut off the surname, and news never writes a given name and another
// name side by side without a comma or "and". ents is changed in place.
func (st *docState) splitPersons(toks []text.Token, ents []ner.Entity) []ner.Entity {
	out := ents[:0]
	for _, en := range ents {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.Type == "PER" && p.End == en.Start && (en.Type == "PER" && en.End-en.Start <= 2 || en.End-en.Start == 1) &&
				st.e.lex.IsGivenName(toks[p.End-1].Text) && !st.e.lex.IsGivenName(toks[en.Start].Text) {
				p.End = en.End
				continue
			}
		}
		out = append(out, en)
	}
	return out
}

// doubledNames returns the entities ents (sorted, not overlapping) of
// sentence toks with a name the tagger read as a person's written twice
// around "and" or "&" ("Johnson and Johnson", "Dominick & Dominick")
// made one organisation: news writes two people of one name as "the
// Johnsons", and a firm is named so after its founders.
func doubledNames(txt string, toks []text.Token, ents []ner.Entity) []ner.Entity {
	for k := 0; k+1 < len(ents); k++ {
		a, b := ents[k], ents[k+1]
		if a.Type != "PER" || b.Type != "PER" || b.Start != a.End+1 || b.End-b.Start != a.End-a.Start ||
			toks[a.End].Text != "and" && toks[a.End].Text != "&" {
			continue
		}
		if b.End < len(toks) && (text.IsPossessive(toks[b.End].Text) || toks[b.End].Text == "-" || nameParticles[toks[b.End].Text] || text.IsNameStart(toks[b.End].Text) && !text.IsLower(toks[b.End].Text)) {
			continue // "Kodak and Kodak's rivals", "Mato Grosso and Mato Grosso do Sul": the second name goes on
		}
		if txt[toks[a.Start].Span.Start:toks[a.End-1].Span.End] != txt[toks[b.Start].Span.Start:toks[b.End-1].Span.End] {
			continue
		}
		ents = withEntity(ents, ner.Entity{Start: a.Start, End: b.End, Type: "ORG"})
	}
	return ents
}

// withEntity returns a new slice of the entities ents (sorted, not
// overlapping) with e in place of those it overlaps.
func withEntity(ents []ner.Entity, e ner.Entity) []ner.Entity {
	out := make([]ner.Entity, 0, len(ents)+1)
	for _, en := range ents {
		if en.End <= e.Start || en.Start >= e.End {
			out = append(out, en)
		}
	}
	out = append(out, e)
	slices.SortFunc(out, func(a, b ner.Entity) int { return a.Start - b.Start })
	return out
}

// ampersandWords are common nouns written as two letters around an
// ampersand, no names: research and development, mergers and
// acquisitions, questions and answers, rhythm and blues, bed and
// breakfast, profit and loss, savings and loan, accident and emergency,
// gin and tonic, food and beverage, terms and conditions.
var ampersandWords = map[string]bool{"R&D": true, "M&A": true, "Q&A": true, "R&B": true, "B&B": true, "P&L": true,
	"S&L": true, "A&E": true, "G&T": true, "F&B": true, "T&C": true}

// portfolioLeftIn shortens each person entity of sentence si (sorted,
// not overlapping) that starts with the last words of a minister's
// portfolio: in "Minister of Mines and Energy Aureliano Chaves" the tagger
// read "Energy Aureliano Chaves" as the person. The entity loses its first
// words while they are capitalised common words (written in lower case in
// the news the tagger's clusters were made from) and no given names, and
// a title of office (portfolioWords) stands at most six words before them
// across "of", "and" and capitalised words only.
func (st *docState) portfolioLeftIn(si int, ents []ner.Entity) {
	toks := st.tokens[si]
	for i := range ents {
		en := &ents[i]
		if en.Type != "PER" || en.Start == 0 || en.End-en.Start < 2 {
			continue
		}
		if w := toks[en.Start-1].Text; w != "and" && w != "of" && w != "&" {
			continue
		}
		titled := false
		for k := en.Start - 1; k >= 0 && k >= en.Start-6; k-- {
			w := toks[k].Text
			if portfolioWords[w] {
				titled = true
				break
			}
			if w != "and" && w != "of" && w != "&" && w != "," && !capitalised(w) {
				break
			}
		}
		if !titled {
			continue
		}
		for en.End-en.Start > 1 {
			w := toks[en.Start].Text
			if !capitalised(w) || !st.e.model.WrittenInLowerCase(w) || st.e.lex.IsGivenName(w) {
				break
			}
			en.Start++
		}
	}
}

// glued reports whether token k of toks ends where token k+1 starts.
func glued(toks []text.Token, k int) bool { return toks[k].Span.End == toks[k+1].Span.Start }

// stateCompoundOrgs returns the entities ents (sorted, not overlapping)
// of sentence toks with each organisation named after two or more states
// joined by hyphens ("Iran-U.S. Claims Tribunal", "U.S.-Japan Business
// Council") made one organisation: the tokenizer cuts "Iran-U.S." into
// three tokens, and the tagger, which learnt such a compound as one
// token, then reads the states apart and only "Claims Tribunal" as the
// organisation, a fragment. The compound must stand right before the
// organisation the tagger read, each state glued to its hyphens, and a
// word of the name must head organisations' names (cue.Table.OrgWord:
// "Chamber", "Council", "Tribunal", "Co").
func (st *docState) stateCompoundOrgs(toks []text.Token, ents []ner.Entity) []ner.Entity {
	stateAt := func(k, limit int) int { // tokens of the state name at k, or 0
		n, entries := st.e.lex.Longest(st.text, toks[k:limit])
		if n > 0 && slices.ContainsFunc(entries, func(e lexicon.Entry) bool { return e.Kind == KindState }) {
			return n
		}
		return 0
	}
	out := ents
	for i, en := range ents {
		// The tagger may read the rest of such a name as a person's
		// ("German Chamber of Commerce" after "Dutch-").
		if en.Type != "ORG" && en.Type != "PER" || en.Start < 3 {
			continue
		}
		// Walk back from the organisation over "S-S(-S)*"; the tagger may
		// have read the last state into it ("U.S. Claims Tribunal").
		start, states, k := -1, 0, en.Start-1
		if n := stateAt(en.Start, en.End); n > 0 && n < en.End-en.Start && toks[en.Start-1].Text == "-" &&
			glued(toks, en.Start-2) && glued(toks, en.Start-1) {
			start, states, k = en.Start, 1, en.Start-2
		}
		for k >= 0 {
			// the state name that ends at k
			found := 0
			for j := k; j >= max(0, k-3); j-- {
				if n := stateAt(j, k+1); n == k+1-j && (j == 0 || toks[j-1].Text != "-" || glued(toks, j-1)) {
					found = k + 1 - j
					break
				}
			}
			if found == 0 {
				break
			}
			states++
			start = k + 1 - found
			if start >= 2 && toks[start-1].Text == "-" && glued(toks, start-2) && glued(toks, start-1) {
				k = start - 2
				continue
			}
			break
		}
		if states < 2 || (i > 0 && ents[i-1].End > start && ents[i-1].Start < start) ||
			!slices.ContainsFunc(toks[start:en.End], func(t text.Token) bool { return cue.Default().OrgWord(t.Text) }) {
			continue // "Soviet-U.S. Relations", "Japanese-U.S. Trade": no body
		}
		out = withEntity(out, ner.Entity{Start: start, End: en.End, Type: "ORG"})
	}
	return out
}

// stateNamedCompanies makes one organisation of a state's name and the
// word right after it, when that word heads companies' names
// (companyHeads), no capitalised word goes on, and the tagger read the
// word on its own or not at all: it reads "Japan Tobacco said" as the
// place Japan and the organisation Tobacco, and ", China Life," as the
// place alone. The state must be the gazetteer's by its name, not a
// demonym or a capital ("Japanese Tobacco", "Tokyo Gas" stay as they
// are), outside every entity or one of the tagger's places on its own.
func (st *docState) stateNamedCompanies(toks []text.Token, ents []ner.Entity) []ner.Entity {
	out := ents
	for k := 1; k < len(toks); k++ {
		w := toks[k].Text
		if text.IsLower(w) || !text.IsNameStart(w) || !companyHeads[strings.ToLower(w)] ||
			k+1 < len(toks) && text.IsNameStart(toks[k+1].Text) && !text.IsLower(toks[k+1].Text) {
			continue
		}
		if slices.ContainsFunc(out, func(en ner.Entity) bool {
			return en.Start <= k && en.End > k && (en.End-en.Start != 1 || en.Type == "LOC")
		}) {
			continue
		}
		start := -1
		for j := k - 1; j >= max(0, k-3); j-- {
			n, entries := st.e.lex.Longest(st.text, toks[j:k])
			if n == k-j && slices.ContainsFunc(entries, func(e lexicon.Entry) bool { return e.Kind == KindState && e.Via == ViaName }) {
				start = j
				break
			}
		}
		if start < 0 || slices.ContainsFunc(out, func(en ner.Entity) bool {
			return en.Start < k && en.End > start && (en.Start != start || en.End != k || en.Type != "LOC")
		}) {
			continue
		}
		out = withEntity(out, ner.Entity{Start: start, End: k + 1, Type: "ORG"})
	}
	return out
}

// connectiveOut takes the connective or adverb that opens the sentence
// ("Meanwhile", "However", "Never") out of an entity the tagger ran from
// it into the name after it ("Meanwhile Labour backbencher X"): no name
// starts with one.
func connectiveOut(toks []text.Token, ents []ner.Entity) []ner.Entity {
	if len(ents) == 0 || ents[0].Start != 0 || ents[0].End < 2 || len(toks) < 2 {
		return ents
	}
	if w := toks[0].Text; !openingConnectives[w] && !openingAdverbs[w] || !upperWord(toks[1].Text) {
		return ents
	}
	ents[0].Start = 1
	return ents
}

// demonymNamedCompanies lengthens each name the tagger read that ends in
// a company's legal form (as an organisation, or as a person: "Express
// Co") by the demonym right before it that it left out ("American
// Express Co's", "Canadian Marconi Co", "American Can Co"): a demonym
// right before a company's full name is the first word of the name,
// which English news would otherwise write with a noun ("the Canadian
// company X"). Only a one-word demonym outside every entity or read as
// one on its own, after no other capitalised word. The name without its
// legal form, where the document writes it again ("American Express
// said"), is the company too (demonymCores).
func (st *docState) demonymNamedCompanies(toks []text.Token, ents []ner.Entity) []ner.Entity {
	out := ents
	for _, en := range ents {
		if k := en.Start; st.demonymBefore(toks, en, out) {
			out = withEntity(out, ner.Entity{Start: k - 1, End: en.End, Type: "ORG"})
		}
	}
	for _, core := range st.demonymCores {
		name := strings.Join(core, " ")
		for k := 0; k+len(core) <= len(toks); k++ {
			if toks[k].Text != core[0] || joinTexts(toks[k:k+len(core)]) != name {
				continue
			}
			e := k + len(core)
			if slices.ContainsFunc(out, func(o ner.Entity) bool {
				return o.Start < e && o.End > k && (o.Start < k || o.End > e) && o.End-o.Start > 1
			}) {
				continue // inside a longer name, or the full name with its legal form
			}
			out = withEntity(out, ner.Entity{Start: k, End: e, Type: "ORG"})
		}
	}
	return out
}

// demonymBefore reports whether en is a name that ends in a company's
// legal form, read as an organisation or a person, with a one-word
// demonym right before it outside every longer entity of ents and after
// no other capitalised word (demonymNamedCompanies).
func (st *docState) demonymBefore(toks []text.Token, en ner.Entity, ents []ner.Entity) bool {
	k := en.Start
	if en.Type != "ORG" && en.Type != "PER" || k < 1 || en.End-en.Start < 2 || !cue.Default().LegalForm(toks[en.End-1].Text) {
		return false
	}
	d := toks[k-1].Text
	if text.IsLower(d) || !text.IsNameStart(d) || k >= 2 && !text.IsLower(toks[k-2].Text) && !text.IsPunct(toks[k-2].Text) {
		return false
	}
	n, entries := st.e.lex.Longest(st.text, toks[k-1:k])
	if n != 1 || !slices.ContainsFunc(entries, func(e lexicon.Entry) bool { return e.Kind == KindState && e.Via == ViaDemonym }) {
		return false
	}
	return !slices.ContainsFunc(ents, func(o ner.Entity) bool { return o.Start < k && o.End > k-1 && o.End-o.Start != 1 })
}

// demonymCompanyCores returns, for the companies of the document whose
// full name opens with a demonym the tagger left out (demonymBefore), the
// words of the name without its legal form ("American Express" of
// "American Express Co"); outside title-case headlines.
func (st *docState) demonymCompanyCores(tags [][]ner.Tag) [][]string {
	var out [][]string
	st.bodyEntities(tags, func(toks []text.Token, en ner.Entity, ents []ner.Entity) {
		if !st.demonymBefore(toks, en, ents) {
			return
		}
		e := beforeLegalForms(toks, en.Start, en.End)
		if e == en.Start {
			return
		}
		core := make([]string, 0, e-en.Start+1)
		for _, t := range toks[en.Start-1 : e] {
			core = append(core, t.Text)
		}
		if !slices.ContainsFunc(out, func(c []string) bool { return slices.Equal(c, core) }) {
			out = append(out, core)
		}
	})
	return out
}

// surnamesLeftOut lengthens each entity of sentence si (sorted, not
// overlapping) that ends in a given name by the capitalised word right
// after it that the tagger left outside every entity, when that word is
// no common word and no given name, and the two are no name of the
// gazetteer: the tagger read "US Trade Representative Katherine" as an
// organisation and left "Tai" out.
func (st *docState) surnamesLeftOut(si int, ents []ner.Entity) {
	toks := st.tokens[si]
	for i := range ents {
		en := &ents[i]
		e := en.End
		if e >= len(toks) || i+1 < len(ents) && ents[i+1].Start <= e || nameParticles[strings.ToLower(toks[e-1].Text)] {
			continue
		}
		if !st.e.lex.IsGivenName(toks[e-1].Text) && !st.personGoesOn(si, *en) {
			continue
		}
		if n, _ := st.e.lex.Longest(st.text, toks[e-1:]); n > 1 {
			continue // the gazetteer's person, found without the tagger ("Nicola Sturgeon")
		}
		if w := toks[e].Text; surnameLike(w) && !st.e.model.IsCommonWord(w) && !text.IsWeekday(w) && !st.e.lex.IsGivenName(w) && len(st.e.lex.Lookup(w)) == 0 {
			en.End = e + 1
		}
	}
}

// personGoesOn reports whether the tagger's person en, of two words or
// more after any title, ends in a word that is no common word and goes on
// with one more capitalised word before a comma, a closing bracket or the
// sentence's end: "Dr Chan Yeob Yeun, vice president" (three-word names
// the tagger knows less well than two-word ones); or, of one word after a
// title, before a verb of saying ("Vice Premier Tian Jiyun said").
// surnamesLeftOut checks the word itself.
func (st *docState) personGoesOn(si int, en ner.Entity) bool {
	toks := st.tokens[si]
	e := en.End
	if en.Type != "PER" || e+1 > len(toks) || st.e.model.IsCommonWord(toks[e-1].Text) {
		return false
	}
	t0 := en.Start
	titled := false
	if n, ok := st.titleLen(si, t0, e); ok {
		t0 += n
		titled = n > 0
	}
	// "Vice Premier Tian Jiyun said": after a title, one word of a name
	// whose family name comes first may be all the tagger took, when a
	// verb of saying follows the word it left out.
	single := titled && e-t0 == 1 && st.speaksAfter(si, e+1)
	if e-t0 < 2 && !single {
		return false
	}
	if e+1 < len(toks) && !single {
		switch toks[e+1].Text {
		case ",", ")", ".", ";", ":":
		default:
			return false
		}
	}
	// A generation ("Jr") or the head of a body or a building ("Co",
	// "Theater") is no part of a person's name.
	w, table := toks[e].Text, cue.Default()
	return !generations[strings.TrimSuffix(w, ".")] && !table.OrgWord(w) && !table.LegalForm(w) && !table.SiteWord(w) && !buildingHeads[w]
}

// generations are the suffixes of a name that tell a son from his father.
var generations = map[string]bool{"Jr": true, "Jnr": true, "Sr": true, "Snr": true, "II": true, "III": true, "IV": true}

// buildingHeads are the last words of the names of buildings and venues.
var buildingHeads = map[string]bool{"Theater": true, "Theatre": true, "Hall": true, "Centre": true, "Center": true,
	"Arena": true, "Building": true, "Tower": true, "House": true, "Park": true, "Square": true, "Street": true,
	"Road": true, "Bridge": true, "Hospital": true, "School": true, "Museum": true, "Gallery": true, "Library": true}

// sentencesArticle reports whether the capitalised article that opens the
// name [t0, t1) is the sentence's, not the name's: it opens three words
// or more ("The Home Affairs Committee said", "The Energy Department")
// and the gazetteer does not know the name with it ("The Hague"); before
// one word it stays ("The Guardian", "The Aviator" are names as written).
func (st *docState) sentencesArticle(toks []text.Token, t0, t1 int) bool {
	return t1-t0 >= 3 && isArticle(toks[t0].Text) &&
		len(st.e.lex.Lookup(cleanName(st.text[toks[t0].Span.Start:toks[t1-1].Span.End]))) == 0
}

// bodiesLeftOut adds to ents (sorted, not overlapping) the bodies every
// state has that the text names by one capitalised word inside a
// sentence and the tagger left out ("before being elected to Parliament
// in 1987", "re-enter Parliament"): an organisation, whose state
// qualifyBodies gives. The word is no body when it opens the sentence,
// when a capitalised word is right next to it ("Parliament Square",
// "Army Cadet Force") or when it is the complement of a capitalised
// name ("Member of Parliament", "Act of Parliament").
func bodiesLeftOut(toks []text.Token, ents []ner.Entity) []ner.Entity {
	var out []ner.Entity
	next := 0
	for i := 1; i < len(toks); i++ {
		for next < len(ents) && ents[next].End <= i {
			next++
		}
		if next < len(ents) && ents[next].Start <= i || !leftOutBodies[toks[i].Text] {
			continue
		}
		if capitalised(toks[i-1].Text) || i+1 < len(toks) && capitalised(toks[i+1].Text) ||
			toks[i-1].Text == "of" && i >= 2 && capitalised(toks[i-2].Text) {
			continue
		}
		if out == nil {
			out = append(make([]ner.Entity, 0, len(ents)+1), ents...)
		}
		out = append(out, ner.Entity{Start: i, End: i + 1, Type: "ORG"})
	}
	if out == nil {
		return ents
	}
	slices.SortFunc(out, func(a, b ner.Entity) int { return a.Start - b.Start })
	return out
}

// orgNameTails mends organisations' names that the tagger cut before the
// words that end them (ents is sorted and not overlapping): a name
// followed by capitalised words that close organisations' names
// (closingOrgWords) takes them, after a plural possessive too ("Joseph
// Rowntree Reform" + "Trust Ltd", "Coffee Roasters" + "' Association"),
// and becomes an organisation's; and a place's (not a state's) or
// people's name right before such a name (nothing between them) opens it
// ("Middle East" +
// "Economics Survey", "Dutch" + "Coffee Roasters' Association"), and so
// do capitalised words and "of" inside the sentence that are no title
// ("Victims of" + "Crime Trust"); a name that ends in such a word is an
// organisation's whatever the tagger typed it. A person's name right
// before it stays apart.
func (st *docState) orgNameTails(toks []text.Token, ents []ner.Entity) []ner.Entity {
	var out []ner.Entity
	changed := false
	for i := 0; i < len(ents); i++ {
		en := ents[i]
		nextStart := len(toks)
		if i+1 < len(ents) {
			nextStart = ents[i+1].Start
		}
		j := en.End
		for {
			switch {
			case j < nextStart && closingOrgWords[toks[j].Text]:
				j++
				continue
			case j+1 < nextStart && toks[j].Text == "'" && strings.HasSuffix(toks[j-1].Text, "s") && closingOrgWords[toks[j+1].Text]:
				j += 2
				continue
			case j < nextStart && toks[j-1].Text == "Local" && j-1 > en.Start && allDigits(toks[j].Text):
				// A union's local by its number: "UAW Local 594".
				j++
				continue
			case j == nextStart && i+1 < len(ents) && ents[i+1].End == j+1 && closingOrgWords[toks[j].Text]:
				// "Ltd" tagged apart
				i++
				j++
				if i+1 < len(ents) {
					nextStart = ents[i+1].Start
				} else {
					nextStart = len(toks)
				}
				continue
			}
			break
		}
		if j > en.End || en.Type != "ORG" && closingOrgWords[toks[j-1].Text] {
			en.End, en.Type = j, "ORG"
			changed = true
		}
		// "Victims of" + "Crime Trust": capitalised words and "of" before
		// such a name, inside the sentence and no title, open it.
		if en.Type == "ORG" && closingOrgWords[toks[en.End-1].Text] && en.Start >= 3 && toks[en.Start-1].Text == "of" {
			prevEnd := 0
			if n := len(out); n > 0 {
				prevEnd = out[n-1].End
			}
			k := en.Start - 1
			for k-1 > prevEnd && k > en.Start-4 && upperWord(toks[k-1].Text) && !isArticle(toks[k-1].Text) {
				k--
			}
			// The capitalised run must start there, after a lower-case
			// word: not "Keller Graduate School of" + "Management Inc" cut
			// short, nor "Holiday Inns" in "a unit since 1994 of".
			if k < en.Start-1 && k-1 > prevEnd && text.IsLower(toks[k-1].Text) {
				if _, _, title := st.e.lex.TitleAt(st.text, toks[k:en.Start-1]); !title {
					en.Start = k
					changed = true
				}
			}
		}
		// "Posts and" + "Telecommunications Ministry": one or two
		// capitalised words and "and" before a body's name, that open
		// their phrase, are the first field of its name.
		if k := st.andFieldBefore(toks, en, out); k >= 0 {
			en.Start = k
			changed = true
		}
		// A place or people before it, nothing between.
		if n := len(out); n > 0 && out[n-1].End == en.Start && en.Type == "ORG" && closingOrgWords[toks[en.End-1].Text] &&
			(out[n-1].Type == "LOC" || out[n-1].Type == "MISC") && !st.namesState(toks, out[n-1]) {
			out[n-1].End, out[n-1].Type = en.End, "ORG"
			changed = true
			continue
		}
		out = append(out, en)
	}
	if !changed {
		return ents
	}
	return out
}

// andFieldBefore returns, for an organisation's name en that ends in the
// noun of a body (closingOrgWords, agencyHeads, "Ministry") and follows
// "and", the first of the one or two capitalised words before the "and"
// when they belong to the name: no entity, title or gazetteer name, and
// nothing before them that a name could go on from (the sentence's
// start, a lower-case word, "the", a possessive or punctuation), as in
// "Kenya's Posts and Telecommunications Ministry", "the Trade and
// Industry Department". "The Bundesbank and Finance Ministry" and "Japan
// and Finance Ministry" join two actors: the word before "and" is a
// name. It returns -1 otherwise. out holds the entities before en.
func (st *docState) andFieldBefore(toks []text.Token, en ner.Entity, out []ner.Entity) int {
	last := toks[en.End-1].Text
	if en.Type != "ORG" || en.End-en.Start < 2 || !closingOrgWords[last] && !agencyHeads[last] && last != "Ministry" ||
		en.Start < 2 || toks[en.Start-1].Text != "and" {
		return -1
	}
	prevEnd := 0
	if n := len(out); n > 0 {
		prevEnd = out[n-1].End
	}
	k := en.Start - 1
	for k-1 >= prevEnd && k > en.Start-3 && upperWord(toks[k-1].Text) && !isArticle(toks[k-1].Text) && !text.IsPunct(toks[k-1].Text) {
		k--
	}
	if k == en.Start-1 {
		return -1
	}
	if k > 0 {
		w := toks[k-1].Text
		if !(text.IsLower(w) || isArticle(w) || text.IsPossessive(w) || text.IsPunct(w)) {
			return -1 // "Reuter Monitor and …": the words before go on
		}
	} else if !closingOrgWords[last] {
		// At the start of a sentence any word is capitalised: "Traders
		// and Internal Trade Department officials agreed". A company's
		// legal form or a society's noun ("Stop and Shop Cos Inc", "LL
		// and E Royalty Trust") still makes it one name.
		return -1
	}
	if n, _ := st.e.lex.Longest(st.text, toks[k:en.Start-1]); n > 0 {
		return -1 // a name of its own: "Bundesbank and Finance Ministry"
	}
	if _, _, title := st.e.lex.TitleAt(st.text, toks[k:en.Start-1]); title {
		return -1
	}
	return k
}

// namesState reports whether the entity en is the name of a state (not
// its demonym): "U.S. Allis-Chalmers Corp" is the American company
// Allis-Chalmers Corp, while "Brazilian Coffee Institute" is one name.
func (st *docState) namesState(toks []text.Token, en ner.Entity) bool {
	name := st.text[toks[en.Start].Span.Start:toks[en.End-1].Span.End]
	return slices.ContainsFunc(st.e.lex.Lookup(name), func(e lexicon.Entry) bool { return e.Kind == KindState && e.Via != ViaDemonym })
}

// allDigits reports whether w is one or more ASCII digits.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// upperWord reports whether w starts with a capital letter and is no
// month or weekday.
func upperWord(w string) bool {
	return capitalWord(w) && !text.IsMonth(w) && !text.IsWeekday(w)
}

// closingOrgWords are the capitalised words that end organisations' names
// and no person's or place's: legal forms and the nouns of bodies.
var closingOrgWords = map[string]bool{"Ltd": true, "Limited": true, "Inc": true, "Corp": true, "Corporation": true,
	"Plc": true, "PLC": true, "Group": true, "Holdings": true, "AG": true, "GmbH": true, "SpA": true,
	"Trust": true, "Foundation": true, "Association": true, "Federation": true, "Confederation": true,
	"Society": true, "Organisation": true, "Organization": true, "Coalition": true, "Institute": true,
	"Council": true, "Committee": true, "Commission": true, "Tribunal": true, "Authority": true, "Bureau": true,
	"Agency": true, "Survey": true}

// leftOutBodies are the bodies bodiesLeftOut looks for, as written.
var leftOutBodies = map[string]bool{"Parliament": true, "Cabinet": true, "Treasury": true, "Congress": true, "Senate": true}

// partyMember reports whether tokens [a, b) are the gazetteer's noun for a
// member of an organisation ("Democrat", "Republican").
func (st *docState) partyMember(toks []text.Token, a, b int) bool {
	name := st.text[toks[a].Span.Start:toks[b-1].Span.End]
	return slices.ContainsFunc(st.e.lex.Lookup(name), func(e lexicon.Entry) bool { return e.Kind == KindOrg && e.Via == ViaDemonym })
}

// bracketInName reports whether the bracket at token k, before t1, is
// part of a name that goes on after its closing bracket with a
// capitalised word ("(International Monetary) Fund", "Jardine Fleming
// (Securities) Ltd").
func bracketInName(toks []text.Token, k, t1 int) bool {
	q := k
	if toks[k].Text == "(" {
		for q < t1 && toks[q].Text != ")" {
			q++
		}
	}
	return q+1 < t1 && toks[q].Text == ")" && capitalised(toks[q+1].Text)
}

// nameParticles are lower-case words that occur inside names ("Bank of
// England", "Charles de Gaulle", "Mohammed bin Salman", "Daniel arap
// Moi").
var nameParticles = map[string]bool{"of": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"do": true, "dos": true, "das": true, "du": true, "des": true, "la": true, "le": true, "les": true,
	"von": true, "van": true, "der": true, "den": true, "ter": true, "al": true, "el": true, "bin": true,
	"ibn": true, "bint": true, "ben": true, "ould": true, "arap": true, "abu": true, "y": true, "e": true,
	"the": true, "and": true, "for": true,
	"on": true, "in": true, "-": true, "&": true, "'s": true, "\u2019s": true}

// entityPart cuts one part of a tagger span at titles and given names,
// and appends the mentions to out.
func (st *docState) entityPart(out []mention, si, t0, t1 int, typ string) []mention {
	toks := st.tokens[si]
	titled := false
	// An organisation's name may hold a title ("the Lord Chancellor's
	// Department", "the Family Justice Division"): when the tagger reads the
	// whole span as an organisation and it ends in a word that heads
	// organisation names or a common noun, no person follows the title.
	keepWhole := typ == "ORG" && st.orgHeaded(si, t0, t1)
	if st.titledOrgName(si, t0, t1) {
		keepWhole, typ = true, "ORG"
	}
	for k := t0; k < t1 && !keepWhole; k++ {
		n, ok := st.titleLen(si, k, t1)
		if !ok {
			continue
		}
		if k > t0 && k+n == t1 && n == 1 && (st.e.lex.IsGivenName(toks[k-1].Text) || typ == "PER" && len(st.e.lex.Lookup(toks[k-1].Text)) == 0) {
			break // a title word as the surname of a person's name: "Mervyn King"
		}
		if k > t0 {
			// Whatever precedes a title is context: keep it only if the
			// gazetteer knows it ("White House" before "Press Secretary").
			if m, ok := st.knownPart(si, t0, k); ok {
				out = append(out, m)
			}
		}
		t0, titled = k+n, true
		k = t0 - 1
		typ = "PER"
	}
	if t0 >= t1 {
		return out
	}
	// A demonym for a person before a name ("Dutchman Patrick", "Irishmen
	// JP McManus and John Magnier"): the state, then a person.
	if t1-t0 >= 2 && !keepWhole && st.personDemonym(toks[t0].Text) {
		if m, ok := st.knownPart(si, t0, t0+1); ok && m.kind == KindState {
			out = append(out, m)
			t0, typ = t0+1, "PER"
		}
	}
	// A descriptor glued before a person's given name: "Army Dan Driscoll";
	// not a first given name before a second one ("Anna Nicole Smith"),
	// nor in a company named after a person ("Crazy Eddie Inc"), nor a
	// given name the list lacks before a second one ("Farhan Aziz Haq").
	for k := t0 + 1; k < t1-1 && !keepWhole && !st.e.lex.IsGivenName(toks[t0].Text); k++ {
		if st.e.lex.IsGivenName(toks[k].Text) && len(st.e.lex.Lookup(st.text[toks[t0].Span.Start:toks[t1-1].Span.End])) == 0 {
			m, known := st.knownPart(si, t0, k)
			if !known && k == t0+1 && st.unlistedGivenName(toks[t0].Text) && !nameParticles[strings.ToLower(toks[k].Text)] {
				typ = "PER"
				break
			}
			if known {
				out = append(out, m)
			}
			t0, typ = k, "PER"
			break
		}
	}
	// A descriptor before a person the gazetteer knows by a name of two
	// words or more ("Democrat Hakeem Jeffries", "House Democrat Hakeem
	// Jeffries"): the known name is the person.
	if k := st.knownPersonTail(si, t0, t1); k > t0 && !keepWhole {
		if m, ok := st.knownPart(si, t0, k); ok {
			out = append(out, m)
		}
		t0, typ = k, "PER"
	}
	if m, ok := st.typedPart(si, t0, t1, typ, titled); ok {
		out = append(out, m)
	}
	return out
}

// knownPersonTail returns the first token k after t0 from which tokens
// [k, t1) are a gazetteer person's name of two words or more, when tokens
// [t0, t1) as a whole are no name the gazetteer knows and every word
// before k describes (describingWord); else t0.
func (st *docState) knownPersonTail(si, t0, t1 int) int {
	toks := st.tokens[si]
	if t1-t0 < 3 || len(st.e.lex.Lookup(st.text[toks[t0].Span.Start:toks[t1-1].Span.End])) > 0 {
		return t0
	}
	for k := t0 + 1; k <= t1-2; k++ {
		if w := toks[k-1].Text; st.e.lex.IsGivenName(w) || !st.describingWord(w) {
			return t0 // a name of the person's own ("Herman De Croo", "Akbar Hashemi Rafsanjani")
		}
		entries := st.e.lex.Lookup(st.text[toks[k].Span.Start:toks[t1-1].Span.End])
		if len(entries) > 0 && entries[0].Kind == KindPerson && entries[0].Via == ViaName {
			return k
		}
	}
	return t0
}

// describingWord reports whether w can describe a person before the
// name: a name the gazetteer knows ("Democrat", "Labour"), a common word
// ("House", "Defense"), a word of places, peoples or organisations.
func (st *docState) describingWord(w string) bool {
	return len(st.e.lex.Lookup(w)) > 0 || st.wordOfLanguage(w)
}

// wordOfLanguage reports whether the tagger's lists or clusters know w as
// a common word (in its training data or written in lower case in news)
// or as a word of places, peoples, times or organisations.
func (st *docState) wordOfLanguage(w string) bool {
	m := st.e.model
	return m.IsCommonWord(w) || m.WrittenInLowerCase(w) || m.IsPlacePeopleOrTimeWord(w) || m.IsOrgWord(w)
}

// unlistedGivenName reports whether w, written before a listed given
// name, is more likely a given name the list lacks than a descriptor: a
// word too rare in news for the word clusters, which a descriptor seldom
// is ("Army", "Beatle", "EADS" are cluster words), that is no initial, no
// acronym and has no ending of a noun for a doer ("Bookmaker",
// "Guardsman", "Cinematographer", "Crooked", "Transportation"), nor an
// abbreviation ("Sens.").
func (st *docState) unlistedGivenName(w string) bool {
	if utf8.RuneCountInString(w) < 3 || nameParticles[strings.ToLower(w)] || allCaps(w) || !capitalWord(w) || strings.ContainsRune(w, '.') ||
		st.e.model.ClusterWord(w) || st.wordOfLanguage(w) {
		return false
	}
	for _, suffix := range doerEndings {
		if strings.HasSuffix(w, suffix) {
			return false
		}
	}
	return true
}

// doerEndings end nouns for a doer or a member, participles and nouns of
// an office's field, which describe a person before a name rather than
// name one.
var doerEndings = []string{"er", "or", "man", "men", "ist", "ian", "ed", "ion"}

// afterOf returns the mention of tokens [t0,t1) that follow an "of" the
// tagger took into a name, which no name starts with: what follows is
// the see, duchy or city of a title ("the Archbishop of Canterbury", "the
// Duchess of Cornwall", "The Lord Of the Rings"), which names no one, or
// the field or firm of a person's post, whom a given name or the firm's
// own name follows ("Secretary of Energy Spencer Abraham", "chief
// executive of Apollo Gas Co"). It is the gazetteer's place or state if
// it knows the tokens as one (not its organisation: the blogger "Queen of
// the Sky" is no broadcaster), else the person from a given name on, else
// an organisation of two words or more whose name ends in a legal form or
// a word that heads organisations' names, else, after a field of one word
// or more, a person of the last two words if neither is a common word,
// else none.
func (st *docState) afterOf(si, t0, t1 int, titled bool) (mention, bool) {
	if m, ok := st.knownPart(si, t0, t1); ok && (m.place || m.kind == KindState) {
		return m, true
	}
	toks := st.tokens[si]
	t1 = nameEnd(toks, t0, t1)
	for t0 < t1 && strings.EqualFold(toks[t0].Text, "the") {
		t0++
	}
	for k := t0; k < t1-1; k++ {
		if st.e.lex.IsGivenName(toks[k].Text) {
			return st.typedPart(si, k, t1, "PER", true)
		}
	}
	if t1-t0 >= 2 { // one word after "of" is a post's field: "Minister of Energy"
		if last := toks[t1-1].Text; cue.Default().LegalForm(last) || st.e.model.IsOrgWord(last) {
			return st.typedPart(si, t0, t1, "ORG", titled)
		}
	}
	if t1-t0 >= 3 && !st.e.model.IsCommonWord(toks[t1-2].Text) && !st.e.model.IsCommonWord(toks[t1-1].Text) {
		// A person the given-name list lacks: the last two words,
		// after the field ("Secretary of Energy Spencer Abraham").
		return st.typedPart(si, t1-2, t1, "PER", true)
	}
	return mention{}, false
}

// personDemonym reports whether w is a demonym's noun for a person or
// people, a state's demonym with "man", "men", "woman" or "women"
// ("Frenchman", "Irishmen", "Dutchwoman"; not "German", whose "Ger" is
// none), the form a descriptor before a name takes.
func (st *docState) personDemonym(w string) bool {
	for _, s := range []string{"woman", "women", "man", "men"} {
		stem, ok := strings.CutSuffix(w, s)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, e := range st.e.lex.Lookup(stem) {
			if e.Kind == KindState && e.Via == ViaDemonym {
				return true
			}
		}
		return false
	}
	return false
}

// nameEnd returns the end of tokens [t0,t1) without their trailing
// lower-case words and punctuation, which are not part of a name.
func nameEnd(toks []text.Token, t0, t1 int) int {
	for t1 > t0 && (!text.IsNameStart(toks[t1-1].Text) || text.IsLower(toks[t1-1].Text)) {
		t1--
	}
	return t1
}

// titledOrgName reports whether tokens [t0,t1), whatever the tagger's
// type, are an organisation's name that a title word opens: its last word
// heads organisations' names and no "of" follows the title ("General
// Motors", "Premier League", "Metropolitan Police" are no general,
// premier or Orthodox metropolitan; "President Bush" is a person, "CEO of
// Central Trust Co" a post at a firm).
func (st *docState) titledOrgName(si, t0, t1 int) bool {
	toks := st.tokens[si]
	t1 = nameEnd(toks, t0, t1)
	if t1-t0 < 2 || !st.e.model.IsOrgWord(toks[t1-1].Text) {
		return false
	}
	n, ok := st.titleLen(si, t0, t1)
	return ok && t0+n < t1 && !strings.EqualFold(toks[t0+n].Text, "of")
}

// orgHeaded reports whether tokens [t0,t1) read as an organisation's name
// around a title: they start with a word that heads organisation names
// (the tagger's list: Office, Ministry, Department …) and "of", or such a
// word and "of" come before a title that ends them, or their
// last name word is such a word or a common noun (seen in lower case in the
// tagger's training text), which a person's name does not end in, and is
// not itself a title.
func (st *docState) orgHeaded(si, t0, t1 int) bool {
	toks := st.tokens[si]
	t1 = nameEnd(toks, t0, t1)
	if t1-t0 < 2 {
		return false
	}
	if st.e.model.IsOrgWord(toks[t0].Text) && toks[t0+1].Text == "of" {
		return true // "Office of the Deputy Prime Minister"
	}
	// "National Association of Probation Officers": a title that only
	// ends the name, after an organisation's head word and "of" (but a
	// person's given name, another title or a comma before it ends the
	// organisation's name: "Stock Exchange of Hong Kong Ronald Li").
	for k := t0 + 1; k+2 < t1; k++ {
		if st.e.model.IsOrgWord(toks[k].Text) && toks[k+1].Text == "of" {
			for j := k + 2; j < t1-1; j++ {
				if _, ok := st.titleLen(si, j, t1-1); ok || toks[j].Text == "," || st.e.lex.IsGivenName(toks[j].Text) {
					return false
				}
			}
			return true
		}
	}
	w := toks[t1-1].Text
	if _, ok := st.titleLen(si, t1-1, t1); ok {
		return false // "Trade and Industry Secretary" is a person's title
	}
	return st.e.model.IsOrgWord(w) || st.e.model.IsCommonWord(w) && !st.e.lex.IsGivenName(w)
}

// titleLen returns the length of a title at token k (before end), also
// for a plural title ("Presidents").
func (st *docState) titleLen(si, k, end int) (int, bool) {
	toks := st.tokens[si]
	if n, _, ok := st.e.lex.TitleAt(st.text, toks[k:end]); ok && n > 0 {
		return n, true
	}
	w := toks[k].Text
	if len(w) > 3 && strings.HasSuffix(w, "s") && !text.IsLower(w) {
		sing := w[:len(w)-1]
		if _, _, ok := st.e.lex.TitleAt(sing, []text.Token{{Text: sing, Span: Span{Start: 0, End: len(sing)}}}); ok {
			return 1, true
		}
	}
	return 0, false
}

// knownPart returns a mention for tokens [t0,t1) if the gazetteer knows
// them.
func (st *docState) knownPart(si, t0, t1 int) (mention, bool) {
	toks := st.tokens[si]
	t1 = nameEnd(toks, t0, t1)
	if t0 >= t1 {
		return mention{}, false
	}
	span := Span{Start: toks[t0].Span.Start, End: toks[t1-1].Span.End}
	name := cleanName(st.text[span.Start:span.End])
	entries := st.existing(st.e.lex.Lookup(name))
	if len(entries) == 0 || st.aliasBeforeGazetteer(name, entries) {
		return mention{}, false
	}
	return st.lexMention(si, t0, t1, entries)
}

// typedPart returns a mention for tokens [t0,t1): the gazetteer's meaning
// if it knows the name, else the tagger's type.
func (st *docState) typedPart(si, t0, t1 int, typ string, titled bool) (mention, bool) {
	toks := st.tokens[si]
	t1 = nameEnd(toks, t0, t1)
	for t0 < t1 && !text.IsNameStart(toks[t0].Text) {
		t0++
	}
	if t0 >= t1 {
		return mention{}, false
	}
	if strings.EqualFold(toks[t0].Text, "of") {
		return st.afterOf(si, t0+1, t1, titled)
	}
	if typ == "ORG" && st.sentencesArticle(toks, t0, t1) {
		t0++
	}
	span := Span{Start: toks[t0].Span.Start, End: toks[t1-1].Span.End}
	surface := st.text[span.Start:span.End]
	if st.isBoilerplate(surface) && !st.inRunningText(si, t0, t1) || !text.HasUpper(surface) {
		return mention{}, false
	}
	m := mention{sent: si, t0: t0, t1: t1, span: span, surface: surface, name: cleanName(surface),
		via: ViaName, actorIndex: -1, titled: titled || st.titleBefore(si, t0)}
	// The gazetteer may know the cleaned entity ("Mr. Putin" -> "Putin"),
	// or its American spelling ("Food and Agriculture Organisation").
	entries := st.existing(st.e.lex.Lookup(m.name))
	if alt := britishAmerican.Replace(m.name); len(entries) == 0 && alt != m.name {
		entries = st.existing(st.e.lex.Lookup(alt))
	}
	if len(entries) == 0 && dottedAcronym(m.name) {
		entries = st.existing(st.e.lex.Lookup(strings.ReplaceAll(m.name, ".", ""))) // "N.S.A." is the NSA
	}
	if len(entries) > 0 && typ == "PER" && t1-t0 == 1 && placeAsSurname(toks, t0, entries[0]) {
		entries = nil // "Mr Houston", "Mrs English": a surname, whatever place or state it also names
	}
	if len(entries) > 0 && !st.aliasBeforeGazetteer(m.name, entries) {
		e := entries[0]
		if p, ok := st.homonymPlace(entries); ok {
			e = p // "Georgia" in a story set in the United States
		}
		m.name, m.kind, m.via, m.affil, m.known = st.inTime(e.Name, e.Kind), e.Kind, e.Via, st.inTime(e.Affiliation, KindState), true
		if m.via == "" {
			m.via = ViaName
		}
		st.placeReading(&m, e)
		return m, !st.e.lex.Ignored(e.Name)
	}
	if st.e.lex.Ignored(m.name) || pluralAcronym(m.name) || t1-t0 == 1 && (cue.Default().MeasureWord(m.name) || st.e.lex.IsCommonInitialism(m.name) && !st.orgOpensWith(m.name) ||
		currencyWords[strings.ToLower(m.name)] && (t0 == 0 || !honorific(toks[t0-1].Text)) && !st.inTitleCaseName(m.name)) {
		// A measure's word alone ("Composite" of "the Nasdaq Composite",
		// "GNP", "PC") names nothing, nor does a currency's ("Sterling
		// was last trading at", "Dlrs"), unless the story writes it in
		// a longer name ("Mr Pound", "Dick Pound", "Sterling Inc").
		return mention{}, false
	}
	if c, ok := st.e.lex.MergeTarget(m.name); ok {
		m.name = c
	}
	// "King's Cross station", "Gatwick airport", "Heathrow Airport": a
	// place, whatever the tagger read; "Heathrow Airport said" is its
	// operator, but "a detainee in Woodhill Prison said" is not the prison.
	if sites := cue.Default(); t1 < len(toks) && sites.SiteNoun(toks[t1].Text) ||
		t1-t0 >= 2 && sites.SiteWord(toks[t1-1].Text) && (!st.speaksAfter(si, t1) || t0 > 0 && sitePrepositions[toks[t0-1].Text]) ||
		t1-t0 >= 2 && landformHeads[toks[t1-1].Text] && !st.speaksAfter(si, t1) && !st.nameGoesOn(m.surface) && !st.e.lex.IsGivenName(toks[t0].Text) {
		m.place = true
		return m, true
	}
	if priceMoveAfter(toks, t1) && (t1-t0 > 1 || !st.e.model.IsCommonWord(toks[t0].Text)) {
		m.kind = KindOrg // "Alcan added 1/4 to 54-1/8": a listed company, whatever the tagger read
		return m, true
	}
	switch typ {
	case "PER":
		m.kind = KindPerson
		if t1-t0 == 1 && t0 > 0 && strings.EqualFold(toks[t0-1].Text, "the") && st.e.lex.IsGivenName(toks[t0].Text) &&
			(t1 == len(toks) || articleNameEnds[toks[t1].Text]) {
			// "oppose the Bill in the Lords", "won the Oscar for": no
			// one's given name takes the article; before a noun it may
			// name a person's work ("the Wim report").
			return mention{}, false
		}
		if t1-t0 == 1 && t0 > 0 && strings.EqualFold(toks[t0-1].Text, "the") && !m.titled && !st.e.lex.IsGivenName(toks[t0].Text) &&
			st.speaksAfter(si, t1) {
			m.kind = KindOrg // "the Bourse said": no person's name takes the article
			break
		}
		if st.listedName(si, t0, span) && !m.titled {
			m.kind = KindOrg // "controlled by DuPont <DD>": a stock code follows a listed company's name
			break
		}
		if t0 > 0 && (partnershipNouns[toks[t0-1].Text] || researchNouns[toks[t0-1].Text] && !st.e.lex.IsGivenName(toks[t0].Text)) &&
			orgKindBefore(toks, t0, t1) && !m.titled {
			m.kind = KindOrg // "auditors Grant Thornton", "brokers James Capel": a firm named after its partners
			break
		}
		if t1-t0 >= 2 && geoPrefixes[toks[t0].Text] && !m.titled && !st.e.lex.IsGivenName(toks[t0].Text) {
			m.place = true // "North Tyneside", "Santa Cruz", "Mount Kilimanjaro": no person's name opens so
		}
		if st.bodyOfState(toks, t0, t1) && !m.titled {
			m.kind = KindOrg // "United Steelworkers of America": no person is "of" a state, but by a title
		}
	case "ORG":
		m.kind = KindOrg
		if shireCounty(toks[t0:t1]) && cue.Default().Vote(toks, t0, t1).Org == 0 {
			// "in that part of Leicestershire": a British county, a place,
			// though the tagger learnt the names as county cricket clubs;
			// "Lancashire captain", "the Yorkshire side" stay the clubs.
			m.place = true
		}
	case "LOC":
		switch {
		case isBodyName(m.name):
			m.kind = KindOrg // "the High Court" read as a place: a state's body
		case st.orgNamedLikePlace(m.name):
			m.kind = KindOrg // "Greater Manchester Police", "Heritage Foundation"
		case orgKindBefore(toks, t0, t1):
			m.kind = KindOrg // "at brokers Jefferies": no place is a broker
		case st.listedName(si, t0, span):
			m.kind = KindOrg // "Piedmont <PIE>": no place has a stock code
		case m.titled && capitalWord(toks[t0].Text) && st.speaksAfter(si, t1):
			m.kind = KindPerson // "President Leon Febres Cordero said"
		case soldBefore(toks, t0, t1):
			m.kind = KindOrg // "the forced sale of Yugansk": a place the gazetteer does not know is no business sold
		case apposedOrg(toks, t1) && !afterPlacePreposition(toks, t0):
			m.kind = KindOrg // "RHB, Malaysia's third-biggest lender,": a place is no lender
		case st.unknownPlaceSpeaks(si, t0, t1):
			m.kind = KindOrg // "Webroot revealed", "a spokesman for DaimlerChrysler,": a place has no voice of its own
			if t1-t0 >= 2 && st.e.lex.IsGivenName(toks[t0].Text) {
				m.kind = KindPerson
			}
		default:
			m.place = true
		}
	case "MISC":
		// The tagger's MISC (nationalities, events, works, products) for a
		// body that speaks: a verb of saying right after the name, and
		// words around it that mark an organisation or a thing that is no
		// person ("research institute Ifo said", "Ifo said it").
		// So is a name of two words or more that ends as organisations'
		// names do ("Traveller Law Reform Coalition").
		// So is a name after the kind of organisation it names ("property
		// investment fund Molsiris", "an analyst at NikkoCitigroup"), and
		// one a stock code follows ("Viratek <VIRA>").
		v := cue.Default().Vote(st.tokens[si], t0, t1)
		if !st.orgNamedLikePlace(m.name) && !orgKindBefore(toks, t0, t1) && !st.listedName(si, t0, span) && (!st.speaksAfter(si, t1) || v.Org+v.NonPerson == 0) {
			return mention{}, false
		}
		m.kind = KindOrg
	default:
		return mention{}, false
	}
	return m, true
}

// shireCounties are the historic counties of Great Britain whose names
// end in "shire" (England, Scotland and Wales).
var shireCounties = map[string]bool{"Aberdeenshire": true, "Ayrshire": true, "Banffshire": true, "Bedfordshire": true,
	"Berkshire": true, "Berwickshire": true, "Brecknockshire": true, "Buckinghamshire": true, "Caernarfonshire": true,
	"Cambridgeshire": true, "Cardiganshire": true, "Carmarthenshire": true, "Cheshire": true, "Clackmannanshire": true,
	"Denbighshire": true, "Derbyshire": true, "Dumfriesshire": true, "Dunbartonshire": true, "Flintshire": true,
	"Gloucestershire": true, "Hampshire": true, "Herefordshire": true, "Hertfordshire": true, "Huntingdonshire": true,
	"Kincardineshire": true, "Kirkcudbrightshire": true, "Lanarkshire": true, "Lancashire": true, "Leicestershire": true,
	"Lincolnshire": true, "Monmouthshire": true, "Montgomeryshire": true, "Morayshire": true, "Northamptonshire": true,
	"Nottinghamshire": true, "Oxfordshire": true, "Peeblesshire": true, "Pembrokeshire": true, "Perthshire": true,
	"Radnorshire": true, "Renfrewshire": true, "Roxburghshire": true, "Selkirkshire": true, "Shropshire": true,
	"Staffordshire": true, "Stirlingshire": true, "Warwickshire": true, "Wigtownshire": true, "Wiltshire": true,
	"Worcestershire": true, "Yorkshire": true}

// shireCounty reports whether tokens are the name of a county of Great
// Britain that ends in "shire" ("Leicestershire", "Aberdeenshire";
// shireCounties, not "Wilshire", a company's short name, nor the surname
// "Abshire"), with a compass word before it or not ("South Yorkshire").
func shireCounty(toks []text.Token) bool {
	switch len(toks) {
	case 2:
		switch toks[0].Text {
		case "North", "South", "East", "West":
		default:
			return false
		}
	case 1:
	default:
		return false
	}
	return shireCounties[toks[len(toks)-1].Text]
}

// listedName reports whether the name at [t0, span) of sentence si is
// followed by a stock code (text.TickerAfter: "DuPont <DD>"), and so is a
// listed company's, when it is not the part after a hyphen of a longer
// name ("Gobain" of "Cie de Saint-Gobain <SGEP.PA>", which joinHyphens
// makes whole).
func (st *docState) listedName(si, t0 int, span Span) bool {
	return text.TickerAfter(st.text, span.End) && !(t0 >= 2 && st.hyphenAt(si, t0-1))
}

// nameVotes counts, for each name of two words or more that the tagger
// reads as an organisation, a person or a place somewhere in the document
// outside a title-case headline, how often it reads it as each (ORG, PER,
// LOC), or returns nil when there are none. namedTypes and repeatedNames
// read their maps from it.
func (st *docState) nameVotes(tags [][]ner.Tag, words [][]string) map[string][3]int {
	var votes map[string][3]int
	var ents []ner.Entity
	for si, toks := range st.tokens {
		if len(toks) == 0 || isHeadline(toks) {
			continue
		}
		ents = ner.AppendEntities(ents[:0], tags[si])
		for _, en := range ents {
			c := slices.Index([]string{"ORG", "PER", "LOC"}, en.Type)
			if en.End-en.Start < 2 || c < 0 || st.moneyName(words[si][en.Start:en.End]) {
				continue
			}
			if votes == nil {
				votes = make(map[string][3]int)
			}
			k := strings.Join(words[si][en.Start:en.End], " ")
			v := votes[k]
			v[c]++
			votes[k] = v
		}
	}
	return votes
}

// namedTypes returns, of the names votes counts (see nameVotes), those the
// tagger reads as an organisation or a person, with the one of the two it
// reads them as most often (ties: organisation), or nil when there are
// none. The tagger reads each sentence on its own and may read the same
// name as MISC in another one ("Christian Aid condemned the move" beside
// "Christian Aid has called on"): one name keeps one reading in a
// document, as a reader takes it (the non-local consistency of Krishnan
// and Manning, 2006, here as a rule). Single words stay out: a demonym or
// an adjective ("Christian", "Olympic") is rightly MISC beside the
// organisation that bears it.
func namedTypes(votes map[string][3]int) map[string]string {
	var out map[string]string
	for k, v := range votes {
		if v[0]+v[1] == 0 {
			continue
		}
		if out == nil {
			out = make(map[string]string)
		}
		if v[1] > v[0] {
			out[k] = "PER"
		} else {
			out[k] = "ORG"
		}
	}
	return out
}

// maxRepeatedName is the number of words of the longest name that
// repeatNames looks for.
const maxRepeatedName = 5

// repeatedNames returns, of the names votes counts (see nameVotes),
// those of up to maxRepeatedName words, with the type the tagger reads
// them as most often (ties: organisation, then person), or nil when there
// are none. repeatNames finds them where the tagger missed them.
func repeatedNames(votes map[string][3]int) map[string]string {
	var out map[string]string
	for k, v := range votes {
		if text.FieldCount(k, maxRepeatedName+1) > maxRepeatedName {
			continue
		}
		if out == nil {
			out = make(map[string]string, len(votes))
		}
		switch {
		case v[0] >= v[1] && v[0] >= v[2]:
			out[k] = "ORG"
		case v[1] >= v[2]:
			out[k] = "PER"
		default:
			out[k] = "LOC"
		}
	}
	return out
}

// repeatNames returns the entities ents (sorted, not overlapping) of a
// sentence of words with each name of names (see repeatedNames) that the
// sentence holds word for word made an entity of its type, where the
// tagger read no entity there or only entities inside it: one name keeps
// one reading in a document (the non-local consistency of Krishnan and
// Manning, 2006, as a rule). The tagger reads each sentence on its own
// and may miss a name it found elsewhere: in "At the time Lord Woolf, the
// Lord Chief Justice, had said" it read only "Lord", as a place. An
// entity that crosses the name's edge, a longer name the tagger read
// around it, stays as it is, and so do words that go on past the name's
// edge: a capitalised word right before it (not the sentence's first) or
// right after it, or a particle and a capitalised word after it ("Renaud
// Donnedieu de Vabres" holds the name "Renaud Donnedieu"). A name needs a
// word of two letters or more ("R & B" is none).
func repeatNames(words []string, ents []ner.Entity, names map[string]string) []ner.Entity {
	if len(names) == 0 {
		return ents
	}
	var key []byte
	var ends [maxRepeatedName + 1]int // ends[n]: length of the key of the first n words
	for i := 0; i+1 < len(words); i++ {
		if !capitalised(words[i]) || i > 1 && capitalised(words[i-1]) {
			continue
		}
		longest := min(maxRepeatedName, len(words)-i)
		key = key[:0]
		for n, w := range words[i : i+longest] {
			if n > 0 {
				key = append(key, ' ')
			}
			key = append(key, w...)
			ends[n+1] = len(key)
		}
		for n := longest; n >= 2; n-- {
			typ, ok := names[string(key[:ends[n]])]
			if !ok || !slices.ContainsFunc(words[i:i+n], func(w string) bool { return len(w) > 1 }) {
				continue
			}
			if e := i + n; e < len(words) && (capitalised(words[e]) ||
				nameParticles[strings.ToLower(words[e])] && e+1 < len(words) && capitalised(words[e+1])) {
				continue
			}
			// An entity the same as the name, or one crossing its
			// edge, leaves the words as they are.
			if slices.ContainsFunc(ents, func(en ner.Entity) bool {
				return en.End > i && en.Start < i+n && (en.Start < i || en.End > i+n || en.Start == i && en.End == i+n)
			}) {
				break
			}
			ents = withEntity(ents, ner.Entity{Start: i, End: i + n, Type: typ})
			i += n - 1
			break
		}
	}
	return ents
}

// placeReading sets whether mention m, which the gazetteer matched to
// entry e, names a place: a place of the gazetteer, a region named as a
// place (regionPlace), or a capital that names where an agreement or a
// meeting was made ("the Paris accord": the place Paris, namesAgreement).
func (st *docState) placeReading(m *mention, e lexicon.Entry) {
	m.place = e.Kind == KindUnknown || st.regionPlace(e, m.sent, m.t0, m.t1)
	if st.namesAgreement(e, m.sent, m.t1) || st.seatBeforeNoun(e, m) {
		m.place, m.name = true, cleanName(m.surface)
	}
}

// seatBeforeNoun reports whether mention m, a state's capital (entry e),
// stands between a determiner and a lower-case word that is not its
// government's ("the Paris goals", "the London market", "the Tokyo stock
// market", "a Paris firm"), or before "-based" ("a London-based bank"):
// the city as a place; "the Moscow government" is the state, and so are
// seats that are no city ("the White House said", "the Kremlin denied").
func (st *docState) seatBeforeNoun(e lexicon.Entry, m *mention) bool {
	toks := st.tokens[m.sent]
	if e.Kind != KindState || e.Via != lexicon.ViaSeat || e.Category != "capital" || m.t1 >= len(toks) {
		return false
	}
	if m.t1+1 < len(toks) && toks[m.t1].Text == "-" && seatedWords[toks[m.t1+1].Text] {
		return true // "a Paris-based firm", "London-listed shares"
	}
	if m.t0 == 0 || !seatDeterminers[strings.ToLower(toks[m.t0-1].Text)] {
		return false
	}
	w := toks[m.t1].Text
	if !text.IsLower(w) || !text.IsNameStart(w) || seatGovernmentNouns[w] {
		return false
	}
	n, _, title := st.e.lex.TitleAt(st.text, toks[m.t1:])
	return !title || n == 0 // "the London mayor" is a person of the state's
}

// seatDeterminers are the words that open a noun phrase in which a
// capital before a noun is a place ("the London market", "a Paris firm",
// "his London home"): after them the next lower-case word is the phrase's
// noun, not a verb the capital's government does ("London said"; not
// "that", which as often opens a clause: "told Kommersant that Washington
// had erred").
var seatDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "another": true}

// seatedWords are the words after a capital and a hyphen that make it
// where something is ("Paris-based", "London-listed").
var seatedWords = map[string]bool{"based": true, "listed": true, "headquartered": true, "registered": true}

// seatGovernmentNouns are the nouns after a capital that make it its
// state's government acting ("the Moscow government", "the Beijing
// leadership").
var seatGovernmentNouns = map[string]bool{"government": true, "administration": true, "authorities": true,
	"officials": true, "official": true, "leaders": true, "leadership": true, "regime": true, "spokesman": true, "spokeswoman": true,
	"side": true, "delegation": true, "negotiators": true, "diplomats": true, "establishment": true}

// inTitleCaseName reports whether the document writes w next to a word
// in title case that is no common word, as part of a longer name ("Dick
// Pound", "Sterling Inc"; not "The Sterling", nor "Sterling GBP=", a
// quote's code in capitals).
func (st *docState) inTitleCaseName(w string) bool {
	titled := func(x string) bool {
		return text.IsNameStart(x) && !text.IsLower(x) && strings.ToUpper(x) != x
	}
	for _, toks := range st.tokens {
		for i, t := range toks {
			if t.Text != w {
				continue
			}
			if i > 0 && titled(toks[i-1].Text) && !st.e.model.IsCommonWord(toks[i-1].Text) || i+1 < len(toks) && titled(toks[i+1].Text) {
				return true
			}
		}
	}
	return false
}

// articleNameEnds are the words after which "the" and a given name end
// a noun phrase (see typedPart): punctuation, prepositions, conjunctions
// and the auxiliaries.
var articleNameEnds = map[string]bool{".": true, ",": true, ";": true, ":": true, "?": true, "!": true, ")": true,
	"\"": true, "”": true, "'": true, "’": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"of": true, "and": true, "or": true, "but": true, "with": true, "from": true, "by": true, "is": true,
	"was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true, "which": true, "that": true}

// pluralAcronym reports whether name is an acronym in capitals with a
// plural "s" ("PCs", "SUVs", "GCSEs", "CSOs"): a kind of thing or of
// people, not one actor. Plurals the gazetteer knows ("MEPs" for the
// European Parliament's members) are looked up before.
func pluralAcronym(name string) bool {
	n := len(name)
	if n < 3 || name[n-1] != 's' {
		return false
	}
	for i := range n - 1 {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

// sitePrepositions are the prepositions of place before a site's name,
// after which the site does not speak even right before a verb of saying
// ("a detainee in Woodhill Prison said").
var sitePrepositions = map[string]bool{"in": true, "at": true, "from": true, "inside": true, "outside": true, "near": true}

// unknownPlaceSpeaks reports whether tokens [t0,t1) of sentence si, a
// name the tagger reads as a place and the gazetteer does not know, speak
// as an actor: the body of a spokesman, the name ending its phrase ("a
// spokesman for Celltick."), or the subject of a verb of saying ("Sina
// said", "Fairmont said it planned"). A place the gazetteer does not know
// is a small town or a region, and news gives its voice to the people and
// bodies in it, so the subject must open its clause: nothing before it
// but punctuation or a conjunction ("and Webroot revealed", "after
// Portsmouth claimed"). A preposition or a noun before it ("health
// officials in Powys said", "the state capital Salvador told") leaves it a
// place, and so do a hyphen ("Herald-Sun"), "and" after a capitalised
// word ("Savings and Loan Association of Brooksville said") and a comma
// that goes on with names after "of" ("Minister of Agriculture, Animal
// Husbandry and Fisheries said"), which make it part of a longer name; and
// so does a noun after a spokesman's phrase ("a spokesman for Fukushima
// police"). "states", "estimates" and "claims" after the name are plural
// nouns ("the New England states").
func (st *docState) unknownPlaceSpeaks(si, t0, t1 int) bool {
	toks := st.tokens[si]
	b := wordBefore(toks, t0)
	if b >= 1 && toks[b].Text == "for" && spokesNouns[strings.ToLower(toks[b-1].Text)] {
		return t1 == len(toks) || !text.IsLower(toks[t1].Text) && !text.IsNameStart(toks[t1].Text)
	}
	if b >= 0 && (toks[b].Text == "-" || toks[b].Text == "," && listOfNames(toks, b) || isAnd(toks[b].Text) && b > 0 && capitalWord(toks[b-1].Text) ||
		!text.IsPunct(toks[b].Text) && !subjectOpeners[strings.ToLower(toks[b].Text)]) {
		return false
	}
	return t1 < len(toks) && speechVerbs[toks[t1].Text] && !pluralNounVerbs[toks[t1].Text]
}

// pluralNounVerbs are the verbs of saying that are plural nouns as well
// ("the New England states", "Wall Street estimates of earnings").
var pluralNounVerbs = map[string]bool{"states": true, "estimates": true, "claims": true}

// apposedOrg reports whether an apposition after the name ending at token
// t1 says it is an organisation ("Wipro, India's third-biggest software
// firm,", "Hydro-Quebec, the provincially-owned utility,").
func apposedOrg(toks []text.Token, t1 int) bool {
	c, ok := cue.Default().Apposition(toks, t1)
	return ok && c == cue.ClassOrg
}

// soldBefore reports whether "sale of", "purchase of" or "auction of"
// stands right before the name in tokens [t0,t1), and the name ends its
// phrase (no lower-case noun after it: "the sale of Kent farmland"; no
// comma and a capitalised word, a town's state: "the purchase of
// Cleveland, Ohio-based Glidden Inc").
// Only for a name the tagger reads as a place the gazetteer does not
// know: a product is sold as well ("the sale of Windows"), and the kind
// nouns (cues.tsv) leave these phrases out for that reason.
func soldBefore(toks []text.Token, t0, t1 int) bool {
	if t0 < 2 || toks[t0-1].Text != "of" {
		return false
	}
	switch strings.ToLower(toks[t0-2].Text) {
	case "sale", "purchase", "auction":
	default:
		return false
	}
	if t1+1 < len(toks) && toks[t1].Text == "," && capitalWord(toks[t1+1].Text) {
		return false // "the purchase of Cleveland, Ohio-based Glidden Inc": a town and its state
	}
	return t1 == len(toks) || !text.IsLower(toks[t1].Text) || text.IsPunct(toks[t1].Text) || toks[t1].Text == "to" || toks[t1].Text == "for"
}

// bodyOfState reports whether tokens [t0,t1), a name the tagger read as a
// person's, are a body "of" a state: "of" and a state's name the
// gazetteer knows end the name ("United Steelworkers of America",
// "Bank of Tanzania"), and the first word is neither a given name nor a
// title ("Queen Elizabeth of England", "Duke of Edinburgh", "King Abdullah
// of Jordan" are people).
func (st *docState) bodyOfState(toks []text.Token, t0, t1 int) bool {
	of := -1
	for k := t0 + 1; k < t1-1; k++ {
		if toks[k].Text == "of" {
			of = k
		}
	}
	if of < 0 || st.e.lex.IsGivenName(toks[t0].Text) || t0 > 0 && toks[t0-1].Text == "-" {
		return false // a given name; the second half of a cut name ("Denis Sassou- Nguesso of Congo")
	}
	if _, _, ok := st.e.lex.TitleAt(st.text, toks[t0:t1]); ok {
		return false
	}
	n, es := st.e.lex.Longest(st.text, toks[of+1:t1])
	return n == t1-of-1 && len(es) > 0 && es[0].Kind == KindState && es[0].Via == ViaName
}

// afterPlacePreposition reports whether a preposition of place stands
// right before token t0, or before "the" there ("in Sharjah, the Emirates
// news agency, WAM, reported": the apposition is the agency's).
func afterPlacePreposition(toks []text.Token, t0 int) bool {
	b := wordBefore(toks, t0)
	return b >= 0 && sitePrepositions[strings.ToLower(toks[b].Text)]
}

// wordBefore returns the token before a name that starts at token t0,
// past an article ("in the Far East": "in"), or -1 at the sentence's
// start.
func wordBefore(toks []text.Token, t0 int) int {
	b := t0 - 1
	if b >= 0 && isArticle(toks[b].Text) {
		b--
	}
	return b
}

// listOfNames reports whether the comma at token c goes on with a list of
// names after "of": capitalised words run back from it to an "of".
func listOfNames(toks []text.Token, c int) bool {
	k := c - 1
	for k >= 0 && capitalWord(toks[k].Text) {
		k--
	}
	return k >= 0 && k < c-1 && toks[k].Text == "of"
}

// subjectOpeners are the conjunctions that may stand right before the
// subject of a clause ("and Webroot revealed", "after Portsmouth claimed").
var subjectOpeners = map[string]bool{"and": true, "but": true, "or": true, "while": true, "whereas": true, "that": true,
	"as": true, "because": true, "so": true, "although": true, "though": true, "when": true, "after": true, "before": true,
	"since": true, "if": true, "yet": true, "then": true}

// spokesNouns are the nouns of a body's spokesman ("a spokesman for X").
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// geoPrefixes are the words that open the names of places and never a
// person's: compass points and the words of mountains, lakes, forts and
// Spanish saints' towns ("North Tyneside", "Mount Kilimanjaro", "Santa
// Cruz"). A name the tagger reads as a person that opens so is a place.
var geoPrefixes = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Northern": true,
	"Southern": true, "Eastern": true, "Western": true, "Upper": true, "Lower": true, "Mount": true, "Lake": true,
	"Fort": true, "Santa": true, "San": true}

// priceMoves are the verbs of a market report for a share's price, with
// the particle some of them take ("edged down"), in the past tense.
var priceMoves = map[string]bool{"rose": true, "fell": true, "gained": true, "added": true, "lost": true,
	"slipped": true, "firmed": true, "eased": true, "improved": true, "surged": true, "dropped": true,
	"declined": true, "climbed": true, "advanced": true, "jumped": true, "dipped": true, "edged": true,
	"rallied": true, "slid": true, "tumbled": true, "plunged": true, "soared": true, "shed": true,
	"weakened": true, "retreated": true, "sank": true, "was": true}

// priceUnits are the units of a share's price that follow its change in a
// market report ("slipped one ct to 1.15 dlrs").
var priceUnits = map[string]bool{"ct": true, "cts": true, "cent": true, "cents": true, "dlr": true, "dlrs": true,
	"pence": true, "p": true, "penny": true}

// priceMoveAfter reports whether tokens from t1 on report a share price's
// move: a verb of priceMoves (with "up", "down", "higher" or "lower" after
// "edged" and "was"), then a change that is a fraction ("1/4", "1-1/8")
// or a number and a unit of priceUnits ("one ct", "15 pence"), then "to"
// or "at" ("Alcan added 1/4 to 54-1/8", "Dome slipped one ct to 1.15
// dlrs"). Prices quoted so are shares', not indexes' (points) or
// commodities' (a unit of weight follows); the name before them is a
// listed company's.
func priceMoveAfter(toks []text.Token, t1 int) bool {
	k := t1
	if k >= len(toks) || !priceMoves[toks[k].Text] {
		return false
	}
	if w := toks[k].Text; w == "edged" || w == "was" {
		k++
		if k >= len(toks) || !slices.Contains([]string{"up", "down", "higher", "lower"}, toks[k].Text) {
			return false
		}
	}
	k++
	if k >= len(toks) {
		return false
	}
	switch change := toks[k].Text; {
	case isPrice(change):
		k++
	case numberOrWord(change):
		k++
		if k >= len(toks) || !priceUnits[toks[k].Text] {
			return false
		}
		k++
	default:
		return false
	}
	return k < len(toks) && (toks[k].Text == "to" || toks[k].Text == "at")
}

// orgKindBefore reports whether the kind of an organisation stands in
// apposition right before the name in tokens [t0,t1) ("auditors Grant
// Thornton"; see cue.Table.KindBefore) and the name is no possessive
// ("the bank Britain's biggest lender" is no name of a bank).
func orgKindBefore(toks []text.Token, t0, t1 int) bool {
	if t1 < len(toks) && text.IsPossessive(toks[t1].Text) || nameRunsOn(toks, t1) {
		return false
	}
	if t1 < len(toks) && toks[t1].Text == "-" && glued(toks, t1-1) {
		return false // "a stake in Oporto-based …", "the acquisition of Ex-Cell-O": a word of a compound
	}
	c, n, ok := cue.Default().KindBefore(toks, t0)
	if !ok || c != cue.ClassOrg {
		return false
	}
	// "film-maker Ken Loach": the noun is a compound's end; "the
	// think-tank Demos" is a kind of its own.
	return t0-n < 1 || toks[t0-n-1].Text != "-"
}

// partnershipNouns are the kinds of firm that bear their founders'
// names and that news writes right before the name in the plural or as a
// trade ("brokers James Capel", "auditors Arthur Andersen"): a name the
// tagger reads as a person's after them is the firm's. Nouns that name a
// person's trade as well ("publisher", "maker") are left out.
var partnershipNouns = map[string]bool{"brokers": true, "stockbrokers": true, "brokerage": true, "auditors": true,
	"accountants": true, "accountancy": true, "consultancy": true}

// researchNouns are the trades of firms that news writes in the plural
// right before a firm's name ("analysts Gartner", "consultants
// Accenture"), and before people's names too ("analysts John Smith and
// Jane Doe"): a name after them the tagger reads as a person's is the
// firm's unless it opens with a given name.
var researchNouns = map[string]bool{"analysts": true, "consultants": true}

// firmJoiners are the words that join the parts of a firm's name besides
// the particles of people's names (personParticles: "Banque de France"):
// "Birr, Wilson and Co", "Ernst & Whinney", "Kreditanstalt fur
// Wiederaufbau".
var firmJoiners = map[string]bool{",": true, "&": true, "and": true, "of": true, "fur": true, "für": true,
	"y": true, "et": true}

// nameRunsOn reports whether the name that ends before token t1 runs on
// in words the tagger left out of it: a capitalised word right after it
// ("Vice" of "Vice Governor"), or a connector and a capitalised word
// ("Prescott, Ball and Turben Inc"). Such a name is a fragment.
func nameRunsOn(toks []text.Token, t1 int) bool {
	if t1 >= len(toks) {
		return false
	}
	if upperWord(toks[t1].Text) {
		return true
	}
	w := toks[t1].Text
	return (firmJoiners[w] || personParticles[w]) && t1+1 < len(toks) && upperWord(toks[t1+1].Text)
}

// speechVerbs are the verbs of saying after which a name the tagger
// reads as neither person, place nor organisation (MISC) may be the name
// of a body that speaks (typedPart).
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "announced": true,
	"announces": true, "warned": true, "warns": true, "added": true, "adds": true, "stated": true, "states": true,
	"estimated": true, "estimates": true, "predicted": true, "predicts": true, "argued": true, "argues": true,
	"insisted": true, "insists": true, "claimed": true, "claims": true, "denied": true, "denies": true}

// speaksAfter reports whether a verb of saying follows token t1 of
// sentence si directly ("Ifo said").
func (st *docState) speaksAfter(si, t1 int) bool {
	toks := st.tokens[si]
	return t1 < len(toks) && speechVerbs[toks[t1].Text]
}

// inRunningText reports whether tokens [t0,t1) of sentence si, a name of
// two words or more written in plain capitals, stand in running text: a
// lower-case word outside them in the sentence. Page furniture stands
// alone on its line ("Share This Article", "World News"); a name made of
// the same words inside a sentence is a name ("The News of the World said
// it had evidence"). A single word, after an article or not ("Live",
// "Video", "The Post"), and a name with a capital inside a word keep the
// boilerplate test's verdict: tried
// without these limits, formats and products ("RSS"), and lists glued
// into one name around run-together words, came in.
func (st *docState) inRunningText(si, t0, t1 int) bool {
	toks := st.tokens[si]
	if t0 < t1 && isArticle(toks[t0].Text) {
		t0++ // "The Post" is one word of furniture
	}
	if t1-t0 < 2 {
		return false
	}
	for _, t := range toks[t0:t1] {
		if innerCapital(t.Text) {
			return false
		}
	}
	for k, t := range toks {
		if (k < t0 || k >= t1) && text.IsLower(t.Text) {
			return true
		}
	}
	return false
}

// innerCapital reports whether w has an upper-case letter after a
// lower-case one ("PipeLines", "SpongeBob").
func innerCapital(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// isBoilerplate is IsBoilerplate, remembered for the document: a name
// recurs.
func (st *docState) isBoilerplate(s string) bool {
	b, ok := st.boiler[s]
	if !ok {
		b = text.IsBoilerplate(s)
		if st.boiler == nil {
			st.boiler = make(map[string]bool)
		}
		st.boiler[s] = b
	}
	return b
}

// titleBefore reports whether a title or honorific ends right before token t.
func (st *docState) titleBefore(si, t int) bool {
	toks := st.tokens[si]
	for k := max(0, t-4); k < t; k++ {
		if n, _, ok := st.e.lex.TitleAt(st.text, toks[k:t]); ok && k+n == t {
			return true
		}
	}
	return false
}

// cleanName normalises a surface form into a name: spaces collapsed, curly
// apostrophes straightened, the full stop of an abbreviated legal form
// left out ("Acme Corp." is Acme Corp: the stop may as well end the
// sentence, and a name is written one way; "Carrefour S.A." keeps its
// stops), ALL-CAPS words title-cased (not acronyms joined by hyphens,
// "WAGA-TV", nor written with full stops, "N.S.A."), and a closing bracket
// without its opening one left out.
func cleanName(s string) string {
	if strings.IndexByte(s, ')') >= 0 && strings.IndexByte(s, '(') < 0 {
		// "the (World) Bank", "(former President Ferdinand) Marcos": the
		// wire's insertion in brackets, whose opening bracket stands
		// before the name.
		s = strings.ReplaceAll(s, ")", "")
	}
	s = strings.ReplaceAll(text.JoinFields(s), "\u2019", "'")
	s = withoutTicker(s)
	if last, ok := text.LastField(s); ok && len(last) > 2 && strings.IndexByte(last, '.') == len(last)-1 && last != s &&
		cue.Default().LegalForm(last[:len(last)-1]) {
		s = s[:len(s)-1]
	}
	if strings.ToUpper(s) == s && len(s) > 4 && strings.ContainsFunc(s, unicode.IsLetter) && !shortPartsOnly(s) && !dottedAcronym(s) {
		words := strings.Fields(strings.ToLower(s))
		for i, w := range words {
			words[i] = upperFirst(w)
		}
		s = strings.Join(words, " ")
	}
	return s
}

// withoutTicker returns name s without a wire ticker in angle brackets
// inside it: "BankAmerica <BAC> Corp" is BankAmerica Corp when what
// follows the ticker is legal forms, or capitalised words that end in one
// after a name without one; else the name ends before the ticker
// ("Colorado National Bancshares <COLC> and Greenwood", "McDonnell
// Douglas Corp <MD> MD-11": another name or a product follows).
func withoutTicker(s string) string {
	i := strings.Index(s, " <")
	if i <= 0 {
		return s
	}
	j := strings.IndexByte(s[i:], '>')
	if j < 0 {
		return s
	}
	before, after := s[:i], strings.TrimSpace(s[i+j+1:])
	words := strings.Fields(after)
	legal := cue.Default()
	isLegal := func(w string) bool { return legal.LegalForm(strings.TrimSuffix(w, ".")) }
	if len(words) == 0 || !isLegal(words[len(words)-1]) {
		return before
	}
	// "Argyll <AYLL.L> Group Plc", "Delta <DAL> Airlines Inc": capitalised
	// words that end in a legal form complete a name that has none; after
	// one that has ("Texas Air Corp <TEX> NWA Inc") they are another's.
	last, _ := text.LastField(before)
	for _, w := range words {
		if !isLegal(w) && (isLegal(last) || !text.IsNameStart(w) || text.IsLower(w)) {
			return before
		}
	}
	return before + " " + after
}

// upperFirst returns w with its first letter in upper case.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// landformHeads are the last words of the names of rivers, dams, seas,
// basins and other landforms ("the Red River", "the Hoover Dam", "the
// Cooper Basin", "the Alaska North Slope", "the Gulf of Bothnia" is cut to
// its first words by the tagger, "the Strait of Hormuz" is a place of the
// gazetteer), places whatever the tagger read, unless the document writes
// the name on into a longer one (nameGoesOn: "James River Corp", "Smoky
// River Coal Ltd", "Hudson's Bay Co") or the name opens with a given name
// (a person's: "Michael Bay", "Mike Lake"). The nouns are those of the
// natural features that gazetteers list (GeoNames' classes of water bodies,
// terrain and undersea features); "Field", "Line" and "Coast" are not
// among them, as they end people's and companies' names as often ("Frank
// Field", "Japan Line", "Gold Coast"); the states and territories named
// after landforms ("Solomon Islands", "Ivory Coast") are the gazetteer's
// and never reach this test. Kept apart from the site words of the cue
// table, whose votes would also make the company's short form ("Smoky
// River continues to operate") a site.
var landformHeads = map[string]bool{"River": true, "Dam": true, "Reservoir": true, "Strait": true, "Straits": true,
	"Basin": true, "Slope": true, "Gulf": true, "Sea": true, "Ocean": true, "Valley": true, "Peninsula": true,
	"Mountains": true, "Mountain": true, "Islands": true, "Island": true, "Desert": true, "Glacier": true,
	"Canyon": true, "Plains": true, "Reef": true, "Lake": true, "Lakes": true, "Bay": true, "Estuary": true,
	"Archipelago": true, "Fjord": true}

// nameGoesOn reports whether the document writes name on into a longer
// name somewhere: followed by a hyphen or by a capitalised word ("James
// River Corp", "Smoky River Coal Ltd", "Powell River-Alberni Sales
// Corp"), so that the name ending in a word of sites there is a
// company's short form, not the river.
func (st *docState) nameGoesOn(name string) bool {
	for rest := st.text; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return false
		}
		rest = rest[i+len(name):]
		switch {
		case strings.HasPrefix(rest, "-"):
			return true
		case strings.HasPrefix(rest, " ") && len(rest) > 1 && unicode.IsUpper(rune(rest[1])):
			return true
		}
	}
}

// orgOpensWith reports whether the document names an organisation of two
// words or more whose first word is w ("PDA Engineering", "DNA Medical
// Inc") or that it defines w for in brackets ("Tibbett & Britten (TB)"):
// then w alone is its short name, not the common noun w may abbreviate.
func (st *docState) orgOpensWith(w string) bool {
	for _, o := range st.mentions {
		if o.kind != KindOrg || o.t1-o.t0 < 2 {
			continue
		}
		toks := st.tokens[o.sent]
		if toks[o.t0].Text == w {
			return true
		}
		if o.t1+2 < len(toks) && toks[o.t1].Text == "(" && toks[o.t1+1].Text == w && toks[o.t1+2].Text == ")" &&
			slices.ContainsFunc(toks[o.t0:o.t1], func(t text.Token) bool {
				return upperWord(t.Text) && !st.e.model.IsCommonWord(t.Text) && !st.e.model.WrittenInLowerCase(t.Text)
			}) {
			return true // not the spelled-out term ("Public Sector Borrowing Requirement (PSBR)")
		}
	}
	return false
}

// dottedAcronym reports whether s is an acronym written with a full stop
// after each capital letter ("N.S.A.", "L.G.B.T."), as some papers write
// them.
func dottedAcronym(s string) bool {
	if len(s) < 4 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if s[i] < 'A' || s[i] > 'Z' || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// shortPartsOnly reports whether s is one word of hyphenated parts of at
// most four letters each: acronyms joined by hyphens ("WAGA-TV",
// "CD-ROM"), which keep their capitals.
func shortPartsOnly(s string) bool {
	if strings.Contains(s, " ") {
		return false
	}
	for _, p := range strings.Split(s, "-") {
		if utf8.RuneCountInString(p) > 4 {
			return false
		}
	}
	return true
}

// resolvedActor is an actor of the document under construction.
type resolvedActor struct {
	lastKey   string // lexicon.NameKey of the last word of a full name, computed lazily
	key       string // Actor.Key when it is not lexicon.NameKey(name) (qualifyBodies)
	canonical string // Actor.Canonical (qualifyBodies)
	name      string
	kind      Kind
	aliases   map[string]bool
	affil     map[string]int // votes for affiliations; nil until the first (addAffil)
	known     bool
	outlet    bool // a station of an outlet the gazetteer knows (mention.outlet)
}

// addAffil adds n votes for the affiliation name.
func (a *resolvedActor) addAffil(name string, n int) {
	if a.affil == nil {
		a.affil = make(map[string]int)
	}
	a.affil[name] += n
}

// tailsOfFullNames names a mention of two or more words that the
// gazetteer does not know by the document's one person name that ends
// with it and has more words ("Kilroy Silk" of "Robert Kilroy-Silk",
// "Mark Johnson" of "Peter Mark Johnson"): the same person, however the
// tagger typed the shorter form; so does a particle and the first of
// two family names ("de Abreu" of "Ramiro de Abreu Sodre"). Keys compare
// word by word, so a hyphen and a space are alike.
func (st *docState) tailsOfFullNames() {
	var people []keyedName // one per name key, in the order of first mention
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.via != ViaName || m.kind != KindPerson && m.kind != KindOrg {
			continue
		}
		k := lexicon.NameKey(m.name)
		if !strings.Contains(k, " ") {
			continue
		}
		if people == nil {
			people = st.personKeys()
		}
		full, n, tail := "", 0, " "+k
		first, _ := text.FirstField(m.name)
		for _, p := range people {
			if strings.HasSuffix(p.key, tail) || personParticles[first] && firstOfFamilyNames(p.key, k) {
				full = p.name
				n++
			}
		}
		if n == 1 { // not when two people end so
			m.name, m.kind = full, KindPerson
		}
	}
}

// firstOfFamilyNames reports whether name key short, which opens with a
// particle, is the first of the two family names that end full ("de
// abreu" of "ramiro de abreu sodre"): in Spanish and Portuguese names the
// father's family name comes first and names the person alone.
func firstOfFamilyNames(full, short string) bool {
	i := strings.LastIndexByte(full, ' ')
	return i > 0 && strings.HasSuffix(full[:i], " "+short)
}

// keyedName is a name with its lexicon.NameKey.
type keyedName struct{ key, name string }

// personKeys returns the person names of the document's mentions, one per
// name key, in the order of their first mentions; never nil.
func (st *docState) personKeys() []keyedName {
	out := []keyedName{}
	for _, o := range st.mentions {
		if o.kind != KindPerson || o.place {
			continue
		}
		k := lexicon.NameKey(o.name)
		if !slices.ContainsFunc(out, func(p keyedName) bool { return p.key == k }) {
			out = append(out, keyedName{k, o.name})
		}
	}
	return out
}

// resolve groups mentions into actors: gazetteer names as they are, a
// surname or a short form into the one full name of the document that ends
// with it, spelling variants through lexicon.NameKey.
func (st *docState) resolve() []*resolvedActor {
	var actors []*resolvedActor
	byKey := map[string]int{}
	legal := cue.Default()
	add := func(m *mention, name string) {
		core := name
		if m.kind == KindOrg && !m.known {
			core = withoutLegalForm(name, legal)
		}
		k := lexicon.NameKey(core)
		if k == "" {
			k = strings.ToLower(name)
		}
		i, ok := byKey[k]
		if ok && core != name && (actors[i].kind != KindOrg || actors[i].known ||
			legal.LegalFamily(lastField(name)) != legal.LegalFamily(lastField(actors[i].name)) && actors[i].name != core) {
			// "General Electric Co" and "General Electric Co Plc": two
			// companies of two countries; "Canada Ltd" is no Canada.
			k = lexicon.NameKey(name)
			i, ok = byKey[k]
		}
		if !ok {
			i = len(actors)
			byKey[k] = i
			actors = append(actors, &resolvedActor{name: name, kind: m.kind, aliases: map[string]bool{},
				known: m.known})
		}
		a := actors[i]
		a.outlet = a.outlet || m.outlet
		if m.known && !a.known {
			a.name, a.known, a.lastKey = name, true, ""
		} else if !a.known && a.kind == KindOrg && m.kind == KindOrg && len(name) > len(a.name) && a.name == withoutLegalForm(a.name, legal) {
			a.name = name // "General Motors" is "General Motors Corp" where the story spells it out
		}
		m.actorIndex = i
	}
	st.tailsOfFullNames()
	st.tailsOfOrgNames()
	// Pass 1: full names and gazetteer actors.
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.place || m.kind == KindUnknown {
			continue
		}
		if state, ok := st.otherStatesBody(i); ok {
			// "Brazil's Congress", "the Bolivian Congress": that state's
			// body, not the gazetteer's U.S. Congress, named with the
			// state's demonym ("Brazilian Congress") for qualifyBodies.
			m.name, m.known, m.affil = cleanName(m.surface), false, state
			if d := st.e.lex.Demonym(state); d != "" {
				m.name = d + " " + m.name
			}
		}
		if m.kind == KindPerson && !m.known && text.FieldCount(m.name, 2) == 1 {
			continue
		}
		add(m, m.name)
	}
	// Pass 2: single-word person names resolve to the document's unique
	// full name with that surname (or first name), else to a known person
	// of the gazetteer, else they stand alone.
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.actorIndex >= 0 || m.place || m.kind != KindPerson {
			continue
		}
		if j := st.longerOrgOf(actors, m.name); j >= 0 && !m.titled && !st.afterHonorific(m) && st.orgContext(m) {
			// "Emery said it would offer …" beside Emery Air Freight Corp
			// and its chairman John C. Emery: the word opens the
			// company's name, and its context marks an organisation.
			m.actorIndex = j
			continue
		}
		if st.afterHonorific(m) && !st.e.lex.IsFamilyFirst(m.name) {
			// "Mr Howard" names a surname, never a given name: not
			// Howard Flight in a story that also names him ("Mr Wang"
			// may name Wang Yan, whose family name comes first).
			if j := st.uniqueFullName(actors, m.name); j >= 0 {
				m.actorIndex = j
				continue
			}
		} else if j := st.fullNameOf(actors, m.name); j >= 0 {
			m.actorIndex = j
			continue
		}
		if j := st.firstFullName(actors, m.name); j >= 0 && !m.titled {
			m.actorIndex = j
			continue
		}
		if j := st.hyphenedSurnameOf(actors, m.name); j >= 0 {
			m.actorIndex = j // "Kilroy" of "Robert Kilroy-Silk"
			continue
		}
		if j := st.possessiveOfSurnameInS(actors, m); j >= 0 {
			m.actorIndex = j // "Mr Ebber's lawyers" of Bernie Ebbers
			continue
		}
		if j := st.firstOfTwoSurnames(actors, m.name); j >= 0 {
			m.actorIndex = j // "Ortiz" of "Antonio Ortiz Mena"
			continue
		}
		if j := st.personLikeName(actors, m.name); j >= 0 {
			// "Veneris" of "Kostas Veneris", which the tagger read as an
			// organisation. When a title or an honorific stands before
			// the surname ("Ms Sturgeon"), the name is a person's for the
			// statement finder's "she said" too; without one it may be a
			// firm named after its founder ("Capel said" of James
			// Capel), and the document's votes settle the type after.
			m.actorIndex = j
			if a := actors[j]; !a.known && a.kind == KindOrg && (m.titled || st.afterHonorific(m)) {
				a.kind = KindPerson
			}
			continue
		}
		if p, ok := st.gazetteerPerson(m); ok {
			m.known, m.affil = true, p.Affiliation
			add(m, p.Name)
			continue
		}
		add(m, m.name)
	}
	// Pass 3: an ORG/PER word that is the surname of a person of the
	// document ("Rubio" tagged ORG in a headline) joins that person; a
	// "person" of several words that opens the name of a company of the
	// document, its first word no given name, is the company's short name
	// ("Miller Tabak" of Miller Tabak Hirsch and Co, "Harcourt Brace" of
	// Harcourt Brace Jovanovich Inc; not "Ivan Boesky" of Ivan Boesky and
	// Co LP).
	// Whether each one-word organisation's contexts mark an organisation,
	// read before any of its mentions moves.
	orgCtx := map[int]bool{}
	for _, m := range st.mentions {
		if m.actorIndex < 0 {
			continue
		}
		if a := actors[m.actorIndex]; a.kind == KindOrg && !a.known && text.FieldCount(a.name, 2) == 1 {
			if _, ok := orgCtx[m.actorIndex]; !ok {
				orgCtx[m.actorIndex] = st.orgContexts(m.actorIndex)
			}
		}
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.actorIndex < 0 {
			continue
		}
		a := actors[m.actorIndex]
		if a.kind == KindPerson && !a.known && !m.titled && text.FieldCount(a.name, 2) == 2 {
			if first, _, _ := strings.Cut(a.name, " "); !st.e.lex.IsGivenName(first) {
				if j := st.longerOrgOf(actors, a.name); j >= 0 {
					m.actorIndex = j
					continue
				}
			}
		}
		if a.kind == KindOrg && !a.known && text.FieldCount(a.name, 2) == 1 {
			// A word whose contexts mark an organisation is a name of its
			// own, not the surname of a person of the story whom a title
			// marks as one ("Ford, the US car company, reported …" beside
			// chairman Bill Ford; "Disney's board" beside "Roy Disney");
			// a full name no title marks may be the company's ("Wimpey"
			// of George Wimpey).
			if j := st.uniqueFullName(actors, a.name); j >= 0 && actors[j].kind == KindPerson && !(orgCtx[m.actorIndex] && st.titledActor(j)) {
				m.actorIndex = j
			} else if j := st.hyphenedSurnameOf(actors, a.name); j >= 0 {
				m.actorIndex = j // "Kilroy" of "Robert Kilroy-Silk"
			} else if j := st.personLikeName(actors, a.name); j >= 0 && !orgCtx[m.actorIndex] {
				// "Kenteris" of "Kostas Kenteris", both read as
				// organisations.
				m.actorIndex = j
			}
		}
	}
	st.resolveShortForms(actors)
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.actorIndex < 0 {
			continue
		}
		a := actors[m.actorIndex]
		a.aliases[aliasForm(m.surface)] = true
		if m.affil != "" && m.affil != a.name {
			a.addAffil(m.affil, 3)
		}
	}
	st.affiliations(actors)
	st.qualifyBodies(actors)
	return actors
}

// withoutLegalForm returns an organisation's name without the legal forms
// at its end ("General Motors Corp" -> "General Motors"), keeping at least
// one word.
func withoutLegalForm(name string, legal *cue.Table) string {
	for {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !legal.LegalForm(name[i+1:]) {
			return name
		}
		name = strings.TrimRight(name[:i], " ,")
	}
}

// lastField returns the last word of s (text.LastField without its flag).
func lastField(s string) string {
	last, _ := text.LastField(s)
	return last
}

// aliasForm is the surface form as stored in Actor.Aliases: spaces
// collapsed, curly apostrophes straightened.
func aliasForm(s string) string {
	return strings.ReplaceAll(text.JoinFields(s), "\u2019", "'")
}

// surnameKey returns the name key of the last word of a full name
// (cached in lastKey), or "\x00" for a name of one word.
func (a *resolvedActor) surnameKey() string {
	if a.lastKey == "" {
		last, full := text.LastField(a.name)
		if !full {
			a.lastKey = "\x00" // not a full name
		} else {
			a.lastKey = lexicon.NameKey(last)
		}
	}
	return a.lastKey
}

// afterHonorific reports whether mention m follows an honorific that
// goes with a surname ("Mr", "Mrs", "Ms", "Miss", "Dr"), unlike the titles
// that go with a given name ("Prince Harry", "Sir Alex").
func (st *docState) afterHonorific(m *mention) bool {
	return m.t0 > 0 && honorific(st.tokens[m.sent][m.t0-1].Text)
}

// placeAsSurname reports whether the gazetteer's entry e for the one
// word at token i names a state or a place that an honorific before it
// makes a surname ("said Mr Irish", "Mrs English", "Mr Houston").
func placeAsSurname(toks []text.Token, i int, e lexicon.Entry) bool {
	return (e.Kind == KindState || e.Kind == KindUnknown) && i > 0 && honorific(toks[i-1].Text)
}

// honorific reports whether w is an honorific written before a surname
// ("Mr", "Mrs.", "Dr", "Herr").
func honorific(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Dr", "Mme", "Mlle", "Herr", "Frau":
		return true
	}
	return false
}

// orgContexts reports whether the contexts of the mentions of actor a in
// the document mark an organisation or a thing more often than a person
// (the votes of contextKinds).
func (st *docState) orgContexts(a int) bool {
	var v cue.Votes
	table := cue.Default()
	for i := range st.mentions {
		if m := &st.mentions[i]; m.actorIndex == a && !m.place && m.via == ViaName {
			v.Add(st.mentionVotes(table, m))
		}
	}
	return v.Org+v.NonPerson > v.Person
}

// orgContext reports whether the context of mention m alone marks an
// organisation or a thing more than a person (contextKinds: "Emery said
// it", "Emery's board", "Emery shares").
func (st *docState) orgContext(m *mention) bool {
	v := st.mentionVotes(cue.Default(), m)
	return v.Org+v.NonPerson > v.Person
}

// titledActor reports whether a title or a role stands before one of the
// mentions of actor a ("chairman Bill Ford").
func (st *docState) titledActor(a int) bool {
	for i := range st.mentions {
		if m := &st.mentions[i]; m.actorIndex == a && m.titled {
			return true
		}
	}
	return false
}

// personLikeName returns the index of the document's one actor, of any
// kind, whose name ends with word, when that name is the gazetteer's or a
// given name and word, or a given name, one more word and word, every one
// capitalised ("Kostas Kenteris", which the tagger read as an
// organisation as it did the surname alone; not "Bill for Crossrail", nor
// a product's "Mario Kart DS"); -1 when there is none or another name
// ends with word too ("Tony Blair" beside "Ian Blair").
// The type vote after resolution decides what the one actor is.
func (st *docState) personLikeName(actors []*resolvedActor, word string) int {
	if isAcronym(word) {
		return -1
	}
	found := -1
	for j, a := range actors {
		f := strings.Fields(a.name)
		if a.kind == KindState || len(f) < 2 || f[len(f)-1] != word {
			continue
		}
		// Another name that ends with the word, a gazetteer person's too
		// ("Tony Blair" beside "Ian Blair"), leaves it open.
		if found >= 0 || !a.known && (len(f) > 3 || !st.e.lex.IsGivenName(f[0]) || slices.ContainsFunc(f, func(w string) bool { return !surnameLike(w) })) {
			return -1
		}
		found = j
	}
	return found
}

// uniqueFullName returns the index of the only multi-word person actor
// whose last word is word (compared through lexicon.NameKey), or whose
// last word is a particle glued to word ("al-Tayer"), or -1.
func (st *docState) uniqueFullName(actors []*resolvedActor, word string) int {
	wk := lexicon.NameKey(word)
	return max(onePerson(actors, func(a *resolvedActor) bool {
		k := a.surnameKey()
		if k == wk {
			return true
		}
		// "Tayer" of "Ahmed Humaid al-Tayer": a family name without the
		// particle glued to it.
		p, rest, ok := strings.Cut(k, " ")
		return ok && rest == wk && personParticles[p] && !strings.Contains(wk, " ")
	}), -1)
}

// onePerson returns the index of the one person of actors for which hit
// is true, -1 if there is none and -2 if there are several.
func onePerson(actors []*resolvedActor, hit func(*resolvedActor) bool) int {
	found := -1
	for j, a := range actors {
		if a.kind != KindPerson || !hit(a) {
			continue
		}
		if found >= 0 {
			return -2
		}
		found = j
	}
	return found
}

// possessiveOfSurnameInS returns the document's one person whose surname
// is the single-word mention m's name and an "s", when m stands before a
// possessive "'s": writers put the apostrophe of a surname that ends in
// "s" before it ("Mr Ebber's lawyers" for Bernie Ebbers'), or -1.
func (st *docState) possessiveOfSurnameInS(actors []*resolvedActor, m *mention) int {
	toks := st.tokens[m.sent]
	if m.t1 >= len(toks) || !text.IsPossessive(toks[m.t1].Text) {
		return -1
	}
	return st.uniqueFullName(actors, m.name+"s")
}

// hyphenedSurnameOf returns the one person of actors whose surname is
// hyphenated and starts with word ("Kilroy" of "Robert Kilroy-Silk"), or
// -1: news shortens such a surname to its first part. A name written
// family name first ends in a given name ("Wang Chien-shien"), not a
// surname.
func (st *docState) hyphenedSurnameOf(actors []*resolvedActor, word string) int {
	wk := lexicon.NameKey(word)
	return max(onePerson(actors, func(a *resolvedActor) bool {
		last, _ := text.LastField(a.name)
		first, _, ok := strings.Cut(last, "-")
		if !ok || last == a.name || lexicon.NameKey(first) != wk {
			return false
		}
		family, _ := text.FirstField(a.name)
		return !st.e.lex.IsFamilyFirst(family)
	}), -1)
}

// firstOfTwoSurnames returns the one person of actors named by a given
// name and two surnames, the first of which is word ("Ortiz" of "Antonio
// Ortiz Mena", "Salinas" of "Carlos Salinas Gortari"): in Spanish and
// Portuguese names the father's surname comes first and names the person
// alone. The middle word must be no given name ("John Paul Jones"), no
// initial ("George W. Bush") and no particle, and the last no word of an
// organisation's name (a firm read as a person, "Ted Bates Worldwide");
// -1 if none or several.
func (st *docState) firstOfTwoSurnames(actors []*resolvedActor, word string) int {
	if st.e.lex.IsGivenName(word) {
		return -1
	}
	wk := lexicon.NameKey(word)
	return max(onePerson(actors, func(a *resolvedActor) bool {
		f := strings.Fields(a.name)
		return len(f) == 3 && lexicon.NameKey(f[1]) == wk && st.e.lex.IsGivenName(f[0]) &&
			!strings.Contains(f[1], ".") && text.IsNameStart(f[1]) && !text.IsLower(f[1]) && !generations[f[2]] &&
			!st.e.model.IsOrgWord(f[2]) && !cue.Default().OrgWord(f[2])
	}), -1)
}

// collect builds the document's actor, place and mention lists.
func (st *docState) collect(actors []*resolvedActor) ([]Actor, []Place, []Mention) {
	counts := make([]int, len(actors))
	mentions := make([]Mention, 0, len(st.mentions))
	places := map[string]int{}
	for _, m := range st.mentions {
		if m.place {
			places[m.name]++
			continue
		}
		if m.actorIndex < 0 {
			continue
		}
		counts[m.actorIndex]++
		mentions = append(mentions, Mention{Actor: actors[m.actorIndex].name, Text: m.surface,
			Span: m.span, Sentence: m.sent, Via: m.via})
	}
	out := make([]Actor, 0, len(actors))
	for i, a := range actors {
		if counts[i] == 0 {
			continue
		}
		aliases := make([]string, 0, len(a.aliases))
		for al := range a.aliases {
			aliases = append(aliases, al)
		}
		slices.Sort(aliases)
		aff := ""
		if a.kind == KindPerson || a.kind == KindOrg {
			aff, _ = topKey(a.affil)
		}
		key := a.key
		if key == "" {
			key = lexicon.NameKey(a.name)
			if sur, ok := PeerStyle(a.name); ok && a.kind == KindPerson && !a.known && !DesignatedPeer(a.name) {
				key = lexicon.NameKey(sur)
			}
		}
		out = append(out, Actor{Name: a.name, Key: key, Type: a.kind, Affiliation: aff, Aliases: aliases, Mentions: counts[i], Canonical: a.canonical})
	}
	slices.SortFunc(out, func(a, b Actor) int {
		if a.Mentions != b.Mentions {
			return b.Mentions - a.Mentions
		}
		return strings.Compare(a.Name, b.Name)
	})
	var pl []Place
	for n, c := range places {
		pl = append(pl, Place{Name: n, Mentions: c})
	}
	slices.SortFunc(pl, func(a, b Place) int {
		if a.Mentions != b.Mentions {
			return b.Mentions - a.Mentions
		}
		return strings.Compare(a.Name, b.Name)
	})
	if pl == nil {
		pl = []Place{}
	}
	if out == nil {
		out = []Actor{}
	}
	slices.SortStableFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	if len(mentions) == 0 {
		mentions = nil // as when none were appended
	}
	return out, pl, mentions
}

// topKey returns the key with the highest count, ties broken by the
// smallest key.
func topKey(m map[string]int) (string, bool) {
	best, bestN, ok := "", -1, false
	for k, n := range m {
		if n > bestN || (n == bestN && k < best) {
			best, bestN, ok = k, n, true
		}
	}
	return best, ok
}

// isWordByte reports whether b can be part of a word: an ASCII letter or
// digit, or a byte of a multi-byte character.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
