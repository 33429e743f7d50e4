package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestExcludeAndGraphFiles checks that an excluded file (a build's own
// output) is left out without a skip, and that other graph files are
// skipped as graph files whatever their name.
func TestExcludeAndGraphFiles(t *testing.T) {
	dir := t.TempDir()
	graph := "{\n\"format\": \"actorgraph-graph/1\",\n\"window\": \"sentence\",\n\"nodes\": []\n}\n"
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Talks\n\nPutin met Macron.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "out.json"), []byte(graph), 0o644)
	os.WriteFile(filepath.Join(dir, "other.json"), []byte(graph), 0o644)
	os.WriteFile(filepath.Join(dir, "noext"), []byte(graph), 0o644)
	os.WriteFile(filepath.Join(dir, "lines.jsonl"), []byte(graph), 0o644)
	c := Open([]string{dir}, Options{Exclude: []string{filepath.Join(dir, "out.json"), filepath.Join(dir, "missing.json")}})
	defer c.Close()
	items, _ := listItems(t, c)
	want := []string{
		"doc " + filepath.Join(dir, "a.txt") + " | Talks | Putin met Macron.",
		"skip " + filepath.Join(dir, "lines.jsonl") + " graph-file",
		"skip " + filepath.Join(dir, "noext") + " graph-file",
		"skip " + filepath.Join(dir, "other.json") + " graph-file",
	}
	if !slices.Equal(items, want) {
		t.Errorf("items:\n%q\nwant:\n%q", items, want)
	}
}
