package main

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// asMainEnv makes the test binary run main() instead of the tests, so that
// tests can run actorgraph as a separate process (signals, other users,
// the package initialisers) without building it.
const asMainEnv = "ACTORGRAPH_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// proc is an actorgraph process made from the test binary.
type proc struct {
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
}

// newProc prepares actorgraph args as a process with env added to the
// environment (and a private cache directory unless env sets one).
func newProc(t *testing.T, env []string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(os.Args[0], args...)}
	p.cmd.Env = append(os.Environ(), asMainEnv+"=1")
	p.cmd.Env = append(p.cmd.Env, env...)
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	return p
}

// exitCode runs p to the end and returns its exit code.
func (p *proc) exitCode(t *testing.T) int {
	t.Helper()
	err := p.cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		t.Fatalf("run %v: %v", p.cmd.Args, err)
	}
	return 0
}

// publicBinary copies the test binary to a folder every user can read, for
// runs as another user; it returns its path.
func publicBinary(t *testing.T) string {
	t.Helper()
	dir := publicDir(t)
	dst := filepath.Join(dir, "actorgraph")
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	f, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, src); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return dst
}

// publicDir returns a new temporary folder that every user can enter
// (mode 0755 up from the test's temporary root).
func publicDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for d := dir; d != os.TempDir() && d != "/" && strings.HasPrefix(d, os.TempDir()); d = filepath.Dir(d) {
		os.Chmod(d, 0o755)
	}
	return dir
}

// otherUser returns the command prefix that runs a program as user nobody
// (setpriv, when running as root), or skips the test.
func otherUser(t *testing.T) []string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to run a command as another user")
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("needs setpriv (util-linux) to run a command as another user")
	}
	return []string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"}
}

// TestPlantedGraphvizCache plants a compiled module in a shared temporary
// folder, where upstream go-graphviz loads its cache from, owned by another
// user when the test runs as root: actorgraph must neither run nor trip
// over it.
func TestPlantedGraphvizCache(t *testing.T) {
	render := smallRender(t)
	// The cache of one drawing gives the file names wazero looks for; it
	// must be in the private folder, not in TMPDIR.
	own, scratch := t.TempDir(), t.TempDir()
	if p := newProc(t, []string{"XDG_CACHE_HOME=" + own, "TMPDIR=" + scratch}, render...); p.exitCode(t) != 0 {
		t.Fatalf("render: %s", p.stderr.String())
	}
	names, _ := filepath.Glob(filepath.Join(own, "actorgraph", "graphviz", "go-graphviz", "wazero-*", "*"))
	if len(names) == 0 {
		t.Fatal("no compiled module in the private cache")
	}
	if leaked, _ := filepath.Glob(filepath.Join(scratch, "*")); len(leaked) > 0 {
		t.Errorf("render wrote to TMPDIR: %v", leaked)
	}
	shared := publicDir(t)
	os.Chmod(shared, 0o1777)
	var planted []string
	for _, n := range names {
		dir := filepath.Join(shared, "go-graphviz", filepath.Base(filepath.Dir(n)))
		os.MkdirAll(dir, 0o755)
		p := filepath.Join(dir, filepath.Base(n))
		// The real module with its machine code replaced by breakpoints
		// and the checksum made valid again (the attack: a run
		// that loads it dies of SIGTRAP), or, when the module's layout
		// is not the expected one, a module with a wrong checksum
		// (wazero panics on it).
		b, err := os.ReadFile(n)
		if err != nil || !trapModule(b) {
			b = []byte("WAZEVO\x07v1.11.0\x01\x00\x00\x00planted machine code")
		}
		os.WriteFile(p, b, 0o644)
		planted = append(planted, p)
	}
	if os.Geteuid() == 0 {
		filepath.Walk(filepath.Join(shared, "go-graphviz"), func(p string, _ os.FileInfo, _ error) error {
			return os.Lchown(p, 65534, 65534)
		})
	} else {
		t.Log("not root: the planted files belong to the test's own user")
	}
	for _, cache := range []string{own, t.TempDir()} { // warm, then cold
		p := newProc(t, []string{"TMPDIR=" + shared, "XDG_CACHE_HOME=" + cache}, render...)
		if code := p.exitCode(t); code != 0 || strings.Contains(p.stderr.String(), "panic") {
			t.Fatalf("render with a planted cache: exit %d\n%s", code, p.stderr.String())
		}
	}
	for _, f := range planted {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("planted file %s changed or removed: %v", f, err)
		}
	}
}

// smallRender builds the graph of a two-sentence article in a temporary
// folder and returns the arguments of a command that draws it.
func smallRender(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	art, g := filepath.Join(dir, "a.txt"), filepath.Join(dir, "g.json")
	os.WriteFile(art, []byte("Talks\n\nVladimir Putin met Emmanuel Macron in Paris on Monday.\n"), 0o644)
	if p := newProc(t, nil, "build", art, "-o", g, "-q"); p.exitCode(t) != 0 {
		t.Fatalf("build: %s", p.stderr.String())
	}
	return []string{"render", "-g", g, "-o", filepath.Join(dir, "g.svg")}
}

// trapModule replaces the machine code of a compiled module in wazero
// v1.11.0's file layout ("WAZEVO", version, function count and offsets,
// code length, code, CRC-32C) with int3 instructions and rewrites the
// checksum; it reports whether b had that layout.
func trapModule(b []byte) bool {
	le := binary.LittleEndian
	if len(b) < 7 || string(b[:6]) != "WAZEVO" {
		return false
	}
	p := 7 + int(b[6])
	if p+4 > len(b) {
		return false
	}
	p += 4 + 8*int(le.Uint32(b[p:]))
	if p+8 > len(b) {
		return false
	}
	size := le.Uint64(b[p:])
	p += 8
	if size > uint64(len(b)-p-4) {
		return false
	}
	code := b[p : p+int(size)]
	for i := range code {
		code[i] = 0xcc
	}
	le.PutUint32(b[p+int(size):], crc32.Checksum(code, crc32.MakeTable(crc32.Castagnoli)))
	return true
}

// TestSecondUser runs actorgraph as root and then as user nobody with the
// same shared TMPDIR: the second user must be able to run every kind of
// command (go-graphviz used to leave a root-only folder there).
func TestSecondUser(t *testing.T) {
	asOther := otherUser(t)
	bin := publicBinary(t)
	shared := publicDir(t)
	os.Chmod(shared, 0o1777)
	art := filepath.Join(shared, "a.txt")
	os.WriteFile(art, []byte("Talks\n\nVladimir Putin met Emmanuel Macron in Paris on Monday.\n"), 0o644)
	env := []string{"TMPDIR=" + shared}
	if code := newProc(t, env, "build", art, "-o", filepath.Join(shared, "root.json")).exitCode(t); code != 0 {
		t.Fatalf("build as root: exit %d", code)
	}
	out := publicDir(t)
	os.Chmod(out, 0o1777)
	for _, args := range [][]string{
		{"--version"},
		{"extract", art},
		{"build", art, "-o", filepath.Join(out, "g.json")},
		{"render", "-g", filepath.Join(out, "g.json"), "-o", filepath.Join(out, "g.svg")},
	} {
		p := newProc(t, append(env, "HOME=/nonexistent", "XDG_CACHE_HOME="), append(asOther[1:], append([]string{bin}, args...)...)...)
		p.cmd.Path, p.cmd.Args = asOther[0], append(asOther[:1:1], p.cmd.Args[1:]...)
		if code := p.exitCode(t); code != 0 {
			t.Errorf("as nobody, %v: exit %d\n%s", args, code, p.stderr.String())
		}
	}
}
