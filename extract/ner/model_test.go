package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// loadDefault loads the embedded model once per test binary.
var loadDefault = sync.OnceValues(Default)

func testModel(tb testing.TB) *Model {
	tb.Helper()
	m, err := loadDefault()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return m
}

func TestTagSentences(t *testing.T) {
	m := testModel(t)
	tests := []struct {
		name string
		in   string
		want map[string]string // token -> entity type ("" for O)
	}{
		{"PeopleAndPlace", "Vladimir Putin met Emmanuel Macron in Paris .",
			map[string]string{"Vladimir": "PER", "Putin": "PER", "met": "", "Emmanuel": "PER", "Macron": "PER", "Paris": "LOC"}},
		{"Organisation", "The European Commission said on Thursday it would fine Microsoft .",
			map[string]string{"European": "ORG", "Commission": "ORG", "Thursday": "", "Microsoft": "ORG"}},
		{"CurlyPossessive", "Ukraine ’s President Volodymyr Zelenskiy spoke to reporters in Kyiv .",
			map[string]string{"Ukraine": "LOC", "’s": "", "Volodymyr": "PER", "Zelenskiy": "PER", "Kyiv": "LOC"}},
		{"Headline", "GERMANY BEATS FRANCE IN BERLIN",
			map[string]string{"GERMANY": "LOC", "BEATS": "", "BERLIN": "LOC"}},
		{"Lowercase", "the talks ended without a deal .",
			map[string]string{"the": "", "talks": "", "deal": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := strings.Fields(tt.in)
			tags := m.Tag(toks)
			if len(tags) != len(toks) {
				t.Fatalf("Tag(%q) gave %d tags, want %d", tt.in, len(tags), len(toks))
			}
			for i, tok := range toks {
				want, ok := tt.want[tok]
				if !ok {
					continue
				}
				if got := tags[i].Type(); got != want {
					t.Errorf("Tag(%q): %q is %q (%v), want %q", tt.in, tok, got, tags, want)
				}
			}
		})
	}
}

func TestHeadlineFromBody(t *testing.T) {
	m := testModel(t)
	doc := [][]string{
		strings.Fields("PUTIN MEETS WITKOFF IN MOSCOW"),
		strings.Fields("Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Tuesday ."),
	}
	tags := m.TagDocument(doc)
	want := []string{"PER", "", "PER", "", "LOC"}
	for i, w := range want {
		if got := tags[0][i].Type(); got != w {
			t.Errorf("headline token %q is %q, want %q (%v)", doc[0][i], got, w, tags[0])
		}
	}
}

func TestTagDocumentShapes(t *testing.T) {
	m := testModel(t)
	doc := [][]string{{}, {"Hello"}, {"Angela", "Merkel", "visited", "Rome", "."}}
	got := m.TagDocument(doc)
	if len(got) != len(doc) {
		t.Fatalf("TagDocument gave %d sentences, want %d", len(got), len(doc))
	}
	for i := range doc {
		if len(got[i]) != len(doc[i]) {
			t.Errorf("sentence %d: %d tags for %d tokens", i, len(got[i]), len(doc[i]))
		}
	}
	if got := m.TagDocument(nil); len(got) != 0 {
		t.Errorf("TagDocument(nil) = %v, want empty", got)
	}
}

func TestWriteLoadRoundTrip(t *testing.T) {
	m := testModel(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatalf("Write: %v", err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	doc := readNews(t)
	if got, want := m2.TagDocument(doc), m.TagDocument(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("reloaded model tags differ:\n%v\nwant\n%v", got, want)
	}
}

func TestLoadGarbage(t *testing.T) {
	var good bytes.Buffer
	if err := testModel(t).Write(&good); err != nil {
		t.Fatalf("Write: %v", err)
	}
	tests := []struct {
		name string
		in   []byte
	}{
		{"Empty", nil},
		{"Text", []byte("not a model at all")},
		{"Truncated", good.Bytes()[:good.Len()/2]},
		{"GzipOfText", gzipBytes(t, []byte("agner\x01garbage"))},
		{"BadMagic", gzipBytes(t, []byte("agner\x03"))},
		{"EmptyClusterWord", gzipBytes(t, []byte("agner\x02\x00\x01\x00"))},
		{"BadClusterCode", gzipBytes(t, []byte("agner\x02\x00\x01\x01a\x05\x01\x00"))},
		{"ClusterWordsNotSorted", gzipBytes(t, []byte("agner\x02\x00\x02\x01b\x80\x80\x80\x80\x08\x01a\x80\x80\x80\x80\x08\x01\x00"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if m, err := Load(bytes.NewReader(tt.in)); err == nil {
				t.Errorf("Load(%s) = %v, want an error", tt.name, m)
			}
		})
	}
}

// gzipBytes wraps b in a gzip stream.
func gzipBytes(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte{})
	f.Add(gzipBytes(f, []byte("agner\x01\x01\x00a\x01\x01\x05\x03\x01\x02")))
	f.Add(gzipBytes(f, []byte("agner\x02\x00\x01\x01a\x80\x80\x80\x80\x08\x01\x00")))
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Load(bytes.NewReader(in))
		if err != nil {
			return
		}
		m.TagDocument([][]string{{"Angela", "Merkel", "in", "Berlin"}})
	})
}

// readNews returns the sentences of testdata/news.txt.
func readNews(tb testing.TB) [][]string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		tb.Fatalf("read news: %v", err)
	}
	var doc [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		doc = append(doc, strings.Fields(line))
	}
	return doc
}

// devPath is the CoNLL-2003 dev split in the shared folder beside the repo.
var devPath = filepath.Join("..", "..", "..", "shared", "data", "conll2003", "dev.txt")

// readDev reads the dev split or skips the test.
func readDev(tb testing.TB) []CoNLLDoc {
	tb.Helper()
	f, err := os.Open(devPath)
	if err != nil {
		tb.Skipf("CoNLL-2003 dev split not available (%v): skipping", err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(bufio.NewReader(f))
	if err != nil {
		tb.Fatalf("ReadCoNLL(%s): %v", devPath, err)
	}
	return docs
}

func TestDevF1(t *testing.T) {
	docs := readDev(t)
	m := testModel(t)
	var gold, pred [][]Tag
	for _, d := range docs {
		gold = append(gold, d.Gold...)
		pred = append(pred, m.TagDocument(d.Sentences)...)
	}
	for _, s := range Evaluate(gold, pred) {
		t.Logf("%-4s P %.4f R %.4f F1 %.4f", s.Type, s.Precision(), s.Recall(), s.F1())
		if s.Type == "ALL" && s.F1() < 0.92 {
			t.Errorf("dev F1 on PER/LOC/ORG = %.4f, want >= 0.92", s.F1())
		}
	}
}

func TestConcurrentTagging(t *testing.T) {
	m := testModel(t)
	doc := readNews(t)
	want := m.TagDocument(doc)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if got := m.TagDocument(doc); !reflect.DeepEqual(got, want) {
					t.Errorf("concurrent TagDocument differs")
					return
				}
			}
		})
	}
	wg.Wait()
}

func BenchmarkTag(b *testing.B) {
	m := testModel(b)
	run := func(b *testing.B, docs [][][]string) {
		n := 0
		for _, d := range docs {
			for _, s := range d {
				n += len(s)
			}
		}
		b.ReportAllocs()
		b.ResetTimer()
		start, cpu := time.Now(), cpuTime()
		for b.Loop() {
			for _, d := range docs {
				m.TagDocument(d)
			}
		}
		toks := float64(n) * float64(b.N)
		b.ReportMetric(toks/time.Since(start).Seconds(), "tokens/s")
		if used := cpuTime() - cpu; used > 0 {
			b.ReportMetric(toks/used.Seconds(), "tokens/cpu-s")
		}
	}
	b.Run("News", func(b *testing.B) { run(b, [][][]string{readNews(b)}) })
	b.Run("CoNLLDev", func(b *testing.B) {
		var docs [][][]string
		for _, d := range readDev(b) {
			docs = append(docs, d.Sentences)
		}
		run(b, docs)
	})
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(used.Seconds()*1000/float64(b.N), "cpu-ms/op")
	}
}

func FuzzTag(f *testing.F) {
	f.Add("Vladimir Putin met Emmanuel Macron in Paris .")
	f.Add("PUTIN ’S “ PEACE ” PLAN \xff\xfe")
	f.Add("")
	m := testModel(f)
	f.Fuzz(func(t *testing.T, in string) {
		var doc [][]string
		for _, line := range strings.Split(in, "\n") {
			doc = append(doc, strings.Fields(line))
		}
		got := m.TagDocument(doc)
		if len(got) != len(doc) {
			t.Fatalf("TagDocument gave %d sentences, want %d", len(got), len(doc))
		}
		for i := range doc {
			if len(got[i]) != len(doc[i]) {
				t.Fatalf("sentence %d: %d tags for %d tokens", i, len(got[i]), len(doc[i]))
			}
			for _, e := range Entities(got[i]) {
				if e.Start < 0 || e.Start >= e.End || e.End > len(doc[i]) {
					t.Fatalf("sentence %d: bad entity %+v", i, e)
				}
			}
		}
	})
}

// TestWrittenInLowerCase checks the common-word test against the word
// clusters of the embedded model.
func TestWrittenInLowerCase(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{
		"online": true, "Online": true, "MESSENGER": true, "said": true,
		"Quarrell": false, "Nintendo": false, "": false,
	} {
		if got := m.WrittenInLowerCase(w); got != want {
			t.Errorf("WrittenInLowerCase(%q) = %v, want %v", w, got, want)
		}
	}
	var none *Model
	if none.WrittenInLowerCase("said") {
		t.Error("a nil model knows a word")
	}
}

// TestSentenceStartWord checks which capitalised words the clusters read
// as common words opening a sentence and which as names.
func TestSentenceStartWord(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{
		"However": true, "Whatever": true, "Honestly": true, "Lots": true,
		"Arsenal": false, "Shell": false, "Apple": false, "Cable": false, // names that are also words
		"Quarrell": false, // no word at all
	} {
		if got := m.SentenceStartWord(w); got != want {
			t.Errorf("SentenceStartWord(%q) = %v, want %v", w, got, want)
		}
	}
}
