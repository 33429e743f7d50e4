package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// personParticles are the lower-case words that stand inside a person's
// name between the given and the family name in the languages news names
// come from (Dutch, German, French, Italian, Spanish, Portuguese, Arabic,
// Hassaniya, Kalenjin): "Ruud van Nistelrooy", "Edwin van der Sar",
// "Ursula von der Leyen", "Luiz Inacio Lula da Silva", "Mohammed bin
// Salman", "Ahmed ben Bella", "Maaouya ould Taya", "Daniel arap Moi". "of"
// and "the" are no such words: "Bank of England" is the gazetteer's
// business.
var personParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "ter": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "di": true, "da": true, "del": true,
	"della": true, "dal": true, "dalla": true, "dos": true, "das": true, "bin": true, "ibn": true, "bint": true, "ben": true, "al": true,
	"el": true, "ould": true, "arap": true}

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
		if m.kind == KindPerson && m.t1 < len(toks) && elidedParticleName(toks[m.t1].Text) &&
			!slices.ContainsFunc(ms, func(o mention) bool { return o.sent == m.sent && o.t0 <= m.t1 && m.t1 < o.t1 }) {
			// "Valery Giscard d'Estaing": a family name with its particle
			// elided and glued to it is one word the tagger left out.
			m.t1++
			m.span.End = toks[m.t1-1].Span.End
			m.surface = st.text[m.span.Start:m.span.End]
			m.name = cleanName(m.surface)
			m.affil, m.joined = "", true
			out = append(out, m)
			continue
		}
		k := m.t1
		for k < len(toks) && k < m.t1+3 && personParticles[toks[k].Text] {
			k++
			if k+1 < len(toks) && toks[k].Text == "-" && glued(toks, k-1) && glued(toks, k) {
				k++ // "Ahmed Humaid al-Tayer": the particle glued to the family name
			}
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
	st.secondFamilyNames()
}

// elidedParticleName reports whether w is a family name glued to an
// elided particle written in lower case ("d'Estaing", "d'Alema",
// "d’Amato").
func elidedParticleName(w string) bool {
	rest, ok := strings.CutPrefix(w, "d'")
	if !ok {
		rest, ok = strings.CutPrefix(w, "d\u2019")
	}
	return ok && len(rest) >= 2 && text.IsNameStart(rest) && !text.IsLower(rest)
}

// secondFamilyNames takes into a person's name that ends in a particle
// and one family name the capitalised word right after it: Iberian names
// hold two family names ("Ramiro de Abreu Sodre", "Jose de Souza Lima"),
// and the tagger, trained on English, stops after the first. The word
// must be no common word of the language ("Jose de Souza Says" in a
// headline), no legal form, and either held by no mention or by a
// one-word mention of a seat of government, which a family name can
// share ("Lima"): a state's own name stays apart. An organisation's
// name that is a person's by its shape (givenParticleName) becomes a
// person's first.
func (st *docState) secondFamilyNames() {
	ms := st.mentions
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		toks := st.tokens[m.sent]
		k := m.t1
		if !m.known && m.kind == KindOrg && st.givenParticleName(m) {
			m.kind = KindPerson // "Ramiro de Abreu Sodre", read as a firm by the tagger
		}
		if m.known || m.kind != KindPerson || m.t1-m.t0 < 3 || !personParticles[toks[m.t1-2].Text] ||
			k >= len(toks) || !capitalised(toks[k].Text) || st.e.model.IsCommonWord(toks[k].Text) ||
			cue.Default().LegalForm(toks[k].Text) || toks[k-1].Span.End+1 != toks[k].Span.Start {
			out = append(out, m)
			continue
		}
		next := i+1 < len(ms) && ms[i+1].sent == m.sent && ms[i+1].t0 == k
		switch {
		case next && ms[i+1].t1 == k+1 && ms[i+1].via == ViaSeat:
			i++ // the seat's mention is the name's
		case next || st.heldByMention(m.sent, k):
			out = append(out, m)
			continue
		}
		m.t1 = k + 1
		m.span.End = toks[k].Span.End
		m.surface = st.text[m.span.Start:m.span.End]
		m.name = cleanName(m.surface)
		m.affil = ""
		out = append(out, m)
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

// firmConnectors are the lower-case words that join the parts of a firm's
// or an institution's name in German, Dutch and French ("Fichtel und
// Sachs", "Bank fuer Gemeinwirtschaft", "Heldring en Pierson", "Credit
// Industriel et Commercial"). Between two capitalised words of English
// text they belong to such a name; the tagger, trained on English, leaves
// them out and cuts the name in two.
// "zur" and "zum" stay out: they also stand inside German family names
// ("Dieter zur Loye").
var firmConnectors = map[string]bool{"und": true, "fuer": true, "für": true, "en": true, "voor": true, "et": true}

// joinConnectors makes one organisation of the capitalised words on both
// sides of a firm connector (firmConnectors) when a person or organisation
// mention touches the connector on one side: up to three capitalised words
// or the mention that ends at the connector on the left, and the mention
// that starts after it, or up to three capitalised words, on the right,
// with any legal forms after them. A gazetteer name or a place on either
// side, an article, or a word another mention holds stops the join.
func (st *docState) joinConnectors() {
	ms := st.mentions
	var out []mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		toks := st.tokens[m.sent]
		k := -1 // the connector
		switch {
		case m.t1+1 < len(toks) && firmConnectors[toks[m.t1].Text] && capitalised(toks[m.t1+1].Text):
			k = m.t1
		case m.t0 >= 2 && firmConnectors[toks[m.t0-1].Text] && capitalised(toks[m.t0-2].Text):
			k = m.t0 - 1
		}
		if k >= 0 && toks[k].Text == "et" && (toks[k+1].Text == "Al" || toks[k+1].Text == "al") {
			k = -1 // "et al", capitalised in a well's name
		}
		if k < 0 || m.known || m.place || m.kind != KindPerson && m.kind != KindOrg {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]mention, 0, len(ms)), ms[:i]...)
		}
		// The left side: the mention itself, the last one kept, or loose
		// capitalised words.
		a := k
		switch {
		case m.t1 == k:
			a = m.t0
		case len(out) > 0 && out[len(out)-1].sent == m.sent && out[len(out)-1].t1 == k:
			p := out[len(out)-1]
			if p.known || p.place || p.kind != KindPerson && p.kind != KindOrg {
				out = append(out, m)
				continue
			}
			a = p.t0
			out = out[:len(out)-1]
		default:
			for a > 0 && k-a < 3 && capitalised(toks[a-1].Text) && !isArticle(toks[a-1].Text) &&
				!st.heldByMention(m.sent, a-1) {
				a--
			}
			if a == 0 && k > 0 && st.e.model.IsCommonWord(toks[0].Text) {
				a = 1 // "In Fichtel und Sachs ...": the sentence's first word is no name's
			}
		}
		// The right side: the mention itself, the next one, or loose
		// capitalised words; legal forms after it.
		b := k + 1
		switch {
		case m.t0 == k+1:
			b = m.t1
		case i+1 < len(ms) && ms[i+1].sent == m.sent && ms[i+1].t0 == k+1:
			n := ms[i+1]
			if n.known || n.place || n.kind != KindPerson && n.kind != KindOrg {
				out = append(out, m)
				continue
			}
			b = n.t1
			i++
		default:
			for b < len(toks) && b-k <= 3 && capitalised(toks[b].Text) && !st.heldByMention(m.sent, b) {
				b++
			}
		}
		for b < len(toks) && cue.Default().LegalForm(toks[b].Text) && !st.heldByMention(m.sent, b) {
			b++
		}
		if a >= k || b <= k+1 {
			out = append(out, m)
			continue
		}
		span := Span{Start: toks[a].Span.Start, End: toks[b-1].Span.End}
		surface := st.text[span.Start:span.End]
		out = append(out, mention{sent: m.sent, t0: a, t1: b, span: span, surface: surface, name: cleanName(surface),
			kind: KindOrg, via: ViaName, actorIndex: -1, joined: true})
	}
	if out != nil {
		st.mentions = slices.Clip(out)
	}
}

// joinAdjectiveAnd makes one organisation of a name that opens with an
// adjective of nationality or a place, "and" and the organisation's other
// words ("British and Commonwealth Shipping Co Plc", "British and Irish
// Lions", "Scottish and Newcastle Breweries"): the tagger reads the
// adjective apart, as a state's demonym or nothing, and only the rest as
// the organisation, which then is a fragment, and the state is made a
// speaker or a target it is not. The adjective must be one word, the
// first of its phrase (after an article, a preposition or nothing, not
// after a comma or another "and": "German, Dutch and Swiss Re" is a
// list), and the organisation after "and" a name the gazetteer does not
// know.
func (st *docState) joinAdjectiveAnd() {
	ms := st.mentions
	var drop []int // the demonym mentions joined
	for i := range ms {
		m := &ms[i]
		toks := st.tokens[m.sent]
		if m.known || m.place || m.kind != KindOrg || m.via != ViaName || m.t0 < 2 {
			continue
		}
		if w := toks[m.t0-1].Text; w != "and" && w != "&" {
			continue
		}
		k := m.t0 - 2 // the adjective
		if w := toks[k].Text; !capitalised(w) || st.e.model.IsCommonWord(w) && k > 0 ||
			strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			continue // a plural names people: "Turks and Caicos", "the Cameroonians and Hearts"
		}
		if k > 0 && (capitalised(toks[k-1].Text) && !isArticle(toks[k-1].Text) || text.IsPunct(toks[k-1].Text) || toks[k-1].Text == "and") {
			continue
		}
		d := -1 // the demonym's mention, if the adjective is one
		for j := range ms {
			if o := ms[j]; o.sent == m.sent && o.t0 <= k && k < o.t1 {
				d = j
			}
		}
		if d >= 0 && (ms[d].t0 != k || ms[d].t1 != k+1 || ms[d].via != ViaDemonym) {
			continue // a name of its own before "and": two actors
		}
		if d < 0 && !st.placeAdjective(toks[k].Text) {
			continue
		}
		if d >= 0 {
			drop = append(drop, d)
		}
		m.t0 = k
		m.span.Start = toks[k].Span.Start
		m.surface = st.text[m.span.Start:m.span.End]
		m.name = cleanName(m.surface)
		m.affil, m.joined = "", true
	}
	if len(drop) == 0 {
		return
	}
	out := ms[:0]
	for j, o := range ms {
		if !slices.Contains(drop, j) {
			out = append(out, o)
		}
	}
	st.mentions = slices.Clip(out)
}

// placeAdjective reports whether w, which no mention holds, is a form by
// which the gazetteer names a state or a place: a demonym, or a place's
// name or adjective ("African").
func (st *docState) placeAdjective(w string) bool {
	return slices.ContainsFunc(st.e.lex.Lookup(w), func(e lexicon.Entry) bool {
		return e.Via == ViaDemonym || e.Kind == KindUnknown
	})
}

// capitalised reports whether w can start a name (text.IsNameStart) and
// is not in lower case.
func capitalised(w string) bool {
	return text.IsNameStart(w) && !text.IsLower(w)
}

// heldByMention reports whether token k of sentence si lies inside a
// mention of the document.
func (st *docState) heldByMention(si, k int) bool {
	return slices.ContainsFunc(st.mentions, func(o mention) bool { return o.sent == si && o.t0 <= k && k < o.t1 })
}

// givenParticleName reports whether mention m has a person's name's
// shape: a given name, then capitalised words with a person's particle
// between them ("Ramiro de Abreu Sodre"), and no word that ends
// organisations' names ("Jose de Souza Group").
func (st *docState) givenParticleName(m mention) bool {
	toks := st.tokens[m.sent][m.t0:m.t1]
	if len(toks) < 3 || !st.e.lex.IsGivenName(toks[0].Text) {
		return false
	}
	particle := false
	for i, t := range toks[1:] {
		switch {
		case personParticles[t.Text]:
			particle = particle || i+2 < len(toks)
		case !capitalised(t.Text) || cue.Default().OrgWord(t.Text) || cue.Default().ThingWord(t.Text):
			return false
		}
	}
	return particle
}

// romanceParticles are the lower-case words that join the parts of the
// names of Portuguese, Spanish, French and Italian firms and
// institutions: "Banco do Brasil", "Banco de los Trabajadores de
// Venezuela", "Banque de la Mediterranee", "Banca del Gottardo".
var romanceParticles = map[string]bool{"de": true, "do": true, "da": true, "dos": true, "das": true, "del": true,
	"della": true, "di": true, "du": true, "des": true, "la": true, "le": true, "los": true, "las": true}

// romanceAnd are the words for "and" that join two particles' names in
// such a name ("Banque du Batiment et des Travaux Publics", "Banco de
// Credito y de Inversiones").
var romanceAnd = map[string]bool{"et": true, "y": true, "e": true}

// joinRomanceOrgs makes one organisation of an organisation's mention, up
// to three Romance particles (romanceParticles) right after it, and the name
// after them: the next mention, even a state's or a place's the gazetteer
// knows ("Banco" do "Brasil", which the tagger reads as a bank and the
// state), or up to three capitalised words that no mention holds and that
// are no common words ("Banco do Estado de Sao Paulo"); the join goes on
// over further particles. English text puts no such particle between an
// organisation's name and the next name, so the name runs on: a firm's
// subsidiary abroad ("Volkswagen do Brasil") is a firm of its own, and a
// bank named after its state is no voice of the state. A person or an
// organisation the gazetteer knows after the particles stops the join.
func (st *docState) joinRomanceOrgs() {
	ms := st.mentions
	var out []mention
	changed := false
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		toks := st.tokens[m.sent]
		if m.known || m.place || m.kind != KindOrg || isInitial(toks[m.t0].Text) || st.hyphenAt(m.sent, m.t0-1) {
			// "R de Marigny" in a team's line-up is a man; "Warner" of
			// "Borg-Warner do Brasil" is joinHyphens' to make whole first.
			out = append(out, m)
			continue
		}
		grew := false
		for {
			k := m.t1
			if k+1 < len(toks) && romanceAnd[toks[k].Text] && romanceParticles[toks[k+1].Text] {
				k++ // "Union de Garantie et de Placement"
			}
			for k < len(toks) && k < m.t1+3 && romanceParticles[toks[k].Text] {
				k++
			}
			if k == m.t1 || k >= len(toks) || !capitalised(toks[k].Text) {
				break
			}
			end := k
			if i+1 < len(ms) && ms[i+1].sent == m.sent && ms[i+1].t0 == k {
				n := ms[i+1]
				if n.known && (n.kind == KindPerson || n.kind == KindOrg) {
					break
				}
				end = n.t1
				i++
			} else {
				for end < len(toks) && end < k+3 && capitalised(toks[end].Text) && !st.heldByMention(m.sent, end) &&
					!st.e.model.IsCommonWord(toks[end].Text) {
					end++
				}
				if end == k {
					break
				}
			}
			m.t1 = end
			m.span.End = toks[end-1].Span.End
			m.surface = st.text[m.span.Start:m.span.End]
			m.name = cleanName(m.surface)
			m.affil, m.joined = "", true
			grew, changed = true, true
		}
		if grew && st.e.lex.IsGivenName(toks[m.t0].Text) {
			m.kind = KindPerson // "Sebastiao do Rego Barros", which the tagger read as a firm
		}
		out = append(out, m)
	}
	if changed {
		st.mentions = slices.Clip(out)
	}
}

// isInitial reports whether w is a capital letter alone or with a full
// stop: a given name's initial ("R", "R.").
func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}
