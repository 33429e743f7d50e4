package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/date"
)

// readAllDocs reads paths with opts and returns the documents and the
// warnings.
func readAllDocs(t *testing.T, paths []string, opts Options) ([]Document, []Warning) {
	t.Helper()
	var warns []Warning
	opts.OnWarning = func(w Warning) { warns = append(warns, w) }
	c := Open(paths, opts)
	defer c.Close()
	var docs []Document
	for {
		d, err := c.Next()
		if err != nil {
			if _, skip := err.(*SkipError); skip {
				t.Fatalf("Next: skipped %v; dates must never skip a document", err)
			}
			break
		}
		docs = append(docs, d)
	}
	return docs, warns
}

func TestDates(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                string
		wantWarn            string // part of the warning, "" for none
	}{
		{"JSONDate", "a.jsonl", `{"text":"x","date":"26-FEB-1987 15:01:01.79"}`, "1987-02-26T15:01:01", ""},
		{"JSONPublished", "a.jsonl", `{"text":"x","published":"Wed, 26 Feb 2025 15:04:05 GMT"}`, "2025-02-26T15:04:05Z", ""},
		{"JSONTime", "a.jsonl", `{"text":"x","time":"2025-02-26T10:00:00+01:00"}`, "2025-02-26T10:00:00+01:00", ""},
		{"JSONNumber", "a.jsonl", `{"text":"x","date":1740582245}`, "2025-02-26T15:04:05Z", ""},
		{"JSONDateWins", "a.jsonl", `{"text":"x","date":"Feb 26, 2025","published":"2020-01-01"}`, "2025-02-26", ""},
		{"JSONUnreadable", "a.jsonl", `{"text":"x","date":"last Tuesday"}`, "", `a.jsonl:1: bad-date: cannot read the date "last Tuesday"`},
		{"JSONDatePart", "a.jsonl", `{"text":"x","date":"31-MAR-1987 605:12:19.12"}`, "1987-03-31", `a.jsonl:1: date-part: read only the leading date of "31-MAR-1987 605:12:19.12"`},
		{"JSONBoolean", "a.jsonl", `{"text":"x","published":true}`, "", `bad-date: cannot read the date "(a boolean)"`},
		{"TextPublishedLine", "a.txt", "Envoy in Moscow\n\nPublished: 26 February 2025\n\nThe envoy arrived.", "2025-02-26", ""},
		{"TextPostedOn", "a.txt", "Envoy in Moscow\nPosted on Feb 26, 2025\n\nThe envoy arrived.", "2025-02-26", ""},
		{"TextDateUnreadable", "a.txt", "Envoy in Moscow\nDate: sometime soon\n\nThe envoy arrived.", "", "a.txt: bad-date"},
		{"TextBylineNotADate", "a.txt", "Envoy in Moscow\nPosted by a reader\n\nThe envoy arrived.", "", ""},
		{"TextDateInBodyIgnored", "a.txt", "Envoy in Moscow\n\nThe talks began on 26 February 2025 in Geneva.", "", ""},
		{"TextDateLineDeep", "a.txt", "T\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\nPublished: 26 February 2025", "", ""},
		{"MarkdownFrontMatter", "a.md", "---\ntitle: Envoy\ndate: 2025-02-26\n---\n\nThe envoy arrived.", "2025-02-26", ""},
		{"MarkdownPublished", "a.md", "---\ntitle: Envoy\npublishDate: \"Feb 26, 2025\"\n---\n\nThe envoy arrived.", "2025-02-26", ""},
		{"MarkdownPublishedLine", "a.md", "# Envoy\n\n*Published: 26 February 2025*\n\nThe envoy arrived.", "2025-02-26", ""},
		{"HTMLMeta", "a.html", htmlPage(`<meta property="article:published_time" content="2025-02-26T10:00:00Z">`), "2025-02-26T10:00:00Z", ""},
		{"HTMLJSONLD", "a.html", htmlPage(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-26T10:00:00+0000","dateModified":"2025-03-01"}</script>`), "2025-02-26T10:00:00Z", ""},
		{"HTMLModifiedOnly", "a.html", htmlPage(`<meta property="article:modified_time" content="2025-02-26T10:00:00Z">`), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, tt.file)
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			docs, warns := readAllDocs(t, []string{p}, Options{})
			if len(docs) != 1 {
				t.Fatalf("read %d documents, want 1", len(docs))
			}
			if docs[0].Date != tt.want {
				t.Errorf("Date = %q, want %q", docs[0].Date, tt.want)
			}
			var ws []string
			for _, w := range warns {
				if w.Kind == WarnBadDate || w.Kind == WarnDatePart {
					ws = append(ws, strings.ReplaceAll(w.String(), dir+string(filepath.Separator), ""))
				}
			}
			switch {
			case tt.wantWarn == "" && len(ws) > 0:
				t.Errorf("warnings %q, want none", ws)
			case tt.wantWarn != "" && (len(ws) != 1 || !strings.Contains(ws[0], tt.wantWarn)):
				t.Errorf("warnings %q, want one with %q", ws, tt.wantWarn)
			}
		})
	}
}

// htmlPage is an article page with head elements added.
func htmlPage(head string) string {
	para := "The envoy met the president in Moscow on Tuesday to discuss the peace plan, officials said. "
	return `<!DOCTYPE html><html><head><title>Envoy</title>` + head + `</head><body><article><h1>Envoy</h1><p>` +
		strings.Repeat(para, 3) + `</p><p>` + strings.Repeat(para, 2) + `</p><p>The talks of 1 March 2024 were recalled.</p></article></body></html>`
}

func TestDateLayouts(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.jsonl")
	os.WriteFile(p, []byte(`{"text":"x","date":"03/04/2025"}`+"\n"+`{"text":"y","date":"Feb 26, 2025"}`+"\n"), 0o644)
	l, err := date.Layout("%d/%m/%Y")
	if err != nil {
		t.Fatal(err)
	}
	docs, warns := readAllDocs(t, []string{p}, Options{DateLayouts: []string{l}})
	if len(docs) != 2 || docs[0].Date != "2025-04-03" || docs[1].Date != "2025-02-26" || len(warns) != 0 {
		t.Errorf("dates with --date-format %%d/%%m/%%Y = %v, warnings %v; want 2025-04-03 and 2025-02-26, none", docs, warns)
	}
}

func TestHeaderDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Title\nPublished: 26 February 2025\nBody", "26 February 2025"},
		{"Title\nFirst published on Wed 26 Feb 2025 10.00 GMT\nBody", ""},
		{"Title\nDATE: 2025-02-26\nBody", "2025-02-26"},
		{"Title\nDated 26 February 2025\nBody", "26 February 2025"},
		{"Title\nPublished by the ministry\nBody", ""},
		{"Title\nUpdated: 27 February 2025\nBody", ""},
	}
	for _, tt := range tests {
		if got := headerDate(tt.in); got != tt.want {
			t.Errorf("headerDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
