package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// TestNamedTypes covers the document-level reading of a name the tagger
// reads as MISC in one sentence and as an organisation or a person in
// another (namedTypes).
func TestNamedTypes(t *testing.T) {
	tests := []struct {
		name  string
		sents []string // each sentence's words, with a tag after each word as "word/TAG"
		want  map[string]string
	}{
		{
			name:  "OrganisationElsewhere",
			sents: []string{"Christian/B-MISC Aid/I-MISC condemned/O it/O ./O", "Christian/B-ORG Aid/I-ORG has/O called/O for/O help/O ./O"},
			want:  map[string]string{"Christian Aid": "ORG"},
		},
		{
			name:  "MajorityReading",
			sents: []string{"Jane/B-PER Brown/I-PER spoke/O ./O", "Jane/B-PER Brown/I-PER left/O ./O", "Jane/B-ORG Brown/I-ORG said/O so/O ./O"},
			want:  map[string]string{"Jane Brown": "PER"},
		},
		{
			name:  "OneWordStaysOut",
			sents: []string{"Christian/B-ORG said/O so/O ./O", "Christian/B-MISC groups/O met/O ./O"},
			want:  nil,
		},
		{
			name:  "TitleCaseHeadlineStaysOut",
			sents: []string{"Aid/B-ORG Group/I-ORG Attacks/I-ORG Trade/O Deal/O", "The/O deal/O was/O signed/O ./O"},
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &docState{}
			var tags [][]ner.Tag
			var words [][]string
			for _, s := range tt.sents {
				var toks []text.Token
				var ts []ner.Tag
				var ws []string
				for _, wt := range strings.Fields(s) {
					w, tag, _ := strings.Cut(wt, "/")
					tg, err := ner.ParseTag(tag)
					if err != nil {
						t.Fatal(err)
					}
					toks = append(toks, text.Token{Text: w})
					ts = append(ts, tg)
					ws = append(ws, w)
				}
				st.tokens = append(st.tokens, toks)
				tags = append(tags, ts)
				words = append(words, ws)
			}
			got := st.namedTypes(tags, words)
			if len(got) != len(tt.want) {
				t.Fatalf("namedTypes = %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("namedTypes[%q] = %q, want %q (all: %v)", k, got[k], v, got)
				}
			}
		})
	}
}
