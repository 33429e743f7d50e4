package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// portfolioWords are the capitalised titles after which a party's name is
// a minister's field: "Labour Minister Almir Pazzianotto", "the Labour
// Ministry", "Social Affairs and Labour Minister Philippe Seguin".
var portfolioWords = map[string]bool{"Minister": true, "Ministers": true, "Ministry": true, "Department": true, "Secretary": true}

// dropPortfolioParties drops the mentions of a party that are the field of
// a ministry ("Labour Ministry", "Economy and Labour Minister"): a
// one-word gazetteer party name right before a capitalised title of a
// minister or a ministry, in a document that names the party nowhere
// else. A British story that names the Labour Party writes "Labour
// minister" for one of its ministers and names the party elsewhere too.
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
	var fields, others map[string]bool
	for _, m := range st.mentions {
		if portfolio(m) {
			if fields == nil {
				fields = map[string]bool{}
			}
			fields[m.name] = true
		} else if m.known {
			if others == nil {
				others = map[string]bool{}
			}
			others[m.name] = true
		}
	}
	if len(fields) == 0 {
		return
	}
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool { return portfolio(m) && !others[m.name] })
}
