package graphfile

import "strconv"

// parseFloat parses a JSON number at b[i:] as encoding/json decodes it
// into a float64: the number's grammar (optional minus, integer part
// without leading zeros, optional fraction and exponent) and
// strconv.ParseFloat. Numbers out of the float64 range are not ok.
func parseFloat(b []byte, i int) (float64, int, bool) {
	start := i
	if i < len(b) && b[i] == '-' {
		i++
	}
	d := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == d || (i-d > 1 && b[d] == '0') {
		return 0, i, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		f := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == f {
			return 0, i, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		e := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == e {
			return 0, i, false
		}
	}
	v, err := strconv.ParseFloat(string(b[start:i]), 64)
	if err != nil {
		return 0, i, false
	}
	return v, i, true
}
