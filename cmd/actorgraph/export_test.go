package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportStanceDirection checks on the reference articles that every
// stance of the graph is a directed GEXF edge from its speaker, and that
// NetworkX reads the stance export (GraphML and GEXF) as a directed graph
// with the speaker as source.
func TestExportStanceDirection(t *testing.T) {
	shared := sharedDir(t)
	dir := t.TempDir()
	g := filepath.Join(dir, "g.json")
	mustRun(t, "build", filepath.Join(shared, "corpus", "seeds"), "-o", g, "-q")
	var graphJSON struct {
		Nodes   []struct{ Name string }
		Stances []struct{ Source, Target int }
	}
	data, err := os.ReadFile(g)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &graphJSON); err != nil {
		t.Fatal(err)
	}
	var gexf struct {
		Nodes []struct {
			ID    string `xml:"id,attr"`
			Label string `xml:"label,attr"`
		} `xml:"graph>nodes>node"`
		Edges []struct {
			Type   string `xml:"type,attr"`
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Kind   []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"graph>edges>edge"`
	}
	if err := xml.Unmarshal([]byte(mustRun(t, "export", "-g", g, "--format", "gexf")), &gexf); err != nil {
		t.Fatalf("gexf: %v", err)
	}
	label := map[string]string{}
	for _, n := range gexf.Nodes {
		label[n.ID] = n.Label
	}
	directed := map[[2]string]bool{}
	for _, e := range gexf.Edges {
		kind := ""
		for _, a := range e.Kind {
			if a.For == "kind" {
				kind = a.Value
			}
		}
		if (kind == "stance") != (e.Type == "directed") {
			t.Errorf("gexf edge %s-%s: kind %q, type %q", e.Source, e.Target, kind, e.Type)
		}
		if e.Type == "directed" {
			directed[[2]string{label[e.Source], label[e.Target]}] = true
		}
	}
	for _, s := range graphJSON.Stances {
		pair := [2]string{graphJSON.Nodes[s.Source].Name, graphJSON.Nodes[s.Target].Name}
		if !directed[pair] {
			t.Errorf("stance %s -> %s is not a directed GEXF edge", pair[0], pair[1])
		}
	}
	if len(graphJSON.Stances) == 0 {
		t.Fatal("no stance in the seeds graph")
	}
	// Ukraine's statement about Joe Biden, where the extractor finds it;
	// the first stance otherwise.
	speaker, target := graphJSON.Nodes[graphJSON.Stances[0].Source].Name, graphJSON.Nodes[graphJSON.Stances[0].Target].Name
	if directed[[2]string{"Ukraine", "Joe Biden"}] {
		speaker, target = "Ukraine", "Joe Biden"
	}
	checkNetworkXDirection(t, dir, g, speaker, target)
}

// checkNetworkXDirection loads the stance exports with NetworkX and checks
// that the stance from speaker to target is there in that direction.
func checkNetworkXDirection(t *testing.T, dir, g, speaker, target string) {
	t.Helper()
	py := ""
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import networkx").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		t.Skip("networkx not installed (Debian: python3-networkx); stance direction checked in GEXF only")
	}
	script := `import networkx as nx, sys
G = nx.read_graphml(sys.argv[1]) if sys.argv[1].endswith("graphml") else nx.read_gexf(sys.argv[1])
assert G.is_directed(), "not directed"
names = {n: d.get("label", n) for n, d in G.nodes(data=True)}
edges = {(names[u], names[v]) for u, v in G.edges()}
print("ok" if (sys.argv[2], sys.argv[3]) in edges else "missing")
print("reversed" if (sys.argv[3], sys.argv[2]) in edges else "")`
	for _, f := range []string{"graphml", "gexf"} {
		path := filepath.Join(dir, "stances."+f)
		mustRun(t, "export", "-g", g, "--format", f, "--edges", "stance", "-o", path)
		out, err := exec.Command(py, "-c", script, path, speaker, target).CombinedOutput()
		if err != nil {
			t.Errorf("networkx read %s: %v\n%s", f, err, out)
			continue
		}
		if !strings.HasPrefix(string(out), "ok") {
			t.Errorf("networkx read %s: stance %s -> %s: %s", f, speaker, target, out)
		}
	}
}
