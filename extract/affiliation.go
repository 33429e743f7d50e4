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
// first round from the state references and the gazetteer; it counts
// half as much as a state or a body named with the title ("Mr Brown
// introduced Dr Greenspan" against "US Federal Reserve chairman Alan
// Greenspan").
func (st *docState) affiliations(actors []*resolvedActor) {
	const directVote = 2                              // a state or a body in the phrase; a person's reference counts 1
	endAt := make(map[[2]int]int, len(st.mentions))   // (sentence, last token) -> mention
	startAt := make(map[[2]int]int, len(st.mentions)) // (sentence, first token) -> mention
	for i, m := range st.mentions {
		endAt[[2]int{m.sent, m.t1 - 1}] = i
		startAt[[2]int{m.sent, m.t0}] = i
	}
	type personRef struct{ actor, of int }
	var refs []personRef
	vote := func(actor int, other *mention, close bool) {
		if other.actorIndex < 0 || other.actorIndex == actor {
			return
		}
		o := actors[other.actorIndex]
		switch o.kind {
		case KindState:
			actors[actor].addAffil(o.name, directVote)
		case KindOrg:
			// "US Federal Reserve chairman Alan Greenspan", "Tory leader
			// Michael Howard": the head or member of a body the
			// gazetteer places with a state acts for it, when the body
			// heads the phrase of the title (close: no article or verb
			// between) and is no portfolio ("Labour Minister").
			if aff, ok := topKey(o.affil); ok && close && o.known && aff != "" && actors[actor].kind == KindPerson && !st.portfolio(other) {
				actors[actor].addAffil(aff, directVote)
			}
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
		titles, k, crossed, loose := 0, m.t0-1, false, 0
		for ; k >= 0 && m.t0-k <= 6; k-- {
			if j, ok := endAt[[2]int{m.sent, k}]; ok {
				// "Russian aide Yuri Ushakov" (a title between) or
				// "Russian news agency Interfax"; a bare demonym must
				// touch the name ("Ukrainian Vladimir ..." is rare, but
				// "Ukrainian and European officials" is no affiliation).
				// Across a preposition or an article a person is another
				// party, not the one the title serves ("to brief Shultz
				// on Prime Minister Margaret Thatcher's visit").
				o := &st.mentions[j]
				// A state right before a body names whose body it is:
				// "Argentine Treasury Secretary", "Finnish Conservative
				// Party leader" (not the American or British ones).
				if o.actorIndex >= 0 && actors[o.actorIndex].kind == KindOrg && o.t0 > 0 {
					if i, ok := endAt[[2]int{m.sent, o.t0 - 1}]; ok && st.mentions[i].actorIndex >= 0 && actors[st.mentions[i].actorIndex].kind == KindState {
						o = &st.mentions[i]
					}
				}
				person := o.actorIndex >= 0 && actors[o.actorIndex].kind == KindPerson
				// A state's possessive touching the name of a person or
				// of a state body is the state it acts for: "Britain's
				// Tony Blair", "Iran's Parliament" (not a firm's: "France's
				// Pernod Ricard" is no French official).
				self := actors[m.actorIndex]
				owner := o.actorIndex >= 0 && actors[o.actorIndex].kind == KindState && o.t1+1 == m.t0 && text.IsPossessive(toks[o.t1].Text) &&
					(self.kind == KindPerson || isBodyName(self.name))
				if titles > 0 && !(crossed && person) || o.via == ViaDemonym && k == m.t0-1 || owner {
					vote(m.actorIndex, o, loose <= 2 && !crossed)
				}
				break
			}
			w := toks[k].Text
			if text.IsPossessive(w) {
				continue
			}
			crossed = crossed || chainBreak(w) && w != "and" && w != "or" || w == "a" || w == "an" || w == "the"
			if n, _, ok := st.e.lex.TitleAt(st.text, toks[k:m.t0]); ok && n > 0 {
				titles++
				continue
			}
			if j, ok := st.titleEndingAt(m.sent, k+1); ok {
				titles++ // "Secretary of State", read from its end
				k = j
				continue
			}
			// A minister's or secretary's field is part of the title:
			// "Dutch Agriculture Minister X", "Indonesian Mines and
			// Energy Minister X", "U.S. Agriculture Secretary X".
			if text.IsNameStart(w) && !text.IsLower(w) && officeTitleAfter(toks, k+1) {
				continue
			}
			// A title "to" a body names the body it is sent to, not
			// the one it serves: "Australia's delegate to the GATT".
			if !text.IsLower(w) || w == "to" && titles == 0 && k > 0 && st.titleEndsAt(m.sent, k) {
				break
			}
			loose++
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
				// The title must end the phrase: in a list ("Karl Otto
				// Poehl, French Finance Minister Edouard Balladur") it is
				// the next name's.
				if next < len(toks) && !st.nameAfterTitle(m.sent, next, startAt, actors) {
					if _, _, ok := st.e.lex.TitleAt(st.text, toks[next:]); ok || (next+1 < len(toks) && st.titleWithin(m.sent, next, 4)) {
						vote(m.actorIndex, o, true)
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

// nameAfterTitle reports whether the title words that start at token t of
// sentence si (titles and lower-case words, at most six) are followed by
// the start of a person's name: a title that precedes a name is that
// name's. A preposition ends the title ("Australia's delegate to the
// GATT").
func (st *docState) nameAfterTitle(si, t int, startAt map[[2]int]int, actors []*resolvedActor) bool {
	toks := st.tokens[si]
	for k := t; k < len(toks) && k < t+6; {
		if j, ok := startAt[[2]int{si, k}]; ok && k > t {
			a := st.mentions[j].actorIndex
			return a >= 0 && actors[a].kind == KindPerson && !text.IsLower(toks[k].Text)
		}
		if n, _, ok := st.e.lex.TitleAt(st.text, toks[k:]); ok && n > 0 {
			k += n
			continue
		}
		if !text.IsLower(toks[k].Text) || chainBreak(toks[k].Text) {
			return false
		}
		k++
	}
	return false
}

// titleEndsAt reports whether a title phrase of at most four words ends
// right before token k of sentence si ("delegate" in "delegate to").
func (st *docState) titleEndsAt(si, k int) bool {
	_, ok := st.titleEndingAt(si, k)
	return ok
}

// titleEndingAt returns the first token of a title phrase of two to four
// words that ends right before token k of sentence si ("Secretary of
// State" before a name).
func (st *docState) titleEndingAt(si, k int) (int, bool) {
	toks := st.tokens[si]
	for j := max(0, k-4); j < k; j++ {
		if n, _, ok := st.e.lex.TitleAt(st.text, toks[j:k]); ok && j+n == k {
			return j, true
		}
	}
	return 0, false
}

// chainBreak reports whether w, a lower-case word after a title, ends it:
// a preposition or a conjunction.
func chainBreak(w string) bool {
	switch w {
	case "to", "of", "at", "for", "from", "with", "by", "on", "in", "into", "and", "or",
		"as", "than", "about", "against", "over", "under", "between", "after", "before":
		return true
	}
	return false
}

// portfolio reports whether an organisation mention is a party's name
// used as a ministry's portfolio: one word right before a minister's
// title ("Labour Minister Almir Pazzianotto" is Brazil's minister of
// labour, not a member of the British party).
func (st *docState) portfolio(m *mention) bool {
	toks := st.tokens[m.sent]
	if m.t1-m.t0 != 1 || m.t1 >= len(toks) {
		return false
	}
	if e, ok := st.e.lex.Org(m.name); !ok || e.Category != "party" {
		return false
	}
	_, t, ok := st.e.lex.TitleAt(st.text, toks[m.t1:])
	return ok && t.Category == "minister"
}
