package out

import (
	"bytes"
	"strings"
	"testing"
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
