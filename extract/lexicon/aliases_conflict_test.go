package lexicon

import (
	"errors"
	"strings"
	"testing"
)

func TestAliasConflicts(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantLine int    // 0: no error
		wantMsg  string // in the error, with the earlier line
	}{
		{"MergeBothWays", "merge A = B\nmerge B = A\n", 2, "line 1"},
		{"MergeCycleOfThree", "merge A = B\nmerge B = C\n\nmerge C = A\n", 4, "cycle"},
		{"MergedIntoTwo", "merge Russia = USSR\nmerge Ukraine = USSR\n", 2, "line 1"},
		{"MergeThenSplit", "merge Russia = Soviet Union\nsplit Soviet Union = Russia\n", 2, "line 1"},
		{"SplitThenMerge", "split Joe Biden = Hunter Biden\nmerge Joe Biden = Hunter Biden\n", 2, "line 1"},
		{"MergeThenIgnore", "merge Russia = Kremlin\nignore Kremlin\n", 2, "line 1"},
		{"IgnoreThenMerge", "ignore Reuters\nmerge Reuters = Thomson Reuters\n", 2, "line 1"},
		{"SplitThenIgnoreCase", "split Georgia = Georgia (U.S. state)\nignore georgia\n", 2, "line 1"},
		{"ActorTwiceDifferently", "actor Acme = org\nactor Acme = person\n", 2, "line 1"},
		{"IgnoreThenAlias", "ignore AP\nalias Associated Press = AP\n", 2, "line 1"},
		// Not contradictions.
		{"SelfSplit", "split Georgia = Georgia\nmerge Russia = Soviet Union\n", 0, ""},
		{"MergeChain", "merge Russia = Soviet Union\nmerge Soviet Union = USSR\n", 0, ""},
		{"SameMergeTwice", "merge Russia = USSR\nmerge russia = USSR\n", 0, ""},
		{"ActorTwiceSame", "actor Acme = org @ Freedonia\nactor acme = org @ freedonia\n", 0, ""},
		{"IgnoreUnrelated", "merge Russia = USSR\nignore Reuters, Bloomberg\n", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseAliases(strings.NewReader(tc.in), "a.txt")
			if tc.wantLine == 0 {
				if err != nil {
					t.Errorf("error %v, want none", err)
				}
				return
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != tc.wantLine || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("error %v, want line %d mentioning %q", err, tc.wantLine, tc.wantMsg)
			}
		})
	}
}
