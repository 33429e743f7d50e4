package extract

import (
	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// trimSpans mends tagger spans that run a person's name into its
// neighbours, in the mentions recognise found:
//   - a role noun capitalised at the start of a sentence ("Sprinters
//     Kostas Kenteris ...") is cut off;
//   - a gazetteer name that starts a person span ("Tory Liam Fox") becomes
//     a mention of its own, unless its word is also a given name ("Jordan
//     Henderson");
//   - a span of two people joined by "and" that the tagger typed as an
//     organisation ("Kostas Kenteris and Katerina Thanou") is cut in two
//     when a given name follows the "and".
func (st *docState) trimSpans() {
	roles := cue.Default()
	var out []mention
	changed := false
	for _, m := range st.mentions {
		if m.known || m.place || m.t1-m.t0 < 2 || m.via != ViaName {
			out = append(out, m)
			continue
		}
		toks := st.tokens[m.sent]
		t0 := m.t0
		if m.t1-t0 >= 3 && roles.PersonRole(toks[t0].Text) && !st.e.lex.IsGivenName(toks[t0].Text) {
			t0++
		}
		if k := st.andBeforeGivenName(m.sent, t0, m.t1); k > 0 {
			out = st.entityMentions(out, m.sent, ner.Entity{Start: t0, End: m.t1, Type: "PER"})
			changed = true
			continue
		}
		if m.kind == KindPerson && !st.e.lex.IsGivenName(toks[t0].Text) {
			if n, entries := st.e.lex.Longest(st.text, toks[t0:m.t1]); n > 0 && m.t1-(t0+n) >= 2 &&
				entries[0].Kind != KindPerson && entries[0].Kind != KindUnknown {
				if km, ok := st.lexMention(m.sent, t0, t0+n, entries); ok {
					out = append(out, km)
				}
				t0 += n
			}
		}
		if t0 != m.t0 {
			changed = true
			if p, ok := st.typedPart(m.sent, t0, m.t1, "PER", m.titled); ok && m.kind == KindPerson {
				out = append(out, p)
			} else if ok {
				p.kind = m.kind
				out = append(out, p)
			}
			continue
		}
		out = append(out, m)
	}
	if changed {
		st.mentions = out
	}
}

// andBeforeGivenName returns the index of an "and" inside tokens [t0,t1)
// of sentence si that a given name follows and that has a capitalised name
// of at least two words on either side, or 0.
func (st *docState) andBeforeGivenName(si, t0, t1 int) int {
	toks := st.tokens[si]
	for k := t0 + 2; k+2 < t1; k++ {
		if toks[k].Text != "and" || !st.e.lex.IsGivenName(toks[k+1].Text) {
			continue
		}
		if text.IsLower(toks[k-1].Text) || text.IsLower(toks[k-2].Text) || text.IsLower(toks[k+2].Text) {
			continue
		}
		return k
	}
	return 0
}
