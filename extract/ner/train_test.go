package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// tinyCoNLL is a made-up training set: enough for Train to run, not to learn.
const tinyCoNLL = `-DOCSTART- -X- O O

Angela I-PER
Merkel I-PER
visited O
Paris I-LOC
. O

Siemens I-ORG
opened O
a O
plant O
in O
Berlin I-LOC
. O

-DOCSTART- -X- O O

Boris I-PER
Johnson I-PER
left O
London I-LOC
for O
Brussels I-LOC
. O

The O
European I-ORG
Commission I-ORG
said O
so O
. O
`

func TestTrainSmall(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(tinyCoNLL))
	if err != nil {
		t.Fatalf("ReadCoNLL: %v", err)
	}
	opts := TrainOptions{Epochs: 3, Folds: 2, Seed: 7}
	m, err := Train(docs, opts)
	if err != nil {
		t.Fatalf("Train: %v", err)
	}
	var a, b bytes.Buffer
	if err := m.Write(&a); err != nil {
		t.Fatalf("Write: %v", err)
	}
	m2, err := Train(docs, opts)
	if err != nil {
		t.Fatalf("Train again: %v", err)
	}
	if err := m2.Write(&b); err != nil {
		t.Fatalf("Write: %v", err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings with the same seed wrote different models")
	}
	loaded, err := Load(&a)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	sent := []string{"Angela", "Merkel", "visited", "Berlin", "."}
	if got, want := loaded.Tag(sent), m.Tag(sent); !reflect.DeepEqual(got, want) {
		t.Errorf("loaded model tags %v, want %v", got, want)
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name string
		docs []CoNLLDoc
		opts TrainOptions
	}{
		{"NoDocuments", nil, TrainOptions{}},
		{"NoGold", []CoNLLDoc{{Sentences: [][]string{{"a"}}}}, TrainOptions{}},
		{"ThreePasses", []CoNLLDoc{{Sentences: [][]string{{"a"}}, Gold: [][]Tag{{O}}}}, TrainOptions{Passes: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Train(tt.docs, tt.opts); err == nil {
				t.Errorf("Train(%s) gave no error", tt.name)
			}
		})
	}
}
