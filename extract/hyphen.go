package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// joinHyphens makes hyphenated names whole. The tokenizer splits
// "Kilroy-Silk" into "Kilroy" "-" "Silk", and the tagger may tag the parts
// as two entities of different types, or only one of them ("Wal-Mart",
// "Lewis-Francis"). Two mentions that touch a hyphen with no space between
// become one, and a mention that touches a hyphen and a capitalised word
// that is no mention takes the word in. Gazetteer names are left alone:
// "Trump-Putin talks" and "Franco-German" name two actors; so are two
// organisations ("the Chelsea-Arsenal match"), unless the document names
// one organisation so ("Borg-Warner Corp" beside "Borg-Warner said").
func (st *docState) joinHyphens() {
	if len(st.mentions) == 0 {
		return
	}
	// Hyphenated names the tagger found whole ("Borg-Warner Corp",
	// "Robert Kilroy-Silk"): two organisations across a hyphen that start
	// or end one of them are its short form ("Borg-Warner said", "Mr
	// Kilroy-Silk" tagged as two organisations), not two actors.
	var whole []string
	for _, m := range st.mentions {
		if (m.kind == KindOrg || m.kind == KindPerson) && strings.Contains(m.surface, "-") {
			whole = append(whole, m.surface)
		}
	}
	out := st.mentions[:0]
	for i := 0; i < len(st.mentions); i++ {
		m := st.mentions[i]
		if (m.known || m.place) && st.letterBefore(m) {
			// "T-Mobile" is no "Mobile", whatever the gazetteer
			// knows by the word: a letter and a hyphen make a new
			// name, a company's.
			m.t0 -= 2
			m.span.Start = st.tokens[m.sent][m.t0].Span.Start
			m.surface = st.text[m.span.Start:m.span.End]
			m.name, m.kind, m.known, m.place, m.affil, m.via, m.joined = cleanName(m.surface), KindOrg, false, false, "", ViaName, true
		}
		if m.known && m.kind == KindPerson && m.t1-m.t0 == 1 && st.hyphenAt(m.sent, m.t1) &&
			st.writtenAfterName(st.text[m.span.Start:st.tokens[m.sent][m.t1+1].Span.End]) {
			// A gazetteer surname that opens a double-barrelled name the
			// document writes after a given name somewhere
			// ("Schroeder-Hohenwarth said" after "Hanns Christian
			// Schroeder-Hohenwarth") is that name's.
			m.name, m.known, m.affil = cleanName(m.surface), false, ""
		}
		if !m.known && !m.place {
			// Forwards: the mention ends at a hyphen.
			for {
				toks := st.tokens[m.sent]
				k := m.t1
				if st.givenSyllableAt(&m, k) {
					m.t1 = k + 2 // "Moon Jae-in": a Korean given name's second syllable
					m.span.End = toks[m.t1-1].Span.End
					m.joined = true
					break
				}
				if !st.hyphenAt(m.sent, k) {
					break
				}
				if i+1 < len(st.mentions) && st.mentions[i+1].sent == m.sent && st.mentions[i+1].t0 == k+1 {
					n := st.mentions[i+1]
					// A place the gazetteer does not know after a person's
					// name is the second part of a surname the tagger took
					// for a place ("Mansoor Mohi-Uddin").
					unknownPlace := n.place && !n.known && m.kind == KindPerson
					// A name the document writes whole elsewhere
					// ("Owens-Illinois Inc" beside "Owens-Illinois said")
					// joins across a place the gazetteer knows as well.
					inWhole := startsOneOf(whole, st.text[m.span.Start:n.span.End]) || st.gluedOnly(m, n)
					// A one-word name joined to a state's or a province's
					// ("Petro-Canada", "Hydro-Quebec", the first part read
					// as a company or a man) is a company, whatever the
					// gazetteer knows the place as; not a given name
					// ("Marie-France").
					companyOfPlace := (m.kind == KindOrg || m.kind == KindPerson && !st.e.lex.IsGivenName(m.surface)) &&
						m.t1-m.t0 == 1 && n.t1-n.t0 == 1 && n.known && (n.place || n.kind == KindState) &&
						!combiningForms[m.surface] && !allCaps(m.surface)
					if companyOfPlace {
						m.kind = KindOrg
					} else if (n.known || n.place && !unknownPlace) && !inWhole || m.kind == KindOrg && n.kind == KindOrg && !inWhole {
						break // "Manchester United-Arsenal match": two teams
					}
					m.t1 = n.t1
					m.titled = m.titled || n.titled
					i++
				} else {
					m.t1 = k + 2
				}
				m.span.End = toks[m.t1-1].Span.End
				m.joined = true
			}
			// Backwards: a gazetteer person's one-word surname and a
			// hyphen before a company's name ("Petro" of "Petro-Lewis
			// Corp", "Kurz" of "Kurz-Kasch Inc") are the company's.
			if n := len(out); n > 0 && m.kind == KindOrg && m.t0 >= 2 && st.hyphenAt(m.sent, m.t0-1) &&
				cue.Default().LegalForm(st.tokens[m.sent][m.t1-1].Text) {
				if p := out[n-1]; p.sent == m.sent && p.t1 == m.t0-1 && p.t1-p.t0 == 1 && p.known && p.kind == KindPerson {
					out = out[:n-1]
				}
			}
			// Backwards: a place the gazetteer does not know and a
			// hyphen before a company's name ("Borg" of "Borg-Warner
			// Corp", which the tagger read as a place) are the company's;
			// so is a town or a capital it knows before a name that ends
			// in a legal form or a body's word ("Amsterdam-Rotterdam Bank
			// NV": two cities in a bank's name, no voice of a state).
			if n := len(out); n > 0 && m.kind == KindOrg && m.t0 >= 2 && st.hyphenAt(m.sent, m.t0-1) {
				if p := out[n-1]; p.sent == m.sent && p.t1 == m.t0-1 && p.t1-p.t0 == 1 &&
					(p.place && !p.known || (p.place || p.via == ViaSeat) && cue.Default().OrgWord(st.tokens[m.sent][m.t1-1].Text)) {
					out = out[:n-1]
				}
			}
			// Backwards: a capitalised word and a hyphen before the
			// mention that no mention holds ("Wal" of "Wal-Mart").
			for m.t0 >= 2 && st.hyphenAt(m.sent, m.t0-1) && !st.partyAndState(m) && (len(out) == 0 || out[len(out)-1].sent != m.sent || out[len(out)-1].t1 <= m.t0-2) {
				m.t0 -= 2
				m.span.Start = st.tokens[m.sent][m.t0].Span.Start
				m.joined = true
			}
			// A given name right before a double-barrelled surname whose
			// first part the tagger left out because the document also
			// uses it as a common word ("Daniel Day-Lewis" where "a day"
			// occurs: "Daniel" and "Lewis" tagged, "Day" not) is the
			// same person's.
			if n := len(out); m.joined && m.kind == KindPerson && n > 0 {
				p := out[n-1]
				if p.sent == m.sent && p.t1 == m.t0 && p.kind == KindPerson && !p.known && !p.place {
					m.t0, m.span.Start = p.t0, p.span.Start
					m.titled = m.titled || p.titled
					out = out[:n-1]
				}
			}
			if m.joined {
				m.surface = st.text[m.span.Start:m.span.End]
				m.name = cleanName(m.surface)
			}
		}
		out = append(out, m)
	}
	st.mentions = slices.Clip(slices.DeleteFunc(out, func(m mention) bool {
		return st.wholePartyAndState(m) || !m.known && st.initialismsJoined(m.surface) || !m.known && m.t0 >= 3 && st.hyphenAt(m.sent, m.t0-1) && (st.tokens[m.sent][m.t0-3].Text == "(" || st.tokens[m.sent][m.t0-3].Text == ",") && st.partyAndState(m)
	}))
}

// combiningForms are the first parts of compound adjectives of two
// peoples or states ("Anglo-French", "Sino-Soviet"), which a tagger may
// read as a name.
var combiningForms = map[string]bool{"Anglo": true, "Franco": true, "Sino": true, "Russo": true, "Euro": true,
	"Afro": true, "Indo": true, "Austro": true, "Greco": true, "Italo": true, "Judeo": true, "Hispano": true,
	"Luso": true, "Turco": true, "Nippo": true, "Irano": true, "Germano": true,
	// and the prefixes of such adjectives and of regions ("Pan-European",
	// "Mid-Atlantic", "Inter-American", "Trans-Siberian")
	"Pan": true, "Mid": true, "Inter": true, "Trans": true, "Intra": true, "Anti": true, "Pro": true, "Post": true,
	"Pre": true, "Ex": true, "Non": true, "Sub": true, "Cross": true, "North": true, "South": true, "East": true,
	"West": true, "Central": true}

// hyphenAt reports whether token k of sentence si is a hyphen that joins
// the word before it to a capitalised word after it with no space on
// either side.
func (st *docState) hyphenAt(si, k int) bool {
	toks := st.tokens[si]
	if k <= 0 || k+1 >= len(toks) || toks[k].Text != "-" {
		return false
	}
	prev, next := toks[k-1], toks[k+1]
	if prev.Span.End != toks[k].Span.Start || toks[k].Span.End != next.Span.Start {
		return false
	}
	return text.IsNameStart(next.Text) && !text.IsLower(next.Text) && text.IsNameStart(prev.Text) && !text.IsLower(prev.Text)
}

// letterBefore reports whether mention m follows a capital letter alone
// and a hyphen, with no space between them and the mention ("T-Mobile",
// "E-Trade"), unless they give a legislator's party and state
// (partyAndState).
func (st *docState) letterBefore(m mention) bool {
	if m.t0 < 2 || !st.hyphenAt(m.sent, m.t0-1) {
		return false
	}
	w := st.tokens[m.sent][m.t0-2].Text
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && !st.partyAndState(m)
}

// partyAndState reports whether mention m is the state of a legislator's
// party and state ("Robert Dole (R-Kan.)", "Dan Glickman, D-Kan.,"): a D,
// an R or an I and a hyphen before it, an opening bracket or a comma
// before those, or a full stop, a comma or a closing bracket after it.
func (st *docState) partyAndState(m mention) bool {
	toks := st.tokens[m.sent]
	if m.t0 < 2 || len(toks[m.t0-2].Text) != 1 || !strings.Contains("DRI", toks[m.t0-2].Text) {
		return false
	}
	return m.t0 >= 3 && (toks[m.t0-3].Text == "(" || toks[m.t0-3].Text == ",") ||
		m.t1 < len(toks) && (toks[m.t1].Text == "." || toks[m.t1].Text == ")" || toks[m.t1].Text == ",")
}

// wholePartyAndState reports whether mention m is itself a legislator's
// party and state that the tagger found whole ("D-Wis" of "William
// Proxmire (D-Wis)"). A state's code the tagger read alone after the
// party's letter ("NC" of "Thom Tillis (R-NC)") is dropped too, unless
// the gazetteer knows it, in brackets or commas: it names where the
// legislator was elected.
func (st *docState) wholePartyAndState(m mention) bool {
	toks := st.tokens[m.sent]
	return m.t1-m.t0 == 3 && toks[m.t0+1].Text == "-" && st.partyAndState(mention{sent: m.sent, t0: m.t0 + 2, t1: m.t1})
}

// givenSyllableAt reports whether token k, just after mention m, is a
// hyphen that joins a lower-case syllable to a name written family name
// first: the second syllable of a Korean given name ("Park Seo-jun",
// "Moon Jae-in"), which hyphenAt does not take because it is not
// capitalised.
func (st *docState) givenSyllableAt(m *mention, k int) bool {
	toks := st.tokens[m.sent]
	if m.t1-m.t0 != 2 || k+1 >= len(toks) || toks[k].Text != "-" {
		return false
	}
	prev, next := toks[k-1], toks[k+1]
	if prev.Span.End != toks[k].Span.Start || toks[k].Span.End != next.Span.Start {
		return false
	}
	if len(next.Text) > 5 || !text.IsLower(next.Text) {
		return false
	}
	// A family name the list lacks ("Rha Woong-bae") still qualifies when
	// both words are short and the syllable is no English word ("Rha
	// Woong-bae", not "Tony Blair-style", "Real Estate-nav").
	if !st.e.lex.IsFamilyFirst(toks[m.t0].Text) &&
		(len(toks[m.t0].Text) > 4 || len(prev.Text) > 6 || st.e.model.IsCommonWord(next.Text) || st.e.lex.IsGivenName(toks[m.t0].Text)) {
		return false
	}
	for i := 0; i < len(next.Text); i++ {
		if c := next.Text[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return text.IsNameStart(prev.Text) && !text.IsLower(prev.Text)
}

// gluedOnly reports whether mentions m and n, one word each and neither
// known to the gazetteer, are the two halves of a name the document
// writes at least twice and only ever glued by a hyphen ("Winn-Dixie
// has filed … Winn-Dixie, once among …"): one company the tagger cut,
// not two teams of a match ("the Chelsea-Arsenal game", whose teams the
// story names on their own as well).
func (st *docState) gluedOnly(m, n mention) bool {
	if m.t1-m.t0 != 1 || n.t1-n.t0 != 1 || m.known || n.known {
		return false
	}
	pair := st.text[m.span.Start:n.span.End]
	if strings.Count(st.text, pair) < 2 {
		return false
	}
	for _, o := range st.mentions {
		if o.t1-o.t0 == 1 && (o.surface == m.surface && !st.hyphenAt(o.sent, o.t1) || o.surface == n.surface && !st.hyphenAt(o.sent, o.t0-1)) {
			return false
		}
	}
	return true
}

// startsOneOf reports whether name is one of names, starts one of them
// before a space ("Borg-Warner" of "Borg-Warner Corp") or ends one after a
// space ("Kilroy-Silk" of "Robert Kilroy-Silk").
func startsOneOf(names []string, name string) bool {
	for _, n := range names {
		if n == name || strings.HasPrefix(n, name+" ") || strings.HasSuffix(n, " "+name) {
			return true
		}
	}
	return false
}

// initialismsJoined reports whether name is two or more abbreviations of
// common nouns joined by hyphens ("CD-ROM", "HD-DVD"): a thing, no actor.
func (st *docState) initialismsJoined(name string) bool {
	if !strings.Contains(name, "-") {
		return false // most names: no split, no allocation
	}
	for p := range strings.SplitSeq(name, "-") {
		if !st.e.lex.IsCommonInitialism(p) {
			return false
		}
	}
	return true
}

// writtenAfterName reports whether the document writes the hyphenated name
// h right after a capitalised word somewhere, as the end of a longer name
// ("Hanns Christian Schroeder-Hohenwarth").
func (st *docState) writtenAfterName(h string) bool {
	for i := 0; ; {
		k := strings.Index(st.text[i:], h)
		if k < 0 {
			return false
		}
		k += i
		if end := k + len(h); k > 1 && st.text[k-1] == ' ' && (end == len(st.text) || st.text[end] != '-') {
			before := st.text[:k-1]
			w := before[strings.LastIndexAny(before, " \n\t")+1:]
			if upperWord(w) && !strings.ContainsAny(w, ".,:;") {
				return true
			}
		}
		i = k + len(h)
	}
}
