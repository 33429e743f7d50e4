package date

import (
	"errors"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ISODate", "2025-02-26", "2025-02-26"},
		{"ISODateTimeZ", "2025-02-26T15:04:05Z", "2025-02-26T15:04:05Z"},
		{"ISOFraction", "2025-02-26T15:04:05.123456Z", "2025-02-26T15:04:05Z"},
		{"ISOOffset", "2025-02-26T23:30:00-05:00", "2025-02-26T23:30:00-05:00"},
		{"ISOOffsetNoColon", "2025-02-26T23:30:00+0530", "2025-02-26T23:30:00+05:30"},
		{"ISOZeroOffset", "2025-02-26T10:00:00+00:00", "2025-02-26T10:00:00Z"},
		{"ISONoZone", "2025-02-26T15:04:05", "2025-02-26T15:04:05"},
		{"ISOMinutes", "2025-02-26T15:04", "2025-02-26T15:04:00"},
		{"ISOSpace", "2025-02-26 15:04:05", "2025-02-26T15:04:05"},
		{"ISOSpaceUTC", "2025-02-26 15:04:05 UTC", "2025-02-26T15:04:05Z"},
		{"ISOBasic", "20250226", "2025-02-26"},
		{"ISOBasicTime", "20250226T150405Z", "2025-02-26T15:04:05Z"},
		{"Slashes", "2025/02/26", "2025-02-26"},
		{"RFC1123", "Wed, 26 Feb 2025 15:04:05 GMT", "2025-02-26T15:04:05Z"},
		{"RFC1123Z", "Wed, 26 Feb 2025 15:04:05 -0500", "2025-02-26T15:04:05-05:00"},
		{"RFC1123OneDigitDay", "Sun, 2 Mar 2025 08:00:00 +0100", "2025-03-02T08:00:00+01:00"},
		{"RFC1123Abbrev", "Wed, 26 Feb 2025 15:04:05 EST", "2025-02-26T15:04:05"},
		{"RFC850", "Wednesday, 26-Feb-25 15:04:05 GMT", "2025-02-26T15:04:05Z"},
		{"RFC822", "26 Feb 25 15:04 GMT", "2025-02-26T15:04:00Z"},
		{"ANSIC", "Wed Feb 26 15:04:05 2025", "2025-02-26T15:04:05"},
		{"Reuters", "26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01"},
		{"ReutersOneDigit", "3-MAR-1987 09:17:32.30", "1987-03-03T09:17:32"},
		{"DayMonYear", "26-Feb-1987", "1987-02-26"},
		{"MonthDayYear", "Feb 26, 2025", "2025-02-26"},
		{"MonthDayYearLong", "February 26, 2025", "2025-02-26"},
		{"MonthDayYearNoComma", "February 26 2025", "2025-02-26"},
		{"MonthDot", "Feb. 26, 2025", "2025-02-26"},
		{"Sept", "Sept 5, 2025", "2025-09-05"},
		{"Ordinal", "February 26th, 2025", "2025-02-26"},
		{"Weekday", "Wednesday, February 26, 2025", "2025-02-26"},
		{"MonthDayYearTime", "Feb 26, 2025 3:04 PM", "2025-02-26T15:04:00"},
		{"MonthDayYearAtTime", "February 26, 2025 at 3:04 PM EST", "2025-02-26T15:04:00"},
		{"DayMonthYear", "26 February 2025", "2025-02-26"},
		{"DayMonthYearAbbr", "26 Feb 2025", "2025-02-26"},
		{"DayMonthYearWeekday", "Wednesday 26 February 2025", "2025-02-26"},
		{"DayMonthYearTime", "26 February 2025 14:30", "2025-02-26T14:30:00"},
		{"UpperCase", "26 FEBRUARY 2025", "2025-02-26"},
		{"Spaces", "  26   February\t2025 ", "2025-02-26"},
		{"UnixSeconds", "1740582245", "2025-02-26T15:04:05Z"},
		{"UnixMillis", "1740582245000", "2025-02-26T15:04:05Z"},
		{"ControlRefs", "27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM", "1987-03-27T00:02:59"},
		{"ControlRaw", "2025-02-26\x05junk", "2025-02-26"},
		{"ControlHexRef", "2025-02-26&#x1F;junk", "2025-02-26"},
		{"ZoneInBrackets", "Wed, 26 Feb 2025 15:04:05 +0000 (UTC)", "2025-02-26T15:04:05Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("Normalize(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct{ name, in string }{
		{"Empty", ""},
		{"Blank", "   "},
		{"Words", "yesterday"},
		{"DayMonthAmbiguous", "03/04/2025"},
		{"Year", "2025"},
		{"Partial", "Feb 2025 and more"},
		{"BadDay", "2025-02-30"},
		{"BadMonth", "2025-13-01"},
		{"ShortNumber", "12345"},
		{"TrailingText", "2025-02-26 by Reuters"},
		{"YearTooSmall", "0099-01-01"},
		{"OnlyControl", "&#5;2025-02-26"},
		{"TextRef", "2025-02-26&#65;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize(tt.in)
			if err == nil || !errors.Is(err, ErrNoDate) {
				t.Errorf("Normalize(%q) = %q, %v, want an ErrNoDate", tt.in, got, err)
			}
		})
	}
}

func TestParseCustom(t *testing.T) {
	tests := []struct {
		name, format, in, want string
	}{
		{"GoLayoutDayFirst", "02/01/2006", "03/04/2025", "2025-04-03"},
		{"StrftimeDayFirst", "%d/%m/%Y", "03/04/2025", "2025-04-03"},
		{"StrftimeTime", "%d.%m.%Y %H:%M", "26.02.2025 14:30", "2025-02-26T14:30:00"},
		{"StrftimeISO", "%FT%T%z", "2025-02-26T14:30:00+0100", "2025-02-26T14:30:00+01:00"},
		{"StrftimeNoPad", "%-d/%-m/%Y", "3/4/2025", "2025-04-03"},
		{"CustomMissesBuiltinWins", "%d/%m/%Y", "Feb 26, 2025", "2025-02-26"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Layout(tt.format)
			if err != nil {
				t.Fatalf("Layout(%q): %v", tt.format, err)
			}
			got, err := Normalize(tt.in, l)
			if err != nil || got != tt.want {
				t.Errorf("Normalize(%q, %q) = %q, %v, want %q", tt.in, l, got, err, tt.want)
			}
		})
	}
}

func TestParseLeading(t *testing.T) {
	tests := []struct{ in, want, used string }{
		{"9-APR-1987 00:00:00.00    # date added by hand", "1987-04-09T00:00:00", "9-APR-1987 00:00:00.00"},
		{"31-MAR-1987 605:12:19.12", "1987-03-31", "31-MAR-1987"},
		{"Feb 26, 2025 3:04 PM updated", "2025-02-26T15:04:00", "Feb 26, 2025 3:04 PM"},
		{"2025-02-26", "2025-02-26", "2025-02-26"},
	}
	for _, tt := range tests {
		st, used, err := ParseLeading(tt.in)
		if err != nil || st.String() != tt.want || used != tt.used {
			t.Errorf("ParseLeading(%q) = %q, %q, %v; want %q, %q", tt.in, st.String(), used, err, tt.want, tt.used)
		}
	}
	for _, in := range []string{"", "the 26th", "2025 and more"} {
		if _, _, err := ParseLeading(in); err == nil {
			t.Errorf("ParseLeading(%q) succeeded, want an error", in)
		}
	}
}

func TestLayoutErrors(t *testing.T) {
	for _, f := range []string{"%Q", "%d/%m", "15:04", "%Y%", "%-q"} {
		if l, err := Layout(f); err == nil {
			t.Errorf("Layout(%q) = %q, want an error", f, l)
		}
	}
}

func TestStampDay(t *testing.T) {
	st, err := Parse("2025-02-26T23:30:00-05:00")
	if err != nil {
		t.Fatal(err)
	}
	// The day is the one written, not the UTC day.
	if got := st.Day(); got != "2025-02-26" {
		t.Errorf("Day() = %q, want 2025-02-26", got)
	}
}

// FuzzParse checks that Parse never panics and that a normalised date
// parses back to itself.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2025-02-26", "26-FEB-1987 15:01:01.79", "Wed, 26 Feb 2025 15:04:05 GMT",
		"Feb 26, 2025", "26 February 2025", "1740582245", "2025-02-26T23:30:00-05:00", "Sept 5th, 2025 at 3:04 PM"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := Parse(s)
		if err != nil {
			return
		}
		n := st.String()
		again, err := Normalize(n)
		if err != nil || again != n {
			t.Errorf("Normalize(%q) = %q, %v; want it unchanged (from %q)", n, again, err, s)
		}
		if len(n) < 10 || n[:10] != st.Day() {
			t.Errorf("String() = %q does not start with Day() %q", n, st.Day())
		}
	})
}

func BenchmarkParse(b *testing.B) {
	in := []string{"2025-02-26", "26-FEB-1987 15:01:01.79", "Wed, 26 Feb 2025 15:04:05 GMT", "Feb 26, 2025"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(in[i%len(in)]); err != nil {
			b.Fatal(err)
		}
	}
}
