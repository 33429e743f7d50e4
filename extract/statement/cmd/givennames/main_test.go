package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	got := tokens(`"Mr O'Neill," she said -- Jean-Luc's.`)
	want := []string{`"`, "Mr", "O'Neill", ",", `"`, "she", "said", "-", "-", "Jean-Luc's", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens = %q, want %q", got, want)
	}
}

func TestContradicted(t *testing.T) {
	tests := []struct {
		name string
		e    evidence
		isF  bool
		want bool
	}{
		{"no pronoun evidence", evidence{given: 3}, true, false},
		{"own pronouns", evidence{given: 9, female: 4, male: 1}, true, false},
		{"other pronouns", evidence{given: 9, female: 1, male: 4}, true, true},
		{"a tie tells nothing", evidence{given: 9, female: 2, male: 2}, false, true},
		{"male name, male pronouns", evidence{given: 9, male: 3}, false, false},
		{"a surname as often as a given name", evidence{given: 6, surname: 3, male: 5}, false, true},
		{"a surname now and then", evidence{given: 10, surname: 3, male: 5}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contradicted(&tt.e, tt.isF); got != tt.want {
				t.Errorf("contradicted(%+v, female=%v) = %v, want %v", tt.e, tt.isF, got, tt.want)
			}
		})
	}
}

func TestCountText(t *testing.T) {
	cands := map[string]bool{"Oriel": true, "Brand": false, "Tamsin": true}
	given := func(w string) bool { return w == "Tamsin" || w == "Paul" || cands[w] }
	ev := map[string]*evidence{}
	text := "Oriel Vance arrived late. He said the vote was lost. " +
		"Mr Brand agreed, and Paul Brand said so too. Tamsin Hale said she would stay. " +
		"Brand Lowe left."
	countText(tokens(text), cands, given, ev)
	want := map[string]evidence{
		"Oriel":  {given: 1, male: 1},
		"Brand":  {given: 1, surname: 2},
		"Tamsin": {given: 1, female: 1},
	}
	for n, w := range want {
		if got := ev[n]; got == nil || *got != w {
			t.Errorf("evidence of %s = %+v, want %+v", n, got, w)
		}
	}
}

// TestRun makes a list from small files twice: a name that the news
// contradicts is left out, one in both lists or in the hand list too, and
// the output is the same bytes each time.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fem := write("f.txt", "Oriel\nTamsin\nSasha\nAnne-Marie\n")
	mal := write("m.txt", "Brand\nSasha\nCorwin\nJonas\n")
	hand := write("hand.txt", "# hand\n[male]\nJonas\n")
	news := write("news.jsonl", `{"title":"Vote lost","text":"Oriel Vance arrived late. He said the vote was lost. Tamsin Hale said she would stay."}`+"\n")
	args := []string{"--female", fem, "--male", mal, "--hand", hand, "--jsonl", news}
	var first string
	for i := range 2 {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != 0 {
			t.Fatalf("run = %d: %s", code, errOut.String())
		}
		if i == 0 {
			first = out.String()
			continue
		}
		if out.String() != first {
			t.Errorf("second run wrote other bytes:\n%s\nvs\n%s", out.String(), first)
		}
	}
	body := strings.Join(strings.Split(first, "\n")[3:], "\n")
	if want := "[female]\nTamsin\n[male]\nBrand Corwin\n"; body != want {
		t.Errorf("list =\n%s\nwant\n%s", body, want)
	}
	if code := run([]string{"--female", fem}, &bytes.Buffer{}, &bytes.Buffer{}); code != 2 {
		t.Errorf("run without the other flags = %d, want 2", code)
	}
}
