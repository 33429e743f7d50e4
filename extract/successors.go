package extract

// predecessorsNamed reads, in an undated document, a successor state's or
// organisation's mentions as its predecessor's when the document names
// the predecessor in its body and the successor by its own name only in
// its headline, if at all: a 1987 wire story headed "German Money Growth
// Steady" whose body speaks of "West German central bank money" means
// West Germany throughout, and one about "the Soviet Union" in which
// "Moscow said" or "Russian diplomats agreed" means the Soviet Union, as a
// dated story would by its day (inTime). The demonyms, capitals and seats
// the two share name either; the successor's own name in the body ("when
// Ukraine was part of the Soviet Union …, many fear in Russia") tells
// that the story looks back from today, and then both stay. An alias that
// describes the body in common words ("Scottish ministers", "the Scottish
// government") is no own name: beside "the Scottish Executive" it is the
// Executive.
func (st *docState) predecessorsNamed() {
	if !st.day.IsZero() {
		return
	}
	type tally struct{ body, ownBody int }
	counts := map[string]*tally{}
	for _, m := range st.mentions {
		if !m.known || m.kind != KindState && m.kind != KindOrg || st.inHeadline(m.sent) {
			continue
		}
		t := counts[m.name]
		if t == nil {
			t = &tally{}
			counts[m.name] = t
		}
		t.body++
		if m.via == ViaName && !st.lowerWordIn(m) {
			t.ownBody++
		}
	}
	rename := map[string]string{}
	for i := range st.mentions {
		name := st.mentions[i].name
		if _, done := rename[name]; done || !st.mentions[i].known {
			continue
		}
		pred, ok := st.e.lex.PredecessorOf(name)
		if !ok {
			continue
		}
		if p, t := counts[pred], counts[name]; p != nil && p.body > 0 && (t == nil || t.ownBody == 0) {
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
