// Command stanceprior counts the word-list evidence tables of package
// statement (Priors) on the NewsMTSC training split, fits the weight of
// each feature against the polarity model on a development split, and
// reports the combination against the model alone.
//
//	stanceprior --train train.jsonl --fit dev-mt.jsonl --report dev-rw.jsonl -o extract/statement/data/priors.tsv
//
// The tables are counted from the gold labels of --train only; the
// weights (Alpha) are chosen on --fit by coordinate search over a fixed
// grid, maximising macro F1; --report is scored and not used otherwise.
// Nothing is random: the same files give the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/extract/statement"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// set is one labelled file with the model's probabilities and the
// word-list evidence of each record.
type set struct {
	name  string
	gold  []int
	model [][3]float64
	ev    []statement.Evidence
}

// run executes the command and returns the exit code: 0 ok, 1 failure, 2
// usage.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("stanceprior", flag.ContinueOnError)
	fs.SetOutput(stderr)
	trainPath := fs.String("train", "", "labelled NewsMTSC JSONL the tables are counted on")
	fitPath := fs.String("fit", "", "labelled NewsMTSC JSONL the weights are chosen on")
	reportPath := fs.String("report", "", "labelled NewsMTSC JSONL that is only scored")
	out := fs.String("o", "", "where to write the priors (none: only report)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *trainPath == "" || *fitPath == "" {
		fmt.Fprintln(stderr, "usage: stanceprior --train FILE --fit FILE [--report FILE] [-o FILE]")
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "stanceprior: %v\n", err)
		return 1
	}
	lex, err := lexicon.Default()
	if err != nil {
		return fail(err)
	}
	model, err := polarity.Default()
	if err != nil {
		return fail(err)
	}
	finder := statement.New(lex, statement.Options{})
	train, err := load(*trainPath, finder, nil)
	if err != nil {
		return fail(err)
	}
	pr := statement.CountPriors(train.ev, train.gold)
	fit, err := load(*fitPath, finder, model)
	if err != nil {
		return fail(err)
	}
	sets := []*set{fit}
	if *reportPath != "" {
		rep, err := load(*reportPath, finder, model)
		if err != nil {
			return fail(err)
		}
		sets = append(sets, rep)
	}
	grid := []float64{0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2}
	for range 3 {
		for k := range pr.Alpha {
			best, bestF := pr.Alpha[k], -1.0
			for _, a := range grid {
				pr.Alpha[k] = a
				if f := score(pr, fit).MacroF1; f > bestF+1e-9 {
					best, bestF = a, f
				}
			}
			pr.Alpha[k] = best
		}
	}
	fmt.Fprintf(stdout, "alpha: %v (object, clause, rest, lexicon, demand)\n", pr.Alpha)
	for _, s := range sets {
		fmt.Fprintf(stdout, "%s model alone: %v\n", s.name, polarity.Score(s.gold, classes(s.model)))
		fmt.Fprintf(stdout, "%s combined:    %v\n", s.name, score(pr, s))
	}
	if *out == "" {
		return 0
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# priors.tsv: word-list evidence tables of package statement (see ../priors.go).\n")
	fmt.Fprintf(&buf, "# Made by: go run ./extract/statement/cmd/stanceprior --train train.jsonl --fit dev-mt.jsonl --report dev-rw.jsonl -o extract/statement/data/priors.tsv\n")
	fmt.Fprintf(&buf, "# (NewsMTSC splits; tables counted on train, weights fitted on dev-mt).\n")
	if err := pr.Write(&buf); err != nil {
		return fail(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fail(err)
	}
	return 0
}

// load reads a labelled file and computes the evidence (and, with a
// model, its probabilities) of every record.
func load(path string, f *statement.Finder, m *polarity.Model) (*set, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	recs, err := polarity.ReadRecords(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	name := path
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	s := &set{name: name}
	for _, r := range recs {
		if !r.Labelled {
			return nil, fmt.Errorf("%s: record %q has no polarity", path, r.ID)
		}
		start, end := r.Span()
		s.gold = append(s.gold, r.Polarity)
		s.ev = append(s.ev, f.Evidence(r.Sentence, start, end))
		if m != nil {
			s.model = append(s.model, m.Predict(r.Sentence, start, end).Probs)
		}
	}
	return s, nil
}

// score returns the scores of the combination on s.
func score(pr *statement.Priors, s *set) polarity.Scores {
	pred := make([]int, len(s.gold))
	for i := range s.gold {
		pred[i] = best(pr.Combine(s.model[i], s.ev[i]))
	}
	return polarity.Score(s.gold, pred)
}

// classes returns the most probable class of each distribution.
func classes(ps [][3]float64) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = best(p)
	}
	return out
}

// best returns the class (-1, 0, 1) of the largest probability.
func best(p [3]float64) int {
	b := 0
	for c := range p {
		if p[c] > p[b] {
			b = c
		}
	}
	return b - 1
}
