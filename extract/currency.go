package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// dropCurrencies drops the mentions of a state that only name its
// currency: "100 mln U.S. dlrs", "the Swiss franc", "Canadian dollars",
// "the U.S. currency". A figure in a state's money says nothing of the
// state as an actor, and business news writes such figures in almost every
// story (Reuters 1987: "dlrs" in most of its stories). A word that is also
// a verb or a common noun ("won", "mark", "real", "crown") names a
// currency only after the demonym ("South Korean won"; "South Korea won
// the vote" is the state).
func (st *docState) dropCurrencies() {
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		if m.kind == KindState && !m.place && (m.via == ViaName || m.via == ViaDemonym) && st.namesCurrency(m) {
			continue
		}
		kept = append(kept, m)
	}
	clear(st.mentions[len(kept):])
	st.mentions = kept
}

// namesCurrency reports whether the word after mention m is a currency's
// (see dropCurrencies).
func (st *docState) namesCurrency(m mention) bool {
	toks := st.tokens[m.sent]
	if m.t1 >= len(toks) {
		return false
	}
	w := strings.ToLower(toks[m.t1].Text)
	if currencyWords[w] {
		return true
	}
	return m.via == ViaDemonym && demonymCurrencyWords[w]
}

// currencyWords are the names of currencies and their units that follow
// a state's name or demonym only as money.
var currencyWords = map[string]bool{
	"dollar": true, "dollars": true, "dlr": true, "dlrs": true, "cent": true, "cents": true,
	"franc": true, "francs": true, "yen": true, "pound": true, "pounds": true, "sterling": true,
	"peso": true, "pesos": true, "lira": true, "lire": true, "rupee": true, "rupees": true,
	"riyal": true, "riyals": true, "rial": true, "rials": true, "krona": true, "kronor": true,
	"krone": true, "kroner": true, "guilder": true, "guilders": true, "schilling": true, "schillings": true,
	"shekel": true, "shekels": true, "dinar": true, "dinars": true, "dirham": true, "dirhams": true,
	"yuan": true, "renminbi": true, "rouble": true, "roubles": true, "ruble": true, "rubles": true,
	"escudo": true, "escudos": true, "peseta": true, "pesetas": true, "drachma": true, "drachmas": true,
	"ringgit": true, "baht": true, "rupiah": true, "naira": true, "zloty": true, "forint": true,
	"hryvnia": true, "euro": true, "euros": true, "currency": true, "currencies": true,
}

// demonymCurrencyWords are currency names that are also common words:
// money only after a demonym.
var demonymCurrencyWords = map[string]bool{"won": true, "mark": true, "marks": true, "real": true,
	"reais": true, "crown": true, "crowns": true, "rand": true}

// moneyName reports whether the words of a name the tagger read are a
// state's or a place's name or demonym and the name of a currency or its
// unit ("H.K. Dlrs", "Swiss Francs", "N.Z. Dollar"): money, not an actor.
// "Stephen Pound" and "Mr Pound" are people.
func (st *docState) moneyName(words []string) bool {
	n := len(words)
	if n < 2 || !currencyWords[strings.ToLower(words[n-1])] {
		return false
	}
	return slices.ContainsFunc(st.e.lex.Lookup(strings.Join(words[:n-1], " ")), func(e lexicon.Entry) bool {
		return e.Kind == KindState || e.Kind == KindUnknown
	})
}
