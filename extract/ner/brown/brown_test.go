package brown

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// objective is the clustering objective by its definition, from the
// cluster counts of the active slots: sum f(n(x,y)) - 2 sum f(marg(x)),
// which is the average mutual information of adjacent clusters up to
// constants that do not depend on the clustering.
func objective(st *state, merge [2]int) float64 {
	S := st.S
	id := make([]int, S)
	for s := range id {
		id[s] = s
	}
	if merge[0] >= 0 {
		id[merge[1]] = merge[0]
	}
	n := make(map[[2]int]float64)
	marg := make(map[int]float64)
	for _, x := range st.acts {
		marg[id[x]] += st.marg[x]
		for _, y := range st.acts {
			n[[2]int{id[x], id[y]}] += st.n[x*S+y]
		}
	}
	q := 0.0
	for _, v := range n {
		if v > 0 {
			q += v * math.Log(v)
		}
	}
	for _, v := range marg {
		if v > 0 {
			q -= 2 * v * math.Log(v)
		}
	}
	return q
}

// checkLosses compares every kept loss with the loss by definition.
func checkLosses(t *testing.T, st *state, when string) {
	t.Helper()
	q := objective(st, [2]int{-1, -1})
	for i, s := range st.acts {
		for _, u := range st.acts[i+1:] {
			want := q - objective(st, [2]int{s, u})
			got := st.loss[st.key(s, u)]
			if math.Abs(got-want) > 1e-6*max(1, math.Abs(want)) {
				t.Fatalf("%s: loss(%d,%d) = %g, by definition %g", when, s, u, got, want)
			}
		}
	}
}

// randomCorpus makes sentences from a small grammar: words of a few
// classes in fixed orders, so that the classes can be found.
func randomCorpus(seed uint64, sentences int) [][]string {
	rng := rand.New(rand.NewPCG(seed, 1))
	classes := [][]string{
		{"the", "a", "this", "every"},
		{"cat", "dog", "bird", "fish", "horse", "mouse"},
		{"runs", "sleeps", "eats", "jumps", "sings"},
		{"quickly", "slowly", "today", "again"},
	}
	var out [][]string
	for range sentences {
		var s []string
		for k := range 2 + rng.IntN(2) {
			c := classes[k%len(classes)]
			s = append(s, c[rng.IntN(len(c))])
			if rng.IntN(5) == 0 {
				s = append(s, classes[3][rng.IntN(4)])
			}
		}
		out = append(out, s)
	}
	return out
}

// TestIncrementalLosses runs the algorithm step by step and checks every
// loss it keeps against the definition, for several numbers of clusters.
func TestIncrementalLosses(t *testing.T) {
	for _, c := range []int{2, 3, 5, 8} {
		corpus := NewCorpus()
		for _, s := range randomCorpus(uint64(c), 200) {
			corpus.Add(s)
		}
		var vocab []int32
		for id := range corpus.words {
			vocab = append(vocab, int32(id))
		}
		rank := make([]int32, len(corpus.words))
		counts := make([]float64, len(vocab))
		for r, id := range vocab {
			rank[id] = int32(r)
			counts[r] = float64(corpus.counts[id])
		}
		right, left := corpus.adjacency(rank, len(vocab))
		st := newState(min(c, len(vocab)), counts, right, left)
		var nb []int
		for w := range len(vocab) {
			z := 0
			for st.act[z] {
				z++
			}
			nb = st.add(int32(w), z, nb)
			checkLosses(t, st, "after add")
			for len(st.acts) == st.S || w == len(vocab)-1 && len(st.acts) > 1 {
				a, b := st.best()
				_, _, nb = st.merge(a, b, nb)
				checkLosses(t, st, "after merge")
			}
		}
	}
}

// TestClusterFindsClasses checks that the words of each class of the
// grammar form a subtree of their own: no other word has the longest
// common prefix of their paths.
func TestClusterFindsClasses(t *testing.T) {
	corpus := NewCorpus()
	for _, s := range randomCorpus(1, 3000) {
		corpus.Add(s)
	}
	words, err := corpus.Cluster(Options{Clusters: 100}) // every word its own leaf
	if err != nil {
		t.Fatalf("Cluster: %v", err)
	}
	path := make(map[string]string)
	for _, w := range words {
		path[w.Text] = w.Path
	}
	tests := []struct {
		name string
		same []string
	}{
		{"Determiners", []string{"the", "a", "this", "every"}},
		{"Nouns", []string{"cat", "dog", "bird", "fish", "horse", "mouse"}},
		{"Verbs", []string{"runs", "sleeps", "eats", "jumps", "sings"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prefix := path[tt.same[0]]
			in := make(map[string]bool)
			for _, w := range tt.same {
				in[w] = true
				for !strings.HasPrefix(path[w], prefix) {
					prefix = prefix[:len(prefix)-1]
				}
			}
			for w, p := range path {
				if !in[w] && strings.HasPrefix(p, prefix) {
					t.Errorf("%q (%s) is under the prefix %q of %v: %v", w, p, prefix, tt.same, path)
				}
			}
		})
	}
}

func TestClusterDeterministic(t *testing.T) {
	run := func() []Word {
		corpus := NewCorpus()
		for _, s := range randomCorpus(7, 500) {
			corpus.Add(s)
		}
		words, err := corpus.Cluster(Options{Clusters: 6, MinCount: 2})
		if err != nil {
			t.Fatalf("Cluster: %v", err)
		}
		return words
	}
	a, b := run(), run()
	if !reflect.DeepEqual(a, b) {
		t.Errorf("two runs differ:\n%v\n%v", a, b)
	}
	for i := 1; i < len(a); i++ {
		if a[i].Count > a[i-1].Count {
			t.Fatalf("words not in order of count: %v", a)
		}
	}
}

func TestClusterErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		opts Options
	}{
		{"Empty", "", Options{}},
		{"TooRare", "a b c", Options{MinCount: 2}},
		{"OneCluster", "a b a b", Options{Clusters: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCorpus()
			c.Add(strings.Fields(tt.text))
			if _, err := c.Cluster(tt.opts); err == nil {
				t.Errorf("Cluster gave no error")
			}
		})
	}
}

func BenchmarkCluster(b *testing.B) {
	corpus := NewCorpus()
	for _, s := range randomCorpus(3, 20000) {
		corpus.Add(s)
	}
	for b.Loop() {
		if _, err := corpus.Cluster(Options{Clusters: 8}); err != nil {
			b.Fatal(err)
		}
	}
}
