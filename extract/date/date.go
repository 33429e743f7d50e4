package date

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Stamp is a parsed date: the instant as written (clock time and day in
// the zone of the text, not converted to UTC) and how much of it the text
// gave.
type Stamp struct {
	// Time holds the date and, if Clock, the time of day. Its location
	// is UTC unless Zone, then a fixed offset.
	Time time.Time
	// Clock is set when the text gave a time of day.
	Clock bool
	// Zone is set when the text gave a numeric offset, Z, UTC or GMT; a
	// zone given only by an abbreviation (EST, CET) has no agreed offset
	// and is dropped, the clock time kept as written.
	Zone bool
}

// String returns the normalised ISO 8601 form: "2006-01-02" for a date,
// "2006-01-02T15:04:05" with a time of day, followed by "Z" or "+07:00"
// when the zone is known. Fractions of a second are dropped.
func (s Stamp) String() string {
	switch {
	case !s.Clock:
		return s.Time.Format("2006-01-02")
	case !s.Zone:
		return s.Time.Format("2006-01-02T15:04:05")
	}
	return s.Time.Format("2006-01-02T15:04:05Z07:00")
}

// Day returns the date part, "2006-01-02".
func (s Stamp) Day() string { return s.Time.Format("2006-01-02") }

// ErrNoDate is returned (wrapped) for a string that is not a date in any of
// the forms tried.
var ErrNoDate = errors.New("not a date in a known form")

// layout is one built-in form: a Go time layout and whether it holds a
// time of day.
type layout struct {
	value string
	clock bool
}

// layouts are the built-in forms, tried in order after the caller's.
// Go's parser matches month and day names without regard to case, takes
// one- or two-digit days for "2" and accepts a fraction of a second after
// the seconds ("15:01:01.79") whatever the layout says. Weekday names,
// ordinal suffixes and "at" are removed before (see clean).
var layouts = []layout{
	// ISO 8601 and RFC 3339, extended form.
	{"2006-01-02T15:04:05Z07:00", true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05 MST", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{"2006-01-02", false},
	// ISO 8601, basic form.
	{"20060102T150405Z0700", true},
	{"20060102T150405", true},
	{"20060102", false},
	// Year, month, day with slashes or dots (never day/month/year,
	// which is ambiguous with month/day/year: give --date-format).
	{"2006/01/02 15:04:05", true},
	{"2006/01/02 15:04", true},
	{"2006/01/02", false},
	{"2006.01.02", false},
	// RFC 1123, RFC 822 and RFC 850 (HTTP, e-mail, RSS), weekday removed.
	{"2 Jan 2006 15:04:05 -0700", true},
	{"2 Jan 2006 15:04:05 MST", true},
	{"2 Jan 2006 15:04 -0700", true},
	{"2 Jan 2006 15:04 MST", true},
	{"2 Jan 06 15:04:05 -0700", true},
	{"2 Jan 06 15:04:05 MST", true},
	{"2 Jan 06 15:04 -0700", true},
	{"2 Jan 06 15:04 MST", true},
	{"2-Jan-06 15:04:05 -0700", true},
	{"2-Jan-06 15:04:05 MST", true},
	// Wire archives: "26-FEB-1987 15:01:01.79".
	{"2-Jan-2006 15:04:05", true},
	{"2-Jan-2006 15:04:05 MST", true},
	{"2-Jan-2006 15:04", true},
	{"2-Jan-2006", false},
	// ANSI C and Unix date, weekday removed.
	{"Jan 2 15:04:05 2006", true},
	{"Jan 2 15:04:05 MST 2006", true},
	// "26 February 2025", "26 Feb 2025".
	{"2 January 2006 15:04:05 MST", true},
	{"2 January 2006 15:04:05", true},
	{"2 January 2006 15:04 MST", true},
	{"2 January 2006 15:04", true},
	{"2 January 2006 3:04 PM MST", true},
	{"2 January 2006 3:04 PM", true},
	{"2 January 2006", false},
	{"2 Jan 2006 15:04:05", true},
	{"2 Jan 2006 15:04", true},
	{"2 Jan 2006", false},
	// "Feb 26, 2025", "February 26, 2025", with or without the comma.
	{"January 2, 2006 15:04:05 -0700", true},
	{"January 2, 2006 15:04:05 MST", true},
	{"January 2, 2006 15:04:05", true},
	{"January 2, 2006 15:04 MST", true},
	{"January 2, 2006 15:04", true},
	{"January 2, 2006 3:04 PM -0700", true},
	{"January 2, 2006 3:04 PM MST", true},
	{"January 2, 2006 3:04 PM", true},
	{"January 2, 2006 3:04PM", true},
	{"January 2, 2006", false},
	{"January 2 2006", false},
	{"Jan 2, 2006 15:04:05 MST", true},
	{"Jan 2, 2006 15:04:05", true},
	{"Jan 2, 2006 15:04", true},
	{"Jan 2, 2006 3:04 PM MST", true},
	{"Jan 2, 2006 3:04 PM", true},
	{"Jan 2, 2006 3:04PM", true},
	{"Jan 2, 2006", false},
	{"Jan 2 2006", false},
}

// Parse parses s, trying the caller's layouts (see Layout) first and then
// the built-in forms. It reads all of s or fails with an error that wraps
// ErrNoDate; nothing is guessed from a part of the string. A number of 8
// digits is a basic ISO 8601 date (20250226), one of 9 or 10 digits a Unix
// time in seconds and one of 12 or 13 digits in milliseconds (both UTC).
// Years must have four digits (1000 to 9999). A control character (raw, or
// written as an HTML numeric character reference such as "&#5;") ends the
// date: what follows it is not text but, as in the SGML of wire archives,
// routing codes ("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM").
func Parse(s string, custom ...string) (Stamp, error) {
	raw := s
	s = strings.Join(strings.Fields(cutControl(s)), " ")
	if s == "" {
		return Stamp{}, fmt.Errorf("empty date: %w", ErrNoDate)
	}
	for _, l := range custom {
		if t, err := time.ParseInLocation(l, s, time.UTC); err == nil {
			return stamp(t, hasClock(l), hasZone(l))
		}
	}
	if st, ok, err := parseNumber(s); ok {
		return st, err
	}
	c := clean(s)
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l.value, c, time.UTC); err == nil {
			return stamp(t, l.clock, hasZone(l.value))
		}
	}
	return Stamp{}, fmt.Errorf("%q: %w", clip(raw), ErrNoDate)
}

// Normalize parses s as Parse does and returns its normalised form
// (Stamp.String).
func Normalize(s string, custom ...string) (string, error) {
	st, err := Parse(s, custom...)
	if err != nil {
		return "", err
	}
	return st.String(), nil
}

// stamp checks the year and makes the Stamp of a parsed time; clock and
// zoned say whether its layout has a time of day and a zone.
func stamp(t time.Time, clock, zoned bool) (Stamp, error) {
	if y := t.Year(); y < 1000 || y > 9999 {
		return Stamp{}, fmt.Errorf("year %d: %w", y, ErrNoDate)
	}
	name, off := t.Zone()
	zone := false
	switch {
	case !clock || !zoned:
	case off != 0:
		zone = true
	case name == "" || name == "UTC" || name == "GMT" || name == "UT" || name == "Z" ||
		name[0] == '+' || name[0] == '-':
		// "" and "+00" are numeric offsets of zero.
		zone = true
	}
	if !zone {
		// Keep the clock time as written, without its zone.
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	} else {
		t = t.Truncate(time.Second)
		if off == 0 {
			t = t.UTC()
		}
	}
	return Stamp{Time: t, Clock: clock, Zone: zone}, nil
}

// parseNumber reads a string of digits: a basic ISO date or a Unix time.
// ok is false when s is not all digits.
func parseNumber(s string) (st Stamp, ok bool, err error) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return Stamp{}, false, nil
		}
	}
	n, perr := strconv.ParseInt(s, 10, 64)
	switch {
	case perr != nil:
		return Stamp{}, true, fmt.Errorf("%q: %w", clip(s), ErrNoDate)
	case len(s) == 8:
		t, err := time.ParseInLocation("20060102", s, time.UTC)
		if err != nil {
			return Stamp{}, true, fmt.Errorf("%q: %w", s, ErrNoDate)
		}
		st, err = stamp(t, false, false)
		return st, true, err
	case len(s) == 9 || len(s) == 10:
		st, err = stamp(time.Unix(n, 0).UTC(), true, true)
		return st, true, err
	case len(s) == 12 || len(s) == 13:
		st, err = stamp(time.UnixMilli(n).UTC(), true, true)
		return st, true, err
	}
	return Stamp{}, true, fmt.Errorf("%q: a number of %d digits: %w", clip(s), len(s), ErrNoDate)
}

// hasClock reports whether a Go layout holds a time of day: it names the
// minutes ("04"), which every clock layout does.
func hasClock(l string) bool { return strings.Contains(l, "04") }

// hasZone reports whether a Go layout holds a zone: a name (MST) or an
// offset (Z07:00, -0700, -07).
func hasZone(l string) bool {
	return strings.Contains(l, "MST") || strings.Contains(l, "Z07") || strings.Contains(l, "-07")
}

// clean prepares s for the built-in layouts: a leading weekday name (with
// its comma), the ordinal suffixes of day numbers ("26th"), the dot of
// abbreviated months ("Feb."), "Sept", the word "at" before a time and a
// zone name in brackets after an offset are removed or made regular.
func clean(s string) string {
	words := strings.Fields(strings.ReplaceAll(s, ",", ", "))
	out := make([]string, 0, len(words))
	for i, w := range words {
		bare := strings.TrimRight(w, ",.")
		lower := strings.ToLower(bare)
		switch {
		case i == 0 && isWeekday(lower):
			continue
		case lower == "at" || lower == "on":
			continue
		case strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && i == len(words)-1 && i > 0:
			continue
		case lower == "sept":
			w = "Sep" + w[len(bare):]
		case isMonthAbbr(lower) && strings.HasSuffix(w, "."):
			w = bare
		case isOrdinal(lower):
			w = lower[:len(lower)-2] + w[len(bare):]
		}
		out = append(out, w)
	}
	c := strings.Join(out, " ")
	// "Feb 26 , 2025" after the comma spacing above.
	return strings.ReplaceAll(c, " ,", ",")
}

var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// isWeekday reports whether w is a weekday name or its three-letter
// abbreviation (or "Tues", "Thur", "Thurs").
func isWeekday(w string) bool {
	for _, d := range weekdays {
		if w == d || w == d[:3] {
			return true
		}
	}
	return w == "tues" || w == "thur" || w == "thurs"
}

// isMonthAbbr reports whether w is a three-letter month abbreviation.
func isMonthAbbr(w string) bool {
	switch w {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

// isOrdinal reports whether w is a day number with an English ordinal
// suffix: 1st, 2nd, 3rd, 26th.
func isOrdinal(w string) bool {
	if len(w) < 3 || len(w) > 4 {
		return false
	}
	num, suf := w[:len(w)-2], w[len(w)-2:]
	for _, r := range num {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	switch suf {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// clip shortens a string quoted in an error message.
func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	r := []rune(s)
	if len(r) <= 60 {
		return s
	}
	return string(r[:57]) + "…"
}

// cutControl returns s up to its first control character other than
// white space, raw or as an HTML numeric character reference (&#5;,
// &#x5;).
func cutControl(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return s[:i]
		}
		if c == '&' && i+2 < len(s) && s[i+1] == '#' {
			if r, ok := numericRef(s[i+2:]); ok && (r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f) {
				return s[:i]
			}
		}
	}
	return s
}

// numericRef reads the code point of a numeric character reference after
// its "&#": decimal or x and hexadecimal digits, then ";".
func numericRef(s string) (rune, bool) {
	base := 10
	if s != "" && (s[0] == 'x' || s[0] == 'X') {
		base, s = 16, s[1:]
	}
	end := strings.IndexByte(s, ';')
	if end <= 0 || end > 6 {
		return 0, false
	}
	n, err := strconv.ParseUint(s[:end], base, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

// ParseLeading parses the longest run of leading words of s that is a
// date, for a date field that carries something unreadable after a
// complete date (a time of day out of range, a comment). It returns the
// stamp and the words it read; the caller should say that the rest was
// dropped. A string whose whole is a date gives the same as Parse.
func ParseLeading(s string, custom ...string) (Stamp, string, error) {
	words := strings.Fields(cutControl(s))
	for n := len(words); n > 0; n-- {
		head := strings.Join(words[:n], " ")
		if st, err := Parse(head, custom...); err == nil {
			return st, head, nil
		}
	}
	return Stamp{}, "", fmt.Errorf("%q: %w", clip(s), ErrNoDate)
}
