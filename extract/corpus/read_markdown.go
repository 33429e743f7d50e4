package corpus

import (
	"regexp"
	"strings"
	"sync"
)

// frontMatter holds the fields read from a Markdown file's YAML front
// matter.
type frontMatter struct{ title, date, url string }

// markdownPatterns are the Markdown reader's patterns. Go's regexp has no
// back references, so each delimiter has its own pattern.
type markdownPatterns struct {
	image     *regexp.Regexp
	link      *regexp.Regexp
	refLink   *regexp.Regexp
	autoLink  *regexp.Regexp
	code      *regexp.Regexp
	strong    *regexp.Regexp
	strongU   *regexp.Regexp
	em        *regexp.Regexp
	emU       *regexp.Regexp
	strike    *regexp.Regexp
	htmlTag   *regexp.Regexp
	listMark  *regexp.Regexp
	refDef    *regexp.Regexp
	rule      *regexp.Regexp
	setext    *regexp.Regexp
	fence     *regexp.Regexp
	escape    *regexp.Regexp
	escapeOut *regexp.Regexp
}

// markdownRE returns the Markdown patterns, compiled on first use: compiled
// in a package initialiser, they cost every command its start-up time,
// `actorgraph --version` included, though only Markdown input needs them.
var markdownRE = sync.OnceValue(func() *markdownPatterns {
	return &markdownPatterns{
		image:     regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`),
		link:      regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`),
		refLink:   regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`),
		autoLink:  regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`),
		code:      regexp.MustCompile("`([^`]+)`"),
		strong:    regexp.MustCompile(`\*\*(\S(?:[^*]*\S)?)\*\*`),
		strongU:   regexp.MustCompile(`(^|[^\pL\pN_])__(\S(?:[^_]*\S)?)__($|[^\pL\pN_])`),
		em:        regexp.MustCompile(`\*(\S(?:[^*]*\S)?)\*`),
		emU:       regexp.MustCompile(`(^|[^\pL\pN_])_(\S(?:[^_]*\S)?)_($|[^\pL\pN_])`),
		strike:    regexp.MustCompile(`~~(\S(?:[^~]*\S)?)~~`),
		htmlTag:   regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->`),
		listMark:  regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+`),
		refDef:    regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`),
		rule:      regexp.MustCompile(`^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`),
		setext:    regexp.MustCompile(`^\s{0,3}(?:=+|-+)\s*$`),
		fence:     regexp.MustCompile("^\\s{0,3}(```+|~~~+)"),
		escape:    regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>~|])`),
		escapeOut: regexp.MustCompile("[\ue000-\ue07f]"),
	}
})

// parseMarkdown strips Markdown markup and keeps the words: heading marks,
// emphasis, list markers, block quote marks, rules, reference definitions
// and HTML tags go; links keep their text; images are removed; code
// (fenced, indented or inline) is kept as plain text. YAML front matter is
// removed and its title, date and url fields are returned.
func parseMarkdown(s string) (string, frontMatter) {
	re := markdownRE()
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
		if m := re.fence.FindStringSubmatch(line); m != nil {
			fence = m[1]
			out = append(out, "")
			continue
		}
		switch {
		case re.refDef.MatchString(line):
			continue
		case re.setext.MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			// the underline of a Setext heading: keep the heading line
			// and separate it from what follows
			out = append(out, "")
			continue
		case re.rule.MatchString(line):
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
		t = re.listMark.ReplaceAllString(t, "")
		out = append(out, markdownInline(t))
	}
	return strings.Join(out, "\n"), meta
}

// markdownInline strips inline markup from one line.
func markdownInline(s string) string {
	re := markdownRE()
	if !strings.ContainsAny(s, "\\`*_[]<~!") {
		return s
	}
	// Hide escaped characters in a private-use range so that no pattern
	// sees them, and bring them back at the end.
	s = re.escape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xe000 + int(m[1]))) })
	s = re.image.ReplaceAllString(s, "")
	s = re.link.ReplaceAllString(s, "$1")
	s = re.refLink.ReplaceAllString(s, "$1")
	s = re.autoLink.ReplaceAllString(s, "$1")
	s = re.code.ReplaceAllString(s, "$1")
	s = re.htmlTag.ReplaceAllString(s, "")
	s = re.strong.ReplaceAllString(s, "$1")
	s = re.strongU.ReplaceAllString(s, "$1$2$3")
	s = re.em.ReplaceAllString(s, "$1")
	s = re.emU.ReplaceAllString(s, "$1$2$3")
	s = re.strike.ReplaceAllString(s, "$1")
	return re.escapeOut.ReplaceAllStringFunc(s, func(m string) string {
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
