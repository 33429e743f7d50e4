package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestTagSentiment runs tag --sentiment on records read from stdin.
func TestTagSentiment(t *testing.T) {
	in := `{"sentence": "Prosecutors accused Whitfield of fraud, bribery and lying.", "from": 20, "to": 29, "id": "a"}

{"sentence": "Zoë Okafor won wide praise for a brave, honest speech.", "from": 4, "to": 10}
`
	tests := []struct {
		name      string
		args      []string
		stdin     string
		wantCode  int
		wantLines int
		wantErr   string
	}{
		{"Stdin", []string{"--sentiment", "-"}, in, exitOK, 2, ""},
		{"Empty", []string{"--sentiment", "-"}, "", exitOK, 0, ""},
		{"Malformed", []string{"--sentiment", "-"}, in + `{"sentence": "x", "from": 0}` + "\n", exitFailure, 0, "line 4"},
		{"BothFlags", []string{"--sentiment", "-", "--conll", "-"}, in, exitUsage, 0, "one of"},
		{"NoFlag", nil, in, exitUsage, 0, "one of"},
		{"MissingFile", []string{"--sentiment", "no-such-file.jsonl"}, "", exitFailure, 0, "no-such-file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"actorgraph", "tag"}, tt.args...)
			code := run(context.Background(), args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.wantCode {
				t.Fatalf("run(%q) = %d, want %d; stderr: %s", args, code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr = %q, want it to mention %q", stderr.String(), tt.wantErr)
			}
			if code != exitOK {
				return
			}
			lines := strings.Fields(stdout.String())
			if len(lines) != tt.wantLines {
				t.Fatalf("stdout = %q, want %d lines", stdout.String(), tt.wantLines)
			}
			for _, l := range lines {
				if l != "-1" && l != "0" && l != "1" {
					t.Errorf("line %q is not a polarity", l)
				}
			}
		})
	}
}

// TestTagCoNLLWithoutBreaks tags a CoNLL file of 120,000 tokens without a
// blank line: it is tagged in parts (said on stderr) and written back as
// one sentence, a line per token and one blank line.
func TestTagCoNLLWithoutBreaks(t *testing.T) {
	const n = 120000
	var in strings.Builder
	for i := range n {
		in.WriteString([]string{"The", "minister", "Jane", "Okafor", "said", "Paris"}[i%6] + "\n")
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"actorgraph", "tag", "--conll", "-"}, strings.NewReader(in.String()), &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("tag = %d; stderr: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "1 sentence longer than") || !strings.Contains(stderr.String(), "tagged in parts") {
		t.Errorf("stderr = %q, want it to say that the sentence was tagged in parts", stderr.String())
	}
	if lines := strings.Count(stdout.String(), "\n"); lines != n+1 || strings.Count(stdout.String(), "\n\n") != 1 {
		t.Errorf("stdout has %d lines, want %d (a line per token and one blank line)", lines, n+1)
	}
}
