package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/text"
)

// dataFS holds the gazetteers described in data/README.md.
//
//go:embed data/*.tsv data/*.txt data/towns.tsv.gz
var dataFS embed.FS

// Entry is one meaning of a gazetteer phrase.
type Entry struct {
	// Name is the canonical name: "Russia", "Vladimir Putin", "NATO",
	// "Geneva".
	Name string
	// Kind is KindPerson, KindState or KindOrg; KindUnknown for a place
	// that is not an actor.
	Kind Kind
	// Via says how the phrase names the actor: ViaName for names and
	// aliases, ViaDemonym ("Russian"), ViaSeat (a capital or seat of
	// government: "Kremlin", "Moscow").
	Via Via
	// Affiliation is the state (or, for officials of an international
	// body, the organisation) that a person or organisation acts for; for
	// a place, the state it lies in; "" if none.
	Affiliation string
	// Category refines the kind: for states "member", "observer",
	// "partial", "historical"; for seats "capital" (a city, also a venue)
	// or "seat" (a building or office); for organisations
	// "intergovernmental", "armed group", "media", "party", "agency", ...;
	// for people their main role; for places "city", "region", "us state",
	// ...; "user" for entries from an alias file.
	Category string
	// Ambiguous is set when the phrase is also a common word or another
	// thing ("Chad", "Jordan", "US", "WHO"): such phrases never match in
	// ALL CAPS text other than as written, and callers may want more
	// evidence before trusting them at the start of a sentence.
	Ambiguous bool
}

// Title is a title or role word ("Foreign Minister", "special envoy",
// "Mr."). Titles are not actors; they announce one.
type Title struct {
	// Phrase is the title as written in the data.
	Phrase string
	// Category is the kind of title: "honorific", "head of state",
	// "head of government", "minister", "diplomat", "spokesperson",
	// "aide", "military", "legislator", "official", "royal", ...
	Category string
	// Role is the role of the people list (people.tsv) that the phrase
	// names when the list calls it otherwise ("foreign secretary" and
	// "secretary of state" name a foreign minister), or "".
	Role string
}

// Lexicon is the set of gazetteers: phrases naming states, organisations,
// people and places, titles and given names. A Lexicon is immutable after
// Load and safe for concurrent use.
type Lexicon struct {
	phrases map[string]*phraseEntries   // normalised phrase -> meanings
	index   phraseIndex                 // phrases by the keys of their first words
	folded  map[string][]*phraseEntries // lower-cased phrase -> phrases, for LookupFold
	tphrase map[string]*phraseEntries   // normalised title -> title phrase
	titles  phraseIndex                 // titles by the keys of their first words
	states  map[string]Entry            // canonical state name -> entry
	orgs    map[string]Entry            // canonical organisation name -> entry
	people  map[string]Entry            // canonical person name -> entry
	pkeys   map[string]string           // NameKey of a person's name or alias -> canonical name ("" if shared)
	surname map[string][]string         // NameKey of the last word of a person's canonical name -> canonical names, sorted
	given   map[string]bool             // lower-case given names
	family  map[string]bool             // lower-case family names written first
	// initialisms are the lower-case abbreviations of common nouns that
	// name no actor ("pc", "gdp", "agm").
	initialisms map[string]bool
	demonym     map[string]string     // canonical state name -> its first demonym
	bodies      map[string]string     // state + "\x00" + lower-case body name -> organisation ("" if several)
	succ        map[string]succession // canonical state or organisation name -> the one it took over from
	founded     map[string]founding   // canonical organisation or state name -> the day it came to be

	// User alias file (see aliases.go).
	ignored map[string]bool    // foldName(name)
	merge   map[string]string  // foldName(name) -> canonical name
	apart   map[[2]string]bool // pair of foldName(name), sorted
	users   map[string]Entry   // canonical name -> entry declared by the user

	towns *towns // the world's towns and cities (towns.tsv.gz); nil if absent
}

// phraseEntries is one gazetteer phrase with all its meanings.
type phraseEntries struct {
	text    string           // normalised: one space between words, ' for apostrophes
	next    [nextKeys]string // keys of the 2nd and 3rd words ("" if none): a cheap pre-filter
	lower   bool             // no upper-case letter: match case-insensitively
	nocaps  bool             // marked '!' in the data, or short: no ALL-CAPS match
	entries []Entry
	title   Title
	rank    []int // sort key of each entry, parallel to entries
}

// The files Load reads; each is optional, but at least one must
// exist.
const (
	statesFile = "states.tsv"
	orgsFile   = "orgs.tsv"
	peopleFile = "people.tsv"
	placesFile = "places.tsv"
	titlesFile = "titles.tsv"
	succFile   = "successions.tsv"
	fromFile   = "founded.tsv"
	givenFile  = "givennames.txt"
	familyFile = "familynames.txt"
	initFile   = "initialisms.txt"
)

// CategoryRegion is the category of an organisation entry that is a
// region acting as a bloc only in some sentences ("Europe", "the West"):
// "European leaders warned" is a position of the bloc, "sales in Europe"
// and "the European market" name a place. The extractor decides which, by
// mention.
const CategoryRegion = "region"

// maxKey bounds the byte length of an index key; longer first words are
// truncated on both sides, which only costs a longer comparison.
const maxKey = 48

// Default loads the gazetteers embedded in the binary. Each call
// parses them anew (tens of milliseconds); callers keep the result.
func Default() (*Lexicon, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, fmt.Errorf("embedded gazetteers: %w", err)
	}
	return Load(sub)
}

// Load reads the gazetteer files states.tsv, orgs.tsv, people.tsv,
// places.tsv, titles.tsv, successions.tsv, founded.tsv, givennames.txt,
// familynames.txt, initialisms.txt and towns.tsv.gz from the root of fsys (the
// format is described in data/README.md). Missing files are skipped, but
// at least one must be present. Errors are *ParseError values that carry
// the file and line.
func Load(fsys fs.FS) (*Lexicon, error) {
	l := newLexicon()
	b := &builder{l: l, order: 0}
	found := 0
	steps := []struct {
		file string
		fn   func(src string, line int, f []string) error
		cols int
	}{
		{statesFile, b.state, 6},
		{orgsFile, b.org, 6},
		{peopleFile, b.person, 4},
		{placesFile, b.place, 4},
		{titlesFile, b.title, 2},
		{succFile, b.succession, 3},
		{fromFile, b.founded, 2},
	}
	for _, s := range steps {
		data, err := fs.ReadFile(fsys, s.file)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read gazetteer %s: %w", s.file, err)
		}
		found++
		if err := eachRow(s.file, data, s.cols, s.fn); err != nil {
			return nil, err
		}
	}
	for _, w := range []struct {
		file string
		set  map[string]bool
	}{{givenFile, l.given}, {familyFile, l.family}, {initFile, l.initialisms}} {
		ok, err := readWordSet(fsys, w.file, w.set)
		if err != nil {
			return nil, err
		}
		if ok {
			found++
		}
	}
	t, ok, err := readTowns(fsys)
	if err != nil {
		return nil, err
	}
	if ok {
		l.towns = t
		found++
	}
	if found == 0 {
		return nil, fmt.Errorf("load lexicon: none of %s, %s, %s, %s, %s, %s, %s found",
			statesFile, orgsFile, peopleFile, placesFile, titlesFile, givenFile, familyFile)
	}
	l.finish()
	l.indexBodies(b.orgForms)
	return l, nil
}

func newLexicon() *Lexicon {
	return &Lexicon{
		phrases:     map[string]*phraseEntries{},
		tphrase:     map[string]*phraseEntries{},
		states:      map[string]Entry{},
		orgs:        map[string]Entry{},
		people:      map[string]Entry{},
		given:       map[string]bool{},
		family:      map[string]bool{},
		initialisms: map[string]bool{},
		demonym:     map[string]string{},
		bodies:      map[string]string{},
		succ:        map[string]succession{},
		founded:     map[string]founding{},
		ignored:     map[string]bool{},
		merge:       map[string]string{},
		apart:       map[[2]string]bool{},
		users:       map[string]Entry{},
	}
}

// readWordSet adds the lower-cased words of word-list file to set and
// reports whether the file exists: a missing list is no error.
func readWordSet(fsys fs.FS, file string, set map[string]bool) (bool, error) {
	data, err := fs.ReadFile(fsys, file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("read gazetteer %s: %w", file, err)
	}
	for w := range strings.FieldsSeq(stripComments(string(data))) {
		set[strings.ToLower(w)] = true
	}
	return true, nil
}

// stripComments removes '#' comments from a text.
func stripComments(s string) string {
	var sb strings.Builder
	for line := range strings.Lines(s) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i] + "\n"
		}
		sb.WriteString(line)
	}
	return sb.String()
}

// eachRow calls fn for every non-comment, non-blank line of a TSV file
// with exactly cols tab-separated fields.
func eachRow(src string, data []byte, cols int, fn func(src string, line int, f []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		if !utf8.ValidString(text) {
			return &ParseError{Source: src, Line: line, Column: 1, Err: errors.New("invalid UTF-8")}
		}
		f := strings.Split(text, "\t")
		if len(f) != cols {
			return &ParseError{Source: src, Line: line, Column: 1,
				Err: fmt.Errorf("want %d tab-separated fields, got %d", cols, len(f))}
		}
		col := 1 // byte column where field i starts
		for i := range f {
			raw := f[i]
			f[i] = strings.TrimSpace(raw)
			if f[i] == "" {
				return &ParseError{Source: src, Line: line, Column: col,
					Err: fmt.Errorf("field %d is empty (write - for none)", i+1)}
			}
			col += len(raw) + 1
		}
		if err := fn(src, line, f); err != nil {
			var pe *ParseError
			if errors.As(err, &pe) {
				return err
			}
			return &ParseError{Source: src, Line: line, Column: 1, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return &ParseError{Source: src, Line: line + 1, Column: 1, Err: err}
	}
	return nil
}

// splitList splits a '|'-separated list; "-" is the empty list.
func splitList(s string) []string {
	if s == "-" {
		return nil
	}
	var out []string
	for p := range strings.SplitSeq(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// builder fills a Lexicon from the data files.
type builder struct {
	l        *Lexicon
	order    int
	orgForms [][]string // per organisation of a state: its canonical name, then its forms
}

// Entry ranks: the order in which meanings of one phrase are returned.
const (
	rankUser = iota
	rankName
	rankSeat
	rankCapital
	rankDemonym
	rankPlace
)

func rankOf(e Entry) int {
	switch {
	case e.Category == "user":
		return rankUser
	case e.Kind == KindUnknown:
		return rankPlace
	case e.Via == ViaDemonym:
		return rankDemonym
	case e.Via == ViaSeat && e.Category == "capital":
		return rankCapital
	case e.Via == ViaSeat:
		return rankSeat
	}
	return rankName
}

// add records one meaning of a phrase as written in the data (a leading
// '!' marks the phrase ambiguous).
func (b *builder) add(raw string, e Entry) error {
	amb := strings.HasPrefix(raw, "!")
	raw = strings.TrimPrefix(raw, "!")
	text := normalise(raw)
	if text == "" {
		return fmt.Errorf("empty phrase for %q", e.Name)
	}
	if !startsWord(text) {
		return fmt.Errorf("phrase %q must start with a letter or digit", raw)
	}
	e.Ambiguous = amb
	b.l.addEntry(text, e, amb, b.order)
	b.order++
	return nil
}

// addEntry adds e to the phrase text; duplicates (same name, kind and via)
// are dropped. order breaks ties between equal ranks.
func (l *Lexicon) addEntry(text string, e Entry, amb bool, order int) {
	p := l.phrases[text]
	if p == nil {
		p = newPhrase(text)
		l.phrases[text] = p
	}
	if amb {
		p.nocaps = true
	}
	for _, old := range p.entries {
		if old.Name == e.Name && old.Kind == e.Kind && old.Via == e.Via {
			return
		}
	}
	p.entries = append(p.entries, e)
	p.rank = append(p.rank, rankOf(e)*1_000_000+order)
}

func (b *builder) affiliation(s string) (string, error) {
	if s == "-" {
		return "", nil
	}
	if _, ok := b.l.states[s]; ok {
		return s, nil
	}
	if _, ok := b.l.orgs[s]; ok {
		return s, nil
	}
	return "", fmt.Errorf("unknown affiliation %q (not a state or organisation defined earlier)", s)
}

// state reads: name, category, aliases, demonyms, capitals, seats.
func (b *builder) state(_ string, _ int, f []string) error {
	name := strings.TrimPrefix(f[0], "!")
	e := Entry{Name: name, Kind: KindState, Via: ViaName, Category: f[1]}
	b.l.states[name] = e
	for _, a := range append([]string{f[0]}, splitList(f[2])...) {
		if err := b.add(a, e); err != nil {
			return err
		}
	}
	for i, d := range splitList(f[3]) {
		if err := b.add(d, Entry{Name: name, Kind: KindState, Via: ViaDemonym, Category: "demonym"}); err != nil {
			return err
		}
		if i == 0 {
			b.l.demonym[name] = strings.TrimPrefix(d, "!")
		}
	}
	for _, c := range splitList(f[4]) {
		if err := b.add(c, Entry{Name: name, Kind: KindState, Via: ViaSeat, Category: "capital"}); err != nil {
			return err
		}
		// A capital is also a place: "talks in Moscow".
		city := strings.TrimPrefix(c, "!")
		if err := b.add(c, Entry{Name: city, Kind: KindUnknown, Via: ViaName, Category: "capital", Affiliation: name}); err != nil {
			return err
		}
	}
	for _, s := range splitList(f[5]) {
		if err := b.add(s, Entry{Name: name, Kind: KindState, Via: ViaSeat, Category: "seat"}); err != nil {
			return err
		}
	}
	return nil
}

// org reads: name, category, affiliation, aliases, demonyms, seats.
func (b *builder) org(_ string, _ int, f []string) error {
	name := strings.TrimPrefix(f[0], "!")
	aff, err := b.affiliation(f[2])
	if err != nil {
		return err
	}
	e := Entry{Name: name, Kind: KindOrg, Via: ViaName, Affiliation: aff, Category: f[1]}
	b.l.orgs[name] = e
	forms := append([]string{f[0]}, splitList(f[3])...)
	for _, a := range forms {
		if err := b.add(a, e); err != nil {
			return err
		}
	}
	if _, ok := b.l.states[aff]; ok {
		b.orgForms = append(b.orgForms, append([]string{name}, forms...))
	}
	for _, d := range splitList(f[4]) {
		de := e
		de.Via = ViaDemonym
		if err := b.add(d, de); err != nil {
			return err
		}
	}
	for _, s := range splitList(f[5]) {
		se := e
		se.Via = ViaSeat
		se.Category = "seat"
		if err := b.add(s, se); err != nil {
			return err
		}
	}
	return nil
}

// person reads: name, affiliation, role, aliases.
func (b *builder) person(_ string, _ int, f []string) error {
	aff, err := b.affiliation(f[1])
	if err != nil {
		return err
	}
	name := strings.TrimPrefix(f[0], "!")
	e := Entry{Name: name, Kind: KindPerson, Via: ViaName, Affiliation: aff, Category: f[2]}
	if _, dup := b.l.people[name]; dup {
		return fmt.Errorf("person %q listed twice", name)
	}
	b.l.people[name] = e
	for _, a := range append([]string{f[0]}, splitList(f[3])...) {
		if err := b.add(a, e); err != nil {
			return err
		}
	}
	return nil
}

// place reads: name, category, country, aliases.
func (b *builder) place(_ string, _ int, f []string) error {
	country := ""
	if f[2] != "-" {
		if _, ok := b.l.states[f[2]]; !ok {
			return fmt.Errorf("unknown country %q", f[2])
		}
		country = f[2]
	}
	e := Entry{Name: strings.TrimPrefix(f[0], "!"), Kind: KindUnknown, Via: ViaName, Affiliation: country, Category: f[1]}
	for _, a := range append([]string{f[0]}, splitList(f[3])...) {
		if err := b.add(a, e); err != nil {
			return err
		}
	}
	return nil
}

// succession is a state's or an organisation's predecessor and the day
// it took over.
type succession struct {
	predecessor string
	from        time.Time
}

// succession reads: successor, predecessor, day. Both are states, or both
// organisations.
func (b *builder) succession(_ string, _ int, f []string) error {
	_, s0 := b.l.states[f[0]]
	_, s1 := b.l.states[f[1]]
	_, o0 := b.l.orgs[f[0]]
	_, o1 := b.l.orgs[f[1]]
	if !(s0 && s1 || o0 && o1) {
		return fmt.Errorf("%q and %q: want two states or two organisations", f[0], f[1])
	}
	if _, ok := b.l.succ[f[0]]; ok {
		return fmt.Errorf("%q has two predecessors", f[0])
	}
	day, err := parseDay(f[2])
	if err != nil {
		return err
	}
	b.l.succ[f[0]] = succession{predecessor: f[1], from: day}
	return nil
}

// founding is the day an organisation or a state came to be, and which
// of the two it is (a place or a person may share its name).
type founding struct {
	day  time.Time
	kind Kind
}

// founded reads: organisation or state, day.
func (b *builder) founded(_ string, _ int, f []string) error {
	kind := KindOrg
	if _, ok := b.l.orgs[f[0]]; !ok {
		if _, ok := b.l.states[f[0]]; !ok {
			return fmt.Errorf("unknown organisation or state %q", f[0])
		}
		kind = KindState
	}
	if _, ok := b.l.founded[f[0]]; ok {
		return fmt.Errorf("%q founded twice", f[0])
	}
	day, err := parseDay(f[1])
	if err != nil {
		return err
	}
	b.l.founded[f[0]] = founding{day: day, kind: kind}
	return nil
}

// parseDay reads a day of a data file (YYYY-MM-DD).
func parseDay(s string) (time.Time, error) {
	day, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("day %q: want YYYY-MM-DD", s)
	}
	return day, nil
}

// Predecessor returns the state (or organisation) that acted for name in
// a document of the given day: the one it took over from when day is
// before the succession ("Germany" in 1987 is West Germany, the European
// Union the European Community), else name itself. A zero day (an
// undated document) is today's world.
func (l *Lexicon) Predecessor(name string, day time.Time) string {
	for range 4 { // a chain of successions, bounded
		s, ok := l.succ[name]
		if !ok || day.IsZero() || !day.Before(s.from) {
			return name
		}
		name = s.predecessor
	}
	return name
}

// PredecessorOf returns the state (or organisation) that name took over
// from, whatever the day ("West Germany" for "Germany"), and whether
// there is one.
func (l *Lexicon) PredecessorOf(name string) (string, bool) {
	s, ok := l.succ[name]
	return s.predecessor, ok
}

// Existed reports whether the actor of entry e existed on day: false only
// for an organisation founded after it ("Wagner" in a 1987 story is not
// the Wagner Group) and for a state that became independent after it (in
// 1987 "Georgia" is an American state and "the Ukraine" a Soviet
// republic: places, not states acting). A zero day (an undated document)
// is today's world.
func (l *Lexicon) Existed(e Entry, day time.Time) bool {
	f, ok := l.founded[e.Name]
	return !ok || day.IsZero() || !day.Before(f.day) || e.Kind != f.kind
}

// title reads: category, phrases.
func (b *builder) title(_ string, _ int, f []string) error {
	for _, raw := range splitList(f[1]) {
		raw, role, _ := strings.Cut(raw, "=")
		amb := strings.HasPrefix(raw, "!")
		text := normalise(strings.TrimPrefix(raw, "!"))
		if text == "" || !startsWord(text) {
			return fmt.Errorf("bad title %q", raw)
		}
		if b.l.tphrase[text] != nil {
			continue // the first category listed wins
		}
		p := newPhrase(text)
		p.nocaps = p.nocaps || amb
		p.title = Title{Phrase: text, Category: f[0], Role: strings.TrimSpace(role)}
		b.l.tphrase[text] = p
	}
	return nil
}

// Names reports whether the title, written as phrase in the text (its
// words folded), names a person whom the people list gives role: the
// title's category or role, or the phrase itself ("foreign minister").
func (t Title) Names(role, phrase string) bool {
	return role == t.Category || role == phrase || t.Role != "" && role == t.Role
}

// finish sorts the meanings of every phrase, builds the first-word index
// and the person key table.
func (l *Lexicon) finish() {
	for _, p := range l.phrases {
		sortEntries(p)
	}
	l.index = buildIndex(l.phrases)
	l.folded = make(map[string][]*phraseEntries, len(l.phrases))
	for t, p := range l.phrases {
		f := strings.ToLower(t)
		l.folded[f] = append(l.folded[f], p)
	}
	for _, ps := range l.folded {
		slices.SortFunc(ps, func(a, b *phraseEntries) int { return strings.Compare(a.text, b.text) })
	}
	l.titles = buildIndex(l.tphrase)
	l.pkeys = map[string]string{}
	names := make([]string, 0, len(l.phrases))
	for t := range l.phrases {
		names = append(names, t)
	}
	slices.Sort(names)
	for _, t := range names {
		for _, e := range l.phrases[t].entries {
			if e.Kind != KindPerson {
				continue
			}
			k := NameKey(t)
			if old, ok := l.pkeys[k]; ok && old != e.Name {
				l.pkeys[k] = "" // shared by two people: no longer a key
				continue
			}
			l.pkeys[k] = e.Name
		}
	}
	l.surname = map[string][]string{}
	for name := range l.people {
		l.pkeys[NameKey(name)] = name // a full name always wins
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			k := NameKey(name[i+1:])
			l.surname[k] = append(l.surname[k], name)
		}
	}
	for _, ns := range l.surname {
		slices.Sort(ns)
	}
}

func sortEntries(p *phraseEntries) {
	idx := make([]int, len(p.entries))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := p.rank[a] - p.rank[b]; c != 0 {
			return c
		}
		return strings.Compare(p.entries[a].Name, p.entries[b].Name)
	})
	es := make([]Entry, len(idx))
	rs := make([]int, len(idx))
	for i, j := range idx {
		es[i], rs[i] = p.entries[j], p.rank[j]
	}
	p.entries, p.rank = es, rs
}

// shortMixed is the longest mixed-case phrase, in bytes, that does not
// match in ALL CAPS: "Fed" is not "FED UP", "Rio" is not "RIO".
const shortMixed = 3

// newPhrase returns a phrase with no meanings yet.
func newPhrase(text string) *phraseEntries {
	return &phraseEntries{
		text:   text,
		lower:  !hasUpper(text),
		nocaps: len(text) <= shortMixed && hasUpper(text) && hasLower(text),
		next:   nextKeysOf(text),
	}
}

// phraseIndex finds the candidate phrases for a position in the text with at
// most two map look-ups: by the key of the first word, then by the key of
// the second. Four in five tokens of news text start no phrase; a bit set
// indexed by a hash of the first key answers most of them without the
// map.
type phraseIndex struct {
	buckets map[string]*phraseBucket
	filter  *WordFilter // holds every key of buckets
}

// WordFilter is a set of word keys that can answer "certainly not in the
// set" with one memory read: a 65,536-bit map (8 KB) indexed by a hash of
// the key. Has may say yes for a key that was never added (a false
// positive), never no for one that was. Most words of a text are in no
// phrase list, so a filter in front of a map lookup saves the lookup.
type WordFilter [filterBits / 64]uint64

// filterBits is the size of a WordFilter in bits.
const filterBits = 1 << 16

// filterBit returns the bit of key in a WordFilter: FNV-1a, spread by a
// Fibonacci multiplier over 16 bits.
func filterBit(key []byte) uint32 {
	h := uint32(2166136261) // FNV-1a
	for _, c := range key {
		h ^= uint32(c)
		h *= 16777619
	}
	return (h * 0x9E3779B1) >> (32 - 16)
}

// Add puts key into the filter.
func (f *WordFilter) Add(key []byte) {
	b := filterBit(key)
	f[b/64] |= 1 << (b % 64)
}

// Has reports whether key may be in the filter.
func (f *WordFilter) Has(key []byte) bool {
	b := filterBit(key)
	return f[b/64]&(1<<(b%64)) != 0
}

// has reports whether key may be a key of buckets.
func (ix phraseIndex) has(key []byte) bool { return ix.filter.Has(key) }

// phraseBucket holds the phrases that share the key of their first word.
type phraseBucket struct {
	single []*phraseEntries            // one-word phrases
	multi  map[string][]*phraseEntries // longer phrases by the key of their second word
}

func buildIndex(phrases map[string]*phraseEntries) phraseIndex {
	ix := phraseIndex{buckets: map[string]*phraseBucket{}, filter: new(WordFilter)}
	for _, p := range phrases {
		key := phraseKey(p.text)
		k := string(key)
		b := ix.buckets[k]
		if b == nil {
			b = &phraseBucket{}
			ix.buckets[k] = b
			ix.filter.Add(key)
		}
		if p.next[0] == "" {
			b.single = append(b.single, p)
			continue
		}
		if b.multi == nil {
			b.multi = map[string][]*phraseEntries{}
		}
		b.multi[p.next[0]] = append(b.multi[p.next[0]], p)
	}
	for _, b := range ix.buckets {
		sortBucket(b.single)
		for _, m := range b.multi {
			sortBucket(m)
		}
	}
	return ix
}

// sortBucket orders candidates longest first, then by text, so that the
// first match found is the longest.
func sortBucket(b []*phraseEntries) {
	slices.SortFunc(b, func(x, y *phraseEntries) int {
		if c := len(y.text) - len(x.text); c != 0 {
			return c
		}
		return strings.Compare(x.text, y.text)
	})
}

// normalise collapses whitespace runs to one space, trims, and folds
// curly apostrophes to ' and Unicode hyphens to -.
func normalise(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(foldPunct(r))
	}
	return sb.String()
}

// foldPunct maps apostrophe and hyphen look-alikes to ASCII.
func foldPunct(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02bc', '\u2032':
		return '\''
	case '\u2010', '\u2011':
		return '-'
	}
	return r
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsLower(r) {
					return true
				}
			}
			return false
		}
		if 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// phraseKey returns the lower-cased leading run of letters and digits of s,
// truncated to maxKey bytes. It is the index key of a phrase and of the
// token where a match may start.
func phraseKey(s string) []byte {
	var buf [maxKey]byte
	n := keyInto(&buf, s)
	return append([]byte(nil), buf[:n]...)
}

// keyInto writes the key of s into buf and returns its length; it does
// not allocate.
func keyInto(buf *[maxKey]byte, s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				return n
			}
			if n == maxKey {
				return n
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			return n
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > maxKey {
			return n
		}
		n += utf8.EncodeRune(buf[n:], r)
		i += size
	}
	return n
}

// nextKeys is the number of words after the first whose keys pre-filter
// candidates.
const nextKeys = 2

// nextKeys returns the keys of the second and third words of s: the
// lower-cased runs of letters and digits that follow the first run, each
// after at most maxSep other characters ("U.S. Congress" -> "s",
// "congress"; "al-Qaeda" -> "qaeda", ""). Missing words give "".
func nextKeysOf(s string) [nextKeys]string {
	var buf [nextKeys][maxKey]byte
	lens := nextKeysInto(&buf, s)
	var out [nextKeys]string
	for k := range out {
		out[k] = string(buf[k][:lens[k]])
	}
	return out
}

// maxSep bounds the separator scanned by nextKeysInto; a longer gap
// (a run of blank lines) ends the scan, which only weakens the filter.
const maxSep = 64

// nextKeysInto writes the keys of the words after the first into buf
// and returns their lengths; it does not allocate.
func nextKeysInto(buf *[nextKeys][maxKey]byte, s string) (lens [nextKeys]int) {
	i := skip(s, 0, true, len(s))
	for k := range nextKeys {
		j := skip(s, i, false, maxSep)
		if j == i && k > 0 || j >= len(s) {
			return lens
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); !isWordRune(r) {
			return lens // separator too long
		}
		lens[k] = keyInto(&buf[k], s[j:])
		i = skip(s, j, true, len(s))
	}
	return lens
}

// skip skips from i runes that are word runes (word true) or not, at
// most max of them, and returns the new offset.
func skip(s string, i int, word bool, max int) int {
	for n := 0; i < len(s) && n < max; n++ {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) != word {
			break
		}
		i += size
	}
	return i
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Case modes of a match.
const (
	modeWritten = iota // as written, or with each word's first letter capitalised
	modeUpper          // ALL CAPS
	modeFold           // case-insensitive (phrases written in lower case)
)

// matchAt compares the phrase p with text from byte start on and
// returns the number of tokens of toks (toks[0] starts at start) that the
// match covers, 0 if none. A phrase that ends with '.' also matches
// without it ("U.S" + "." split by the tokenizer).
//
// caps tells whether the first token has no lower-case letter; if it has
// one, an ALL-CAPS match is impossible and is not tried.
func matchAt(text string, start int, toks []text.Token, p *phraseEntries, caps bool) int {
	if p.lower {
		return tokensAt(text, start, toks, p.text, modeFold)
	}
	if n := tokensAt(text, start, toks, p.text, modeWritten); n > 0 {
		return n
	}
	if p.nocaps || !caps {
		return 0
	}
	return tokensAt(text, start, toks, p.text, modeUpper)
}

func tokensAt(text string, start int, toks []text.Token, phrase string, mode int) int {
	end, short := comparePhrase(text, start, phrase, mode)
	if end < 0 {
		return 0
	}
	if n := tokenEnd(toks, end); n > 0 {
		return n
	}
	if short >= 0 {
		return tokenEnd(toks, short)
	}
	return 0
}

// tokenEnd returns k+1 for the token k that ends at byte end, 0 if no
// token does.
func tokenEnd(toks []text.Token, end int) int {
	for k := range toks {
		if toks[k].Span.End == end {
			return k + 1
		}
		if toks[k].Span.End > end {
			return 0
		}
	}
	return 0
}

// comparePhrase matches phrase against text at start. It returns the byte
// offset where the match ends (-1 if none) and, if the phrase ends with
// '.', the offset where the phrase without its final '.' ends (else -1).
func comparePhrase(text string, start int, phrase string, mode int) (end, short int) {
	if start < 0 || start > len(text) {
		return -1, -1
	}
	i := start
	wordStart := true
	short = -1
	for j := 0; j < len(phrase); {
		pr, psize := rune(phrase[j]), 1
		if pr >= utf8.RuneSelf {
			pr, psize = utf8.DecodeRuneInString(phrase[j:])
		}
		if pr == '.' && j+psize == len(phrase) {
			short = i
		}
		if i >= len(text) {
			return -1, -1
		}
		tr, tsize := rune(text[i]), 1
		if tr >= utf8.RuneSelf {
			tr, tsize = utf8.DecodeRuneInString(text[i:])
		}
		if pr == ' ' {
			if !isSpace(tr) {
				return -1, -1
			}
			i += tsize
			for i < len(text) {
				r, s := utf8.DecodeRuneInString(text[i:])
				if !isSpace(r) {
					break
				}
				i += s
			}
			j += psize
			wordStart = true
			continue
		}
		tr = foldPunct(tr)
		ok := tr == pr
		if !ok {
			switch mode {
			case modeWritten:
				ok = wordStart && tr == unicode.ToUpper(pr)
			case modeUpper:
				ok = tr == unicode.ToUpper(pr)
			case modeFold:
				ok = unicode.ToLower(tr) == unicode.ToLower(pr)
			}
		}
		if !ok {
			return -1, -1
		}
		wordStart = pr == '-'
		i += tsize
		j += psize
	}
	return i, short
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// Longest finds the longest gazetteer phrase that starts at toks[0]. It
// compares text[toks[0].Span.Start:toks[n-1].Span.End] with the phrases,
// with whitespace runs collapsed to one space and curly apostrophes folded
// to '. A phrase matches as written in the data, with the first letter of
// each word capitalised, or in ALL CAPS (not for phrases marked
// ambiguous, nor for short mixed-case ones such as "Fed"); phrases written in lower case match in any case. A match
// must end at a token end. Longest returns the number of tokens matched
// (0 if none) and the meanings of the phrase in order of preference: user
// entries, names, seats of government, capitals, demonyms, places. The
// returned slice is shared: do not modify it. Longest does not allocate.
func (l *Lexicon) Longest(text string, toks []text.Token) (n int, entries []Entry) {
	p, n := longestPhrase(l.index, text, toks)
	if p == nil {
		return 0, nil
	}
	return n, p.entries
}

func longestPhrase(index phraseIndex, text string, toks []text.Token) (*phraseEntries, int) {
	if len(toks) == 0 || index.buckets == nil {
		return nil, 0
	}
	var buf [maxKey]byte
	k := keyInto(&buf, toks[0].Text)
	if k == 0 || !index.has(buf[:k]) {
		return nil, 0
	}
	bucket := index.buckets[string(buf[:k])]
	if bucket == nil {
		return nil, 0
	}
	start := toks[0].Span.Start
	if start < 0 || start > len(text) {
		return nil, 0
	}
	caps := !hasLower(toks[0].Text)
	var best *phraseEntries
	bestN := 0
	if bucket.multi != nil {
		var next [nextKeys][maxKey]byte
		nextLen := nextKeysInto(&next, text[start:])
		if nextLen[0] > 0 {
			third := next[1][:nextLen[1]]
			for _, p := range bucket.multi[string(next[0][:nextLen[0]])] {
				if p.next[1] != "" && len(third) > 0 && p.next[1] != string(third) {
					continue
				}
				if n := matchAt(text, start, toks, p, caps); n > bestN {
					best, bestN = p, n
				}
			}
		}
	}
	for _, p := range bucket.single {
		if n := matchAt(text, start, toks, p, caps); n > bestN {
			best, bestN = p, n
		}
	}
	return best, bestN
}

// Lookup returns the meanings of phrase (normalised and matched with the
// same case rules as Longest), nil if it is not in the gazetteer.
func (l *Lexicon) Lookup(phrase string) []Entry {
	p := l.lookup(phrase)
	if p == nil {
		return nil
	}
	return p.entries
}

// LookupFold returns the meanings of phrase ignoring case entirely
// ("witkoff", "KREMLIN", "us"), for names typed on a command line rather
// than found in text. Meanings of phrases that differ only in case are
// merged, first by phrase, then in the order of Lookup. The result is a
// new slice.
func (l *Lexicon) LookupFold(phrase string) []Entry {
	var out []Entry
	for _, p := range l.folded[strings.ToLower(normalise(phrase))] {
	next:
		for _, e := range p.entries {
			for _, o := range out {
				if o.Name == e.Name && o.Kind == e.Kind && o.Via == e.Via {
					continue next
				}
			}
			out = append(out, e)
		}
	}
	return out
}

// lookup finds the phrase s as written, else with the case rules of
// Longest.
func (l *Lexicon) lookup(phrase string) *phraseEntries {
	s := normalise(phrase)
	if s == "" {
		return nil
	}
	if p := l.phrases[s]; p != nil {
		return p
	}
	// The whole phrase as one token: a match must cover all of it.
	p, n := longestPhrase(l.index, s, []text.Token{{Text: s, Span: text.Span{Start: 0, End: len(s)}}})
	if n != 1 {
		return nil
	}
	return p
}

// TitleAt finds the longest title or role phrase starting at toks[0]
// ("Foreign Minister", "special envoy", "Mr."), with the case rules of
// Longest. It returns the number of tokens it covers.
func (l *Lexicon) TitleAt(text string, toks []text.Token) (n int, t Title, ok bool) {
	p, n := longestPhrase(l.titles, text, toks)
	if p == nil {
		return 0, Title{}, false
	}
	return n, p.title, true
}

// State returns the entry of the state with the given canonical name
// ("Russia", "United States").
func (l *Lexicon) State(name string) (Entry, bool) {
	if e, ok := l.users[name]; ok && e.Kind == KindState {
		return e, true
	}
	e, ok := l.states[name]
	return e, ok
}

// Org returns the entry of the organisation with the given canonical name
// ("NATO", "Reuters").
func (l *Lexicon) Org(name string) (Entry, bool) {
	if e, ok := l.users[name]; ok && e.Kind == KindOrg {
		return e, true
	}
	e, ok := l.orgs[name]
	return e, ok
}

// Person returns the entry of a known person, found by canonical name, by
// an alias ("Zelenskiy", "MBS") or by a spelling that has the same NameKey
// as one of them.
func (l *Lexicon) Person(name string) (Entry, bool) {
	if e, ok := l.users[name]; ok && e.Kind == KindPerson {
		return e, true
	}
	if e, ok := l.people[name]; ok {
		return e, true
	}
	if p := l.lookup(name); p != nil {
		for _, e := range p.entries {
			if e.Kind == KindPerson {
				return e, true
			}
		}
	}
	if c := l.pkeys[NameKey(name)]; c != "" {
		if e, ok := l.users[c]; ok && e.Kind == KindPerson {
			return e, true
		}
		e, ok := l.people[c]
		return e, ok
	}
	return Entry{}, false
}

// Bodies returns the organisations of the category ("legislature",
// "party", …) that act for the state or organisation affiliation,
// sorted by name.
func (l *Lexicon) Bodies(affiliation, category string) []Entry {
	var out []Entry
	for _, e := range l.orgs {
		if e.Affiliation == affiliation && e.Category == category {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b Entry) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// PeopleNamed returns the people of the people list whose canonical name
// has two words or more and ends in surname (compared by NameKey), sorted
// by name: the people "President Bush" or "Chancellor Schroeder" may be.
func (l *Lexicon) PeopleNamed(surname string) []Entry {
	names := l.surname[NameKey(surname)]
	out := make([]Entry, 0, len(names))
	for _, n := range names {
		out = append(out, l.people[n])
	}
	return out
}

// IsGivenName reports whether w (any case) is a common given name.
func (l *Lexicon) IsGivenName(w string) bool {
	if l.given[w] {
		return true
	}
	return l.given[strings.ToLower(w)]
}

// IsPartyMember reports whether w is the gazetteer's noun for a member of
// a party ("Democrat", "Republican", "Tory"), which names the party.
func (l *Lexicon) IsPartyMember(w string) bool {
	return slices.ContainsFunc(l.Lookup(w), func(e Entry) bool {
		return e.Kind == KindOrg && e.Via == ViaDemonym && e.Category == "party"
	})
}

// IsCommonInitialism reports whether w (any case, in the singular or with
// a plural "s") abbreviates a common noun and names no actor: "PC",
// "DVDs", "GDP", "AGM" (initialisms.txt).
func (l *Lexicon) IsCommonInitialism(w string) bool {
	lw := strings.ToLower(w)
	if l.initialisms[lw] {
		return true
	}
	singular, ok := strings.CutSuffix(w, "s") // "PCs"; not "TBS", Turner Broadcasting
	return ok && len(singular) > 1 && l.initialisms[strings.ToLower(singular)]
}

// IsFamilyFirst reports whether w (any case) is a common family name of
// names written family name first ("Wang" of Wang Dong, "Park" of Park
// Min-ho), so that w alone may stand for a full name that starts with it.
func (l *Lexicon) IsFamilyFirst(w string) bool {
	if l.family[w] {
		return true
	}
	return l.family[strings.ToLower(w)]
}

// States returns the canonical names of all states, sorted.
func (l *Lexicon) States() []string {
	out := make([]string, 0, len(l.states))
	for n := range l.states {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}
