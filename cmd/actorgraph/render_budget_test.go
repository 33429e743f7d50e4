//go:build unix

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
	"github.com/actorgraph/actorgraph/graph/graphfile"
)

// denseGraph writes a complete graph of n actors, which the dot layout
// takes very long to draw.
func denseGraph(t *testing.T, dir string, n int) string {
	t.Helper()
	var ed []graph.Edge
	for u := range n {
		for v := u + 1; v < n; v++ {
			ed = append(ed, graph.Edge{Source: u, Target: v, Weight: 1 + (u*v)%5})
		}
	}
	g := generate.FromEdges(n, ed)
	for i := range g.Nodes {
		g.Nodes[i].Name = fmt.Sprintf("Actor %03d", i)
	}
	p := filepath.Join(dir, "dense.json")
	if err := graphfile.WriteFile(p, g); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRenderBudget checks the render budget: a layout asked for more actors
// than it draws in reasonable time is refused with a suggestion, a larger
// selection is cut to the layout's limit, and a layout that runs past
// --timeout is given up with a suggestion, at once. It runs actorgraph as a
// process: a layout given up goes on in the background until the process
// ends.
func TestRenderBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Graphviz layouts")
	}
	dir := t.TempDir()
	dense := denseGraph(t, dir, 50)
	out := filepath.Join(dir, "d.svg")

	p := newProc(t, nil, "render", "-g", dense, "--layout", "circo", "--top", "300", "-o", out)
	if code := p.exitCode(t); code != exitUsage || !strings.Contains(p.stderr.String(), "--top 30") {
		t.Errorf("circo --top 300: exit %d, want %d suggesting --top 30\n%s", code, exitUsage, p.stderr.String())
	}

	p = newProc(t, nil, "render", "-g", dense, "--layout", "dot", "--timeout", "1s", "-o", out)
	start := time.Now()
	code := p.exitCode(t)
	took := time.Since(start)
	if code != exitFailure || !strings.Contains(p.stderr.String(), "took longer than 1s") || !strings.Contains(p.stderr.String(), "--layout sfdp") {
		t.Errorf("dot on a complete graph of 50: exit %d, want %d with a suggestion\n%s", code, exitFailure, p.stderr.String())
	}
	if took > 20*time.Second {
		t.Errorf("gave up after %v, want about a second after the layout started", took)
	}

	// SIGTERM during a layout that would run for long.
	p = newProc(t, nil, "render", "-g", dense, "--layout", "dot", "--timeout", "0", "-o", out)
	startReady(t, p)
	interrupt(t, p, 1500*time.Millisecond, syscall.SIGTERM)
}
