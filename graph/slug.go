package graph

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug returns the identifier form of a name: lower-case letters and
// digits with diacritics removed, words joined by "-" ("Volodymyr
// Zelensky" -> "volodymyr-zelensky", "Élysée" -> "elysee"). A name with no
// Latin letter or digit gets "actor-" and a hash of the name, so that it
// still has a stable id.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
			dash = false
		case r == '\'' || r == '\u2019' || r == '.':
			// "O'Brien" -> "obrien", "U.S." -> "us"
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		h := fnv.New32a()
		h.Write([]byte(name))
		return fmt.Sprintf("actor-%08x", h.Sum32())
	}
	return b.String()
}

// ActorIDs returns an identifier for every node, indexed by node ID, that
// does not change between builds of different corpora: the Slug of its
// name, then its type after a "-" when two actors share a slug, then a
// number. Exports use it as the node id. (When actors carry a stable id of
// their own, this is the place it plugs in.)
func (g *Graph) ActorIDs() []string {
	ids := make([]string, len(g.Nodes))
	count := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		ids[i] = Slug(n.Name)
		count[ids[i]]++
	}
	used := make(map[string]bool, len(g.Nodes))
	for i, n := range g.Nodes {
		if count[ids[i]] > 1 {
			ids[i] += "-" + n.Type.String()
		}
		base := ids[i]
		for k := 2; used[ids[i]]; k++ {
			ids[i] = fmt.Sprintf("%s-%d", base, k)
		}
		used[ids[i]] = true
	}
	return ids
}
