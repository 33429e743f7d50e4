// Command givennames makes extract/statement/data/given_gender.txt: given
// names that tell whether "he" or "she" can refer to a person, from two
// published lists of female and male given names, checked against how
// unlabelled news uses each name.
//
//	givennames --female female.txt --male male.txt --hand extract/statement/data/cues_gender.txt \
//	    --jsonl ../shared/data/bbc/bbc.jsonl --jsonl ../shared/data/reuters21578/reuters.jsonl \
//	    -o extract/statement/data/given_gender.txt
//
// A name is kept when it stands in one list only, is a single word of
// letters, is not already in the hand-written list (--hand, which wins),
// and the news does not contradict it:
//
//   - used as a surname at least a third as often as as a given name
//     ("Mr Park", "Jackie Chan said", against "Park Lane", "Chan Kong"):
//     a word news uses for families tells no one's gender; the lists hold
//     many surnames (Kennedy, Clarke, Davis) and place names (Georgia);
//   - followed, after a capitalised word, by a pronoun of the other gender
//     at least as often as by one of its own (within 40 tokens, the first
//     of he/him/his or she/her/hers): the lists put some names of other
//     languages in the wrong one ("Philippe", "Claude").
//
// A name that the news never uses is kept as the list gives it. Nothing is
// random: the same files give the same bytes.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// multiFlag is a flag that may be given several times.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// window is how many tokens after a name and the capitalised word after it
// are searched for a pronoun.
const window = 40

// evidence is what the news says about one name.
type evidence struct {
	given, surname int
	female, male   int
}

// run executes the command and returns the exit code: 0 ok, 1 failure, 2
// usage.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("givennames", flag.ContinueOnError)
	fs.SetOutput(stderr)
	female := fs.String("female", "", "female given names, one per line")
	male := fs.String("male", "", "male given names, one per line")
	hand := fs.String("hand", "", "the hand-written gender list (cues_gender.txt): its words are left out")
	var jsonl multiFlag
	fs.Var(&jsonl, "jsonl", "news articles as JSON lines with title and text (repeatable)")
	out := fs.String("o", "", "output file (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *female == "" || *male == "" || *hand == "" || len(jsonl) == 0 {
		fmt.Fprintln(stderr, "usage: givennames --female FILE --male FILE --hand FILE --jsonl FILE... [-o FILE]")
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "givennames: %v\n", err)
		return 1
	}
	fem, err := readNames(*female)
	if err != nil {
		return fail(err)
	}
	mal, err := readNames(*male)
	if err != nil {
		return fail(err)
	}
	handWords, err := readWords(*hand, "hand list")
	if err != nil {
		return fail(err)
	}
	cands := map[string]bool{} // name -> female
	for n := range fem {
		if !mal[n] && !handWords[n] {
			cands[n] = true
		}
	}
	for n := range mal {
		if !fem[n] && !handWords[n] {
			cands[n] = false
		}
	}
	anyGiven := func(w string) bool { return fem[w] || mal[w] || handWords[w] }
	ev := map[string]*evidence{}
	for _, path := range jsonl {
		if err := countFile(path, cands, anyGiven, ev); err != nil {
			return fail(err)
		}
	}
	var keepF, keepM []string
	dropped := 0
	for n, isF := range cands {
		if e := ev[n]; e != nil && contradicted(e, isF) {
			dropped++
			continue
		}
		if isF {
			keepF = append(keepF, n)
		} else {
			keepM = append(keepM, n)
		}
	}
	slices.Sort(keepF)
	slices.Sort(keepM)
	var b strings.Builder
	b.WriteString("# given_gender.txt: given names that tell whether \"he\" or \"she\" can refer to a person,\n")
	b.WriteString("# made by extract/statement/cmd/givennames (see data/README.md for the sources, the command and the\n")
	b.WriteString("# licences). cues_gender.txt, written by hand, wins where both speak. Format: as cues_gender.txt.\n")
	writeSection(&b, "[female]", keepF)
	writeSection(&b, "[male]", keepM)
	if *out == "" {
		if _, err := io.WriteString(stdout, b.String()); err != nil {
			return fail(err)
		}
	} else if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stderr, "givennames: %d female, %d male kept; %d left out as the news contradicts them\n", len(keepF), len(keepM), dropped)
	return 0
}

// contradicted reports whether the news contradicts a name of the given
// gender (see the package comment).
func contradicted(e *evidence, isF bool) bool {
	same, other := e.male, e.female
	if isF {
		same, other = e.female, e.male
	}
	return 3*e.surname > e.given || other > 0 && other >= same
}

// writeSection writes a section header and its names, a few to a line.
func writeSection(w *strings.Builder, head string, names []string) {
	w.WriteString(head + "\n")
	n := 0
	for _, s := range names {
		if n > 0 && n+1+len(s) > 100 {
			w.WriteByte('\n')
			n = 0
		}
		if n > 0 {
			w.WriteByte(' ')
			n++
		}
		w.WriteString(s)
		n += len(s)
	}
	if n > 0 {
		w.WriteByte('\n')
	}
}

// readNames reads a list of names, one per line; only names of letters
// are kept ("Anne-Marie" is left out: it is never one word of a name).
func readNames(path string) (map[string]bool, error) {
	m, err := readWords(path, "names")
	if err != nil {
		return nil, err
	}
	maps.DeleteFunc(m, func(w string, _ bool) bool { return !allLetters(w) })
	if len(m) == 0 {
		return nil, fmt.Errorf("read names: %s holds no name", path)
	}
	return m, nil
}

// readWords reads the words of a word list, in any case as written there;
// lines that start with "#" (comments) or "[" (section heads) are skipped.
func readWords(path, what string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	m := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		s := strings.TrimSpace(line)
		if strings.HasPrefix(s, "#") || strings.HasPrefix(s, "[") {
			continue
		}
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
	}
	return m, nil
}

// allLetters reports whether s holds letters only.
func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// honorifics are words before a surname.
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true}

// countFile adds the evidence of every article of a JSON lines file.
func countFile(path string, cands map[string]bool, anyGiven func(string) bool, ev map[string]*evidence) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read articles: %w", err)
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	for {
		var a struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if err := dec.Decode(&a); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read articles %s: %w", path, err)
		}
		countText(tokens(a.Title+"\n"+a.Text), cands, anyGiven, ev)
	}
}

// countText adds the evidence of one article's tokens.
func countText(toks []string, cands map[string]bool, anyGiven func(string) bool, ev map[string]*evidence) {
	for i, w := range toks {
		if _, ok := cands[w]; !ok {
			continue
		}
		next, prev := "", ""
		if i+1 < len(toks) {
			next = toks[i+1]
		}
		if i > 0 {
			prev = toks[i-1]
		}
		e := ev[w]
		if e == nil {
			e = &evidence{}
			ev[w] = e
		}
		switch {
		case capitalised(next) && !honorifics[next]:
			e.given++
			for _, x := range toks[i+2 : min(len(toks), i+2+window)] {
				if g := pronoun(x); g != 0 {
					if g < 0 {
						e.female++
					} else {
						e.male++
					}
					break
				}
			}
		case honorifics[prev] || anyGiven(prev) && !capitalised(next):
			e.surname++
		}
	}
}

// pronoun returns -1 for a female pronoun, 1 for a male one, else 0.
func pronoun(w string) int {
	switch w {
	case "she", "She", "her", "Her", "hers":
		return -1
	case "he", "He", "him", "his", "His":
		return 1
	}
	return 0
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// tokens splits text into words (letters, with inner apostrophes and
// hyphens) and single punctuation marks.
func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '-' {
					break
				}
				j += n2
			}
			out = append(out, s[i:j])
			i = j
		case unicode.IsPunct(r):
			out = append(out, s[i:i+n])
			i += n
		default:
			i += n
		}
	}
	return out
}
