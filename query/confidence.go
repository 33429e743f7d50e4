package query

import "github.com/actorgraph/actorgraph/graph"

// confidentEnough reports whether a confidence c passes the threshold
// min; 0 means the graph file does not record it, which passes.
func confidentEnough(c, min float64) bool {
	return min <= 0 || c == 0 || c >= min
}

// confidentStances returns a copy of g without the stance edges less sure
// than min (g itself when min <= 0). Only the stance list is new; the rest
// is shared with g.
func confidentStances(g *graph.Graph, min float64) *graph.Graph {
	if min <= 0 {
		return g
	}
	cp := *g
	cp.Stances = make([]graph.Stance, 0, len(g.Stances))
	for _, s := range g.Stances {
		if confidentEnough(s.Confidence, min) {
			cp.Stances = append(cp.Stances, s)
		}
	}
	return &cp
}

// targetStances returns the per-target polarities of s; a graph file
// that does not record them gives every target the statement's polarity.
func (q *Graph) targetStances(s graph.Statement) []TargetStance {
	out := make([]TargetStance, len(s.Targets))
	per := len(s.TargetPolarity) == len(s.Targets) && len(s.TargetConfidence) == len(s.Targets)
	for i, t := range s.Targets {
		out[i] = TargetStance{Target: q.Nodes[t].Name, Polarity: s.Polarity, Confidence: s.Confidence}
		if per {
			out[i].Polarity, out[i].Confidence = s.TargetPolarity[i], s.TargetConfidence[i]
		}
	}
	return out
}

// StanceTowards returns the polarity of statement s towards the actor
// named target, and whether target is one of its targets.
func (s Statement) StanceTowards(target string) (TargetStance, bool) {
	for _, t := range s.Stances {
		if t.Target == target {
			return t, true
		}
	}
	return TargetStance{}, false
}
