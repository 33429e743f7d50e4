package statement

import (
	"bufio"
	"io"
	"math"
	"strconv"
	"strings"
)

// eachRecord calls fn with the tab-separated fields of every line of r that
// is neither blank nor a comment ("#"), and the line's number; it stops at
// fn's first error. The data files of this package (calibration, target
// filter) are read with it.
func eachRecord(r io.Reader, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if err := fn(line, strings.Split(s, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

// boundedFloat parses a weight of a fitted model: a finite number of at
// most 1000 in magnitude (the fits never come near; a larger one is a
// damaged file).
func boundedFloat(s string) (float64, bool) {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1000 {
		return 0, false
	}
	return x, true
}

// featureIndex returns the position of name in names, or -1.
func featureIndex(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}
