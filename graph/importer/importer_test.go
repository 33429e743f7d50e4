package importer

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// edgeSummary lists edges as "a–b:w" with names, in edge order.
func edgeSummary(g *graph.Graph) []string {
	var s []string
	for _, e := range g.Edges {
		s = append(s, g.Nodes[e.Source].Name+"–"+g.Nodes[e.Target].Name+":"+strconv.Itoa(e.Weight))
	}
	return s
}

func nodeNamesOf(g *graph.Graph) []string {
	var s []string
	for i, n := range g.Nodes {
		if n.ID != i {
			return []string{"bad id"}
		}
		s = append(s, n.Name)
	}
	return s
}

func TestReadEdgeListFile(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "analysis", "edges.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadEdgeList(f, "edges.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := nodeNamesOf(g), []string{`Kirill "K" Dmitriev`, "NATO", "Russia", "Steve Witkoff", "Yuri Ushakov"}; !reflect.DeepEqual(got, want) {
		t.Errorf("nodes = %q, want %q", got, want)
	}
	want := []string{`Kirill "K" Dmitriev–Russia:1`, "NATO–Russia:1", "Russia–Steve Witkoff:1", "Russia–Yuri Ushakov:3", "Steve Witkoff–Yuri Ushakov:3"}
	if got := edgeSummary(g); !reflect.DeepEqual(got, want) {
		t.Errorf("edges = %q, want %q", got, want)
	}
	if g.Nodes[2].Type != extract.KindUnknown || g.Nodes[2].Mentions != 6 {
		t.Errorf("Russia = %+v, want unknown type and 6 mentions", g.Nodes[2])
	}
}

func TestReadEdgeListErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"OneField", "a b 1\nlonely\n", "x:2: "},
		{"BadWeight", "a b heavy\n", "x:1: weight \"heavy\""},
		{"Negative", "a b -1\n", "x:1: weight -1 must be a positive number"},
		{"Zero", "a b 0\n", "positive"},
		{"NaN", "a b NaN\n", "positive"},
		{"Inf", "a b +Inf\n", "positive"},
		{"TooMany", "a b 1 2\n", "x:1: want"},
		{"Unterminated", "\"a b 1\n", "x:1: unterminated quote"},
		{"EmptyName", "\"\" b 1\n", "x:1: empty node name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadEdgeList(strings.NewReader(tt.in), "x")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadEdgeList(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestReadEdgeListFormats(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"GephiCSV", "Source,Target,Type,Id,Weight\nb,a,Undirected,0,2.0\n", []string{"a–b:2"}},
		{"HeaderNoWeight", "source target\na b\n", []string{"a–b:1"}},
		{"NetworkXDict", "a b {'weight': 2.5}\nb c {}\n", []string{"a–b:3", "b–c:1"}},
		{"BOMAndCRLF", "\ufeffa\tb\t2\r\nb\tc\t1\r\n", []string{"a–b:2", "b–c:1"}},
		{"Empty", "# nothing\n\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ReadEdgeList(strings.NewReader(tt.in), "x")
			if err != nil {
				t.Fatal(err)
			}
			if got := edgeSummary(g); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("edges = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadGraphML(t *testing.T) {
	tests := []struct {
		file  string
		nodes []string
		edges []string
		check func(t *testing.T, g *graph.Graph)
	}{
		{"networkx.graphml", []string{"NATO", "Russia", "Steve Witkoff", "Yuri Ushakov"},
			[]string{"NATO–Russia:1", "Russia–Steve Witkoff:3", "Steve Witkoff–Yuri Ushakov:3"},
			func(t *testing.T, g *graph.Graph) {
				w := g.Nodes[2]
				if w.Type != extract.KindPerson || w.Affiliation != "United States" || w.Mentions != 7 {
					t.Errorf("Witkoff = %+v", w)
				}
				if g.Nodes[0].Type != extract.KindOrg || g.Nodes[1].Type != extract.KindState {
					t.Errorf("types = %v, %v", g.Nodes[0].Type, g.Nodes[1].Type)
				}
			}},
		{"gephi.graphml", []string{"Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"},
			[]string{"Donald Trump–Vladimir Putin:4", "Donald Trump–Volodymyr Zelensky:3"},
			func(t *testing.T, g *graph.Graph) {
				if g.Nodes[0].Type != extract.KindUnknown {
					t.Errorf("Trump type = %v, want unknown", g.Nodes[0].Type)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "analysis", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			g, err := ReadGraphML(f, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if got := nodeNamesOf(g); !reflect.DeepEqual(got, tt.nodes) {
				t.Errorf("nodes = %q, want %q", got, tt.nodes)
			}
			if got := edgeSummary(g); !reflect.DeepEqual(got, tt.edges) {
				t.Errorf("edges = %q, want %q", got, tt.edges)
			}
			tt.check(t, g)
		})
	}
}

func TestReadGraphMLErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Empty", "", "empty or not GraphML"},
		{"NotXML", "{json}", "not GraphML"},
		{"WrongRoot", "<gexf/>", "root element <gexf>"},
		{"NoGraph", "<graphml></graphml>", "no <graph>"},
		{"BadWeight", `<graphml><key id="w" for="edge" attr.name="weight"/><graph><edge source="a" target="b"><data key="w">x</data></edge></graph></graphml>`, "weight \"x\""},
		{"NegativeWeight", `<graphml><key id="w" for="edge" attr.name="weight"/><graph><edge source="a" target="b"><data key="w">-2</data></edge></graph></graphml>`, "positive"},
		{"NoSource", `<graphml><graph><edge target="b"/></graph></graphml>`, "without source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGraphML(strings.NewReader(tt.in), "x")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadGraphML(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
			}
		})
	}
}
