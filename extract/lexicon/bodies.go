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
			_, n := l.statePrefix(words, state)
			if n == 0 {
				continue
			}
			body := strings.ToLower(strings.Join(words[n:], " "))
			if seen[body] {
				continue
			}
			seen[body] = true
			key := state + "\x00" + body
			if other, ok := l.bodies[key]; ok && other != name {
				l.bodies[key] = ""
			} else {
				l.bodies[key] = name
			}
		}
	}
}

// statePrefix returns the state named by the first one to three of words
// (not all of them) — a name, alias or demonym, with or without "'s" —
// and how many words that is; 0 if none does. With want set, only that
// state counts.
func (l *Lexicon) statePrefix(words []string, want string) (string, int) {
	for n := 1; n < len(words) && n <= 3; n++ {
		for _, e := range l.Lookup(strings.TrimSuffix(strings.Join(words[:n], " "), "'s")) {
			if e.Kind == KindState && (e.Via == ViaName || e.Via == ViaDemonym) && (want == "" || e.Name == want) {
				return e.Name, n
			}
		}
	}
	return "", 0
}

// StatePrefix splits a name that starts with a name or demonym of a state
// ("Saudi Finance Ministry", "Japan's Trade Ministry") into that state and
// the rest of the name, and reports whether it does.
func (l *Lexicon) StatePrefix(name string) (state, rest string, ok bool) {
	words := strings.Fields(name)
	state, n := l.statePrefix(words, "")
	if n == 0 {
		return "", "", false
	}
	return state, strings.Join(words[n:], " "), true
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
