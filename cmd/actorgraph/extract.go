package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query/ingest"
)

var extractCommand = &cli.Command{
	Name:      "extract",
	Usage:     "print the actors, places and statements of each article",
	ArgsUsage: "PATH...",
	Description: `Runs the extractor on each article and prints what it found, without building a graph.
With --json, prints one JSON object per article (the format scored by eval tools).

Example:
   actorgraph extract --json examples/articles/01-envoy-trip.txt`,
	Flags:  []cli.Flag{jsonFlag, aliasesFlag, workersFlag, dateFormatFlag, buildSinceFlag, buildUntilFlag},
	Action: runExtract,
}

func runExtract(c *cli.Context) error {
	if c.NArg() == 0 {
		return usagef("extract: no input; give files, folders or - for stdin")
	}
	ex, err := newExtractor(c)
	if err != nil {
		return err
	}
	w := c.App.Writer
	asJSON := c.Bool("json")
	enc := json.NewEncoder(out.JSONWriter(w))
	enc.SetEscapeHTML(false)
	opts, err := buildOptions(c)
	if err != nil {
		return err
	}
	opts.KeepDuplicates, opts.SkipGraph = true, true
	opts.OnExtraction = func(x *extract.Extraction) error {
		if asJSON {
			return enc.Encode(x)
		}
		return printExtraction(w, x)
	}
	_, sum, err := ingest.Run(c.Context, c.Args().Slice(), ex, opts)
	if err != nil {
		return err
	}
	if n := sum.SkippedTotal(); n > 0 {
		printSummary(c.App.ErrWriter, sum, "")
		return errPartial
	}
	return nil
}

// printExtraction writes one article's extraction as readable text.
func printExtraction(w io.Writer, x *extract.Extraction) error {
	fmt.Fprintf(w, "== %s\n", safe(x.Doc))
	if x.Title != "" {
		fmt.Fprintf(w, "   %s\n", safe(x.Title))
	}
	t := out.NewTable("ACTOR", "TYPE", "AFFILIATION", "MENTIONS", "ALIASES")
	for _, a := range x.Actors {
		t.Add(a.Name, a.Type.String(), a.Affiliation, fmt.Sprint(a.Mentions), strings.Join(a.Aliases, "; "))
	}
	if err := t.Write(w); err != nil {
		return err
	}
	if len(x.Places) > 0 {
		names := make([]string, len(x.Places))
		for i, p := range x.Places {
			names[i] = fmt.Sprintf("%s (%d)", safe(p.Name), p.Mentions)
		}
		fmt.Fprintf(w, "places: %s\n", strings.Join(names, ", "))
	}
	if len(x.Statements) > 0 {
		fmt.Fprintln(w, "statements:")
	}
	for _, s := range x.Statements {
		about := s.Cue
		if s.Issue != "" {
			about += ", " + s.Issue
		}
		if len(s.Targets) > 0 {
			about += ", about " + strings.Join(s.Targets, ", ")
		}
		fmt.Fprintf(w, "  %s %s (%s): %s\n", polaritySign(s.Polarity), safe(s.Speaker), safe(about), clip(s.Text, 160))
	}
	_, err := fmt.Fprintln(w)
	return err
}

func polaritySign(p int) string {
	switch {
	case p > 0:
		return "+"
	case p < 0:
		return "−"
	}
	return "·"
}
