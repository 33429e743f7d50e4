package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/ner"
)

func main() {
	lex, _ := extract.DefaultLexicon()
	m, err := ner.Default()
	if err != nil {
		panic(err)
	}
	ex := extract.New(lex, m, extract.DefaultOptions())
	f, _ := os.Open(os.Args[1])
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	prefix := os.Args[2]
	n := 0
	for sc.Scan() {
		var r struct{ ID, Title, Text string }
		json.Unmarshal(sc.Bytes(), &r)
		if !strings.HasPrefix(r.ID, prefix) {
			continue
		}
		n++
		if n > 40 {
			break
		}
		x, _ := ex.Extract(extract.Document{ID: r.ID, Text: r.Text})
		fmt.Println("=====", r.ID, r.Title)
		for _, s := range x.Statements {
			t := s.Text
			if len(t) > 160 {
				t = t[:160]
			}
			fmt.Printf("  %-22s %-12s %+d %v | %s\n", s.Speaker, s.Cue, s.Polarity, s.Targets, strings.ReplaceAll(t, "\n", " "))
		}
	}
}
