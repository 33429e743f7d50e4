package cite

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestList(t *testing.T) {
	g := &graph.Graph{Documents: []graph.DocRef{
		{ID: "bbc/politics/001.txt", Title: "One"},
		{ID: "bbc/business/001.txt", Title: "Two", URL: "https://www.BBC.co.uk/news/2"},
		{ID: "bbc/politics/002.txt"},
	}}
	c := New(g)
	if n := c.Cite(1); n != 1 {
		t.Errorf("first citation numbered %d", n)
	}
	if n := c.Cite(0); n != 2 {
		t.Errorf("second citation numbered %d", n)
	}
	if n := c.Cite(1); n != 1 {
		t.Errorf("a document cited again numbered %d, want its first number", n)
	}
	if n := c.Cite(7); n != 0 || c.Len() != 2 {
		t.Errorf("an unknown document numbered %d (len %d)", n, c.Len())
	}
	src := c.Sources()
	if len(src) != 2 || src[0].N != 1 || src[0].ID != "bbc/business/001.txt" || src[0].Outlet != "bbc.co.uk" || src[1].Label != "politics/001.txt" {
		t.Errorf("Sources() = %+v", src)
	}
}

func TestDocLabels(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
		want []string
	}{
		{"common folder", []string{"a/x/1.txt", "a/y/1.txt"}, []string{"x/1.txt", "y/1.txt"}},
		{"one document", []string{"a/x/1.txt"}, []string{"1.txt"}},
		{"no common folder", []string{"1.txt", "b/2.txt"}, []string{"1.txt", "b/2.txt"}},
		{"common name start is no folder", []string{"ab/1.txt", "ac/2.txt"}, []string{"ab/1.txt", "ac/2.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &graph.Graph{}
			for _, id := range tt.ids {
				g.Documents = append(g.Documents, graph.DocRef{ID: id})
			}
			if got := DocLabels(g); !slices.Equal(got, tt.want) {
				t.Errorf("DocLabels = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOutlet(t *testing.T) {
	for url, want := range map[string]string{
		"https://www.reuters.com/x": "reuters.com",
		"http://News.BBC.co.uk:80/": "news.bbc.co.uk",
		"":                          "",
		"not a url":                 "",
	} {
		if got := Outlet(graph.DocRef{URL: url}); got != want {
			t.Errorf("Outlet(%q) = %q, want %q", url, got, want)
		}
	}
}
