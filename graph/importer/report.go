package importer

import (
	"fmt"
	"math"
)

// Options say how imported weights become the graph's whole-number
// weights. The zero value refuses fractional weights.
type Options struct {
	// Scale multiplies every weight before it is checked (0 means 1):
	// weights 0.1, 0.25 with Scale 100 become 10 and 25.
	Scale float64
	// Round rounds a fractional weight up (0.2 becomes 1, 2.5 becomes 3)
	// instead of refusing it; Report.Rounded counts them.
	Round bool
}

// Report says what an import changed or left out, so that nothing is
// dropped without a word.
type Report struct {
	// SelfLoops counts edges (and stance edges) from a node to itself,
	// left out: the graph has no ties of an actor with itself.
	SelfLoops int
	// Rounded counts fractional weights rounded up (Options.Round).
	Rounded int
	// Hyperedges counts GraphML <hyperedge> elements, left out: the graph
	// has ties between two actors only.
	Hyperedges int
	// Renamed lists GraphML nodes whose name another node already had:
	// they are kept apart, named "NAME (ID)".
	Renamed []string
}

// Dropped reports whether the import left anything out.
func (r Report) Dropped() bool { return r.SelfLoops > 0 || r.Hyperedges > 0 }

// Lines returns the report as sentences for the user, none when nothing
// happened.
func (r Report) Lines() []string {
	var out []string
	if r.SelfLoops > 0 {
		out = append(out, fmt.Sprintf("left out %d self-loops (ties of an actor with itself)", r.SelfLoops))
	}
	if r.Hyperedges > 0 {
		out = append(out, fmt.Sprintf("left out %d hyperedges (only ties between two actors are read)", r.Hyperedges))
	}
	if r.Rounded > 0 {
		out = append(out, fmt.Sprintf("rounded up %d fractional weights", r.Rounded))
	}
	for i, n := range r.Renamed {
		if i == 10 {
			out = append(out, fmt.Sprintf("… and %d more nodes renamed", len(r.Renamed)-10))
			break
		}
		out = append(out, "kept apart a node whose name another node had: "+n)
	}
	return out
}

// weight turns an imported weight into the model's whole-number weight:
// finite and positive after scaling, whole (within rounding error) unless
// opts.Round, which rounds it up and reports it.
func (opts Options) weight(w float64) (int, bool, error) {
	if opts.Scale != 0 {
		w *= opts.Scale
	}
	if math.IsNaN(w) || math.IsInf(w, 0) || w <= 0 {
		return 0, false, fmt.Errorf("weight %v must be a positive number", w)
	}
	if w > math.MaxInt32 {
		return 0, false, fmt.Errorf("weight %v too large", w)
	}
	if r := math.Round(w); math.Abs(w-r) <= 1e-9*max(1, r) && r >= 1 {
		return int(r), false, nil
	}
	if !opts.Round {
		return 0, false, fmt.Errorf("weight %v is not a whole number: actorgraph counts ties in whole numbers; multiply the weights (import --scale) or round them up (import --round)", w)
	}
	return int(math.Ceil(w)), true, nil
}
