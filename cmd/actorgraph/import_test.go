package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportSaysWhat checks that import neither rounds weights nor drops
// self-loops silently.
func TestImportSaysWhat(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(s), 0o644)
		return p
	}
	frac := write("frac.txt", "Putin Macron 0.1\nMacron Scholz 2.5\n")
	loops := write("loops.txt", "Putin Putin 3\nPutin Macron 1\n")
	out := filepath.Join(dir, "g.json")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", frac, "-o", out}, exitFailure, "not a whole number"},
		{[]string{"import", frac, "-o", out, "--round"}, exitOK, "rounded up 2"},
		{[]string{"import", frac, "-o", out, "--scale", "10"}, exitOK, "wrote"},
		{[]string{"import", frac, "-o", out, "--scale", "0"}, exitUsage, "--scale"},
		{[]string{"import", loops, "-o", out}, exitPartial, "self-loops"},
	}
	for _, tc := range tests {
		_, stderr, code := runCLI(t, tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, want %d with %q\n%s", tc.args[1:], code, tc.code, tc.want, stderr)
		}
	}
}
