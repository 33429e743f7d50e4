package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// completeGivenNames finds the full names whose given name the tagger left
// out: where the document names someone by one word ("O'Sullivan", typed
// as a person or an organisation), a common given name written right
// before that word ("Sonia O'Sullivan") makes the two a person's full
// name. Such a pair becomes a person mention (replacing the one-word
// mention it covers), so that the document's bare surname resolves to its
// own full name and not to a namesake of the corpus. A verb of saying
// that is also a given name ("Said Smith: ...") does not count.
func (st *docState) completeGivenNames() {
	short := map[string]bool{}
	for _, m := range st.mentions {
		if m.t1-m.t0 == 1 && !m.known && !m.place && m.via == ViaName && !isAcronym(m.surface) {
			short[m.surface] = true
		}
	}
	if len(short) == 0 {
		return
	}
	covered := map[[2]int]int{} // (sentence, token) -> index of the mention covering it
	for i, m := range st.mentions {
		for t := m.t0; t < m.t1; t++ {
			covered[[2]int{m.sent, t}] = i
		}
	}
	roles := cue.Default()
	drop := map[int]bool{}
	var add []mention
	for si, toks := range st.tokens {
		if st.skipped[si] {
			continue
		}
		for t := 0; t+1 < len(toks); t++ {
			g, w := toks[t], toks[t+1]
			if !short[w.Text] || g.Span.End+1 != w.Span.Start || !st.e.lex.IsGivenName(g.Text) ||
				text.IsLower(g.Text) || !text.IsNameStart(g.Text) || g.Text == w.Text || roles.AgentWord(g.Text) {
				continue
			}
			if _, ok := covered[[2]int{si, t}]; ok {
				continue
			}
			j, ok := covered[[2]int{si, t + 1}]
			if ok && st.mentions[j].t1-st.mentions[j].t0 != 1 {
				continue
			}
			p, ok2 := st.typedPart(si, t, t+2, "PER", st.titleBefore(si, t))
			if !ok2 || p.known && p.kind != KindPerson {
				continue
			}
			if ok {
				drop[j] = true
			}
			add = append(add, p)
			t++
		}
	}
	if len(add) == 0 {
		return
	}
	out := make([]mention, 0, len(st.mentions)+len(add))
	for i, m := range st.mentions {
		if !drop[i] {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b mention) int {
		if a.sent != b.sent {
			return a.sent - b.sent
		}
		return a.t0 - b.t0
	})
	st.mentions = out
}
