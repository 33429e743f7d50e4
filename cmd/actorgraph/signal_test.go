//go:build unix

package main

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
	"github.com/actorgraph/actorgraph/graph/graphfile"
)

// interruptBudget is how soon after SIGINT or SIGTERM a command must have
// exited with 130: a second, plus slack for a loaded test machine.
const interruptBudget = 1500 * time.Millisecond

// startReady starts p and returns once its main function is about to run
// (the package initialisers are traced with GODEBUG=inittrace=1, and
// "init main" is the last), so that a signal reaches the command and not
// the start-up. The rest of stderr is collected in p.stderr.
func startReady(t *testing.T, p *proc) {
	t.Helper()
	p.cmd.Env = append(p.cmd.Env, "GODEBUG=inittrace=1")
	p.cmd.Stderr = nil
	pipe, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(pipe)
		once := false
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "init ") {
				if strings.HasPrefix(line, "init main @") && !once {
					once = true
					close(ready)
				}
				continue
			}
			p.stderr.WriteString(line + "\n")
		}
		io.Copy(io.Discard, pipe)
	}()
	select {
	case <-ready:
	case <-time.After(60 * time.Second):
		p.cmd.Process.Kill()
		t.Fatal("the process did not start")
	}
	time.Sleep(300 * time.Millisecond) // main installs its signal handler
}

// interrupt sends sig to a started process after a while and checks that it
// exits with 130 within interruptBudget.
func interrupt(t *testing.T, p *proc, after time.Duration, sig syscall.Signal) {
	t.Helper()
	time.Sleep(after)
	sent := time.Now()
	if err := p.cmd.Process.Signal(sig); err != nil {
		t.Fatalf("signal: %v", err)
	}
	waited := make(chan error, 1)
	go func() { waited <- p.cmd.Wait() }()
	select {
	case <-waited:
	case <-time.After(30 * time.Second):
		p.cmd.Process.Kill()
		<-waited
		t.Fatalf("%v: still running 30 s after %v", p.cmd.Args[1:], sig)
	}
	took := time.Since(sent)
	if code := p.cmd.ProcessState.ExitCode(); code != exitInterrupted {
		t.Errorf("%v: exit %d after %v, want %d\n%s", p.cmd.Args[1:], code, sig, exitInterrupted, p.stderr.String())
	}
	if strings.Contains(p.stderr.String(), forcedMessage) {
		t.Errorf("%v: ended by the watchdog, not by its context", p.cmd.Args[1:])
	}
	if took > interruptBudget {
		t.Errorf("%v: exited %v after %v, want within %v", p.cmd.Args[1:], took.Round(time.Millisecond), sig, interruptBudget)
	}
}

// bigGraph writes a generated graph of n actors and 5n ties.
func bigGraph(t *testing.T, dir string, n int) string {
	t.Helper()
	p := filepath.Join(dir, "big.json")
	if err := graphfile.WriteFile(p, generate.PlantedPartition(n, n/100, 5*n, 0.2, 1)); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestInterrupt checks that SIGINT and SIGTERM stop every kind of long or
// blocked command within a second with exit 130: reads that block in the
// kernel (a FIFO nobody writes to, as input, as -g or as an alias file;
// stdin kept open), and long analyses.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes for several seconds")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte(article), 0o644)
	big := bigGraph(t, dir, 20000)
	// A complete graph of 300 actors: its layout takes seconds.
	dense := denseGraph(t, dir, 300)
	// A ladder of 100,000 ties (the runaway paths on a long
	// chain, with a rung every 50 steps so that there are many routes
	// between its ends): k shortest paths along it take seconds.
	const rail = 49000
	var chainEdges []graph.Edge
	for i := range rail - 1 {
		chainEdges = append(chainEdges, graph.Edge{Source: i, Target: i + 1, Weight: 1},
			graph.Edge{Source: rail + i, Target: rail + i + 1, Weight: 1})
		if i%50 == 0 {
			chainEdges = append(chainEdges, graph.Edge{Source: i, Target: rail + i, Weight: 1})
		}
	}
	chain := filepath.Join(dir, "chain.json")
	if err := graphfile.WriteFile(chain, generate.FromEdges(2*rail, chainEdges)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		sig   syscall.Signal
		stdin bool // a pipe kept open, never written
	}{
		{"build from a FIFO", []string{"build", fifo, "-o", filepath.Join(dir, "g.json")}, syscall.SIGINT, false},
		{"rank -g FIFO", []string{"rank", "-g", fifo}, syscall.SIGTERM, false},
		{"alias file a FIFO", []string{"extract", art, "--aliases", fifo}, syscall.SIGINT, false},
		{"import from a FIFO", []string{"import", fifo, "-o", filepath.Join(dir, "i.json")}, syscall.SIGINT, false},
		{"tag from a FIFO", []string{"tag", "--conll", fifo}, syscall.SIGTERM, false},
		{"build from stdin", []string{"build", "-", "-o", filepath.Join(dir, "s.json")}, syscall.SIGINT, true},
		{"sampled betweenness", []string{"rank", "-g", big, "--by", "betweenness", "--samples", "20000"}, syscall.SIGINT, false},
		{"closeness", []string{"rank", "-g", big, "--by", "closeness", "--samples", "20000"}, syscall.SIGTERM, false},
		{"paths on a 100,000-tie ladder", []string{"paths", "-g", chain, "a00000", "a97999", "--k", "100"}, syscall.SIGINT, false},
		{"build with the most workers", []string{"build", fifo, "--workers", "256", "-o", filepath.Join(dir, "w.json")}, syscall.SIGINT, false},
		{"render", []string{"render", "-g", dense, "--layout", "neato", "-o", filepath.Join(dir, "r.svg")}, syscall.SIGINT, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newProc(t, nil, tc.args...)
			if tc.stdin {
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				defer w.Close()
				defer r.Close()
				p.cmd.Stdin = r
			}
			startReady(t, p)
			interrupt(t, p, 700*time.Millisecond, tc.sig)
		})
	}
}

// TestInterruptible checks the signal watchdog itself: a command that
// ignores its context is ended with 130 after the grace period, and at
// once on a second signal.
func TestInterruptible(t *testing.T) {
	var stderr strings.Builder
	codes := make(chan int, 1)
	ctx, stop := interruptible(&stderr, func(code int) { codes <- code })
	defer stop()
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("SIGINT did not cancel the context")
	}
	select {
	case code := <-codes:
		if code != exitInterrupted || !strings.Contains(stderr.String(), "interrupted") {
			t.Errorf("exit %d, stderr %q", code, stderr.String())
		}
	case <-time.After(interruptGrace + 5*time.Second):
		t.Fatal("no forced exit after the grace period")
	}
	_ = context.Background
}
