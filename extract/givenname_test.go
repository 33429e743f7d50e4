package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestCompleteGivenNames checks that a given name written before a word
// the document names someone by joins it into a person's full name, on
// mentions set by hand (as a tagger that missed the given name would
// leave them).
func TestCompleteGivenNames(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		short    string   // the one-word name the tagger found
		tagFirst bool     // whether it found it in the first sentence too
		want     []string // the mention names after completion
	}{
		{"GivenNameBeforeSurname", "Morag Quill has said she will race.\n\nQuill is training.", "Quill", false,
			[]string{"Morag Quill", "Quill"}},
		{"ReplacesOneWordMention", "Morag Quill has said she will race.\n\nQuill is training.", "Quill", true,
			[]string{"Morag Quill", "Quill"}},
		{"SpeechVerbIsNoGivenName", "Tom Hale signed on.\n\nSaid Quill: \"I am glad.\"", "Quill", true,
			[]string{"Quill"}},
		{"LowerCaseWordIsNoGivenName", "They met norman Quill there.\n\nQuill left.", "Quill", true,
			[]string{"Quill", "Quill"}},
		{"OtherWordBefore", "Bright Quill has said it will grow.\n\nQuill is a firm.", "Quill", true,
			[]string{"Quill", "Quill"}},
	}
	ex := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &docState{e: ex, text: tt.text, bufs: new(docBuffers)}
			st.segment()
			for si, toks := range st.tokens {
				for ti, tk := range toks {
					if tk.Text != tt.short || si == 0 && !tt.tagFirst {
						continue
					}
					st.mentions = append(st.mentions, mention{sent: si, t0: ti, t1: ti + 1, span: tk.Span,
						surface: tk.Text, name: tk.Text, kind: KindOrg, via: ViaName, actorIndex: -1})
				}
			}
			st.completeGivenNames()
			var got []string
			for _, m := range st.mentions {
				got = append(got, m.name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("completeGivenNames(%q) = %v, want %v", strings.ReplaceAll(tt.text, "\n", " "), got, tt.want)
			}
		})
	}
}
