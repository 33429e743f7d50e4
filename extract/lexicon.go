package extract

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// dataFS holds the gazetteers described in data/README.md.
//
//go:embed data/*.tsv data/*.txt
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
	Via MentionVia
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
}

// Lexicon is the set of gazetteers: phrases naming states, organisations,
// people and places, titles and given names. A Lexicon is immutable after
// LoadLexicon and safe for concurrent use.
type Lexicon struct {
	phrases map[string]*lexPhrase   // normalised phrase -> meanings
	index   lexIndex                // phrases by the keys of their first words
	folded  map[string][]*lexPhrase // lower-cased phrase -> phrases, for LookupFold
	tphrase map[string]*lexPhrase   // normalised title -> title phrase
	titles  lexIndex                // titles by the keys of their first words
	states  map[string]Entry        // canonical state name -> entry
	orgs    map[string]Entry        // canonical organisation name -> entry
	people  map[string]Entry        // canonical person name -> entry
	pkeys   map[string]string       // NameKey of a person's name or alias -> canonical name ("" if shared)
	given   map[string]bool         // lower-case given names

	// User alias file (see aliases.go).
	ignored map[string]bool    // lexFold(name)
	merge   map[string]string  // lexFold(name) -> canonical name
	apart   map[[2]string]bool // pair of lexFold(name), sorted
	users   map[string]Entry   // canonical name -> entry declared by the user
}

// lexPhrase is one gazetteer phrase with all its meanings.
type lexPhrase struct {
	text    string              // normalised: one space between words, ' for apostrophes
	next    [lexNextKeys]string // keys of the 2nd and 3rd words ("" if none): a cheap pre-filter
	lower   bool                // no upper-case letter: match case-insensitively
	nocaps  bool                // marked '!' in the data, or short: no ALL-CAPS match
	entries []Entry
	title   Title
	rank    []int // sort key of each entry, parallel to entries
}

// The files LoadLexicon reads; each is optional, but at least one must
// exist.
const (
	lexStatesFile = "states.tsv"
	lexOrgsFile   = "orgs.tsv"
	lexPeopleFile = "people.tsv"
	lexPlacesFile = "places.tsv"
	lexTitlesFile = "titles.tsv"
	lexGivenFile  = "givennames.txt"
)

// lexMaxKey bounds the byte length of an index key; longer first words are
// truncated on both sides, which only costs a longer comparison.
const lexMaxKey = 48

// DefaultLexicon loads the gazetteers embedded in the binary. Each call
// parses them anew (tens of milliseconds); callers keep the result.
func DefaultLexicon() (*Lexicon, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, fmt.Errorf("embedded gazetteers: %w", err)
	}
	return LoadLexicon(sub)
}

// LoadLexicon reads the gazetteer files states.tsv, orgs.tsv, people.tsv,
// places.tsv, titles.tsv and givennames.txt from the root of fsys (the
// format is described in data/README.md). Missing files are skipped, but
// at least one must be present. Errors are *ParseError values that carry
// the file and line.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	l := newLexicon()
	b := &lexBuilder{l: l, order: 0}
	found := 0
	steps := []struct {
		file string
		fn   func(src string, line int, f []string) error
		cols int
	}{
		{lexStatesFile, b.state, 6},
		{lexOrgsFile, b.org, 6},
		{lexPeopleFile, b.person, 4},
		{lexPlacesFile, b.place, 4},
		{lexTitlesFile, b.title, 2},
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
		if err := lexEachRow(s.file, data, s.cols, s.fn); err != nil {
			return nil, err
		}
	}
	data, err := fs.ReadFile(fsys, lexGivenFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("read gazetteer %s: %w", lexGivenFile, err)
	default:
		found++
		for w := range strings.FieldsSeq(lexStripComments(string(data))) {
			l.given[strings.ToLower(w)] = true
		}
	}
	if found == 0 {
		return nil, fmt.Errorf("load lexicon: none of %s, %s, %s, %s, %s, %s found",
			lexStatesFile, lexOrgsFile, lexPeopleFile, lexPlacesFile, lexTitlesFile, lexGivenFile)
	}
	l.finish()
	return l, nil
}

func newLexicon() *Lexicon {
	return &Lexicon{
		phrases: map[string]*lexPhrase{},
		tphrase: map[string]*lexPhrase{},
		states:  map[string]Entry{},
		orgs:    map[string]Entry{},
		people:  map[string]Entry{},
		given:   map[string]bool{},
		ignored: map[string]bool{},
		merge:   map[string]string{},
		apart:   map[[2]string]bool{},
		users:   map[string]Entry{},
	}
}

// lexStripComments removes '#' comments from a text.
func lexStripComments(s string) string {
	var sb strings.Builder
	for line := range strings.Lines(s) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i] + "\n"
		}
		sb.WriteString(line)
	}
	return sb.String()
}

// lexEachRow calls fn for every non-comment, non-blank line of a TSV file
// with exactly cols tab-separated fields.
func lexEachRow(src string, data []byte, cols int, fn func(src string, line int, f []string) error) error {
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

// lexList splits a '|'-separated list; "-" is the empty list.
func lexList(s string) []string {
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

// lexBuilder fills a Lexicon from the data files.
type lexBuilder struct {
	l     *Lexicon
	order int
}

// Entry ranks: the order in which meanings of one phrase are returned.
const (
	lexRankUser = iota
	lexRankName
	lexRankSeat
	lexRankCapital
	lexRankDemonym
	lexRankPlace
)

func lexRankOf(e Entry) int {
	switch {
	case e.Category == "user":
		return lexRankUser
	case e.Kind == KindUnknown:
		return lexRankPlace
	case e.Via == ViaDemonym:
		return lexRankDemonym
	case e.Via == ViaSeat && e.Category == "capital":
		return lexRankCapital
	case e.Via == ViaSeat:
		return lexRankSeat
	}
	return lexRankName
}

// add records one meaning of a phrase as written in the data (a leading
// '!' marks the phrase ambiguous).
func (b *lexBuilder) add(raw string, e Entry) error {
	amb := strings.HasPrefix(raw, "!")
	raw = strings.TrimPrefix(raw, "!")
	text := lexNormalise(raw)
	if text == "" {
		return fmt.Errorf("empty phrase for %q", e.Name)
	}
	if !lexStartsWord(text) {
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
		p = lexNewPhrase(text)
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
	p.rank = append(p.rank, lexRankOf(e)*1_000_000+order)
}

func (b *lexBuilder) affiliation(s string) (string, error) {
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
func (b *lexBuilder) state(_ string, _ int, f []string) error {
	name := strings.TrimPrefix(f[0], "!")
	e := Entry{Name: name, Kind: KindState, Via: ViaName, Category: f[1]}
	b.l.states[name] = e
	for _, a := range append([]string{f[0]}, lexList(f[2])...) {
		if err := b.add(a, e); err != nil {
			return err
		}
	}
	for _, d := range lexList(f[3]) {
		if err := b.add(d, Entry{Name: name, Kind: KindState, Via: ViaDemonym, Category: "demonym"}); err != nil {
			return err
		}
	}
	for _, c := range lexList(f[4]) {
		if err := b.add(c, Entry{Name: name, Kind: KindState, Via: ViaSeat, Category: "capital"}); err != nil {
			return err
		}
		// A capital is also a place: "talks in Moscow".
		city := strings.TrimPrefix(c, "!")
		if err := b.add(c, Entry{Name: city, Kind: KindUnknown, Via: ViaName, Category: "capital", Affiliation: name}); err != nil {
			return err
		}
	}
	for _, s := range lexList(f[5]) {
		if err := b.add(s, Entry{Name: name, Kind: KindState, Via: ViaSeat, Category: "seat"}); err != nil {
			return err
		}
	}
	return nil
}

// org reads: name, category, affiliation, aliases, demonyms, seats.
func (b *lexBuilder) org(_ string, _ int, f []string) error {
	name := strings.TrimPrefix(f[0], "!")
	aff, err := b.affiliation(f[2])
	if err != nil {
		return err
	}
	e := Entry{Name: name, Kind: KindOrg, Via: ViaName, Affiliation: aff, Category: f[1]}
	b.l.orgs[name] = e
	for _, a := range append([]string{f[0]}, lexList(f[3])...) {
		if err := b.add(a, e); err != nil {
			return err
		}
	}
	for _, d := range lexList(f[4]) {
		de := e
		de.Via = ViaDemonym
		if err := b.add(d, de); err != nil {
			return err
		}
	}
	for _, s := range lexList(f[5]) {
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
func (b *lexBuilder) person(_ string, _ int, f []string) error {
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
	for _, a := range append([]string{f[0]}, lexList(f[3])...) {
		if err := b.add(a, e); err != nil {
			return err
		}
	}
	return nil
}

// place reads: name, category, country, aliases.
func (b *lexBuilder) place(_ string, _ int, f []string) error {
	country := ""
	if f[2] != "-" {
		if _, ok := b.l.states[f[2]]; !ok {
			return fmt.Errorf("unknown country %q", f[2])
		}
		country = f[2]
	}
	e := Entry{Name: strings.TrimPrefix(f[0], "!"), Kind: KindUnknown, Via: ViaName, Affiliation: country, Category: f[1]}
	for _, a := range append([]string{f[0]}, lexList(f[3])...) {
		if err := b.add(a, e); err != nil {
			return err
		}
	}
	return nil
}

// title reads: category, phrases.
func (b *lexBuilder) title(_ string, _ int, f []string) error {
	for _, raw := range lexList(f[1]) {
		amb := strings.HasPrefix(raw, "!")
		text := lexNormalise(strings.TrimPrefix(raw, "!"))
		if text == "" || !lexStartsWord(text) {
			return fmt.Errorf("bad title %q", raw)
		}
		if b.l.tphrase[text] != nil {
			continue // the first category listed wins
		}
		p := lexNewPhrase(text)
		p.nocaps = p.nocaps || amb
		p.title = Title{Phrase: text, Category: f[0]}
		b.l.tphrase[text] = p
	}
	return nil
}

// finish sorts the meanings of every phrase, builds the first-word index
// and the person key table.
func (l *Lexicon) finish() {
	for _, p := range l.phrases {
		lexSortEntries(p)
	}
	l.index = lexBuildIndex(l.phrases)
	l.folded = make(map[string][]*lexPhrase, len(l.phrases))
	for t, p := range l.phrases {
		f := strings.ToLower(t)
		l.folded[f] = append(l.folded[f], p)
	}
	for _, ps := range l.folded {
		slices.SortFunc(ps, func(a, b *lexPhrase) int { return strings.Compare(a.text, b.text) })
	}
	l.titles = lexBuildIndex(l.tphrase)
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
	for name := range l.people {
		l.pkeys[NameKey(name)] = name // a full name always wins
	}
}

func lexSortEntries(p *lexPhrase) {
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

// lexShortMixed is the longest mixed-case phrase, in bytes, that does not
// match in ALL CAPS: "Fed" is not "FED UP", "Rio" is not "RIO".
const lexShortMixed = 3

// lexNewPhrase returns a phrase with no meanings yet.
func lexNewPhrase(text string) *lexPhrase {
	return &lexPhrase{
		text:   text,
		lower:  !lexHasUpper(text),
		nocaps: len(text) <= lexShortMixed && lexHasUpper(text) && lexHasLower(text),
		next:   lexNextKeysOf(text),
	}
}

// lexIndex finds the candidate phrases for a position in the text with at
// most two map look-ups: by the key of the first word, then by the key of
// the second. Four in five tokens of news text start no phrase; a bit set
// indexed by a hash of the first key answers most of them without the
// map.
type lexIndex struct {
	buckets map[string]*lexBucket
	filter  *[lexFilterBits / 64]uint64 // bit lexFilterBit(key) is set for every key of buckets
}

// lexFilterBits is the size of lexIndex.filter in bits (8 KB).
const lexFilterBits = 1 << 16

// lexFilterBit returns the bit of key in lexIndex.filter.
func lexFilterBit(key []byte) uint32 {
	h := uint32(2166136261) // FNV-1a
	for _, c := range key {
		h ^= uint32(c)
		h *= 16777619
	}
	return (h * 0x9E3779B1) >> (32 - 16)
}

// has reports whether key may be a key of buckets.
func (ix lexIndex) has(key []byte) bool {
	b := lexFilterBit(key)
	return ix.filter[b/64]&(1<<(b%64)) != 0
}

// lexBucket holds the phrases that share the key of their first word.
type lexBucket struct {
	single []*lexPhrase            // one-word phrases
	multi  map[string][]*lexPhrase // longer phrases by the key of their second word
}

func lexBuildIndex(phrases map[string]*lexPhrase) lexIndex {
	ix := lexIndex{buckets: map[string]*lexBucket{}, filter: new([lexFilterBits / 64]uint64)}
	for _, p := range phrases {
		key := lexKey(p.text)
		k := string(key)
		b := ix.buckets[k]
		if b == nil {
			b = &lexBucket{}
			ix.buckets[k] = b
			bit := lexFilterBit(key)
			ix.filter[bit/64] |= 1 << (bit % 64)
		}
		if p.next[0] == "" {
			b.single = append(b.single, p)
			continue
		}
		if b.multi == nil {
			b.multi = map[string][]*lexPhrase{}
		}
		b.multi[p.next[0]] = append(b.multi[p.next[0]], p)
	}
	for _, b := range ix.buckets {
		lexSortBucket(b.single)
		for _, m := range b.multi {
			lexSortBucket(m)
		}
	}
	return ix
}

// lexSortBucket orders candidates longest first, then by text, so that the
// first match found is the longest.
func lexSortBucket(b []*lexPhrase) {
	slices.SortFunc(b, func(x, y *lexPhrase) int {
		if c := len(y.text) - len(x.text); c != 0 {
			return c
		}
		return strings.Compare(x.text, y.text)
	})
}

// lexNormalise collapses whitespace runs to one space, trims, and folds
// curly apostrophes to ' and Unicode hyphens to -.
func lexNormalise(s string) string {
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
		sb.WriteRune(lexFoldPunct(r))
	}
	return sb.String()
}

// lexFoldPunct maps apostrophe and hyphen look-alikes to ASCII.
func lexFoldPunct(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02bc', '\u2032':
		return '\''
	case '\u2010', '\u2011':
		return '-'
	}
	return r
}

// lexHasLower reports whether s has a lower-case letter.
func lexHasLower(s string) bool {
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

func lexHasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func lexStartsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lexKey returns the lower-cased leading run of letters and digits of s,
// truncated to lexMaxKey bytes. It is the index key of a phrase and of the
// token where a match may start.
func lexKey(s string) []byte {
	var buf [lexMaxKey]byte
	n := lexKeyInto(&buf, s)
	return append([]byte(nil), buf[:n]...)
}

// lexKeyInto writes the key of s into buf and returns its length; it does
// not allocate.
func lexKeyInto(buf *[lexMaxKey]byte, s string) int {
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
			if n == lexMaxKey {
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
		if n+utf8.RuneLen(r) > lexMaxKey {
			return n
		}
		n += utf8.EncodeRune(buf[n:], r)
		i += size
	}
	return n
}

// lexNextKeys is the number of words after the first whose keys pre-filter
// candidates.
const lexNextKeys = 2

// lexNextKeys returns the keys of the second and third words of s: the
// lower-cased runs of letters and digits that follow the first run, each
// after at most lexMaxSep other characters ("U.S. Congress" -> "s",
// "congress"; "al-Qaeda" -> "qaeda", ""). Missing words give "".
func lexNextKeysOf(s string) [lexNextKeys]string {
	var buf [lexNextKeys][lexMaxKey]byte
	lens := lexNextKeysInto(&buf, s)
	var out [lexNextKeys]string
	for k := range out {
		out[k] = string(buf[k][:lens[k]])
	}
	return out
}

// lexMaxSep bounds the separator scanned by lexNextKeysInto; a longer gap
// (a run of blank lines) ends the scan, which only weakens the filter.
const lexMaxSep = 64

// lexNextKeysInto writes the keys of the words after the first into buf
// and returns their lengths; it does not allocate.
func lexNextKeysInto(buf *[lexNextKeys][lexMaxKey]byte, s string) (lens [lexNextKeys]int) {
	i := lexSkip(s, 0, true, len(s))
	for k := range lexNextKeys {
		j := lexSkip(s, i, false, lexMaxSep)
		if j == i && k > 0 || j >= len(s) {
			return lens
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); !lexIsWordRune(r) {
			return lens // separator too long
		}
		lens[k] = lexKeyInto(&buf[k], s[j:])
		i = lexSkip(s, j, true, len(s))
	}
	return lens
}

// lexSkip skips from i runes that are word runes (word true) or not, at
// most max of them, and returns the new offset.
func lexSkip(s string, i int, word bool, max int) int {
	for n := 0; i < len(s) && n < max; n++ {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if lexIsWordRune(r) != word {
			break
		}
		i += size
	}
	return i
}

func lexIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Case modes of a match.
const (
	lexModeWritten = iota // as written, or with each word's first letter capitalised
	lexModeUpper          // ALL CAPS
	lexModeFold           // case-insensitive (phrases written in lower case)
)

// lexMatchAt compares the phrase p with text from byte start on and
// returns the number of tokens of toks (toks[0] starts at start) that the
// match covers, 0 if none. A phrase that ends with '.' also matches
// without it ("U.S" + "." split by the tokenizer).
//
// caps tells whether the first token has no lower-case letter; if it has
// one, an ALL-CAPS match is impossible and is not tried.
func lexMatchAt(text string, start int, toks []Token, p *lexPhrase, caps bool) int {
	if p.lower {
		return lexTokensAt(text, start, toks, p.text, lexModeFold)
	}
	if n := lexTokensAt(text, start, toks, p.text, lexModeWritten); n > 0 {
		return n
	}
	if p.nocaps || !caps {
		return 0
	}
	return lexTokensAt(text, start, toks, p.text, lexModeUpper)
}

func lexTokensAt(text string, start int, toks []Token, phrase string, mode int) int {
	end, short := lexCompare(text, start, phrase, mode)
	if end < 0 {
		return 0
	}
	if n := lexTokenEnd(toks, end); n > 0 {
		return n
	}
	if short >= 0 {
		return lexTokenEnd(toks, short)
	}
	return 0
}

// lexTokenEnd returns k+1 for the token k that ends at byte end, 0 if no
// token does.
func lexTokenEnd(toks []Token, end int) int {
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

// lexCompare matches phrase against text at start. It returns the byte
// offset where the match ends (-1 if none) and, if the phrase ends with
// '.', the offset where the phrase without its final '.' ends (else -1).
func lexCompare(text string, start int, phrase string, mode int) (end, short int) {
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
			if !lexIsSpace(tr) {
				return -1, -1
			}
			i += tsize
			for i < len(text) {
				r, s := utf8.DecodeRuneInString(text[i:])
				if !lexIsSpace(r) {
					break
				}
				i += s
			}
			j += psize
			wordStart = true
			continue
		}
		tr = lexFoldPunct(tr)
		ok := tr == pr
		if !ok {
			switch mode {
			case lexModeWritten:
				ok = wordStart && tr == unicode.ToUpper(pr)
			case lexModeUpper:
				ok = tr == unicode.ToUpper(pr)
			case lexModeFold:
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

func lexIsSpace(r rune) bool {
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
func (l *Lexicon) Longest(text string, toks []Token) (n int, entries []Entry) {
	p, n := lexLongest(l.index, text, toks)
	if p == nil {
		return 0, nil
	}
	return n, p.entries
}

func lexLongest(index lexIndex, text string, toks []Token) (*lexPhrase, int) {
	if len(toks) == 0 || index.buckets == nil {
		return nil, 0
	}
	var buf [lexMaxKey]byte
	k := lexKeyInto(&buf, toks[0].Text)
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
	caps := !lexHasLower(toks[0].Text)
	var best *lexPhrase
	bestN := 0
	if bucket.multi != nil {
		var next [lexNextKeys][lexMaxKey]byte
		nextLen := lexNextKeysInto(&next, text[start:])
		if nextLen[0] > 0 {
			third := next[1][:nextLen[1]]
			for _, p := range bucket.multi[string(next[0][:nextLen[0]])] {
				if p.next[1] != "" && len(third) > 0 && p.next[1] != string(third) {
					continue
				}
				if n := lexMatchAt(text, start, toks, p, caps); n > bestN {
					best, bestN = p, n
				}
			}
		}
	}
	for _, p := range bucket.single {
		if n := lexMatchAt(text, start, toks, p, caps); n > bestN {
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
	for _, p := range l.folded[strings.ToLower(lexNormalise(phrase))] {
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
func (l *Lexicon) lookup(phrase string) *lexPhrase {
	s := lexNormalise(phrase)
	if s == "" {
		return nil
	}
	if p := l.phrases[s]; p != nil {
		return p
	}
	// The whole phrase as one token: a match must cover all of it.
	p, n := lexLongest(l.index, s, []Token{{Text: s, Span: Span{0, len(s)}}})
	if n != 1 {
		return nil
	}
	return p
}

// TitleAt finds the longest title or role phrase starting at toks[0]
// ("Foreign Minister", "special envoy", "Mr."), with the case rules of
// Longest. It returns the number of tokens it covers.
func (l *Lexicon) TitleAt(text string, toks []Token) (n int, t Title, ok bool) {
	p, n := lexLongest(l.titles, text, toks)
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

// IsGivenName reports whether w (any case) is a common given name.
func (l *Lexicon) IsGivenName(w string) bool {
	if l.given[w] {
		return true
	}
	return l.given[strings.ToLower(w)]
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

// NameKey returns the key of name that the known people list agrees on:
// the key of the person's canonical name if name is one of their names or
// aliases ("MBS" and "Mohammed bin Salman" agree), else NameKey(name).
func (l *Lexicon) NameKey(name string) string {
	if e, ok := l.Person(name); ok {
		return NameKey(e.Name)
	}
	return NameKey(name)
}

// NameKey returns a key under which spelling variants of one name agree:
// Zelensky, Zelenskiy and Zelenskyy; Sergey and Sergei Lavrov; Alexei and
// Aleksey. Different people who share a surname keep different keys (Joe
// Biden, Hunter Biden). The rules, applied word by word after folding case
// and diacritics and dropping punctuation: "ks" becomes "x", a leading
// "ye" becomes "e", "y" becomes "i", and runs of one letter collapse to one
// ("Zelenskii" -> "zelenski", "Mohammed" -> "mohamed"); adjacent initials
// join ("George H. W. Bush" = "George H.W. Bush"). The key is meant
// for comparison only, not for display. See also Lexicon.NameKey, which
// also knows the aliases of the people list.
func NameKey(name string) string {
	if lexIsASCII(name) {
		return nameKeyASCII(name)
	}
	return nameKey(name)
}

// nameKey is NameKey for any text.
func nameKey(name string) string {
	folded := lexFoldDiacritics(name)
	var words []string
	var w []rune
	flush := func() {
		if len(w) == 0 {
			return
		}
		words = append(words, lexKeyWord(string(w)))
		w = w[:0]
	}
	for _, r := range folded {
		r = lexFoldPunct(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w = append(w, unicode.ToLower(r))
		case r == '\'' || r == '.':
			// O'Brien = OBrien; "J.D." = "JD"
		default:
			flush()
		}
	}
	flush()
	// Adjacent initials form one word: "H. W." = "H.W." = "HW".
	out := words[:0]
	for _, w := range words {
		if n := len(out); n > 0 && len(w) == 1 && lexIsInitials(out[n-1]) {
			out[n-1] += w
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// lexIsInitials reports whether a key word is one or two letters, as
// initials are ("h", "hw").
func lexIsInitials(w string) bool { return len(w) == 1 || len(w) == 2 && w != "al" }

func lexKeyWord(w string) string {
	w = strings.ReplaceAll(w, "ks", "x")
	if strings.HasPrefix(w, "ye") && len(w) > 3 {
		w = w[1:]
	}
	w = strings.ReplaceAll(w, "y", "i")
	var sb strings.Builder
	var last rune
	for _, r := range w {
		if r == last {
			continue
		}
		sb.WriteRune(r)
		last = r
	}
	return sb.String()
}

// lexFoldDiacritics removes combining marks and maps a few letters that
// have no decomposition (ø, ł, ß, đ, ı, æ, œ) to ASCII.
func lexFoldDiacritics(s string) string {
	if lexIsASCII(s) {
		return s // nothing to fold
	}
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ø':
			sb.WriteString("o")
		case 'Ø':
			sb.WriteString("O")
		case 'ł':
			sb.WriteString("l")
		case 'Ł':
			sb.WriteString("L")
		case 'ß':
			sb.WriteString("ss")
		case 'đ':
			sb.WriteString("d")
		case 'Đ':
			sb.WriteString("D")
		case 'ı':
			sb.WriteString("i")
		case 'æ':
			sb.WriteString("ae")
		case 'œ':
			sb.WriteString("oe")
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// lexIsASCII reports whether s is all ASCII.
func lexIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nameKeyASCII is NameKey for ASCII text, with the same rules as nameKey
// (and lexKeyWord) applied to bytes, allocating only the result.
func nameKeyASCII(name string) string {
	var outBuf [64]byte
	out := outBuf[:0]
	last := -1 // start in out of the last key word, -1 if none
	var wbuf [32]byte
	w := wbuf[:0]
	flush := func() {
		if len(w) == 0 {
			return
		}
		// lexKeyWord: "ks" -> "x", a leading "ye" -> "e", "y" -> "i", runs
		// of one letter collapse.
		k := 0
		for i := 0; i < len(w); i++ {
			if w[i] == 'k' && i+1 < len(w) && w[i+1] == 's' {
				w[k] = 'x'
				i++
			} else {
				w[k] = w[i]
			}
			k++
		}
		w = w[:k]
		if len(w) > 3 && w[0] == 'y' && w[1] == 'e' {
			w = w[1:]
		}
		k = 0
		for i, c := range w {
			if c == 'y' {
				c = 'i'
			}
			if i > 0 && c == w[k-1] {
				continue
			}
			w[k] = c
			k++
		}
		w = w[:k]
		// Adjacent initials join ("h" "w" -> "hw").
		if prev := out[max(last, 0):]; last >= 0 && len(w) == 1 &&
			(len(prev) == 1 || len(prev) == 2 && string(prev) != "al") {
			out = append(out, w...)
		} else {
			if last >= 0 {
				out = append(out, ' ')
			}
			last = len(out)
			out = append(out, w...)
		}
		w = w[:0]
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			w = append(w, c)
		case 'A' <= c && c <= 'Z':
			w = append(w, c+'a'-'A')
		case c == '\'' || c == '.':
			// O'Brien = OBrien; "J.D." = "JD"
		default:
			flush()
		}
	}
	flush()
	return string(out)
}
