package extract

import "testing"

func TestDocumentSpelling(t *testing.T) {
	tests := []struct {
		name string
		a    Actor
		want string
	}{
		{"DiacriticsTheStoryLeavesOut", Actor{Name: "Recep Tayyip Erdoğan", Type: KindPerson, Known: true, Aliases: []string{"Erdogan"}}, "Recep Tayyip Erdogan"},
		{"DiacriticsTheStoryWrites", Actor{Name: "Recep Tayyip Erdoğan", Type: KindPerson, Known: true, Aliases: []string{"Erdoğan"}}, "Recep Tayyip Erdoğan"},
		{"GermanTransliteration", Actor{Name: "Gerhard Schröder", Type: KindPerson, Known: true, Aliases: []string{"Schroeder"}}, "Gerhard Schroeder"},
		{"FullNameAsWritten", Actor{Name: "Gerhard Schröder", Type: KindPerson, Known: true, Aliases: []string{"Gerhard Schroeder", "Schroeder"}}, "Gerhard Schroeder"},
		{"BritishSpelling", Actor{Name: "World Trade Organization", Type: KindOrg, Known: true, Aliases: []string{"WTO", "World Trade Organisation"}}, "World Trade Organisation"},
		{"OnlyTheAcronym", Actor{Name: "World Trade Organization", Type: KindOrg, Known: true, Aliases: []string{"WTO"}}, "World Trade Organization"},
		{"CaseIsNoSpelling", Actor{Name: "Bank of Japan", Type: KindOrg, Known: true, Aliases: []string{"Bank Of Japan"}}, "Bank of Japan"},
		{"StateKeepsItsName", Actor{Name: "Côte d'Ivoire", Type: KindState, Known: true, Aliases: []string{"Ivory Coast"}}, "Côte d'Ivoire"},
		{"UnknownActorAsIs", Actor{Name: "José Ortega", Type: KindPerson, Aliases: []string{"Ortega"}}, "José Ortega"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := documentSpelling(tt.a); got != tt.want {
				t.Errorf("documentSpelling(%q, aliases %q) = %q, want %q", tt.a.Name, tt.a.Aliases, got, tt.want)
			}
		})
	}
}
