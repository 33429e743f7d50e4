package ner

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrainOptions controls Train. The zero value gives the defaults noted on
// each field.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 15).
	Epochs int
	// Seed seeds the shuffling and the augmentation; equal seeds give equal
	// models.
	Seed uint64
	// Passes is 1 (local and document features only) or 2 (a second pass
	// that sees the first pass's tags, the default).
	Passes int
	// Folds is the number of folds used to produce first-pass tags of the
	// training data for the second pass (default 5), so that the second
	// pass learns from tags of the quality seen at run time.
	Folds int
	// UpperShare is the share of training sentences written in capitals,
	// and TitleShare the share with every word capitalised, to teach the
	// model headlines. Negative values mean none; zero gives the defaults
	// (0.03 and 0.02).
	UpperShare, TitleShare float64
	// Prune drops features whose averaged weights are all below Prune in
	// absolute value (default 0.05; negative keeps every feature).
	Prune float64
	// MinCount is how often a feature must occur in the training data to
	// be kept (default 2).
	MinCount int
	// MinCommon is how often a word must be seen in lower case in the
	// training data to join the common-word class (default 3).
	MinCommon int
	// WordDropout is the share of capitalised training tokens that, in
	// each epoch, are seen without the features that name the word itself
	// (lexicalFeatures), as if it were a word the training data lacks, to
	// teach the model to tag unseen names from their clusters, shape and
	// context (default 0: none; 0.2 and 0.4 did not help, see
	// data/README.md).
	WordDropout float64
	// Lexicon holds the word lists (first.txt, loc.txt, ...); nil uses the
	// embedded ones.
	Lexicon fs.FS
	// Clusters holds the word clusters; nil uses the embedded ones
	// (data/clusters.txt.gz) and an empty Clusters none.
	Clusters *Clusters
	// Embeddings holds clusters of word vectors (nertrain embclusters),
	// whose prefixes are features of a word and of its neighbours beside
	// the word clusters; nil for none.
	Embeddings *Clusters
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// withDefaults returns o with zero fields set to their defaults.
func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs <= 0 {
		o.Epochs = 15
	}
	if o.Passes <= 0 {
		o.Passes = 2
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if o.UpperShare == 0 {
		o.UpperShare = 0.03
	}
	if o.TitleShare == 0 {
		o.TitleShare = 0.02
	}
	if o.Prune == 0 {
		o.Prune = 0.05
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.MinCommon <= 0 {
		o.MinCommon = 3
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o
}

// trainDoc is a prepared training document.
type trainDoc struct {
	toks  []tokInfo
	sents []int
	gold  []label
}

// Train trains a model on documents with gold tags (CoNLLDoc.Gold).
func Train(docs []CoNLLDoc, opts TrainOptions) (*Model, error) {
	opts = opts.withDefaults()
	if opts.Passes > 2 {
		return nil, fmt.Errorf("train: %d passes, want 1 or 2", opts.Passes)
	}
	var entries []lexEntry
	var err error
	if opts.Lexicon != nil {
		entries, err = readLexicon(opts.Lexicon)
	} else {
		entries, err = defaultLexicon()
	}
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	entries = append(entries, commonWords(docs, opts.MinCommon)...)
	lex := newLexicon(entries)
	clusters := opts.Clusters
	if clusters == nil {
		if clusters, err = defaultClusters(); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	var clu *clusterIndex
	if clusters.Len() > 0 {
		if clu, err = newClusterIndex(clusters.entries()); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	var emb *clusterIndex
	if opts.Embeddings.Len() > 0 {
		if emb, err = newClusterIndex(opts.Embeddings.entries()); err != nil {
			return nil, fmt.Errorf("train: word-vector clusters: %w", err)
		}
	}
	tds, err := prepareTrain(docs, lex, clu, emb, opts)
	if err != nil {
		return nil, err
	}
	all := make([]int, len(tds))
	for i := range all {
		all[i] = i
	}
	if opts.Passes == 2 {
		for f := range opts.Folds {
			var in, out []int
			for i := range tds {
				if i%opts.Folds == f {
					out = append(out, i)
				} else {
					in = append(in, i)
				}
			}
			m := newModel(lex, clu, emb, newTable(trainPass(tds, in, 0, opts), 1))
			for _, d := range out {
				tagTrainDoc(m, &tds[d])
			}
			fmt.Fprintf(opts.Log, "fold %d/%d done\n", f+1, opts.Folds)
		}
	}
	first := trainPass(tds, all, 0, opts)
	if opts.Passes == 1 {
		return newModel(lex, clu, emb, newTable(first, 1)), nil
	}
	second := trainPass(tds, all, 1, opts)
	return newModel(lex, clu, emb, newTable(mergeRows(first, second), 2)), nil
}

// tagTrainDoc stores the first-pass tags of m in d.toks[i].first.
func tagTrainDoc(m *Model, d *trainDoc) {
	s := &scratch{toks: d.toks, sents: d.sents}
	out := make([]label, len(d.toks))
	for j := 0; j+1 < len(d.sents); j++ {
		a, b := d.sents[j], d.sents[j+1]
		m.tagSentence(s, 0, a, b, out[a:b])
	}
	for i := range d.toks {
		d.toks[i].first = out[i]
	}
}

// prepareTrain augments and prepares the training documents.
func prepareTrain(docs []CoNLLDoc, lex *lexicon, clu, emb *clusterIndex, opts TrainOptions) ([]trainDoc, error) {
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	var tds []trainDoc
	s := new(scratch)
	for d, doc := range docs {
		if len(doc.Sentences) == 0 {
			continue
		}
		if len(doc.Gold) != len(doc.Sentences) {
			return nil, fmt.Errorf("train: document %d has no gold tags", d)
		}
		sents := make([][]string, len(doc.Sentences))
		var gold []label
		for i, sent := range doc.Sentences {
			if len(doc.Gold[i]) != len(sent) {
				return nil, fmt.Errorf("train: document %d sentence %d: %d tags for %d tokens", d, i, len(doc.Gold[i]), len(sent))
			}
			gold = toLabels(gold, doc.Gold[i])
			sents[i] = sent
			switch r := rng.Float64(); {
			case r < opts.UpperShare:
				sents[i] = mapTokens(sent, strings.ToUpper)
			case r < opts.UpperShare+opts.TitleShare:
				sents[i] = mapTokens(sent, titleCase)
			}
		}
		prepare(sents, lex, clu, emb, s)
		tds = append(tds, trainDoc{
			toks:  append([]tokInfo(nil), s.toks...),
			sents: append([]int(nil), s.sents...),
			gold:  gold,
		})
	}
	if len(tds) == 0 {
		return nil, errors.New("train: no training sentences")
	}
	return tds, nil
}

// mapTokens returns f applied to every token.
func mapTokens(sent []string, f func(string) string) []string {
	out := make([]string, len(sent))
	for i, t := range sent {
		out[i] = f(t)
	}
	return out
}

// titleCase upper-cases the first letter of a word that starts with a
// lower-case letter, as headline style does.
func titleCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// perceptron is an averaged perceptron over feature rows, one weight per
// tag, with lazy averaging (Daumé 2006, "A course in machine learning").
type perceptron struct {
	index map[uint64]int32
	keys  []uint64
	w     []float32
	acc   []float64
	last  []int32
	t     int32
}

// row returns the row of key, adding it when absent.
func (p *perceptron) row(key uint64) int32 {
	if key == 0 {
		key = 1
	}
	if r, ok := p.index[key]; ok {
		return r
	}
	r := int32(len(p.keys))
	p.index[key] = r
	p.keys = append(p.keys, key)
	for range numLabels {
		p.w = append(p.w, 0)
		p.acc = append(p.acc, 0)
		p.last = append(p.last, 0)
	}
	return r
}

// update adds delta to the weight of tag k in every row.
func (p *perceptron) update(rows []int32, k label, delta float32) {
	for _, r := range rows {
		j := int(r)*numLabels + int(k)
		p.acc[j] += float64(p.t-p.last[j]) * float64(p.w[j])
		p.last[j] = p.t
		p.w[j] += delta
	}
}

// rows returns the averaged weights, pruned and quantised.
func (p *perceptron) rows(prune float64) []row {
	avg := make([]float64, len(p.w))
	maxAbs := 0.0
	for j := range p.w {
		a := (p.acc[j] + float64(p.t-p.last[j])*float64(p.w[j])) / float64(max(p.t, 1))
		avg[j] = a
		maxAbs = max(maxAbs, math.Abs(a))
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = (1<<maxWeightBits - 1) / maxAbs
	}
	var rows []row
	for r, key := range p.keys {
		w := make([]int32, numLabels)
		keep, nonzero := false, false
		for k := range numLabels {
			a := avg[r*numLabels+k]
			if math.Abs(a) >= prune {
				keep = true
			}
			w[k] = int32(math.Round(a * scale))
			nonzero = nonzero || w[k] != 0
		}
		if keep && nonzero {
			rows = append(rows, row{key: key, w: w})
		}
	}
	return rows
}

// trainPass trains the weights of one pass on the documents docs of tds.
func trainPass(tds []trainDoc, docs []int, pass int, opts TrainOptions) []row {
	p := &perceptron{index: make(map[uint64]int32)}
	// Static feature rows of every token, computed once: the rows of
	// lexicalFeatures in [a, a+k), the others in [a+k, b).
	type span struct{ a, k, b int32 }
	static := make([][]span, len(tds))
	var rows []int32
	var keys []uint64
	s := new(scratch)
	type sentRef struct{ doc, sent int }
	var order []sentRef
	// Features seen fewer than MinCount times are left out (two sweeps:
	// count, then index).
	seen := make(map[uint64]int32)
	for sweep := range 2 {
		for _, d := range docs {
			td := &tds[d]
			if pass > 0 {
				s.toks, s.sents = td.toks, td.sents
				s.stats.reset(len(td.toks))
				countFirst(s)
			}
			if sweep == 1 {
				static[d] = make([]span, len(td.toks))
			}
			for j := 0; j+1 < len(td.sents); j++ {
				if sweep == 1 {
					order = append(order, sentRef{d, j})
				}
				a, b := td.sents[j], td.sents[j+1]
				sent := td.toks[a:b]
				for i := range sent {
					if sent[i].fl&fTrigger == 0 {
						continue
					}
					keys = staticFeatures(keys[:0], sent, i)
					nlex := partitionLexical(keys, sent, i)
					if pass > 0 {
						c := othersCounts(s, &sent[i])
						keys = secondFeatures(keys, sent, i, &c)
					}
					if sweep == 0 {
						for _, k := range keys {
							seen[k]++
						}
						continue
					}
					start, lexEnd := int32(len(rows)), int32(0)
					for j, k := range keys {
						if j == nlex {
							lexEnd = int32(len(rows))
						}
						if seen[k] >= int32(opts.MinCount) {
							rows = append(rows, p.row(k))
						}
					}
					if nlex == len(keys) {
						lexEnd = int32(len(rows))
					}
					static[d][a+i] = span{start, lexEnd - start, int32(len(rows))}
				}
			}
		}
	}
	seen = nil
	var buf []int32
	errs := 0
	for epoch := range opts.Epochs {
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(epoch)+1))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		drop := rand.New(rand.NewPCG(opts.Seed^0x64726f70, uint64(epoch)+1))
		errs = 0
		for _, ref := range order {
			td := &tds[ref.doc]
			a, b := td.sents[ref.sent], td.sents[ref.sent+1]
			p1, p2 := label(0), label(0)
			for i := a; i < b; i++ {
				t := &td.toks[i]
				if t.fl&fTrigger == 0 || pass > 0 && keepFirst(t, p1) {
					p1, p2 = 0, p1
					continue
				}
				sp := static[ref.doc][i]
				from := sp.a
				if opts.WordDropout > 0 && t.fl&fUpper != 0 && drop.Float64() < opts.WordDropout {
					from += sp.k
				}
				buf = append(buf[:0], rows[from:sp.b]...)
				keys = tagFeatures(keys[:0], t, p1, p2)
				for _, k := range keys {
					buf = append(buf, p.row(k))
				}
				var sc [numLabels]float32
				for _, r := range buf {
					w := p.w[int(r)*numLabels : int(r)*numLabels+numLabels]
					for k := range sc {
						sc[k] += w[k]
					}
				}
				best := bestLabel(&sc, p1, i == b-1)
				p.t++
				if gold := td.gold[i]; best != gold {
					p.update(buf, gold, 1)
					p.update(buf, best, -1)
					errs++
				}
				p1, p2 = best, p1
			}
		}
	}
	fmt.Fprintf(opts.Log, "pass %d: %d features, %d errors in the last epoch\n", pass+1, len(p.keys), errs)
	return p.rows(opts.Prune)
}

// commonWords returns the words written in lower case at least min times in
// the training documents, in sorted order, as entries of class lexCommon.
func commonWords(docs []CoNLLDoc, min int) []lexEntry {
	counts := make(map[string]int)
	for _, d := range docs {
		for _, sent := range d.Sentences {
			for _, tok := range sent {
				_, low, fl := normalize(nil, nil, tok)
				if fl&fLower != 0 && fl&fUpper == 0 {
					counts[string(low)]++
				}
			}
		}
	}
	var words []string
	for w, c := range counts {
		if c >= min && !strings.ContainsRune(w, ' ') {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	out := make([]lexEntry, len(words))
	for i, w := range words {
		out[i] = lexEntry{class: lexCommon, phrase: w}
	}
	return out
}
