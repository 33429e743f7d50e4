package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRenderDefaultNameFollowsFormat checks that render without -o names
// its file after --format (graph.dot, graph.html), and graph.svg without.
func TestRenderDefaultNameFollowsFormat(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", writeArticle(t, dir), "-o", g, "-q")
	for _, tc := range []struct{ format, file, head string }{
		{"dot", "graph.dot", "digraph"},
		{"html", "graph.html", "<!DOCTYPE html>"},
		{"", "graph.svg", "<?xml"},
	} {
		args := []string{"render", "-g", g}
		if tc.format != "" {
			args = append(args, "--format", tc.format)
		}
		p := newProc(t, nil, args...)
		p.cmd.Dir = dir
		if code := p.exitCode(t); code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, p.stderr.String())
		}
		b, err := os.ReadFile(filepath.Join(dir, tc.file))
		if err != nil || !strings.HasPrefix(strings.TrimSpace(string(b)), tc.head) {
			t.Errorf("%v: %s starts %.20q (%v), want %q", args, tc.file, b, err, tc.head)
		}
	}
}

// TestAliasesOnGraphFileSaySo checks that --aliases with a graph file says
// that it is not applied rather than being ignored in silence.
func TestAliasesOnGraphFileSaySo(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", writeArticle(t, dir), "-o", g, "-q")
	al := filepath.Join(dir, "aliases.txt")
	os.WriteFile(al, []byte("ignore Nobody\n"), 0o644)
	_, stderr, code := runCLI(t, "actors", "-g", g, "--aliases", al)
	if code != 0 || !strings.Contains(stderr, "is not applied to the graph file") {
		t.Errorf("exit %d, stderr %q; want a note that the alias file is not applied", code, stderr)
	}
	if _, stderr, _ := runCLI(t, "actors", "-g", g); strings.Contains(stderr, "aliases") {
		t.Errorf("a note without --aliases: %q", stderr)
	}
}
