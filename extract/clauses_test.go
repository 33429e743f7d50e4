package extract

import (
	"slices"
	"testing"
)

// TestOpeningClause checks the words of a statement made in a sentence
// that opens with a subordinate clause: a cue inside the clause speaks
// only of the clause ("While A unveiled plans …, B urged C …" gives A no
// target C), unless the clause attributes the main clause ("As A said on
// Monday, C should …" is A's statement about C).
func TestOpeningClause(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name            string
		text            string
		speaker, target string
		want            bool // whether the speaker's statements have the target
	}{
		{"ClauseBoundsItsWords", "While Labour unveiled plans to cut waiting lists, the Conservatives urged France to back the treaty.",
			"Labour Party", "France", false},
		{"MainClauseKeepsItsWords", "While Labour unveiled plans to cut waiting lists, the Conservatives urged France to back the treaty.",
			"Conservative Party", "France", true},
		{"AsSaidAttributesTheMainClause", "As the Conservatives said on Monday, France should back the treaty.",
			"Conservative Party", "France", true},
		{"AttributionAtTheEnd", "After Labour unveiled plans to cut waiting lists, France backed the treaty, the Conservatives said.",
			"Conservative Party", "Labour Party", true},
		{"NoStatementBeforeAttribution", "After Labour unveiled plans to cut waiting lists, France backed the treaty, the Conservatives said.",
			"France", "Conservative Party", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			got := false
			var all []string
			for _, s := range x.Statements {
				all = append(all, s.Speaker+"->"+fmtTargets(s.Targets))
				if s.Speaker == tt.speaker && slices.Contains(s.Targets, tt.target) {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("Extract(%q): %s has target %s = %v, want %v (statements %v)", tt.text, tt.speaker, tt.target, got, tt.want, all)
			}
		})
	}
}

// fmtTargets joins targets for a test message.
func fmtTargets(ts []string) string {
	out := "["
	for i, t := range ts {
		if i > 0 {
			out += ", "
		}
		out += t
	}
	return out + "]"
}

// TestSpeakerPhraseIsNoTarget checks that the employer named in the
// speaker's phrase after an inverted verb ("said analyst X of Y") is part
// of the phrase, not a target of the statement.
func TestSpeakerPhraseIsNoTarget(t *testing.T) {
	ex := testExtractor(t)
	for _, text := range []string{
		"\"Prices will fall,\" said energy analyst Orin Middleton of Barclays Capital.",
		"\"Prices will fall,\" said Orin Middleton at Barclays Capital.",
	} {
		x, err := ex.Extract(Document{ID: "t", Text: "Title\n\n" + text})
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		if len(x.Statements) != 1 || x.Statements[0].Speaker != "Orin Middleton" || slices.Contains(x.Statements[0].Targets, "Barclays Capital") {
			t.Errorf("Extract(%q) = %+v, want one statement of Orin Middleton without the target Barclays Capital", text, x.Statements)
		}
	}
}
