package extract

import "github.com/actorgraph/actorgraph/extract/text"

// affiliations votes, for every person and organisation, on the state it
// acts for, from the words around its mentions:
//
//	"Russian aide Yuri Ushakov", "U.S. special envoy Steve Witkoff"   (state + title + name)
//	"Russia's Foreign Minister Sergey Lavrov"                           (state's + title + name)
//	"Yuri Ushakov, Putin's foreign policy aide"                        (appositive: person's + title)
//	"Trump's envoy Steve Witkoff"                                       (person's + title + name)
//
// A person reference takes the affiliation of that person, decided in a
// first round from the state references and the gazetteer.
func (st *docState) affiliations(actors []*resolvedActor) {
	endAt := make(map[[2]int]int, len(st.mentions))   // (sentence, last token) -> mention
	startAt := make(map[[2]int]int, len(st.mentions)) // (sentence, first token) -> mention
	for i, m := range st.mentions {
		endAt[[2]int{m.sent, m.t1 - 1}] = i
		startAt[[2]int{m.sent, m.t0}] = i
	}
	type personRef struct{ actor, of int }
	var refs []personRef
	vote := func(actor int, other *mention) {
		if other.actorIndex < 0 || other.actorIndex == actor {
			return
		}
		o := actors[other.actorIndex]
		switch o.kind {
		case KindState:
			actors[actor].addAffil(o.name, 1)
		case KindPerson:
			refs = append(refs, personRef{actor, other.actorIndex})
		}
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.actorIndex < 0 {
			continue
		}
		if k := actors[m.actorIndex].kind; k != KindPerson && k != KindOrg {
			continue
		}
		// Organisations the gazetteer knows keep its affiliation (or
		// none, for blocs such as "Europe").
		if actors[m.actorIndex].kind == KindOrg && actors[m.actorIndex].known {
			continue
		}
		toks := st.tokens[m.sent]
		// Backwards: [state|person 's] title-words name.
		titles, k := 0, m.t0-1
		for ; k >= 0 && m.t0-k <= 6; k-- {
			if j, ok := endAt[[2]int{m.sent, k}]; ok {
				// "Russian aide Yuri Ushakov" (a title between) or
				// "Russian news agency Interfax"; a bare demonym must
				// touch the name ("Ukrainian Vladimir ..." is rare, but
				// "Ukrainian and European officials" is no affiliation).
				if titles > 0 || st.mentions[j].via == ViaDemonym && k == m.t0-1 {
					vote(m.actorIndex, &st.mentions[j])
				}
				break
			}
			w := toks[k].Text
			if text.IsPossessive(w) {
				continue
			}
			if n, _, ok := st.e.lex.TitleAt(st.text, toks[k:m.t0]); ok && n > 0 {
				titles++
				continue
			}
			if !text.IsLower(w) {
				break
			}
		}
		// Forwards: name, [the] [state|person 's] title-words.
		k = m.t1
		if k < len(toks) && toks[k].Text == "," {
			k++
			if k < len(toks) && (toks[k].Text == "the" || toks[k].Text == "a") {
				k++
			}
			if j, ok := startAt[[2]int{m.sent, k}]; ok {
				o := &st.mentions[j]
				next := o.t1
				if next < len(toks) && text.IsPossessive(toks[next].Text) {
					next++
				}
				if next < len(toks) {
					if _, _, ok := st.e.lex.TitleAt(st.text, toks[next:]); ok || (next+1 < len(toks) && st.titleWithin(m.sent, next, 4)) {
						vote(m.actorIndex, o)
					}
				}
			}
		}
	}
	for _, r := range refs {
		if aff, ok := topKey(actors[r.of].affil); ok {
			actors[r.actor].addAffil(aff, 1)
		}
	}
}

// titleWithin reports whether a title starts within n tokens from t.
func (st *docState) titleWithin(si, t, n int) bool {
	toks := st.tokens[si]
	for k := t; k < len(toks) && k < t+n; k++ {
		if _, _, ok := st.e.lex.TitleAt(st.text, toks[k:]); ok {
			return true
		}
		if !text.IsLower(toks[k].Text) {
			return false
		}
	}
	return false
}
