package query

import "github.com/actorgraph/actorgraph/graph/network"

// RankOptions configures Rank.
type RankOptions struct {
	By    network.Measure
	Layer network.Layer
	// Top keeps the first Top actors (all when <= 0).
	Top int
	// Samples and Seed are passed to the sampled measures.
	Samples int
	Seed    uint64
}

// Rank is one actor's place in a ranking.
type Rank struct {
	Rank        int     `json:"rank"`
	Name        string  `json:"name"`
	Type        string  `json:"type"`
	Affiliation string  `json:"affiliation,omitempty"`
	Value       float64 `json:"value"`
	ActorID     string  `json:"actor_id,omitempty"`
}

// Ranking is the result of Rank.
type Ranking struct {
	Measure string `json:"measure"`
	Layer   string `json:"layer"`
	// Samples is the number of sampled sources behind an estimated
	// betweenness or closeness (0 when exact).
	Samples int    `json:"samples,omitempty"`
	Scores  []Rank `json:"scores"`
}

// Rank scores every actor by a centrality measure on a layer, highest
// first.
func (q *Graph) Rank(opts RankOptions) (Ranking, error) {
	n := network.Project(q.Graph, opts.Layer)
	copts := network.CentralityOptions{Samples: opts.Samples, Seed: opts.Seed}
	scores, err := network.CentralityContext(q.Context(), n, opts.By, copts)
	if err != nil {
		return Ranking{}, err
	}
	if k := opts.Top; k > 0 && k < len(scores) {
		scores = scores[:k]
	}
	recs := make([]Rank, len(scores))
	for i, s := range scores {
		nd := q.Nodes[s.Node]
		recs[i] = Rank{Rank: i + 1, Name: nd.Name, Type: nd.Type.String(), Affiliation: nd.Affiliation, Value: s.Value, ActorID: nd.ActorID}
	}
	sampled := 0
	if opts.By == network.MeasureBetweenness || opts.By == network.MeasureCloseness {
		sampled = network.SampleSize(n, copts)
	}
	return Ranking{Measure: string(opts.By), Layer: string(opts.Layer), Samples: sampled, Scores: recs}, nil
}
