package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// joinDefinitions makes a name spelled out before its acronym in brackets
// one mention: "the General Agreement on Tariffs and Trade (GATT)",
// "Landeszentralbank (LZB)". News text defines an acronym this way the
// first time it uses it; the tagger often cuts the long name at its
// lower-case words ("Agreement", "Tariffs"). The capitalised words before
// the bracket, with the particles between them ("of", "on", "and", …),
// must spell the acronym with their initials. The long name becomes one
// mention: of the acronym's actor when the gazetteer knows the acronym by
// that name (sameSpelledName), else an organisation of its own, which the
// acronym names wherever the document uses it, even where the gazetteer
// gives it another meaning ("Interstate Commerce Commission (ICC)").
// Mentions inside the long name are replaced. When none of them, nor the
// acronym's, names an organisation or a state, or when the long name is
// a measure's ("Retail Price Index (RPI)"), the long name is a term
// ("Gross Domestic Product (GDP)", which the tagger may take for a
// person): its mentions and the acronym's are dropped, unless the
// gazetteer knows them.
func (st *docState) joinDefinitions() {
	var out []mention
	var terms map[string]bool      // acronyms of lower-case terms
	var abbrevs map[string]mention // acronym -> the mention of the organisation it abbreviates
	abbreviate := func(acr string, m mention) {
		if abbrevs == nil {
			abbrevs = map[string]mention{}
		}
		abbrevs[acr] = m
	}
	changed := false
	next := 0 // first mention not yet copied to out
	for si, toks := range st.tokens {
		for k := 1; k+2 < len(toks); k++ {
			comma := commaAcronym(toks, k)
			if !comma && (toks[k].Text != "(" || toks[k+2].Text != ")") {
				continue
			}
			acr := toks[k+1].Text
			spoken := spokenAcronym(acr)
			if spoken != "" && !comma {
				acr = spoken // "Gavi": only a long name before it makes it an acronym
			} else if !isAcronym(acr) {
				if !comma {
					if m, ok := st.syllablesDefined(si, k); ok {
						abbreviate(acr, m) // "Thailand Smelting and Refining Co (Thaisarco)"
					}
				}
				continue
			}
			p0, ok := definitionStart(toks, k, acr)
			if !ok {
				p0, ok = translatedDefinitionStart(toks, k, acr)
			}
			if !ok && comma {
				// Between commas only a name that spells it defines it,
				// with its initials or its words' first syllables
				// ("New York Mercantile Exchange, NYMEX,").
				if m, ok := st.syllablesDefined(si, k); ok {
					abbreviate(acr, m)
				}
				continue
			}
			if !ok && spoken != "" {
				// "Korea Electric Power Corp (Kepco)": a word said as an
				// acronym whose letters the organisation's name holds in
				// order is that organisation's short name.
				if m, ok := st.abbreviated(si, k); ok {
					abbreviate(toks[k+1].Text, m)
				}
				continue
			}
			if !ok {
				if termDefinition(toks, k, toks[k+1].Text) {
					if terms == nil {
						terms = map[string]bool{}
					}
					terms[toks[k+1].Text] = true
				} else if m, ok := st.abbreviated(si, k); ok {
					abbreviate(toks[k+1].Text, m)
				} else if m, ok := st.definedInBrackets(si, k); ok {
					abbreviate(toks[k+1].Text, m)
				}
				continue
			}
			// A measure's name is a term whatever the tagger made of its
			// words ("London Interbank Offered Rate (LIBOR)"), and so is
			// its acronym wherever the document uses it ("the RPI rose");
			// so is a text's ("Multi-Fibre Agreement (MFA)", "Export
			// Enhancement Program (EEP)").
			measure := cue.Default().MeasureWord(toks[k-1].Text) || cue.Default().TextWord(toks[k-1].Text)
			org := (st.namesOrg(si, p0, k+2) || orgWordIn(toks[p0:k])) && !measure
			m, ok := st.definitionMention(si, p0, k)
			if org && !ok {
				continue
			}
			if measure {
				if terms == nil {
					terms = map[string]bool{}
				}
				terms[toks[k+1].Text] = true
			}
			if org && (!m.known || len(st.e.lex.Lookup(toks[k+1].Text)) == 0) {
				// The document's own meaning of an acronym the
				// gazetteer knows otherwise: its later mentions are
				// this organisation's ("the ICC" after "Interstate
				// Commerce Commission (ICC)").
				abbreviate(toks[k+1].Text, m)
			}
			// Copy the mentions before the long name, skip those inside it
			// (a term's unknown ones, up to its acronym).
			for next < len(st.mentions) && before(st.mentions[next], si, p0) {
				out = append(out, st.mentions[next])
				next++
			}
			for next < len(st.mentions) && st.mentions[next].sent == si && st.mentions[next].t0 < k+2 {
				if n := st.mentions[next]; !org && n.known || org && n.t0 > k {
					out = append(out, n)
				}
				next++
			}
			if org {
				// Before the acronym's mention, if that was kept.
				at := len(out)
				if at > 0 && out[at-1].sent == si && out[at-1].t0 > k {
					at--
				}
				out = slices.Insert(out, at, m)
			}
			changed = true
		}
	}
	if changed {
		out = append(out, st.mentions[next:]...)
		st.mentions = out
	}
	if terms != nil {
		st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
			return !m.known && m.via == ViaName && terms[m.surface]
		})
	}
	// "KEPCO" after "Korea Electric Power Corp (Kepco)": the acronym in
	// capitals is the one defined in title case (the first such in sorted
	// order, whatever the map's).
	var upper map[string]mention
	for _, acr := range slices.Sorted(maps.Keys(abbrevs)) {
		if u := strings.ToUpper(acr); u != acr {
			if upper == nil {
				upper = map[string]mention{}
			}
			if _, seen := upper[u]; !seen {
				upper[u] = abbrevs[acr]
			}
		}
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		d, ok := abbrevs[m.surface]
		if !ok && isAcronym(m.surface) {
			d, ok = upper[m.surface]
		}
		if ok && m.via == ViaName && m.name != d.name {
			m.name, m.kind, m.known, m.affil, m.place = d.name, KindOrg, d.known, d.affil, false
		}
	}
}

// orgWordIn reports whether one of toks after the first is a word that
// ends organisation names ("Airlines", "Authority", "Institute"; not the
// first: "Petroleum Revenue Tax" is a tax): a long name
// that holds one names an organisation whatever the tagger made of it
// ("Scandinavian Airlines System (SAS)" in a story whose "SAS-Sabena
// merger" made the tagger read it as no organisation).
func orgWordIn(toks []text.Token) bool {
	return len(toks) > 1 && slices.ContainsFunc(toks[1:], func(t text.Token) bool { return cue.Default().OrgWord(t.Text) })
}

// abbreviated returns the name of the organisation mention that ends right
// before the bracket at token k of sentence si when the acronym in the
// bracket abbreviates it as Schwartz and Hearst's algorithm (PSB 2003)
// finds abbreviations: its letters appear in the name in order, the first
// at its start ("China Shipbuilding Corp (CSBC)", "Petroleos de
// Venezuela (PDVSA)", "Korea Electric Power Corp (Kepco)"). Names whose
// capitals spell the acronym are joinDefinitions' own case. The name may
// stand in the wire's angle brackets ("<Saudi American Bank> (SAMBA)").
func (st *docState) abbreviated(si, k int) (mention, bool) {
	acr := strings.ToUpper(st.tokens[si][k+1].Text)
	end := nameEndBefore(st.tokens[si], k)
	for _, m := range st.mentions {
		if m.sent != si || m.t1 != end || m.kind != KindOrg || m.known || m.place {
			continue
		}
		if abbreviates(acr, m.name) || legalLetter(acr) && abbreviates(acr[:len(acr)-1], m.name) {
			return m, true
		}
	}
	return mention{}, false
}

// definedInBrackets returns the name of the organisation mention that
// ends right before the bracket at token k of sentence si when the
// acronym in the bracket spells no part of it: the English name of a body
// whose acronym is that of its name in its own language ("Unitary
// Workers' Front (FUT)", Frente Unitario de Trabajadores; "Federal
// Criminal Office (BKA)"). News writes an acronym in brackets right after
// the name it stands for, so the acronym names that organisation wherever
// the document uses it. Only a whole name counts: not one the gazetteer
// knows (its acronyms are the gazetteer's), nor the tail of a longer name
// the tagger cut (cutName: "Ste Nationale des Chemins de Fer Francaise
// (SNCF)"); a name in the wire's angle brackets counts ("<Banco
// Portugues de Investimento Sarl> (BPI)"); and no acronym the gazetteer
// knows, whose meaning it has ("Nissan Motor Manufacturing (UK) Ltd",
// "the Office for National (ONS) statistics").
func (st *docState) definedInBrackets(si, k int) (mention, bool) {
	toks := st.tokens[si]
	if len(st.e.lex.Lookup(toks[k+1].Text)) > 0 {
		return mention{}, false
	}
	end := nameEndBefore(toks, k)
	for _, m := range st.mentions {
		if m.sent != si || m.t1 != end || m.kind != KindOrg || m.known || m.place || m.t1-m.t0 < 2 {
			continue
		}
		if m.t0 > 0 && cutName(toks, m.t0) {
			return mention{}, false
		}
		return m, true
	}
	return mention{}, false
}

// foreignAnd are the words for "and" inside French, German, Dutch and
// Scandinavian names ("Banque du Batiment et des Travaux Publics").
var foreignAnd = map[string]bool{"et": true, "und": true, "en": true, "og": true, "och": true}

// nameEndBefore returns where a name that stands right before the
// bracket at token k of toks ends: k, or the wire's closing angle bracket
// before it ("<Saudi American Bank> (SAMBA)").
func nameEndBefore(toks []text.Token, k int) int {
	if k > 1 && toks[k-1].Text == ">" {
		return k - 1
	}
	return k
}

// cutName reports whether the name that starts at token t0 of toks, t0 >
// 0, may be the tail of a longer name: right before it, or before the
// name particles right before it ("Chemins de Fer", "Commission for the
// Securities Trade"), stands a capitalised word other than the sentence's
// first, a hyphen or an apostrophe (not a possessive: "Spain's General
// Union of Workers").
func cutName(toks []text.Token, t0 int) bool {
	j := t0 - 1
	for j > 0 && (nameParticles[toks[j].Text] || foreignAnd[toks[j].Text]) && !text.IsPossessive(toks[j].Text) && toks[j].Text != "-" {
		j-- // "Commission for the Securities Trade"
	}
	w := toks[j].Text
	switch {
	case text.IsPossessive(w):
		return false
	case upperWord(w):
		return j > 0
	case text.IsDash(w), w == "'", w == "\u2019":
		return true
	}
	return false
}

// abbreviates reports whether the upper-case acronym acr abbreviates name:
// going backwards, each letter of acr is found in name before the one
// found for the next, and the first letter is the name's first (the
// whole name is abbreviated, not its last words).
func abbreviates(acr, name string) bool {
	if len(acr) < 2 {
		return false
	}
	j := len(name) - 1
	for i := len(acr) - 1; i >= 0; i-- {
		c := acr[i]
		for j >= 0 && !(upperByte(name[j]) == c && (i > 0 || j == 0)) {
			j--
		}
		if j < 0 {
			return false
		}
		j--
	}
	return true
}

// legalLetter reports whether the acronym acr of three letters or more
// ends in the initial of a word that companies' names carry and the text
// often leaves out: Group, Corporation or Company, Inc or International,
// Holdings, Limited ("Sumitomo Mitsui Financial (SMFG)").
func legalLetter(acr string) bool {
	return len(acr) >= 3 && strings.IndexByte("GCIHL", acr[len(acr)-1]) >= 0
}

// upperByte returns the upper case of an ASCII letter, other bytes as they are.
func upperByte(b byte) byte {
	if b >= 'a' && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}

// termWords are the function words a term's acronym may leave out ("free
// on board (FOB)" spells all three, "rate of return (ROR)" too, "cost and
// freight (CAF)" not "and").
var termWords = map[string]bool{"of": true, "on": true, "to": true, "the": true, "for": true, "and": true,
	"in": true, "a": true, "an": true, "by": true, "at": true, "per": true}

// spokenAcronym returns an acronym written as a word, in capitals,
// of a word of three to six letters with only its first one a capital
// ("Gavi", "Nato", "Defra", the way British papers write an acronym said
// as a word), or "" for any other word. Such a word in brackets defines
// an acronym only when the capitalised words before it spell it.
func spokenAcronym(w string) string {
	if len(w) < 3 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return ""
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	return strings.ToUpper(w)
}

// termDefinition reports whether the lower-case words right before the
// bracket at k spell acronym with their initials, function words left out
// or not: "the government selling price (GSP)", "free of tax to residents
// abroad (FOTRA)". Such an acronym names a term of the trade, not an
// actor, here and wherever the document uses it again.
func termDefinition(toks []text.Token, k int, acronym string) bool {
	lower := func(j int) bool {
		w := toks[j].Text
		return w[0] >= 'a' && w[0] <= 'z'
	}
	// spells reports whether acronym[:pos+1] is spelled by words ending
	// at j, the first of them giving acronym[0].
	var spells func(pos, j, content int) bool
	spells = func(pos, j, content int) bool {
		if pos < 0 {
			return content >= 2
		}
		if j < 0 || !lower(j) {
			return false
		}
		w := toks[j].Text
		if w[0]-'a'+'A' == acronym[pos] && spells(pos-1, j-1, content+1) {
			return true
		}
		return termWords[w] && j < k-1 && spells(pos, j-1, content)
	}
	return spells(len(acronym)-1, k-1, 0)
}

// namesOrg reports whether a mention inside tokens [t0, t1) of sentence
// si is an organisation or a state: the long name and its acronym name an
// actor, not a quantity or a disease ("Gross Domestic Product (GDP)",
// which the tagger may take for a person).
func (st *docState) namesOrg(si, t0, t1 int) bool {
	for _, m := range st.mentions {
		if m.sent == si && m.t0 >= t0 && m.t1 <= t1 && !m.place && (m.kind == KindOrg || m.kind == KindState) {
			return true
		}
	}
	return false
}

// before reports whether mention m starts before token t0 of sentence si.
func before(m mention, si, t0 int) bool {
	return m.sent < si || m.sent == si && m.t0 < t0
}

// commaAcronym reports whether token k of toks is a comma that opens an
// apposition of one word between commas, or before the full stop that
// ends the sentence: "the Brazilian Coffee Institute, IBC, said". Wire
// copy defines an acronym so as often as in brackets; only a long name
// whose initials spell the word makes it a definition (joinDefinitions),
// not a list ("Chicago Board Options Exchange, CME, …").
func commaAcronym(toks []text.Token, k int) bool {
	if toks[k].Text != "," || k+2 >= len(toks) {
		return false
	}
	end := toks[k+2].Text
	return end == "," || end == "." && k+3 == len(toks)
}

// translatedDefinitionStart is definitionStart for an acronym of the name
// in its own language, whose words come in another order in English: the
// capitalised words before the bracket, as many as the acronym's letters
// (three or more) and particles between them, have its letters for
// initials in any order ("Brazilian Coffee Institute (IBC)" for Instituto
// Brasileiro do Café, "Liberal Front Party, PFL,"). The name must start
// the phrase: a capitalised word before it other than "The" would make
// it part of a longer name ("United Automobile Workers Union").
func translatedDefinitionStart(toks []text.Token, k int, acronym string) (int, bool) {
	n := len(acronym)
	if n < 3 {
		return 0, false
	}
	var letters []byte
	j := k - 1
	for ; j >= 0 && len(letters) < n; j-- {
		w := toks[j].Text
		switch {
		case w[0] >= 'A' && w[0] <= 'Z':
			letters = append(letters, w[0])
		case nameParticles[w] && w != "-" && w != "'s" && j < k-1 && len(letters) > 0:
		default:
			return 0, false
		}
	}
	if len(letters) < n {
		return 0, false
	}
	if j >= 0 {
		if w := toks[j].Text; w[0] >= 'A' && w[0] <= 'Z' && w != "The" {
			return 0, false
		}
	}
	want := []byte(acronym)
	slices.Sort(letters)
	slices.Sort(want)
	if !slices.Equal(letters, want) {
		return 0, false
	}
	return j + 1, true
}

// definitionStart returns the first token of the long name that ends
// before the bracket at k and whose capitalised words' initials spell
// acronym, skipping name particles between them; false if there is none
// of at least two words.
func definitionStart(toks []text.Token, k int, acronym string) (int, bool) {
	pos := len(acronym) - 1
	j := k - 1
	for ; j >= 0 && pos >= 0; j-- {
		w := toks[j].Text
		switch {
		case w[0] >= 'A' && w[0] <= 'Z':
			if w[0] != acronym[pos] {
				return 0, false
			}
			pos--
		case nameParticles[w] && w != "-" && w != "'s" && j < k-1:
		default:
			return 0, false
		}
	}
	if pos >= 0 || k-(j+1) < 2 {
		return 0, false
	}
	return j + 1, true
}

// definitionMention returns the mention of the long name [t0, t1) defined
// before an acronym: of the gazetteer's actor when the gazetteer knows the
// acronym (or the long name itself), else an organisation.
func (st *docState) definitionMention(si, t0, t1 int) (mention, bool) {
	toks := st.tokens[si]
	acr := toks[t1+1]
	long := st.text[toks[t0].Span.Start:toks[t1-1].Span.End]
	entries := st.existing(st.e.lex.Lookup(long))
	if len(entries) == 0 {
		// The gazetteer's meaning of the acronym, unless the text spells
		// out another name: "African Development Bank (ADB)" is not the
		// gazetteer's Asian Development Bank.
		entries = slices.DeleteFunc(slices.Clone(st.existing(st.e.lex.Lookup(acr.Text))), func(e lexicon.Entry) bool {
			return !sameSpelledName(long, e.Name)
		})
	}
	entries = slices.DeleteFunc(slices.Clone(entries), func(e lexicon.Entry) bool { return e.Kind == KindUnknown || e.Kind == KindPerson })
	if len(entries) > 0 {
		return st.lexMention(si, t0, t1, entries)
	}
	return st.typedPart(si, t0, t1, "ORG", false)
}

// sameSpelledName reports whether a name spelled out in a text may be the
// gazetteer's name canonical: true when canonical is one word (an acronym
// such as "OPEC", whose long forms vary), else when the spelled-out words
// (apart from particles) are canonical's, or a run of them ("Housing and
// Urban Development" of "U.S. Department of Housing and Urban
// Development"), each pair equal or sharing its first four letters
// ("Organisation"/"Organization"; not "African"/"Asian").
func sameSpelledName(long, canonical string) bool {
	cw := contentWords(canonical)
	if len(cw) < 2 {
		return true
	}
	lw := contentWords(long)
	if len(lw) < 2 || len(lw) > len(cw) {
		return false
	}
	for off := 0; off+len(lw) <= len(cw); off++ {
		same := true
		for i := range lw {
			if !sameWord(lw[i], cw[off+i]) {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// sameWord reports whether two lower-case words are equal or share their
// first four letters.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 4
}

// contentWords returns the lower-case words of name without particles
// ("of", "the", "and").
func contentWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if nameParticles[w] || w == "the" || w == "and" || w == "&" || w == "for" || w == "on" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// syllablesDefined returns the organisation mention that ends right
// before token k of sentence si, a bracket or a comma, when the word after
// k is a short name made of the first letters of its words, in order, some
// words left out: "Thaisarco" of "Thailand Smelting and Refining Co",
// "Minpeco" of "Minero Peru Comercial", "NYMEX" of "New York Mercantile
// Exchange". Such a word is that organisation's short name wherever the
// document uses it. A word the gazetteer knows keeps its meaning.
func (st *docState) syllablesDefined(si, k int) (mention, bool) {
	toks := st.tokens[si]
	short := toks[k+1].Text
	if len(short) < 4 || len(st.e.lex.Lookup(short)) > 0 {
		return mention{}, false
	}
	end := nameEndBefore(toks, k)
	for _, m := range st.mentions {
		if m.sent != si || m.t1 != end || m.kind != KindOrg || m.place {
			continue
		}
		words := strings.FieldsFunc(m.name, func(r rune) bool { return r == ' ' || r == '-' })
		if len(words) >= 2 && syllableAbbreviation(strings.ToLower(short), words) {
			return m, true
		}
	}
	return mention{}, false
}

// syllableAbbreviation reports whether short, in lower case, is the
// beginnings of two or more of words, in order, the first word's
// beginning first: each word gives nothing or a prefix of itself.
func syllableAbbreviation(short string, words []string) bool {
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	if short == lower[0] {
		return false // the first word alone ("Asia" of "Asia Ltd")
	}
	// spells reports whether short[i:] is spelled by words from j on,
	// parts words so far.
	var spells func(i, j, parts int) bool
	spells = func(i, j, parts int) bool {
		if i == len(short) {
			return parts >= 2
		}
		if j == len(lower) {
			return false
		}
		w := lower[j]
		for n := 1; n <= len(w) && i+n <= len(short) && short[i+n-1] == w[n-1]; n++ {
			if spells(i+n, j+1, parts+1) {
				return true
			}
		}
		return j > 0 && spells(i, j+1, parts)
	}
	return spells(0, 0, 0)
}
