package extract

import (
	"slices"
	"strings"
)

// subjectPronouns are the pronouns that, at the start of a sentence, refer
// back to a person named just before.
var subjectPronouns = map[string]bool{"He": true, "She": true}

// pronouns resolves a sentence-initial "He" or "She" to the first person
// mentioned in the closest of the two previous sentences that mention a
// person, and records it as a mention of that person. The rule is simple and
// conservative: news prose names the subject of a paragraph first.
func (st *docState) pronouns(actors []*resolvedActor) {
	firstPerson := make([]int, len(st.sentences)) // actor index or -1
	for i := range firstPerson {
		firstPerson[i] = -1
	}
	for _, m := range st.mentions {
		if m.actorIndex >= 0 && actors[m.actorIndex].kind == KindPerson && firstPerson[m.sent] < 0 {
			firstPerson[m.sent] = m.actorIndex
		}
	}
	var added []mention
	for si, toks := range st.tokens {
		t := 0
		for t < len(toks) && isOpenQuote(toks[t].Text) {
			t++
		}
		if t >= len(toks) || !subjectPronouns[toks[t].Text] {
			continue
		}
		ante := -1
		for back := si - 1; back >= 0 && back >= si-2; back-- {
			if st.sentences[back].Paragraph != st.sentences[si].Paragraph && back != si-1 {
				break
			}
			if firstPerson[back] >= 0 {
				ante = firstPerson[back]
				break
			}
		}
		if ante < 0 {
			continue
		}
		tok := toks[t]
		added = append(added, mention{sent: si, t0: t, t1: t + 1, span: tok.Span, surface: tok.Text,
			name: actors[ante].name, kind: KindPerson, via: ViaPronoun, actorIndex: ante})
		if firstPerson[si] < 0 {
			firstPerson[si] = ante
		}
	}
	if len(added) == 0 {
		return
	}
	st.mentions = append(st.mentions, added...)
	sortMentions(st.mentions)
}

func isOpenQuote(s string) bool {
	return strings.ContainsAny(s, "\"“‘'(") && len(s) <= 3
}

// sortMentions orders mentions by position.
func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(a, b mention) int {
		if a.sent != b.sent {
			return a.sent - b.sent
		}
		return a.t0 - b.t0
	})
}
