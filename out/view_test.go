package out_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/out/browsertest"
)

// viewFixture is a view of three actors whose evidence holds a sentence
// with markup, which the page must show as text.
func viewFixture() *out.View {
	g := &graph.Graph{
		Format:    graph.Format,
		Documents: []graph.DocRef{{ID: "a.txt", Title: "Talks"}},
		Nodes: []graph.Node{
			{ID: 0, Name: "Russia", Type: extract.KindState, Mentions: 9, Documents: 1},
			{ID: 1, Name: "Steve Witkoff", Type: extract.KindPerson, Mentions: 5, Documents: 1},
			{ID: 2, Name: "Yuri Ushakov", Type: extract.KindPerson, Mentions: 3, Documents: 1},
		},
		Edges: []graph.Edge{
			{Source: 0, Target: 1, Weight: 4, Documents: 1},
			{Source: 1, Target: 2, Weight: 3, Documents: 1},
		},
		Stances: []graph.Stance{{Source: 2, Target: 1, Positive: 1}},
	}
	d := out.DiagramFrom(g, []float64{3, 2, 1}, []int{0, 1, 0})
	v := &out.View{Diagram: d, Sources: []out.Source{{N: 1, ID: "a.txt", Label: "a.txt", Title: "Talks", Date: "2025-11-20"}}}
	for _, n := range d.Nodes {
		v.Nodes = append(v.Nodes, out.ViewNode{ID: n.ID, Name: n.Name, Type: n.Type, Colour: out.CommunityColour(n.Community), Rank: n.ID + 1})
	}
	for i, e := range d.Edges {
		ve := out.ViewEdge{Index: i, From: e.From, To: e.To, Kind: e.Kind.String(), Polarity: e.Polarity, Weight: e.Weight, Total: e.Weight}
		ve.Evidence = []out.ViewEvidence{{Text: "Witkoff met Ushakov <script>alert(1)</script> in Moscow.", Source: 1}}
		v.Edges = append(v.Edges, ve)
	}
	return v
}

func TestWriteViewSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := out.WriteView(context.Background(), &buf, viewFixture(), out.RenderOptions{}); err != nil {
		t.Fatalf("WriteView: %v", err)
	}
	page := buf.String()
	for _, bad := range []string{"<script>alert(1)", "src=\"http", "href=\"http", "@import", "url(http"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{`id="edge1"`, `id="actor2"`, `class="agv-data"`, "<svg"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestViewInChromium loads the view in headless Chromium, checks that it
// requests nothing but itself and throws no error, clicks the tie between
// Russia and Witkoff and reads the evidence panel.
func TestViewInChromium(t *testing.T) {
	b := browsertest.Start(t)
	var buf bytes.Buffer
	if err := out.WriteView(context.Background(), &buf, viewFixture(), out.RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "view.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := b.Navigate("file://" + path); err != nil {
		t.Fatal(err)
	}
	ClickEdge(t, b, "view", 0)
	var panel string
	if err := b.Eval(`document.querySelector("#view .agv-panel").innerText`, &panel); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Russia — Steve Witkoff", "4 shared sentences", "<script>alert(1)</script> in Moscow", "[1]", "Talks"} {
		if !strings.Contains(panel, want) {
			t.Errorf("evidence panel lacks %q:\n%s", want, panel)
		}
	}
	for _, r := range b.Requests() {
		if r != "file://"+path {
			t.Errorf("the page requested %s", r)
		}
	}
	if errs := b.Errors(); len(errs) > 0 {
		t.Errorf("script errors: %v", errs)
	}
}

// ClickEdge clicks the middle of edge index of the view with the given
// element id, as a reader would, and fails t when nothing is there.
func ClickEdge(t *testing.T, b *browsertest.Browser, view string, index int) {
	t.Helper()
	var pt struct{ X, Y float64 }
	js := `(() => { const g = document.querySelector("#` + view + ` #edge` + strconv.Itoa(index) + `");
  const p = g.querySelector("path:not(.agv-hit)"); g.scrollIntoView({block: "center"});
  const q = p.getPointAtLength(p.getTotalLength() / 2), m = p.getScreenCTM();
  return {X: q.x * m.a + q.y * m.c + m.e, Y: q.x * m.b + q.y * m.d + m.f}; })()`
	if err := b.Eval(js, &pt); err != nil {
		t.Fatalf("locate edge %d: %v", index, err)
	}
	if err := b.Click(pt.X, pt.Y); err != nil {
		t.Fatalf("click edge %d: %v", index, err)
	}
}
