package extract

import (
	"slices"
	"testing"
)

// FuzzStatements checks that statement detection never panics and that
// every statement points into the text and names an actor of the document.
func FuzzStatements(f *testing.F) {
	for _, s := range []string{
		"\u201cWe will not accept this,\u201d said Dmitry Peskov, the Kremlin spokesman. He added: \u201cNo.\u201d",
		"Ukrainian officials, however, argue that the plan is unacceptable, according to a U.S. official.",
		"Putin: \" \" said , ,", "He said. She said. It said: they said \u201c",
		"According to", "\u201d said the", ", including , said",
	} {
		f.Add(s)
	}
	ex := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		x, err := ex.Extract(Document{ID: "fuzz", Text: text})
		if err != nil {
			return
		}
		names := make([]string, 0, len(x.Actors))
		for _, a := range x.Actors {
			names = append(names, a.Name)
		}
		for _, s := range x.Statements {
			if s.Start < 0 || s.Start >= s.End || s.End > len(text) || text[s.Start:s.End] != s.Text {
				t.Fatalf("statement span %v out of text or not its sentence %q", s.Span, s.Text)
			}
			if !slices.Contains(names, s.Speaker) {
				t.Fatalf("speaker %q is not an actor of the document (%v)", s.Speaker, names)
			}
			if s.Polarity < -1 || s.Polarity > 1 {
				t.Fatalf("polarity %d out of range", s.Polarity)
			}
			if slices.Contains(s.Targets, s.Speaker) {
				t.Fatalf("speaker %q among its own targets %v", s.Speaker, s.Targets)
			}
		}
		for _, m := range x.Mentions {
			if m.Start < 0 || m.Start >= m.End || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v out of text", m)
			}
		}
	})
}
