package extract

import "github.com/actorgraph/actorgraph/extract/lexicon"

// homonymPlace returns, for a gazetteer match whose first meaning is a
// state and which also names a place of another country ("Georgia": the
// state in the Caucasus and the American state), that place when the
// document is set in the place's country and names nothing else of the
// state: another place of that country that is no capital ("Atlanta",
// "Alabama") or one of its parties or legislatures ("Republican", "the
// Senate"), and neither the state's capital, a place in it, nor a person
// or a body of it ("Tbilisi", "South Ossetia", "Saakashvili"), nor any
// other state ("Russian troops entered Georgia"). A capital of the
// country does not set the document there: "Washington pledged support
// for Georgia" is about the state. Without such evidence the state
// stays.
func (st *docState) homonymPlace(entries []lexicon.Entry) (lexicon.Entry, bool) {
	if len(entries) < 2 || entries[0].Kind != KindState {
		return lexicon.Entry{}, false
	}
	state := entries[0].Name
	for _, alt := range entries[1:] {
		if alt.Kind != KindUnknown || alt.Affiliation == "" || alt.Affiliation == state {
			continue
		}
		if st.setIn(alt, state) {
			return alt, true
		}
	}
	return lexicon.Entry{}, false
}

// setIn reports whether the document names a place (no capital), a
// party or a legislature of place's country, and nothing of state but
// through the names it shares with place, nor another state
// (homonymPlace). The answer is
// kept for the document.
func (st *docState) setIn(place lexicon.Entry, state string) bool {
	key := place.Name + "\x00" + state
	if v, ok := st.homonyms[key]; ok {
		return v
	}
	country, domestic := place.Affiliation, false
	shared := func(es []lexicon.Entry) bool {
		for _, e := range es {
			if e.Kind == place.Kind && e.Name == place.Name {
				return true
			}
		}
		return false
	}
	answer := func() bool {
		for si := range st.tokens {
			toks := st.tokens[si]
			for i := 0; i < len(toks); {
				n, es := st.e.lex.Longest(st.text, toks[i:])
				if n == 0 {
					i++
					continue
				}
				i += n
				if shared(es) {
					continue
				}
				// The phrase's first meaning: "Washington" is the United
				// States acting, not the American state of that name.
				switch e := es[0]; {
				case e.Name == state || e.Affiliation == state,
					e.Kind == KindState && e.Name != country:
					return false // "Tbilisi"; "Russian troops entered Georgia"
				case e.Affiliation != country:
				case e.Kind == KindUnknown && e.Category != "capital",
					e.Kind == KindOrg && (e.Category == "party" || e.Category == "legislature"):
					domestic = true
				}
			}
		}
		return domestic
	}()
	if st.homonyms == nil {
		st.homonyms = map[string]bool{}
	}
	st.homonyms[key] = answer
	return answer
}
