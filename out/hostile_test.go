package out

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	gonumdot "gonum.org/v1/gonum/graph/formats/dot"

	"github.com/actorgraph/actorgraph/graph"
)

// checkXML fails unless doc is well-formed XML.
func checkXML(t *testing.T, what string, doc []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", what, err)
		}
	}
}

// checkCSV fails unless doc parses as CSV with rows of one length and no
// text cell that a spreadsheet would run as a formula.
func checkCSV(t *testing.T, what string, doc []byte) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(doc)).ReadAll()
	if err != nil {
		t.Fatalf("%s does not parse as CSV: %v", what, err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s is empty", what)
	}
	for i, row := range rows[1:] {
		for j, cell := range row {
			if !formulaStart(cell) {
				continue
			}
			if isNumber(cell) && !strings.ContainsAny(cell[1:], "+-=@") { // a negative number
				continue
			}
			t.Errorf("%s row %d column %s: cell %.40q can run as a formula", what, i+1, rows[0][j], cell)
		}
	}
}

func formulaStart(s string) bool {
	if s == "" {
		return false
	}
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20':
		return true
	}
	return false
}

// checkDOT fails unless doc parses with gonum's DOT parser.
func checkDOT(t *testing.T, what string, doc []byte) {
	t.Helper()
	if _, err := gonumdot.ParseBytes(doc); err != nil {
		t.Fatalf("%s does not parse as DOT: %v\n%.600s", what, err, doc)
	}
}

// checkExports writes g in every data format and checks each output.
func checkExports(t *testing.T, g *graph.Graph) {
	t.Helper()
	for _, f := range []Format{FormatJSON, FormatGraphML, FormatGEXF, FormatCSV, FormatDOT} {
		var buf bytes.Buffer
		if err := Export(&buf, g, f); err != nil {
			t.Fatalf("Export(%s) = %v", f, err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Errorf("Export(%s) wrote invalid UTF-8", f)
		}
		switch f {
		case FormatJSON:
			var v NodeLink
			if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
				t.Fatalf("JSON export does not parse: %v", err)
			}
			if len(v.Nodes) != len(g.Nodes) {
				t.Errorf("JSON export has %d nodes, want %d", len(v.Nodes), len(g.Nodes))
			}
		case FormatGraphML, FormatGEXF:
			checkXML(t, string(f), buf.Bytes())
			checkInert(t, buf.Bytes())
		case FormatCSV:
			checkCSV(t, "edges CSV", buf.Bytes())
		case FormatDOT:
			checkDOT(t, "DOT export", buf.Bytes())
		}
	}
	var nodes, edges bytes.Buffer
	if err := ExportCSV(&nodes, &edges, g); err != nil {
		t.Fatal(err)
	}
	checkCSV(t, "nodes CSV", nodes.Bytes())
	checkCSV(t, "edges CSV", edges.Bytes())
	d := DiagramFrom(g, nil, nil)
	d.Title, d.Subtitle, d.Note = hostileNames()[4], hostileNames()[3], hostileNames()[5]
	d.Communities = hostileNames()
	var dot bytes.Buffer
	if err := WriteDOT(&dot, d, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	checkDOT(t, "diagram DOT", dot.Bytes())
}

func TestHostileNamesExports(t *testing.T) {
	checkExports(t, hostileGraph())
}

// TestHostileNamesDOTEscapes checks the DOT text itself: every quoted
// string closes where it should, and Graphviz escapes reach Graphviz as
// literal backslashes.
func TestHostileNamesDOTEscapes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Quote", `say "hi"`, `"say \"hi\""`},
		{"TrailingBackslash", `abc\`, `"abc\\"`},
		{"NodeNameEscape", `\N`, `"\\N"`},
		{"Newline", "a\nb", `"a b"`},
		{"BraceBreakout", `"]; x [label="y`, `"\"]; x [label=\"y"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dotQuote(tt.in); got != tt.want {
				t.Errorf("dotQuote(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestHostileNamesSVG renders the hostile graph through Graphviz and checks
// that the SVG is well-formed, inert, and shows names as text.
func TestHostileNamesSVG(t *testing.T) {
	g := hostileGraph()
	d := DiagramFrom(g, nil, nil)
	d.Title = `<script>alert("title")</script>`
	d.Note = `]]> & &amp; \N`
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, d, RenderOptions{Layout: "neato"}); err != nil {
		t.Fatalf("Render(hostile) = %v", err)
	}
	text := svgText(t, buf.Bytes())
	checkInert(t, buf.Bytes())
	for _, want := range []string{`<script>alert(1)</script>`, `"quoted" name`, `\N \G \L`, `<script>alert("title")</script>`} {
		if !strings.Contains(text, want) {
			t.Errorf("SVG text does not show %q literally", want)
		}
	}
	if strings.Contains(text, "pwned") && !strings.Contains(text, `label="pwned"`) {
		t.Errorf("a name broke out of its DOT string")
	}
	if strings.Count(buf.String(), `class="node"`) != len(g.Nodes) {
		t.Errorf("SVG has %d nodes, want %d", strings.Count(buf.String(), `class="node"`), len(g.Nodes))
	}
	var png bytes.Buffer
	if err := Render(context.Background(), &png, d, RenderOptions{Format: FormatPNG, Layout: "neato"}); err != nil {
		t.Fatalf("Render(hostile, png) = %v", err)
	}
}

func TestCSVText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Putin", "Putin"},
		{"=1+1", "'=1+1"},
		{"+7", "'+7"},
		{"-cmd", "'-cmd"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"＝1", "'＝1"},
		{"", ""},
		{"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := csvText(tt.in); got != tt.want {
			t.Errorf("csvText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
