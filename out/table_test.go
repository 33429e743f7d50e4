package out

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTable(t *testing.T) {
	tab := NewTable("actor", "type", "pagerank", "mentions")
	tab.Add("Donald Trump", "person", "0.1234", "120")
	tab.Add("Russia", "state", "0.0987", "7")
	tab.Add("evil\x1b[31m\tname", "org", "-0.5", "1,024")
	var buf bytes.Buffer
	if err := tab.Write(&buf); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"actor          type    pagerank  mentions",
		"Donald Trump   person    0.1234       120",
		"Russia         state     0.0987         7",
		"evil[31m name  org         -0.5     1,024",
		"",
	}, "\n")
	if got := buf.String(); got != want {
		t.Errorf("Table.Write =\n%s\nwant\n%s", got, want)
	}
}

func TestTableTruncates(t *testing.T) {
	tab := NewTable("name")
	tab.MaxCell = 10
	tab.Add(strings.Repeat("a", 100))
	var buf bytes.Buffer
	if err := tab.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Split(buf.String(), "\n")[1], "aaaaaaaaa…"; got != want {
		t.Errorf("long cell = %q, want %q", got, want)
	}
}

func TestTableWidth(t *testing.T) {
	tb := NewTable("ACTOR", "ALIASES", "N")
	tb.Add("Volodymyr Zelensky", "Volodymyr Zelenskiy; Volodymyr Zelensky; Zelenskiy; Zelensky", "18")
	tb.Add("Russia", "Kremlin; Moscow; Russia; Russian", "53")
	tb.Width = 40
	var b strings.Builder
	if err := tb.Write(&b); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
		if n := utf8.RuneCountInString(line); n > 40 {
			t.Errorf("line of %d runes, want at most 40: %q", n, line)
		}
	}
	if !strings.Contains(b.String(), "18") || !strings.Contains(b.String(), "Russia") {
		t.Errorf("table lost a cell:\n%s", b.String())
	}
}
