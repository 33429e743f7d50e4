package extract

import (
	"slices"
	"strings"
)

// cueVerbs maps the verbs that introduce a stated position to the polarity
// they carry on their own (0: a neutral report).
var cueVerbs = map[string]int{
	"said": 0, "says": 0, "say": 0, "told": 0, "tells": 0, "added": 0, "adds": 0, "stated": 0,
	"announced": 0, "noted": 0, "confirmed": 0, "stressed": 0, "emphasized": 0, "emphasised": 0,
	"insisted": 0, "argued": 0, "suggested": 0, "claimed": 0, "declared": 0, "described": 0,
	"characterized": 0, "characterised": 0, "acknowledged": 0, "mentioned": 0, "explained": 0,
	"urged": 0, "called": 0, "asked": 0, "wrote": 0, "reported": 0, "framed": 0, "expressed": 0,
	"warned": -1, "cautioned": -1, "rejected": -1, "denied": -1, "accused": -1, "criticised": -1,
	"criticized": -1, "condemned": -1, "dismissed": -1, "refused": -1, "threatened": -1, "slammed": -1,
	"praised": 1, "welcomed": 1, "hailed": 1, "endorsed": 1, "supported": 1, "backed": 1, "agreed": 1,
	"thanked": 1, "applauded": 1,
}

// polarityWords shift the polarity of a statement whose cue is neutral.
var polarityWords = map[string]int{
	"optimistic": 1, "progress": 1, "agreement": 1, "agreed": 1, "welcome": 1, "support": 1,
	"constructive": 1, "productive": 1, "ready": 1, "willingness": 1, "hope": 1, "positive": 1,
	"commitment": 1, "collaboration": 1, "good": 1, "great": 1, "successful": 1,
	"reject": -1, "rejected": -1, "criticism": -1, "threat": -1, "oppose": -1, "opposed": -1,
	"skeptical": -1, "skepticism": -1, "sceptical": -1, "premature": -1, "unacceptable": -1,
	"against": -1, "hinder": -1, "aggression": -1, "war": 0, "surrender": -1, "undermine": -1,
	"concern": -1, "concerns": -1, "alarmed": -1, "erosion": -1, "invasion": -1,
}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "without": true}

// issueKeys maps words to the short issue keys statements are grouped by.
var issueKeys = []struct{ word, issue string }{
	{"peace plan", "peace plan"}, {"peace deal", "peace plan"}, {"peace framework", "peace plan"},
	{"framework", "peace plan"}, {"peace", "peace plan"},
	{"ceasefire", "ceasefire"}, {"truce", "ceasefire"},
	{"NATO", "NATO membership"},
	{"territory", "territory"}, {"territorial", "territory"}, {"land", "territory"},
	{"sanction", "sanctions"},
	{"security guarantee", "security guarantees"},
	{"visit", "visit"}, {"talks", "talks"}, {"negotiat", "talks"}, {"meeting", "talks"},
	{"tariff", "trade"}, {"trade", "trade"},
}

// statements finds stated positions: a cue verb or "according to" with a
// speaker actor next to it, the other actors of the sentence as targets.
func (st *docState) statements(actors []*resolvedActor) []Statement {
	bySent := map[int][]int{}
	for i, m := range st.mentions {
		if m.actorIndex >= 0 {
			bySent[m.sent] = append(bySent[m.sent], i)
		}
	}
	out := []Statement{}
	for si, toks := range st.tokens {
		ms := bySent[si]
		if len(ms) == 0 || len(toks) == 0 {
			continue
		}
		speaker, cue, cuePol := -1, "", 0
		for t, tok := range toks {
			w := strings.ToLower(tok.Text)
			pol, ok := cueVerbs[w]
			if w == "according" && t+1 < len(toks) && toks[t+1].Text == "to" {
				ok, w = true, "according to"
			}
			if !ok {
				continue
			}
			if sp := st.speakerNear(ms, t); sp >= 0 {
				speaker, cue, cuePol = sp, w, pol
				break
			}
		}
		if speaker < 0 {
			continue
		}
		spActor := st.mentions[speaker].actorIndex
		var targets []string
		for _, mi := range ms {
			a := st.mentions[mi].actorIndex
			if a == spActor {
				continue
			}
			if n := actors[a].name; !slices.Contains(targets, n) {
				targets = append(targets, n)
			}
		}
		if targets == nil {
			targets = []string{}
		}
		s := st.sentences[si]
		out = append(out, Statement{Speaker: actors[spActor].name, Cue: cue,
			Polarity: polarity(toks, cuePol), Targets: targets, Issue: issueOf(st.text[s.Start:s.End]),
			Text: st.text[s.Start:s.End], Span: s.Span, SentenceIndex: si})
	}
	return out
}

// speakerNear returns the mention that speaks through the cue at token t:
// the closest actor mention ending before t within six tokens (the
// subject), else the first one starting within three tokens after it
// ("said Yuri Ushakov").
func (st *docState) speakerNear(ms []int, t int) int {
	best := -1
	for _, mi := range ms {
		m := st.mentions[mi]
		if m.t1 <= t && t-m.t1 <= 6 {
			best = mi
		}
	}
	if best >= 0 {
		return best
	}
	for _, mi := range ms {
		m := st.mentions[mi]
		if m.t0 > t && m.t0-t <= 3 {
			return mi
		}
	}
	return -1
}

// polarity combines the cue's polarity with the polarity words of the
// sentence, flipping words that follow a negation closely.
func polarity(toks []Token, cuePol int) int {
	if cuePol != 0 {
		return cuePol
	}
	sum := 0
	for i, tok := range toks {
		p := polarityWords[strings.ToLower(tok.Text)]
		if p == 0 {
			continue
		}
		for k := max(0, i-3); k < i; k++ {
			if negations[strings.ToLower(toks[k].Text)] {
				p = -p
				break
			}
		}
		sum += p
	}
	switch {
	case sum > 0:
		return 1
	case sum < 0:
		return -1
	}
	return 0
}

// issueOf returns the issue key of the first issue word in the sentence.
func issueOf(s string) string {
	best, at := "", len(s)+1
	lower := strings.ToLower(s)
	for _, k := range issueKeys {
		var i int
		if strings.ToUpper(k.word) == k.word {
			i = strings.Index(s, k.word)
		} else {
			i = strings.Index(lower, k.word)
		}
		if i >= 0 && i < at {
			best, at = k.issue, i
		}
	}
	return best
}
