package ner_test

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/extract/ner"
)

func ExampleModel_TagDocument() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := [][]string{
		strings.Fields("Vladimir Putin met Emmanuel Macron in Paris ."),
		strings.Fields("Sergei Lavrov , Russia ’s foreign minister , spoke to Marco Rubio by phone ."),
	}
	for i, tags := range m.TagDocument(doc) {
		for _, e := range ner.Entities(tags) {
			fmt.Println(e.Type, strings.Join(doc[i][e.Start:e.End], " "))
		}
	}
	// Output:
	// PER Vladimir Putin
	// PER Emmanuel Macron
	// LOC Paris
	// PER Sergei Lavrov
	// LOC Russia
	// PER Marco Rubio
}
