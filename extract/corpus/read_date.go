package corpus

import (
	"regexp"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/extract/date"
)

// maxHeaderLines is how many non-empty lines at the top of a text or
// Markdown article are searched for a date line: the header of a saved
// article (title, byline, date), not its body.
const maxHeaderLines = 8

// dateLine matches a date line of an article's header: "Published: 26
// February 2025", "Posted on Feb 26, 2025", "Date: 2025-02-26". The
// separator is a colon or white space. Compiled on first use, as the
// Markdown patterns (markdownRE).
var dateLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^\s*(?:first\s+published|published|posted|dated|date|publication\s+date)(?:\s+on)?\s*(:|\s)\s*(.+?)\s*$`)
})

// headerDate returns the date written on a date line among the first lines
// of s, as written, or "". A line with a colon ("Published: …") gives its
// value even when it is not a readable date, so that the Reader warns
// about it; a line without one counts only when its value reads as a date
// ("Posted by …" is a byline, not a date). Nothing else in the text is
// taken for a date.
func headerDate(s string) string {
	seen := 0
	for line := range strings.Lines(s) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if seen++; seen > maxHeaderLines {
			break
		}
		m := dateLine().FindStringSubmatch(strings.TrimRight(line, "\n"))
		if m == nil {
			continue
		}
		v := strings.TrimSpace(m[2])
		if m[1] == ":" {
			return v
		}
		if _, err := date.Parse(v); err == nil {
			return v
		}
	}
	return ""
}
