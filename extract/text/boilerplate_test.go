package text

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"Share_Article", "Share This Article", true},
		{"Share_Facebook", "Share on Facebook", true},
		{"Share_Icons", "Share  Tweet  Email  Print", true},
		{"Related_Articles", "Related Articles", true},
		{"Related_Colon", "Related: Envoy lands in Moscow", true},
		{"Comments_LeaveReply", "Leave a Reply", true},
		{"Comments_Reply", "Reply", true},
		{"Comments_Count", "12 Comments", true},
		{"Comments_Word", "Comments", true},
		{"Comments_Required", "Required fields are marked *", true},
		{"Comments_EmailNotice", "Your email address will not be published. Required fields are marked *", true},
		{"ReadTime_Min", "3 Min Read", true},
		{"ReadTime_Colon", "Reading Time: 2 minutes", true},
		{"ReadTime_Badge", "5 minute read", true},
		{"Byline_Simple", "By Jane Smith", true},
		{"Byline_AllCaps", "By JANE SMITH and JOHN DOE, Reuters", true},
		{"Byline_Admin", "By admin", true},
		{"Byline_Date", "By Jane Smith | Updated November 26, 2025", true},
		{"Byline_PostedBy", "Posted by admin", true},
		{"Byline_Admin_Alone", "admin", true},
		{"Byline_Reporting", "(Reporting by Jane Smith in Kyiv; Editing by John Doe)", true},
		{"Credit_Contributed", "CNN's Jason Carroll, Ben Brumfield and Greg Botelho contributed to this report.", true},
		{"Credit_Writers", "Associated Press writers Jane Doe and John Roe in Washington contributed to this story.", true},
		{"Credit_ContributedReporting", "Jane Doe contributed reporting from Kyiv.", true},
		{"Credit_WritingBy", "Writing by Jane Doe; Editing by John Roe", true},
		{"Staff_Correspondent", "Jane Smith, BBC diplomatic correspondent", true},
		{"Staff_Editor", "John Doe, Political Editor", true},
		{"Source_URL", "Source: https://www.example.com/world/story-123", true},
		{"Ad_Word", "Advertisement", true},
		{"Ad_Caps", "ADVERTISEMENT", true},
		{"Ad_Continues", "Story continues below advertisement", true},
		{"Subscribe", "Subscribe", true},
		{"Newsletter", "Sign up for our newsletter", true},
		{"Follow_Twitter", "Follow us on Twitter", true},
		{"ClickHere", "Click here to read the full report", true},
		{"Copyright_Sign", "© 2025 Example Media. All rights reserved.", true},
		{"Copyright_Word", "Copyright 2025 Example News", true},
		{"Copyright_Paren", "(c) Example Media Ltd", true},
		{"Date_Updated", "Updated 3:45 PM ET", true},
		{"Date_Alone", "November 26, 2025", true},
		{"Date_Numeric", "2025-11-26", true},
		{"Date_Weekday", "Wednesday 26 November 2025 14:30 GMT", true},
		{"Date_Ago", "2 hours ago", true},
		{"Photo_Caption", "Image caption, The envoy arrives in Moscow", true},
		{"Photo_Source", "Image source, Getty Images", true},
		{"Photo_Colon", "Photo: Jane Smith/Example Agency", true},
		{"Photo_File", "FILE PHOTO: A flag flies over the Kremlin", true},
		{"Photo_Getty", "Getty Images", true},
		{"Menu_Pipes", "Home | World | Politics", true},
		{"Menu_Chevrons", "News › Europe › Ukraine", true},
		{"Menu_CamelOne", "US and CanadaWar in Gaza", true},
		{"Menu_CamelMany", "HomeNewsSportBusinessInnovation", true},
		{"Menu_Sections", "World Politics Business Tech", true},
		{"Cookies_Notice", "We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.", true},
		{"Tags", "Tags: Ukraine, Russia, peace talks", true},
		{"Skip", "Skip to main content", true},
		{"Share_WithMessenger", "Share this with Messenger", true},
		{"Share_Panel", "Close share panel", true},
		{"ExternalLinks", "These are external links and will open in a new window", true},
		{"MediaPlayback", "Media playback is unsupported on your device", true},
		{"ContinueReading", "Continue reading the main story", true},
		{"AlsoLike", "You May Also Like", true},

		{"Real_Headline", "Envoy Witkoff to discuss Ukraine peace moves in Moscow next week", false},
		{"Real_HeadlineTitleCase", "US Sees 'Optimistic' Chance Of Ukraine Deal As Envoy Heads To Moscow", false},
		{"Real_HeadlineUS", "U.S. Envoy Heads to Moscow as Washington Intensifies Push for Peace", false},
		{"Real_SubheadAllCaps", "WITKOFF AND RUSSIA", false},
		{"Real_SubheadQuote", "‘PRELIMINARY AGREEMENT’ FOR ENVOY TO VISIT", false},
		{"Real_Short", "Putin said no.", false},
		{"Real_StaffSentence", "Jane Smith, the paper's editor, said the story was true.", false},
		{"Real_StaffAppositive", "Jane Smith, a former correspondent", false},
		{"Real_Contributed", "The drought contributed to the price rise, traders said.", false},
		{"Real_ByStart", "By Monday, Russian forces had advanced further.", false},
		{"Real_SourceWord", "Source of the leak remains unclear, officials said.", false},
		{"Real_UpdatedWord", "Updated figures show 19% of Ukraine under Russian control.", false},
		{"Real_Brand", "YouTube", false},
		{"Real_BrandPhrase", "YouTube owner Google", false},
		{"Real_BrandSentence", "BlackRock said it would invest in Ukraine.", false},
		{"Real_Name", "Vladimir Putin", false},
		{"Real_Question", "Is a Ukraine Deal DAYS AWAY?", false},
		{"Real_ReadSentence", "Read the statement from the Kremlin carefully, he said.", false},
		{"Real_Long", strings.Repeat("The talks went on. ", 100), false},
		{"Real_NotPublished", "The figures will not be published before 2027, the ministry said.", false},
		{"Real_CopyrightTopic", "Copyright law is changing fast, lawyers say.", false},
		{"Real_ContinuingToUse", "Many users will keep the app by continuing to use it offline.", false},
		{"Real_CamelSentence", "GameStop: Power Cut is out now", false},
		{"Real_Cookies", "The regulator fined the firm over the use of cookies.", false},
		{"Name_US", "US", false},
		{"Name_Facebook", "Facebook", false},
		{"Name_Reading", "Reading", false},
		{"Name_Time", "Time", false},
		{"Name_WorldHealthOrganization", "World Health Organization", false},
		{"Name_HomeOffice", "Home Office", false},
		{"Social_Icons", "Facebook Twitter Email", true},
		{"Contact_Us", "Contact Us", true},
		{"Name_CamelBrand", "GameStop", false},
		{"Name_CamelHeadline", "Envoy Meets GameStop Chief", false},
		{"Real_ListItem", "(c) the parties agree to a ceasefire", false},
		{"Empty", "", false},
		{"Blank", "   ", false},
		{"Punct", "* * *", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsBoilerplate(tt.in); got != tt.want {
				t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestBoilerplateListParses(t *testing.T) {
	rules, bad := parseBoiler(boilerplateList)
	if len(bad) > 0 {
		t.Errorf("parseBoiler(boilerplate.txt) bad lines = %q, want none", bad)
	}
	if len(rules.exact) == 0 || len(rules.prefixes) == 0 || len(rules.contains) == 0 || len(rules.furniture) == 0 || len(rules.camel) == 0 {
		t.Errorf("parseBoiler(boilerplate.txt) has an empty section: %d exact, %d prefixes, %d contains, %d furniture, %d camel",
			len(rules.exact), len(rules.prefixes), len(rules.contains), len(rules.furniture), len(rules.camel))
	}
	_, bad = parseBoiler("= ok\n? what\nw\n")
	if want := []string{"? what", "w"}; !slices.Equal(bad, want) {
		t.Errorf("parseBoiler(bad list) bad lines = %q, want %q", bad, want)
	}
}

func TestBoilerplateSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Lines", "Envoy heads to Moscow\n\n  Share This Article  \nPutin said no.\r\n3 Min Read",
			[]string{"Share This Article", "3 Min Read"}},
		{"MenuRun", "Home\nNews\nSport\n\nEurope\nUS & Canada\nAsia\nAustralia\nEnvoy heads to Moscow for talks with Putin on Tuesday.",
			[]string{"Home", "News", "Sport", "Europe", "US & Canada", "Asia", "Australia"}},
		{"ShortRunKept", "Envoy heads to Moscow\nBy admin\nUkraine\nRussia\nThe talks began on Monday.",
			[]string{"By admin"}},
		{"HeadingsKept", "ENVOY AND RUSSIA\n\nThe envoy met Putin on Tuesday, aides said.\n\nTHE NEXT STEP\n\nTalks go on.",
			nil},
		{"Empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BoilerplateSpans(tt.text)
			var gotText []string
			for _, s := range got {
				gotText = append(gotText, tt.text[s.Start:s.End])
			}
			if !slices.Equal(gotText, tt.want) {
				t.Errorf("BoilerplateSpans(%q) = %q (%v), want %q", tt.text, gotText, got, tt.want)
			}
		})
	}
}

// TestBoilerplateSeeds checks the filter on the real seed articles: the
// furniture lines around them go, the article lines stay.
func TestBoilerplateSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir, "corpus", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed articles in %s (the shared corpus is not present)", dir)
	}
	wantFlagged := map[string]bool{
		"admin": true, "By admin": true, "3 Min Read": true, "Share This Article": true,
		"US and CanadaWar in Gaza": true, "Related Articles": true, "Leave a Reply": true,
		"Your email address will not be published. Required fields are marked *": true,
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		text := string(b)
		flagged := map[string]bool{}
		for _, s := range BoilerplateSpans(text) {
			line := text[s.Start:s.End]
			flagged[line] = true
			if !wantFlagged[line] && !strings.HasPrefix(line, "Source: http") {
				t.Errorf("%s: IsBoilerplate(%q) = true, want false", filepath.Base(f), line)
			}
		}
		for line := range strings.Lines(text) {
			line = strings.TrimSpace(line)
			if wantFlagged[line] && !flagged[line] {
				t.Errorf("%s: IsBoilerplate(%q) = false, want true", filepath.Base(f), line)
			}
		}
	}
}

// FuzzBoilerplateSpans checks that the filter never panics and returns
// ordered, trimmed spans of whole lines.
func FuzzBoilerplateSpans(f *testing.F) {
	for _, s := range []string{"", "Share This Article\nPutin said no.", "By \xff", "A|B|C", "HomeNewsSport\r\n", "© 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range BoilerplateSpans(text) {
			if s.Start < prev || s.Start >= s.End || s.End > len(text) {
				t.Fatalf("BoilerplateSpans(%q): span %v out of order or range", text, s)
			}
			if strings.Contains(text[s.Start:s.End], "\n") {
				t.Fatalf("BoilerplateSpans(%q): span %v crosses a line", text, s)
			}
			prev = s.End
		}
	})
}

func BenchmarkBoilerplateSpans(b *testing.B) {
	text := strings.Repeat(sentenceBenchText, 32)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		BoilerplateSpans(text)
	}
}

func ExampleIsBoilerplate() {
	for _, line := range []string{"Share This Article", "By Jane Smith, Reuters", "Putin said no."} {
		fmt.Println(IsBoilerplate(line))
	}
	// Output:
	// true
	// true
	// false
}
