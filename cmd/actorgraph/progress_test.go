package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/query/ingest"
)

func TestProgressLine(t *testing.T) {
	s := ingest.Summary{Read: 120, Bytes: 25e6, Folded: 3}
	tests := []struct {
		name    string
		total   int64
		elapsed time.Duration
		want    []string
		not     []string
	}{
		{"unknown size", 0, 5 * time.Second, []string{"120 documents", "25.0 MB", "5.0 MB/s", "3 duplicates"}, []string{"left", "%"}},
		{"quarter done", 100e6, 5 * time.Second, []string{"of 100.0 MB (25%)", "about 15s left"}, nil},
		{"minutes left", 1000e6, 5 * time.Second, []string{"(2%)", "about 3m left"}, nil},
		{"past the estimate", 20e6, 5 * time.Second, []string{"(99%)"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := progressLine(s, tt.elapsed, tt.total)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("progressLine = %q, want %q in it", got, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("progressLine = %q, want no %q", got, w)
				}
			}
		})
	}
}

func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), make([]byte, 100), 0o644)
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.jsonl"), make([]byte, 50), 0o644)
	if got := inputSize([]string{dir}); got != 150 {
		t.Errorf("inputSize(folder) = %d, want 150", got)
	}
	if got := inputSize([]string{"-"}); got != 0 {
		t.Errorf("inputSize(stdin) = %d, want 0", got)
	}
	os.WriteFile(filepath.Join(dir, "c.html"), make([]byte, 10), 0o644)
	if got := inputSize([]string{dir}); got != 0 {
		t.Errorf("inputSize with HTML = %d, want 0 (unknown)", got)
	}
}
