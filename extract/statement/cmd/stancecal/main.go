// Command stancecal fits the calibrations of package statement (the layer
// that turns what decide read of a statement into its polarity) on the
// project's labelled statements, and reports it by cross-validation.
//
//	stancecal --labels extract/statement/data/stance-labels.tsv \
//	    --articles ../shared/data/bbc/bbc.jsonl --articles ../shared/data/reuters21578/reuters.jsonl \
//	    -o extract/statement/data/calibration.tsv --filter-out extract/statement/data/targetfilter.tsv \
//	    --stance-out extract/statement/data/stance.bin.gz \
//	    --confidence-out extract/statement/data/confidence.tsv
//
// The labels name statements by article, sentence start and speaker and
// hold no text: the command reads the articles, runs the extractor on
// those that are labelled, matches each labelled statement to the
// extracted one with the same (article, start, speaker) and takes its
// Reading. The cross-validation splits by article (5 folds, no article in
// two) and chooses the L2 penalty on the training folds only (nested), so
// its figures are for statements the fit has not seen; the written
// calibration is fitted on every matched statement with the penalty that
// the cross-validation chose most. --scope says which statements the
// calibration decides (silent: those the word lists say nothing about;
// see statement.Scope), --ok which labels it learns from, --drop leaves
// features out (to measure what they bring). The same run trains the
// stance model (statement.Calibration.Stance, see stance.go) on the
// labelled statements and writes it to --stance-out; the calibration
// reads its out-of-fold features. The same run fits the target
// filter (statement.TargetFilter, see targets.go) on the labelled targets
// of every matched statement and writes it to --filter-out, and the
// confidence calibration (a calibration of scope all whose probability of
// the polarity given is a statement's confidence; confidence.go reports
// by the same folds how well it tells right signs from wrong ones) to
// --confidence-out. When the articles are absent the
// command says so and exits 0 without writing. Nothing is random: the
// same files give the same bytes.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/corpus"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
	"github.com/actorgraph/actorgraph/extract/statement"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// label is one labelled statement.
type label struct {
	doc     string
	start   int
	speaker string
	ok      string // y, n or ?
	pol     int
	targets map[string]string // name → "-1", "0", "1" or "x"
}

// example is a labelled statement matched to the extractor's reading.
type example struct {
	label
	x        statement.Reading
	stances  []statement.TargetStance
	polarity int // the polarity the extractor gave the statement
}

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

// l2Grid are the penalties the cross-validation chooses from.
var l2Grid = []float64{0.3, 1, 3, 10, 30}

// run executes the command and returns the exit code: 0 ok, 1 failure, 2
// usage.
func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("stancecal", flag.ContinueOnError)
	fl.SetOutput(stderr)
	labelsPath := fl.String("labels", "", "labelled statements (data/stance-labels.tsv)")
	var articles multiFlag
	fl.Var(&articles, "articles", "JSONL articles the labels refer to (repeatable)")
	oks := fl.String("ok", "yn?", "which labelled statements to fit on, by their ok field (y, yn, yn?)")
	scopeName := fl.String("scope", "silent", "which statements the calibration decides: all, silent (the word lists read neutral) or undecided (no cue with a fixed polarity)")
	drop := fl.String("drop", "", "comma-separated features (by their name in the calibration file) to leave out of the fit")
	out := fl.String("o", "", "where to write the calibration (none: only report)")
	filterOut := fl.String("filter-out", "", "where to write the target filter (none: only report)")
	stanceOut := fl.String("stance-out", "", "where to write the stance model (none: only report)")
	confOut := fl.String("confidence-out", "", "where to write the confidence calibration (none: only report)")
	words := fl.String("words", "extract/polarity/data", "folder with the polarity model's word data (vader.tsv, negators.txt, connectives.txt, vectors.bin.gz)")
	stanceSeeds := fl.Int("stance-seeds", 1, "neural models of the stance model (0: its linear model only)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *labelsPath == "" || len(articles) == 0 {
		fmt.Fprintln(stderr, "usage: stancecal --labels FILE --articles FILE [--articles FILE] [--ok y] [-o FILE]")
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "stancecal: %v\n", err)
		return 1
	}
	scope, err := statement.ParseScope(*scopeName)
	if err != nil {
		fmt.Fprintf(stderr, "stancecal: --scope: %v\n", err)
		return 2
	}
	for _, a := range articles {
		if _, err := os.Stat(a); errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "stancecal: %s not found: skipping the fit, keeping the committed calibration\n", a)
			return 0
		}
	}
	labels, err := readLabels(*labelsPath)
	if err != nil {
		return fail(err)
	}
	exs, err := match(labels, articles, stderr)
	if err != nil {
		return fail(err)
	}
	var dropped []int
	for name := range strings.SplitSeq(*drop, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		k, ok := statement.ReadingFeature(name)
		if !ok {
			fmt.Fprintf(stderr, "stancecal: --drop: unknown feature %q\n", name)
			return 2
		}
		dropped = append(dropped, k)
	}
	var use []example
	for _, e := range exs {
		if strings.Contains(*oks, e.ok) {
			use = append(use, e)
		}
	}
	fmt.Fprintf(stdout, "labels %d, matched %d, used (ok in %q) %d\n", len(labels), len(exs), *oks, len(use))
	if len(use) < 20 {
		return fail(fmt.Errorf("only %d labelled statements to fit on", len(use)))
	}
	if err := fitTargetFilter(exs, *filterOut, stdout); err != nil {
		return fail(err)
	}
	wd, err := polarity.ReadWordData(*words)
	if err != nil {
		return fail(err)
	}
	opt := polarity.DefaultTrainOptions()
	opt.Seeds = *stanceSeeds
	if opt.Seeds == 0 {
		opt.Net.Hidden = 0
	}
	stance, err := setStanceFeatures(use, 5, wd, opt, stdout)
	if err != nil {
		return fail(err)
	}
	chosen := crossValidate(use, scope, dropped, stdout)
	xs, gold := data(use)
	cal := fit(xs, gold, chosen, scope, dropped)
	fmt.Fprintf(stdout, "fit on all %d with l2 %g: %v\n", len(use), chosen, score(gold, predict(cal, xs)))
	confL2 := confidenceCV(use, scope, chosen, dropped, stdout)
	if *confOut != "" {
		cc := fit(xs, gold, confL2, statement.ScopeAll, dropped)
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "# confidence.tsv: the confidence calibration of package statement (see ../confidence.go).\n")
		fmt.Fprintf(&buf, "# Made by stancecal with --confidence-out extract/statement/data/confidence.tsv (same run as calibration.tsv).\n")
		fmt.Fprintf(&buf, "# (%d labelled statements with ok %q, scope all; L2 penalty %g chosen by cross-validation). Weights of classes -1, 0, 1.\n", len(use), *oks, confL2)
		if err := cc.Write(&buf); err != nil {
			return fail(err)
		}
		if err := os.WriteFile(*confOut, buf.Bytes(), 0o644); err != nil {
			return fail(err)
		}
	}
	if *out == "" {
		return 0
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# calibration.tsv: the statement calibration of package statement (see ../calibration.go).\n")
	fmt.Fprintf(&buf, "# Made by: go run ./extract/statement/cmd/stancecal --labels extract/statement/data/stance-labels.tsv --articles bbc.jsonl --articles reuters.jsonl -o extract/statement/data/calibration.tsv --filter-out extract/statement/data/targetfilter.tsv --stance-out extract/statement/data/stance.bin.gz\n")
	fmt.Fprintf(&buf, "# (%d labelled statements with ok %q, scope %s; L2 penalty %g chosen by cross-validation). Weights of classes -1, 0, 1.\n", len(use), *oks, scope, chosen)
	if err := cal.Write(&buf); err != nil {
		return fail(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fail(err)
	}
	if *stanceOut != "" {
		var sb bytes.Buffer
		if err := stance.Write(&sb); err != nil {
			return fail(err)
		}
		if err := os.WriteFile(*stanceOut, sb.Bytes(), 0o644); err != nil {
			return fail(err)
		}
	}
	return 0
}

// readLabels reads the labelled statements: doc, start, end, speaker, ok,
// polarity, targets (Name=pol joined by "|"); "#" lines are comments.
func readLabels(path string) ([]label, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return parseLabels(fh)
}

// parseLabels reads labels from r (see readLabels).
func parseLabels(r io.Reader) ([]label, error) {
	var out []label
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("labels: line %d: %d fields, want 7", line, len(f))
		}
		start, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("labels: line %d: bad start %q", line, f[1])
		}
		pol, err := strconv.Atoi(f[5])
		if err != nil || pol < -1 || pol > 1 {
			return nil, fmt.Errorf("labels: line %d: bad polarity %q", line, f[5])
		}
		l := label{doc: f[0], start: start, speaker: f[3], ok: f[4], pol: pol, targets: map[string]string{}}
		for t := range strings.SplitSeq(f[6], "|") {
			if t = strings.TrimSpace(t); t == "" {
				continue
			}
			i := strings.LastIndexByte(t, '=')
			if i < 0 {
				return nil, fmt.Errorf("labels: line %d: target %q without =", line, t)
			}
			l.targets[strings.TrimSpace(t[:i])] = strings.TrimSpace(t[i+1:])
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	return out, nil
}

// key names a statement.
type key struct {
	doc     string
	start   int
	speaker string
}

// match runs the extractor on the labelled articles and returns the
// labels whose statement it finds, in the order of the labels.
func match(labels []label, articles []string, stderr io.Writer) ([]example, error) {
	want := map[string]bool{}
	for _, l := range labels {
		want[l.doc] = true
	}
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	tagger, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	pm, err := polarity.Default()
	if err != nil {
		return nil, fmt.Errorf("load polarity model: %w", err)
	}
	opts := extract.DefaultOptions()
	opts.Sentiment = pm
	ex := extract.New(lex, tagger, opts)
	found := map[key]extract.Statement{}
	rd := corpus.Open(articles, corpus.Options{})
	defer rd.Close()
	for {
		d, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		if !want[d.ID] {
			continue
		}
		x, err := ex.Extract(d)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", d.ID, err)
		}
		for _, s := range x.Statements {
			found[key{d.ID, s.Span.Start, s.Speaker}] = s
		}
	}
	var out []example
	missing := 0
	for _, l := range labels {
		s, ok := found[key{l.doc, l.start, l.speaker}]
		if !ok {
			missing++
			continue
		}
		out = append(out, example{label: l, x: s.Reading, stances: s.Stances, polarity: s.Polarity})
	}
	if missing > 0 {
		fmt.Fprintf(stderr, "stancecal: %d labelled statements not found by the extractor (it changed since they were labelled)\n", missing)
	}
	return out, nil
}

// data returns the readings and gold polarities of exs.
func data(exs []example) ([]statement.Reading, []int) {
	xs := make([]statement.Reading, len(exs))
	gold := make([]int, len(exs))
	for i, e := range exs {
		xs[i], gold[i] = e.x, e.pol
	}
	return xs, gold
}

// fit fits a calibration of scope to the readings of its scope.
func fit(xs []statement.Reading, gold []int, l2 float64, scope statement.Scope, drop []int) *statement.Calibration {
	var sx []statement.Reading
	var sg []int
	for i := range xs {
		if xs[i].InScope(scope) {
			sx = append(sx, xs[i])
			sg = append(sg, gold[i])
		}
	}
	cal := statement.FitCalibration(sx, sg, l2, drop)
	cal.Scope = scope
	return cal
}

// predict returns the polarity cal gives each reading: decide's own for
// the readings out of its scope.
func predict(cal *statement.Calibration, xs []statement.Reading) []int {
	out := make([]int, len(xs))
	for i := range xs {
		out[i] = xs[i].Before()
		if xs[i].InScope(cal.Scope) {
			out[i], _ = cal.Polarity(&xs[i])
		}
	}
	return out
}

// fold assigns an article to one of k folds by a hash of its id.
func fold(doc string, k int) int {
	h := fnv.New64a()
	h.Write([]byte(doc))
	return int(h.Sum64() % uint64(k))
}

// foldSplit returns the indices of exs outside fold f of k (training)
// and inside it (test), split by article.
func foldSplit(exs []example, k, f int) (train, test []int) {
	for i, e := range exs {
		if fold(e.doc, k) == f {
			test = append(test, i)
		} else {
			train = append(train, i)
		}
	}
	return train, test
}

// score returns the scores of pred against gold.
func score(gold, pred []int) polarity.Scores { return polarity.Score(gold, pred) }

// crossValidate reports the polarity before and after the calibration by
// 5-fold cross-validation split by article, with the penalty chosen on
// the training folds of each fold, and returns the penalty chosen most
// often (the larger on a tie: the simpler model when the folds do not
// tell the two apart).
func crossValidate(exs []example, scope statement.Scope, drop []int, w io.Writer) float64 {
	const k = 5
	xs, gold := data(exs)
	before := make([]int, len(exs))
	for i := range xs {
		before[i] = xs[i].Before()
	}
	after := make([]int, len(exs))
	votes := make([]int, len(l2Grid))
	for f := range k {
		trainIdx, testIdx := foldSplit(exs, k, f)
		l2 := chooseL2(exs, trainIdx, k, scope, drop)
		votes[slices.Index(l2Grid, l2)]++
		txs, tg := subset(xs, gold, trainIdx)
		cal := fit(txs, tg, l2, scope, drop)
		sx, _ := subset(xs, gold, testIdx)
		for j, p := range predict(cal, sx) {
			after[testIdx[j]] = p
		}
	}
	b, a := score(gold, before), score(gold, after)
	fmt.Fprintf(w, "cross-validation (%d folds by article, %d statements):\n", k, len(exs))
	fmt.Fprintf(w, "  before: %v\n  after:  %v\n", b, a)
	fmt.Fprintf(w, "  confusion gold×pred (-1, 0, 1) before %v after %v\n", b.Confusion, a.Confusion)
	fmt.Fprintf(w, "  l2 chosen per fold (votes over %v): %v\n", l2Grid, votes)
	return votedL2(votes)
}

// votedL2 returns the penalty of l2Grid with the most votes (votes[i]
// for l2Grid[i]), the larger one on a tie.
func votedL2(votes []int) float64 {
	chosen, most := l2Grid[0], -1
	for i, v := range votes {
		if v >= most {
			chosen, most = l2Grid[i], v
		}
	}
	return chosen
}

// chooseL2 returns the penalty of l2Grid an inner cross-validation on
// the examples idx (split by article) chooses by the one-standard-error
// rule (Breiman et al. 1984; Hastie, Tibshirani and Friedman, The
// Elements of Statistical Learning, 7.10): the largest penalty whose mean
// macro F1 over the inner folds is within one standard error of the best
// mean. The best mean alone flips between neighbouring penalties when a
// few labels come or go; the rule takes the simplest model the folds
// cannot tell from the best.
func chooseL2(exs []example, idx []int, k int, scope statement.Scope, drop []int) float64 {
	xs, gold := data(exs)
	means := make([]float64, len(l2Grid))
	ses := make([]float64, len(l2Grid))
	for n, l2 := range l2Grid {
		fs := make([]float64, k)
		for f := range k {
			var tr, te []int
			for _, i := range idx {
				// A second hash of the article, so that the inner folds
				// differ from the outer ones.
				if fold(exs[i].doc+"#inner", k) == f {
					te = append(te, i)
				} else {
					tr = append(tr, i)
				}
			}
			txs, tg := subset(xs, gold, tr)
			cal := fit(txs, tg, l2, scope, drop)
			sx, sg := subset(xs, gold, te)
			fs[f] = score(sg, predict(cal, sx)).MacroF1
		}
		means[n], ses[n] = meanSE(fs)
	}
	return l2Grid[largestWithinSE(means, ses)]
}

// subset returns the readings and gold polarities at idx.
func subset(xs []statement.Reading, gold []int, idx []int) ([]statement.Reading, []int) {
	sx := make([]statement.Reading, len(idx))
	sg := make([]int, len(idx))
	for j, i := range idx {
		sx[j], sg[j] = xs[i], gold[i]
	}
	return sx, sg
}
