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
//
// So are the mentions of a state or of its treasury that only name the
// state's debt securities ("Treasury bills", "U.S. Treasury bonds", "the
// yield on Treasury securities", "Japanese government bonds"): the
// Treasury issues them, but a price or a yield quoted on them says
// nothing of the Treasury (Reuters 1987: about 200 such mentions of the
// U.S. Treasury, a third of the actor's).
func (st *docState) dropCurrencies() {
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		if m.kind == KindState && !m.place && (m.via == ViaName || m.via == ViaDemonym) && (st.namesCurrency(m) || st.namesSecurities(m, true)) {
			continue
		}
		if m.kind == KindOrg && m.t1 > m.t0 && strings.EqualFold(st.tokens[m.sent][m.t1-1].Text, "Treasury") && st.namesSecurities(m, false) {
			continue
		}
		if !m.known && m.via == ViaName && (st.currencyAfterDemonym(m) || drawingRights(m.name)) {
			continue
		}
		kept = append(kept, m)
	}
	clear(st.mentions[len(kept):])
	st.mentions = kept
}

// currencyAfterDemonym reports whether mention m is a capitalised
// currency's name right after a state's name or demonym that the tagger
// read apart ("the Swiss Franc", "Deutsche Mark", "Japanese Yen").
func (st *docState) currencyAfterDemonym(m mention) bool {
	w := strings.ToLower(m.surface)
	if m.t1-m.t0 != 1 || m.t0 == 0 || !currencyWords[w] && !demonymCurrencyWords[w] {
		return false
	}
	prev := st.tokens[m.sent][m.t0-1].Text
	if prev == "Deutsche" || prev == "Deutsch" {
		return true
	}
	return slices.ContainsFunc(st.e.lex.Lookup(prev), func(e lexicon.Entry) bool { return e.Kind == KindState })
}

// drawingRights reports whether name is the International Monetary Fund's
// unit of account, the Special Drawing Right, which the tagger reads as a
// name ("40.9 mln Special Drawing Rights"): money, not an actor.
func drawingRights(name string) bool {
	switch strings.TrimPrefix(name, "Special ") {
	case "Drawing Right", "Drawing Rights":
		return true
	}
	return false
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

// namesSecurities reports whether the words after mention m name debt
// securities: "bills", "bonds", "notes", "yields" … after a treasury
// ("Treasury bills", but not "the Treasury notes that …"); after a
// state's name or demonym only the words that are no verb ("U.S. bonds",
// "Japanese securities"; "Japan notes" and "the U.S. yields" are a
// state acting), or any of them after "government" ("Japanese
// government bills"). Not before a noun of the securities trade ("British
// securities firms", "U.S. securities laws": the state says whose they
// are). The word must be written in lower case: "U.S. Securities and
// Exchange Commission" is a body's name.
func (st *docState) namesSecurities(m mention, state bool) bool {
	toks := st.tokens[m.sent]
	j := m.t1
	if j >= len(toks) {
		return false
	}
	if state && toks[j].Text == "government" {
		j++
	}
	if j >= len(toks) || j+1 < len(toks) && (securityTrade[toks[j+1].Text] || toks[j+1].Text == "that") {
		return false // "British securities firms", "U.S. securities laws", "the Treasury notes that"
	}
	w := toks[j].Text
	return securityNouns[w] || securityWords[w] && (!state || j > m.t1)
}

// securityTrade are the nouns after which a security's word names a
// trade, its firms or its laws ("British securities firms", "South Korean
// securities houses", "U.S. securities laws"), where a state's name or
// demonym says whose they are.
var securityTrade = map[string]bool{
	"firm": true, "firms": true, "house": true, "houses": true, "company": true, "companies": true,
	"industry": true, "law": true, "laws": true, "regulation": true, "regulations": true,
	"regulators": true, "analyst": true, "analysts": true, "dealer": true, "dealers": true,
	"trader": true, "traders": true, "business": true, "group": true, "unit": true, "arm": true,
}

// securityNouns are the words, in lower case, that name a state's debt
// securities after its name, its demonym or its treasury's name and are
// no verbs.
var securityNouns = map[string]bool{"bond": true, "bonds": true, "securities": true, "gilts": true}

// securityWords are the words, in lower case, that name debt securities
// after a treasury's name or "government" and may also be verbs.
var securityWords = map[string]bool{
	"bill": true, "bills": true, "note": true, "notes": true, "yield": true, "yields": true,
	"paper": true, "futures": true,
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
