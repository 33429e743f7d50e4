//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// article is a short article with three actors.
const article = "Talks in Paris\n\nVladimir Putin met Emmanuel Macron in Paris on Monday. " +
	"Olaf Scholz said Putin and Macron would meet again.\n"

// fixture writes the article and a graph built from it into a new folder
// and returns the folder.
func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
	mustRun(t, "build", filepath.Join(dir, "a.txt"), "-o", filepath.Join(dir, "g.json"), "-q")
	return dir
}

// TestOutputIsNotInput checks that no command overwrites one of its own
// inputs (issue: build a.txt -o a.txt replaced the article, export -g
// g.json -o g.json the graph).
func TestOutputIsNotInput(t *testing.T) {
	dir := fixture(t)
	a, g := filepath.Join(dir, "a.txt"), filepath.Join(dir, "g.json")
	os.WriteFile(filepath.Join(dir, "e.txt"), []byte("a b 1\n"), 0o644)
	os.Symlink("g.json", filepath.Join(dir, "link.json"))
	before := map[string][]byte{}
	for _, p := range []string{a, g, filepath.Join(dir, "e.txt")} {
		before[p], _ = os.ReadFile(p)
	}
	for _, args := range [][]string{
		{"build", a, "-o", a},
		{"build", dir, "-o", filepath.Join(dir, "link.json"), "--aliases", g},
		{"export", "-g", g, "-o", g},
		{"export", "-g", g, "-o", filepath.Join(dir, "link.json")},
		{"export", "-g", g, "--format", "csv", "-o", filepath.Join(dir, "g.json.csv")},
		{"render", "-g", g, "-o", g, "--format", "dot"},
		{"import", filepath.Join(dir, "e.txt"), "-o", filepath.Join(dir, "e.txt")},
	} {
		_, stderr, code := runCLI(t, args...)
		if args[1] == "-g" && args[len(args)-1] == filepath.Join(dir, "g.json.csv") {
			continue // writes g.json.nodes.csv and g.json.edges.csv: not inputs
		}
		if code != exitUsage || !strings.Contains(stderr, "input") {
			t.Errorf("%v: exit %d, want %d with a message\n%s", args, code, exitUsage, stderr)
		}
	}
	for p, b := range before {
		if now, _ := os.ReadFile(p); !bytes.Equal(now, b) {
			t.Errorf("%s was overwritten", p)
		}
	}
}

// TestOutputSpecialFiles checks that -o writes devices, FIFOs and links in
// place or through, and that /dev/stdout and - are stdout.
func TestOutputSpecialFiles(t *testing.T) {
	dir := fixture(t)
	g := filepath.Join(dir, "g.json")
	t.Run("DevNull", func(t *testing.T) {
		if os.Geteuid() == 0 {
			// A broken version would replace the system's /dev/null
			// as root; OwnDeviceNode checks the same on a node of its own.
			t.Skip("not run as root on the real /dev/null")
		}
		for _, args := range [][]string{{"export", "-g", g, "-o", "/dev/null"}, {"render", "-g", g, "--format", "dot", "-o", "/dev/null"},
			{"build", filepath.Join(dir, "a.txt"), "-q", "-o", "/dev/null"}} {
			mustRun(t, args...)
		}
		if st, err := os.Stat("/dev/null"); err != nil || st.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("/dev/null is no longer a device: %v", err)
		}
	})
	t.Run("OwnDeviceNode", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("needs root to make a device node with mknod")
		}
		dev := filepath.Join(dir, "null")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Skipf("mknod: %v", err)
		}
		mustRun(t, "export", "-g", g, "-o", dev)
		if st, _ := os.Lstat(dev); st.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("device node replaced by %v", st.Mode())
		}
	})
	t.Run("Stdout", func(t *testing.T) {
		// /dev/fd/1 rather than /dev/stdout: a broken version cannot
		// replace anything under /proc.
		for _, o := range []string{"-", "/dev/fd/1"} {
			for _, args := range [][]string{{"export", "-g", g, "-o", o}, {"build", filepath.Join(dir, "a.txt"), "-q", "-o", o},
				{"import", filepath.Join(dir, "g.json"), "--format", "graphml", "-o", o}} {
				if args[0] == "import" {
					mustRun(t, "export", "-g", g, "--format", "graphml", "-o", filepath.Join(dir, "g.graphml"))
					args[1] = filepath.Join(dir, "g.graphml")
				}
				out, stderr, code := runCLI(t, args...)
				if code != 0 || !strings.Contains(out, `"nodes"`) && !strings.Contains(out, `"format"`) {
					t.Errorf("%v: exit %d, stdout %.60q\n%s", args, code, out, stderr)
				}
			}
		}
	})
	t.Run("DashIsNotAFile", func(t *testing.T) {
		t.Chdir(dir)
		mustRun(t, "build", "a.txt", "-q", "-o", "-")
		mustRun(t, "export", "-g", "g.json", "--format", "graphml", "-o", "g.graphml")
		mustRun(t, "import", "g.graphml", "--format", "graphml", "-o", "-")
		if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
			t.Error("a file named - was written")
		}
	})
	t.Run("FIFO", func(t *testing.T) {
		fifo := filepath.Join(dir, "fifo")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		got := make(chan []byte)
		go func() {
			b, _ := os.ReadFile(fifo)
			got <- b
		}()
		mustRun(t, "export", "-g", g, "-o", fifo)
		if st, _ := os.Lstat(fifo); st.Mode()&os.ModeNamedPipe == 0 {
			t.Fatal("the FIFO was replaced by a file") // the reader never gets anything
		}
		if b := <-got; !bytes.Contains(b, []byte(`"nodes"`)) {
			t.Errorf("read %.60q from the FIFO", b)
		}
	})
	t.Run("Symlink", func(t *testing.T) {
		target := filepath.Join(dir, "real.svg")
		os.WriteFile(target, nil, 0o600)
		link := filepath.Join(dir, "link.svg")
		os.Symlink("real.svg", link)
		mustRun(t, "render", "-g", g, "--format", "dot", "-o", link)
		if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
			t.Error("the link was replaced by a file")
		}
		if b, _ := os.ReadFile(target); !bytes.Contains(b, []byte("digraph")) && !bytes.Contains(b, []byte("graph")) {
			t.Errorf("target not written: %.40q", b)
		}
		os.Symlink("nowhere/x.svg", filepath.Join(dir, "dangling.svg"))
		if _, _, code := runCLI(t, "render", "-g", g, "--format", "dot", "-o", filepath.Join(dir, "dangling.svg")); code != exitFailure {
			t.Errorf("dangling link: exit %d, want %d", code, exitFailure)
		}
	})
}

// TestOutputUmask checks that new output files honour the umask and that
// an existing file keeps its mode.
func TestOutputUmask(t *testing.T) {
	dir := fixture(t)
	g := filepath.Join(dir, "g.json")
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	for _, args := range [][]string{
		{"build", filepath.Join(dir, "a.txt"), "-q", "-o", filepath.Join(dir, "new.json")},
		{"export", "-g", g, "--format", "gexf", "-o", filepath.Join(dir, "new.gexf")},
		{"render", "-g", g, "--format", "dot", "-o", filepath.Join(dir, "new.dot")},
	} {
		mustRun(t, args...)
		if st, _ := os.Stat(args[len(args)-1]); st.Mode().Perm() != 0o600 {
			t.Errorf("%v: mode %v, want 0600 under umask 077", args, st.Mode().Perm())
		}
	}
	syscall.Umask(0o022)
	keep := filepath.Join(dir, "keep.json")
	os.WriteFile(keep, nil, 0o600)
	mustRun(t, "export", "-g", g, "-o", keep)
	if st, _ := os.Stat(keep); st.Mode().Perm() != 0o600 {
		t.Errorf("existing 0600 file became %v", st.Mode().Perm())
	}
}

// failWriter fails every write as a full disk does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestStdoutWriteErrors checks that output lost on stdout fails every
// command that prints (exit 1).
func TestStdoutWriteErrors(t *testing.T) {
	dir := fixture(t)
	g, a := filepath.Join(dir, "g.json"), filepath.Join(dir, "a.txt")
	for _, args := range [][]string{
		{"actors", "-g", g}, {"rank", "-g", g}, {"communities", "-g", g}, {"paths", "-g", g, "Putin", "Macron"},
		{"neighbors", "-g", g, "Putin"}, {"evidence", "-g", g, "Putin", "Macron"}, {"statements", "-g", g},
		{"extract", a}, {"extract", "--json", a}, {"export", "-g", g}, {"export", "-g", g, "--format", "csv"},
		{"render", "-g", g, "--format", "dot", "-o", "-"}, {"build", a, "-q", "-o", "-"}, {"actors", "-g", g, "--json"},
		{"--version"}, {"help"},
	} {
		var stderr bytes.Buffer
		code := run(context.Background(), append([]string{"actorgraph"}, args...), strings.NewReader(""), failWriter{}, &stderr)
		if code != exitFailure {
			t.Errorf("%v with stdout full: exit %d, want %d\n%s", args, code, exitFailure, stderr.String())
		}
	}
	// The same through a real /dev/full, as a process.
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	p := newProc(t, nil, "communities", "-g", g)
	p.cmd.Stdout = full
	if code := p.exitCode(t); code != exitFailure {
		t.Errorf("communities > /dev/full: exit %d\n%s", code, p.stderr.String())
	}
	if !errors.Is(syscall.ENOSPC, syscall.ENOSPC) || !strings.Contains(p.stderr.String(), "no space") {
		t.Errorf("message does not say why: %s", p.stderr.String())
	}
}

// TestBuildTwiceIntoItsFolder checks that build DIR -o DIR/g.json run
// twice does not read its own previous graph as an article, and that
// another graph file in a folder is skipped as such and named.
func TestBuildTwiceIntoItsFolder(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir)
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", dir, "-o", g, "-q")
	first, _ := os.ReadFile(g)
	_, stderr, code := runCLI(t, "build", dir, "-o", g)
	if code != 0 {
		t.Fatalf("second build: exit %d\n%s", code, stderr)
	}
	if second, _ := os.ReadFile(g); !bytes.Equal(first, second) {
		t.Errorf("the second build differs from the first (it read its own output)\n%s", stderr)
	}
	os.Rename(g, filepath.Join(dir, "old.json"))
	_, stderr, code = runCLI(t, "build", dir, "-o", g)
	if code != exitPartial || !strings.Contains(stderr, "old.json") || !strings.Contains(stderr, "graph-file") {
		t.Errorf("a graph file among the articles: exit %d, want %d naming it\n%s", code, exitPartial, stderr)
	}
}

// TestReportAndTimelineOutputs checks the two commands that wrote their
// files without outfile: timeline -o replaced a device or the graph it
// read, report -o - made a folder named -, report -o ARTICLES overwrote an
// article called report.md, and both replaced a link with a file.
func TestReportAndTimelineOutputs(t *testing.T) {
	dir := t.TempDir()
	arts := filepath.Join(dir, "articles")
	os.Mkdir(arts, 0o755)
	os.WriteFile(filepath.Join(arts, "a.jsonl"), []byte(
		`{"title":"Talks","date":"2025-02-10","text":"Vladimir Putin met Emmanuel Macron in Paris on Monday."}`+"\n"+
			`{"title":"More","date":"2025-03-11","text":"Olaf Scholz said Putin and Macron would meet again."}`+"\n"), 0o644)
	notes := []byte("Notes\n\nJoe Biden met Xi Jinping in Beijing.\n")
	os.WriteFile(filepath.Join(arts, "report.md"), notes, 0o644)
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", arts, "-q", "-o", g)
	graph, _ := os.ReadFile(g)
	t.Chdir(dir)

	for _, args := range [][]string{
		{"timeline", "-g", g, "Putin", "-o", g},
		{"timeline", "-g", g, "Putin", "-o", "-", "--json"},
		{"report", arts, "-o", arts},
		{"report", arts, "-o", filepath.Join(arts, "report")},
		{"report", "-g", g, "-o", "-"},
		{"report", "-g", g, "-o", g},
	} {
		if _, stderr, code := runCLI(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d\n%s", args, code, exitUsage, stderr)
		}
	}
	if b, _ := os.ReadFile(g); !bytes.Equal(b, graph) {
		t.Error("timeline -o replaced the graph it read")
	}
	if b, _ := os.ReadFile(filepath.Join(arts, "report.md")); !bytes.Equal(b, notes) {
		t.Error("report -o replaced an article of its input folder")
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Error("a file or folder named - was written")
	}

	// -o - is the chart alone on stdout.
	if out := mustRun(t, "timeline", "-g", g, "Putin", "-o", "-"); !strings.HasPrefix(out, "<svg") {
		t.Errorf("timeline -o -: stdout %.40q, want the chart", out)
	}

	// Links are written through.
	os.WriteFile(filepath.Join(dir, "real.svg"), nil, 0o600)
	os.Symlink("real.svg", filepath.Join(dir, "chart.svg"))
	mustRun(t, "timeline", "-g", g, "Putin", "-o", filepath.Join(dir, "chart.svg"))
	rep := filepath.Join(dir, "report")
	os.Mkdir(rep, 0o755)
	os.Symlink("../real.html", filepath.Join(rep, "report.html"))
	os.WriteFile(filepath.Join(dir, "real.html"), nil, 0o600)
	mustRun(t, "report", "-g", g, "-o", rep)
	for _, p := range []string{"chart.svg", filepath.Join("report", "report.html")} {
		if st, _ := os.Lstat(filepath.Join(dir, p)); st == nil || st.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s: the link was replaced by a file", p)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "real.svg")); !bytes.HasPrefix(b, []byte("<svg")) {
		t.Errorf("link target not written: %.30q", b)
	}

	// A device is written in place (a node of the test's own, as root).
	if os.Geteuid() == 0 {
		dev := filepath.Join(dir, "null")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Skipf("mknod: %v", err)
		}
		mustRun(t, "timeline", "-g", g, "Putin", "-o", dev)
		if st, _ := os.Lstat(dev); st.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("timeline -o DEVICE: device node replaced by %v", st.Mode())
		}
	}
}
