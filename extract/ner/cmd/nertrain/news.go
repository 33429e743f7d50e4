package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// newsDoc is one annotated news article of an entity file: its id in the
// archive, the byte length of its text (to notice another version of the
// archive), its split ("train" or "test") and its entities.
type newsDoc struct {
	id       string
	length   int
	split    string
	entities []newsEntity
}

// newsEntity is a named entity of an annotated article: the byte span
// [start, end) in the record's text field and its CoNLL type.
type newsEntity struct {
	start, end int
	typ        string
}

// readEntityFile reads an entity file (see data/README.md): a [document]
// section of "id, length, split" lines and an [entity] section of "id,
// start, end, type" lines, tab-separated; "#" starts a comment.
func readEntityFile(r io.Reader) ([]newsDoc, error) {
	sc := bufio.NewScanner(r)
	var docs []newsDoc
	index := make(map[string]int)
	section := ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		f := strings.Split(line, "\t")
		switch section {
		case "document":
			if len(f) != 3 {
				return nil, fmt.Errorf("line %d: want id, length and split", n)
			}
			length, err := strconv.Atoi(f[1])
			if err != nil || length <= 0 {
				return nil, fmt.Errorf("line %d: bad length %q", n, f[1])
			}
			if f[2] != "train" && f[2] != "test" {
				return nil, fmt.Errorf("line %d: split %q, want train or test", n, f[2])
			}
			if _, dup := index[f[0]]; dup {
				return nil, fmt.Errorf("line %d: document %s twice", n, f[0])
			}
			index[f[0]] = len(docs)
			docs = append(docs, newsDoc{id: f[0], length: length, split: f[2]})
		case "entity":
			if len(f) != 4 {
				return nil, fmt.Errorf("line %d: want id, start, end and type", n)
			}
			d, ok := index[f[0]]
			if !ok {
				return nil, fmt.Errorf("line %d: document %s not listed", n, f[0])
			}
			start, err1 := strconv.Atoi(f[1])
			end, err2 := strconv.Atoi(f[2])
			if err1 != nil || err2 != nil || start < 0 || end <= start || end > docs[d].length {
				return nil, fmt.Errorf("line %d: bad span %s-%s", n, f[1], f[2])
			}
			switch f[3] {
			case "PER", "LOC", "ORG", "MISC":
			default:
				return nil, fmt.Errorf("line %d: type %q", n, f[3])
			}
			docs[d].entities = append(docs[d].entities, newsEntity{start, end, f[3]})
		default:
			return nil, fmt.Errorf("line %d: outside a [document] or [entity] section", n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for i := range docs {
		es := docs[i].entities
		slices.SortFunc(es, func(a, b newsEntity) int { return a.start - b.start })
		for j := 1; j < len(es); j++ {
			if es[j].start < es[j-1].end {
				return nil, fmt.Errorf("document %s: entities at %d and %d overlap", docs[i].id, es[j-1].start, es[j].start)
			}
		}
	}
	return docs, nil
}

// readTexts returns the text field of the records of JSON-lines archives
// whose id is wanted.
func readTexts(paths []string, wanted map[string]bool) (map[string]string, error) {
	texts := make(map[string]string, len(wanted))
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), maxJSONLine)
		for line := 1; sc.Scan(); line++ {
			var rec struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s line %d: %w", path, line, err)
			}
			if wanted[rec.ID] {
				texts[rec.ID] = rec.Text
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return texts, nil
}

// newsDocuments reads the entity file at path and returns the documents of
// the given split as tagged CoNLL documents (see taggedDocument).
func newsDocuments(path string, archives []string, split string) ([]ner.CoNLLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	docs, err := readEntityFile(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	wanted := make(map[string]bool)
	for _, d := range docs {
		if d.split == split {
			wanted[d.id] = true
		}
	}
	texts, err := readTexts(archives, wanted)
	if err != nil {
		return nil, err
	}
	var out []ner.CoNLLDoc
	for _, d := range docs {
		if d.split != split {
			continue
		}
		t, ok := texts[d.id]
		if !ok {
			return nil, fmt.Errorf("%s: document %s is in none of the archives", path, d.id)
		}
		if len(t) != d.length {
			return nil, fmt.Errorf("%s: document %s has %d bytes, the annotations were made on %d", path, d.id, len(t), d.length)
		}
		out = append(out, taggedDocument(t, d.entities))
	}
	return out, nil
}

// taggedDocument splits t into sentences and tokens and tags each token
// with the entity (sorted, not overlapping) its first byte falls in, in
// IOB2. Stock codes are left out, as the extractor leaves them out before
// it tags ("Ford Motor Co <F>").
func taggedDocument(t string, entities []newsEntity) ner.CoNLLDoc {
	var doc ner.CoNLLDoc
	var toks []text.Token
	e := 0
	for _, s := range text.Sentences(t) {
		toks = text.DropTickers(text.AppendTokens(toks[:0], t, s.Span))
		if len(toks) == 0 {
			continue
		}
		words := make([]string, len(toks))
		tags := make([]ner.Tag, len(toks))
		for i, tok := range toks {
			words[i] = tok.Text
			for e < len(entities) && entities[e].end <= tok.Span.Start {
				e++
			}
			if e == len(entities) || tok.Span.Start < entities[e].start {
				continue
			}
			prefix := "I-"
			if i == 0 || tok.Span.Start == entities[e].start || toks[i-1].Span.Start < entities[e].start {
				prefix = "B-"
			}
			tags[i], _ = ner.ParseTag(prefix + entities[e].typ)
		}
		doc.Sentences = append(doc.Sentences, words)
		doc.Gold = append(doc.Gold, tags)
	}
	return doc
}
