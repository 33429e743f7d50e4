package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// joinAndCo makes a company of a name followed by "and Co" or "& Co" (and
// any legal forms after it): "Arthur Andersen and Co", "Merck and Co Inc",
// "Kravis Roberts and Co". The tagger often tags the name as a person and
// "Co" apart, and a legal form alone is no name (trimSpans), so the firm
// was the person it is named after. Only that mention changes: "Andersen
// said" elsewhere in the story keeps its own reading. A mention that
// already runs past the "and" (an organisation the tagger read whole)
// is left as it is, and so is a place.
func (st *docState) joinAndCo() {
	legal := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.place || m.kind != KindPerson && m.kind != KindOrg {
			continue
		}
		toks := st.tokens[m.sent]
		k := m.t1
		if k+1 >= len(toks) || toks[k].Text != "and" && toks[k].Text != "&" || !isCo(toks[k+1].Text) {
			continue
		}
		if i+1 < len(st.mentions) && st.mentions[i+1].sent == m.sent && st.mentions[i+1].t0 <= k+1 {
			continue // another name starts at the "Co": not a bare legal form
		}
		end := k + 2
		for end < len(toks) && legal.LegalForm(toks[end].Text) && toks[end-1].Span.End < toks[end].Span.Start {
			end++
		}
		*m = st.orgMention(m.sent, m.t0, end, "")
	}
}

// joinLegalForm makes a company of a name the tagger read as a person's
// when a company's legal form follows it right away ("Sara Lee Corp",
// "A. H. Robins Co", "John Smith Lumber Co", "Robert Halmi Inc"): no
// person's name goes on with "Co", "Inc" or "Ltd", and a legal form alone
// is no name (trimSpans), so the firm was the person it is named after.
// Only that mention changes, as in joinAndCo; a legal form glued to a
// hyphen ("Co-Chairman") or that opens another name is none.
func (st *docState) joinLegalForm() {
	legal := cue.Default()
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.place || m.kind != KindPerson || m.via != ViaName {
			continue
		}
		toks := st.tokens[m.sent]
		end := m.t1
		for end < len(toks) && legal.LegalForm(toks[end].Text) && !text.IsLower(toks[end].Text) && toks[end-1].Span.End < toks[end].Span.Start {
			if end+1 < len(toks) && toks[end+1].Text == "-" && toks[end+1].Span.Start == toks[end].Span.End {
				break // "Co-Chairman"
			}
			end++
		}
		if end == m.t1 || i+1 < len(st.mentions) && st.mentions[i+1].sent == m.sent && st.mentions[i+1].t0 < end {
			continue
		}
		// A legal form that ends the sentence took its full stop
		// ("… of PepsiCo's Taco Bell Corp."): the name has none.
		*m = st.orgMention(m.sent, m.t0, end, strings.TrimSuffix(cleanName(st.text[toks[m.t0].Span.Start:toks[end-1].Span.End]), "."))
	}
}

// isCo reports whether w is "Co" or "Company" as a company's name ends in
// after "and" (with or without a full stop).
func isCo(w string) bool {
	switch w {
	case "Co", "Co.", "Company", "Cos", "Cos.":
		return true
	}
	return false
}
