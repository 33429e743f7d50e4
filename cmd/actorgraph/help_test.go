package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHelpExamplesRun runs every example command of every command's help,
// each in a fresh folder with the example articles, a graph.json built from
// them and small input files for import and tag, so that no help text names
// a file or an actor that does not exist.
func TestHelpExamplesRun(t *testing.T) {
	articles, err := filepath.Abs(filepath.Join("..", "..", "examples", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	base := t.TempDir()
	graphPath := filepath.Join(base, "graph.json")
	mustRun(t, "build", articles, "-o", graphPath, "-q")
	graphData, err := os.ReadFile(graphPath)
	if err != nil {
		t.Fatal(err)
	}
	fixtures := map[string]string{
		"graph.json":   string(graphData),
		"ties.txt":     "# source target weight\nWitkoff Ushakov 3\nWitkoff Putin 2\n",
		"dev.txt":      "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n",
		"dev-rw.jsonl": `{"sentence": "Witkoff praised Ushakov.", "from": 16, "to": 23}` + "\n",
	}
	app := newApp(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	for _, cmd := range app.Commands {
		for _, line := range strings.Split(cmd.Description, "\n") {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "actorgraph ") {
				continue
			}
			t.Run(cmd.Name+"/"+line, func(t *testing.T) {
				dir := t.TempDir()
				if err := os.Symlink(filepath.Dir(articles), filepath.Join(dir, "examples")); err != nil {
					t.Fatal(err)
				}
				for name, data := range fixtures {
					if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				runExample(t, dir, line)
			})
		}
	}
}

// runExample runs one example line in dir, with "> FILE" sending stdout
// to a file.
func runExample(t *testing.T, dir, line string) {
	t.Helper()
	cmdline, redirect, _ := strings.Cut(line, ">")
	args := splitArgs(cmdline)
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("%s: exit %d\n%s", line, code, stderr.String())
	}
	if f := strings.TrimSpace(redirect); f != "" {
		if err := os.WriteFile(f, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
