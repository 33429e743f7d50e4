package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSizeBounds checks that user-controlled sizes outside their
// documented range are usage errors, found at once, before any work.
func TestSizeBounds(t *testing.T) {
	dir := fixture(t)
	g, a := filepath.Join(dir, "g.json"), filepath.Join(dir, "a.txt")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"build", a, "-o", filepath.Join(dir, "w.json"), "--workers", "1000000000"}, "--workers"},
		{[]string{"build", a, "-o", filepath.Join(dir, "w.json"), "--workers", "9223372036854775807"}, "--workers"},
		{[]string{"build", a, "-o", filepath.Join(dir, "w.json"), "--workers", "-1"}, "--workers"},
		{[]string{"extract", a, "--workers", "10000000"}, "--workers"},
		{[]string{"paths", "-g", g, "Putin", "Macron", "--k", "1000000"}, "--k"},
		{[]string{"paths", "-g", g, "Putin", "Macron", "--k", "0"}, "--k"},
		{[]string{"paths", "-g", g, "Putin", "Macron", "--max-hops", "-3"}, "--max-hops"},
		{[]string{"neighbors", "-g", g, strings.Repeat("a", 100_000)}, "not an actor name"},
		{[]string{"communities", "-g", g, "--resolution", "0"}, "--resolution"},
		{[]string{"communities", "-g", g, "--resolution", "-1"}, "--resolution"},
		{[]string{"communities", "-g", g, "--resolution", "NaN"}, "--resolution"},
		{[]string{"communities", "-g", g, "--resolution", "1e300"}, "--resolution"},
		{[]string{"actors", "-g", g, "--top", "-1"}, "--top"},
		{[]string{"rank", "-g", g, "--top", "-1"}, "--top"},
		{[]string{"rank", "-g", g, "--samples", "-1"}, "--samples"},
		{[]string{"neighbors", "-g", g, "Putin", "--depth", "0"}, "--depth"},
		{[]string{"render", "-g", g, "--depth", "-2", "-o", filepath.Join(dir, "x.svg")}, "--depth"},
		{[]string{"render", "-g", g, "--min-weight", "-2", "-o", filepath.Join(dir, "x.svg")}, "--min-weight"},
		{[]string{"build", a, "-o", filepath.Join(dir, "w.json"), "--max-refs", "-5"}, "--max-refs"},
		{[]string{"build", a, "-o", filepath.Join(dir, "w.json"), "--max-evidence", "-5"}, "--max-evidence"},
		{[]string{"evidence", "-g", g, "Putin", ".*"}, "not an actor name"},
		{[]string{"paths", "-g", g, "^(P+)+$", "Macron"}, "no actor named"},
	}
	for _, tc := range tests {
		start := time.Now()
		_, stderr, code := runCLI(t, tc.args...)
		if code != exitUsage || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, want %d with %q\n%s", tc.args, code, exitUsage, tc.want, stderr)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%v: took %v to refuse", tc.args, d)
		}
	}
}

// TestContradictoryAliases checks that an alias file whose lines
// contradict each other is a usage error naming both lines.
func TestContradictoryAliases(t *testing.T) {
	dir := t.TempDir()
	a := writeArticle(t, dir)
	for i, src := range []string{
		"merge Vladimir Putin = Putin\nmerge Putin = Vladimir Putin\n",
		"# camps\nmerge Russia = Kremlin\nsplit Russia = Kremlin\n",
		"merge Russia = Kremlin\n\nignore Kremlin\n",
	} {
		p := filepath.Join(dir, "aliases"+string(rune('0'+i))+".txt")
		os.WriteFile(p, []byte(src), 0o644)
		_, stderr, code := runCLI(t, "extract", a, "--aliases", p)
		if code != exitUsage || !strings.Contains(stderr, p+":") || !strings.Contains(stderr, "line ") {
			t.Errorf("%q: exit %d, want %d naming the lines\n%s", src, code, exitUsage, stderr)
		}
	}
}
