package out

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "update golden files")

// checkGolden compares got with testdata/name, or rewrites the file with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update after checking:\n%s", name, lineDiff(string(want), string(got)))
	}
}

// lineDiff shows the first lines that differ.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(wl), len(gl)) && shown < 8; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			fmt.Fprintf(&b, "line %d\n  want: %s\n  got:  %s\n", i+1, w, g)
			shown++
		}
	}
	return b.String()
}

func TestExportGolden(t *testing.T) {
	g := smallGraph()
	for _, f := range []Format{FormatJSON, FormatGraphML, FormatGEXF, FormatCSV, FormatDOT} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Export(&buf, g, f); err != nil {
				t.Fatalf("Export(%s) = %v", f, err)
			}
			name := "small." + string(f)
			if f == FormatCSV {
				name = "small.edges.csv"
			}
			checkGolden(t, name, buf.Bytes())
		})
	}
	t.Run("csv-pair", func(t *testing.T) {
		var nodes, edges bytes.Buffer
		if err := ExportCSV(&nodes, &edges, g); err != nil {
			t.Fatalf("ExportCSV = %v", err)
		}
		checkGolden(t, "small.nodes.csv", nodes.Bytes())
		checkGolden(t, "small.edges.csv", edges.Bytes())
	})
}

func TestDiagramDOTGolden(t *testing.T) {
	g := smallGraph()
	d := DiagramFrom(g, []float64{0.4, 0.3, 0.1, 0.2}, []int{0, 1, -1, 0})
	d.SizeBy = "pagerank"
	d.Title = "Small graph"
	d.Note = "hand-made for the tests"
	var buf bytes.Buffer
	if err := WriteDOT(&buf, d, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "small.diagram.dot", buf.Bytes())

	d.HighlightPath([]int{1, 3})
	buf.Reset()
	if err := WriteDOT(&buf, d, RenderOptions{Layout: "neato"}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "small.path.dot", buf.Bytes())
}
