package cue

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/text"
)

// Votes counts, over the mentions of one actor, the mentions whose context
// points at each class. Votes add up across documents (Add), so the sum
// does not depend on the order in which documents are merged.
type Votes struct {
	// Person: "said he", a role noun before the name ("striker",
	// "actress"), "'s wife", an age in apposition (", 34,").
	Person int `json:"person,omitempty"`
	// Org: "club", "shares", "chief executive" after the name, "firm" or
	// "band" before it, a company designator as its last word ("Ltd").
	Org int `json:"org,omitempty"`
	// NonPerson: "said it", ", which": an actor or thing that is no person.
	NonPerson int `json:"nonperson,omitempty"`
	// Agent: the name says or decides something ("said", "announced",
	// "according to"): it is an actor, whatever its type.
	Agent int `json:"agent,omitempty"`
	// Work: a film, book, album, show or game title ("film", "star",
	// "sequel"), or a law or treaty ("Terrorism Bill", "Kyoto Protocol").
	Work int `json:"work,omitempty"`
	// Product: a device, format or program ("console", "a X.").
	Product int `json:"product,omitempty"`
	// Event: a holiday, award, festival or competition ("Day", "during",
	// "-winning").
	Event int `json:"event,omitempty"`
	// Group: a generic plural group of people ("MPs").
	Group int `json:"group,omitempty"`
	// Measure: an economic measure or rate ("Gross National Product",
	// "Prime Rate", "Consumer Price Index").
	Measure int `json:"measure,omitempty"`
	// Site: a built or natural place, where things happen and no one
	// acts ("Belmarsh prison", "the Hmeimim air base", "Reagan National
	// Airport").
	Site int `json:"site,omitempty"`
	// Source: the name is cited as the source of news ("X reported.",
	// "X news agency", a signature line that is the name alone).
	Source int `json:"source,omitempty"`
	// Cited: the name is cited or spoken to ("told X", "according to X",
	// "interview with X"): a source of news when X is an outlet.
	Cited int `json:"cited,omitempty"`
	// Initial: the name starts its sentence or stands in a Title Case
	// headline, where any word is capitalised. A word seen capitalised
	// only there may be no name at all ("Qtr" for quarter).
	Initial int `json:"initial,omitempty"`
	// Surname: "Mr", "Mrs", "Ms" or "Miss" right before the name, which
	// is then a surname, never a given name ("Mr Howard" is no Howard
	// Flight).
	Surname int `json:"surname,omitempty"`
	// Given: the name starts with a common given name and does not end in
	// a word that heads organisations' names ("Julie Burchill", not "Aaron
	// Spelling Productions"). Unlike the others it counts documents, not
	// mentions, and no context: it is the name's own evidence for a
	// person, which the corpus-level type vote weighs as one context.
	Given int `json:"given,omitempty"`
}

// Add adds o's votes to v.
func (v *Votes) Add(o Votes) {
	v.Person += o.Person
	v.Org += o.Org
	v.NonPerson += o.NonPerson
	v.Agent += o.Agent
	v.Work += o.Work
	v.Product += o.Product
	v.Event += o.Event
	v.Group += o.Group
	v.Measure += o.Measure
	v.Site += o.Site
	v.Source += o.Source
	v.Cited += o.Cited
	v.Initial += o.Initial
	v.Surname += o.Surname
	v.Given += o.Given
}

// Thing returns the votes for classes of things that are no actors:
// works, products, events, generic groups, measures and sites.
func (v Votes) Thing() int { return v.Work + v.Product + v.Event + v.Group + v.Measure + v.Site }

// Acting returns the votes for classes that mark an actor: it says or
// decides something, or its context marks a person, an organisation or a
// source of news.
func (v Votes) Acting() int { return v.Agent + v.Person + v.Org + v.Source }

// IsZero reports whether v holds no vote.
func (v Votes) IsZero() bool { return v == Votes{} }

// Class names a field of Votes, as written in the data file.
type Class string

// The classes of data/cues.tsv.
const (
	ClassPerson    Class = "person"
	ClassOrg       Class = "org"
	ClassNonPerson Class = "nonperson"
	ClassAgent     Class = "agent"
	ClassWork      Class = "work"
	ClassProduct   Class = "product"
	ClassEvent     Class = "event"
	ClassGroup     Class = "group"
	ClassMeasure   Class = "measure"
	ClassSite      Class = "site"
	ClassSource    Class = "source"
	ClassCited     Class = "cited"
	ClassInitial   Class = "initial"
	ClassSurname   Class = "surname"
)

// field returns the counter of class c in v, or nil for an unknown class.
func (v *Votes) field(c Class) *int {
	switch c {
	case ClassPerson:
		return &v.Person
	case ClassOrg:
		return &v.Org
	case ClassNonPerson:
		return &v.NonPerson
	case ClassAgent:
		return &v.Agent
	case ClassWork:
		return &v.Work
	case ClassProduct:
		return &v.Product
	case ClassEvent:
		return &v.Event
	case ClassGroup:
		return &v.Group
	case ClassMeasure:
		return &v.Measure
	case ClassSite:
		return &v.Site
	case ClassSource:
		return &v.Source
	case ClassCited:
		return &v.Cited
	case ClassInitial:
		return &v.Initial
	case ClassSurname:
		return &v.Surname
	}
	return nil
}

// Mark sets one vote of class c (a mention votes at most once per class).
// Unknown classes are ignored.
func (v *Votes) Mark(c Class) {
	if p := v.field(c); p != nil {
		*p = 1
	}
}

// phrase is one cue: its words (lower case; "<num>" matches a number) and
// its class.
type phrase struct {
	words []string
	class Class
}

// Table is a parsed cue list. It is immutable and safe for concurrent use.
type Table struct {
	// before holds the phrases matched before a name, by their last word;
	// after by their first word; last by the word.
	before, after map[string][]phrase
	last          map[string][]Class
	// tail holds the last words that mark a class only in a name of two
	// words or more ("Prevention of Terrorism Bill", not "Bill").
	tail map[string][]Class
	// head holds the first words that mark a class only in a name of two
	// words or more ("Societe Generale", "Caisse Nationale des
	// Autoroutes", "Radio Pakistan").
	head map[string][]Class
	// indefinite are the articles that make a name a countable thing
	// ("a PC", "an Xbox") when nothing follows the name but punctuation
	// or a function word.
	indefinite map[string]Class
	// function are the words after which an indefinite article still
	// marks a thing ("bought a PC and ...").
	function map[string]bool
	// legal are the legal forms of companies ("Ltd", "Inc").
	legal map[string]bool
	// refer are the possessive and reflexive pronouns that refer back to
	// the subject of their sentence ("his", "its"), with the class they
	// vote for; barrier are the words that end the search for one (a
	// determiner brings in another noun the pronoun may refer to).
	refer   map[string]Class
	barrier map[string]bool
	// copula holds the nouns that say what kind of thing a name is when
	// they complete "NAME is a (…) noun" ("Angels is a good song", "the
	// Mac Mini is a computer", "Vodafone is a company").
	copula map[string]Class
	// kind holds the phrases, by their last word, that name the kind of
	// an organisation in apposition right before its name ("brokers
	// Jefferies", "property fund Molsiris", "an analyst at Nikko").
	kind map[string][]phrase
}

// copulaVerbs are the verbs that make the noun after them a description
// of their subject.
var copulaVerbs = map[string]bool{"is": true, "was": true, "remains": true, "remained": true, "becomes": true, "became": true}

// copulaWindow is the number of words between the article and the noun
// of a description ("a truly great pop song").
const copulaWindow = 3

// referWindow is the number of tokens after a name in which a pronoun
// that refers back to it is looked for.
const referWindow = 8

//go:embed data/cues.tsv
var cuesTSV string

// Default returns the table of data/cues.tsv, parsed once.
var Default = sync.OnceValue(func() *Table {
	t, err := Parse(cuesTSV)
	if err != nil {
		panic(fmt.Sprintf("cue: embedded data/cues.tsv: %v", err)) // a build error, caught by the tests
	}
	return t
})

// Parse reads a cue list: one "class<TAB>where<TAB>phrase|phrase|..." row
// per line; where is before, after, last, tail, legal, indefinite,
// function, refer, barrier, copula or kind;
// "#" starts a comment line. Errors name the line.
func Parse(src string) (*Table, error) {
	t := &Table{before: map[string][]phrase{}, after: map[string][]phrase{}, last: map[string][]Class{},
		tail: map[string][]Class{}, head: map[string][]Class{}, indefinite: map[string]Class{}, function: map[string]bool{}, legal: map[string]bool{},
		refer: map[string]Class{}, barrier: map[string]bool{}, copula: map[string]Class{}, kind: map[string][]phrase{}}
	line := 0
	for l := range strings.Lines(src) {
		line++
		l = strings.TrimRight(l, "\r\n")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("cues line %d: want 3 tab-separated columns, got %d", line, len(f))
		}
		c := Class(f[0])
		var probe Votes
		if probe.field(c) == nil && f[1] != "function" && f[1] != "barrier" {
			return nil, fmt.Errorf("cues line %d: unknown class %q", line, f[0])
		}
		for _, p := range strings.Split(f[2], "|") {
			words := strings.Fields(strings.ToLower(p))
			if len(words) == 0 {
				return nil, fmt.Errorf("cues line %d: empty phrase", line)
			}
			switch f[1] {
			case "before":
				k := words[len(words)-1]
				t.before[k] = append(t.before[k], phrase{words, c})
			case "after":
				t.after[words[0]] = append(t.after[words[0]], phrase{words, c})
			case "last", "legal":
				if len(words) != 1 {
					return nil, fmt.Errorf("cues line %d: a last-word cue is one word, got %q", line, p)
				}
				t.last[words[0]] = append(t.last[words[0]], c)
				if f[1] == "legal" {
					t.legal[words[0]] = true
				}
			case "tail":
				if len(words) != 1 {
					return nil, fmt.Errorf("cues line %d: a tail cue is one word, got %q", line, p)
				}
				t.tail[words[0]] = append(t.tail[words[0]], c)
			case "head":
				if len(words) != 1 {
					return nil, fmt.Errorf("cues line %d: a head cue is one word, got %q", line, p)
				}
				t.head[words[0]] = append(t.head[words[0]], c)
			case "indefinite":
				t.indefinite[words[0]] = c
			case "function":
				for _, w := range words {
					t.function[w] = true
				}
			case "refer":
				if len(words) != 1 {
					return nil, fmt.Errorf("cues line %d: a pronoun cue is one word, got %q", line, p)
				}
				t.refer[words[0]] = c
			case "barrier":
				for _, w := range words {
					t.barrier[w] = true
				}
			case "copula":
				if len(words) != 1 {
					return nil, fmt.Errorf("cues line %d: a description noun is one word, got %q", line, p)
				}
				t.copula[words[0]] = c
			case "kind":
				k := words[len(words)-1]
				t.kind[k] = append(t.kind[k], phrase{words, c})
			default:
				return nil, fmt.Errorf("cues line %d: unknown position %q (want before, after, last, tail, head, legal, indefinite, function, refer, barrier, copula or kind)", line, f[1])
			}
		}
	}
	return t, nil
}

// orgHeadBeforeComplement reports whether a word that heads
// organisations' names (an organisation's last-word cue) stands before
// "of", "on" or "for" inside the name toks[t0:t1]: the name is the body's
// ("National Commission on Dairy Policy", "Bureau of Competition
// Policy"), whatever its last word says of a work.
func (t *Table) orgHeadBeforeComplement(toks []text.Token, t0, t1 int) bool {
	for k := t0 + 1; k+1 < t1; k++ {
		if w := toks[k].Text; w == "of" || w == "on" || w == "for" {
			if slices.Contains(t.last[lower(toks[k-1].Text)], ClassOrg) {
				return true
			}
		}
	}
	return false
}

// KindBefore returns the class of the kind phrase that ends right before
// toks[t0], a name the tagger could not type ("brokers Jefferies",
// "auditors Grant Thornton", "an analyst at NikkoCitigroup"), and the
// number of tokens it spans ("think - tank": 3). The word before the name
// must be written in lower case: a capitalised one belongs to the name or
// opens the sentence.
func (t *Table) KindBefore(toks []text.Token, t0 int) (Class, int, bool) {
	if t0 <= 0 || t0 > len(toks) || !text.IsLower(toks[t0-1].Text) {
		return "", 0, false
	}
	for _, p := range t.kind[toks[t0-1].Text] {
		if matchBack(toks, t0, p.words) {
			return p.class, len(p.words), true
		}
	}
	return "", 0, false
}

// Vote returns the votes of one mention: the name is toks[t0:t1] of a
// sentence's tokens.
func (t *Table) Vote(toks []text.Token, t0, t1 int) Votes {
	var v Votes
	if t0 < 0 || t1 > len(toks) || t0 >= t1 {
		return v
	}
	for _, c := range t.last[lower(toks[t1-1].Text)] {
		v.Mark(c)
	}
	if t1-t0 >= 2 {
		for _, c := range t.head[lower(toks[t0].Text)] {
			v.Mark(c)
		}
		orgHead := t.orgHeadBeforeComplement(toks, t0, t1)
		for _, c := range t.tail[lower(toks[t1-1].Text)] {
			if c != ClassWork || !orgHead {
				v.Mark(c)
			}
		}
		// The head before "of" or "on" counts as the last word: the
		// "Convention" of "European Convention on Human Rights", the
		// "Treaty" of "Treaty of Rome"; and for an organisation the
		// "Bank" of "Bank of Tanzania", the "Times" of "Times of Zambia"
		// (not the "City" of a city, nor when the last word marks a
		// thing).
		for k := t0 + 1; k+1 < t1; k++ {
			if w := toks[k].Text; w == "of" || w == "on" {
				for _, c := range t.tail[lower(toks[k-1].Text)] {
					if c == ClassWork {
						v.Mark(c)
					}
				}
				if head := lower(toks[k-1].Text); w == "of" && head != "city" && slices.Contains(t.last[head], ClassOrg) && len(t.tail[lower(toks[t1-1].Text)]) == 0 {
					v.Mark(ClassOrg) // not "City of London", a place; not "Securities Exchange of Thailand Index", a measure
				}
				break
			}
		}
	}
	// Before: the phrase ends at t0, or at t0-1 when "the" sits between
	// ("told the BBC").
	end := t0
	for try := 0; try < 2 && end > 0; try++ {
		for _, p := range t.before[lower(toks[end-1].Text)] {
			if matchBack(toks, end, p.words) {
				v.Mark(p.class)
			}
		}
		if lower(toks[end-1].Text) != "the" {
			break
		}
		end--
	}
	// After: the phrase starts at t1, or after a possessive ("Chelsea's
	// manager"); a site only right after the name ("Belmarsh prison",
	// but "Brazil's airport" is a site of Brazil's).
	start := t1
	for try := 0; try < 2 && start < len(toks); try++ {
		for _, p := range t.after[firstKey(toks[start].Text)] {
			if p.class == ClassSite && try > 0 {
				continue
			}
			if matchForward(toks, start, p.words) {
				v.Mark(p.class)
			}
		}
		if !text.IsPossessive(toks[start].Text) {
			break
		}
		start++
	}
	// An indefinite article before a name that ends its phrase: "bought
	// a PC." (but not "a BBC spokesman").
	if t0 > 0 {
		if c, ok := t.indefinite[lower(toks[t0-1].Text)]; ok {
			if t1 == len(toks) || text.IsPunct(toks[t1].Text) || t.function[lower(toks[t1].Text)] {
				v.Mark(c)
			}
		}
	}
	if c, ok := t.referBack(toks, t0, t1); ok {
		v.Mark(c)
	}
	if c, ok := t.described(toks, t1); ok {
		v.Mark(c)
	}
	if c, ok := t.Apposition(toks, t1); ok {
		v.Mark(c)
	}
	if relative, subject := pluralSubject(toks, t0, t1); relative || subject {
		if relative {
			v.Person = 0 // ", who were": whoever the relative is, it is many
		}
		if subject {
			v.Mark(ClassNonPerson)
		}
	}
	// A name that is the whole sentence is a signature or byline.
	if alonePunct(toks, t0, t1) {
		v.Mark(ClassSource)
	}
	return v
}

// pluralVerbs are the verbs whose plural form differs from the singular's
// ("were", not "was"): a subject they agree with is many.
var pluralVerbs = map[string]bool{"were": true, "are": true, "have": true}

// clauseOpeners are the words after which a name starts a clause, so that
// the verb after it agrees with the name alone: not in "fans of X were"
// (the fans were) nor in "A and X were" (both were).
var clauseOpeners = map[string]bool{",": true, ";": true, ":": true, "\"": true, "“": true, "that": true, "but": true,
	"while": true, "when": true, "as": true, "because": true, "if": true, "though": true, "although": true,
	"since": true, "where": true, "after": true, "before": true, "nevertheless": true, "however": true}

// pluralSubject reports whether a name in tokens [t0, t1) is followed by a
// plural verb's relative (", who were": the ", who" of a person is void),
// and whether the name is the subject of a plural verb, its own or its
// relative's: "Franz Ferdinand have won", "Keane, who were shortlisted".
// A band, a team or a body agrees in the plural in British news; one
// person never does. For the subject, the name must start its sentence or
// a clause (clauseOpeners), after "the" or not: in a list or after a
// preposition the verb agrees with more than the name.
func pluralSubject(toks []text.Token, t0, t1 int) (relative, subject bool) {
	j := t1
	if j+1 < len(toks) && toks[j].Text == "," && lower(toks[j+1].Text) == "who" {
		j += 2
		relative = true
	}
	if j >= len(toks) || !pluralVerbs[lower(toks[j].Text)] {
		return false, false
	}
	k := t0
	if k > 0 && lower(toks[k-1].Text) == "the" {
		k--
	}
	return relative, k == 0 || clauseOpeners[lower(toks[k-1].Text)]
}

// described returns the class of the noun that describes a name whose
// tokens end at t1: "NAME is a (…) NOUN", the verb a copula (is, was,
// remains, became), an article ("a", "an", "the", "one of the") after it,
// and the noun of a copula cue among the next copulaWindow+1 words,
// before punctuation or a word that opens a clause ("Angels is a good
// song", "the Mac Mini is a just a computer"). A negation ("is not a
// company") says nothing.
func (t *Table) described(toks []text.Token, t1 int) (Class, bool) {
	k := t1
	if k >= len(toks) || !copulaVerbs[lower(toks[k].Text)] {
		return "", false
	}
	k++
	oneOf := k+2 < len(toks) && lower(toks[k].Text) == "one" && lower(toks[k+1].Text) == "of"
	if oneOf {
		k += 2 // "one of the biggest firms": the noun is plural
	}
	if k >= len(toks) {
		return "", false
	}
	switch lower(toks[k].Text) {
	case "a", "an", "the":
	default:
		if oneOf {
			return "", false
		}
		return t.roleWithoutArticle(toks, k)
	}
	for j := k + 1; j < len(toks) && j <= k+1+copulaWindow; j++ {
		w := lower(toks[j].Text)
		if c, ok := t.copula[w]; ok {
			return c, true
		}
		if c, ok := t.copula[strings.TrimSuffix(w, "s")]; ok && oneOf {
			return c, true
		}
		if text.IsPunct(toks[j].Text) || t.barrier[w] || w == "of" || w == "and" || w == "or" || w == "but" || w == "not" {
			return "", false
		}
	}
	return "", false
}

// roleWithoutArticle returns the person class when the words from k are
// up to copulaWindow lower-case words ending in a person's noun of the
// copula table and then "of", "for" or "at": a role one person holds,
// which English names without an article ("Clark Boyd is technology
// correspondent for The World", "Smith was chairman of the bank").
func (t *Table) roleWithoutArticle(toks []text.Token, k int) (Class, bool) {
	for j := k; j < len(toks)-1 && j <= k+copulaWindow; j++ {
		w := toks[j].Text
		if !text.IsLower(w) || text.IsPunct(w) || t.barrier[lower(w)] {
			return "", false
		}
		if c, ok := t.copula[w]; ok && c == ClassPerson {
			switch toks[j+1].Text {
			case "of", "for", "at":
				return c, true
			}
			return "", false
		}
	}
	return "", false
}

// Apposition returns the class of a noun of the copula table that heads
// an apposition after the name at t1, and whether there is one: a comma,
// "a", "an", "the" or a possessive name ("Malaysia's"), up to apposWindow
// words and the noun, which ends the apposition ("Halifax, the country's
// biggest mortgage lender, said", "RHB, Malaysia's third-biggest lender,",
// "Racing Academy, a massively multiplayer car racing game,"). A noun
// inside the apposition that does not end it ("Smith, the group's
// chairman") names something else.
func (t *Table) Apposition(toks []text.Token, t1 int) (Class, bool) {
	k := t1
	if k+2 >= len(toks) || toks[k].Text != "," {
		return "", false
	}
	k++
	switch lower(toks[k].Text) {
	case "a", "an", "the":
	default:
		// "RHB, Malaysia's third-biggest lender,": a possessive name
		// stands for the article.
		if k+1 >= len(toks) || text.IsLower(toks[k].Text) || text.IsPunct(toks[k].Text) || !text.IsPossessive(toks[k+1].Text) {
			return "", false
		}
		k++
	}
	for j := k + 1; j < len(toks) && j <= k+1+apposWindow; j++ {
		w := lower(toks[j].Text)
		if c, ok := t.copula[w]; ok && text.IsLower(toks[j].Text) && (j+1 == len(toks) || apposEnd(toks[j+1].Text)) {
			return c, true
		}
		if text.IsPossessive(toks[j].Text) {
			continue // "the country's biggest lender"
		}
		if toks[j].Text == "-" && toks[j-1].Span.End == toks[j].Span.Start && j+1 < len(toks) && toks[j].Span.End == toks[j+1].Span.Start {
			continue // "third-biggest": a hyphen inside a word
		}
		if text.IsPunct(toks[j].Text) || t.barrier[w] || appositionStops[w] {
			return "", false
		}
	}
	return "", false
}

// apposWindow is the number of words an apposition may hold between its
// article and its noun ("the country's biggest mortgage lender").
const apposWindow = 5

// apposEnd reports whether w ends an apposition: a comma, a full stop, a
// semicolon, a colon or a closing bracket (not a possessive: "the
// company's product manager").
func apposEnd(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")":
		return true
	}
	return false
}

// appositionStops end an apposition's head before a noun of the copula
// table could: "Takashi Yamanaka, an economist with UFJ Bank" is no bank.
var appositionStops = map[string]bool{"of": true, "and": true, "or": true, "but": true, "not": true, "who": true,
	"which": true, "that": true, "with": true, "at": true, "for": true, "from": true, "in": true, "to": true,
	"on": true, "by": true, "about": true}

// referBack returns the class of the first pronoun after a name that is
// the subject of its sentence and that refers back to it ("Vodafone
// raised its forecast", "Presley scored his 19th hit"). The name is taken
// for the subject when it starts the sentence or follows a comma (after an
// opening phrase: "On Monday, Vodafone raised its ..."); an object ("led
// Vodafone to his first title") does not vote. The pronoun must come within
// referWindow tokens, before any other capitalised word or barrier word
// ("the", "a": another noun the pronoun could refer to); "her" counts only
// as a possessive, when a content word follows it ("her new album", not
// "signed her.").
func (t *Table) referBack(toks []text.Token, t0, t1 int) (Class, bool) {
	first := 0
	for first < t0 && !text.IsNameStart(toks[first].Text) {
		first++
	}
	if t0 != first && toks[t0-1].Text != "," {
		return "", false
	}
	for i := t1; i < len(toks) && i < t1+referWindow; i++ {
		w := toks[i].Text
		l := lower(w)
		if t.barrier[l] || text.IsNameStart(w) && !text.IsLower(w) {
			return "", false
		}
		c, ok := t.refer[l]
		if !ok {
			continue
		}
		if l == "her" && (i+1 >= len(toks) || !text.IsLower(toks[i+1].Text) || t.function[lower(toks[i+1].Text)] ||
			t.barrier[lower(toks[i+1].Text)]) {
			return "", false
		}
		return c, true
	}
	return "", false
}

// alonePunct reports whether the tokens outside [t0,t1) are all
// punctuation.
func alonePunct(toks []text.Token, t0, t1 int) bool {
	for i, tk := range toks {
		if i >= t0 && i < t1 {
			continue
		}
		if !text.IsPunct(tk.Text) {
			return false
		}
	}
	return true
}

// firstKey is the key an after-phrase is indexed by: the lower-cased word,
// or "<num>" for a number.
func firstKey(w string) string {
	if isNumber(w) {
		return "<num>"
	}
	return lower(w)
}

// matchBack reports whether words end right before toks[end].
func matchBack(toks []text.Token, end int, words []string) bool {
	if end < len(words) {
		return false
	}
	for i, w := range words {
		if !wordIs(toks[end-len(words)+i].Text, w) {
			return false
		}
	}
	return true
}

// matchForward reports whether words start at toks[start].
func matchForward(toks []text.Token, start int, words []string) bool {
	if start+len(words) > len(toks) {
		return false
	}
	for i, w := range words {
		if !wordIs(toks[start+i].Text, w) {
			return false
		}
	}
	return true
}

// wordIs compares a token with a phrase word: case-insensitively, "<num>"
// for any number, and curly apostrophes as straight ones.
func wordIs(tok, w string) bool {
	if w == "<num>" {
		return isNumber(tok)
	}
	return lower(tok) == w
}

// isNumber reports whether w starts with a digit.
func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// lower lower-cases w and straightens a curly apostrophe, without an
// allocation for ASCII lower-case words.
func lower(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	return strings.ReplaceAll(strings.ToLower(w), "\u2019", "'")
}

// PersonRole reports whether w, or w without a plural "s", is a role noun
// of one person that the table lists before names ("striker",
// "Sprinters"): a capitalised one at the start of a sentence is no part
// of the name that follows.
func (t *Table) PersonRole(w string) bool {
	l := lower(w)
	for _, cand := range []string{l, strings.TrimSuffix(l, "s")} {
		for _, p := range t.before[cand] {
			if p.class == ClassPerson && len(p.words) == 1 && !honorific[cand] {
				return true
			}
		}
	}
	return false
}

// AgentWord reports whether w (any case) is a one-word cue that follows
// an actor's name: a verb of saying or deciding ("said", "told", "urged")
// or "spokesman". Capitalised at the start of an inverted quote ("Said
// Smith: ..."), such a word is no given name.
func (t *Table) AgentWord(w string) bool {
	for _, p := range t.after[lower(w)] {
		if p.class == ClassAgent && len(p.words) == 1 {
			return true
		}
	}
	return false
}

// honorific are the person cues that belong to a name ("Mr Smith"); the
// extractor cuts them as titles.
var honorific = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"lord": true, "lady": true, "dame": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true}

// surnameHonorifics are the honorifics that stand before a surname only
// (not "Sir" or "Lady", which also stand before a given name: "Sir Alex").
var surnameHonorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "messrs": true,
	"mr.": true, "mrs.": true, "ms.": true}

// SurnameHonorific reports whether w (any case) is an honorific that
// stands before a surname only: "Mr", "Mrs", "Ms", "Miss".
func SurnameHonorific(w string) bool { return surnameHonorifics[lower(w)] }

// OrgWord reports whether w (any case) is a legal form or a head word that
// ends organisation names ("Ltd", "Corp", "Bank", "United").
func (t *Table) OrgWord(w string) bool {
	return slices.Contains(t.last[lower(w)], ClassOrg)
}

// TailWord reports whether w (any case) is a last word that marks a class
// in a name of two words or more ("Convention", "Bill", "Index").
func (t *Table) TailWord(w string) bool { return len(t.tail[lower(w)]) > 0 }

// ThingWord reports whether w (any case) is a last word that marks a name
// as a work, a product, an event, a measure or a site rather than an
// actor ("Awards", "Cup", "Act", "Index", "Airport").
func (t *Table) ThingWord(w string) bool {
	l := lower(w)
	if len(t.tail[l]) > 0 {
		return true
	}
	for _, c := range t.last[l] {
		switch c {
		case ClassWork, ClassProduct, ClassEvent, ClassMeasure, ClassSite:
			return true
		}
	}
	return false
}

// SiteWord reports whether w (any case) is the last word of the name of
// a site in a name of two words or more ("Airport", "Prison", "Stadium").
func (t *Table) SiteWord(w string) bool { return slices.Contains(t.tail[lower(w)], ClassSite) }

// SiteNoun reports whether w, as written in lower case, is a one-word
// phrase that names a kind of site after a name ("prison", "airport",
// "station"; not "air base", a phrase of two words).
func (t *Table) SiteNoun(w string) bool {
	for _, p := range t.after[w] {
		if p.class == ClassSite && len(p.words) == 1 {
			return true
		}
	}
	return false
}

// MeasureWord reports whether w (any case) is the last word of the name
// of an economic measure ("Rate", "Index", "Product").
func (t *Table) MeasureWord(w string) bool { return slices.Contains(t.tail[lower(w)], ClassMeasure) }

// TextWord reports whether w (any case) ends the names of texts: laws,
// treaties, programmes, plans (a work's tail cue: "Act", "Agreement",
// "Programme").
func (t *Table) TextWord(w string) bool { return slices.Contains(t.tail[lower(w)], ClassWork) }

// LegalForm reports whether w is a company's legal form ("Ltd", "Inc."),
// which is no name on its own.
func (t *Table) LegalForm(w string) bool { return t.legal[lower(w)] }

// LegalForms returns the legal forms of the table, sorted.
func (t *Table) LegalForms() []string { return slices.Sorted(maps.Keys(t.legal)) }

// LegalFamily returns the family of company law a legal form w belongs
// to, or "" when w is none: "Inc", "Corp" and "Co" are American, "Plc" and
// "Ltd" British and Commonwealth, "AG" and "GmbH" German-speaking, and so
// on. Two companies of one name with legal forms of two families ("General
// Electric Co", "General Electric Co Plc") are two companies.
func (t *Table) LegalFamily(w string) string {
	w = lower(w)
	if !t.legal[w] {
		return ""
	}
	switch strings.TrimSuffix(w, ".") {
	case "co", "corp", "corporation", "inc", "incorporated", "llc", "llp", "lp", "l.p":
		return "us"
	case "ltd", "limited", "plc", "pty":
		return "uk"
	case "ag", "gmbh":
		return "de"
	case "sa", "spa":
		return "romance"
	case "nv", "bv":
		return "nl"
	}
	return w
}
