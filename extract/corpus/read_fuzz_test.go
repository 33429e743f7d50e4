package corpus

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDoc fails the test if a document read from untrusted input is
// not valid UTF-8.
func checkDoc(t *testing.T, doc Document) {
	t.Helper()
	for name, s := range map[string]string{"ID": doc.ID, "Title": doc.Title, "Date": doc.Date, "URL": doc.URL, "Source": doc.Source, "Text": doc.Text} {
		if !utf8.ValidString(s) {
			t.Fatalf("%s = %q is not valid UTF-8", name, s)
		}
	}
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte("Title\n\nBody."), false)
	f.Add([]byte("# T *x*\n\n[a](b) ![c](d) `e` **f** _g_ \\*h\\*"), true)
	f.Add([]byte("---\ntitle: x\n---\n```\ncode\n```"), true)
	f.Add([]byte("\xff\xfeT\x00i\x00"), false)
	f.Add([]byte("Caf\xe9\r\n\r\nna\xefve"), false)
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		if s := string(data); isClean(s) && utf8.ValidString(s) {
			if got := joinLines(s); got != s {
				t.Fatalf("isClean(%q) = true, but joinLines changes it to %q", s, got)
			}
		}
		doc, err := ReadText(bytes.NewReader(data), markdown)
		if err != nil {
			var skip *SkipError
			if !errors.As(err, &skip) {
				t.Fatalf("ReadText error %v is not a *SkipError", err)
			}
			return
		}
		checkDoc(t, doc)
		if doc.Text == "" {
			t.Fatalf("ReadText(%q) returned a document with no text", data)
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title></head><body><p>Some text here.</p></body></html>"))
	f.Add([]byte("<div><div><p>unclosed <b>bold <i>italic"))
	f.Add([]byte("<script>var a='</script><p>x</p>"))
	f.Add([]byte("<meta charset=latin1><p>caf\xe9</p>"))
	f.Add([]byte("<table><tr><td>a<td>b<tr><td>c</table><pre>  keep\n  this</pre>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadHTML(bytes.NewReader(data), "http://example.com/a")
		if err != nil {
			var skip *SkipError
			if !errors.As(err, &skip) {
				t.Fatalf("ReadHTML error %v is not a *SkipError", err)
			}
			return
		}
		checkDoc(t, doc)
	})
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`{"id":1,"title":"T","text":"x\n\ny"}`+"\n"+`{"text":3}`), false)
	f.Add([]byte(`[{"text":"a"}, 1, {"body":"b", "date": 2025}]`), true)
	f.Add([]byte(`{"text":"caf`+"\xe9"+`"}`), false)
	f.Add([]byte(`[{"text":"a"`), true)
	f.Add([]byte("{\n\"text\": \"pretty\"\n}\n{\"text\":\"second\"}"), true)
	f.Fuzz(func(t *testing.T, data []byte, array bool) {
		format := FormatJSONLines
		if array {
			format = FormatJSON
		}
		c := Open([]string{"-"}, Options{Stdin: bytes.NewReader(data), StdinFormat: format, MaxDocBytes: 1 << 16})
		defer c.Close()
		for i := 0; ; i++ {
			if i > len(data)+2 {
				t.Fatalf("Reader over %d bytes returned more than %d results", len(data), i)
			}
			doc, err := c.Next()
			if err == io.EOF {
				return
			}
			var skip *SkipError
			if errors.As(err, &skip) {
				if skip.Path != "-" || !strings.Contains(skip.Error(), string(skip.Reason)) {
					t.Fatalf("skip %v has no path or reason", skip)
				}
				continue
			}
			if err != nil {
				t.Fatalf("Next() fatal error: %v", err)
			}
			checkDoc(t, doc)
			if doc.ID == "" || doc.Line == 0 || doc.Text == "" {
				t.Fatalf("document %+v lacks ID, Line or Text", doc)
			}
		}
	})
}
