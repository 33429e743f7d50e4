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
