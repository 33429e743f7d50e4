package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// trimSpans mends tagger spans that run a person's name into its
// neighbours, in the mentions recognise found:
//   - a role noun capitalised at the start of a sentence ("Sprinters
//     Kostas Kenteris ...") or glued to a name ("DJ Norman Cook") is cut
//     off, and a given name after it makes the rest a person, but not from
//     an organisation's name that ends in a legal form ("Bankers Trust New
//     York Corp");
//   - a gazetteer name that starts a person span ("Tory Liam Fox") becomes
//     a mention of its own, unless its word is also a given name ("Jordan
//     Henderson");
//   - a span of two people joined by "and" that the tagger typed as an
//     organisation ("Kostas Kenteris and Katerina Thanou") is cut in two
//     when a given name follows the "and";
//   - a span is cut before a bracket inside it ("Electric Co <GE>"), and a
//     title the extractor cut off a company's name is put back ("General
//     Electric Co");
//   - one word of two capitalised words written together
//     ("DaimlerChrysler", "PepsiCo") is a company's name, not a person's;
//   - a month that ends a name is cut off when a day or a year follows it
//     or when it is abbreviated ("4Th Qtr Jan 31", "Payable April one",
//     "times New York Dec"): a date or a contract month, not part of it;
//   - a legal form alone ("Co"), a single letter, or a word glued to a
//     lower-case prefix ("anti-Semitism") is no name, nor is a party's
//     member noun after a place ("an Illinois Democrat").
func (st *docState) trimSpans() {
	roles := cue.Default()
	out := make([]mention, 0, len(st.mentions)+4)
	changed := false
	for _, m := range st.mentions {
		if !m.known && !m.place && m.via == ViaName {
			if cut, ok := st.cutAtBracket(m); ok {
				changed = true
				if cut.t1 == 0 {
					continue
				}
				m = cut
			}
			if cut, ok := st.cutMonth(m); ok {
				changed = true
				if cut.t1 == 0 {
					continue
				}
				m = cut
			}
			if cut, ok := st.cutPostNominal(m); ok {
				changed = true
				m = cut
			}
			if st.placesPartyMember(m) {
				changed = true // "an Illinois Democrat": a person described, no body
				continue
			}
			if st.insideTitle(m) {
				changed = true // "the Chancellor of the Exchequer": part of a title
				continue
			}
			if m.t1-m.t0 == 1 && (roles.LegalForm(m.surface) || utf8.RuneCountInString(m.surface) == 1) {
				changed = true // "Co" alone; "S" of "Britain'S"
				continue
			}
			if st.afterPrefix(m) {
				changed = true // "anti-Semitism": one word, not a name
				continue
			}
			if m.kind == KindPerson && m.t1-m.t0 == 1 && camelCompound(m.surface) {
				m.kind = KindOrg // "DaimlerChrysler"
				changed = true
			}
			if cm, ok := st.companyName(m, roles); ok {
				out = append(out, cm)
				changed = true
				continue
			}
			if om, ok := st.orgHeadBefore(m, roles); ok {
				out = append(out, om)
				changed = true
				continue
			}
			if rm, ok := st.royalName(m); ok {
				out = append(out, rm)
				changed = true
				continue
			}
			if pm, ok := st.peerName(m); ok {
				out = append(out, pm)
				changed = true
				continue
			}
		}
		if m.known || m.place || m.t1-m.t0 < 2 || m.via != ViaName {
			out = append(out, m)
			continue
		}
		toks := st.tokens[m.sent]
		t0 := m.t0
		if m.t1-t0 >= 3 && roles.PersonRole(toks[t0].Text) && !st.e.lex.IsGivenName(toks[t0].Text) &&
			!(m.kind == KindOrg && roles.LegalForm(toks[m.t1-1].Text)) {
			t0++ // not from a company's name: "Bankers Trust New York Corp"
		}
		if k := st.andBeforeGivenName(m.sent, t0, m.t1); k > 0 {
			out = st.entityMentions(out, m.sent, ner.Entity{Start: t0, End: m.t1, Type: "PER"})
			changed = true
			continue
		}
		if m.kind == KindPerson && !st.e.lex.IsGivenName(toks[t0].Text) {
			if n, entries := st.e.lex.Longest(st.text, toks[t0:m.t1]); n > 0 && len(st.existing(entries)) == len(entries) && m.t1-(t0+n) >= 2 &&
				entries[0].Kind != KindPerson && entries[0].Kind != KindUnknown {
				if km, ok := st.lexMention(m.sent, t0, t0+n, entries); ok {
					out = append(out, km)
				}
				t0 += n
			}
		}
		if t0 != m.t0 {
			changed = true
			if p, ok := st.typedPart(m.sent, t0, m.t1, "PER", m.titled); ok && (m.kind == KindPerson || !p.known && st.e.lex.IsGivenName(toks[t0].Text)) {
				// A person's role noun before a given name ("DJ
				// Norman Cook") makes the rest a person, whatever
				// the tagger typed the whole.
				if !p.known {
					p.kind = KindPerson
				}
				out = append(out, p)
			} else if ok {
				p.kind = m.kind
				out = append(out, p)
			}
			continue
		}
		out = append(out, m)
	}
	if joined, ok := st.joinCompanyParts(out, roles); ok {
		out, changed = joined, true
	}
	if joined, ok := st.joinAmpersands(out); ok {
		out, changed = joined, true
	}
	if joined, ok := st.joinPluralPossessives(out); ok {
		out, changed = joined, true
	}
	if joined, ok := st.joinComplements(out, roles); ok {
		out, changed = joined, true
	}
	if longer, ok := st.untaggedComplements(out, roles); ok {
		out, changed = longer, true
	}
	if designated, ok := st.peerDesignations(out, roles); ok {
		out, changed = designated, true
	}
	if changed {
		st.mentions = out
	}
}

// joinCompanyParts joins two mentions the tagger split inside a company's
// name: a name that ends in a legal form right after another name, with
// nothing between them but what is glued to the first
// ("[Ishikawajima]-Harima [Heavy Industries Co Ltd]"). Both must be names the gazetteer does not know. It reports
// whether it joined any, filtering ms in place (see joinPairs).
func (st *docState) joinCompanyParts(ms []mention, roles *cue.Table) ([]mention, bool) {
	return st.joinPairs(ms, func(prev, m mention) bool {
		toks := st.tokens[m.sent]
		// The words between may only go on with the first name's
		// last word after a hyphen, glued to it ("Ishikawajima-Harima"):
		// not "Chevron Corp's Gulf Oil Corp", not a list.
		k := prev.t1
		for prev.sent == m.sent && k < m.t0 && k > 0 && toks[k].Span.Start == toks[k-1].Span.End &&
			(toks[k].Text == "-" || toks[k-1].Text == "-") {
			k++
		}
		return prev.sent == m.sent && k == m.t0 && !prev.known && !m.known && !prev.place && !m.place &&
			prev.via == ViaName && m.via == ViaName && m.kind == KindOrg && roles.LegalForm(toks[m.t1-1].Text)
	})
}

// joinPairs joins each mention to the one before it into one
// organisation, the span from the first's start to the second's end, when
// join says the two are one name and the gazetteer does not know the
// whole. It filters ms in place (it keeps at most one mention for each of
// ms, in order; when it joined none, ms is as it was) and reports whether
// it joined any.
func (st *docState) joinPairs(ms []mention, join func(prev, m mention) bool) ([]mention, bool) {
	joined := false
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 && join(out[n-1], m) {
			t0 := out[n-1].t0
			if toks := st.tokens[m.sent]; m.t1-t0 >= 3 && isArticle(toks[t0].Text) &&
				len(st.e.lex.Lookup(cleanName(st.text[toks[t0].Span.Start:toks[m.t1-1].Span.End]))) == 0 {
				t0++ // "[The Confederation] of [British Industry]": the sentence's article, as in a span of the tagger's
			}
			if p, ok := st.typedPart(m.sent, t0, m.t1, "ORG", false); ok && !p.known {
				p.kind = KindOrg
				out[n-1] = p
				joined = true
				continue
			}
		}
		out = append(out, m)
	}
	return out, joined
}

// joinAmpersands joins two names that an ampersand alone separates into
// one organisation, the firm named after both ("Ogilvy & Mather",
// "Deloitte & Touche", "Simon & Schuster"). Two stay apart when the
// gazetteer knows both or either is a place ("France & Germany"), and
// when they are two people: either a person's full name ("Matt Lucas &
// David Walliams") or the surname of one the document names in full
// ("Henman & Murray" beside "Tim Henman"). It filters ms in place (see
// joinPairs) and reports whether it joined any.
func (st *docState) joinAmpersands(ms []mention) ([]mention, bool) {
	person := func(m mention) bool {
		return m.kind == KindPerson && (m.t1-m.t0 >= 2 || st.isSurname(st.tokens[m.sent][m.t0].Text))
	}
	return st.joinPairs(ms, func(prev, m mention) bool {
		return prev.sent == m.sent && prev.t1+1 == m.t0 && st.tokens[m.sent][prev.t1].Text == "&" &&
			!(prev.known && m.known) && !prev.place && !m.place && prev.kind != KindState && m.kind != KindState &&
			prev.via == ViaName && m.via == ViaName && !person(prev) && !person(m)
	})
}

// joinPluralPossessives joins two organisations that a plural
// possessive's apostrophe alone separates into the one whose name holds
// it, when the second ends in a word that heads organisation names: "the
// Actors' Equity Association", "the National Farmers' Union" (which the
// tagger may cut at the apostrophe). The first must end in a plural
// common noun ("Actors'", a word news writes in lower case, glued to its
// apostrophe, a space after it), neither be a place nor known to the
// gazetteer, and the second must not end in a legal form: "General Motors'
// Hughes Aircraft Co" is a company's subsidiary, not one name. It filters
// ms in place (see joinPairs) and reports whether it joined any.
func (st *docState) joinPluralPossessives(ms []mention) ([]mention, bool) {
	return st.joinPairs(ms, func(prev, m mention) bool {
		toks := st.tokens[m.sent]
		if prev.sent != m.sent || prev.t1+1 != m.t0 || prev.kind != KindOrg || m.kind != KindOrg ||
			prev.known || m.known || prev.place || m.place {
			return false
		}
		apo, before, last := toks[prev.t1], toks[prev.t1-1], toks[m.t1-1].Text
		return (apo.Text == "'" || apo.Text == "\u2019") && apo.Span.Start == before.Span.End &&
			apo.Span.End < toks[m.t0].Span.Start && strings.HasSuffix(before.Text, "s") &&
			st.e.model.WrittenInLowerCase(before.Text) && st.e.model.IsOrgWord(last) && !cue.Default().LegalForm(last)
	})
}

// complementWords are the words that join an organisation's head to the
// rest of its name ("Royal Society for the Protection of Birds", "Board
// of Deputies of British Jews", "Leeds Grammar School for Boys").
var complementWords = map[string]bool{"of": true, "for": true, "on": true}

// joinComplements joins an organisation to the name the tagger split off
// after "of", "for" or "on" (with "the" between or not): "[Royal
// Society] for the [Protection of Birds]", "[Board of Deputies] of
// [British Jews]". The first must be able to take a complement
// (complementHead); the second must be an organisation's name or another
// name the tagger did not type as a person or a place, neither known to
// the gazetteer (then it is an organisation of its own: "the Council of
// the European Union") nor ending in a legal form (the firm whose board
// the first is). It filters ms in place (see joinPairs) and reports
// whether it joined any.
func (st *docState) joinComplements(ms []mention, roles *cue.Table) ([]mention, bool) {
	return st.joinPairs(ms, func(prev, m mention) bool {
		if prev.sent != m.sent || prev.kind != KindOrg || m.kind != KindOrg && m.kind != KindUnknown ||
			m.known || prev.place || m.place || prev.via != ViaName || m.via != ViaName {
			return false
		}
		toks := st.tokens[m.sent]
		if prev.t1 >= m.t0 {
			return false
		}
		return afterComplementWord(toks, prev.t1, m.t0) == m.t0 && st.complementHead(toks[prev.t0:prev.t1], roles) &&
			!roles.LegalForm(toks[m.t1-1].Text)
	})
}

// afterComplementWord returns the token after the "of", "for" or "on" at
// token k of toks and a "the" after it that stands before limit; -1 when
// token k is none of them.
func afterComplementWord(toks []text.Token, k, limit int) int {
	if k >= len(toks) || !complementWords[toks[k].Text] {
		return -1
	}
	if k++; k < limit && k < len(toks) && toks[k].Text == "the" {
		k++
	}
	return k
}

// complementHead reports whether an organisation's name may take a
// complement after "of", "for" or "on" (joinComplements,
// untaggedComplements): one of its words heads organisation names
// ("Society", "Board", "School") and none is a legal form (a company's "of"
// gives its seat: "Acme Pharmaceuticals of Springfield", "Acme Oil Corp of
// Japan").
func (st *docState) complementHead(name []text.Token, roles *cue.Table) bool {
	head := false
	for _, t := range name {
		if roles.LegalForm(t.Text) {
			return false
		}
		head = head || st.e.model.IsOrgWord(t.Text)
	}
	return head
}

// maxComplement is the number of tokens that untaggedComplements adds to
// an organisation's name at most.
const maxComplement = 8

// innerComplement are the words that may stand inside the complement of
// an organisation's name, between capitalised words ("for the Care of
// Victims of Torture", "of Further and Higher Education").
var innerComplement = map[string]bool{"of": true, "and": true, "for": true, "on": true, "the": true, "&": true}

// untaggedComplements lengthens an organisation's name by the capitalised
// words after "of", "for" or "on" (with "the" between or not) that the
// tagger left out of every name: "[Manchester High School] for Girls",
// "[Council] on Foreign Relations", with the small words between them
// ("[Medical Foundation] for the Care of Victims of Torture"). The
// organisation must be able to take a complement (complementHead); the words, up to
// maxComplement tokens, must end before a word in lower case or a
// punctuation mark (else where the name ends is unclear), and each
// capitalised one be no month, day of the week, given name or name the
// gazetteer knows ("the Commission on Tuesday", "the Committee for
// Europe"). It reports whether it lengthened any, changing ms in place.
func (st *docState) untaggedComplements(ms []mention, roles *cue.Table) ([]mention, bool) {
	changed := false
	for i, m := range ms {
		if m.kind != KindOrg || m.place || m.via != ViaName || !st.complementHead(st.tokens[m.sent][m.t0:m.t1], roles) {
			continue
		}
		toks := st.tokens[m.sent]
		k := afterComplementWord(toks, m.t1, len(toks))
		if k < 0 {
			continue
		}
		end := st.complementEnd(toks, k)
		if end == k || end-k > maxComplement || end < len(toks) && !text.IsLower(toks[end].Text) && !text.IsPunct(toks[end].Text) ||
			i+1 < len(ms) && ms[i+1].sent == m.sent && ms[i+1].t0 < end {
			continue
		}
		if p, ok := st.typedPart(m.sent, m.t0, end, "ORG", false); ok && !p.known {
			p.kind = KindOrg
			ms[i] = p
			changed = true
		}
	}
	return ms, changed
}

// complementEnd returns the end of the capitalised words from token k of
// toks, with the small words between them (innerComplement); k when the
// token at k is none.
func (st *docState) complementEnd(toks []text.Token, k int) int {
	end := k
	for j := k; j < len(toks); {
		if !st.complementWord(toks[j : j+1]) {
			break
		}
		j++
		end = j
		for j < len(toks) && innerComplement[toks[j].Text] {
			j++
		}
	}
	return end
}

// complementWord reports whether the one token of tok may be a word of
// the complement of an organisation's name (untaggedComplements):
// capitalised, no month, day of the week or given name, and unknown to
// the gazetteer.
func (st *docState) complementWord(tok []text.Token) bool {
	w := tok[0].Text
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || text.IsMonth(w) || text.IsWeekday(w) || st.e.lex.IsGivenName(w) {
		return false
	}
	n, _ := st.e.lex.Longest(st.text, tok)
	return n == 0
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

// nerType is the tagger's name of a mention kind.
func nerType(k Kind) string {
	if k == KindPerson {
		return "PER"
	}
	return "ORG"
}

// companyName returns mention m extended back over the title the extractor
// cut from its start when its last word is a company's legal form, or
// when the words with the title begin an organisation's name elsewhere in
// the document: "General Electric Co" is a company, not General "Electric
// Co", and so is "General Electric" in a story that names the company in
// full once.
func (st *docState) companyName(m mention, roles *cue.Table) (mention, bool) {
	toks := st.tokens[m.sent]
	if !m.titled {
		return m, false
	}
	legal := roles.LegalForm(toks[m.t1-1].Text)
	for k := max(0, m.t0-4); k < m.t0; k++ {
		if n, _, ok := st.e.lex.TitleAt(st.text, toks[k:m.t0]); ok && k+n == m.t0 && !text.IsLower(toks[k].Text) {
			if !legal && !st.startsCompanyName(st.text[toks[k].Span.Start:toks[m.t1-1].Span.End], roles) {
				return m, false
			}
			p, ok := st.typedPart(m.sent, k, m.t1, "ORG", false)
			if ok {
				p.kind = KindOrg
			}
			return p, ok
		}
	}
	return m, false
}

// startsCompanyName reports whether name begins a company's name spelled
// out somewhere in the document: followed by at most three more
// capitalised words, the last of them a legal form ("General Motors" of
// "General Motors Corp").
func (st *docState) startsCompanyName(name string, roles *cue.Table) bool {
	for rest := st.text; ; {
		i := strings.Index(rest, name+" ")
		if i < 0 {
			return false
		}
		rest = rest[i+len(name)+1:]
		j := 0
		for word := range strings.FieldsSeq(rest[:min(len(rest), 60)]) {
			if j == 4 {
				break
			}
			j++
			w := strings.TrimRight(word, ".,;:'\")")
			if w == "" || text.IsLower(w) || !text.IsNameStart(w) {
				break
			}
			if roles.LegalForm(w) {
				return true
			}
			if len(w) < len(word) && !strings.HasSuffix(word, ".") {
				break // the name ends at the punctuation
			}
		}
	}
}

// royalName returns a one-word person mention extended back over the royal
// title before it ("Prince Charles", "King Abdullah", "Queen Latifah"): a
// royal is named by title and given name, so the given name alone is no
// surname that a "Ray Charles" elsewhere in the corpus could take, and no
// short form of a "Charles Kennedy" of the same document. After "Royal"
// the whole is an institution ("Royal Trust", not a person "Trust").
func (st *docState) royalName(m mention) (mention, bool) {
	if m.kind != KindPerson || !m.titled {
		return m, false
	}
	toks := st.tokens[m.sent]
	for k := max(0, m.t0-2); k < m.t0; k++ {
		n, t, ok := st.e.lex.TitleAt(st.text, toks[k:m.t0])
		if !ok || k+n != m.t0 {
			continue
		}
		if t.Category != "royal" || text.IsLower(toks[k].Text) {
			return m, false
		}
		// "Royal" itself makes an institution's name, however long
		// ("Royal Mail", "Royal Bank of Canada"), not a person's.
		typ, kind := "PER", KindPerson
		if strings.EqualFold(t.Phrase, "royal") {
			typ, kind = "ORG", KindOrg
		} else if m.t1-m.t0 != 1 {
			return m, false
		}
		p, ok := st.typedPart(m.sent, k, m.t1, typ, false)
		if !ok {
			return m, false
		}
		p.kind = kind
		return p, true
	}
	return m, false
}

// orgHeadBefore returns an organisation mention extended back over the
// head of the name it ends, when the tagger kept only the part after "of",
// "for" or "on": "Department for [Education and Skills]", "Keller Graduate
// School of [Management Inc]", "Council on [Foreign Relations]", also over
// a first portfolio when the tagger kept only the second after a
// ministry's head word ("Department for Education and [Skills]"). The words
// before the joining word
// must be capitalised and end in a head word of organisation names
// (cue.Table.OrgWord: "Department", "School", "Society", "Bank").
func (st *docState) orgHeadBefore(m mention, roles *cue.Table) (mention, bool) {
	if m.kind != KindOrg || m.t0 < 2 {
		return m, false
	}
	toks := st.tokens[m.sent]
	join := m.t0 - 1
	if m.t1-m.t0 == 1 && join >= 3 && toks[join].Text == "and" && portfolioHeads[toks[join-3].Text] &&
		!text.IsLower(toks[join-1].Text) && text.IsNameStart(toks[join-1].Text) {
		// A second portfolio: "Department for Education and [Skills]";
		// not "Bank of England and [Barclays]".
		join -= 2
	}
	// Not "and" alone: "Manchester United and Arsenal" are two names.
	if w := toks[join].Text; w != "of" && w != "for" && w != "on" || join < 1 {
		return m, false
	}
	head := join - 1
	// A legal form ends a company's name: "Divi Hotels NV of Aruba" is
	// where the company is. The head of a law's name counts too: the
	// whole "European Convention on Human Rights" is then a work, not the
	// actor "Human Rights".
	hw := toks[head].Text
	if !roles.OrgWord(hw) && !roles.TailWord(hw) || roles.LegalForm(hw) || text.IsLower(hw) || !text.IsNameStart(hw) {
		return m, false
	}
	j := head
	for j > 0 && j > head-4 && text.IsNameStart(toks[j-1].Text) && !text.IsLower(toks[j-1].Text) && !isArticle(toks[j-1].Text) {
		j--
	}
	p, ok := st.typedPart(m.sent, j, m.t1, "ORG", false)
	if !ok || p.known || p.place || strings.ContainsAny(p.surface, "<([") {
		return m, false
	}
	p.kind = KindOrg
	return p, true
}

// portfolioHeads are the head words of the bodies of a government named
// after their portfolios ("Ministry of Economy and Finance").
var portfolioHeads = map[string]bool{"Department": true, "Ministry": true, "Office": true, "Secretary": true}

// surnamePrefixes are the beginnings of surnames written with a capital
// inside ("McCain", "MacArthur", "DiMaggio", "LaGuardia", "O'Neill"
// has no letter before its apostrophe's capital).
var surnamePrefixes = map[string]bool{"Mc": true, "Mac": true, "Fitz": true, "De": true, "Di": true, "Da": true,
	"Du": true, "Le": true, "La": true, "Van": true, "Von": true, "St": true}

// camelCompound reports whether w is two words run together, each with
// its capital, the first not a surname prefix: "DaimlerChrysler",
// "PepsiCo", "WorldCom"; not "McCain" or "DeLay". Persons' names are not
// written so.
func camelCompound(w string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return !surnamePrefixes[w[:i]] && w[0] >= 'A' && w[0] <= 'Z'
		}
	}
	return false
}

// documentNouns are the nouns of the texts a government or parliament
// makes, which news capitalises after "the" for the one the story is
// about ("MPs voted for the Bill", "the Budget was praised"): no actor.
var documentNouns = map[string]bool{"Bill": true, "Budget": true, "Act": true, "Treaty": true, "Directive": true,
	"Constitution": true, "Manifesto": true, "Charter": true}

// genericNouns are common nouns for a kind of body or event that news
// capitalises but that name no one on their own: "the U.K. Government",
// "a General Election", "The Department said" (see resolveShortForms).
var genericNouns = map[string]bool{"Government": true, "Administration": true, "Cabinet": true, "Ministry": true,
	"Department": true, "Committee": true, "Commission": true, "Council": true, "Board": true, "Bank": true,
	"Exchange": true, "Association": true, "Court": true, "Party": true, "Union": true, "Election": true,
	"Agency": true, "Authority": true, "Office": true, "Institute": true, "Federation": true, "Company": true,
	"Corporation": true}

// isArticle reports whether w is an article, capitalised or not, which
// opens a phrase before a name but is no part of it.
func isArticle(w string) bool {
	switch w {
	case "the", "The", "a", "A", "an", "An", "THE":
		return true
	}
	return false
}

// peerName returns a one-word person mention extended back over the
// peer's style before it ("Lord Bingham", "Baroness Scotland"): news names
// a peer so, and a reader looks for "Lord Carlile", not "Carlile" (the
// graph still joins the style to the surname across documents: see
// PeerStyle). The style stays off when the surname is a person the
// gazetteer knows ("Lord Cameron" is David Cameron) or the document names
// someone in full with it ("Charles Falconer … Lord Falconer"): the bare
// surname then joins that person, as before.
func (st *docState) peerName(m mention) (mention, bool) {
	if m.kind != KindPerson || !m.titled || m.t0 == 0 {
		return m, false
	}
	toks := st.tokens[m.sent]
	if !peerTitles[toks[m.t0-1].Text] {
		return m, false
	}
	roles := cue.Default()
	end := m.t1
	if m.t1-m.t0 == 1 {
		if e, ok := designationEnd(toks, m.t1, roles); ok {
			end = e // "Lord Nicholls of Birkenhead"
		}
	} else if e, ok := designationEnd(toks, m.t0+1, roles); !ok || e != m.t1 {
		return m, false // not "[Kinnock of Bedwellty]" after "Baron"
	}
	surname := toks[m.t0].Text
	if _, ok := st.e.lex.Person(surname); ok {
		return m, false
	}
	sk := lexicon.NameKey(surname)
	for _, o := range st.mentions {
		if o.kind == KindPerson && o.t1-o.t0 > 1 && lexicon.NameKey(st.tokens[o.sent][o.t1-1].Text) == sk {
			if _, peer := PeerStyle(o.name); !peer {
				return m, false
			}
		}
	}
	p, ok := st.typedPart(m.sent, m.t0-1, end, "PER", false)
	if !ok {
		return m, false
	}
	p.kind = KindPerson
	return p, true
}

// peerDesignations mends the mentions around the territorial designation
// of a peer ("of Birkenhead" in "Lord Nicholls of Birkenhead"), which
// names the peerage, not an actor: a mention inside it goes, and a person
// mention before it covers it, so that a verb after the designation finds
// its speaker. A person span the tagger ran over it ("[Kinnock of
// Bedwellty]") that peerName did not name as a peer, because the gazetteer
// or the document names the person in full, is cut to the surname, which
// then joins that person. It reports whether it changed anything. It
// filters ms in place, as joinPairs does.
func (st *docState) peerDesignations(ms []mention, roles *cue.Table) ([]mention, bool) {
	changed := false
	out := ms[:0]
	for _, m := range ms {
		toks := st.tokens[m.sent]
		if e, ok := designationEnd(toks, m.t0-1, roles); ok && m.t1 <= e {
			changed = true
			continue
		}
		if m.kind == KindPerson && !m.place && m.t0 > 0 && m.t1-m.t0 > 2 {
			if e, ok := designationEnd(toks, m.t0+1, roles); ok && e == m.t1 {
				if p, ok := st.typedPart(m.sent, m.t0, m.t0+1, "PER", true); ok {
					if !p.known {
						p.kind = KindPerson
					}
					m, changed = p, true
				}
			}
		}
		if m.kind == KindPerson && !m.place {
			if e, ok := designationEnd(toks, m.t1, roles); ok {
				m.t1, changed = e, true
			}
		}
		out = append(out, m)
	}
	return out, changed
}

// cutAtBracket returns mention m cut before an opening bracket inside it
// ("Electric Co <GE": a ticker or a gloss follows the name); ok is false
// when m holds no bracket. A cut that leaves no name gives the zero
// mention with ok true and t1 == 0.
func (st *docState) cutAtBracket(m mention) (mention, bool) {
	toks := st.tokens[m.sent]
	for k := m.t0 + 1; k < m.t1; k++ {
		if w := toks[k].Text; w == "<" || w == "(" || w == "[" {
			if bracketedPlaceAt(toks, k, cue.Default()) == m.t1 {
				return m, false // "Nikko Securities Co (Europe) Ltd" (bracketedPlaceNames)
			}
			p, ok := st.typedPart(m.sent, m.t0, k, nerType(m.kind), m.titled)
			if !ok {
				return mention{}, true
			}
			p.kind, p.titled = m.kind, m.titled
			return p, true
		}
	}
	return m, false
}

// insideTitle reports whether mention m lies inside a title of the
// gazetteer that starts before it ("Exchequer" of "Chancellor of the
// Exchequer"): a title names a role, not the body of its words.
func (st *docState) insideTitle(m mention) bool {
	toks := st.tokens[m.sent]
	for j := m.t0 - 1; j >= 0 && j >= m.t0-maxTitleLead; j-- {
		if n, _, ok := st.e.lex.TitleAt(st.text, toks[j:]); ok && j+n >= m.t1 {
			return true
		}
	}
	return false
}

// maxTitleLead is the number of words of a title before a mention inside
// it that insideTitle reads ("Chancellor of the").
const maxTitleLead = 4

// placesPartyMember reports whether mention m is a party's member noun
// after the place he or she comes from ("Illinois Democrat", "New Mexico
// Republican"): how news describes a legislator, not the name of a body.
func (st *docState) placesPartyMember(m mention) bool {
	toks := st.tokens[m.sent]
	if m.t1-m.t0 < 2 || !st.e.lex.IsPartyMember(toks[m.t1-1].Text) {
		return false
	}
	place := st.text[toks[m.t0].Span.Start:toks[m.t1-2].Span.End]
	return slices.ContainsFunc(st.e.lex.Lookup(place), func(e lexicon.Entry) bool {
		return e.Kind == KindUnknown || e.Kind == KindState && e.Via == ViaName
	})
}

// afterPrefix reports whether mention m is glued by a hyphen to a
// lower-case word before it ("anti-Semitism", "non-EU"): the whole is a
// word of the language, and the capitalised part is no actor the
// gazetteer does not know.
func (st *docState) afterPrefix(m mention) bool {
	toks := st.tokens[m.sent]
	if m.t0 < 2 || toks[m.t0-1].Text != "-" {
		return false
	}
	p, h := toks[m.t0-2], toks[m.t0-1]
	return p.Span.End == h.Span.Start && h.Span.End == toks[m.t0].Span.Start && text.IsLower(p.Text)
}

// cutMonth returns mention m without its last word when that word is a
// month that a day or a year follows ("Qtr Jan 31", "Payable April one")
// or an abbreviated month that is no name ("New York Dec", "Sept"): in
// news a name does not end in a date. A month after a given name stays
// ("Theresa May 2"). The mention returned has t1 == 0 when nothing of it
// is left; ok is false when m does not end in such a month.
func (st *docState) cutMonth(m mention) (mention, bool) {
	if m.t1-m.t0 < 2 {
		return m, false
	}
	toks := st.tokens[m.sent]
	last := toks[m.t1-1].Text
	if !text.IsMonth(last) {
		return m, false
	}
	dated := m.t1 < len(toks) && dayOrYear(toks[m.t1].Text)
	if !dated && !abbreviatedMonth(last) || st.e.lex.IsGivenName(toks[m.t1-2].Text) && !abbreviatedMonth(last) {
		return m, false
	}
	if p, ok := st.typedPart(m.sent, m.t0, m.t1-1, nerType(m.kind), m.titled); ok && (p.known || p.t1-p.t0 > 1 || st.wordElsewhere(p)) {
		if !p.known {
			p.kind = m.kind
		}
		return p, true
	}
	return mention{}, true // "Qtr Jan 31", "Payable April one": the label of a table's row, no name
}

// wordElsewhere reports whether the one word of mention p stands
// capitalised elsewhere in the document, other than before a month or at
// the start of a sentence: then the document names something so
// ("Reagan Jan 5" in a story about Reagan), else the word is the label
// of a row of figures ("Qtr Jan 31", "Payable April one").
func (st *docState) wordElsewhere(p mention) bool {
	return st.capitalisedInside(st.tokens[p.sent][p.t0].Text, func(si, k int) bool {
		toks := st.tokens[si]
		return si == p.sent && k == p.t0 || k+1 < len(toks) && text.IsMonth(toks[k+1].Text)
	})
}

// cutPostNominal cuts the letters after a person's name that say a seat
// or an honour ("Peter Ainsworth MP", "Tom McCabe MSP", "Jane Corran
// KC", "Mary Smith OBE"): the tagger takes them into the name when a
// comma follows, and the person would be an actor apart from the one
// named without them. Only a name of two words or more before the
// letters is cut, and only as the tagger wrote them (capitals).
func (st *docState) cutPostNominal(m mention) (mention, bool) {
	if m.t1-m.t0 < 3 || m.kind != KindPerson {
		return m, false
	}
	if !postNominals[st.tokens[m.sent][m.t1-1].Text] {
		return m, false
	}
	if p, ok := st.typedPart(m.sent, m.t0, m.t1-1, "PER", m.titled); ok {
		if !p.known {
			p.kind = KindPerson
		}
		return p, true
	}
	return m, false
}

// postNominals are the letters written after a person's name for a seat
// in a legislature (MP, MSP, MEP, MLA, AM, TD) or an honour or rank of the
// bar (QC, KC, OBE, MBE, CBE, KBE, JP).
var postNominals = map[string]bool{"MP": true, "MSP": true, "MEP": true, "MLA": true, "AM": true, "TD": true,
	"QC": true, "KC": true, "OBE": true, "MBE": true, "CBE": true, "KBE": true, "JP": true}

// abbreviatedMonth reports whether w is a month's abbreviation that is
// neither a word nor a given name ("Sept", "Dec."; not "Jan", "Mar",
// "May").
func abbreviatedMonth(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "FEB", "APR", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC":
		return true
	}
	return false
}

// dayOrYear reports whether w can be the day or the year of a date after
// a month: a number ("31", "1987") or a number word up to ten ("one").
func dayOrYear(w string) bool { return numberOrWord(w) }

// numberOrWord reports whether w is a number ("31", "1/4") or a number
// word up to ten ("one"), as news writes small numbers.
func numberOrWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch strings.ToLower(w) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}
