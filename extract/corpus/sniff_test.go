package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSniffJSON(t *testing.T) {
	tests := []struct {
		head string
		want Format
	}{
		{`{"id": "a", "text": "x"}`, FormatJSONLines},
		{"\ufeff  \n{ \"text\": \"x\"}", FormatJSONLines},
		{`[{"id": "a"}]`, FormatJSON},
		{"[\n  {\n \"id\": 1}]", FormatJSON},
		{"{Draft} Putin met Macron.", FormatAuto},
		{"[1] Putin met Macron.", FormatAuto},
		{"Putin met Macron.", FormatAuto},
		{"", FormatAuto},
	}
	for _, tc := range tests {
		if got := sniffJSON([]byte(tc.head)); got != tc.want {
			t.Errorf("sniffJSON(%q) = %q, want %q", tc.head, got, tc.want)
		}
	}
}

// TestJSONLinesWithoutExtension checks that JSON lines are read as records
// whatever the file is called, and through a pipe named /dev/fd/N (what a
// shell's <(...) gives); text starting with '{' stays text.
func TestJSONLinesWithoutExtension(t *testing.T) {
	dir := t.TempDir()
	lines := `{"id":"a","title":"A","text":"Zelensky met Macron in Paris."}` + "\n" +
		`{"id":"b","title":"B","text":"Lavrov warned NATO."}` + "\n"
	os.WriteFile(filepath.Join(dir, "news"), []byte(lines), 0o644)
	os.WriteFile(filepath.Join(dir, "news.dat"), []byte(lines), 0o644)
	os.WriteFile(filepath.Join(dir, "draft"), []byte("{Draft} Talks\n\nPutin met Macron.\n"), 0o644)
	for _, name := range []string{"news", "news.dat"} {
		c := Open([]string{filepath.Join(dir, name)}, Options{})
		items, _ := listItems(t, c)
		c.Close()
		if len(items) != 2 || !strings.Contains(items[0], "| A |") || !strings.Contains(items[1], "| B |") {
			t.Errorf("%s: %q, want two records", name, items)
		}
	}
	c := Open([]string{filepath.Join(dir, "draft")}, Options{})
	items, _ := listItems(t, c)
	c.Close()
	if len(items) != 1 || !strings.Contains(items[0], "{Draft} Talks") {
		t.Errorf("text starting with '{': %q", items)
	}

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	go func() {
		w.WriteString(lines)
		w.Close()
	}()
	c = Open([]string{fmt.Sprintf("/dev/fd/%d", r.Fd())}, Options{})
	items, _ = listItems(t, c)
	c.Close()
	if len(items) != 2 {
		t.Errorf("through a pipe: %q, want two records", items)
	}
}

// TestProcFiles checks that files that report a size of 0 but have
// content (under /proc) are read, and that empty files are still skipped
// as empty.
func TestProcFiles(t *testing.T) {
	if _, err := os.Stat("/proc/version"); err != nil {
		t.Skip("no /proc/version")
	}
	c := Open([]string{"/proc/version"}, Options{})
	items, _ := listItems(t, c)
	c.Close()
	if len(items) != 1 || !strings.HasPrefix(items[0], "doc /proc/version") {
		t.Errorf("/proc/version: %q, want one document", items)
	}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	c = Open([]string{empty}, Options{})
	items, _ = listItems(t, c)
	c.Close()
	if !slices.Equal(items, []string{"skip " + empty + " empty"}) {
		t.Errorf("empty file: %q", items)
	}
}
