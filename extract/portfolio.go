package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// portfolioWords are the capitalised titles after which a party's name is
// a minister's field: "Labour Minister Almir Pazzianotto", "the Labour
// Ministry", "Social Affairs and Labour Minister Philippe Seguin".
var portfolioWords = map[string]bool{"Minister": true, "Ministers": true, "Ministry": true, "Department": true, "Secretary": true}

// fieldWords are the words after which a name the gazetteer does not know
// is a minister's field, not an organisation: "the Civil Aviation
// minister", "the Labour and Social Affairs ministry".
var fieldWords = map[string]bool{"minister": true, "ministers": true, "ministry": true, "Minister": true, "Ministers": true, "Ministry": true}

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
		return m.t1 < len(toks) && fieldWords[toks[m.t1].Text] && !st.e.model.IsOrgWord(toks[m.t1-1].Text)
	}
	st.mentions = slices.DeleteFunc(st.mentions, field)
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
