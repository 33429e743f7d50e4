package lexicon

import (
	"strings"
	"sync"
)

// familiarForms maps each formal given name of data/diminutives.txt to
// its familiar forms, and each familiar form to its formal names, all in
// lower case.
var familiarForms = sync.OnceValue(func() map[string][]string {
	data, err := dataFS.ReadFile("data/diminutives.txt")
	if err != nil {
		panic("lexicon: embedded diminutives.txt: " + err.Error()) // embedded at build time
	}
	return parseFamiliar(string(data))
})

// parseFamiliar reads the lines of a diminutives file: a formal name,
// then its familiar forms; '#' starts a comment line.
func parseFamiliar(data string) map[string][]string {
	m := map[string][]string{}
	for line := range strings.Lines(data) {
		f := strings.Fields(strings.ToLower(line))
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		for _, d := range f[1:] {
			m[f[0]] = append(m[f[0]], d)
			m[d] = append(m[d], f[0])
		}
	}
	return m
}

// FamiliarForm reports whether one of the given names a and b is a
// familiar form of the other ("jim" and "james", "Dick" and "Richard"),
// in any case. Two familiar forms of one name ("bill", "will") are not.
func FamiliarForm(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b {
		return false
	}
	for _, f := range familiarForms()[a] {
		if f == b {
			return true
		}
	}
	return false
}
