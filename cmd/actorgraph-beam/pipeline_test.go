package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphfile"
	"github.com/actorgraph/actorgraph/query/ingest"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// sharedDir is ../shared beside the repository (this module sits in
// cmd/actorgraph-beam).
func sharedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipping: the shared corpus %s is absent (%v)", dir, err)
	}
	return dir
}

// runBeam runs the pipeline with Prism and imports its table the way
// `actorgraph import --format table` does.
func runBeam(t *testing.T, cfg *Config) (*graph.Graph, Summary) {
	t.Helper()
	if err := cfg.check(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	t.Logf("beam (prism) %v: %.1fs, counters %v", cfg.Inputs, time.Since(start).Seconds(), sum.Counters)
	files, err := filepath.Glob(filepath.Join(cfg.Output, "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no record files in %s (%v)", cfg.Output, err)
	}
	// The table carries its options: the fallback must not be used.
	g, noOptions, err := build.ReadTable(files, build.BuildOptions{Window: build.WindowDocument, MaxEvidence: 1})
	if err != nil {
		t.Fatal(err)
	}
	if noOptions {
		t.Fatal("the table has no options record")
	}
	return g, sum
}

// runBuild is `actorgraph build --keep-duplicates`.
func runBuild(t *testing.T, paths []string, opts build.BuildOptions) *graph.Graph {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	model, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	xopts := extract.DefaultOptions()
	if xopts.Sentiment, err = polarity.Default(); err != nil {
		t.Fatal(err)
	}
	ex := extract.New(lex, model, xopts)
	start := time.Now()
	g, _, err := ingest.Run(context.Background(), paths, ex, ingest.Options{KeepDuplicates: true, Build: opts})
	if err != nil {
		t.Fatalf("ingest.Run: %v", err)
	}
	t.Logf("build %v: %.1fs", paths, time.Since(start).Seconds())
	return g
}

func graphBytes(t *testing.T, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := graphfile.Write(&buf, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// firstDiff describes where two graph files part.
func firstDiff(got, want []byte) string {
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < min(len(gl), len(wl)); i++ {
		if gl[i] != wl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  got  " + gl[i] + "\n  want " + wl[i]
		}
	}
	return "lengths differ: got " + strconv.Itoa(len(gl)) + " lines, want " + strconv.Itoa(len(wl))
}

// TestSameGraphAsBuild is the proof of "one extraction, two engines": the
// Beam pipeline's table, imported, is byte-identical to the graph file of
// `actorgraph build --keep-duplicates` on the same input.
func TestSameGraphAsBuild(t *testing.T) {
	shared := sharedDir(t)
	tests := []struct {
		name   string
		input  string
		window string
		// maxEvidence is the evidence cap (build.DefaultMaxEvidence when 0).
		maxEvidence int
		shards      int
	}{
		{name: "Seeds", input: filepath.Join(shared, "corpus", "seeds"), window: "sentence", shards: 3},
		{name: "SeedsParagraphs", input: filepath.Join(shared, "corpus", "seeds"), window: "paragraph", maxEvidence: 2, shards: 2},
		{name: "BBC", input: filepath.Join(shared, "data", "bbc", "bbc.jsonl"), window: "sentence", shards: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Stat(tt.input); err != nil {
				t.Skipf("skipping: %s is absent", tt.input)
			}
			maxEv := tt.maxEvidence
			if maxEv == 0 {
				maxEv = build.DefaultMaxEvidence
			}
			cfg := &Config{Inputs: []string{tt.input}, Output: t.TempDir(), KeepDuplicates: true,
				Window: tt.window, MaxEvidence: maxEv, Shards: tt.shards}
			got, _ := runBeam(t, cfg)
			want := runBuild(t, []string{tt.input}, build.BuildOptions{Window: build.Window(tt.window), MaxEvidence: maxEv})
			gb, wb := graphBytes(t, got), graphBytes(t, want)
			if len(want.Nodes) == 0 {
				t.Fatalf("build found no actors in %s", tt.input)
			}
			if !bytes.Equal(gb, wb) {
				t.Errorf("beam graph differs from build graph (%d vs %d bytes), first difference at %s",
					len(gb), len(wb), firstDiff(gb, wb))
			}
		})
	}
}

// TestFoldsExactDuplicates checks that without --keep-duplicates the
// pipeline folds the 133 exact copies of the BBC set (SOURCE.md there),
// keeping the copy with the smallest ID.
func TestFoldsExactDuplicates(t *testing.T) {
	shared := sharedDir(t)
	input := filepath.Join(shared, "data", "bbc", "bbc.jsonl")
	if _, err := os.Stat(input); err != nil {
		t.Skipf("skipping: %s is absent", input)
	}
	wantKept := keptIDs(t, input)
	cfg := &Config{Inputs: []string{input}, Output: t.TempDir(), Window: "sentence",
		MaxEvidence: build.DefaultMaxEvidence, Shards: 2}
	g, sum := runBeam(t, cfg)
	if g.Folded != 133 {
		t.Errorf("graph folded = %d, want 133", g.Folded)
	}
	if c, ok := sum.Counters["duplicates_folded"]; ok && c != 133 {
		t.Errorf("duplicates_folded counter = %d, want 133", c)
	}
	var gotKept []string
	for _, d := range g.Documents {
		gotKept = append(gotKept, d.ID)
	}
	if len(gotKept) != len(wantKept) {
		t.Fatalf("graph has %d documents, want %d", len(gotKept), len(wantKept))
	}
	if !slices.Equal(gotKept, wantKept) {
		for i := range gotKept {
			if gotKept[i] != wantKept[i] {
				t.Fatalf("kept documents differ at %d: got %s, want %s", i, gotKept[i], wantKept[i])
			}
		}
	}
}

// keptIDs reads the BBC JSON lines and returns, sorted, the smallest ID of
// every distinct text (an independent check of the folding rule).
func keptIDs(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	first := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		var rec struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		n++
		if id, ok := first[rec.Text]; !ok || rec.ID < id {
			first[rec.Text] = rec.ID
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n-len(first) != 133 {
		t.Fatalf("%s: %d records, %d distinct texts: want 133 exact copies", path, n, len(first))
	}
	ids := make([]string, 0, len(first))
	for _, id := range first {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}
