package corpus

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"

	"github.com/actorgraph/actorgraph/extract/date"
)

// htmlDateNames are the names of the <meta> elements (name, property,
// itemprop or http-equiv, compared in lower case) that give a page's
// publication date: Open Graph and its article extension, schema.org,
// Dublin Core, Google Scholar and the tags of common publishing systems
// (Sailthru, Parse.ly). Modification dates are not among them.
var htmlDateNames = map[string]bool{
	"article:published_time": true, "og:published_time": true, "og:article:published_time": true,
	"article:published": true, "published_time": true, "published-date": true, "publish-date": true,
	"publish_date": true, "publishdate": true, "pubdate": true, "datepublished": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "dc.date.created": true, "dcterms.date": true,
	"dcterms.issued": true, "dcterms.created": true, "sailthru.date": true, "parsely-pub-date": true,
	"citation_publication_date": true, "citation_date": true, "originalpublicationdate": true,
	"article.published": true, "article_date_original": true, "og:pubdate": true, "rnews:datepublished": true,
}

// maxJSONLD bounds the JSON-LD script read for a date.
const maxJSONLD = 1 << 20

// htmlMetaDate returns the publication date a page states in its
// metadata, as written: a <meta> element named in htmlDateNames, a
// "datePublished" of its JSON-LD, or a <time> element marked as the
// publication date (itemprop="datePublished" or pubdate). Candidates that
// read as dates win, in that order; if none does, the first one is
// returned so that the Reader warns about it. Dates in the text of the
// page, its URL or its images are not looked at.
func htmlMetaDate(root *html.Node) string {
	var cands []string
	for _, m := range dom.GetElementsByTagName(root, "meta") {
		content := strings.TrimSpace(dom.GetAttribute(m, "content"))
		if content == "" {
			continue
		}
		for _, attr := range []string{"property", "name", "itemprop", "http-equiv"} {
			if htmlDateNames[strings.ToLower(strings.TrimSpace(dom.GetAttribute(m, attr)))] {
				cands = append(cands, content)
				break
			}
		}
	}
	for _, s := range dom.GetElementsByTagName(root, "script") {
		if !strings.EqualFold(strings.TrimSpace(dom.GetAttribute(s, "type")), "application/ld+json") {
			continue
		}
		if v := jsonLDDate(dom.TextContent(s)); v != "" {
			cands = append(cands, v)
		}
	}
	for _, t := range dom.GetElementsByTagName(root, "time") {
		if strings.EqualFold(dom.GetAttribute(t, "itemprop"), "datePublished") || dom.HasAttribute(t, "pubdate") {
			v := strings.TrimSpace(dom.GetAttribute(t, "datetime"))
			if v == "" {
				v = strings.TrimSpace(dom.TextContent(t))
			}
			if v != "" {
				cands = append(cands, v)
			}
		}
	}
	for _, c := range cands {
		if _, err := date.Parse(c); err == nil {
			return c
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return ""
}

// jsonLDDate returns the first "datePublished" string found in a JSON-LD
// script, searching objects and arrays depth first, or "".
func jsonLDDate(script string) string {
	if len(script) > maxJSONLD {
		return ""
	}
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(script)), &v); err != nil {
		return ""
	}
	return findDatePublished(v, 0)
}

// findDatePublished searches v for a "datePublished" string, at most 20
// levels deep.
func findDatePublished(v any, depth int) string {
	if depth > 20 {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
		// Keys in sorted order, so the result does not depend on map order.
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if s := findDatePublished(x[k], depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range x {
			if s := findDatePublished(e, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}
