package query

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/graph"
)

// The evidence of a tie that changed: the sentences that say what changed.
// Of the tie's sentences in the period that shows the change (the later
// for ties that appeared or strengthened, the earlier for the others),
// those whose words are most over-represented against the other period's
// sentences of the same tie are given, one per document. A word weighs
// the z statistic of the two-proportion test between the shares of the
// two periods' sentences that hold it, when it is at least 1.96 (a
// difference at the 5 % level) and the word, of three letters or more, is
// in at least minKeySentences sentences of the period; a sentence scores
// the sum of the weights of its distinct words. Frequent words that
// changed much (the tariffs of a trade war) thus outweigh rare ones, and
// words as common in both periods weigh nothing. Sentences already given
// (reprinted stories) are not repeated.
const minKeySentences = 3

// tieSentences returns every sentence of edge e of q (-1: none).
func tieSentences(q *Graph, e int) []graph.Evidence {
	if e < 0 {
		return nil
	}
	edge := q.Edges[e]
	all := slices.Clone(edge.Evidence())
	for _, r := range edge.Refs() {
		all = append(all, r.Evidence())
	}
	return all
}

// tieEvidence gives the ties of the lists their evidence, reading the
// sentences of every tie in one pass over the sources of each graph.
func (c *comparison) tieEvidence(lists ...[]TieChange) {
	srcB := NewSources(c.b.Graph, c.b.Base, corpus.Options{Stdin: c.b.Stdin})
	srcA := NewSources(c.a.Graph, c.a.Base, corpus.Options{Stdin: c.a.Stdin})
	var needB, needA []graph.Evidence
	for _, l := range lists {
		for _, t := range l {
			needB = append(needB, tieSentences(c.b, t.eb)...)
			needA = append(needA, tieSentences(c.a, t.ea)...)
		}
	}
	srcB.Load(needB...)
	srcA.Load(needA...)
	for _, l := range lists {
		for i := range l {
			t := &l[i]
			shown, other := tieSentences(c.a, t.ea), tieSentences(c.b, t.eb)
			q, src, osrc := c.a, srcA, srcB
			if t.Change < 0 || t.ea < 0 {
				shown, other = other, shown
				q, src, osrc = c.b, srcB, srcA
			}
			t.Evidence = distinctive(q, src, osrc, shown, other, c.opts.Evidence)
		}
	}
}

// distinctive returns up to n sentences of shown, one per document, whose
// words set them most apart from other (see above).
func distinctive(q *Graph, src, osrc *Sources, shown, other []graph.Evidence, n int) []Evidence {
	texts := make([]string, len(shown))
	words := map[string]int{}
	for i, ev := range shown {
		texts[i], _ = src.Text(ev)
		for w := range sentenceWords(texts[i]) {
			words[w]++
		}
	}
	otherWords := map[string]int{}
	for _, ev := range other {
		t, _ := osrc.Text(ev)
		for w := range sentenceWords(t) {
			otherWords[w]++
		}
	}
	weight := keyWeights(words, otherWords, len(shown), len(other))
	order := make([]int, len(shown))
	score := make([]float64, len(shown))
	for i := range shown {
		order[i] = i
		score[i] = sentenceScore(texts[i], weight)
	}
	slices.SortStableFunc(order, func(x, y int) int {
		if score[x] != score[y] {
			if score[x] > score[y] {
				return -1
			}
			return 1
		}
		return strings.Compare(q.Documents[shown[x].Doc].ID, q.Documents[shown[y].Doc].ID)
	})
	var picked []graph.Evidence
	used, said := map[int]bool{}, map[string]bool{}
	for _, i := range order {
		if len(picked) == n {
			break
		}
		if ev := shown[i]; !used[ev.Doc] && !said[texts[i]] {
			used[ev.Doc], said[texts[i]] = true, true
			ev.Text = texts[i]
			picked = append(picked, ev)
		}
	}
	return q.Evidences(picked)
}

// sentenceScore returns the sum of the weights of the distinct words of a
// sentence, added in word order: a float sum in map order differs in its
// last bits from run to run, and so did the order of sentences that
// score the same.
func sentenceScore(text string, weight map[string]float64) float64 {
	score := 0.0
	for _, w := range slices.Sorted(maps.Keys(sentenceWords(text))) {
		score += weight[w]
	}
	return score
}

// sentenceWords returns the distinct words of three letters or more of a
// sentence, in lower case.
func sentenceWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(f)) >= 3 {
			out[strings.ToLower(f)] = true
		}
	}
	return out
}

// keyWeights returns the weight of each word of the shown sentences (see
// above): words holds the number of the n shown sentences with each word,
// other the number of the m other ones.
func keyWeights(words, other map[string]int, n, m int) map[string]float64 {
	weight := map[string]float64{}
	na, nb := float64(n), float64(m)
	for w, k := range words {
		if k < minKeySentences || nb == 0 {
			continue
		}
		pa, pb := float64(k)/na, float64(other[w])/nb
		p := (float64(k) + float64(other[w])) / (na + nb)
		if se := math.Sqrt(p * (1 - p) * (1/na + 1/nb)); se > 0 {
			if z := (pa - pb) / se; z >= 1.96 {
				weight[w] = z
			}
		}
	}
	return weight
}
