package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestHostileInputs builds a folder of broken and hostile inputs made
// fresh here, and checks that build skips each bad one with a message
// naming it (exit 3), never crashes, and that every output format stays
// well-formed and inert whatever the actor names contain.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	u16 := utf16.Encode([]rune("\ufeffTalks\n\nZelensky met Macron in Paris on Monday.\n"))
	var b16 bytes.Buffer
	for _, u := range u16 {
		b16.WriteByte(byte(u))
		b16.WriteByte(byte(u >> 8))
	}
	write("utf16.txt", b16.Bytes())
	write("invalid.txt", []byte("Talks\n\nThe Kremlin said \xff\xfe Putin met Witkoff in Moscow.\n"))
	write("latin1.txt", []byte("Caf\xe9 talks\n\nFran\xe7ois Hollande met Angela Merkel in Berlin.\n"))
	write("image.png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00"), bytes.Repeat([]byte{0, 1, 2}, 500)...))
	write("empty.txt", nil)
	write("huge.txt", bytes.Repeat([]byte("word "), 7<<20)) // 35 MB on one line
	write("deep.html", []byte("<html><body><script>alert(1)</script>"+strings.Repeat("<div>", 3000)+
		"<p>The Kremlin said Putin would meet Witkoff.</p>"+strings.Repeat("</div>", 3000)+"</body></html>"))
	write("records.jsonl", []byte(`{"id":"a","title":"A","text":"Zelensky met Macron in Paris."}`+"\n"+
		`{"id": "b", "title": broken`+"\n"+`{"id":"c","text":42}`+"\n"+
		`{"id":"e","text":"Lavrov warned NATO."}`+"\n"))
	write("names.txt", []byte("Hostile names\n\n"+
		"Officials said <script>alert(1)</script> Smith met Vladimir Putin. "+
		`"=cmd|' /C calc'!A0" Jones spoke with John \N\G Doe. `+
		"Mr. Robert \u202eKcilc\u202c Brown met Emmanuel Macron, said ]]> Black. "+
		"Jane "+strings.Repeat("Q", 10000)+" Smith met Joe Biden.\n"))
	if err := os.Symlink(".", filepath.Join(in, "loop")); err != nil {
		t.Logf("no symlink loop: %v", err)
	}

	g := filepath.Join(dir, "g.json")
	_, stderr, code := runCLI(t, "build", in, "-o", g)
	if code != exitPartial {
		t.Fatalf("build exit %d, want %d\n%s", code, exitPartial, stderr)
	}
	for _, name := range []string{"image.png", "empty.txt", "huge.txt", "records.jsonl:2", "records.jsonl:3", "loop"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("summary does not name %s:\n%s", name, stderr)
		}
	}
	for _, name := range []string{"invalid.txt", "latin1.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("summary does not report the repair of %s:\n%s", name, stderr)
		}
	}

	for _, f := range []string{"graphml", "gexf"} {
		out := mustRun(t, "export", "-g", g, "--format", f)
		checkXML(t, []byte(out))
	}
	var js any
	if err := json.Unmarshal([]byte(mustRun(t, "export", "-g", g, "--format", "json")), &js); err != nil {
		t.Errorf("export json is not JSON: %v", err)
	}
	mustRun(t, "export", "-g", g, "--format", "csv", "-o", filepath.Join(dir, "t.csv"))
	for _, p := range []string{"t.nodes.csv", "t.edges.csv"} {
		f, err := os.Open(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", p, err)
		}
		for _, r := range rows {
			for _, c := range r {
				if c != "" && strings.ContainsRune("=+@", rune(c[0])) {
					t.Errorf("%s: cell %q could run as a formula", p, c)
				}
			}
		}
	}
	svg := filepath.Join(dir, "g.svg")
	mustRun(t, "render", "-g", g, "-o", svg, "--layout", "neato")
	data, _ := os.ReadFile(svg)
	checkXML(t, data)
	if bytes.Contains(bytes.ToLower(data), []byte("javascript:")) {
		t.Error("SVG contains a javascript: link")
	}
	// DOT is checked by out's tests, which re-parse it with gonum's parser.
}
