package corpus

import (
	"regexp"
	"strings"
)

// frontMatter holds the fields read from a Markdown file's YAML front
// matter.
type frontMatter struct{ title, date, url string }

// Inline Markdown patterns. Go's regexp has no back references, so each
// delimiter has its own pattern.
var (
	mdImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAutoLink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdCode      = regexp.MustCompile("`([^`]+)`")
	mdStrong    = regexp.MustCompile(`\*\*(\S(?:[^*]*\S)?)\*\*`)
	mdStrongU   = regexp.MustCompile(`(^|[^\pL\pN_])__(\S(?:[^_]*\S)?)__($|[^\pL\pN_])`)
	mdEm        = regexp.MustCompile(`\*(\S(?:[^*]*\S)?)\*`)
	mdEmU       = regexp.MustCompile(`(^|[^\pL\pN_])_(\S(?:[^_]*\S)?)_($|[^\pL\pN_])`)
	mdStrike    = regexp.MustCompile(`~~(\S(?:[^~]*\S)?)~~`)
	mdHTMLTag   = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->`)
	mdListMark  = regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+`)
	mdRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	mdRule      = regexp.MustCompile(`^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`)
	mdSetext    = regexp.MustCompile(`^\s{0,3}(?:=+|-+)\s*$`)
	mdFence     = regexp.MustCompile("^\\s{0,3}(```+|~~~+)")
	mdEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>~|])`)
	mdEscapeOut = regexp.MustCompile("[\ue000-\ue07f]")
)

// parseMarkdown strips Markdown markup and keeps the words: heading marks,
// emphasis, list markers, block quote marks, rules, reference definitions
// and HTML tags go; links keep their text; images are removed; code
// (fenced, indented or inline) is kept as plain text. YAML front matter is
// removed and its title, date and url fields are returned.
func parseMarkdown(s string) (string, frontMatter) {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var meta frontMatter
	lines, meta = cutFrontMatter(lines)
	out := make([]string, 0, len(lines))
	fence := ""
	for i, line := range lines {
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(line), fence) {
				fence = ""
				out = append(out, "")
				continue
			}
			out = append(out, line)
			continue
		}
		if m := mdFence.FindStringSubmatch(line); m != nil {
			fence = m[1]
			out = append(out, "")
			continue
		}
		switch {
		case mdRefDef.MatchString(line):
			continue
		case mdSetext.MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			// the underline of a Setext heading: keep the heading line
			// and separate it from what follows
			out = append(out, "")
			continue
		case mdRule.MatchString(line):
			out = append(out, "")
			continue
		}
		t := strings.TrimLeft(line, " \t")
		for strings.HasPrefix(t, ">") {
			t = strings.TrimLeft(t[1:], " \t")
		}
		if h, ok := cutHeading(t); ok {
			out = append(out, "", markdownInline(h), "")
			continue
		}
		t = mdListMark.ReplaceAllString(t, "")
		out = append(out, markdownInline(t))
	}
	return strings.Join(out, "\n"), meta
}

// markdownInline strips inline markup from one line.
func markdownInline(s string) string {
	if !strings.ContainsAny(s, "\\`*_[]<~!") {
		return s
	}
	// Hide escaped characters in a private-use range so that no pattern
	// sees them, and bring them back at the end.
	s = mdEscape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xe000 + int(m[1]))) })
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAutoLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdHTMLTag.ReplaceAllString(s, "")
	s = mdStrong.ReplaceAllString(s, "$1")
	s = mdStrongU.ReplaceAllString(s, "$1$2$3")
	s = mdEm.ReplaceAllString(s, "$1")
	s = mdEmU.ReplaceAllString(s, "$1$2$3")
	s = mdStrike.ReplaceAllString(s, "$1")
	return mdEscapeOut.ReplaceAllStringFunc(s, func(m string) string {
		r := []rune(m)[0]
		return string(rune(r - 0xe000))
	})
}

// cutFrontMatter removes a leading "---" ... "---" block of YAML front
// matter (at most 100 lines) and reads its title, date (or published,
// pubdate, publishDate, publish_date, published_at) and url fields.
func cutFrontMatter(lines []string) ([]string, frontMatter) {
	var meta frontMatter
	var published string
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return lines, meta
	}
	for i := 1; i < len(lines) && i <= 100; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "---" || l == "..." {
			for _, f := range lines[1:i] {
				k, v, ok := strings.Cut(f, ":")
				if !ok {
					continue
				}
				v = strings.Trim(strings.TrimSpace(v), `"'`)
				switch strings.ToLower(strings.TrimSpace(k)) {
				case "title":
					meta.title = v
				case "date":
					meta.date = v
				case "published", "pubdate", "publishdate", "publish_date", "published_at", "datepublished":
					published = v
				case "url", "link":
					meta.url = v
				}
			}
			if meta.date == "" {
				meta.date = published
			}
			return lines[i+1:], meta
		}
	}
	return lines, meta
}
