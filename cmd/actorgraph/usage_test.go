package main

import (
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
