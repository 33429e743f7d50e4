package extract

// predecessorsNamed reads, in an undated document, a successor state's or
// organisation's name as its predecessor's when the document itself
// names the predecessor in its body and the successor only in its
// headline, which shortens names: a 1987 wire story headed "German Money
// Growth Steady" whose body speaks of "West German central bank money"
// means West Germany throughout, as a dated one would by its day
// (inTime). A document that names the successor in its body too ("when
// Ukraine was part of the Soviet Union …, many fear in Russia") keeps
// both.
func (st *docState) predecessorsNamed() {
	if !st.day.IsZero() {
		return
	}
	type tally struct{ body, headline int }
	counts := map[string]*tally{}
	for _, m := range st.mentions {
		if !m.known || m.kind != KindState && m.kind != KindOrg {
			continue
		}
		t := counts[m.name]
		if t == nil {
			t = &tally{}
			counts[m.name] = t
		}
		if st.inHeadline(m.sent) {
			t.headline++
		} else {
			t.body++
		}
	}
	rename := map[string]string{}
	for name, t := range counts {
		pred, ok := st.e.lex.PredecessorOf(name)
		if !ok {
			continue
		}
		if p := counts[pred]; p != nil && p.body > 0 && t.body == 0 {
			rename[name] = pred
		}
	}
	if len(rename) == 0 {
		return
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if pred, ok := rename[m.name]; ok && m.known {
			m.name = pred
		}
		if pred, ok := rename[m.affil]; ok {
			m.affil = pred
		}
	}
}
