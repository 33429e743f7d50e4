package ner

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
)

const sampleCoNLL = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
Smith NNP I-NP B-PER

-DOCSTART- -X- O O

BRUSSELS NNP I-NP I-LOC
`

func TestReadCoNLL(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(sampleCoNLL))
	if err != nil {
		t.Fatalf("ReadCoNLL: %v", err)
	}
	if len(docs) != 2 {
		t.Fatalf("ReadCoNLL gave %d documents, want 2", len(docs))
	}
	want := [][]Tag{{BORG, O, BMISC, O, O}, {BPER, IPER, BPER}}
	if !reflect.DeepEqual(docs[0].Gold, want) {
		t.Errorf("Gold = %v, want %v (IOB1 read as IOB2)", docs[0].Gold, want)
	}
	if got := docs[1].Sentences; !reflect.DeepEqual(got, [][]string{{"BRUSSELS"}}) {
		t.Errorf("second document = %v, want [[BRUSSELS]]", got)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
	}{
		{"BadTag", "EU NNP I-NP I-ORG\nrejects VBZ I-VP Q-X\n", 2},
		{"ColumnCount", "EU NNP I-NP I-ORG\n\nx y\n", 3},
		{"LongLine", "a " + strings.Repeat("b", maxCoNLLLine+1) + "\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLL(strings.NewReader(tt.in))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ReadCoNLL error = %v, want a *ParseError", err)
			}
			if pe.Line != tt.line {
				t.Errorf("ReadCoNLL error line = %d, want %d (%v)", pe.Line, tt.line, err)
			}
		})
	}
}

func TestReadCoNLLTokensOnly(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader("Hello\nworld\n\nBye\n"))
	if err != nil {
		t.Fatalf("ReadCoNLL: %v", err)
	}
	if len(docs) != 1 || len(docs[0].Sentences) != 2 || docs[0].Gold != nil {
		t.Errorf("ReadCoNLL = %+v, want one document of two sentences without gold", docs)
	}
}

func TestWriteTags(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(sampleCoNLL))
	if err != nil {
		t.Fatalf("ReadCoNLL: %v", err)
	}
	tags := [][][]Tag{docs[0].Gold, docs[1].Gold}
	var buf bytes.Buffer
	if err := WriteTags(&buf, docs, tags); err != nil {
		t.Fatalf("WriteTags: %v", err)
	}
	want := "-DOCSTART- O\n\nEU B-ORG\nrejects O\nGerman B-MISC\ncall O\n. O\n\n" +
		"Peter B-PER\nBlackburn I-PER\nSmith B-PER\n\n-DOCSTART- O\n\nBRUSSELS B-LOC\n\n"
	if got := buf.String(); got != want {
		t.Errorf("WriteTags wrote\n%s\nwant\n%s", got, want)
	}
	if err := WriteTags(&buf, docs, tags[:1]); err == nil {
		t.Errorf("WriteTags with too few documents gave no error")
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add(sampleCoNLL)
	f.Add("a\n\nb c\n")
	f.Add("-DOCSTART-\n\nx I-PER\ny B-LOC\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			if d.Gold != nil && len(d.Gold) != len(d.Sentences) {
				t.Fatalf("%d gold sentences for %d sentences", len(d.Gold), len(d.Sentences))
			}
			for i := range d.Gold {
				if len(d.Gold[i]) != len(d.Sentences[i]) {
					t.Fatalf("sentence %d: %d tags for %d tokens", i, len(d.Gold[i]), len(d.Sentences[i]))
				}
			}
		}
	})
}

// TestCoNLLReaderBounds reads a file of 250,000 tokens without a blank line
// or -DOCSTART- (one sentence to ReadCoNLL, held whole with every tagger
// structure of its tokens) and checks that CoNLLReader returns it in parts
// of bounded size with every token, gold tags as ReadCoNLL gives them, and
// that WriteTags writes the parts back as the one sentence they were.
func TestCoNLLReaderBounds(t *testing.T) {
	const n, maxSent, maxDoc = 250000, 4096, 100000
	var in strings.Builder
	for i := range n {
		tag := "O"
		if i%3 != 0 {
			tag = "I-PER" // IOB1: entities of two tokens, some across a cut
		}
		fmt.Fprintf(&in, "t%d %s\n", i, tag)
	}
	whole, err := ReadCoNLL(strings.NewReader(in.String()))
	if err != nil {
		t.Fatal(err)
	}
	r := NewCoNLLReader(strings.NewReader(in.String()), maxSent, maxDoc)
	var docs []CoNLLDoc
	var tags [][][]Tag
	var gold []Tag
	tokens := 0
	for {
		d, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		size := 0
		for s, sent := range d.Sentences {
			if len(sent) > maxSent {
				t.Errorf("sentence of %d tokens, want at most %d", len(sent), maxSent)
			}
			size += len(sent)
			gold = append(gold, d.Gold[s]...)
		}
		if size > maxDoc+maxSent {
			t.Errorf("part of %d tokens, want at most %d", size, maxDoc+maxSent)
		}
		tokens += size
		docs = append(docs, d)
		tags = append(tags, d.Gold)
	}
	if tokens != n || len(docs) < 3 {
		t.Fatalf("read %d tokens in %d parts, want %d in at least 3", tokens, len(docs), n)
	}
	if s, d := r.Split(); s != 1 || d != 1 {
		t.Errorf("Split() = %d sentences, %d documents, want 1, 1", s, d)
	}
	if !reflect.DeepEqual(gold, whole[0].Gold[0]) {
		t.Errorf("gold tags of the parts differ from those of the whole sentence")
	}
	var out bytes.Buffer
	if err := WriteTags(&out, docs, tags); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(out.String(), "\n"); lines != n+1 || !strings.HasSuffix(out.String(), " O\n\n") {
		t.Errorf("WriteTags wrote %d lines, want %d: the tokens and one blank line", lines, n+1)
	}
}
