package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sharedDir returns ../shared beside the repository, or skips the test.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "corpus", "seeds")); err != nil {
		t.Skipf("reference articles not available (%v): ../shared is not beside the repository", err)
	}
	return dir
}

// runCLI runs actorgraph in process and returns stdout, stderr and the
// exit code.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append([]string{"actorgraph"}, args...), strings.NewReader(""), &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("actorgraph %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// TestSeedsEndToEnd checks the acceptance points of the tool on the five
// reference articles: paths with evidence, rank, communities, diagrams,
// exports, determinism, and the extraction scores.
func TestSeedsEndToEnd(t *testing.T) {
	shared := sharedDir(t)
	seeds := filepath.Join(shared, "corpus", "seeds")
	dir := t.TempDir()
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", seeds, "-o", g, "-q")

	t.Run("Deterministic", func(t *testing.T) {
		g2 := filepath.Join(dir, "g2.json")
		mustRun(t, "build", seeds, "-o", g2, "-q", "--workers", "1")
		a, _ := os.ReadFile(g)
		b, _ := os.ReadFile(g2)
		if !bytes.Equal(a, b) {
			t.Error("two builds (4 and 1 workers) gave different graph files")
		}
	})

	t.Run("PathsWitkoffUshakov", func(t *testing.T) {
		out := mustRun(t, "paths", "-g", g, "Witkoff", "Ushakov")
		first, _, _ := strings.Cut(out, "\n")
		if !strings.Contains(first, "Steve Witkoff — Yuri Ushakov") || !strings.Contains(first, "direct") {
			t.Errorf("first path line = %q, want the direct Witkoff–Ushakov link", first)
		}
		if strings.Count(out, " — ") < 3 {
			t.Errorf("no alternative paths:\n%s", out)
		}
		if !strings.Contains(out, "[004_31b66dd9831d616b.txt]") || !strings.Contains(out, "sources:") {
			t.Errorf("no evidence sentence from article 004:\n%s", out)
		}
		var res struct {
			Paths []struct {
				Nodes []string
				Steps []struct{ Evidence []struct{ Text string } }
			}
		}
		js := mustRun(t, "paths", "-g", g, "witkoff", "ushakov", "--json")
		if err := json.Unmarshal([]byte(js), &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Paths) < 2 || len(res.Paths[0].Nodes) != 2 || len(res.Paths[0].Steps[0].Evidence) == 0 {
			t.Errorf("--json paths = %+v, want the direct link with evidence first and alternatives", res.Paths)
		}
	})

	t.Run("RankPageRank", func(t *testing.T) {
		out := mustRun(t, "rank", "-g", g, "--by", "pagerank", "--top", "10")
		for _, name := range []string{"Donald Trump", "Vladimir Putin", "Steve Witkoff"} {
			if !strings.Contains(out, name) {
				t.Errorf("rank --top 10 lacks %s:\n%s", name, out)
			}
		}
	})

	t.Run("Communities", func(t *testing.T) {
		var res struct {
			Q     float64 `json:"modularity"`
			Count int     `json:"count"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, "communities", "-g", g, "--json")), &res); err != nil {
			t.Fatal(err)
		}
		if res.Count < 2 || res.Q <= 0 {
			t.Errorf("communities: %d with Q=%.3f, want at least 2 with Q > 0", res.Count, res.Q)
		}
	})

	t.Run("Render", func(t *testing.T) {
		svg := filepath.Join(dir, "g.svg")
		mustRun(t, "render", "-g", g, "-o", svg)
		data, err := os.ReadFile(svg)
		if err != nil {
			t.Fatal(err)
		}
		checkXML(t, data)
		for _, name := range []string{"Witkoff", "Putin", "Zelensky", "Ushakov", "Russia", "Ukraine", "United States"} {
			if !bytes.Contains(data, []byte(name)) {
				t.Errorf("SVG does not name %s", name)
			}
		}
		// sfdp is deterministic across processes (out's tests re-exec to
		// check it) but keeps random state inside one process; neato is
		// deterministic in both.
		n1, n2 := filepath.Join(dir, "n1.svg"), filepath.Join(dir, "n2.svg")
		mustRun(t, "render", "-g", g, "-o", n1, "--layout", "neato")
		mustRun(t, "render", "-g", g, "-o", n2, "--layout", "neato")
		d1, _ := os.ReadFile(n1)
		if d2, _ := os.ReadFile(n2); !bytes.Equal(d1, d2) {
			t.Error("two renders gave different SVG bytes")
		}
		for _, args := range [][]string{{"--path", "Witkoff", "Ushakov"}, {"--focus", "Putin", "--depth", "1"}} {
			out := filepath.Join(dir, "sel.svg")
			mustRun(t, append([]string{"render", "-g", g, "-o", out}, args...)...)
			b, _ := os.ReadFile(out)
			checkXML(t, b)
		}
	})

	t.Run("Exports", func(t *testing.T) {
		gml := mustRun(t, "export", "-g", g, "--format", "graphml")
		checkXML(t, []byte(gml))
		checkXML(t, []byte(mustRun(t, "export", "-g", g, "--format", "gexf")))
		var nl map[string]any
		if err := json.Unmarshal([]byte(mustRun(t, "export", "-g", g, "--format", "json")), &nl); err != nil {
			t.Errorf("export json: %v", err)
		}
		// NetworkX, when installed (Debian's python3-networkx under
		// /usr/bin/python3), must load the GraphML.
		for _, py := range []string{"python3", "/usr/bin/python3"} {
			if exec.Command(py, "-c", "import networkx").Run() != nil {
				continue
			}
			path := filepath.Join(dir, "g.graphml")
			os.WriteFile(path, []byte(gml), 0o644)
			cmd := exec.Command(py, "-c", "import networkx,sys; g=networkx.read_graphml(sys.argv[1]); print(g.number_of_nodes())", path)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("networkx.read_graphml: %v\n%s", err, out)
			}
			return
		}
		t.Log("networkx not installed; GraphML checked as XML only")
	})

	t.Run("Scores", func(t *testing.T) {
		scorer := filepath.Join(shared, "eval", "score_extract.py")
		if _, err := exec.LookPath("python3"); err != nil {
			t.Skip("python3 not available for the scorer")
		}
		pred := filepath.Join(dir, "pred.jsonl")
		os.WriteFile(pred, []byte(mustRun(t, "extract", "--json", seeds)), 0o644)
		actors := filepath.Join(dir, "actors.json")
		os.WriteFile(actors, []byte(mustRun(t, "actors", "-g", g, "--json")), 0o644)
		out, err := exec.Command("python3", scorer, filepath.Join(shared, "eval", "seeds.gold.json"), pred, "--graph", actors).CombinedOutput()
		if err != nil {
			t.Fatalf("scorer: %v\n%s", err, out)
		}
		t.Logf("scorer:\n%s", out)
		m := regexp.MustCompile(`actor F1 ([0-9.]+), statement F1 ([0-9.]+), polarity (\d+)/(\d+),(?: stance edge F1 [0-9.]+,)? splits (\d+)`).FindStringSubmatch(string(out))
		if m == nil {
			t.Fatalf("scorer summary not found:\n%s", out)
		}
		af, _ := strconv.ParseFloat(m[1], 64)
		sf, _ := strconv.ParseFloat(m[2], 64)
		ok, _ := strconv.Atoi(m[3])
		all, _ := strconv.Atoi(m[4])
		if af < 0.95 {
			t.Errorf("actor F1 = %.3f, want >= 0.95", af)
		}
		if sf < 0.80 {
			t.Errorf("statement F1 = %.3f, want >= 0.80", sf)
		}
		if all == 0 || float64(ok)/float64(all) < 0.85 {
			t.Errorf("polarity right on %d/%d, want >= 85%%", ok, all)
		}
		if m[5] != "0" {
			t.Errorf("%s gold actors split over several nodes, want 0", m[5])
		}
	})
}

// checkXML fails the test unless data is well-formed XML without script
// elements or event-handler attributes.
func checkXML(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("not well-formed XML: %v", err)
			return
		}
		if se, ok := tok.(xml.StartElement); ok {
			if strings.EqualFold(se.Name.Local, "script") {
				t.Errorf("XML has a <script> element")
			}
			for _, a := range se.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					t.Errorf("XML has an event attribute %s", a.Name.Local)
				}
			}
		}
	}
}
