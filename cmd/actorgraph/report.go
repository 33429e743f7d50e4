package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query"
	"github.com/actorgraph/actorgraph/query/ingest"
)

var reportCommand = &cli.Command{
	Name:      "report",
	Usage:     "write a printable report (HTML and Markdown with SVG figures) with numbered citations",
	ArgsUsage: "[ARTICLES]",
	Description: `Writes DIR/report.html, one self-contained page (figures inline, an interactive view,
print CSS; it requests nothing from any network), and DIR/report.md with the figures
as SVG files beside it. The report says what was read, draws the actor network and
each major community in the same colours, ranks the top actors, lists the camps
with their modularity (and says plainly when the partition is weak), the strongest
alliances and conflicts from stated positions (those less sure than --min-confidence
left out), what changed between the earlier and the later half of the months dated
articles cover, and the key paths between the most central actors (or the pairs
given with --pair). Every claim cites its sources by
number; the list at the end gives title, outlet, date and URL or file.

Examples:
   actorgraph report examples/articles -o report
   actorgraph report -g graph.json -o report --pair Witkoff Ushakov`,
	Flags: []cli.Flag{graphFlag, aliasesFlag,
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "report", Usage: "`DIR` to write report.html, report.md and the figures to"},
		&cli.StringFlag{Name: "title", Usage: "report title"},
		&cli.IntFlag{Name: "top", Value: 15, Usage: "actors in the ranking"},
		&cli.StringSliceFlag{Name: "pair", Usage: "show the path between two actors: --pair A B (repeat for more pairs)"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "community detection seed"},
		&cli.BoolFlag{Name: "no-interactive", Usage: "leave the interactive view out of the HTML"},
		minConfidenceFlag(defaultDiagramConfidence, "alliances and conflicts"),
	},
	Action: runReport,
}

func runReport(c *cli.Context) error {
	if c.NArg() > 1 {
		return usagef("report: give one folder or file of articles, or -g")
	}
	if c.Int("top") < 1 {
		return usagef("report: --top must be at least 1")
	}
	if err := checkReportFolder(c.String("output"), reportInputs(c)); err != nil {
		return err
	}
	q, opts, err := reportGraph(c)
	if err != nil {
		return err
	}
	if opts.Pairs, err = reportPairs(c, q); err != nil {
		return err
	}
	opts.Title, opts.Top, opts.Seed, opts.Interactive = c.String("title"), c.Int("top"), c.Uint64("seed"), !c.Bool("no-interactive")
	if opts.MinConfidence, err = minConfidence(c, "report"); err != nil {
		return err
	}
	r, err := q.Report(opts)
	if err != nil {
		return err
	}
	if err := out.RenderReport(c.Context, r, out.RenderOptions{}); err != nil {
		return err
	}
	var html, md bytes.Buffer
	if err := out.WriteReportHTML(c.Context, &html, r, out.RenderOptions{}); err != nil {
		return err
	}
	if err := out.WriteReportMarkdown(&md, r); err != nil {
		return err
	}
	return writeReport(c, r, html.Bytes(), md.Bytes())
}

// reportGraph opens the graph of the report: the articles given as an
// argument (whose skipped inputs the report then lists) or -g.
func reportGraph(c *cli.Context) (*query.Graph, query.ReportOptions, error) {
	var opts query.ReportOptions
	path := c.String(graphFlag.Name)
	if c.NArg() == 1 {
		path = c.Args().First()
	}
	q, err := query.Open(c.Context, path, query.OpenOptions{Aliases: c.String(aliasesFlag.Name), Stdin: c.App.Reader,
		Since: c.String(sinceFlag.Name), Until: c.String(untilFlag.Name),
		Summary: func(s ingest.Summary) { opts.Skipped, opts.SkippedKnown = s.Skipped, true }})
	if err != nil {
		if c.NArg() == 0 {
			return openGraphError(c, err)
		}
		return nil, opts, err
	}
	return q, opts, nil
}

// openGraphError turns an error of query.Open for -g into the message
// openGraph gives.
func openGraphError(c *cli.Context, err error) (*query.Graph, query.ReportOptions, error) {
	if _, err2 := openGraph(c); err2 != nil {
		return nil, query.ReportOptions{}, err2
	}
	return nil, query.ReportOptions{}, err
}

// reportPairs resolves --pair A B ... into pairs of node ids.
func reportPairs(c *cli.Context, q *query.Graph) ([][2]int, error) {
	names := pairNames(c.StringSlice("pair"))
	if len(names)%2 != 0 {
		return nil, usagef("report: --pair wants two actors each time (got %d names)", len(names))
	}
	var pairs [][2]int
	for i := 0; i < len(names); i += 2 {
		a, err := findActor(q, names[i])
		if err != nil {
			return nil, err
		}
		b, err := findActor(q, names[i+1])
		if err != nil {
			return nil, err
		}
		pairs = append(pairs, [2]int{a, b})
	}
	return pairs, nil
}

// reportInputs returns what the report reads: the articles or graph and
// the alias file.
func reportInputs(c *cli.Context) []string {
	in := graphInputs(c)
	if c.NArg() == 1 {
		in = append(in, c.Args().First())
	}
	return in
}

// checkReportFolder refuses, before any work, an output that cannot be the
// report's folder: a stream ("-" is no folder), an existing file that is
// not a folder, or a folder of articles the report reads (or one inside
// it), where report.md would replace an article or be read as one by the
// next build.
func checkReportFolder(dir string, inputs []string) error {
	if dir == "" || isStream(dir) {
		return usagef("report: -o %q: the report is a folder (report.html, report.md and figures); give a folder name", dir)
	}
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return usagef("report: -o %s is not a folder; give a folder name", dir)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		if st, err := os.Stat(d); err == nil {
			for _, in := range inputs {
				if in == "" || in == "-" {
					continue
				}
				if ist, err := os.Stat(in); err == nil && ist.IsDir() && os.SameFile(st, ist) {
					return usagef("report: -o %s is inside the articles folder %s, which the report reads: choose a folder outside it", dir, in)
				}
			}
		}
		if d == filepath.Dir(d) {
			return nil
		}
	}
}

// writeReport writes the HTML, the Markdown and the figures into the
// output folder, each file through outfile (atomically, links written
// through, never over an input).
func writeReport(c *cli.Context, r *out.Report, html, md []byte) error {
	dir := c.String("output")
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	files := map[string][]byte{"report.html": html, "report.md": md}
	names := []string{"report.html", "report.md"}
	for _, f := range r.Figures {
		files[f.File] = f.SVG
		names = append(names, f.File)
	}
	for _, name := range names {
		data := files[name]
		if err := writeOutput(c, filepath.Join(dir, name), func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		}, reportInputs(c)...); err != nil {
			return err
		}
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %s and %s (%d figures, %d sources cited)\n", filepath.Join(dir, "report.html"),
		filepath.Join(dir, "report.md"), len(r.Figures), len(r.Sources))
	return nil
}
