package extract

import (
	"fmt"
	"slices"
	"testing"
)

// TestDelayedLead checks leads that describe the body they report and name
// it later (statement/lead.go): the lead's statement goes to the body the
// story names when it speaks, if it fits the description.
func TestDelayedLead(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name string
		text string
		want []string // "Speaker@sentence", in order
	}{
		{"CharityBeforeVerb", "Bus fares to rise\n\nA charity has warned that bus fares will rise faster than wages.\n\nOxfam said poorer families would be hit hardest.",
			[]string{"Oxfam@1", "Oxfam@2"}},
		{"CharityAfterContent", "Bus fares to rise\n\nBus fares will rise faster than wages next year, a charity has warned.\n\nOxfam said poorer families would be hit hardest.",
			[]string{"Oxfam@1", "Oxfam@2"}},
		{"StatesWatchdog", "Audit of grants\n\nCouncils are wasting money on consultants, the UK's public spending watchdog has said.\n\nThe National Audit Office said fees had doubled since 2001.",
			[]string{"National Audit Office@1", "National Audit Office@2"}},
		{"MembersOfLegislature", "Rail plans criticised\n\nThe new rail timetable will leave rural towns without trains, MPs have warned.\n\nThe Transport Select Committee said the plans ignored passengers.",
			[]string{"Transport Select Committee@1", "Transport Select Committee@2"}},
		{"VerbFirst", "Fuel duty\n\nFuel duty should be frozen for a year, says a leading charity.\n\nOxfam said higher prices would hurt the poor.",
			[]string{"Oxfam@1", "Oxfam@2"}},
		{"ReportByAuthor", "Pay gap\n\nYoung workers earn less in real terms than they did in 2000, a report says.\n\nThe study, by the Resolution Foundation, looked at earnings data.",
			[]string{"Resolution Foundation@1"}},
		{"ReportByParticiple", "Pay gap\n\nYoung workers earn less in real terms than they did in 2000, a report says.\n\nThe study, undertaken by the Resolution Foundation, looked at earnings data.",
			[]string{"Resolution Foundation@1"}},
		{"ResearchFromOpensSentence", "House prices\n\nHouse prices rose by 2% in May, a report says.\n\nResearch from the Velmar Building Society suggests the rise will slow.",
			[]string{"Velmar Building Society@1", "Velmar Building Society@2"}},
		{"PollsterNotPaper", "Voters and tax\n\nMost voters would pay more tax for better schools, a poll suggests.\n\nIn the Daily Mirror poll, 61% were in favour. Populus polled 1,004 adults last week.",
			[]string{"Populus@1"}},
		{"BusinessIsNoCharity", "Bus fares to rise\n\nBus fares will rise faster than wages next year, a charity has warned.\n\nArkwright Holdings Plc said it would keep its fares down.",
			[]string{"Arkwright Holdings Plc@2"}},
		{"DescribedAgainIsNoName", "Bus fares to rise\n\nBus fares will rise faster than wages next year, a charity has warned.\n\nThe charity said poorer families would be hit hardest.",
			nil},
		{"NoLeadLater", "Bus fares\n\nFares rose in May. Wages fell. Prices rose. Rents rose too, a charity has warned.\n\nOxfam said poorer families would be hit hardest.",
			[]string{"Oxfam@5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			var got []string
			for _, s := range x.Statements {
				got = append(got, fmt.Sprintf("%s@%d", s.Speaker, s.SentenceIndex))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q) statements = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
