package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLongSegmentsBuild checks end to end that articles whose "sentences"
// are over 4,096 bytes (unpunctuated lines, an HTML list) give their
// actors: such articles used to give none, silently.
func TestLongSegmentsBuild(t *testing.T) {
	dir := t.TempDir()
	people := []string{"Vladimir Putin", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Keir Starmer"}
	var lines, items strings.Builder
	for i := range 150 {
		a, b := people[i%len(people)], people[(i+1)%len(people)]
		fmt.Fprintf(&lines, "%s met %s in Brussels on day %d\n", a, b, i)
		fmt.Fprintf(&items, "<li>%s met %s in Brussels on day %d</li>\n", a, b, i)
	}
	os.WriteFile(filepath.Join(dir, "lines.txt"), []byte("Meetings\n\n"+lines.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "list.html"), []byte("<html><head><title>Meetings</title></head><body><article>"+
		"<h1>Meetings of leaders</h1><p>A list of the meetings this year follows here for reference.</p><ul>"+
		items.String()+"</ul></article></body></html>"), 0o644)
	for _, f := range []string{"lines.txt", "list.html"} {
		out := mustRun(t, "extract", filepath.Join(dir, f))
		for _, p := range people {
			if !strings.Contains(out, p) {
				t.Errorf("%s: %s not found\n%s", f, p, out)
			}
		}
	}
}
