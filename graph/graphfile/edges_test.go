package graphfile

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// FuzzEdgeList checks that the fast edge decoder agrees with
// encoding/json on any input: same edges when both succeed, an error from
// both otherwise.
func FuzzEdgeList(f *testing.F) {
	for _, s := range []string{
		`[{"source":1,"target":2,"weight":3}]`,
		`[ {"source": 1, "target": 2, "weight": 3, "documents": 4, "evidence": [] } , {"target":5,"source":0,"weight":1}]`,
		`[{"source":1,"target":2,"weight":3,"evidence":[{"doc":0,"sentence":1,"start":2,"end":9,"text":"a \"b\""}]}]`,
		`[{"Source":1,"target":2,"weight":1.0}]`,
		`[{"source":-7,"target":99999999999999999999,"weight":null}]`,
		`[{"sou\u0072ce":1,"extra":{"x":[1,2]},"weight":2}]`,
		`null`, `[]`, `[1,2]`, `{"source":1}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var want []graph.Edge
		errStd := json.Unmarshal(data, &want)
		var got edgeList
		errFast := json.Unmarshal(data, &got)
		if (errStd == nil) != (errFast == nil) {
			t.Fatalf("errors differ on %q: encoding/json %v, fast %v", data, errStd, errFast)
		}
		if errStd != nil {
			return
		}
		if len(want) == 0 && len(got) == 0 {
			return
		}
		if !reflect.DeepEqual([]graph.Edge(got), want) {
			t.Fatalf("decoded %q as %+v, encoding/json gives %+v", data, got, want)
		}
	})
}

// TestAppendFlatEdge checks that the edge writer's fast path gives the
// bytes of json.Marshal, and leaves edges with details to it.
func TestAppendFlatEdge(t *testing.T) {
	for _, tc := range []struct {
		e    graph.Edge
		fast bool
	}{
		{graph.Edge{Source: 1, Target: 2, Weight: 3}, true},
		{graph.Edge{Source: 0, Target: 99999999, Weight: 2147483647, Documents: 4}.With(graph.EdgeText{Evidence: []graph.Evidence{}}), true},
		{graph.Edge{Source: -1, Target: -20, Weight: -3, Documents: -1}, true},
		{graph.Edge{Source: 1, Target: 2, Weight: 1}.With(graph.EdgeText{Evidence: []graph.Evidence{{Doc: 1, Text: "a <b>"}}}), false},
		{graph.Edge{Source: 1, Target: 2, Weight: 1}.With(graph.EdgeText{Refs: []graph.Ref{{Doc: 1}}}), false},
		{graph.Edge{Source: 1, Target: 2, Weight: 1}.With(graph.EdgeText{Days: []graph.DayCount{{Count: 1}}}), false},
		{graph.Edge{Source: 1, Target: 2, Weight: 1}.With(graph.EdgeText{Parts: []graph.EdgePart{{Source: "a"}}}), false},
	} {
		want, err := json.Marshal(&tc.e)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := appendFlatEdge([]byte("x"), tc.e)
		if ok != tc.fast {
			t.Errorf("appendFlatEdge(%s) ok = %v, want %v", want, ok, tc.fast)
		}
		if ok && string(got) != "x"+string(want) {
			t.Errorf("appendFlatEdge = %s, want x%s", got, want)
		}
	}
}
