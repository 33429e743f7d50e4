package statement

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// The word lists of statement detection, described in their headers.
var (
	//go:embed data/cues.txt
	cuesText string
	//go:embed data/cues_issues.txt
	cuesIssuesText string
	//go:embed data/cues_gender.txt
	cuesGenderText string
	//go:embed data/given_gender.txt
	givenGenderText string
	//go:embed data/vader.tsv
	vaderText string
)

// cueKind says how a cue finds its speaker; see cues.txt.
type cueKind uint8

const (
	cueVerb      cueKind = iota // reporting verb
	cueQuoted                   // "was quoted by X as saying": the subject speaks
	cueGerund                   // "saying", "stressing": the speaker of the clause
	cueExpress                  // "expressed skepticism"
	cueState                    // "remains firm against"
	cueWeak                     // "discussed support for"
	cueObject                   // "alarmed X officials"
	cueFrom                     // "criticism from X"
	cueAccording                // "according to X"
	cuePoss                     // "X's announcement that": the possessor speaks
)

var cueKindNames = map[string]cueKind{
	"verb": cueVerb, "quoted": cueQuoted, "ger": cueGerund, "express": cueExpress, "state": cueState,
	"weak": cueWeak, "object": cueObject, "from": cueFrom, "acc": cueAccording,
	"poss": cuePoss,
}

// cue is one entry of the [cue] section.
type cue struct {
	phrase string
	pol    int  // polarity of the cue
	lean   bool // pol applies only when the statement's words are neutral
	kind   cueKind
	// clause marks a participle ("alleging", kind "gerc" in cues.txt)
	// that reports only as an adjunct of its clause, after a comma,
	// "while" or "and" ("…, alleging that"): after a preposition or a
	// noun it names an act or a document ("apologised for criticising",
	// "hours of questioning", "lawsuits brought against X alleging").
	clause bool
}

// gender of a person as far as pronouns are concerned.
type gender uint8

const (
	genderUnknown gender = iota
	genderFemale
	genderMale
)

// phraseTable finds phrases of one or more words in a token sequence,
// case-insensitively. Values are indices into a parallel slice.
type phraseTable struct {
	first map[string][]phraseEntry // folded first word -> phrases, longest first
	// filter holds every first word: most tokens start no phrase, and the
	// filter answers them without the map.
	filter *lexicon.WordFilter
}

type phraseEntry struct {
	words []string // folded words
	val   int
}

// newPhraseTable returns an empty phraseTable.
func newPhraseTable() phraseTable {
	return phraseTable{first: map[string][]phraseEntry{}, filter: new(lexicon.WordFilter)}
}

// add adds a phrase with its value, keeping longer phrases first.
func (p *phraseTable) add(phrase string, val int) {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 {
		return
	}
	l := p.first[words[0]]
	p.filter.Add([]byte(words[0]))
	e := phraseEntry{words: words, val: val}
	i := 0
	for i < len(l) && len(l[i].words) >= len(words) {
		i++
	}
	l = append(l, phraseEntry{})
	copy(l[i+1:], l[i:])
	l[i] = e
	p.first[words[0]] = l
}

// match returns the value and the number of tokens of the longest phrase
// starting at toks[i].
func (p *phraseTable) match(toks []text.Token, i int) (val, n int, ok bool) {
	var buf [foldBuf]byte
	return p.matchKey(foldWord(&buf, toks[i].Text), toks, i)
}

// matchKey is match with the first word already folded into key.
func (p *phraseTable) matchKey(key []byte, toks []text.Token, i int) (val, n int, ok bool) {
	if !p.filter.Has(key) {
		return 0, 0, false
	}
	l, found := p.first[string(key)]
	if !found {
		return 0, 0, false
	}
	for _, e := range l {
		if i+len(e.words) > len(toks) {
			continue
		}
		okAll := true
		for k := 1; k < len(e.words); k++ {
			if e.words[k] == detSlot && determiners[strings.ToLower(toks[i+k].Text)] {
				continue
			}
			if !strings.EqualFold(toks[i+k].Text, e.words[k]) {
				okAll = false
				break
			}
		}
		if okAll {
			return e.val, len(e.words), true
		}
	}
	return 0, 0, false
}

// detSlot in a phrase of a word list (not its first word) matches any word
// of determiners: "made <det> remarks" is "made the remarks", "made his
// remarks", "made these remarks".
const detSlot = "<det>"

// determiners are the words detSlot matches.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "this": true, "these": true, "those": true, "our": true, "my": true}

// wordSet is a set of folded single words.
type wordSet map[string]bool

// has reports whether w, folded, is in the set.
func (s wordSet) has(w string) bool {
	var buf [foldBuf]byte
	return s[string(foldWord(&buf, w))]
}

// foldBuf bounds the words that can be looked up; longer words never match.
const foldBuf = 40

// foldWord lower-cases the ASCII letters of w into buf and folds curly
// apostrophes to straight ones, without allocating.
func foldWord(buf *[foldBuf]byte, w string) []byte {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] == 0x99 || w[i+2] == 0x98) {
			c = '\''
			i += 2
		} else if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if n == foldBuf {
			return buf[:0]
		}
		buf[n] = c
		n++
	}
	return buf[:n]
}

// cueLexicon holds the parsed word lists. It is built once per Extractor
// and read-only afterwards.
type cueLexicon struct {
	cues     []cue
	cueTable phraseTable // value: index into cues
	// possOf holds, for a one-word cue that is also a noun whose
	// possessor speaks ("claim", "claims"), the index of that reading
	// when another one comes first in cueTable.
	possOf map[string]int
	stance phraseTable // value: polarity
	// attitude holds the adjectives of an attitude that make "X is …"
	// a position ("keen", "sceptical"); value: polarity.
	attitude phraseTable
	negators phraseTable
	hedges   phraseTable
	// object holds relation phrases whose object is an actor the
	// speaker takes a stance towards ("sided with X", "criticism of X");
	// value: polarity.
	object phraseTable
	// obligation holds the modals of obligation ("must", "has to");
	// pressure the verbs that press their object to act ("urged").
	obligation phraseTable
	pressure   phraseTable
	issues     phraseTable // value: index into issueKeys
	issueKey   []string
	// issuePeace marks general words that name the peace plan only in an
	// article about peace.
	issuePeace []bool
	aside      wordSet
	skip       wordSet
	official   wordSet
	person     wordSet // [person]: nouns that describe one person ("the singer")
	np         wordSet
	opener     wordSet
	gender     map[string]gender // folded word -> gender (cues_gender.txt)
	// given is the gender of given names from published lists, checked
	// against news (given_gender.txt): read for the first word of a
	// person's full name that gender does not know.
	given map[string]gender
	// valence is the VADER sentiment lexicon: folded word -> mean
	// valence in [-4, 4].
	valence map[string]float64
}

// defaultCues parses the embedded word lists. Malformed lines are skipped;
// TestCueFilesParse checks that there are none.
func defaultCues() *cueLexicon {
	c, _ := parseCues(cuesText, cuesIssuesText, cuesGenderText)
	c.given, _ = parseGenders(givenGenderText, "given_gender.txt")
	c.valence, _ = parseValence(vaderText)
	return c
}

// parseCues builds a cueLexicon from the three files. It returns the
// problems it skipped over.
func parseCues(main, issues, genders string) (*cueLexicon, []error) {
	c := &cueLexicon{cueTable: newPhraseTable(), stance: newPhraseTable(), attitude: newPhraseTable(), negators: newPhraseTable(),
		hedges: newPhraseTable(), issues: newPhraseTable(), object: newPhraseTable(),
		obligation: newPhraseTable(), pressure: newPhraseTable(), aside: wordSet{}, skip: wordSet{},
		official: wordSet{}, person: wordSet{}, np: wordSet{}, opener: wordSet{}, gender: map[string]gender{}, possOf: map[string]int{}}
	var errs []error
	bad := func(file string, line int, msg string) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", file, line, msg))
	}
	section := ""
	eachLine(main, func(line int, s string) {
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			section = s[1 : len(s)-1]
			return
		}
		f := cueFields(s)
		switch section {
		case "cue":
			if len(f) != 3 {
				bad("cues.txt", line, "want phrase, polarity and kind")
				return
			}
			k, ok := cueKindNames[f[2]]
			clause := f[2] == "gerc"
			if clause {
				k, ok = cueGerund, true
			}
			lean := strings.HasPrefix(f[1], "~")
			pol, err := strconv.Atoi(strings.TrimPrefix(f[1], "~"))
			if !ok || err != nil || pol < -1 || pol > 1 {
				bad("cues.txt", line, "bad polarity or kind")
				return
			}
			if _, _, dup := c.cueTable.match(text.Tokenize(f[0]), 0); dup && k == cuePoss && !strings.Contains(f[0], " ") {
				c.possOf[strings.ToLower(f[0])] = len(c.cues)
			}
			c.cueTable.add(f[0], len(c.cues))
			c.cues = append(c.cues, cue{phrase: f[0], pol: pol, lean: lean, kind: k, clause: clause})
		case "stance":
			pol, err := strconv.Atoi(f[len(f)-1])
			if len(f) != 2 || err != nil || (pol != 1 && pol != -1) {
				bad("cues.txt", line, "want phrase and polarity 1 or -1")
				return
			}
			c.stance.add(f[0], pol)
		case "attitude":
			pol, err := strconv.Atoi(f[len(f)-1])
			if len(f) != 2 || err != nil || pol < -1 || pol > 1 {
				bad("cues.txt", line, "want adjective and polarity -1, 0 or 1")
				return
			}
			c.attitude.add(f[0], pol)
		case "object":
			pol, err := strconv.Atoi(f[len(f)-1])
			if len(f) != 2 || err != nil || (pol != 1 && pol != -1) {
				bad("cues.txt", line, "want phrase and polarity 1 or -1")
				return
			}
			c.object.add(f[0], pol)
		case "obligation":
			c.obligation.add(s, 1)
		case "pressure":
			c.pressure.add(s, 1)
		case "negator":
			c.negators.add(s, 1)
		case "hedge":
			c.hedges.add(s, 1)
		case "aside":
			c.aside[s] = true
		case "skip":
			c.skip[s] = true
		case "official":
			c.official[s] = true
		case "person":
			c.person[s] = true
		case "np":
			c.np[s] = true
		case "opener":
			c.opener[s] = true
		default:
			bad("cues.txt", line, "entry outside a known section")
		}
	})
	eachLine(issues, func(line int, s string) {
		f := cueFields(s)
		if len(f) < 2 || len(f) > 3 || (len(f) == 3 && f[2] != "peace") {
			bad("cues_issues.txt", line, "want phrase, issue key and optionally \"peace\"")
			return
		}
		c.issues.add(f[0], len(c.issueKey))
		c.issueKey = append(c.issueKey, f[1])
		c.issuePeace = append(c.issuePeace, len(f) == 3)
	})
	var gerrs []error
	c.gender, gerrs = parseGenders(genders, "cues_gender.txt")
	errs = append(errs, gerrs...)
	return c, errs
}

// parseGenders reads a list of words under [female] and [male]
// (cues_gender.txt, given_gender.txt) into a map from the folded word to
// its gender. It returns the problems it skipped over, naming file.
func parseGenders(src, file string) (map[string]gender, []error) {
	m := map[string]gender{}
	var errs []error
	section := ""
	eachLine(src, func(line int, s string) {
		switch s {
		case "[female]", "[male]":
			section = s
			return
		}
		g := genderFemale
		switch section {
		case "[male]":
			g = genderMale
		case "[female]":
		default:
			errs = append(errs, fmt.Errorf("%s:%d: entry outside [female] or [male]", file, line))
			return
		}
		for _, w := range strings.Fields(s) {
			var buf [foldBuf]byte
			m[string(foldWord(&buf, w))] = g
		}
	})
	return m, errs
}

// eachLine calls fn with every non-empty line of src that is not a
// comment, trimmed.
func eachLine(src string, fn func(line int, s string)) {
	for n, s := range strings.Split(src, "\n") {
		s = strings.TrimSpace(s)
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fn(n+1, s)
	}
}

// cueFields splits a line at tabs or runs of two or more spaces.
func cueFields(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "\t") {
		for _, p := range strings.Split(part, "  ") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// parseValence reads a lexicon of "word<TAB>valence" lines ("#" starts a
// comment) and returns it with the lines it could not read.
func parseValence(src string) (map[string]float64, []error) {
	out := map[string]float64{}
	var errs []error
	eachLine(src, func(line int, s string) {
		w, v, ok := strings.Cut(s, "\t")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil || f < -4 || f > 4 {
			errs = append(errs, fmt.Errorf("vader.tsv:%d: want word, tab, valence in [-4, 4]", line))
			return
		}
		var buf [foldBuf]byte
		out[string(foldWord(&buf, w))] = f
	})
	return out, errs
}

// clauseAdjunct reports whether the participle at token t opens an
// adjunct of its clause: a comma, "while" or "and" stands before it, with
// only adverbs between ("…, publicly alleging").
func clauseAdjunct(toks []text.Token, t int) bool {
	j := wordBeforeAdverbs(toks, t)
	if j < 0 {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case ",", "while", "and":
		return true
	}
	return false
}

// wordBeforeAdverbs returns the index of the token before token t past
// the adverbs right before it ("…, publicly alleging": the comma), the
// first token at most; -1 when t opens the sentence.
func wordBeforeAdverbs(toks []text.Token, t int) int {
	j := t - 1
	for j > 0 && isAdverb(toks[j].Text) {
		j--
	}
	return j
}
