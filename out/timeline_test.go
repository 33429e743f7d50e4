package out

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"
)

func chartFixture() TimelineChart {
	day := func(s string) time.Time {
		t, _ := time.Parse("2006-01-02", s)
		return t
	}
	return TimelineChart{
		Title: `Japan & "US" <by month>`, Subtitle: "1987-02-01 to 1987-10-31",
		VolumeName: "mentions of Japan", DocumentsName: "documents mentioning Japan", StatementsName: "statements about Japan",
		Buckets: []ChartBucket{
			{Label: "Feb 1987", Start: day("1987-02-01"), End: day("1987-02-28"), Documents: 211, Volume: 35, VolumeDocs: 8},
			{Label: "Mar 1987", Start: day("1987-03-01"), End: day("1987-03-31"), Documents: 10536, Volume: 2672, VolumeDocs: 774, Support: 132, Opposition: 129},
			{Label: "Apr 1987", Start: day("1987-04-01"), End: day("1987-04-30"), Documents: 4739, Volume: 2189, VolumeDocs: 516, Support: 104, Opposition: 116},
			{Label: "Oct 1987", Start: day("1987-10-01"), End: day("1987-10-31"), Documents: 1243, Volume: 230, VolumeDocs: 56, Support: 10, Opposition: 8},
		},
	}
}

// wellFormed parses an SVG with encoding/xml and returns its text.
func wellFormed(t *testing.T, svg []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var text strings.Builder
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, svg)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = x.Name.Local
			}
		case xml.CharData:
			text.Write(x)
			text.WriteByte('\n')
		}
	}
	if root != "svg" {
		t.Fatalf("root element %q, want svg", root)
	}
	return text.String()
}

func TestWriteTimelineSVG(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTimelineSVG(&buf, chartFixture()); err != nil {
		t.Fatal(err)
	}
	text := wellFormed(t, buf.Bytes())
	for _, want := range []string{`Japan & "US" <by month>`, "mentions of Japan", "documents mentioning Japan",
		"statements about Japan", "support", "opposition", "Feb 1987", "Mar 1987", "10,536 docs", "Oct 1987", "3,000", "Mar 1987: 2672"} {
		if !strings.Contains(text, want) {
			t.Errorf("chart text lacks %q:\n%s", want, text)
		}
	}
	// The documents line breaks over the months without documents.
	if n := strings.Count(buf.String(), "<polyline"); n != 1 {
		t.Errorf("%d document lines, want 1 (Feb-Apr; Oct stands alone)", n)
	}
}

func TestWriteTimelineSVGDeterministicAndEmpty(t *testing.T) {
	var a, b bytes.Buffer
	WriteTimelineSVG(&a, chartFixture())
	WriteTimelineSVG(&b, chartFixture())
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two charts of the same data differ")
	}
	if err := WriteTimelineSVG(io.Discard, TimelineChart{Title: "x"}); err == nil {
		t.Error("a chart without periods gives no error")
	}
}

func TestWriteTimelineSVGHostile(t *testing.T) {
	c := chartFixture()
	c.Title = "</svg><script>alert(1)</script>\x00\u202e"
	c.Buckets[0].Label = "<b>&"
	c.StatementsName = ""
	var buf bytes.Buffer
	if err := WriteTimelineSVG(&buf, c); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, buf.Bytes())
	if strings.Contains(buf.String(), "<script") {
		t.Error("a title injected markup")
	}
}

func TestNiceScale(t *testing.T) {
	tests := []struct{ max, step, limit int }{{0, 1, 1}, {1, 1, 1}, {7, 2, 8}, {35, 10, 40}, {2672, 1000, 3000}, {132, 50, 150}}
	for _, tt := range tests {
		if s, l := niceScale(tt.max); s != tt.step || l != tt.limit {
			t.Errorf("niceScale(%d) = %d, %d; want %d, %d", tt.max, s, l, tt.step, tt.limit)
		}
	}
}
