package ner

// Score counts entity-level exact matches for one entity type, as conlleval
// does.
type Score struct {
	Type                string // "PER", "LOC", "ORG", "MISC", or "ALL" for PER+LOC+ORG
	Gold, Pred, Correct int
}

// Precision returns Correct/Pred (0 when nothing was predicted).
func (s Score) Precision() float64 { return ratio(s.Correct, s.Pred) }

// Recall returns Correct/Gold (0 when there is no gold entity).
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate compares predicted with gold tag sequences (one per sentence) and
// returns the scores of PER, LOC, ORG, MISC and ALL, where ALL counts PER,
// LOC and ORG only (MISC read as O, as actorgraph's benchmark does).
// Sentences of different lengths are compared over their common prefix.
func Evaluate(gold, pred [][]Tag) []Score {
	out := []Score{{Type: "PER"}, {Type: "LOC"}, {Type: "ORG"}, {Type: "MISC"}, {Type: "ALL"}}
	idx := map[string]int{"PER": 0, "LOC": 1, "ORG": 2, "MISC": 3}
	for s := range gold {
		if s >= len(pred) {
			break
		}
		g, p := gold[s], pred[s]
		n := min(len(g), len(p))
		ge, pe := Entities(g[:n]), Entities(p[:n])
		type key struct {
			start, end int
			typ        string
		}
		set := make(map[key]bool, len(ge))
		for _, e := range ge {
			set[key{e.Start, e.End, e.Type}] = true
			out[idx[e.Type]].Gold++
			if e.Type != "MISC" {
				out[4].Gold++
			}
		}
		for _, e := range pe {
			out[idx[e.Type]].Pred++
			if e.Type != "MISC" {
				out[4].Pred++
			}
			if set[key{e.Start, e.End, e.Type}] {
				out[idx[e.Type]].Correct++
				if e.Type != "MISC" {
					out[4].Correct++
				}
			}
		}
	}
	return out
}
