package out

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"math"
	"strings"
	"time"
)

// TimelineChart is what a timeline chart shows: per period, a volume (the
// mentions of an actor, the sentences naming a pair), optionally the
// documents with it, and the statements of support and opposition. It is
// plain data filled by the caller; WriteTimelineSVG draws it.
type TimelineChart struct {
	Title    string
	Subtitle string
	// VolumeName and DocumentsName label the two series of the upper
	// panel ("" leaves the documents line out); StatementsName the lower
	// panel ("" leaves it out).
	VolumeName     string
	DocumentsName  string
	StatementsName string
	Buckets        []ChartBucket
}

// ChartBucket is one period of a timeline chart: its label, first and last
// day, the documents dated in it (printed under the label), and the counts.
type ChartBucket struct {
	Label      string
	Start, End time.Time
	Documents  int
	Volume     int
	VolumeDocs int
	Support    int
	Opposition int
}

// The geometry of the chart, in SVG user units (pixels at 96 dpi): 960
// wide fits a page at print size with text of 12 to 20 px (9 to 15 pt).
const (
	chartWidth   = 960
	chartLeft    = 78
	chartRight   = 24
	chartTop     = 118
	volumeHeight = 250
	panelGap     = 56
	stanceHeight = 150
	axisBelow    = 64
	chartFont    = 13
)

// Colours of the chart: blue and orange from Tol's "bright" scheme for the
// two volume series, the diagram's stance green and red for statements.
const (
	volumeFill   = "#4477AA"
	documentLine = "#EE7733"
	gridLine     = "#E3E3E3"
	axisLine     = "#666666"
)

// WriteTimelineSVG draws c as a standalone SVG: an upper panel of bars (the
// volume) with a line (the documents), a lower panel of diverging bars
// (support above, opposition below the axis), a time axis on which each
// period takes the width of its days (periods without documents are left
// empty), labels with each period's document count, and a legend.
func WriteTimelineSVG(w io.Writer, c TimelineChart) error {
	if len(c.Buckets) == 0 {
		return fmt.Errorf("timeline chart: no dated documents to draw")
	}
	bw := bufio.NewWriter(w)
	ch := newChartLayout(c)
	ch.header(bw)
	ch.volumePanel(bw)
	if c.StatementsName != "" {
		ch.stancePanel(bw)
	}
	ch.timeAxis(bw)
	ch.legend(bw)
	fmt.Fprintln(bw, "</svg>")
	return bw.Flush()
}

// chartLayout holds the scales of one chart.
type chartLayout struct {
	c              TimelineChart
	height         int
	d0, d1         float64 // first and last+1 day, in days since the epoch
	plotW          float64
	stanceTop      float64
	volMax, stnMax int
}

func newChartLayout(c TimelineChart) *chartLayout {
	ch := &chartLayout{c: c, plotW: chartWidth - chartLeft - chartRight}
	ch.d0 = dayNumber(c.Buckets[0].Start)
	ch.d1 = dayNumber(c.Buckets[len(c.Buckets)-1].End) + 1
	for _, b := range c.Buckets {
		ch.volMax = max(ch.volMax, b.Volume, b.VolumeDocs)
		ch.stnMax = max(ch.stnMax, b.Support, b.Opposition)
	}
	ch.stanceTop = chartTop + volumeHeight + panelGap
	bottom := chartTop + volumeHeight
	if c.StatementsName != "" {
		bottom = int(ch.stanceTop) + stanceHeight
	}
	ch.height = bottom + axisBelow
	return ch
}

// dayNumber returns the days since the epoch of t's date.
func dayNumber(t time.Time) float64 {
	y, m, d := t.Date()
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// x returns the horizontal position of the start of day d.
func (ch *chartLayout) x(d float64) float64 {
	return chartLeft + (d-ch.d0)/(ch.d1-ch.d0)*ch.plotW
}

// span returns the left edge and width of a bucket's bar, with a gap on
// each side and at least 2 px wide.
func (ch *chartLayout) span(b ChartBucket) (float64, float64) {
	x0, x1 := ch.x(dayNumber(b.Start)), ch.x(dayNumber(b.End)+1)
	pad := (x1 - x0) * 0.12
	w := max(x1-x0-2*pad, 2)
	return (x0+x1)/2 - w/2, w
}

func (ch *chartLayout) header(w *bufio.Writer) {
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="%s" font-size="%d">`+"\n",
		chartWidth, ch.height, chartWidth, ch.height, fontFamily, chartFont)
	fmt.Fprintf(w, `<rect width="%d" height="%d" fill="#FFFFFF"/>`+"\n", chartWidth, ch.height)
	fmt.Fprintf(w, `<text x="%d" y="32" font-size="20" font-weight="bold" fill="%s">%s</text>`+"\n", chartLeft, textColour, esc(ch.c.Title))
	if ch.c.Subtitle != "" {
		fmt.Fprintf(w, `<text x="%d" y="54" fill="%s">%s</text>`+"\n", chartLeft, subtleText, esc(ch.c.Subtitle))
	}
}

// volumePanel draws the bars of the volume and the documents line.
func (ch *chartLayout) volumePanel(w *bufio.Writer) {
	top, bottom := float64(chartTop), float64(chartTop+volumeHeight)
	step, limit := niceScale(ch.volMax)
	y := func(v int) float64 { return bottom - float64(v)/float64(limit)*(bottom-top) }
	ch.yGrid(w, 0, limit, step, y)
	for _, b := range ch.c.Buckets {
		x, bw := ch.span(b)
		fmt.Fprintf(w, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %d</title></rect>`+"\n",
			x, y(b.Volume), bw, bottom-y(b.Volume), volumeFill, esc(b.Label), b.Volume)
	}
	if ch.c.DocumentsName != "" {
		ch.documentLine(w, y)
	}
	fmt.Fprintf(w, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"/>`+"\n", chartLeft, bottom, chartWidth-chartRight, bottom, axisLine)
}

// documentLine draws the documents series as a line with a dot per
// period, broken where periods without documents lie between two.
func (ch *chartLayout) documentLine(w *bufio.Writer, y func(int) float64) {
	var run []string
	flush := func() {
		if len(run) > 1 {
			fmt.Fprintf(w, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2.5"/>`+"\n", strings.Join(run, " "), documentLine)
		}
		run = run[:0]
	}
	for i, b := range ch.c.Buckets {
		if i > 0 && dayNumber(b.Start) != dayNumber(ch.c.Buckets[i-1].End)+1 {
			flush()
		}
		x, bw := ch.span(b)
		run = append(run, fmt.Sprintf("%.1f,%.1f", x+bw/2, y(b.VolumeDocs)))
		fmt.Fprintf(w, `<circle cx="%.1f" cy="%.1f" r="4" fill="%s"><title>%s: %d</title></circle>`+"\n",
			x+bw/2, y(b.VolumeDocs), documentLine, esc(b.Label), b.VolumeDocs)
	}
	flush()
}

// stancePanel draws support above and opposition below a zero line.
func (ch *chartLayout) stancePanel(w *bufio.Writer) {
	top, bottom := ch.stanceTop, ch.stanceTop+stanceHeight
	mid := (top + bottom) / 2
	step, limit := niceScale(max(ch.stnMax, 1))
	y := func(v int) float64 { return mid - float64(v)/float64(limit)*(mid-top) }
	ch.yGrid(w, -limit, limit, step, y)
	fmt.Fprintf(w, `<text x="%d" y="%.1f" fill="%s"><tspan font-weight="bold">%s</tspan>: support above the line, opposition below</text>`+"\n",
		chartLeft, top-10, textColour, esc(ch.c.StatementsName))
	for _, b := range ch.c.Buckets {
		x, bw := ch.span(b)
		if b.Support > 0 {
			fmt.Fprintf(w, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %d in support</title></rect>`+"\n",
				x, y(b.Support), bw, mid-y(b.Support), positiveLine, esc(b.Label), b.Support)
		}
		if b.Opposition > 0 {
			fmt.Fprintf(w, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %d in opposition</title></rect>`+"\n",
				x, mid, bw, y(-b.Opposition)-mid, negativeLine, esc(b.Label), b.Opposition)
		}
	}
	fmt.Fprintf(w, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"/>`+"\n", chartLeft, mid, chartWidth-chartRight, mid, axisLine)
}

// yGrid draws horizontal grid lines and their labels from lo to hi.
func (ch *chartLayout) yGrid(w *bufio.Writer, lo, hi, step int, y func(int) float64) {
	for v := lo; v <= hi; v += step {
		yy := y(v)
		fmt.Fprintf(w, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"/>`+"\n", chartLeft, yy, chartWidth-chartRight, yy, gridLine)
		fmt.Fprintf(w, `<text x="%d" y="%.1f" text-anchor="end" fill="%s">%s</text>`+"\n", chartLeft-8, yy+4, subtleText, thousands(abs(v)))
	}
}

// timeAxis writes the period labels under the lowest panel, each with its
// document count, leaving out labels that would overlap.
func (ch *chartLayout) timeAxis(w *bufio.Writer) {
	base := float64(ch.height - axisBelow)
	last := math.Inf(-1)
	for _, b := range ch.c.Buckets {
		x, bw := ch.span(b)
		cx := x + bw/2
		docs := thousands(b.Documents) + " docs"
		if b.Documents == 1 {
			docs = "1 doc"
		}
		half := float64(max(len(b.Label), len(docs))) * chartFont * 0.3
		// Labels stay inside the chart.
		cx = min(max(cx, chartLeft+half-20), chartWidth-half-4)
		if cx-half < last+6 {
			continue
		}
		last = cx + half
		fmt.Fprintf(w, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"/>`+"\n", x+bw/2, base, x+bw/2, base+5, axisLine)
		fmt.Fprintf(w, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="%s">%s</text>`+"\n", cx, base+20, textColour, esc(b.Label))
		fmt.Fprintf(w, `<text x="%.1f" y="%.1f" text-anchor="middle" font-size="11" fill="%s">%s</text>`+"\n", cx, base+36, subtleText, docs)
	}
	fmt.Fprintf(w, `<text x="%d" y="%d" font-size="11" fill="%s">%s</text>`+"\n", chartLeft, ch.height-8, subtleText,
		"Each period spans its days on the time axis; gaps are periods without documents. Docs: documents dated in the period.")
}

// legend writes the series names with their colours, top right.
func (ch *chartLayout) legend(w *bufio.Writer) {
	type item struct{ name, colour, shape string }
	items := []item{{ch.c.VolumeName, volumeFill, "rect"}}
	if ch.c.DocumentsName != "" {
		items = append(items, item{ch.c.DocumentsName, documentLine, "line"})
	}
	if ch.c.StatementsName != "" {
		items = append(items, item{"support", positiveLine, "rect"}, item{"opposition", negativeLine, "rect"})
	}
	x := float64(chartLeft)
	y := 80.0
	for _, it := range items {
		switch it.shape {
		case "line":
			fmt.Fprintf(w, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2.5"/><circle cx="%.1f" cy="%.1f" r="4" fill="%s"/>`+"\n",
				x, y-4, x+18, y-4, it.colour, x+9, y-4, it.colour)
		default:
			fmt.Fprintf(w, `<rect x="%.1f" y="%.1f" width="14" height="12" fill="%s"/>`+"\n", x+2, y-10, it.colour)
		}
		fmt.Fprintf(w, `<text x="%.1f" y="%.1f" fill="%s">%s</text>`+"\n", x+24, y, textColour, esc(it.name))
		x += 24 + float64(len([]rune(it.name)))*chartFont*0.56 + 22
	}
}

// niceScale returns a grid step of 1, 2 or 5 times a power of ten that
// divides [0, maxV] into at most 5 steps, and the top of the scale.
func niceScale(maxV int) (step, limit int) {
	if maxV <= 0 {
		return 1, 1
	}
	raw := float64(maxV) / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step = 1
	for _, m := range []float64{1, 2, 5, 10} {
		if s := m * mag; s >= raw {
			step = max(int(math.Round(s)), 1)
			break
		}
	}
	limit = (maxV + step - 1) / step * step
	return step, limit
}

// esc cleans untrusted text (see clean) and escapes it for SVG.
func esc(s string) string { return html.EscapeString(clean(s)) }
