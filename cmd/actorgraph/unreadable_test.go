//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnreadableGraph checks that a -g file that cannot be read is an
// error (exit 1) naming the problem, not an empty set of articles: as the
// test's user when it is not root, else as user nobody through setpriv.
func TestUnreadableGraph(t *testing.T) {
	if os.Geteuid() != 0 {
		dir := fixture(t)
		g := filepath.Join(dir, "g.json")
		os.Chmod(g, 0)
		for _, cmd := range []string{"actors", "rank", "communities"} {
			_, stderr, code := runCLI(t, cmd, "-g", g)
			if code != exitFailure || !strings.Contains(stderr, "permission denied") {
				t.Errorf("%s -g (mode 000): exit %d, want %d\n%s", cmd, code, exitFailure, stderr)
			}
		}
		return
	}
	asOther := otherUser(t)
	bin := publicBinary(t)
	dir := publicDir(t)
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", "-q", "-o", g, writeArticle(t, dir))
	os.Chown(g, 65534, 65534)
	os.Chmod(g, 0)
	for _, cmd := range []string{"actors", "rank", "communities"} {
		p := newProc(t, []string{"HOME=/nonexistent", "XDG_CACHE_HOME="})
		p.cmd.Path = asOther[0]
		p.cmd.Args = append(append(asOther[:1:1], asOther[1:]...), bin, cmd, "-g", g)
		if code := p.exitCode(t); code != exitFailure || !strings.Contains(p.stderr.String(), "permission denied") {
			t.Errorf("%s -g (mode 000) as nobody: exit %d, want %d\n%s", cmd, code, exitFailure, p.stderr.String())
		}
	}
}

// writeArticle writes the test article into dir and returns its path.
func writeArticle(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNoReadableArticles checks that -g naming articles none of which can
// be read is an error, not an empty graph.
func TestNoReadableArticles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "bin.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00"), 0o644)
	_, stderr, code := runCLI(t, "actors", "-g", dir)
	if code != exitFailure || !strings.Contains(stderr, "no document could be used") {
		t.Errorf("exit %d, want %d\n%s", code, exitFailure, stderr)
	}
}
