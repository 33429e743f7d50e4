package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// portfolioWords are the capitalised titles after which a party's name is
// a minister's field: "Labour Minister Almir Pazzianotto", "the Labour
// Ministry", "Social Affairs and Labour Minister Philippe Seguin".
var portfolioWords = map[string]bool{"Minister": true, "Ministers": true, "Ministry": true, "Department": true, "Secretary": true}

// fieldWords are the words after which a name the gazetteer does not know
// is a minister's field, not an organisation: "the Civil Aviation
// minister", "the Labour and Social Affairs ministry".
var fieldWords = map[string]bool{"minister": true, "ministers": true, "ministry": true, "Minister": true, "Ministers": true, "Ministry": true}

// ministerTitleBodies are the last words of the names of bodies: those that have
// ministers of their own ("Cabinet Office minister", "Economic Planning
// Board Minister") and those named beside a minister ("the Commercial
// Bankers Association and Labour Minister X"). Other fields of a minister
// are no organisations, though their words end companies' names too
// ("Energy Minister", "Mines and Energy Minister").
var ministerTitleBodies = map[string]bool{"Office": true, "Board": true, "Council": true, "Committee": true,
	"Commission": true, "Agency": true, "Authority": true, "Cabinet": true, "Bureau": true, "Executive": true,
	"Association": true, "Union": true, "Federation": true, "Institute": true, "Society": true, "Party": true,
	"Bank": true, "Group": true, "Organisation": true, "Organization": true, "Company": true, "Corp": true,
	"Inc": true, "Ltd": true, "Plc": true, "Co": true}

// fieldTitleAfter reports whether a minister's or a ministry's title
// follows token t, at once ("Energy Minister") or after the rest of a
// coordinated field of up to three capitalised words ("Energy [and Mines
// Minister]", "Industry[, Trade and Tourism Minister]").
func fieldTitleAfter(toks []text.Token, t int) bool {
	return fieldBefore(toks, t, fieldWords)
}

// officeWords are fieldWords and the titles that follow a field in the
// United States' cabinet and in other governments' offices: "Agriculture
// Secretary Richard Lyng", "Trade Representative Clayton Yeutter".
var officeWords = map[string]bool{"minister": true, "ministers": true, "Minister": true, "Ministers": true,
	"Secretary": true, "Representative": true}

// officeTitleAfter reports whether the title of a minister or of an
// office held by one person follows token t, at once or after the rest
// of a coordinated field (fieldTitleAfter's rules, with officeWords).
func officeTitleAfter(toks []text.Token, t int) bool {
	return fieldBefore(toks, t, officeWords)
}

// fieldBefore reports whether one of words follows token t, at once or
// after the rest of a coordinated field of up to three capitalised words.
func fieldBefore(toks []text.Token, t int, words map[string]bool) bool {
	if t < len(toks) && words[toks[t].Text] {
		return true
	}
	j := t
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	for n := 0; n < 3 && j < len(toks); n++ {
		w := toks[j].Text
		switch {
		case w == "and" || w == "&" || w == ",":
		case text.IsNameStart(w) && !text.IsLower(w):
			if j+1 < len(toks) && words[toks[j+1].Text] {
				return j > t && toks[j-1].Text != "," // "… and Mines Minister"
			}
		default:
			return false
		}
		j++
	}
	return false
}

// dropPortfolioParties drops the mentions of a party that are the field of
// a ministry ("Labour Ministry", "Economy and Labour Minister"): a
// one-word gazetteer party name right before a capitalised title of a
// minister or a ministry, in a document that names the party nowhere
// else. A British story that names the Labour Party writes "Labour
// minister" for one of its ministers and names the party elsewhere too.
// It also drops the names the gazetteer does not know right before
// "minister" or "ministry" ("the Civil Aviation minister"): a ministry's
// field. A body that has ministers of its own is one the gazetteer knows
// or one whose name ends in a word that heads organisation names ("Cabinet
// Office minister", "Economic Planning Board Minister").
func (st *docState) dropPortfolioParties() {
	portfolio := func(m mention) bool {
		if !m.known || m.kind != KindOrg || m.t1-m.t0 != 1 {
			return false
		}
		toks := st.tokens[m.sent]
		if m.t1 >= len(toks) || !portfolioWords[toks[m.t1].Text] {
			return false
		}
		return slices.ContainsFunc(st.e.lex.Lookup(m.surface), func(e lexicon.Entry) bool { return e.Category == "party" })
	}
	field := func(m mention) bool {
		if m.known || m.kind != KindOrg || m.via != ViaName {
			return false
		}
		toks := st.tokens[m.sent]
		if ministerTitleBodies[toks[m.t1-1].Text] {
			return false
		}
		return fieldTitleAfter(toks, m.t1) || st.secretarysField(m)
	}
	// A state that opens the field is the minister's: "Peruvian [Mines
	// and Energy] Minister" keeps Peru.
	var states []mention
	for _, m := range st.mentions {
		if field(m) {
			if sm, ok := st.stateOpening(m); ok {
				states = append(states, sm)
			}
		}
	}
	st.mentions = slices.DeleteFunc(st.mentions, field)
	if len(states) > 0 {
		st.mentions = append(st.mentions, states...)
		st.sortMentions()
	}
	if !slices.ContainsFunc(st.mentions, portfolio) {
		return
	}
	others := map[string]bool{} // parties the document names elsewhere
	for _, m := range st.mentions {
		if m.known && !portfolio(m) {
			others[m.name] = true
		}
	}
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool { return portfolio(m) && !others[m.name] })
}

// stateOpening returns a mention of the state that the first words of m
// name (a name or a demonym of up to three words, shorter than m), when
// there is one.
func (st *docState) stateOpening(m mention) (mention, bool) {
	toks := st.tokens[m.sent]
	for n := min(3, m.t1-m.t0-1); n >= 1; n-- {
		form := st.text[toks[m.t0].Span.Start:toks[m.t0+n-1].Span.End]
		entries := slices.DeleteFunc(slices.Clone(st.e.lex.Lookup(form)), func(e lexicon.Entry) bool { return e.Kind != KindState })
		if len(entries) > 0 {
			return st.lexMention(m.sent, m.t0, m.t0+n, entries)
		}
	}
	return mention{}, false
}

// secretarysField reports whether the one-word organisation m is the
// field of an office's title right after it ("Commerce Secretary Malcolm
// Baldrige", "Energy Secretary John Herrington", "Trade Representative
// Clayton Yeutter") and nothing more: no state body ("Treasury Secretary"
// names the Treasury), not before "Secretary General" (the body's own
// head), and in a document that names no longer organisation with the
// word and a department's ("the Commerce Department", "the Department of
// Energy"), to which the mention would fold and give its secretary the
// state.
func (st *docState) secretarysField(m mention) bool {
	toks := st.tokens[m.sent]
	if m.t1-m.t0 != 1 || m.t1+1 >= len(toks) || !officeWords[toks[m.t1].Text] || !capitalised(toks[m.t1+1].Text) ||
		toks[m.t1+1].Text == "General" || toks[m.t1+1].Text == "-" || isBodyName(m.surface) {
		return false
	}
	return !slices.ContainsFunc(st.mentions, func(o mention) bool {
		if o.kind != KindOrg || o.t1-o.t0 < 2 {
			return false
		}
		words := strings.Fields(o.name)
		return slices.Contains(words, m.surface) && slices.ContainsFunc(words, func(w string) bool {
			return w == "Department" || w == "Dept" || w == "Ministry"
		})
	})
}
