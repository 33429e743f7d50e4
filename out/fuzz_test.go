package out

import (
	"strings"
	"testing"
)

// FuzzExportNames writes graphs whose names come from the fuzzer in every
// data format and as diagram DOT, and checks that each output still
// parses: XML for GraphML and GEXF, CSV with no formula cells, JSON, and
// DOT through gonum's parser. The input is split into names at "|".
func FuzzExportNames(f *testing.F) {
	for _, name := range hostileNames() {
		f.Add(name + "|" + name + "x")
	}
	f.Add("Vladimir Putin|Steve Witkoff|Russia")
	f.Fuzz(func(t *testing.T, in string) {
		names := strings.Split(in, "|")
		if len(names) > 50 {
			names = names[:50]
		}
		checkExports(t, namedGraph(names))
	})
}
