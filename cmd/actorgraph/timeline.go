package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query/timeline"
)

var timelineCommand = &cli.Command{
	Name:      "timeline",
	Usage:     "activity per day, week or month: mentions of an actor, co-mentions of a pair, statements",
	ArgsUsage: "[ACTOR [ACTOR]]",
	Description: `Counts per period, for the periods that have dated documents: with no actor, every
actor mention and statement of the corpus; with one actor, its mentions, the documents
that mention it, the statements of support and opposition about it and the statements
it made; with two, the sentences that name both, their documents and the statements
between them (both ways). Every row gives the documents dated in the period, to read
the counts against. -o draws the same as an SVG chart.

Example:
   actorgraph timeline -g graph.json Putin --by month -o putin.svg`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "by", Value: "month", Usage: "period of each row: day, week (ISO, from Monday) or month"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "also draw the timeline as an SVG chart to `FILE` (- for stdout: the chart only)"},
		&cli.StringFlag{Name: "title", Usage: "title of the chart"},
		jsonFlag},
	Action: runTimeline,
}

func runTimeline(c *cli.Context) error {
	if c.NArg() > 2 {
		return usagef("timeline: at most two actors (got %d arguments)", c.NArg())
	}
	chartOnly := isStdout(c.String("output"))
	if chartOnly && c.Bool("json") {
		return usagef("timeline: -o %s and --json would both write to standard output: give the chart a file name", c.String("output"))
	}
	if err := checkOutput(c.String("output"), graphInputs(c)...); err != nil {
		return err
	}
	by, err := timeline.ParseGranularity(c.String("by"))
	if err != nil {
		return &usageError{err}
	}
	q, err := openGraph(c)
	if err != nil {
		return err
	}
	var ids []int
	for _, name := range c.Args().Slice() {
		id, err := findActor(q, name)
		if err != nil {
			return err
		}
		ids = append(ids, id)
	}
	tl, err := timeline.Of(q.Graph, by, ids...)
	if err != nil {
		return err
	}
	if p := c.String("output"); p != "" {
		chart := timelineChart(tl, c.String("title"))
		if err := writeOutput(c, p, func(w io.Writer) error { return out.WriteTimelineSVG(w, chart) }, graphInputs(c)...); err != nil {
			return err
		}
		if chartOnly {
			return nil
		}
		if !c.Bool("json") {
			fmt.Fprintf(c.App.ErrWriter, "wrote %s\n", p)
		}
	}
	if c.Bool("json") {
		return out.WriteJSON(c.App.Writer, tl)
	}
	return printTimeline(c.App.Writer, tl)
}

// printTimeline writes the timeline as a table.
func printTimeline(w io.Writer, tl timeline.Timeline) error {
	volume, docs := "MENTIONS", "DOCS WITH"
	switch len(tl.Actors) {
	case 0:
		volume, docs = "ACTOR MENTIONS", ""
	case 2:
		volume = "CO-MENTIONS"
	}
	head := []string{"PERIOD", "DOCS", volume}
	if docs != "" {
		head = append(head, docs)
	}
	head = append(head, "SUPPORT", "OPPOSITION", "NEUTRAL")
	if len(tl.Actors) == 1 {
		head = append(head, "MADE")
	}
	t := out.NewTable(head...)
	for _, b := range tl.Buckets {
		row := []string{b.Period, fmt.Sprint(b.Documents), fmt.Sprint(b.Mentions)}
		if docs != "" {
			row = append(row, fmt.Sprint(b.MentionDocuments))
		}
		row = append(row, fmt.Sprint(b.Support), fmt.Sprint(b.Opposition), fmt.Sprint(b.Neutral))
		if len(tl.Actors) == 1 {
			row = append(row, fmt.Sprint(b.StatementsBy))
		}
		t.Add(row...)
	}
	if err := t.Write(w); err != nil {
		return err
	}
	if tl.Undated > 0 {
		fmt.Fprintf(w, "(%s without a date in no period)\n", plural(tl.Undated, "document"))
	}
	return nil
}

// timelineChart turns a timeline into the data of its chart.
func timelineChart(tl timeline.Timeline, title string) out.TimelineChart {
	c := out.TimelineChart{Title: title}
	switch len(tl.Actors) {
	case 0:
		c.VolumeName, c.StatementsName = "actor mentions", "statements"
		if title == "" {
			c.Title = "Activity of the corpus by " + tl.By
		}
	case 1:
		a := tl.Actors[0]
		c.VolumeName, c.DocumentsName, c.StatementsName = "mentions of "+a, "documents mentioning "+a, "statements about "+a
		if title == "" {
			c.Title = a + " by " + tl.By
		}
	default:
		pair := tl.Actors[0] + " and " + tl.Actors[1]
		c.VolumeName, c.DocumentsName, c.StatementsName = "sentences naming "+pair, "documents naming both", "statements between them"
		if title == "" {
			c.Title = pair + " by " + tl.By
		}
	}
	docs := 0
	for _, b := range tl.Buckets {
		start, _ := time.Parse("2006-01-02", b.Start)
		end, _ := time.Parse("2006-01-02", b.End)
		c.Buckets = append(c.Buckets, out.ChartBucket{Label: bucketLabel(tl.By, start, b.Period), Start: start, End: end,
			Documents: b.Documents, Volume: b.Mentions, VolumeDocs: b.MentionDocuments, Support: b.Support, Opposition: b.Opposition})
		docs += b.Documents
	}
	if n := len(tl.Buckets); n > 0 {
		c.Subtitle = fmt.Sprintf("%s to %s · %s dated documents", tl.Buckets[0].Start, tl.Buckets[n-1].End, thousandsOf(docs))
	}
	return c
}

// bucketLabel is the label of a period on the chart: "Mar 1987", the
// Monday of a week or the day ("2 Mar").
func bucketLabel(by string, start time.Time, period string) string {
	switch timeline.Granularity(by) {
	case timeline.ByMonth:
		return start.Format("Jan 2006")
	case timeline.ByWeek, timeline.ByDay:
		return start.Format("2 Jan")
	}
	return period
}

// thousandsOf writes n with comma separators.
func thousandsOf(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
