package build

import (
	"math"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
)

// Confidence of stance edges. Each statement gives its targets a polarity
// and a confidence c (package statement). A stance edge adds up evidence
// weights w = round(1000 · −ln(1 − c)) per polarity, integers so that the
// sum does not depend on the order of the merge, and its confidence is
// 1 − exp(−W/1000) = 1 − Π(1 − c): the noisy-or of its statements, the
// probability that at least one of them is right if they err
// independently. Several statements of one sign make an edge surer than
// any one of them; contradicting statements do not lower it, but they
// change the sign that is drawn (Net) and so which statements count.

// maxConfidence caps a confidence before its weight is taken, so that one
// statement cannot make an edge certain.
const maxConfidence = 0.999

// confWeight returns the evidence weight of a confidence c in [0, 1].
func confWeight(c float64) int64 {
	c = max(0, min(c, maxConfidence))
	return int64(math.Round(-1000 * math.Log1p(-c)))
}

// confOf turns a summed evidence weight back into a confidence, rounded
// to three decimals.
func confOf(w int64) float64 {
	return math.Round(1000*-math.Expm1(-float64(w)/1000)) / 1000
}

// stanceConfidence returns the confidence of the stance s as drawn: of
// its positive statements when Net > 0, of its negative ones when Net <
// 0, of all of them when Net is 0.
func stanceConfidence(s *stanceAcc) float64 {
	switch n := s.pos - s.neg; {
	case n > 0:
		return confOf(s.conf[2])
	case n < 0:
		return confOf(s.conf[0])
	}
	return confOf(s.conf[0] + s.conf[1] + s.conf[2])
}

// targetStance returns the polarity and the confidence of statement s
// towards its i-th target: from Stances when the extraction gives them,
// else the statement's own.
func targetStance(s extract.Statement, i int) (int, float64) {
	if i < len(s.Stances) && s.Stances[i].Target == s.Targets[i] {
		return sign(s.Stances[i].Polarity), s.Stances[i].Confidence
	}
	return sign(s.Polarity), s.Confidence
}

// sortTargets sorts a statement's target keys and keeps the polarities
// and confidences beside them.
func sortTargets(keys []string, pol []int, conf []float64) {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	k2, p2, c2 := slices.Clone(keys), slices.Clone(pol), slices.Clone(conf)
	for i, j := range idx {
		keys[i], pol[i], conf[i] = k2[j], p2[j], c2[j]
	}
}

// finalTargets returns the node IDs of the targets of s, without the
// speaker sp and duplicates (two keys may have merged into one node; the
// surer polarity stays), sorted, with their polarities and confidences.
// Statements read from older records have no per-target values; the
// lists then stay nil.
func finalTargets(s stmtAcc, sp int, nodeOf func(string) int) ([]int, []int, []float64) {
	per := len(s.tpol) == len(s.targets) && len(s.tconf) == len(s.targets)
	type tgt struct {
		id   int
		pol  int
		conf float64
	}
	var ts []tgt
	for i, t := range s.targets {
		n := nodeOf(t)
		if n == sp || n < 0 {
			continue // the speaker, or not an actor
		}
		x := tgt{id: n, pol: s.polarity, conf: s.conf}
		if per {
			x.pol, x.conf = s.tpol[i], s.tconf[i]
		}
		if j := slices.IndexFunc(ts, func(y tgt) bool { return y.id == n }); j >= 0 {
			if x.conf > ts[j].conf {
				ts[j] = x
			}
			continue
		}
		ts = append(ts, x)
	}
	slices.SortFunc(ts, func(a, b tgt) int { return a.id - b.id })
	targets := make([]int, len(ts))
	var pols []int
	var confs []float64
	if per {
		pols, confs = make([]int, len(ts)), make([]float64, len(ts))
	}
	for i, x := range ts {
		targets[i] = x.id
		if per {
			pols[i], confs[i] = x.pol, x.conf
		}
	}
	return targets, pols, confs
}
