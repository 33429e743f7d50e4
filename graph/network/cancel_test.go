package network

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/generate"
)

// TestCancel checks that every long analysis stops soon after its context
// is done, with the context's error, on a graph where most would run for
// seconds: the context reaches the loops, not only their start.
func TestCancel(t *testing.T) {
	n := Project(generate.PlantedPartition(30000, 300, 150000, 0.2, 1), LayerComention)
	chain := chainNetwork(200000)
	tests := []struct {
		name string
		run  func(ctx context.Context) error
	}{
		{"betweenness", func(ctx context.Context) error {
			_, err := CentralityValuesContext(ctx, n, MeasureBetweenness, CentralityOptions{Samples: 30000})
			return err
		}},
		{"closeness", func(ctx context.Context) error {
			_, err := CentralityValuesContext(ctx, n, MeasureCloseness, CentralityOptions{Samples: 30000, Workers: 1})
			return err
		}},
		{"pagerank", func(ctx context.Context) error {
			_, err := CentralityValuesContext(ctx, n, MeasurePageRank, CentralityOptions{Tolerance: 1e-300})
			return err
		}},
		{"eigenvector", func(ctx context.Context) error {
			_, err := CentralityValuesContext(ctx, n, MeasureEigenvector, CentralityOptions{Tolerance: 1e-300})
			return err
		}},
		{"louvain", func(ctx context.Context) error {
			_, err := CommunitiesContext(ctx, n, CommunityOptions{})
			return err
		}},
		{"k shortest paths", func(ctx context.Context) error {
			_, err := KShortestPathsContext(ctx, n, 0, n.Len()-1, 100, 0)
			return err
		}},
		{"paths on a long chain", func(ctx context.Context) error {
			_, err := KShortestPathsContext(ctx, chain, 0, chain.Len()-1, 5, 3)
			return err
		}},
	}
	// slack is how long after the deadline a run may take to stop: a
	// few checks apart on an idle machine, more on a loaded one.
	const slack = 900 * time.Millisecond
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			const deadline = 100 * time.Millisecond
			ctx, cancel := context.WithTimeout(context.Background(), deadline)
			defer cancel()
			start := time.Now()
			err := tc.run(ctx)
			d := time.Since(start)
			// A run may finish by itself about when the deadline passes
			// (on a loaded machine): that is no error; one that ignores
			// its context runs for seconds and fails the time check.
			switch {
			case err == nil:
				t.Logf("finished in %v, before it saw the deadline", d)
			case !errors.Is(err, context.DeadlineExceeded):
				t.Errorf("err = %v after %v, want context.DeadlineExceeded", err, d)
			}
			if d > deadline+slack {
				t.Errorf("took %v, %v after the deadline", d, d-deadline)
			}
		})
	}
}

// chainNetwork returns a path graph of n nodes, 0–1–2–…, with unit weights.
func chainNetwork(n int) *Network {
	names := make([]string, n)
	ed := make([]wedge, 0, n-1)
	for i := range names {
		names[i] = "n" + string(rune('a'+i%26)) + itoa(i)
		if i > 0 {
			ed = append(ed, wedge{u: int32(i - 1), v: int32(i), w: 1})
		}
	}
	return fromEdges(names, ed)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
