package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// periodQueries are the query and output commands whose output on a period
// of a graph must equal their output on a graph built from the period's
// articles alone; every command gets -g GRAPH and the period's flags.
var periodQueries = [][]string{
	{"actors", "--json"},
	{"actors", "--type", "person", "--json"},
	{"rank", "--by", "pagerank", "--json"},
	{"rank", "--by", "betweenness", "--json"},
	{"rank", "--by", "degree", "--layer", "stance", "--json"},
	{"communities", "--json"},
	{"communities", "--signed", "--layer", "combined", "--json"},
	{"neighbors", "Japan", "--json"},
	{"evidence", "Japan", "United States", "--json"},
	{"evidence", "Japan", "United States", "--all", "--json"},
	{"paths", "Japan", "China", "--json"},
	{"statements", "--json"},
	{"statements", "--target", "Japan", "--json"},
	{"timeline", "--by", "day", "--json"},
	{"timeline", "Japan", "--by", "week", "--json"},
	{"timeline", "Japan", "United States", "--json"},
	{"export", "--format", "json"},
	{"export", "--format", "graphml"},
	{"export", "--format", "csv"},
	{"render", "--format", "dot", "-o", "-", "--layout", "circo"},
}

// samePeriodAnswers checks that every query on full with the period's
// --since/--until answers as on part, a graph built from the period alone.
func samePeriodAnswers(t *testing.T, full, part string, since, until string, queries [][]string) {
	t.Helper()
	for _, q := range queries {
		name := strings.Join(q, " ")
		args := append([]string{q[0], "-g", full, "--since", since, "--until", until}, q[1:]...)
		gotOut, gotErr, gotCode := runCLI(t, args...)
		wantOut, wantErr, wantCode := runCLI(t, append([]string{q[0], "-g", part}, q[1:]...)...)
		if gotCode != wantCode || gotOut != wantOut || gotErr != wantErr {
			t.Errorf("%s..%s: %s: on the full graph (exit %d, %d bytes, %q) differs from the period's build (exit %d, %d bytes, %q):\n%s",
				since, until, name, gotCode, len(gotOut), clip(gotErr, 200), wantCode, len(wantOut), clip(wantErr, 200), firstDiff(gotOut, wantOut))
		}
	}
}

// firstDiff shows the first line where two outputs differ.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(la), len(lb)); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  got  %s\n  want %s", i+1, clip(x, 300), clip(y, 300))
		}
	}
	return ""
}

// TestPeriodEqualsBuildOfPeriod checks, on the dated example articles,
// that for three periods every query of the full graph with --since and
// --until gives what the same query gives on a graph built from only that
// period's articles (duplicate folding off on both).
func TestPeriodEqualsBuildOfPeriod(t *testing.T) {
	dir := t.TempDir()
	articles := filepath.Join("..", "..", "examples", "dated")
	full := filepath.Join(dir, "full.json")
	mustRun(t, "build", articles, "--keep-duplicates", "-q", "-o", full)
	for i, p := range [][2]string{{"2025-01", "2025-01"}, {"2025-02-01", "2025-02-20"}, {"2025-02-10", "2025-03-31"}} {
		part := filepath.Join(dir, fmt.Sprintf("part%d.json", i))
		mustRun(t, "build", articles, "--keep-duplicates", "-q", "--since", p[0], "--until", p[1], "-o", part)
		samePeriodAnswers(t, full, part, p[0], p[1], periodQueries)
	}
}

// TestPeriodEqualsBuildOfPeriodReuters is the same check on the Reuters
// archive of 1987 (../shared; skipped when absent or with -short).
func TestPeriodEqualsBuildOfPeriodReuters(t *testing.T) {
	reuters := filepath.Join("..", "..", "..", "shared", "data", "reuters21578", "reuters.jsonl")
	if _, err := os.Stat(reuters); err != nil {
		t.Skipf("Reuters archive not available (%v): ../shared is not beside the repository", err)
	}
	if testing.Short() {
		t.Skip("builds the Reuters archive (about a minute); not with -short")
	}
	dir := t.TempDir()
	full := filepath.Join(dir, "full.json")
	mustRun(t, "build", reuters, "--keep-duplicates", "-q", "-o", full)
	queries := [][]string{
		{"actors", "--json"}, {"rank", "--by", "pagerank", "--json"}, {"communities", "--json"},
		{"neighbors", "Japan", "--json"}, {"evidence", "Japan", "United States", "--json"},
		{"paths", "Japan", "Brazil", "--json"}, {"statements", "--speaker", "Japan", "--json"},
		{"timeline", "Japan", "--by", "day", "--json"}, {"export", "--format", "json"},
	}
	for i, p := range [][2]string{{"1987-02", "1987-02"}, {"1987-06-01", "1987-06-15"}, {"1987-10", "1987-10"}} {
		part := filepath.Join(dir, fmt.Sprintf("part%d.json", i))
		mustRun(t, "build", reuters, "--keep-duplicates", "-q", "--since", p[0], "--until", p[1], "-o", part)
		samePeriodAnswers(t, full, part, p[0], p[1], queries)
	}
}
