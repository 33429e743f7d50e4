package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// item is one result of Reader.Next in a compact, comparable form:
// "doc ID | title | first words" or "skip path:line: reason".
func listItems(t *testing.T, c *Reader) (items []string, warnings []string) {
	t.Helper()
	for range 10000 {
		doc, err := c.Next()
		if err == io.EOF {
			return items, warnings
		}
		var skip *SkipError
		switch {
		case errors.As(err, &skip):
			s := fmt.Sprintf("skip %s", skip.Path)
			if skip.Line > 0 {
				s += fmt.Sprintf(":%d", skip.Line)
			}
			items = append(items, s+" "+string(skip.Reason))
		case err != nil:
			t.Fatalf("Next() fatal error: %v", err)
		default:
			if !utf8.ValidString(doc.Text) || doc.Text == "" {
				t.Errorf("Next() document %s has invalid or empty text %q", doc.ID, doc.Text)
			}
			if doc.Path == "" {
				t.Errorf("Next() document %s has no Path", doc.ID)
			}
			words := strings.Fields(doc.Text)
			title := doc.Title
			if title == "" {
				title = "(none)"
			}
			items = append(items, fmt.Sprintf("doc %s | %s | %s", doc.ID, title, strings.Join(words[:min(3, len(words))], " ")))
		}
	}
	t.Fatal("Next() did not reach io.EOF")
	return nil, nil
}

// write writes files under dir; a name ending in "/" makes a folder.
func write(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCorpusHostileFolder(t *testing.T) {
	dir := t.TempDir()
	para := "The envoy met the president in Moscow on Tuesday to discuss the peace plan, officials said. "
	page := "<html><head><title>Page title</title></head><body><article><p>" + strings.Repeat(para, 4) +
		"</p><p>" + strings.Repeat(para, 3) + "</p></article></body></html>"
	write(t, dir, map[string][]byte{
		"a_good.txt":   []byte("Envoy heads to Moscow\n\nFirst paragraph.\n\nSecond paragraph.\n"),
		"b_notes.md":   []byte("# Markdown *title*\n\nA [linked](http://x) word.\n"),
		"c_page.html":  []byte(page),
		"d_utf16.txt":  utf16(t, "UTF-16 title\n\nZelenskiy’s reply.\n", false),
		"e_latin1.txt": []byte("Latin-1 title\n\nCaf\xe9 cr\xe8me.\n"),
		"f_broken.txt": []byte("Broken title\n\nBad \xff byte in a café.\n"),
		"g_empty.txt":  nil,
		"h_image.png":  []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
		"i_big.txt":    bytes.Repeat([]byte("x"), 5000),
		"j_noext":      []byte("No extension title\n\nPlain body.\n"),
		"k_data.xyz":   []byte("Not UTF-8 \xe9\xe8 and unknown extension"),
		"l_records.jsonl": []byte("\n" + `{"id":"r1","title":"One","text":"First record."}` + "\n" +
			`{"title":"Two","text":"Second record."` + "\n" + // malformed: not closed
			"\n" + // blank lines are ignored
			`{"id":3,"title":"Three","text":"Third record."}` + "\n" +
			`{"title":"Four","text":42}` + "\n" +
			`{"title":"Five"}` + "\n" +
			`{"text":"` + strings.Repeat("y", 9000) + `"}` + "\n" +
			`{"text":"No id, last line, no newline."}`),
		"m_array.json":    []byte(`[{"id":"x1","text":"Array one."}, "not an object", {"text":"Array three."}]`),
		"n_single.json":   []byte("{\n  \"title\": \"Single\",\n  \"text\": \"One pretty-printed object.\"\n}\n"),
		"o_bad.json":      []byte(`[{"text":"ok"}, {"text": oops}, {"text":"never read"}]`),
		"o_big.json":      []byte(`[{"text":"small"}, {"text":"` + strings.Repeat("z", 9000) + `"}, {"text":"never read"}]`),
		"p_scalar.json":   []byte(`"just a string"`),
		"p_array.jsonl":   []byte("\n[\n  {\"text\": \"Misnamed array.\"}\n]\n"),
		"sub/nested.txt":  []byte("Nested title\n\nNested body.\n"),
		".hidden/x.txt":   []byte("Hidden\n\nNever read.\n"),
		".dotfile.txt":    []byte("Hidden\n\nNever read.\n"),
		"sub/.git/config": []byte("[core]\n"),
	})
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Skipf("symbolic links not supported: %v", err)
	}
	if err := os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "q_dangling.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("r_selfloop.txt", filepath.Join(dir, "r_selfloop.txt")); err != nil {
		t.Fatal(err)
	}
	root := os.Geteuid() == 0
	if !root {
		write(t, dir, map[string][]byte{"s_secret.txt": []byte("Secret\n\nBody.\n")})
		if err := os.Chmod(filepath.Join(dir, "s_secret.txt"), 0); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(filepath.Join(dir, "t_locked"), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(dir, "t_locked"), 0o755) })
	}

	var warnings []string
	c := Open([]string{dir}, Options{
		MaxDocBytes: 4096,
		OnWarning: func(w Warning) {
			warnings = append(warnings, strings.TrimPrefix(w.String(), dir+string(filepath.Separator)))
		},
	})
	defer c.Close()
	got, _ := listItems(t, c)
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], dir+string(filepath.Separator), "")
	}
	want := []string{
		"doc a_good.txt | Envoy heads to Moscow | First paragraph. Second",
		"doc b_notes.md | Markdown title | A linked word.",
		"doc c_page.html | Page title | The envoy met",
		"doc d_utf16.txt | UTF-16 title | Zelenskiy’s reply.",
		"doc e_latin1.txt | Latin-1 title | Café crème.",
		"doc f_broken.txt | Broken title | Bad \ufffd byte",
		"skip g_empty.txt empty",
		"skip h_image.png binary",
		"skip i_big.txt too-large",
		"doc j_noext | No extension title | Plain body.",
		"skip k_data.xyz unknown-format",
		"doc r1 | One | First record.",
		"skip l_records.jsonl:3 malformed-json",
		"doc 3 | Three | Third record.",
		"skip l_records.jsonl:6 bad-field",
		"skip l_records.jsonl:7 no-text",
		"skip l_records.jsonl:8 too-large",
		"doc l_records.jsonl#9 | (none) | No id, last",
		"doc x1 | (none) | Array one.",
		"skip m_array.json:2 malformed-json",
		"doc m_array.json#3 | (none) | Array three.",
		"doc n_single.json#1 | Single | One pretty-printed object.",
		"doc o_bad.json#1 | (none) | ok",
		"skip o_bad.json:2 malformed-json",
		"doc o_big.json#1 | (none) | small",
		"skip o_big.json:2 too-large",
		"doc p_array.jsonl#1 | (none) | Misnamed array.",
		"skip p_scalar.json malformed-json",
		"skip q_dangling.txt unreadable",
		"skip r_selfloop.txt symlink-loop",
	}
	if !root {
		want = append(want, "skip s_secret.txt unreadable")
	}
	want = append(want, "skip sub/loop symlink-loop", "doc sub/nested.txt | Nested title | Nested body.")
	if !root {
		want = append(want, "skip t_locked unreadable")
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Reader over a hostile folder:\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantWarn := []string{
		"e_latin1.txt: cp1252: not UTF-8; read as Windows-1252 (2 non-ASCII bytes converted)",
		"f_broken.txt: invalid-utf8: replaced 1 invalid UTF-8 bytes with U+FFFD",
	}
	if strings.Join(warnings, "\n") != strings.Join(wantWarn, "\n") {
		t.Errorf("warnings:\ngot:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(wantWarn, "\n"))
	}
}

func TestCorpusStdin(t *testing.T) {
	tests := []struct {
		name   string
		paths  []string
		stdin  string
		format Format
		want   []string
	}{
		{"Empty", []string{"-"}, "", FormatAuto, []string{"skip - empty"}},
		{"Text", []string{"-"}, "Title\n\nBody.", FormatAuto, []string{"doc - | Title | Body."}},
		{"JSONLines", []string{"-"}, "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", FormatAuto,
			[]string{"doc -#1 | (none) | a", "doc -#2 | (none) | b"}},
		{"JSONArray", []string{"-"}, " [ {\"text\":\"a\"} ]", FormatAuto, []string{"doc -#1 | (none) | a"}},
		{"HTML", []string{"-"}, "<!doctype html><html><body><p>" + strings.Repeat("Some words here. ", 30) + "</p></body></html>",
			FormatAuto, []string{"doc - | (none) | Some words here."}},
		{"ForcedText", []string{"-"}, "{not json}\n\nbody", FormatText, []string{"doc - | {not json} | body"}},
		{"Twice", []string{"-", "-"}, "Title\n\nBody.", FormatAuto, []string{"doc - | Title | Body.", "skip - empty"}},
		{"NotFound", []string{"no/such/file.txt"}, "", FormatAuto, []string{"skip no/such/file.txt not-found"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Open(tt.paths, Options{Stdin: strings.NewReader(tt.stdin), StdinFormat: tt.format})
			defer c.Close()
			got, _ := listItems(t, c)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Reader(%q) with stdin %.30q =\n%s\nwant\n%s", tt.paths, tt.stdin, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestCorpusHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 200 MB file")
	}
	dir := t.TempDir()
	for _, name := range []string{"huge.txt", "huge.jsonl", "huge.html"} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		chunk := bytes.Repeat([]byte("a"), 1<<20)
		if name == "huge.jsonl" {
			f.WriteString(`{"text":"`)
		}
		for range 200 {
			f.Write(chunk)
		}
		if name == "huge.jsonl" {
			f.WriteString("\"}\n{\"text\":\"after the huge line\"}\n")
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	c := Open([]string{dir}, Options{})
	defer c.Close()
	got, _ := listItems(t, c)
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], dir+string(filepath.Separator), "")
	}
	want := []string{"skip huge.html too-large", "skip huge.jsonl:1 too-large", "doc huge.jsonl#2 | (none) | after the huge", "skip huge.txt too-large"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Reader over 200 MB single-line files =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	t.Logf("read 3 × 200 MB in %v", time.Since(start))
}

func TestCorpusDeterministic(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string][]byte{
		"b/2.txt": []byte("T2\n\nx"), "b/1.txt": []byte("T1\n\nx"), "a.txt": []byte("T0\n\nx"), "c.md": []byte("# T3\n\nx"),
	})
	var runs []string
	for range 3 {
		c := Open([]string{dir}, Options{})
		got, _ := listItems(t, c)
		c.Close()
		runs = append(runs, strings.Join(got, "\n"))
	}
	if runs[0] != runs[1] || runs[1] != runs[2] {
		t.Errorf("Reader order differs between runs:\n%s\n---\n%s", runs[0], runs[1])
	}
	if !strings.Contains(runs[0], "a.txt") || strings.Index(runs[0], "b/1.txt") > strings.Index(runs[0], "b/2.txt") {
		t.Errorf("Reader order = %s, want name order", runs[0])
	}
}

func TestCorpusClosed(t *testing.T) {
	c := Open([]string{"-"}, Options{Stdin: strings.NewReader("x")})
	c.Close()
	if _, err := c.Next(); err == nil || errors.As(err, new(*SkipError)) {
		t.Errorf("Next() after Close = %v, want a fatal error", err)
	}
}

func TestCorpusBBC(t *testing.T) {
	path := filepath.Join(sharedDir(t, filepath.Join("data", "bbc")), "bbc.jsonl")
	c := Open([]string{path}, Options{})
	defer c.Close()
	n := 0
	for {
		doc, err := c.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("Next(): %v", err)
		}
		if doc.ID == "" || doc.Title == "" || !strings.Contains(doc.Text, "\n\n") {
			t.Errorf("document %d: ID %q, title %q, %d paragraphs; want all set", n, doc.ID, doc.Title, strings.Count(doc.Text, "\n\n")+1)
		}
		n++
	}
	if n != 2225 {
		t.Errorf("read %d BBC articles, want 2225", n)
	}
}
