package corpus_test

import (
	"errors"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/extract/corpus"
)

func ExampleOpen() {
	c := corpus.Open([]string{"testdata/read/briefing.md", "testdata/read/notes.txt", "testdata/read/wire.jsonl"}, corpus.Options{
		OnWarning: func(w corpus.Warning) { fmt.Println("warning:", w) },
	})
	defer c.Close()
	for {
		doc, err := c.Next()
		if err == io.EOF {
			break
		}
		var skip *corpus.SkipError
		if errors.As(err, &skip) {
			fmt.Println("skipped:", skip)
			continue
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%s %q %s: %q\n", doc.ID, doc.Title, doc.Date, doc.Text)
	}
	// Output:
	// testdata/read/briefing.md "Envoy's week in brief" 2025-11-28: "The special envoy travelled to Moscow on Monday.\n\nTalks lasted five hours.\nA second round is planned."
	// testdata/read/notes.txt "Talks resume" : "Negotiators returned to the table on Friday."
	// wire-1 "Ministers meet in Geneva" 2025-11-26: "The two foreign ministers met in Geneva.\n\nThey agreed to talk again next month."
	// skipped: testdata/read/wire.jsonl:2: malformed-json: unexpected end of the record (truncated JSON)
	// 3 "Summit postponed" : "The summit was postponed by a week."
}
