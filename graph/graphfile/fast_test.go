package graphfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/generate"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// checkFastAgrees fails the test if the fast reader accepts data while
// encoding/json rejects it, or decodes it to another graph. It returns
// whether the fast reader accepted data.
func checkFastAgrees(t testing.TB, data []byte) bool {
	t.Helper()
	fast, ok := decodeFast(data)
	std, err := decodeStd(data)
	if !ok {
		return false
	}
	if err != nil {
		t.Fatalf("fast reader accepts what encoding/json rejects (%v):\n%s", err, clip(data))
	}
	if !reflect.DeepEqual(fast, std) {
		t.Fatalf("fast reader decodes\n%s\nas %+v\nencoding/json gives %+v", clip(data), fast, std)
	}
	return true
}

// clip shortens a file for a failure message.
func clip(data []byte) []byte {
	if len(data) > 2000 {
		return append(data[:2000:2000], "…"...)
	}
	return data
}

// hostileGraph is a small valid graph whose strings need escapes or are
// not ASCII, with every optional field set.
func hostileGraph() *graph.Graph {
	g := &graph.Graph{
		Format: graph.Format, Window: "paragraph", Folded: 2,
		Documents: []graph.DocRef{
			{ID: "a\"b", Title: "Ünïcödé ☃", Date: "2025-01-02", URL: "http://x/?a=1&b=<2>", Path: `C:\docs\a.txt`, Line: 3, Digest: "0123456789abcdef"},
			{ID: "b"},
		},
		Nodes: []graph.Node{
			{ID: 0, Name: `Zelenskiy "Z"`, Type: extract.KindPerson, Affiliation: "Україна", Aliases: []string{"Зеленський", `back\slash`, "tab\there"}, Mentions: 5, Documents: 1},
			{ID: 1, Name: "<script>&\u2028", Type: extract.KindOrg, Aliases: []string{}, Mentions: 1},
			{ID: 2, Name: "control \x01 \x1f", Type: extract.KindState, Aliases: nil},
			graph.Node{ID: 3, Name: "日本", Type: extract.KindState, Aliases: []string{"Nippon", "日本国"}, Mentions: 7, Documents: 1,
				ActorID: "state:日本", Role: "source", Candidates: []string{"a\"b", "日本"}, Kinds: map[string]int{"state": 7, "org": 0},
				Votes: &extract.Votes{Person: 1, Org: 2, NonPerson: 3, Agent: 4, Work: 5, Product: 6, Event: 7, Group: 8, Source: 9, Cited: 10, Initial: 11, Measure: 12},
				Key:   "日本"}.WithTime(graph.NodeTime{DayVotes: []string{"n:日本", "s:\"N\"", "t:state"}, Days: []graph.ActorDay{{Day: -3, Mentions: 7, Documents: 1, Votes: []int{7, 1, 7}}, {Day: 20000}},
				Seen: []int{0}, Merged: []graph.MergedActor{{Key: "ni", DayVotes: []string{"n:Ni"}, Days: []graph.ActorDay{{Day: 1, Votes: []int{2}}}, Seen: []int{1}}, {Key: "x"}},
				Inner: []graph.EdgePart{{Source: "ni", Target: "日本", Days: []graph.DayCount{{Day: 1, Count: 2, Documents: 1}},
					Refs: []graph.Ref{{Doc: 1, Sentence: 2, Start: 3, End: 4}}}},
				InnerStances: []graph.StancePart{{Source: "ni", Target: "日本", Days: []graph.StanceDay{{Day: 1, Neutral: 1}}}}}),
			{ID: 4, Name: "", Type: extract.KindUnknown},
		},
		Edges: []graph.Edge{
			graph.Edge{Source: 0, Target: 1, Weight: 3, Documents: 1}.With(graph.EdgeText{Evidence: []graph.Evidence{{Doc: 0, Sentence: 2, Span: extract.Span{Start: 4, End: 9}, Text: "He said \"no\"\n"}}}),
			graph.Edge{Source: 0, Target: 3, Weight: 1}.With(graph.EdgeText{Refs: []graph.Ref{{Doc: 1, Sentence: 2, Start: 3, End: 4}, {Doc: 0}}}),
			graph.Edge{Source: 0, Target: 4, Weight: 2}.With(graph.EdgeText{Evidence: []graph.Evidence{{Doc: 1, Text: "emoji 😀, \u2029 and \\ and \x7f"}, {Doc: 0}}, Refs: []graph.Ref{}}),
			graph.Edge{Source: 1, Target: 2, Weight: 0, Documents: 1}.With(graph.EdgeText{Days: []graph.DayCount{{Day: 5, Count: 0, Documents: 1}},
				Parts: []graph.EdgePart{{Source: "a\"", Target: "b", Days: []graph.DayCount{{Day: 5, Documents: 1}}, Sentences: []int{0, 2}}, {Source: "x"}}}),
		},
		Stances: []graph.Stance{{Source: 0, Target: 3, Positive: 1, Negative: 2, Evidence: []graph.Evidence{{Doc: 0, Text: "é"}}, Days: []graph.StanceDay{{Day: 1, Positive: 1, Negative: 2, Weight: [3]int64{693, 0, 2303}}}, Confidence: 0.875,
			Parts: []graph.StancePart{{Source: "é", Target: "日本", Days: []graph.StanceDay{{Day: 1, Negative: 2}}}}}},
		Statements: []graph.Statement{{Speaker: 0, Targets: []int{3, 1}, Cue: "warned", Polarity: -1, Issue: "war", Evidence: graph.Evidence{Doc: 0, Sentence: 1}, Form: "zelenskii",
			Confidence: 1e-7, TargetPolarity: []int{-1, 0}, TargetConfidence: []float64{0.123456789, 1},
			TargetForms: []string{"日本", "ni\x1fb", "zelenskii"}, FormPolarity: []int{1, 0, -1}, FormConfidence: []float64{0.5, 0.25, 1}}},
		Places:      []graph.Place{{Name: "Kyiv", Mentions: 3, Documents: 1, Days: []graph.DayCount{{Day: 1, Count: 3, Documents: 1}}}},
		MaxEvidence: -1, MaxRefs: 7, MaxStatements: 100,
		Dropped: &graph.Dropped{
			Actors:  []graph.MergedActor{{Key: "qtr", DayVotes: []string{"c:initial", "x:Qtr"}, Days: []graph.ActorDay{{Day: 2, Mentions: 1, Documents: 1, Votes: []int{1, 0}}}, Seen: []int{0}}},
			Edges:   []graph.EdgePart{{Source: "qtr", Target: "日本", Days: []graph.DayCount{{Day: 2, Count: 1, Documents: 1}}, Refs: []graph.Ref{{Doc: 0, Sentence: 1, Start: 2, End: 3}}}},
			Stances: []graph.StancePart{{Source: "qtr", Target: "ni\x1fb", Days: []graph.StanceDay{{Day: 2, Positive: 1}}}},
			Statements: []graph.Statement{{Speaker: -1, Targets: []int{}, Cue: "said", Polarity: 1, Evidence: graph.Evidence{Doc: 0, Sentence: 1, Span: extract.Span{Start: 2, End: 3}},
				Form: "qtr", TargetForms: []string{"ni\x1fb"}}},
		},
	}
	return g
}

// builtGraph is the graph of the test corpus, with evidence, stances and
// statements.
func builtGraph() *graph.Graph {
	b := build.NewBuilder(build.BuildOptions{})
	for _, x := range graphtest.Extractions() {
		b.Add(x)
	}
	return b.Graph()
}

// datedGraph is the graph of a dated test corpus, with time data.
func datedGraph() *graph.Graph {
	b := build.NewBuilder(build.BuildOptions{MaxEvidence: 2})
	for _, x := range graphtest.DatedExtractions(50, 5) {
		b.Add(x)
	}
	return b.Graph()
}

// writeBytes returns the graph file of g.
func writeBytes(t testing.TB, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestReadFastWrittenGraphs checks that the fast reader takes files
// written by Write, which is what makes Read fast, and decodes them as
// encoding/json does.
func TestReadFastWrittenGraphs(t *testing.T) {
	graphs := map[string]*graph.Graph{
		"planted": generate.PlantedPartition(2000, 20, 10000, 0.2, 7),
		"pa":      generate.PreferentialAttachment(500, 3, 3),
		"built":   builtGraph(),
		"dated":   datedGraph(),
		"hostile": hostileGraph(),
		"empty":   {Format: graph.Format},
	}
	for name, g := range graphs {
		data := writeBytes(t, g)
		if !checkFastAgrees(t, data) {
			t.Errorf("%s: the fast reader does not take a file written by Write", name)
		}
		var ctl control
		decode(data, &ctl)
		if n := ctl.fallbacks.Load(); n > 0 {
			t.Errorf("%s: the fast reader leaves %d elements to encoding/json", name, n)
		}
		var indented bytes.Buffer
		if err := json.Indent(&indented, data, "", "  "); err != nil {
			t.Fatal(err)
		}
		if !checkFastAgrees(t, indented.Bytes()) {
			t.Errorf("%s: the fast reader does not take the indented file", name)
		}
		got, err := Read(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if again := writeBytes(t, got); !bytes.Equal(again, data) {
			t.Errorf("%s: written again, the graph read differs:\n%s\nwant\n%s", name, clip(again), clip(data))
		}
	}
}

// TestReadFastTestdata checks the graph files kept as test data in the
// repository, and those named in $AG_GRAPH.
func TestReadFastTestdata(t *testing.T) {
	var files []string
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "bin" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		inTestdata := strings.Contains(filepath.ToSlash(path), "/testdata/")
		if !d.IsDir() && strings.HasSuffix(path, ".json") && (inTestdata || filepath.Base(filepath.Dir(path)) == "examples") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// More files can be named in AG_GRAPH, separated as in PATH.
	files = append(files, filepath.SplitList(os.Getenv("AG_GRAPH"))...)
	if len(files) == 0 {
		t.Skip("no graph files under testdata")
	}
	for _, path := range files {
		if path == "" {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, errStd := decodeStd(data); errStd != nil {
			continue // some other kind of JSON
		}
		accepted := checkFastAgrees(t, data)
		t.Logf("%s: fast reader %v", path, map[bool]string{true: "accepts", false: "falls back"}[accepted])
	}
}

// TestReadFastVariants checks hand-written files that differ from Write's
// layout, valid or not, including the corners of encoding/json (key case,
// repeated keys, null, numbers that are not plain integers).
func TestReadFastVariants(t *testing.T) {
	const head = `{"format":"actorgraph-graph/1",`
	cases := []struct {
		json string
		fast bool // whether the fast reader must take it
	}{
		{`{}`, true},
		{` { } `, true},
		{`{"format":"actorgraph-graph/1"}`, true},
		{"\t{\r\n\"nodes\" : [ ] , \"edges\" :[ ]\n}\n", true},
		{head + `"nodes":null,"edges":null,"documents":null,"places":null}`, true},
		{head + `"nodes":[{"id":0,"name":"A","type":"person","aliases":["x","y"],"mentions":3,"documents":1}],"edges":[]}`, true},
		{head + `"nodes":[{"documents":1,"mentions":3,"aliases":null,"type":"org","name":"A","id":0}]}`, true},
		{head + `"nodes":[{},{"id":1}]}`, true},
		{head + `"nodes":[null,{"id":1}]}`, true},
		{head + `"nodes":[{"id":-0,"name":"A","type":"PERSON "}]}`, true},
		{head + `"nodes":[{"id":0,"type":"organisation"}]}`, true},
		{head + `"nodes":[{"id":0,"type":"dragon"}]}`, false},
		{head + `"nodes":[{"id":0,"type":5}]}`, false},
		{head + `"nodes":[{"id":0,"name":"A\"B","type":"person"}]}`, true},
		{head + `"nodes":[{"id":0,"name":"\u0041","type":"p\u0065rson"}]}`, true},
		{head + `"nodes":[{"id":0,"ID":3}]}`, true},
		{head + `"nodes":[{"id":0,"id":3}]}`, true},
		{head + `"nodes":[{"id":0,"aliases":["a","b"],"aliases":["c"]}]}`, true},
		{head + `"nodes":[{"id":0,"extra":{"a":[1,"]}"]}}]}`, true},
		{head + `"nodes":[{"id":01}]}`, false},
		{head + `"nodes":[{"id":1.0}]}`, false},
		{head + `"nodes":[{"id":1e2}]}`, false},
		{head + `"nodes":[{"id":-}]}`, false},
		{head + `"nodes":[{"id":99999999999999999999}]}`, false},
		{head + `"nodes":[{"id":123456789012345678}]}`, true},
		{head + `"nodes":[{"id":"1"}]}`, false},
		{head + `"nodes":[{"id":0,}]}`, false},
		{head + `"nodes":[{"id":0},]}`, false},
		{head + `"nodes":[{"id":0}{"id":1}]}`, false},
		{head + `"nodes":[{"id":0 "name":"A"}]}`, false},
		{head + `"nodes":[{"id":0,"name":"A` + "\x01" + `"}]}`, false},
		{head + `"nodes":[{"id":0,"name":"A` + "\xff" + `"}]}`, true},
		{head + `"nodes":[{"id":0,"name":"A` + "\u00e9\u65e5" + `"}]}`, true},
		{head + `"nodes":[{"id":0,"name":"A` + "\xc3" + `"}]}`, true},
		{head + `"nodes":[{"id":0,"aliases":[1]}]}`, false},
		{head + `"nodes":[{"id":0,"name":"\ud83d\ude00\ud83d\u0041\udc00x\/\b\f\n\r\t\u00E9\u0000\\\"","aliases":["\ud800","\udbff\udfff"]}]}`, true},
		{head + `"nodes":[{"id":0,"name":"é\u00e9` + "\xe9" + `"}]}`, true},
		{head + `"nodes":[{"id":0,"name":"\x"}]}`, false},
		{head + `"nodes":[{"id":0,"name":"\u12"}]}`, false},
		{head + `"nodes":[{"id":0,"name":"\u12G4"}]}`, false},
		{head + `"nodes":[{"id":0,"name":"\ud800\u12"}]}`, false},
		{head + `"nodes":[{"id":0,"name":"a\`, false},
		{head + `"edges":[{"source":0,"target":1,"refs":[[1,2,3,4],[0,0,0,0]]}],"documents":[{"id":"x","digest":"ab"}]}`, true},
		{head + `"edges":[{"source":0,"target":1,"refs":[[1,2,3]]}]}`, false},
		{head + `"edges":[{"source":0,"target":1,"refs":[[1,2,3,4,5]]}]}`, false},
		{head + `"edges":[{"source":0,"target":1,"refs":[[1,2,null,4]]}]}`, true},
		{head + `"edges":[{"source":0,"target":1,"refs":[ [ 1 , 2 , 3 , 4 ] ],"refs":[]}]}`, true},
		{head + `"edges":[{"source":0,"target":1,"refs":null}]}`, true},
		{head + `"edges":[{"source":0,"target":1,"evidence":[{"doc":1,"text":"a"}],"evidence":[{"doc":2}]}]}`, true},
		{head + `"stances":[{"source":0,"target":1,"evidence":[{"doc":1,"doc":2}]}]}`, true},
		{head + `"statements":[{"speaker":0,"targets":null,"text":"\"q\"","start":1,"end":2,"sentence":3,"issue":"i"}]}`, true},
		{head + `"statements":[{"speaker":0,"targets":[1,2],"targets":[3]}]}`, true},
		{head + `"places":[{"name":"Kyiv","mentions":1,"documents":1},{"name":"Kyiv","Mentions":2}]}`, true},
		{head + `"nodes":[{"id":0,"aliases":["a",]}]}`, false},
		{head + `"nodes":{"id":0}}`, false},
		{head + `"edges":[{"source":0,"target":1,"weight":2,"documents":1,"evidence":[]}]}`, true},
		{head + `"edges":[{"source":0,"target":1,"weight":2,"evidence":[ ]},{"weight":1}]}`, true},
		{head + `"edges":[{"source":0,"target":1,"evidence":[{"doc":0,"sentence":0,"start":1,"end":2,"text":"x"}]}]}`, true},
		{head + `"edges":[{"source":0,"source":1}]}`, true},
		{head + `"edges":[{"Source":0,"target":1}]}`, true},
		{head + `"edges":[{"source":0,"target":1,"weight":null}]}`, true},
		{head + `"edges":[{"source":0,"target":1,"weight":2.5}]}`, false},
		{head + `"edges":[{"source":0,"target":1,"evidence":[}]}`, false},
		{head + `"edges":[{"source":0,"target":1]}`, false},
		{head + `"edges":[1]}`, false},
		{head + `"stances":[{"source":0,"target":1,"positive":1}],"statements":[{"speaker":0,"targets":[1],"cue":"said","polarity":1,"doc":0}]}`, true},
		{head + `"folded":3,"window":"sentence"}`, true},
		{head + `"stances":[{"source":0,"target":1,"negative":2,"confidence":0.75}]}`, true},
		{head + `"stances":[{"confidence":1},{"confidence":0},{"confidence":-0.0},{"confidence":2.5e-3},{"confidence":1E+2}]}`, true},
		{head + `"stances":[{"confidence":01.5}]}`, false},
		{head + `"stances":[{"confidence":1.}]}`, false},
		{head + `"stances":[{"confidence":.5}]}`, false},
		{head + `"stances":[{"confidence":1e}]}`, false},
		{head + `"stances":[{"confidence":1e400}]}`, false},
		{head + `"stances":[{"confidence":"0.5"}]}`, false},
		{head + `"stances":[{"confidence":null}]}`, true},
		{head + `"statements":[{"speaker":0,"targets":[1,2],"confidence":0.5,"target_polarity":[-1,0],"target_confidence":[0.25,0.999]}]}`, true},
		{head + `"statements":[{"speaker":0,"target_polarity":[1.5]}]}`, false},
		{head + `"statements":[{"speaker":0,"target_confidence":[0.5,-]}]}`, false},
		{head + `"statements":[{"speaker":0,"target_confidence":null,"target_polarity":null}]}`, true},
		{head + `"folded":"3"}`, false},
		{head + `"format":"x"}`, false},
		{head + `"Format":"x"}`, false},
		{head + `"unknown":[1,2,{"a":null}]}`, false},
		{head + `"nodes":[],"nodes":[{"id":0}]}`, false},
		{head + `"nodes":[{"id":0,"name":"A"}],"nodes":[{"id":1}]}`, false},
		{head + `"edges":[]}x`, false},
		{head + `"edges":[]}{}`, false},
		{head + `"edges":[],}`, false},
		{head + `"edges":[]` + "\n\"edges\": " + `[]}`, false},
		{`{"nodes":[{"id":0,"name":"A` + "\n\"edges\": " + `[{}]"}]}`, false},
		{"\n\"edges\": " + `[]`, false},
		{"\xef\xbb\xbf{}", false},
		{`null`, false},
		{`[]`, false},
		{`{"format":"actorgraph-graph/1"`, false},
		{`{"format":"actorgraph-graph/1",`, false},
		{`{"format" "actorgraph-graph/1"}`, false},
		{`{format:"actorgraph-graph/1"}`, false},
		{"{\"format\":\"actorgraph-graph/1\"}\v", false},
	}
	// encoding/json refuses nesting deeper than 10,000 levels in the
	// file, although the element alone would be within the limit.
	deep := head + `"nodes":[{"x":` + strings.Repeat("[", 9999) + strings.Repeat("]", 9999) + `}]}`
	cases = append(cases, struct {
		json string
		fast bool
	}{deep, false})
	for _, c := range cases {
		if got := checkFastAgrees(t, []byte(c.json)); got != c.fast {
			t.Errorf("fast reader takes %s: %v, want %v", c.json, got, c.fast)
		}
	}
}

// TestReadFastMutations checks the fast reader against encoding/json on
// every truncation of a small graph file and on changes of each of its
// bytes to bytes that matter to JSON (two per position, in turn; the fuzz
// target tries the others).
func TestReadFastMutations(t *testing.T) {
	subst := []byte("0.\"\\,}]n\x01\xff :")
	for _, g := range []*graph.Graph{hostileGraph(), generate.PlantedPartition(6, 2, 10, 0.3, 1)} {
		data := writeBytes(t, g)
		for n := range len(data) {
			checkFastAgrees(t, data[:n])
		}
		mutated := make([]byte, len(data))
		for i := range data {
			for _, k := range []int{i, 7*i + 3} {
				copy(mutated, data)
				mutated[i] = subst[k%len(subst)]
				checkFastAgrees(t, mutated)
			}
		}
	}
}

// TestReadErrorsUnchanged checks that errors still come from
// encoding/json, wrapped in ErrFormat.
func TestReadErrorsUnchanged(t *testing.T) {
	for _, s := range []string{
		``, ` `, `{`, `{"format":"actorgraph-graph/1","nodes":[{"id":01}]}`,
		`{"format":"actorgraph-graph/1","nodes":[{"id":"1"}]}`, `{"format":"x"}`, `{}`,
		`{"format":"actorgraph-graph/1","edges":[{"source":0,"target":1}]}`,
	} {
		_, err := Read(strings.NewReader(s))
		if !errors.Is(err, ErrFormat) {
			t.Errorf("Read(%q) = %v, want an ErrFormat error", s, err)
		}
	}
}

// TestReadAllFile checks that a file is read whole, also from an offset.
func TestReadAllFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.json")
	want := writeBytes(t, builtGraph())
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := readAll(f)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("readAll = %d bytes, %v; want %d bytes", len(got), err, len(want))
	}
	if _, err := f.Seek(10, 0); err != nil {
		t.Fatal(err)
	}
	got, err = readAll(f)
	if err != nil || !bytes.Equal(got, want[10:]) {
		t.Fatalf("readAll from offset 10 = %d bytes, %v; want %d bytes", len(got), err, len(want)-10)
	}
	g, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if again := writeBytes(t, g); !bytes.Equal(again, want) {
		t.Errorf("ReadFile then Write changes the file")
	}
}

// FuzzFastString checks the string decoder of the fast reader against
// encoding/json: whatever it accepts, encoding/json accepts and decodes to
// the same string.
func FuzzFastString(f *testing.F) {
	for _, s := range []string{`"abc"`, `"a\"b\\c\/\b\f\n\r\t"`, `"\u00e9\ud83d\ude00"`, `"\ud83d"`, `"\ud83d\u0041"`,
		`"\udc00\ud800x"`, `"\ud800\ud800\udc00"`, "\"é\xff\"", `"\u12"`, `"\x"`, "\"\x01\"", `"ab`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, end, ok := parseString(data, 0)
		if !ok {
			return
		}
		var want string
		if err := json.Unmarshal(data[:end], &want); err != nil {
			t.Fatalf("parseString accepts %q, encoding/json says %v", data[:end], err)
		}
		if got != want {
			t.Fatalf("parseString(%q) = %q, encoding/json gives %q", data[:end], got, want)
		}
	})
}
