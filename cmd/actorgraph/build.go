package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphfile"
	"github.com/actorgraph/actorgraph/query/ingest"
	"github.com/actorgraph/actorgraph/query/period"
)

var buildCommand = &cli.Command{
	Name:      "build",
	Usage:     "read articles and write the actor graph file",
	ArgsUsage: "PATH...",
	Description: `Reads articles (files, folders searched recursively, or - for stdin; .txt .md .html
.jsonl .json), extracts actors and statements, folds duplicate articles, and writes
the graph file atomically. Inputs that cannot be read are skipped, listed in the
summary, and make the exit status 3.

Example:
   actorgraph build examples/articles -o graph.json`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "graph.json", Usage: "graph `FILE` to write (- for stdout)"},
		windowFlag, aliasesFlag, workersFlag,
		&cli.BoolFlag{Name: "keep-duplicates", Usage: "do not fold duplicate articles"},
		&cli.IntFlag{Name: "max-evidence", Value: build.DefaultMaxEvidence, Usage: "sentences stored with their text per edge, per stance and per speaker's statements (-1: all); the others are kept as references"},
		&cli.IntFlag{Name: "max-refs", Usage: "references (sentences without text) kept per edge, smallest document IDs first (0: all)"},
		sourcesFlag,
		&cli.IntFlag{Name: "memory-limit", Value: defaultMemoryLimitMiB, Usage: "soft limit of the Go heap in `MiB`: collect garbage more often rather than grow past it (0: none; GOMEMLIMIT in the environment wins over the default)"},
		&cli.BoolFlag{Name: "json", Usage: "print the run summary as one JSON object"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing but errors"},
		dateFormatFlag, buildSinceFlag, buildUntilFlag,
	},
	Action: runBuild,
}

// defaultMemoryLimitMiB is build's default soft heap limit. A build's live
// heap grows with the graph; without a limit the Go runtime lets the heap
// reach twice the live data before collecting. The limit is soft, and a
// limit below the live heap makes the collector run almost without pause:
// the 105 MB benchmark corpus with every copy extracted (2 workers) took
// 219 s and 771 MB peak RSS under 400 MiB, 77 s and 1,081 MB under 1,024
// MiB, and 98 s and 1,250 MB with no limit. 1 GiB keeps the heap of such a
// build from doubling without paying that collector time.
const defaultMemoryLimitMiB = 1024

// The period of build: documents dated outside it are not read; relative
// spans count back from today.
var (
	buildSinceFlag = &cli.StringFlag{Name: "since", Usage: "only the documents dated from `DATE` on: 2025-02-26, 2025-02, 2025, or back from today (30d, 2w, 3m, 1y); undated ones are left out"}
	buildUntilFlag = &cli.StringFlag{Name: "until", Usage: "only the documents dated up to `DATE` (forms as --since)"}
)

func runBuild(c *cli.Context) error {
	if c.NArg() == 0 {
		return usagef("build: no input; give files, folders or - for stdin")
	}
	if err := setMemoryLimit(c); err != nil {
		return err
	}
	out := c.String("output")
	inputs := append(c.Args().Slice(), c.String(aliasesFlag.Name))
	if err := checkOutput(out, inputs...); err != nil {
		return err
	}
	opts, err := buildOptions(c)
	if err != nil {
		return err
	}
	if !isStream(out) {
		// The output may sit in a folder the build reads (build DIR -o
		// DIR/graph.json run twice).
		opts.Corpus.Exclude = []string{out}
	}
	ex, err := newExtractor(c)
	if err != nil {
		return err
	}
	p := newProgress(c.App.ErrWriter, c.Bool("quiet") || c.Bool("json"), c.Args().Slice())
	opts.Progress = p.update
	g, sum, err := ingest.Run(c.Context, c.Args().Slice(), ex, opts)
	p.done()
	if err != nil {
		return err
	}
	if sum.Used == 0 {
		return noDocumentError(c, sum, out)
	}
	if err := writeOutput(c, out, func(w io.Writer) error { return graphfile.Write(w, g) }, inputs...); err != nil {
		return err
	}
	if c.Bool("json") {
		w := c.App.Writer
		if isStream(out) {
			w = c.App.ErrWriter // stdout holds the graph
		}
		enc := json.NewEncoder(jsonWriter(w))
		if err := enc.Encode(buildSummary{Summary: sum, Output: out}); err != nil {
			return err
		}
	} else if !c.Bool("quiet") {
		printSummary(c.App.ErrWriter, sum, out)
	}
	if sum.SkippedTotal() > 0 {
		return errPartial
	}
	return nil
}

// setMemoryLimit applies --memory-limit (or its default, unless GOMEMLIMIT
// is set in the environment).
func setMemoryLimit(c *cli.Context) error {
	mib := c.Int("memory-limit")
	if !c.IsSet("memory-limit") && os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	if mib < 0 {
		return usagef("build: --memory-limit must be 0 (none) or a number of MiB")
	}
	if mib > 0 {
		debug.SetMemoryLimit(int64(mib) << 20)
	} else {
		debug.SetMemoryLimit(math.MaxInt64)
	}
	return nil
}

// noDocumentError prints the summary and returns the error of a build
// that used no document: its output is not written, so that a typo in a
// path never replaces a good graph file with an empty one.
func noDocumentError(c *cli.Context, sum ingest.Summary, out string) error {
	if !c.Bool("quiet") && !c.Bool("json") {
		printSummary(c.App.ErrWriter, sum, "")
	}
	what := "nothing was read"
	if n := sum.SkippedTotal(); n > 0 {
		what = plural(n, "input") + " skipped"
	}
	return fmt.Errorf("build: no document could be used (%s); %s not written", what, out)
}

// buildOptions reads the flags of build (and extract) into ingest options:
// window, caps, workers, duplicate folding, date layouts and period.
func buildOptions(c *cli.Context) (ingest.Options, error) {
	build, err := graphBuildOptions(c)
	if err != nil {
		return ingest.Options{}, err
	}
	nw, err := workers(c)
	if err != nil {
		return ingest.Options{}, err
	}
	opts := ingest.Options{
		Build:          build,
		Corpus:         corpusOptions(c),
		Workers:        nw,
		KeepDuplicates: c.Bool("keep-duplicates"),
	}
	if opts.Corpus.DateLayouts, err = dateLayouts(c); err != nil {
		return ingest.Options{}, err
	}
	period, err := period.ParseBounds(c.String("since"), c.String("until"), graph.DayOf(today(c)))
	if err != nil {
		return ingest.Options{}, &usageError{err}
	}
	if period.Bounded() {
		opts.Keep = func(d extract.Document) bool {
			day, ok := graph.ParseDay(d.Date)
			return ok && period.Contains(day)
		}
	}
	return opts, nil
}

// today returns the current time: the app's "now" clock if it has one
// (tests set it), else the system's.
func today(c *cli.Context) time.Time {
	if now, ok := c.App.Metadata["now"].(func() time.Time); ok {
		return now()
	}
	return time.Now()
}

type buildSummary struct {
	ingest.Summary
	Output string `json:"output"`
}

// printSummary writes the human-readable run summary.
func printSummary(w io.Writer, s ingest.Summary, out string) {
	fmt.Fprintf(w, "read %d documents (%.1f MB) in %.2fs: %d used, %d duplicates folded, %d skipped\n",
		s.Read, float64(s.Bytes)/1e6, s.Seconds, s.Used, s.Folded, s.SkippedTotal())
	reasons := make([]string, 0, len(s.Skipped))
	for r := range s.Skipped {
		reasons = append(reasons, r)
	}
	slices.Sort(reasons)
	for _, r := range reasons {
		fmt.Fprintf(w, "  skipped %-16s %d\n", r, s.Skipped[r])
	}
	for i, m := range s.Skips {
		if i == 20 {
			fmt.Fprintf(w, "  … %d more (see --json)\n", len(s.Skips)-20)
			break
		}
		fmt.Fprintf(w, "  %s\n", safe(m))
	}
	if len(s.Warnings) > 0 {
		fmt.Fprintf(w, "repaired and used %s:\n", plural(len(s.Warnings), "input"))
		for i, m := range s.Warnings {
			if i == 10 {
				fmt.Fprintf(w, "  … %d more (see --json)\n", len(s.Warnings)-10)
				break
			}
			fmt.Fprintf(w, "  %s\n", safe(m))
		}
	}
	printDates(w, s)
	if isStream(out) {
		out = "standard output"
	}
	if out != "" {
		fmt.Fprintf(w, "wrote %s: %d actors, %d co-mention edges, %d stance edges\n", out, s.Actors, s.Edges, s.Stances)
	}
}

// printDates writes the dates line of the summary: how many documents are
// dated, over which days, and how many a period left out.
func printDates(w io.Writer, s ingest.Summary) {
	if s.Outside > 0 {
		fmt.Fprintf(w, "left out %s dated outside --since/--until\n", plural(s.Outside, "document"))
	}
	if s.Used == 0 {
		return
	}
	dated := s.Used - s.Undated
	switch {
	case dated == 0:
		fmt.Fprintf(w, "dates: none of the %d documents is dated (see --date-format)\n", s.Used)
	case s.Undated == 0:
		fmt.Fprintf(w, "dates: all %d documents dated, %s to %s\n", s.Used, s.FirstDate, s.LastDate)
	default:
		fmt.Fprintf(w, "dates: %d documents dated, %s to %s; %d undated\n", dated, s.FirstDate, s.LastDate, s.Undated)
	}
}
