package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenSeeds compares what `extract --json` and `build` write on the
// reference articles with testdata/golden (rewrite with -update after an
// intended change). The article text itself is not copied into the
// repository: every sentence, title and quote in the output is replaced by
// its length in bytes, and paths by the file name, so the golden files
// show which actors, statements, ties and offsets the tool produced.
func TestGoldenSeeds(t *testing.T) {
	seeds := filepath.Join(sharedDir(t), "corpus", "seeds")
	dir := t.TempDir()
	g := filepath.Join(dir, "seeds.graph.json")
	mustRun(t, "build", seeds, "-o", g, "-q")
	graphData, err := os.ReadFile(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		out  string
	}{
		{"seeds.extract.jsonl", mustRun(t, "extract", "--json", seeds)},
		{"seeds.graph.json", string(graphData)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := redactLines(tt.out)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", tt.name)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file (go test -update rewrites it after an intended change):\n%s", tt.name, firstLineDiff(got, want))
			}
		})
	}
}

// redactLines redacts every line of JSON (a JSON lines stream, or a graph
// file with one top-level field per line) and indents it for review.
func redactLines(s string) ([]byte, error) {
	var out bytes.Buffer
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		b, err := json.MarshalIndent(redact("", v), "", " ")
		if err != nil {
			return nil, err
		}
		out.Write(b)
		out.WriteByte('\n')
	}
	return out.Bytes(), nil
}

// textKeys are the JSON fields that hold article text.
var textKeys = map[string]bool{"sentence": true, "text": true, "title": true}

// redact replaces article text by its length and paths by file names, also
// inside the keys of short forms.
func redact(key string, v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = redact(k, e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = redact(key, e)
		}
		return x
	case string:
		switch {
		case textKeys[key]:
			return fmt.Sprintf("<%d bytes>", len(x))
		case key == "doc" || key == "id" || key == "path":
			return filepath.Base(x)
		case strings.Contains(x, "\x1f"):
			// A short form's key: the name, U+001F and the document's
			// ID (a path).
			name, doc, _ := strings.Cut(x, "\x1f")
			return name + "\x1f" + filepath.Base(doc)
		}
	}
	return v
}

// firstLineDiff shows the first line where got and want differ.
func firstLineDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n  got  %s\n  want %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}
