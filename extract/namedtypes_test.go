package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/text"
)

// TestNamedTypes covers the document-level reading of a name the tagger
// reads as MISC in one sentence and as an organisation or a person in
// another (namedTypes), and the names repeatNames looks for
// (repeatedNames), both from the tagger's readings counted by nameVotes.
func TestNamedTypes(t *testing.T) {
	tests := []struct {
		name  string
		sents []string // each sentence's words, with a tag after each word as "word/TAG"
		want  map[string]string
		// repeated, when set, is what repeatedNames must return instead.
		repeated map[string]string
	}{
		{
			name:     "RepeatedWithPlaces",
			sents:    []string{"Lord/B-LOC Woolf/I-LOC spoke/O ./O", "Jane/B-PER Brown/I-PER and/O Jane/B-ORG Brown/I-ORG left/O ./O", "Christian/B-MISC Aid/I-MISC said/O so/O ./O"},
			repeated: map[string]string{"Lord Woolf": "LOC", "Jane Brown": "ORG"},
		},
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
			votes := st.nameVotes(tags, words)
			got := namedTypes(votes)
			if tt.repeated != nil {
				got = repeatedNames(votes)
				tt.want = tt.repeated
			}
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

// TestRepeatNames covers the names a document's tagger found in one
// sentence and missed in another (repeatNames): made entities where the
// tagger read nothing or only parts of them, left alone where a word goes
// on past the name's edge or the tagger read a longer name across it.
func TestRepeatNames(t *testing.T) {
	names := map[string]string{"Lord Woolf": "LOC", "Air China": "ORG", "Renaud Donnedieu": "PER", "R & B": "ORG",
		"Human Rights": "ORG"}
	tests := []struct {
		name  string
		words string
		ents  []ner.Entity
		want  []ner.Entity
	}{
		{name: "PartReadAsAPlace",
			words: "At the time Lord Woolf , the Lord Chief Justice , had said so .",
			ents:  []ner.Entity{{Start: 3, End: 4, Type: "LOC"}, {Start: 7, End: 10, Type: "LOC"}},
			want:  []ner.Entity{{Start: 3, End: 5, Type: "LOC"}, {Start: 7, End: 10, Type: "LOC"}}},
		{name: "NothingRead",
			words: "Shares of Air China rose .",
			want:  []ner.Entity{{Start: 2, End: 4, Type: "ORG"}}},
		{name: "StateInsideTheName",
			words: "Air China plans a flotation .",
			ents:  []ner.Entity{{Start: 1, End: 2, Type: "LOC"}},
			want:  []ner.Entity{{Start: 0, End: 2, Type: "ORG"}}},
		{name: "AlreadyRead",
			words: "Air China plans a flotation .",
			ents:  []ner.Entity{{Start: 0, End: 2, Type: "ORG"}},
			want:  []ner.Entity{{Start: 0, End: 2, Type: "ORG"}}},
		{name: "LongerNameAcross",
			words: "He met Lord Woolf Smith today .",
			ents:  []ner.Entity{{Start: 3, End: 5, Type: "PER"}},
			want:  []ner.Entity{{Start: 3, End: 5, Type: "PER"}}},
		{name: "ParticleAndNameAfter",
			words: "He met Renaud Donnedieu de Vabres today .",
			want:  nil},
		{name: "CapitalisedWordAfter",
			words: "He works for Human Rights Watch .",
			want:  nil},
		{name: "CapitalisedWordBefore",
			words: "He cited the Chinese Air China fleet .",
			want:  nil},
		{name: "NoWordOfTwoLetters",
			words: "He likes R & B music .",
			want:  nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repeatNames(strings.Fields(tt.words), tt.ents, names); !slices.Equal(got, tt.want) {
				t.Errorf("repeatNames(%q) = %v, want %v", tt.words, got, tt.want)
			}
		})
	}
}

// TestAmpersandNames covers names written as one word around an
// ampersand, which the tokenizer cuts and the tagger reads only in part
// (ampersandNames).
func TestAmpersandNames(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ents []ner.Entity // the tagger's, on text.Tokenize(in)
		want []ner.Entity
	}{
		{name: "LastPartRead", in: "Shares in AT&T fell .",
			ents: []ner.Entity{{Start: 4, End: 5, Type: "ORG"}},
			want: []ner.Entity{{Start: 2, End: 5, Type: "ORG"}}},
		{name: "EntityGoesOn", in: "AT&T Wireless said so .",
			ents: []ner.Entity{{Start: 2, End: 4, Type: "ORG"}},
			want: []ner.Entity{{Start: 0, End: 4, Type: "ORG"}}},
		{name: "NothingRead", in: "Spending on R&D rose .",
			want: nil},
		{name: "CommonNoun", in: "He likes R&B music .",
			ents: []ner.Entity{{Start: 4, End: 5, Type: "MISC"}},
			want: []ner.Entity{{Start: 4, End: 5, Type: "MISC"}}},
		{name: "CommonNounBeforeAColon", in: "Q&A: what the deal means .",
			ents: []ner.Entity{{Start: 2, End: 3, Type: "ORG"}},
			want: []ner.Entity{{Start: 2, End: 3, Type: "ORG"}}},
		{name: "Spaced", in: "Standard & Poor said so .",
			ents: []ner.Entity{{Start: 2, End: 3, Type: "ORG"}},
			want: []ner.Entity{{Start: 2, End: 3, Type: "ORG"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ampersandNames(text.Tokenize(tt.in), tt.ents); !slices.Equal(got, tt.want) {
				t.Errorf("ampersandNames(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
