package main

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/actorgraph/actorgraph/out/browsertest"
)

// TestReportSeeds checks the report of the reference articles as the
// acceptance of issue 15 states it: the HTML parses, embeds its SVGs,
// refers to no network resource, has at least 20 citations that all
// resolve into its source list, and the Markdown has its figures beside it;
// in headless Chromium it renders (the screenshot is not blank), requests
// nothing but itself, and the interactive view's evidence panel opens on
// a click on a tie.
func TestReportSeeds(t *testing.T) {
	shared := sharedDir(t)
	dir := t.TempDir()
	mustRun(t, "report", filepath.Join(shared, "corpus", "seeds"), "-o", dir)
	page, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("report.html does not parse: %v", err)
	}
	checkReportDOM(t, doc)
	cites := regexp.MustCompile(`href="#src-(\d+)"`).FindAllSubmatch(page, -1)
	if len(cites) < 20 {
		t.Errorf("%d citations, want at least 20", len(cites))
	}
	for _, c := range cites {
		if !bytes.Contains(page, []byte(`id="src-`+string(c[1])+`"`)) {
			t.Errorf("citation [%s] has no entry in the source list", c[1])
		}
	}
	md, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`\]\((figure-\d+\.svg)\)`).FindAllSubmatch(md, -1) {
		svg, err := os.ReadFile(filepath.Join(dir, string(m[1])))
		if err != nil {
			t.Errorf("report.md shows %s: %v", m[1], err)
			continue
		}
		if err := xml.Unmarshal(svg, new(struct{})); err != nil {
			t.Errorf("%s is not well-formed XML: %v", m[1], err)
		}
	}
	checkReportInBrowser(t, filepath.Join(dir, "report.html"))
}

// checkReportDOM checks that the page has inline SVG figures and no
// element that loads anything: no src, no stylesheet link, no url() to a
// host.
func checkReportDOM(t *testing.T, doc *html.Node) {
	t.Helper()
	svgs := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.Data == "svg" {
				svgs++
			}
			for _, a := range n.Attr {
				switch {
				case a.Key == "src", a.Key == "srcset", a.Key == "xlink:href" && !strings.HasPrefix(a.Val, "#"):
					t.Errorf("<%s %s=%q> would load a resource", n.Data, a.Key, a.Val)
				case n.Data == "link" && a.Key == "href":
					t.Errorf("<link href=%q> would load a resource", a.Val)
				case a.Key == "style" && strings.Contains(a.Val, "url("):
					t.Errorf("<%s style=%q> would load a resource", n.Data, a.Val)
				}
			}
			if n.Data == "style" && n.FirstChild != nil && regexp.MustCompile(`url\(|@import`).MatchString(n.FirstChild.Data) {
				t.Errorf("a <style> loads a resource")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if svgs < 2 {
		t.Errorf("%d inline SVGs, want the figures and the interactive view", svgs)
	}
}

// checkReportInBrowser opens the report in headless Chromium.
func checkReportInBrowser(t *testing.T, path string) {
	b := browsertest.Start(t)
	url := "file://" + path
	if err := b.Navigate(url); err != nil {
		t.Fatal(err)
	}
	shot, err := b.Screenshot(false)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	colours := map[uint32]bool{}
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y += 7 {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[r>>12<<8|g>>12<<4|bl>>12] = true
		}
	}
	if len(colours) < 8 {
		t.Errorf("the screenshot is blank (%d colours)", len(colours))
	}
	// Click a co-mention tie of the interactive view whose middle is not
	// covered by another element.
	var hit struct {
		Index int
		X, Y  float64
		Head  string
	}
	js := `(() => { const v = document.querySelector("#explore-view"); v.scrollIntoView();
  const data = JSON.parse(v.querySelector("script.agv-data").textContent);
  const names = {}; data.nodes.forEach(n => names[n.id] = n.name);
  for (const e of data.edges) {
    if (e.kind !== "comention" || e.evidence.length === 0) continue;
    const g = v.querySelector("#edge" + e.index), p = g && g.querySelector("path:not(.agv-hit)");
    if (!p) continue;
    const q = p.getPointAtLength(p.getTotalLength() / 2), m = p.getScreenCTM();
    const x = q.x * m.a + q.y * m.c + m.e, y = q.x * m.b + q.y * m.d + m.f;
    const top = document.elementFromPoint(x, y);
    if (top && top.closest("g.edge") === g) return {Index: e.index, X: x, Y: y, Head: names[e.from] + " — " + names[e.to]};
  }
  return null; })()`
	if err := b.Eval(js, &hit); err != nil {
		t.Fatal(err)
	}
	if hit.Head == "" {
		t.Fatal("no co-mention tie of the interactive view can be clicked")
	}
	if err := b.Click(hit.X, hit.Y); err != nil {
		t.Fatal(err)
	}
	var panel string
	if err := b.Eval(`document.querySelector("#explore-view .agv-panel").innerText`, &panel); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(panel, hit.Head) || !strings.Contains(panel, "shared sentence") || !regexp.MustCompile(`\[\d+\]`).MatchString(panel) {
		t.Errorf("the evidence panel did not open on %s with its citations:\n%s", hit.Head, panel)
	}
	for _, r := range b.Requests() {
		if r != url {
			t.Errorf("the report requested %s", r)
		}
	}
	if errs := b.Errors(); len(errs) > 0 {
		t.Errorf("script errors: %v", errs)
	}
}
