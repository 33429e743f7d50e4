package polarity

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// loadDefault loads the embedded model or fails the test.
func loadDefault(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	return m
}

// span returns the byte span of the first occurrence of target in s.
func span(t testing.TB, s, target string) (int, int) {
	t.Helper()
	i := strings.Index(s, target)
	if i < 0 {
		t.Fatalf("%q not in %q", target, s)
	}
	return i, i + len(target)
}

// TestPredictSentences checks the embedded model on sentences written for
// this test (none is from the training data).
func TestPredictSentences(t *testing.T) {
	m := loadDefault(t)
	tests := []struct {
		name, sentence, target string
		want                   int
	}{
		{"CriticisedObject", "The governor harshly criticised Jenkins for the failed flood response.", "Jenkins", -1},
		{"PraisedObject", "The senator praised Morales for her brave and successful leadership.", "Morales", 1},
		{"AccusedOfFraud", "Prosecutors accused Whitfield of fraud, bribery and lying to investigators.", "Whitfield", -1},
		{"Neutral", "Whitfield will travel to Denver on Tuesday to meet state officials.", "Whitfield", 0},
		{"WonPraise", "Okafor won wide praise for a thoughtful, honest speech that impressed even critics.", "Okafor", 1},
		{"OtherClauseNegative", "Delgado met the mayor on Monday, while protesters angrily denounced the corrupt police chief.", "Delgado", 0},
		{"Scandal", "The scandal-plagued Hargrove administration faces a criminal investigation over the corruption.", "Hargrove", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end := span(t, tt.sentence, tt.target)
			got := m.Predict(tt.sentence, start, end)
			if got.Polarity != tt.want {
				t.Errorf("Predict(%q, %q) = %d (probs %.2f), want %d", tt.sentence, tt.target, got.Polarity, got.Probs, tt.want)
			}
		})
	}
}

// TestPredictNegation checks that negating the sentiment word moves the
// probability away from its sign.
func TestPredictNegation(t *testing.T) {
	m := loadDefault(t)
	tests := []struct {
		name, plain, negated, target string
		class                        int // the class whose probability must fall
	}{
		{"Criticise", "The committee criticised Ramsey over the budget.", "The committee did not criticise Ramsey over the budget.", "Ramsey", -1},
		{"Support", "Voters strongly support Ramsey and his plan.", "Voters do not support Ramsey and his plan.", "Ramsey", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := span(t, tt.plain, tt.target)
			p := m.Predict(tt.plain, a, b)
			a, b = span(t, tt.negated, tt.target)
			q := m.Predict(tt.negated, a, b)
			if q.Probs[tt.class+1] >= p.Probs[tt.class+1] {
				t.Errorf("P(%d | %q) = %.3f, not below P(%d | %q) = %.3f", tt.class, tt.negated, q.Probs[tt.class+1], tt.class, tt.plain, p.Probs[tt.class+1])
			}
		})
	}
}

// TestPredictTargetDependent checks that two targets of one sentence can
// differ: the sign word in the other clause must not decide both.
func TestPredictTargetDependent(t *testing.T) {
	m := loadDefault(t)
	s := "Critics praised Alvarez for the deal, but many blamed Becker for the chaos and corruption."
	a, b := span(t, s, "Alvarez")
	pa := m.Predict(s, a, b)
	a, b = span(t, s, "Becker")
	pb := m.Predict(s, a, b)
	if pa.Probs[2]-pa.Probs[0] <= pb.Probs[2]-pb.Probs[0] {
		t.Errorf("Alvarez probs %.2f, Becker probs %.2f: want Alvarez more positive than Becker", pa.Probs, pb.Probs)
	}
}

// TestPredictHostile checks that any input gives a valid prediction.
func TestPredictHostile(t *testing.T) {
	m := loadDefault(t)
	tests := []struct {
		name  string
		s     string
		start int
		end   int
	}{
		{"Empty", "", 0, 0},
		{"Negative", "Smith won.", -5, -1},
		{"Inverted", "Smith won.", 6, 2},
		{"PastEnd", "Smith won.", 3, 1000},
		{"InvalidUTF8", "\xff\xfe Smith \xc3", 3, 8},
		{"MidRune", "Zürich mayor Müller resigned", 2, 16},
		{"Spaces", "     ", 1, 3},
		{"Long", strings.Repeat("bad good ", 5000), 100, 104},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPrediction(t, m.Predict(tt.s, tt.start, tt.end))
		})
	}
}

func checkPrediction(t testing.TB, p Prediction) {
	t.Helper()
	if p.Polarity < -1 || p.Polarity > 1 {
		t.Fatalf("Polarity = %d, want -1, 0 or 1", p.Polarity)
	}
	sum := 0.0
	for _, v := range p.Probs {
		if v < 0 || v > 1 || math.IsNaN(v) {
			t.Fatalf("Probs = %v, want values in [0, 1]", p.Probs)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Fatalf("Probs = %v sum to %v, want 1", p.Probs, sum)
	}
	if p.Confidence != p.Probs[p.Polarity+1] {
		t.Fatalf("Confidence = %v, want Probs[%d] = %v", p.Confidence, p.Polarity+1, p.Probs[p.Polarity+1])
	}
}

// TestPredictConcurrent checks that goroutines sharing a model get the same
// answers as one alone (run with -race).
func TestPredictConcurrent(t *testing.T) {
	m := loadDefault(t)
	s := "Critics praised Alvarez for the deal, but many blamed Becker for the chaos."
	lo, hi := span(t, s, "Becker")
	want := m.Predict(s, lo, hi)
	var wg sync.WaitGroup
	errs := make(chan Prediction, 8)
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := m.Predict(s, lo, hi); got != want {
					errs <- got
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Predict = %+v, want %+v", got, want)
	}
}

func TestByteOffsets(t *testing.T) {
	tests := []struct {
		s              string
		from, to       int
		wantLo, wantHi int
	}{
		{"abc", 0, 3, 0, 3},
		{"Zürich’s mayor", 0, 6, 0, 7},
		{"Zürich’s mayor", 9, 14, 12, 17},
		{"abc", 2, 10, 2, 3},
		{"abc", -1, 1, 0, 1},
		{"abc", 2, 1, 2, 2},
		{"", 0, 0, 0, 0},
	}
	for _, tt := range tests {
		lo, hi := ByteOffsets(tt.s, tt.from, tt.to)
		if lo != tt.wantLo || hi != tt.wantHi {
			t.Errorf("ByteOffsets(%q, %d, %d) = %d, %d, want %d, %d", tt.s, tt.from, tt.to, lo, hi, tt.wantLo, tt.wantHi)
		}
	}
}

func TestReadRecords(t *testing.T) {
	good := `{"mention": "Kim", "polarity": -1, "from": 0, "to": 3, "sentence": "Kim lost.", "id": "a"}

{"from": 4, "to": 7, "sentence": "Zoë Kim won."}
`
	recs, err := ReadRecords(strings.NewReader(good))
	if err != nil {
		t.Fatalf("ReadRecords error: %v", err)
	}
	if len(recs) != 2 || recs[0].Polarity != -1 || !recs[0].Labelled || recs[1].Labelled || recs[0].ID != "a" {
		t.Fatalf("ReadRecords = %+v", recs)
	}
	if lo, hi := recs[1].Span(); recs[1].Sentence[lo:hi] != "Kim" {
		t.Errorf("Span() = %d, %d (%q), want Kim", lo, hi, recs[1].Sentence[lo:hi])
	}
	bad := []struct {
		name, in string
		line     int
	}{
		{"NotJSON", "{\"from\": 0, \"to\": 1, \"sentence\": \"a\"}\n{oops", 2},
		{"NoSentence", `{"from": 0, "to": 1}`, 1},
		{"NoSpan", `{"sentence": "abc"}`, 1},
		{"SpanPastEnd", `{"sentence": "abc", "from": 1, "to": 4}`, 1},
		{"Inverted", `{"sentence": "abc", "from": 2, "to": 1}`, 1},
		{"BadPolarity", "\n\n" + `{"sentence": "abc", "from": 0, "to": 1, "polarity": 2}`, 3},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadRecords(strings.NewReader(tt.in))
			pe, ok := err.(*ParseError)
			if !ok || pe.Line != tt.line {
				t.Errorf("ReadRecords(%q) error = %v, want a ParseError at line %d", tt.in, err, tt.line)
			}
		})
	}
}

// TestTokenize checks spans and word normalisation.
func TestTokenize(t *testing.T) {
	s := "U.S. officials didn’t back Obama’s “anti-war” plan in 2019."
	var got []string
	for _, tk := range tokenize(s, nil) {
		got = append(got, s[tk.start:tk.end])
	}
	want := []string{"U.S", ".", "officials", "didn’t", "back", "Obama’s", "“", "anti-war", "”", "plan", "in", "2019", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokenize(%q) = %q, want %q", s, got, want)
	}
	if wordKey("didn’t") != tokenize("Didn't", nil)[0].key {
		t.Error("wordKey and tokenize disagree")
	}
	if stemKey("criticized") != stemKey("criticizes") || stemKey("criticized") != tokenize("Criticized", nil)[0].stem {
		t.Error("stems of criticized and criticizes differ")
	}
}

// tinyData is a small labelled set written for the tests.
func tinyData() ([]Record, WordData) {
	var recs []Record
	add := func(s, target string, pol int) {
		i := strings.Index(s, target)
		from := utf8.RuneCountInString(s[:i])
		recs = append(recs, Record{Sentence: s, From: from, To: from + utf8.RuneCountInString(target), Polarity: pol, Labelled: true})
	}
	for _, name := range []string{"Avery", "Blake", "Casey", "Devon", "Emery", "Finley"} {
		add("Critics attacked "+name+" over the awful failure.", name, -1)
		add(name+" was praised for a great success.", name, 1)
		add(name+" will speak in Ohio on Friday.", name, 0)
	}
	wd := WordData{
		Valence:     map[string]float32{"awful": -3, "great": 3, "attacked": -2, "praised": 2.5},
		Negators:    []string{"not", "never"},
		Connectives: []string{"but"},
	}
	return recs, wd
}

// tinyVectorFile returns a word-vector file with random vectors for the
// words of tinyData.
func tinyVectorFile(t testing.TB) []byte {
	t.Helper()
	v := tinyVectors(0, 6, 5)
	rng := rand.New(rand.NewPCG(5, 5))
	for _, w := range strings.Fields("critics attacked over the awful failure . was praised for a great success will speak in ohio on friday") {
		v.rows[wordKey(w)] = int32(len(v.keys))
		v.keys = append(v.keys, wordKey(w))
		v.scale = append(v.scale, 0.01)
		for range v.dim {
			v.q = append(v.q, int8(rng.IntN(255)-127))
		}
	}
	var buf bytes.Buffer
	if err := v.write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestTrainDeterministic checks that training twice gives the same bytes
// and that a written model loads to the same predictions.
func TestTrainDeterministic(t *testing.T) {
	recs, wd := tinyData()
	vecs := tinyVectorFile(t)
	linear := DefaultTrainOptions()
	linear.MinCount = 1
	linear.Net.Hidden = 0
	ensemble := linear
	ensemble.Net = NetOptions{Hidden: 4, PosDim: 2, Epochs: 3, Patience: 2, Batch: 4, LR: 0.01, Clip: 5,
		DropIn: 0.2, DropOut: 0.2, Seed: 3, ValFolds: 3}
	ensemble.Seeds = 2
	tests := []struct {
		name    string
		opt     TrainOptions
		vectors []byte
		minAcc  float64 // on the training data
	}{
		{"Linear", linear, nil, 0.99},
		{"LinearWithVectors", linear, vecs, 0.99},
		{"Ensemble", ensemble, vecs, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wd := wd
			wd.Vectors = tt.vectors
			var files [2]bytes.Buffer
			var models [2]*Model
			for i := range files {
				m, err := Train(recs, wd, tt.opt)
				if err != nil {
					t.Fatalf("Train error: %v", err)
				}
				if err := m.Write(&files[i]); err != nil {
					t.Fatalf("Write error: %v", err)
				}
				models[i] = m
			}
			if !bytes.Equal(files[0].Bytes(), files[1].Bytes()) {
				t.Fatal("two trainings wrote different bytes")
			}
			if got := len(models[0].nets); got != tt.opt.Seeds && tt.opt.Net.Hidden > 0 {
				t.Errorf("%d neural models, want %d", got, tt.opt.Seeds)
			}
			loaded, err := load(bytes.NewReader(files[0].Bytes()), tt.vectors)
			if err != nil {
				t.Fatalf("Load error: %v", err)
			}
			gold := Gold(recs)
			if s := Score(gold, loaded.PredictRecords(recs)); s.Accuracy < tt.minAcc {
				t.Errorf("loaded model on its training data: %v, want accuracy %.2f", s, tt.minAcc)
			}
			for _, r := range recs {
				lo, hi := r.Span()
				a, b := models[0].Predict(r.Sentence, lo, hi), loaded.Predict(r.Sentence, lo, hi)
				if a.Polarity != b.Polarity || math.Abs(a.Confidence-b.Confidence) > 1e-3 {
					t.Errorf("%q: trained model %+v, loaded model %+v", r.Sentence, a, b)
				}
			}
			if tt.vectors != nil {
				if _, err := load(bytes.NewReader(files[0].Bytes()), tinyVectorFileOther(t)); err == nil {
					t.Error("load with other word vectors: nil error")
				}
			}
		})
	}
}

// tinyVectorFileOther returns a word-vector file other than tinyVectorFile's.
func tinyVectorFileOther(t testing.TB) []byte {
	var buf bytes.Buffer
	if err := tinyVectors(3, 6, 9).write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(strings.NewReader("not gzip")); err == nil {
		t.Error("Load(not gzip) = nil error")
	}
	var buf bytes.Buffer
	m := loadDefault(t)
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if _, err := Load(bytes.NewReader(b[:len(b)/2])); err == nil {
		t.Error("Load(truncated) = nil error")
	}
}

func TestScore(t *testing.T) {
	s := Score([]int{-1, -1, 0, 0, 1, 1}, []int{-1, 0, 0, 0, 1, -1})
	if math.Abs(s.Accuracy-4.0/6) > 1e-9 || s.Confusion[0][1] != 1 || s.Confusion[2][0] != 1 {
		t.Errorf("Score = %+v", s)
	}
	// F1: -1: p 1/2 r 1/2 -> .5; 0: p 2/3 r 1 -> .8; 1: p 1 r 1/2 -> 2/3.
	if want := (0.5 + 0.8 + 2.0/3) / 3; math.Abs(s.MacroF1-want) > 1e-9 {
		t.Errorf("MacroF1 = %v, want %v", s.MacroF1, want)
	}
}

// sharedDir is the NewsMTSC folder in the shared data beside the repository.
var sharedDir = filepath.Join("..", "..", "..", "shared", "data", "newsmtsc")

// TestDevScores checks that the embedded model still scores what
// data/README.md reports on the NewsMTSC dev splits.
func TestDevScores(t *testing.T) {
	m := loadDefault(t)
	for _, tt := range []struct {
		file string
		want float64 // macro F1 in data/README.md
	}{
		{"dev-rw.jsonl", devRW},
		{"dev-mt.jsonl", devMT},
	} {
		f, err := os.Open(filepath.Join(sharedDir, tt.file))
		if err != nil {
			t.Skipf("NewsMTSC dev data not found (%v): skipping; it lives in ../shared beside the repository", err)
		}
		recs, err := ReadRecords(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		got := Score(Gold(recs), m.PredictRecords(recs))
		if math.Abs(got.MacroF1-tt.want) > 0.0005 {
			t.Errorf("%s: %v, want F1m %.4f (data/README.md)", tt.file, got, tt.want)
		}
	}
}

func BenchmarkPredict(b *testing.B) {
	m := loadDefault(b)
	s := "Republican lawmakers sharply criticized the Environmental Protection Agency on Thursday, accusing Administrator Scott Pruitt of wasting taxpayer money on travel and security."
	lo, hi := span(b, s, "Scott Pruitt")
	b.ReportAllocs()
	for b.Loop() {
		m.Predict(s, lo, hi)
	}
}

func FuzzPredict(f *testing.F) {
	m := loadDefault(f)
	f.Add("Critics praised Alvarez, but blamed Becker.", 16, 23)
	f.Add("", 0, 0)
	f.Add("\xff“Kim”\x00", -3, 99)
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		checkPrediction(t, m.Predict(s, start, end))
		lo, hi := ByteOffsets(s, start, end)
		if lo < 0 || hi < lo || hi > len(s) {
			t.Fatalf("ByteOffsets(%q, %d, %d) = %d, %d", s, start, end, lo, hi)
		}
	})
}

func FuzzReadRecords(f *testing.F) {
	f.Add(`{"sentence": "Kim won.", "from": 0, "to": 3, "polarity": 1}`)
	f.Add("{}\n\n{\"sentence\": 3}")
	f.Fuzz(func(t *testing.T, in string) {
		recs, _ := ReadRecords(strings.NewReader(in))
		for _, r := range recs {
			lo, hi := r.Span()
			if lo < 0 || hi < lo || hi > len(r.Sentence) {
				t.Fatalf("record %+v: span %d, %d", r, lo, hi)
			}
		}
	})
}

func FuzzLoad(f *testing.F) {
	recs, wd := tinyData()
	wd.Vectors = tinyVectorFile(f)
	opt := DefaultTrainOptions()
	opt.MinCount = 1
	opt.Net = NetOptions{Hidden: 3, PosDim: 2, Epochs: 2, Patience: 1, Batch: 4, LR: 0.01, Seed: 1, ValFolds: 3}
	opt.Seeds = 1
	for _, hidden := range []int{0, 3} {
		opt.Net.Hidden = hidden
		m, err := Train(recs, wd, opt)
		if err != nil {
			f.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := load(bytes.NewReader(b), wd.Vectors)
		if err == nil {
			checkPrediction(t, m.Predict("Avery was praised.", 0, 5))
		}
	})
}

// The embedded model's macro F1 on the dev splits, as data/README.md
// reports them.
const (
	devRW = 0.7351
	devMT = 0.7382
)

// benchStatements are news-like sentences written for the benchmarks, each
// read as the statement extractor reads one: once with an empty target at
// the speech verb, then once per actor mentioned.
var benchStatements = []struct {
	sentence, cue string
	targets       []string
}{
	{"The finance minister said on Tuesday that the central bank had badly mishandled the currency crisis and should apologise to savers.", "said", []string{"finance minister", "central bank"}},
	{"Opposition leader Maria Kessler accused the prime minister of betraying voters by abandoning his promise to cut fuel taxes before the winter.", "accused", []string{"Maria Kessler", "prime minister"}},
	{"Speaking in Geneva, the UN envoy welcomed the ceasefire agreed by Ankara and the Kurdish militias, calling it a courageous first step towards a lasting peace.", "welcomed", []string{"UN envoy", "Ankara", "Kurdish militias"}},
	{"\"We will not be lectured by a government that has failed its own citizens,\" a spokesman for the Venezuelan foreign ministry told reporters.", "told", []string{"government", "Venezuelan foreign ministry"}},
	{"Union officials praised the airline's new chief executive for reopening talks, but warned that a strike remained possible if the pension cuts went ahead.", "praised", []string{"Union officials", "chief executive"}},
	{"The European Commission rejected claims by several member states that its competition rules had hurt small farmers in the east of the continent.", "rejected", []string{"European Commission", "member states"}},
	{"Analysts said shares in the troubled carmaker fell sharply after regulators in Washington opened an investigation into its emissions tests.", "said", []string{"carmaker", "regulators"}},
	{"Mr Okonjo thanked the mayor and the city council for their support, saying the new hospital would serve more than two hundred thousand residents.", "thanked", []string{"Mr Okonjo", "mayor", "city council"}},
	{"Beijing condemned the sanctions announced by the Treasury on Friday as a gross interference in China's internal affairs and vowed to retaliate.", "condemned", []string{"Beijing", "Treasury", "China"}},
	{"The coach defended his goalkeeper after the defeat, insisting that the team as a whole had played poorly and that no single player deserved the blame.", "defended", []string{"coach", "goalkeeper"}},
}

// BenchmarkPredictStatements predicts every call of benchStatements (one
// op is all of them: 10 sentences, 35 calls).
func BenchmarkPredictStatements(b *testing.B) {
	m := loadDefault(b)
	type call struct {
		s      string
		lo, hi int
	}
	var calls []call
	for _, st := range benchStatements {
		w, _ := span(b, st.sentence, st.cue)
		calls = append(calls, call{st.sentence, w, w})
		for _, t := range st.targets {
			lo, hi := span(b, st.sentence, t)
			calls = append(calls, call{st.sentence, lo, hi})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range calls {
			m.Predict(c.s, c.lo, c.hi)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(calls)), "ns/call")
}

func TestReadWordData(t *testing.T) {
	wd, err := ReadWordData("data")
	if err != nil {
		t.Fatalf("ReadWordData(data): %v", err)
	}
	if len(wd.Valence) < 1000 || len(wd.Negators) == 0 || len(wd.Connectives) == 0 || !bytes.Equal(wd.Vectors, defaultVectors) {
		t.Errorf("word data of data/: %d valences, %d negators, %d connectives, vectors equal to the embedded ones: %v",
			len(wd.Valence), len(wd.Negators), len(wd.Connectives), bytes.Equal(wd.Vectors, defaultVectors))
	}
	dir := t.TempDir()
	if _, err := ReadWordData(dir); err == nil || !strings.Contains(err.Error(), "vader.tsv") {
		t.Errorf("ReadWordData of an empty folder: error %v, want one naming vader.tsv", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "vader.tsv"), []byte("good\t1.9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadWordData(dir); err == nil || !strings.Contains(err.Error(), "negators.txt") {
		t.Errorf("ReadWordData without negators.txt: error %v, want one naming it", err)
	}
}
