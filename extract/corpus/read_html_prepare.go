package corpus

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// maxHTMLDepth is how deeply elements may nest before the extra tags are
// dropped. The 13 sample news pages nest at most 27 deep; the HTML parser
// and the extractor slow down quadratically with depth (10,000 nested divs
// take seconds, 100,000 take minutes), so deeper markup is flattened.
const maxHTMLDepth = 256

// htmlDropped lists the elements whose content never holds article text
// and is removed before parsing: scripts (except JSON-LD metadata), styles
// and the other raw-text elements of the HTML tokenizer.
var htmlDropped = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true,
	"noembed": true, "noframes": true, "xmp": true, "plaintext": true,
}

// htmlVoid lists the elements that have no end tag.
var htmlVoid = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true, "keygen": true, "frame": true,
}

// htmlClosesP lists start tags that close an open <p>.
var htmlClosesP = map[string]bool{
	"p": true, "div": true, "ul": true, "ol": true, "dl": true, "table": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"section": true, "article": true, "aside": true, "nav": true, "header": true,
	"footer": true, "blockquote": true, "pre": true, "form": true, "figure": true,
	"main": true, "address": true, "fieldset": true, "details": true, "menu": true,
}

// htmlPrepare rewrites a page before parsing: comments and the content
// of the elements in htmlDropped are removed (JSON-LD scripts stay, as
// they carry the title and date), and tags nested deeper than maxDepth are
// dropped while their text is kept. It returns the new page and the number
// of tags dropped for depth. The depth is tracked approximately, closing
// elements whose end tag is optional the way the HTML parser would in the
// common cases.
func htmlPrepare(page []byte, maxDepth int) ([]byte, int) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	out.Grow(len(page) / 2)
	var stack []string
	suppressed := map[string]int{}
	skipping := false // inside a dropped raw-text element
	dropped := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes(), dropped
		case html.CommentToken:
			continue
		case html.TextToken:
			if !skipping {
				out.Write(z.Raw())
			}
			continue
		case html.DoctypeToken:
			out.Write(z.Raw())
			continue
		}
		raw := z.Raw()
		nameb, hasAttr := z.TagName()
		name := string(nameb)
		if tt == html.EndTagToken {
			if skipping {
				if htmlDropped[name] {
					skipping = false
				}
				continue
			}
			if suppressed[name] > 0 {
				suppressed[name]--
				continue
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == name {
					stack = stack[:i]
					break
				}
			}
			out.Write(raw)
			continue
		}
		if skipping {
			continue
		}
		if htmlDropped[name] && tt == html.StartTagToken && !htmlIsJSONLD(z, name, hasAttr) {
			skipping = true
			continue
		}
		if tt == html.SelfClosingTagToken || htmlVoid[name] {
			out.Write(raw)
			continue
		}
		stack = htmlAutoClose(stack, name)
		if len(stack) >= maxDepth {
			suppressed[name]++
			dropped++
			continue
		}
		stack = append(stack, name)
		out.Write(raw)
	}
}

// htmlIsJSONLD reports whether the script tag being tokenised holds
// JSON-LD metadata. It consumes the tag's attributes.
func htmlIsJSONLD(z *html.Tokenizer, name string, hasAttr bool) bool {
	if name != "script" {
		return false
	}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		if string(k) == "type" && strings.EqualFold(strings.TrimSpace(string(v)), "application/ld+json") {
			return true
		}
	}
	return false
}

// htmlAutoClose pops the elements that a start tag name implicitly
// closes from the top of the open-element stack.
func htmlAutoClose(stack []string, name string) []string {
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		switch {
		case top == "p" && htmlClosesP[name],
			top == name && (name == "li" || name == "option" || name == "tr" || name == "a"),
			(top == "td" || top == "th") && (name == "td" || name == "th" || name == "tr"),
			(top == "dt" || top == "dd") && (name == "dt" || name == "dd"):
			stack = stack[:len(stack)-1]
		default:
			return stack
		}
	}
	return stack
}
