package cite

import (
	"net/url"
	"path"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

// List numbers the documents a text cites, in the order they are
// first cited, and lists them as sources: every claim of a report points
// by number into that list.
type List struct {
	g      *graph.Graph
	labels []string
	num    map[int]int
	order  []int
}

// New returns an empty list of the documents of g.
func New(g *graph.Graph) *List {
	return &List{g: g, labels: DocLabels(g), num: map[int]int{}}
}

// Cite returns the number of document doc (an index into the graph's
// documents), numbering it on its first citation; 0 for an unknown doc.
func (c *List) Cite(doc int) int {
	if doc < 0 || doc >= len(c.g.Documents) {
		return 0
	}
	if n, ok := c.num[doc]; ok {
		return n
	}
	c.order = append(c.order, doc)
	c.num[doc] = len(c.order)
	return len(c.order)
}

// Len returns the number of documents cited so far.
func (c *List) Len() int { return len(c.order) }

// Sources returns the cited documents in citation order.
func (c *List) Sources() []out.Source {
	src := make([]out.Source, len(c.order))
	for i, d := range c.order {
		src[i] = NewSource(c.g, d, c.labels[d])
		src[i].N = i + 1
	}
	return src
}

// NewSource returns the source record of document doc of g with its
// label (see DocLabels).
func NewSource(g *graph.Graph, doc int, label string) out.Source {
	d := g.Documents[doc]
	return out.Source{ID: d.ID, Label: label, Title: d.Title, Outlet: Outlet(d), Date: d.Date, URL: d.URL, Path: d.Path}
}

// Outlet names the publication of a document: the host of its URL without
// "www.", or "" when it has no URL.
func Outlet(d graph.DocRef) string {
	if d.URL == "" {
		return ""
	}
	u, err := url.Parse(d.URL)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// DocLabels returns a short label for every document of g that no other
// document shares: its ID without the folders that every document ID
// shares ("politics/001.txt" and "business/001.txt" from an archive with
// both folders; "01-envoy-trip.txt" from one folder). Text output cites
// documents by it, and ends with the list that maps each label to the full
// ID, title, date and URL.
func DocLabels(g *graph.Graph) []string {
	ids := make([]string, len(g.Documents))
	for i, d := range g.Documents {
		ids[i] = d.ID
	}
	prefix := commonDir(ids)
	labels := make([]string, len(ids))
	for i, id := range ids {
		labels[i] = strings.TrimPrefix(id, prefix)
		if labels[i] == "" {
			labels[i] = id
		}
	}
	return labels
}

// commonDir returns the longest folder prefix (ending in "/") that every
// id shares, "" when there is none or only one id.
func commonDir(ids []string) string {
	if len(ids) < 2 {
		if len(ids) == 1 {
			if dir, _ := path.Split(ids[0]); dir != "" && !strings.Contains(ids[0], "#") {
				return dir
			}
		}
		return ""
	}
	p := ids[0]
	for _, id := range ids[1:] {
		for !strings.HasPrefix(id, p) {
			p = p[:len(p)-1]
		}
	}
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i+1]
	}
	return ""
}
