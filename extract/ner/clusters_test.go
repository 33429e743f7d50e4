package ner

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestReadClusters(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		words   []string
		paths   []string
		wantErr bool
	}{
		{"Empty", "", nil, nil, false},
		{"Two", "0110\tGermany\n0111\tFrance\n", []string{"Germany", "France"}, []string{"0110", "0111"}, false},
		{"CountColumn", "10\tsaid\t5123\n", []string{"said"}, []string{"10"}, false},
		{"RootPath", "\tonly\n", []string{"only"}, []string{""}, false},
		{"NoTab", "0110 Germany\n", nil, nil, true},
		{"NotBits", "0120\tGermany\n", nil, nil, true},
		{"LongPath", strings.Repeat("1", 65) + "\tx\n", nil, nil, true},
		{"EmptyWord", "01\t\n", nil, nil, true},
		{"SpaceInWord", "01\tNew York\n", nil, nil, true},
		{"Twice", "01\tx\n10\tx\n", nil, nil, true},
		{"LongWord", "01\t" + strings.Repeat("x", 256) + "\n", nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ReadClusters(bytes.NewReader(gzipBytes(t, []byte(tt.in))))
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ReadClusters(%q) gave no error", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadClusters(%q): %v", tt.in, err)
			}
			if !reflect.DeepEqual(c.words, tt.words) || !reflect.DeepEqual(c.paths, tt.paths) {
				t.Errorf("ReadClusters(%q) = %q %q, want %q %q", tt.in, c.words, c.paths, tt.words, tt.paths)
			}
		})
	}
	if _, err := ReadClusters(strings.NewReader("not gzip")); err == nil {
		t.Errorf("ReadClusters of plain text gave no error")
	}
}

func TestWriteClustersRoundTrip(t *testing.T) {
	words := []string{"said", "Germany", "France", "Clinton"}
	paths := []string{"10", "0110", "0111", "0000101"}
	var buf bytes.Buffer
	if err := WriteClusters(&buf, words, paths); err != nil {
		t.Fatalf("WriteClusters: %v", err)
	}
	c, err := ReadClusters(&buf)
	if err != nil {
		t.Fatalf("ReadClusters: %v", err)
	}
	// Sorted by path, then word.
	want := []string{"Clinton", "Germany", "France", "said"}
	if !reflect.DeepEqual(c.words, want) {
		t.Errorf("words %q, want %q", c.words, want)
	}
	if err := WriteClusters(&buf, words, paths[:1]); err == nil {
		t.Errorf("WriteClusters with fewer paths than words gave no error")
	}
	if err := WriteClusters(&buf, []string{"a b"}, []string{"0"}); err == nil {
		t.Errorf("WriteClusters of a word with a space gave no error")
	}
}

func TestClusterCodePrefix(t *testing.T) {
	tests := []struct {
		path string
		p    uint64
		want string // the prefix the value stands for
	}{
		{"0110", 4, "0110"},
		{"0110", 6, "0110"},
		{"011011", 4, "0110"},
		{"0010110011", 6, "001011"},
		{"", 4, ""},
		{strings.Repeat("1", 30), 20, strings.Repeat("1", 20)},
		{"1" + strings.Repeat("0", 25), 10, "1000000000"},
	}
	for _, tt := range tests {
		got := cluPrefix(clusterCode(tt.path), tt.p)
		want := cluPrefix(clusterCode(tt.want), 64)
		if got != want {
			t.Errorf("cluPrefix(%q, %d) = %#x, want %#x (the code of %q)", tt.path, tt.p, got, want, tt.want)
		}
	}
	// Paths that differ only in length differ.
	if cluPrefix(clusterCode("01"), 4) == cluPrefix(clusterCode("001"), 4) {
		t.Errorf("01 and 001 give the same prefix value")
	}
	if clusterCode("") == 0 {
		t.Errorf("the root path has code 0 (no cluster)")
	}
}

func TestClusterLookup(t *testing.T) {
	c := &Clusters{
		words: []string{"Germany", "germany", "talks", "Talks", "Apple", "U.S.", "2025", "Zürich", "“"},
		paths: []string{"0110", "0001", "1110", "1111", "0100", "0111", "101", "0101", "11"},
	}
	x, err := newClusterIndex(c.entries())
	if err != nil {
		t.Fatalf("newClusterIndex: %v", err)
	}
	code := func(w string) uint32 { return clusterCode(c.paths[indexOf(c.words, w)]) }
	tests := []struct {
		tok  string
		want uint32
	}{
		{"Germany", code("Germany")},
		{"germany", code("germany")},
		{"GERMANY", code("Germany")}, // capitals: the title-case form first
		{"Talks", code("Talks")},
		{"TALKS", code("Talks")},
		{"APPLE", code("Apple")},
		{"apple", code("Apple")}, // no lower-case form: the title-case one
		{"U.S.", code("U.S.")},
		{"u.s.", 0},
		{"2025", code("2025")},
		{"1999", 0},
		{"ZÜRICH", code("Zürich")},
		{"\"", code("“")}, // typographic quotes read as ASCII
		{"Bundesrat", 0},
		{"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.tok, func(t *testing.T) {
			s := new(scratch)
			// After a capitalised word, so that the token is near a scored one.
			prepare([][]string{{"Aa", tt.tok}}, nil, x, nil, s)
			if got := s.toks[1].clu; got != tt.want {
				t.Errorf("cluster code of %q = %#x, want %#x", tt.tok, got, tt.want)
			}
		})
	}
}

// indexOf returns the index of w in words, or -1.
func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

func TestCluFeatures(t *testing.T) {
	tests := []struct {
		name string
		path string // "-" for no cluster
		want int
	}{
		{"None", "-", 1},
		{"Short", "01", len(clusterPrefixes)},
		{"Long", strings.Repeat("10", 15), len(clusterPrefixes)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var code uint32
			if tt.path != "-" {
				code = clusterCode(tt.path)
			}
			got := cluFeatures(nil, tClu, code)
			if len(got) != tt.want {
				t.Fatalf("cluFeatures(%q) gave %d keys, want %d", tt.path, len(got), tt.want)
			}
			other := cluFeatures(nil, tCluM1, code)
			for i := range got {
				if got[i] == other[i] {
					t.Errorf("own and left-neighbour features share key %#x", got[i])
				}
			}
		})
	}
	// Words of one cluster share every prefix feature; words whose paths
	// part after 5 bits share the first only.
	a := cluFeatures(nil, tClu, clusterCode("0110100"))
	b := cluFeatures(nil, tClu, clusterCode("0110111"))
	if a[0] != b[0] || a[1] == b[1] {
		t.Errorf("prefix features of 0110100 and 0110111: %x and %x", a, b)
	}
}

func TestModelKeepsClusters(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(tinyCoNLL))
	if err != nil {
		t.Fatalf("ReadCoNLL: %v", err)
	}
	clusters := &Clusters{words: []string{"Merkel", "Johnson", "Paris", "Berlin"}, paths: []string{"00", "00", "10", "10"}}
	m, err := Train(docs, TrainOptions{Epochs: 2, Folds: 2, Clusters: clusters})
	if err != nil {
		t.Fatalf("Train: %v", err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatalf("Write: %v", err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if m2.clu == nil || !reflect.DeepEqual(m2.clu.entries, m.clu.entries) {
		t.Errorf("clusters after Write and Load differ")
	}
	if m2.emb != nil {
		t.Errorf("model trained without word-vector clusters has them after Load")
	}
	none, err := Train(docs, TrainOptions{Epochs: 2, Folds: 2, Clusters: new(Clusters)})
	if err != nil {
		t.Fatalf("Train without clusters: %v", err)
	}
	if none.clu != nil {
		t.Errorf("model trained without clusters has clusters")
	}
}

func TestModelKeepsEmbeddingClusters(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(tinyCoNLL))
	if err != nil {
		t.Fatalf("ReadCoNLL: %v", err)
	}
	clusters := &Clusters{words: []string{"Merkel", "Paris"}, paths: []string{"00", "10"}}
	emb := &Clusters{words: []string{"merkel", "johnson", "paris", "berlin", "said"}, paths: []string{"000", "000", "100", "101", "11"}}
	for _, tt := range []struct {
		name  string
		emb   *Clusters
		magic string
	}{
		{"With", emb, modelMagic},
		{"Without", nil, modelMagicV2},
		{"Empty", new(Clusters), modelMagicV2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Train(docs, TrainOptions{Epochs: 2, Folds: 2, Clusters: clusters, Embeddings: tt.emb})
			if err != nil {
				t.Fatalf("Train: %v", err)
			}
			var buf bytes.Buffer
			if err := m.Write(&buf); err != nil {
				t.Fatalf("Write: %v", err)
			}
			zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			head := make([]byte, len(tt.magic))
			if _, err := io.ReadFull(zr, head); err != nil || string(head) != tt.magic {
				t.Errorf("file starts with %q (%v), want %q", head, err, tt.magic)
			}
			m2, err := Load(&buf)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if (m.emb == nil) != (m2.emb == nil) || m.emb != nil && !reflect.DeepEqual(m2.emb.entries, m.emb.entries) {
				t.Errorf("word-vector clusters after Write and Load differ")
			}
			if !reflect.DeepEqual(m2.clu.entries, m.clu.entries) {
				t.Errorf("clusters after Write and Load differ")
			}
			// The capitalised form of a word takes its lower-case cluster,
			// and punctuation none.
			s := new(scratch)
			prepare([][]string{{"Berlin", "said", "BERLIN", ",", "Oslo"}}, m2.lex, m2.clu, m2.emb, s)
			var got []uint32
			for _, tk := range s.toks {
				got = append(got, tk.emb)
			}
			want := []uint32{0, 0, 0, 0, 0}
			if tt.emb.Len() > 0 {
				b, said := clusterCode("101"), clusterCode("11")
				want = []uint32{b, said, b, 0, 0}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("word-vector cluster codes %x, want %x", got, want)
			}
		})
	}
}

func FuzzReadClusters(f *testing.F) {
	f.Add([]byte("0110\tGermany\n0111\tFrance\n"))
	f.Add([]byte("10\tsaid\t5123\n\n"))
	f.Add([]byte("0120\tx"))
	f.Fuzz(func(t *testing.T, in []byte) {
		c, err := ReadClusters(bytes.NewReader(gzipBytes(t, in)))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteClusters(&buf, c.words, c.paths); err != nil {
			t.Fatalf("WriteClusters of what ReadClusters accepted: %v", err)
		}
		c2, err := ReadClusters(&buf)
		if err != nil {
			t.Fatalf("ReadClusters of what WriteClusters wrote: %v", err)
		}
		if c2.Len() != c.Len() {
			t.Fatalf("round trip: %d words, want %d", c2.Len(), c.Len())
		}
		x, err := newClusterIndex(c.entries())
		if err != nil {
			return // more clusters than a model holds
		}
		s := new(scratch)
		prepare([][]string{c.words}, nil, x, nil, s)
	})
}

// TestPartitionLexical checks that the features training may leave out
// are exactly those of lexicalFeatures, found among the static features
// and moved to the front.
func TestPartitionLexical(t *testing.T) {
	tests := []struct {
		name string
		sent string
		i    int
		want int
	}{
		{"Middle", "talks with Putin in Moscow", 2, 4},
		{"First", "Putin met Trump", 0, 5},
		{"Capitals", "PUTIN MEETS TRUMP", 1, 5},
		{"FirstInCapitals", "PUTIN MEETS TRUMP", 0, 6},
		{"Alone", "Moscow", 0, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := new(scratch)
			prepare([][]string{strings.Fields(tt.sent)}, nil, nil, nil, s)
			keys := staticFeatures(nil, s.toks, tt.i)
			before := slices.Clone(keys)
			n := partitionLexical(keys, s.toks, tt.i)
			if n != tt.want {
				t.Fatalf("partitionLexical = %d, want %d", n, tt.want)
			}
			lex := lexicalFeatures(nil, s.toks, tt.i)
			if !sameSet(keys[:n], lex) {
				t.Errorf("front %x, want lexicalFeatures %x", keys[:n], lex)
			}
			if !sameSet(keys, before) {
				t.Errorf("partitionLexical changed the set of keys")
			}
		})
	}
}

// sameSet reports whether a and b hold the same keys.
func sameSet(a, b []uint64) bool {
	a, b = slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
	return slices.Equal(a, b)
}

func TestTooManyClusters(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		wantErr bool
	}{
		{"AtLimit", maxClusters, false},
		{"OverLimit", maxClusters + 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := new(Clusters)
			for i := range tt.n {
				c.words = append(c.words, "w"+strconv.Itoa(i))
				c.paths = append(c.paths, fmt.Sprintf("1%016b", i))
			}
			_, err := newClusterIndex(c.entries())
			if (err != nil) != tt.wantErr {
				t.Errorf("newClusterIndex of %d clusters: error %v, want error %v", tt.n, err, tt.wantErr)
			}
		})
	}
}
