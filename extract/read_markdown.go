package extract

import (
	"regexp"
	"strings"
)

// readFrontMatter holds the fields read from a Markdown file's YAML front
// matter.
type readFrontMatter struct{ title, date, url string }

// Inline Markdown patterns. Go's regexp has no back references, so each
// delimiter has its own pattern.
var (
	readMDImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	readMDLink      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	readMDRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	readMDAutoLink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	readMDCode      = regexp.MustCompile("`([^`]+)`")
	readMDStrong    = regexp.MustCompile(`\*\*(\S(?:[^*]*\S)?)\*\*`)
	readMDStrongU   = regexp.MustCompile(`(^|[^\pL\pN_])__(\S(?:[^_]*\S)?)__($|[^\pL\pN_])`)
	readMDEm        = regexp.MustCompile(`\*(\S(?:[^*]*\S)?)\*`)
	readMDEmU       = regexp.MustCompile(`(^|[^\pL\pN_])_(\S(?:[^_]*\S)?)_($|[^\pL\pN_])`)
	readMDStrike    = regexp.MustCompile(`~~(\S(?:[^~]*\S)?)~~`)
	readMDHTMLTag   = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->`)
	readMDListMark  = regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+`)
	readMDRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	readMDRule      = regexp.MustCompile(`^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`)
	readMDSetext    = regexp.MustCompile(`^\s{0,3}(?:=+|-+)\s*$`)
	readMDFence     = regexp.MustCompile("^\\s{0,3}(```+|~~~+)")
	readMDEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>~|])`)
	readMDEscapeOut = regexp.MustCompile("[\ue000-\ue07f]")
)

// readMarkdown strips Markdown markup and keeps the words: heading marks,
// emphasis, list markers, block quote marks, rules, reference definitions
// and HTML tags go; links keep their text; images are removed; code
// (fenced, indented or inline) is kept as plain text. YAML front matter is
// removed and its title, date and url fields are returned.
func readMarkdown(s string) (string, readFrontMatter) {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var meta readFrontMatter
	lines, meta = readCutFrontMatter(lines)
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
		if m := readMDFence.FindStringSubmatch(line); m != nil {
			fence = m[1]
			out = append(out, "")
			continue
		}
		switch {
		case readMDRefDef.MatchString(line):
			continue
		case readMDSetext.MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			// the underline of a Setext heading: keep the heading line
			// and separate it from what follows
			out = append(out, "")
			continue
		case readMDRule.MatchString(line):
			out = append(out, "")
			continue
		}
		t := strings.TrimLeft(line, " \t")
		for strings.HasPrefix(t, ">") {
			t = strings.TrimLeft(t[1:], " \t")
		}
		if h, ok := readCutHeading(t); ok {
			out = append(out, "", readMarkdownInline(h), "")
			continue
		}
		t = readMDListMark.ReplaceAllString(t, "")
		out = append(out, readMarkdownInline(t))
	}
	return strings.Join(out, "\n"), meta
}

// readMarkdownInline strips inline markup from one line.
func readMarkdownInline(s string) string {
	if !strings.ContainsAny(s, "\\`*_[]<~!") {
		return s
	}
	// Hide escaped characters in a private-use range so that no pattern
	// sees them, and bring them back at the end.
	s = readMDEscape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xe000 + int(m[1]))) })
	s = readMDImage.ReplaceAllString(s, "")
	s = readMDLink.ReplaceAllString(s, "$1")
	s = readMDRefLink.ReplaceAllString(s, "$1")
	s = readMDAutoLink.ReplaceAllString(s, "$1")
	s = readMDCode.ReplaceAllString(s, "$1")
	s = readMDHTMLTag.ReplaceAllString(s, "")
	s = readMDStrong.ReplaceAllString(s, "$1")
	s = readMDStrongU.ReplaceAllString(s, "$1$2$3")
	s = readMDEm.ReplaceAllString(s, "$1")
	s = readMDEmU.ReplaceAllString(s, "$1$2$3")
	s = readMDStrike.ReplaceAllString(s, "$1")
	return readMDEscapeOut.ReplaceAllStringFunc(s, func(m string) string {
		r := []rune(m)[0]
		return string(rune(r - 0xe000))
	})
}

// readCutFrontMatter removes a leading "---" ... "---" block of YAML front
// matter (at most 100 lines) and reads its title, date and url fields.
func readCutFrontMatter(lines []string) ([]string, readFrontMatter) {
	var meta readFrontMatter
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
				case "url", "link":
					meta.url = v
				}
			}
			return lines[i+1:], meta
		}
	}
	return lines, meta
}
