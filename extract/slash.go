package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// maxSlashWords is the number of capitalised words before a slash that
// joinSlashes takes into a company's name ("Royal Dutch/Shell Group",
// "Capital Cities/ABC Inc").
const maxSlashWords = 2

// joinSlashes makes one company of a name written with a slash between
// two of its parts, when the part after the slash ends in a legal form or
// a word that heads organisations' names: "Royal Dutch/Shell Group",
// "MGM/UA Communications Co", "Capital Cities/ABC Inc". The tokenizer cuts
// the slash off, and the tagger then reads a state's demonym ("Dutch")
// or nothing in the words before it. A part before the slash that the
// gazetteer knows as an organisation, or that ends in a legal form or
// such a word itself, is one of two actors ("the IMF/World Bank
// meetings", "McDonnell Douglas Corp/Textron Inc"), and places
// ("Dallas/Fort Worth") end in no such word.
func (st *docState) joinSlashes() {
	drop := map[int]bool{}
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.known || m.place || m.kind != KindOrg || m.via != ViaName || !st.slashBefore(m.sent, m.t0) {
			continue
		}
		toks := st.tokens[m.sent]
		last := toks[m.t1-1].Text
		if table := cue.Default(); !table.LegalForm(last) && !table.OrgWord(last) {
			continue
		}
		start := m.t0 - 1
		for n := 0; n < maxSlashWords && start > 0 && upperWord(toks[start-1].Text); n++ {
			start--
		}
		if start == m.t0-1 {
			continue
		}
		left := cleanName(st.text[toks[start].Span.Start:toks[m.t0-2].Span.End])
		if slices.ContainsFunc(st.e.lex.Lookup(left), func(e lexicon.Entry) bool { return e.Kind == KindOrg }) {
			continue
		}
		if w := toks[m.t0-2].Text; cue.Default().LegalForm(w) || cue.Default().OrgWord(w) {
			continue // "McDonnell Douglas Corp/Textron Inc": two companies
		}
		for j := range st.mentions {
			if o := st.mentions[j]; j != i && o.sent == m.sent && o.t0 >= start && o.t1 <= m.t0-1 {
				drop[j] = true
			}
		}
		m.t0 = start
		m.span.Start = toks[start].Span.Start
		m.surface = st.text[m.span.Start:m.span.End]
		m.name = cleanName(m.surface)
		m.joined = true
	}
	if len(drop) == 0 {
		return
	}
	out := st.mentions[:0]
	for j, m := range st.mentions {
		if !drop[j] {
			out = append(out, m)
		}
	}
	st.mentions = slices.Clip(out)
}

// slashBefore reports whether a slash stands right before token t0 of
// sentence si, glued to the capitalised words on both sides.
func (st *docState) slashBefore(si, t0 int) bool {
	toks := st.tokens[si]
	if t0 < 2 || toks[t0-1].Text != "/" {
		return false
	}
	prev, slash, next := toks[t0-2], toks[t0-1], toks[t0]
	return prev.Span.End == slash.Span.Start && slash.Span.End == next.Span.Start && upperWord(prev.Text) && !text.IsLower(next.Text)
}
