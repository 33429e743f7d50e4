package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "update golden files")

// archive is a txtar archive: a comment and named files.
type archive struct {
	comment string
	files   []archiveFile
}

type archiveFile struct {
	name string
	data string
}

// parseArchive reads the txtar format: "-- name --" lines start files.
func parseArchive(data string) archive {
	var a archive
	marker := regexp.MustCompile(`(?m)^-- (.+?) --$`)
	locs := marker.FindAllStringSubmatchIndex(data, -1)
	if len(locs) == 0 {
		a.comment = data
		return a
	}
	a.comment = data[:locs[0][0]]
	for i, l := range locs {
		end := len(data)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		body := data[l[1]:end]
		body = strings.TrimPrefix(body, "\n")
		a.files = append(a.files, archiveFile{name: data[l[2]:l[3]], data: body})
	}
	return a
}

// volatile matches parts of the output that change from run to run.
var volatile = regexp.MustCompile(`\d+\.\d+s\b|\d+(\.\d+)? MB/s|\(\d+\.\d+ MB\)`)

// TestScripts runs each testdata/script/*.txtar: its files are written to a
// temporary directory, the lines of its "cmd" file are run as actorgraph
// command lines there, and the transcript (command, exit code, stdout,
// stderr) is compared with testdata/script/NAME.golden.
func TestScripts(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join("testdata", "script", "*.txtar"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, path := range scripts {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(data))
			dir := t.TempDir()
			var cmds []string
			for _, f := range a.files {
				if f.name == "cmd" {
					for _, line := range strings.Split(f.data, "\n") {
						if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
							cmds = append(cmds, line)
						}
					}
					continue
				}
				p := filepath.Join(dir, filepath.FromSlash(f.name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(f.data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got := transcript(t, dir, cmds)
			golden := filepath.Join("testdata", "script", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("transcript differs from %s (go test -update rewrites it)\n%s", golden, lineDiff(string(want), got))
			}
		})
	}
}

// transcript runs the commands in dir and records what they print.
func transcript(t *testing.T, dir string, cmds []string) string {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(old)
	var b strings.Builder
	for _, line := range cmds {
		args := append([]string{"actorgraph"}, splitArgs(line)...)
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
		fmt.Fprintf(&b, "$ %s\n[exit %d]\n", line, code)
		if stdout.Len() > 0 {
			b.WriteString("-- stdout --\n" + volatile.ReplaceAllString(stdout.String(), "X") + "\n")
		}
		if stderr.Len() > 0 {
			b.WriteString("-- stderr --\n" + volatile.ReplaceAllString(stderr.String(), "X") + "\n")
		}
	}
	return b.String()
}

// splitArgs splits a command line on spaces, keeping "double quoted" words.
func splitArgs(s string) []string {
	var out []string
	var cur strings.Builder
	inQuote, has := false, false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote, has = !inQuote, true
		case r == ' ' && !inQuote:
			if has {
				out = append(out, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteRune(r)
			has = true
		}
	}
	if has {
		out = append(out, cur.String())
	}
	return out
}

// lineDiff shows the first differing lines of two texts.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, wl, gl)
		}
	}
	return "(same lines)"
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"NoCommandHelp", []string{"actorgraph"}, exitOK},
		{"UnknownCommand", []string{"actorgraph", "frobnicate"}, exitUsage},
		{"UnknownFlag", []string{"actorgraph", "rank", "--nope"}, exitUsage},
		{"BuildNoInput", []string{"actorgraph", "build"}, exitUsage},
		{"BadMeasure", []string{"actorgraph", "rank", "--by", "fame"}, exitUsage},
		{"MissingGraph", []string{"actorgraph", "actors", "-g", "/nonexistent/graph.json"}, exitFailure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr); got != tt.want {
				t.Errorf("run(%q) = %d, want %d; stderr: %s", tt.args, got, tt.want, stderr.String())
			}
		})
	}
}
