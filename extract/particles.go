package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/text"
)

// personParticles are the lower-case words that stand inside a person's
// name between the given and the family name in the languages news names
// come from (Dutch, German, French, Italian, Spanish, Portuguese, Arabic):
// "Ruud van Nistelrooy", "Edwin van der Sar", "Ursula von der Leyen",
// "Luiz Inacio Lula da Silva", "Mohammed bin Salman". "of" and "the" are no
// such words: "Bank of England" is the gazetteer's business.
var personParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "ter": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "di": true, "da": true, "del": true,
	"della": true, "dos": true, "das": true, "bin": true, "ibn": true, "bint": true, "al": true, "el": true}

// joinParticles makes whole the names that the tagger cut at a lower-case
// particle: it often leaves the particle out and tags the two sides apart,
// with types that disagree ("Ruud" an organisation, "van" nothing,
// "Nistelrooy" an organisation; "Dutchman Patrick" a person, "Balkom" an
// organisation). A mention followed by one or two particles and then
// either the next mention or a capitalised word that no mention holds
// becomes one name, of the first side's type unless a given name or a
// title opens it, which makes a person; only a person takes in a loose
// word. Gazetteer names and places are left alone ("Rio de Janeiro",
// "Costa del Sol"), and so is a next mention that holds a lower-case word
// of its own ("Brul of BNP Paribas": the tagger's span runs on past the
// name).
func (st *docState) joinParticles() {
	ms := st.mentions
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.known || m.place || m.kind != KindPerson && m.kind != KindOrg {
			out = append(out, m)
			continue
		}
		toks := st.tokens[m.sent]
		k := m.t1
		for k < len(toks) && k < m.t1+2 && personParticles[toks[k].Text] {
			k++
		}
		if k == m.t1 || k >= len(toks) || !text.IsNameStart(toks[k].Text) || text.IsLower(toks[k].Text) {
			out = append(out, m)
			continue
		}
		given := st.e.lex.IsGivenName(toks[m.t0].Text)
		var n mention
		next := i+1 < len(ms) && ms[i+1].sent == m.sent && ms[i+1].t0 == k
		if next {
			n = ms[i+1]
			if n.known || n.place || n.kind != KindPerson && n.kind != KindOrg || st.lowerWordIn(n) {
				out = append(out, m)
				continue
			}
		} else {
			if slices.ContainsFunc(ms, func(o mention) bool { return o.sent == m.sent && o.t0 <= k && k < o.t1 }) {
				out = append(out, m)
				continue
			}
			n = mention{kind: m.kind, t1: k + 1}
		}
		// The first side gives the type, but a given name or a title
		// before it makes a person ("Ruud", tagged an organisation, van
		// "Nistelrooy"); "Banca Nazionale" del "Lavoro", a person by the
		// tagger, stays an organisation.
		kind := m.kind
		if given || m.titled {
			kind = KindPerson
		}
		if !next && kind != KindPerson {
			out = append(out, m) // an organisation takes no loose word in
			continue
		}
		m.t1 = n.t1
		m.span.End = toks[m.t1-1].Span.End
		m.surface = st.text[m.span.Start:m.span.End]
		m.name = cleanName(m.surface)
		m.kind, m.affil, m.titled, m.joined = kind, "", m.titled || n.titled, true
		out = append(out, m)
		if next {
			i++
		}
	}
	st.mentions = slices.Clip(out)
}

// lowerWordIn reports whether mention m holds a lower-case word that is
// no particle of a person's name.
func (st *docState) lowerWordIn(m mention) bool {
	for _, t := range st.tokens[m.sent][m.t0:m.t1] {
		if text.IsLower(t.Text) && !personParticles[t.Text] {
			return true
		}
	}
	return false
}
