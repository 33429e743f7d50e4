package out

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// svgText parses an SVG and returns the concatenated text content, so
// tests can check the names it shows. It fails on malformed XML.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			text.Write(cd)
			text.WriteByte('\n')
		}
	}
	return text.String()
}

// checkInert fails when an SVG or other XML document holds active
// content: script or foreignObject elements, event-handler attributes,
// or javascript: links.
func checkInert(t *testing.T, doc []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "script", "foreignobject", "iframe", "object", "embed":
			t.Errorf("active element <%s>", se.Name.Local)
		}
		for _, a := range se.Attr {
			name := strings.ToLower(a.Name.Local)
			if strings.HasPrefix(name, "on") {
				t.Errorf("event attribute %s=%q on <%s>", a.Name.Local, a.Value, se.Name.Local)
			}
			if (name == "href" || name == "src") && strings.Contains(strings.ToLower(a.Value), "javascript:") {
				t.Errorf("javascript link %s=%q", a.Name.Local, a.Value)
			}
		}
	}
}

func TestRenderSVG(t *testing.T) {
	g, size, comm := sampleGraph()
	d := DiagramFrom(g, size, comm)
	d.SizeBy = "weighted degree"
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, d, RenderOptions{Format: FormatSVG}); err != nil {
		t.Fatalf("Render(svg) = %v", err)
	}
	text := svgText(t, buf.Bytes())
	for _, name := range []string{"Steve Witkoff", "Vladimir Putin", "Yuri Ushakov", "Russia", "Ukraine", "United States", "Actor network"} {
		if !strings.Contains(text, name) {
			t.Errorf("SVG does not name %q", name)
		}
	}
	checkInert(t, buf.Bytes())
}

// TestRenderHeader checks that the title and legend survive Graphviz's
// HTML-like label parser, which drops the whole label on any error, with
// many communities, no communities, and empty or hostile texts.
func TestRenderHeader(t *testing.T) {
	many := DiagramFrom(benchGraph(120))
	none := DiagramFrom(smallGraph(), nil, nil)
	hostile := DiagramFrom(hostileGraph(), nil, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	hostile.Communities = hostileNames()
	hostile.SizeBy = `<b>"pagerank"</b> &`
	hostile.Subtitle = ""
	for name, d := range map[string]*Diagram{"ManyCommunities": many, "NoCommunities": none, "Hostile": hostile} {
		t.Run(name, func(t *testing.T) {
			d.Title = "Header check"
			var buf bytes.Buffer
			if err := Render(context.Background(), &buf, d, RenderOptions{Layout: "neato"}); err != nil {
				t.Fatal(err)
			}
			text := svgText(t, buf.Bytes())
			for _, want := range []string{"Header check", "Links", "Shapes"} {
				if !strings.Contains(text, want) {
					t.Errorf("SVG header lacks %q", want)
				}
			}
		})
	}
}

func TestRenderLayouts(t *testing.T) {
	g := smallGraph()
	d := DiagramFrom(g, nil, nil)
	for _, layout := range Layouts() {
		t.Run(layout, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(context.Background(), &buf, d, RenderOptions{Layout: layout}); err != nil {
				t.Fatalf("Render(%s) = %v", layout, err)
			}
			if text := svgText(t, buf.Bytes()); !strings.Contains(text, "Witkoff") {
				t.Errorf("Render(%s) does not name Witkoff", layout)
			}
		})
	}
}

// TestRenderDeterministic renders twice in one process. neato, fdp, dot
// and circo give the same bytes every time; sfdp does only for the first
// layout of a process (see TestRenderDeterministicAcrossProcesses), so it
// is not checked here.
func TestRenderDeterministic(t *testing.T) {
	g, size, comm := sampleGraph()
	d := DiagramFrom(g, size, comm)
	for _, tt := range []RenderOptions{
		{Format: FormatSVG, Layout: "neato"},
		{Format: FormatSVG, Layout: "dot"},
		{Format: FormatSVG, Layout: "fdp"},
		{Format: FormatSVG, Layout: "circo"},
		{Format: FormatPNG, Layout: "neato"},
		{Format: FormatDOT},
	} {
		var a, b bytes.Buffer
		if err := Render(context.Background(), &a, d, tt); err != nil {
			t.Fatal(err)
		}
		if err := Render(context.Background(), &b, d, tt); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("Render(%s, %s) twice gave different bytes", tt.Format, tt.Layout)
		}
	}
}

// TestRenderDeterministicAcrossProcesses checks what the command line
// relies on: two runs of a program that renders once give the same SVG
// with the default layout. It runs this test binary twice as a helper.
func TestRenderDeterministicAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two processes")
	}
	var outs [][]byte
	for i := range 2 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("run%d.svg", i))
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRenderOnce$", "-test.count=1")
		cmd.Env = append(os.Environ(), "OUT_HELPER_SVG="+path)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("helper run %d: %v\n%s", i, err, out)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Errorf("two processes rendered different SVG (%d and %d bytes)", len(outs[0]), len(outs[1]))
	}
}

// TestHelperRenderOnce is run by TestRenderDeterministicAcrossProcesses.
func TestHelperRenderOnce(t *testing.T) {
	path := os.Getenv("OUT_HELPER_SVG")
	if path == "" {
		t.Skip("helper for TestRenderDeterministicAcrossProcesses")
	}
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, DiagramFrom(sampleGraph()), RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRenderPNG(t *testing.T) {
	g, size, comm := sampleGraph()
	d := DiagramFrom(g, size, comm)
	d.SizeBy = "weighted degree"
	d.Title = "Who talks about the war in Ukraine"
	d.Note = "Sample data, hand-made for the tests of package out"
	d.HighlightPath([]int{nodeID(g, "Yuri Ushakov"), nodeID(g, "Steve Witkoff"), nodeID(g, "Donald Trump")})
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, d, RenderOptions{Format: FormatPNG}); err != nil {
		t.Fatalf("Render(png) = %v", err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("Render(png) output starts %q, want the PNG signature", buf.Bytes()[:min(8, buf.Len())])
	}
	if dir := os.Getenv("OUT_SAMPLE_DIR"); dir != "" { // to look at the picture
		if err := os.WriteFile(filepath.Join(dir, "sample-path.png"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRenderErrors(t *testing.T) {
	d := DiagramFrom(smallGraph(), nil, nil)
	tests := []struct {
		name string
		d    *Diagram
		opts RenderOptions
	}{
		{"Empty", &Diagram{}, RenderOptions{}},
		{"UnknownLayout", d, RenderOptions{Layout: "twopi"}},
		{"DataFormat", d, RenderOptions{Format: FormatGraphML}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(context.Background(), &buf, tt.d, tt.opts); err == nil {
				t.Errorf("Render = nil error, want one")
			}
			if buf.Len() > 0 {
				t.Errorf("Render wrote %d bytes on error", buf.Len())
			}
		})
	}
}

func TestRenderCancelled(t *testing.T) {
	d := DiagramFrom(benchGraph(300))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	if err := Render(ctx, &buf, d, RenderOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Render(cancelled) = %v, want context.Canceled", err)
	}
	// A deadline in the middle of a layout returns promptly.
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := Render(ctx, &buf, d, RenderOptions{})
	if took := time.Since(start); err != nil && took > 2*time.Second {
		t.Errorf("Render returned %v after %v, want prompt return", err, took)
	}
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Render(deadline) = %v, want context.DeadlineExceeded", err)
	}
	if err != nil && buf.Len() > 0 {
		t.Errorf("Render wrote %d bytes after the deadline", buf.Len())
	}
}

// nodeID returns the ID of the named node, or -1.
func nodeID(g *graph.Graph, name string) int {
	for _, n := range g.Nodes {
		if n.Name == name {
			return n.ID
		}
	}
	return -1
}
