package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/generate"
	"github.com/actorgraph/actorgraph/graph/graphfile"
)

// countingWriter counts the writes that reach it and the bytes written.
type countingWriter struct{ writes, bytes int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	return len(p), nil
}

// TestStdoutBuffered checks that a long table reaches standard output in
// large writes, not one per cell: a write system call per cell made
// printing a 200,000-actor ranking take most of the command's time.
func TestStdoutBuffered(t *testing.T) {
	g := filepath.Join(t.TempDir(), "g.json")
	if err := graphfile.WriteFile(g, generate.PlantedPartition(5000, 50, 20000, 0.2, 1)); err != nil {
		t.Fatal(err)
	}
	var stdout countingWriter
	var stderr strings.Builder
	if code := run(context.Background(), []string{"actorgraph", "rank", "-g", g, "--by", "degree"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("rank: exit %d\n%s", code, stderr.String())
	}
	if limit := stdout.bytes/4096 + 2; stdout.writes > limit {
		t.Errorf("%d bytes in %d writes, want at most %d", stdout.bytes, stdout.writes, limit)
	}
}
