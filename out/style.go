package out

import (
	"fmt"
	"math"
	"strconv"
)

// fontFamily is the font list for every text in a diagram. Graphviz picks
// the first it knows; SVG viewers do the same.
const fontFamily = "Helvetica,Arial,sans-serif"

// communityFills is Paul Tol's "light" qualitative scheme, made for
// labelled areas with black text and distinct under the common forms of
// colour blindness (https://personal.sron.nl/~pault/#sec:qualitative).
// Community i gets colour i; communities from len(communityFills) on, and
// nodes with no community, are drawn in otherFill.
func communityFills() []string {
	return []string{"#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"}
}

// Colours of the diagram. The stance colours are blue and red from Tol's
// "vibrant" scheme, which stay apart under red-green colour blindness
// (they differ on the blue-yellow axis and in lightness); the line style
// tells them apart too: support solid, opposition dashed, neutral dotted.
const (
	otherFill     = "#DDDDDD"
	textColour    = "#1A1A1A"
	subtleText    = "#555555"
	comentionLine = "#B4B4B4"
	positiveLine  = "#0077BB"
	negativeLine  = "#CC3311"
	neutralLine   = "#8C8C8C"
	pathLine      = "#1A1A1A"
	fadedLine     = "#E6E6E6"
	fadedText     = "#A0A0A0"
)

// Size ranges. Node widths are in inches, font sizes and pen widths in
// points. A node's area grows linearly with its size measure, between the
// minimum and maximum width; 9 pt is the smallest label that stays
// readable at print size.
const (
	minNodeWidth = 0.28
	maxNodeWidth = 1.25
	minFontSize  = 9
	maxFontSize  = 17
	minPen       = 0.6
	maxPen       = 4.5
)

// fillColour returns the fill of a community index.
func fillColour(community int) string {
	fills := communityFills()
	if community >= 0 && community < len(fills) {
		return fills[community]
	}
	return otherFill
}

// scaleFraction maps v in [0, max] to [0, 1] by area: the square root of
// v/max, so that a node twice as important has twice the area. A zero or
// missing maximum gives 0.35, a middling size.
func scaleFraction(v, max float64) float64 {
	if !(max > 0) || math.IsInf(max, 0) {
		return 0.35
	}
	f := v / max
	if !(f > 0) { // also catches NaN
		return 0
	}
	return math.Sqrt(math.Min(f, 1))
}

// logFraction maps a weight in [1, max] to [0, 1] on a log scale, so that
// a few heavy edges do not drown the rest.
func logFraction(w, max int) float64 {
	if max <= 1 || w <= 1 {
		if w >= 1 && max <= 1 {
			return 0.3
		}
		return 0
	}
	return math.Min(math.Log(float64(w))/math.Log(float64(max)), 1)
}

// lerp interpolates between a and b.
func lerp(a, b, t float64) float64 { return a + (b-a)*t }

// shapeOf returns the Graphviz shape and style of an actor type, and the
// width and height factors that give the shapes about the same area.
func shapeOf(k string) (shape, style string, wf, hf float64) {
	switch k {
	case "person":
		return "ellipse", "filled", 1, 1
	case "state":
		return "box", "filled,rounded", 1.05, 0.78
	case "org":
		return "hexagon", "filled", 1.12, 0.84
	}
	return "octagon", "filled,dashed", 1, 1
}

// mix blends colour c with colour d by t (0 gives c, 1 gives d). Colours
// are "#RRGGBB". It is used for borders (a darker fill) and for fading,
// since go-graphviz's PNG renderer ignores alpha.
func mix(c, d string, t float64) string {
	r1, g1, b1 := rgb(c)
	r2, g2, b2 := rgb(d)
	f := func(a, b uint8) uint8 { return uint8(math.Round(lerp(float64(a), float64(b), t))) }
	return fmt.Sprintf("#%02X%02X%02X", f(r1, r2), f(g1, g2), f(b1, b2))
}

func rgb(c string) (r, g, b uint8) {
	if len(c) != 7 || c[0] != '#' {
		return 0x80, 0x80, 0x80
	}
	v, err := strconv.ParseUint(c[1:], 16, 32)
	if err != nil {
		return 0x80, 0x80, 0x80
	}
	return uint8(v >> 16), uint8(v >> 8), uint8(v)
}

// pt formats a number for DOT with at most three decimals.
func pt(v float64) string { return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64) }

// CommunityColour returns the fill that diagrams give community index c
// (0 is the largest community; -1 or an index beyond the palette gets the
// grey of "other").
func CommunityColour(c int) string { return fillColour(c) }
