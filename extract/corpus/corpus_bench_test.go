package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
)

// benchJSONL generates n JSON lines records of about 2.5 KB each, the
// size of a news article.
func benchJSONL(n int) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	para := strings.Repeat("The envoy met the president in Moscow on Tuesday, officials said. ", 8)
	for i := range n {
		enc.Encode(map[string]any{
			"id":    fmt.Sprintf("doc-%05d", i),
			"title": fmt.Sprintf("Headline number %d about diplomacy", i),
			"text":  para + "\n\n" + para + "\n\n" + para + "\n\n" + para,
			"date":  "2025-11-25",
		})
	}
	return buf.Bytes()
}

// BenchmarkCorpusJSONLines measures JSON lines reading throughput through
// Reader (decoding, validation and text clean-up included).
func BenchmarkCorpusJSONLines(b *testing.B) {
	data := benchJSONL(2000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		c := Open([]string{"-"}, Options{Stdin: bytes.NewReader(data), StdinFormat: FormatJSONLines})
		n := 0
		for {
			_, err := c.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 2000 {
			b.Fatalf("read %d records, want 2000", n)
		}
	}
}

// BenchmarkReadHTML measures HTML extraction on a generated page.
func BenchmarkReadHTML(b *testing.B) {
	para := "<p>" + strings.Repeat("The envoy met the president in Moscow on Tuesday, officials said. ", 6) + "</p>\n"
	page := []byte("<html><head><title>T</title><script>var x=1;</script></head><body><nav><a href=/>Home</a></nav><article>" +
		strings.Repeat(para, 20) + "</article><footer>About us</footer></body></html>")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadHTML(bytes.NewReader(page), ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadText measures plain-text reading of a news-sized article.
func BenchmarkReadText(b *testing.B) {
	para := strings.Repeat("The envoy met the president in Moscow on Tuesday, officials said. ", 8)
	text := []byte("Envoy heads to Moscow\n\n" + strings.Repeat(para+"\n\n", 6))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadText(bytes.NewReader(text), false); err != nil {
			b.Fatal(err)
		}
	}
}
