//go:build unix

package outfile

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

func TestWriteRegular(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	tests := []struct {
		name     string
		existing os.FileMode // 0: no file
		want     os.FileMode
	}{
		{"new file honours the umask", 0, 0o600},
		{"existing 0600 stays 0600", 0o600, 0o600},
		{"existing 0644 stays 0644", 0o644, 0o644},
		{"existing 0640 stays 0640", 0o640, 0o640},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, "out"+string(rune('a'+i)))
			if tc.existing != 0 {
				os.WriteFile(p, []byte("old"), 0o600)
				os.Chmod(p, tc.existing)
			}
			if err := Write(p, Options{}, writeString("new")); err != nil {
				t.Fatal(err)
			}
			st, _ := os.Stat(p)
			if st.Mode().Perm() != tc.want {
				t.Errorf("mode %v, want %v", st.Mode().Perm(), tc.want)
			}
			if b, _ := os.ReadFile(p); string(b) != "new" {
				t.Errorf("content %q", b)
			}
		})
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestWriteFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "g.json")
	os.WriteFile(p, []byte("previous"), 0o644)
	boom := errors.New("boom")
	if err := Write(p, Options{}, func(w io.Writer) error {
		io.WriteString(w, "half")
		return boom
	}); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Write(p, Options{Context: ctx}, writeString("late")); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled write: err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "previous" {
		t.Errorf("content %q, want the previous file", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestWriteThroughLink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.svg")
	os.WriteFile(target, []byte("old"), 0o640)
	link := filepath.Join(dir, "link.svg")
	os.Symlink("real.svg", link)
	if err := Write(link, Options{}, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("target content %q", b)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o640 {
		t.Errorf("target mode %v, want 0640", st.Mode().Perm())
	}
	dangling := filepath.Join(dir, "dangling.svg")
	os.Symlink("missing/nowhere.svg", dangling)
	if err := Write(dangling, Options{}, writeString("x")); !errors.Is(err, ErrDanglingLink) {
		t.Errorf("dangling link: err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing")); err == nil {
		t.Error("wrote through a dangling link")
	}
}

func TestWriteStreams(t *testing.T) {
	var out, errs bytes.Buffer
	opts := Options{Stdout: &out, Stderr: &errs}
	for _, p := range []string{"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"} {
		if err := Write(p, opts, writeString(p+";")); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write("/dev/stderr", opts, writeString("e")); err != nil {
		t.Fatal(err)
	}
	if out.String() != "-;/dev/stdout;/dev/fd/1;/proc/self/fd/1;" || errs.String() != "e" {
		t.Errorf("stdout %q, stderr %q", out.String(), errs.String())
	}
}

func TestWriteDevices(t *testing.T) {
	if err := Write("/dev/null", Options{}, writeString("discarded")); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat("/dev/null"); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a device: %v %v", st.Mode(), err)
	}
	if err := Write("/dev/full", Options{}, writeString("x")); !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("/dev/full: err = %v, want ENOSPC", err)
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	if err := Write(fifo, Options{}, writeString("through the pipe")); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "through the pipe" {
		t.Errorf("read %q from the FIFO", s)
	}
	if st, _ := os.Lstat(fifo); st.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
}

// TestWriteDeviceNode makes a device node of its own (root only) and
// checks it stays a device.
func TestWriteDeviceNode(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to make a device node with mknod")
	}
	dev := filepath.Join(t.TempDir(), "null")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil { // 1,3: the null device
		t.Skipf("mknod: %v", err)
	}
	if err := Write(dev, Options{}, writeString("x")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Lstat(dev); st.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("device node replaced by %v", st.Mode())
	}
}

func TestWriteRefusesInputsAndFolders(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("the article"), 0o644)
	link := filepath.Join(dir, "b.txt")
	os.Symlink("a.txt", link)
	for _, out := range []string{in, link, filepath.Join(dir, ".", "a.txt")} {
		var se *SameFileError
		if err := Write(out, Options{Inputs: []string{"-", in}}, writeString("x")); !errors.As(err, &se) {
			t.Errorf("output %s: err = %v, want SameFileError", out, err)
		}
	}
	if b, _ := os.ReadFile(in); string(b) != "the article" {
		t.Errorf("input overwritten: %q", b)
	}
	if err := Write(dir, Options{}, writeString("x")); err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("folder: err = %v", err)
	}
}
