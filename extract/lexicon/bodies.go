package lexicon

import (
	"strings"
)

// indexBodies indexes the organisations of a state by the name they have
// without their state: "Finance Ministry" for "Japanese Finance Ministry",
// "Foreign Ministry" for "Russia's Foreign Ministry", "Treasury" for
// "U.S. Treasury". Each entry of forms is an organisation's canonical name
// followed by its forms; a form that starts with a name, alias or
// demonym of the organisation's own state (with or without "'s") gives
// the rest of the form as a body name. A body name two organisations of
// one state share maps to "" (ambiguous).
func (l *Lexicon) indexBodies(forms [][]string) {
	for _, f := range forms {
		name := f[0]
		state := l.orgs[name].Affiliation
		seen := map[string]bool{}
		for _, form := range f[1:] {
			words := strings.Fields(normalise(strings.TrimPrefix(form, "!")))
			for n := 1; n < len(words) && n <= 3; n++ {
				prefix := strings.Join(words[:n], " ")
				prefix = strings.TrimSuffix(prefix, "'s")
				if !l.namesState(prefix, state) {
					continue
				}
				body := strings.ToLower(strings.Join(words[n:], " "))
				if seen[body] {
					break
				}
				seen[body] = true
				key := state + "\x00" + body
				if other, ok := l.bodies[key]; ok && other != name {
					l.bodies[key] = ""
				} else {
					l.bodies[key] = name
				}
				break
			}
		}
	}
}

// namesState reports whether phrase is a name, alias or demonym of state.
func (l *Lexicon) namesState(phrase, state string) bool {
	for _, e := range l.Lookup(phrase) {
		if e.Kind == KindState && e.Name == state && (e.Via == ViaName || e.Via == ViaDemonym) {
			return true
		}
	}
	return false
}

// BodyOf returns the organisation of state that the gazetteer knows by
// body, a name without the state ("Finance Ministry", "Treasury",
// "Foreign Ministry"; any case), and whether there is exactly one.
func (l *Lexicon) BodyOf(state, body string) (Entry, bool) {
	name := l.bodies[state+"\x00"+strings.ToLower(normalise(body))]
	if name == "" {
		return Entry{}, false
	}
	return l.orgs[name], true
}

// Demonym returns the first demonym of a state of the gazetteer
// ("Japanese" for "Japan"), "" if it has none.
func (l *Lexicon) Demonym(state string) string {
	return l.demonym[state]
}
