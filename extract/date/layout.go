package date

import (
	"fmt"
	"strings"
)

// strftime maps the conversions of C's strftime to Go layout elements.
var strftime = map[byte]string{
	'Y': "2006", 'y': "06", 'm': "01", 'd': "02", 'e': "_2",
	'b': "Jan", 'h': "Jan", 'B': "January", 'a': "Mon", 'A': "Monday",
	'H': "15", 'I': "03", 'M': "04", 'S': "05", 'p': "PM",
	'z': "-0700", 'Z': "MST", 'j': "002",
	'F': "2006-01-02", 'T': "15:04:05", 'D': "01/02/06", 'R': "15:04",
	'%': "%",
}

// strftimeNoPad maps the GNU "%-x" conversions (no padding).
var strftimeNoPad = map[byte]string{'m': "1", 'd': "2", 'I': "3", 'H': "15", 'M': "4", 'S': "5"}

// Layout returns the Go time layout of a --date-format value. A value with
// a "%" is a strftime format (%Y %y %m %d %e %b %B %a %A %H %I %M %S %p
// %z %Z %j %F %T %D %R %%, and %-m %-d %-I %-H %-M %-S without padding);
// any other value is a Go layout written with the reference time
// "Mon Jan 2 15:04:05 MST 2006" ("02.01.2006", "2 January 2006 15:04").
// A layout must name a year.
func Layout(format string) (string, error) {
	l := format
	if strings.Contains(format, "%") {
		var b strings.Builder
		for i := 0; i < len(format); i++ {
			c := format[i]
			if c != '%' {
				b.WriteByte(c)
				continue
			}
			if i+1 >= len(format) {
				return "", fmt.Errorf("date format %q ends with %%", format)
			}
			i++
			m, ok := strftime[format[i]]
			if format[i] == '-' && i+1 < len(format) {
				i++
				m, ok = strftimeNoPad[format[i]]
			}
			if !ok {
				return "", fmt.Errorf("date format %q: unknown conversion %%%c", format, format[i])
			}
			b.WriteString(m)
		}
		l = b.String()
	}
	if !strings.Contains(l, "2006") && !strings.Contains(l, "06") {
		return "", fmt.Errorf("date format %q names no year (Go layouts write it 2006, strftime %%Y)", format)
	}
	return l, nil
}
