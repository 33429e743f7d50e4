package out

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/importer"
)

// FuzzGraphMLRoundTrip writes a graph with fuzzed names as GraphML, reads
// it back with importer.ReadGraphML (the importer of `actorgraph import`) and
// checks that the actors and the co-mention weights survive the trip.
func FuzzGraphMLRoundTrip(f *testing.F) {
	for _, name := range hostileNames() {
		f.Add(name + "|Vladimir Putin")
	}
	f.Add("Vladimir Putin|Steve Witkoff|Russia")
	f.Fuzz(func(t *testing.T, in string) {
		var names []string
		for _, n := range strings.Split(in, "|") {
			// Names as the extractor would give them: clean, unique.
			if c := clean(n); c != "" && !slices.Contains(names, c) && len(names) < 30 {
				names = append(names, c)
			}
		}
		slices.Sort(names)
		g := namedGraph(names)
		var buf bytes.Buffer
		if err := Export(&buf, g, FormatGraphML); err != nil {
			t.Fatalf("Export: %v", err)
		}
		back, err := importer.ReadGraphML(bytes.NewReader(buf.Bytes()), "fuzz.graphml")
		if err != nil {
			t.Fatalf("ReadGraphML of our own GraphML: %v\n%s", err, buf.Bytes())
		}
		var got []string
		for _, n := range back.Nodes {
			got = append(got, n.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, names) {
			t.Fatalf("names after the round trip = %q, want %q", got, names)
		}
		want := map[[2]string]int{}
		for _, e := range g.Edges {
			a, b := names[e.Source], names[e.Target]
			if a > b {
				a, b = b, a
			}
			want[[2]string{a, b}] += e.Weight
		}
		for _, e := range back.Edges {
			a, b := back.Nodes[e.Source].Name, back.Nodes[e.Target].Name
			if a > b {
				a, b = b, a
			}
			if w, ok := want[[2]string{a, b}]; !ok || w != e.Weight {
				t.Fatalf("edge %s–%s weight %d after the round trip, want %d", a, b, e.Weight, w)
			}
		}
		if len(back.Stances) != len(g.Stances) {
			t.Fatalf("%d stances after the round trip, want %d", len(back.Stances), len(g.Stances))
		}
		for i, s := range g.Stances {
			bs := back.Stances[i]
			if back.Nodes[bs.Source].Name != names[s.Source] || back.Nodes[bs.Target].Name != names[s.Target] ||
				bs.Positive != s.Positive || bs.Negative != s.Negative || bs.Neutral != s.Neutral {
				t.Fatalf("stance %+v after the round trip, want %+v", bs, s)
			}
		}
	})
}
