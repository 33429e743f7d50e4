//go:build unix

package wasmcache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// module encodes a compiled module the way wazero v1.11.0 writes one.
func module(version string, funcs int, code []byte, sourceMap int) []byte {
	var b bytes.Buffer
	le := binary.LittleEndian
	b.WriteString("WAZEVO")
	b.WriteByte(byte(len(version)))
	b.WriteString(version)
	b.Write(le.AppendUint32(nil, uint32(funcs)))
	for i := range funcs {
		b.Write(le.AppendUint64(nil, uint64(i*16)))
	}
	b.Write(le.AppendUint64(nil, uint64(len(code))))
	b.Write(code)
	b.Write(le.AppendUint32(nil, crc32.Checksum(code, crc32.MakeTable(crc32.Castagnoli))))
	if sourceMap < 0 {
		b.WriteByte(0)
		return b.Bytes()
	}
	b.WriteByte(1)
	b.Write(le.AppendUint64(nil, uint64(sourceMap)))
	for range sourceMap {
		b.Write(make([]byte, 16))
	}
	return b.Bytes()
}

func TestValidModule(t *testing.T) {
	good := module("v1.11.0", 3, bytes.Repeat([]byte{0xcc}, 100), -1)
	flipped := bytes.Clone(good)
	flipped[len(flipped)-10] ^= 1 // a byte of the code: the checksum no longer matches
	tests := []struct {
		name string
		data []byte
		ok   bool
	}{
		{"good", good, true},
		{"good with source map", module("v1.11.0", 2, []byte{1, 2, 3}, 4), true},
		{"empty", nil, false},
		{"not a module", []byte("#!/bin/sh\nrm -rf ~\n"), false},
		{"truncated header", good[:9], false},
		{"truncated code", good[:len(good)-20], false},
		{"machine code replaced", flipped, false},
		{"huge function count", append([]byte("WAZEVO\x00"), 0xff, 0xff, 0xff, 0xff), false},
		{"bad source map flag", append(bytes.Clone(good[:len(good)-1]), 7), false},
		{"source map cut", module("v1.11.0", 1, []byte{1}, 3)[:40], false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := validModule(tc.data); (err == nil) != tc.ok {
				t.Errorf("validModule = %v, want ok %v", err, tc.ok)
			}
		})
	}
}

func FuzzValidModule(f *testing.F) {
	f.Add(module("v1.11.0", 3, []byte("code"), -1))
	f.Add(module("dev", 1, nil, 2))
	f.Add([]byte("WAZEVO"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = validModule(b) // must not panic or allocate without bound
	})
}

// TestRealModules checks the modules wazero has written to this user's
// cache, when there are any: the check must agree with wazero's format.
func TestRealModules(t *testing.T) {
	base, err := os.UserCacheDir()
	if err != nil {
		t.Skipf("no cache directory: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(base, "actorgraph", "graphviz", "go-graphviz", "wazero-*", "*"))
	if len(files) == 0 {
		t.Skip("no compiled module in the cache yet (run actorgraph once)")
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".tmp") {
			continue
		}
		if err := validModuleFile(f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestPrepareIn(t *testing.T) {
	base := t.TempDir()
	dir, err := PrepareIn(base)
	if err != nil || dir != filepath.Join(base, "actorgraph", "graphviz") {
		t.Fatalf("PrepareIn = %q, %v", dir, err)
	}
	for _, d := range []string{filepath.Join(base, "actorgraph"), dir} {
		st, err := os.Lstat(d)
		if err != nil || st.Mode().Perm() != 0o700 {
			t.Errorf("%s: mode %v, %v; want 0700", d, st.Mode().Perm(), err)
		}
	}
	// A broken module of the user's own is removed, a good one kept.
	wz := filepath.Join(dir, "go-graphviz", "wazero-v1.11.0-amd64-linux")
	os.MkdirAll(wz, 0o700)
	bad, good := filepath.Join(wz, strings.Repeat("a", 64)), filepath.Join(wz, strings.Repeat("b", 64))
	os.WriteFile(bad, []byte("WAZEVO\x07v1.11.0garbage"), 0o600)
	os.WriteFile(good, module("v1.11.0", 1, []byte{1, 2}, -1), 0o600)
	if d, err := PrepareIn(base); d != dir || err != nil {
		t.Fatalf("with a broken module: %q, %v", d, err)
	}
	if _, err := os.Stat(bad); !errors.Is(err, os.ErrNotExist) {
		t.Error("broken module not removed")
	}
	if _, err := os.Stat(good); err != nil {
		t.Error("good module removed")
	}
	// An unreadable module of one's own is removed too.
	os.WriteFile(bad, module("v1.11.0", 1, []byte{1}, -1), 0o000)
	if os.Geteuid() != 0 {
		if d, err := PrepareIn(base); d != dir || err != nil {
			t.Fatalf("with an unreadable module: %q, %v", d, err)
		}
	}
	os.Remove(bad)
}

func TestPrepareInRefuses(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, base string)
	}{
		{"relative root", nil},
		{"root open to others", func(t *testing.T, base string) { os.Chmod(base, 0o777) }},
		{"our folder a link", func(t *testing.T, base string) {
			elsewhere := t.TempDir()
			os.Symlink(elsewhere, filepath.Join(base, "actorgraph"))
		}},
		{"our folder open to others", func(t *testing.T, base string) {
			os.Mkdir(filepath.Join(base, "actorgraph"), 0o700)
			os.Chmod(filepath.Join(base, "actorgraph"), 0o755)
		}},
		{"a file where a folder goes", func(t *testing.T, base string) {
			os.WriteFile(filepath.Join(base, "actorgraph"), nil, 0o600)
		}},
		{"a link inside", func(t *testing.T, base string) {
			wz := filepath.Join(base, "actorgraph", "graphviz", "go-graphviz", "wazero-v1.11.0-amd64-linux")
			os.MkdirAll(wz, 0o700)
			os.Symlink("/tmp/planted", filepath.Join(wz, strings.Repeat("c", 64)))
		}},
		{"a group-writable module", func(t *testing.T, base string) {
			wz := filepath.Join(base, "actorgraph", "graphviz", "go-graphviz", "wazero-v1.11.0-amd64-linux")
			os.MkdirAll(wz, 0o700)
			f := filepath.Join(wz, strings.Repeat("d", 64))
			os.WriteFile(f, module("v1.11.0", 1, []byte{1}, -1), 0o600)
			os.Chmod(f, 0o666)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base := t.TempDir()
			if tc.setup == nil {
				base = "relative/cache"
			} else {
				tc.setup(t, base)
			}
			if dir, err := PrepareIn(base); dir != NoCache || err == nil {
				t.Errorf("PrepareIn = %q, %v; want NoCache and a reason", dir, err)
			}
		})
	}
}

// TestPrepareInForeignOwner plants a cache folder owned by another user
// (needs root to give a file away).
func TestPrepareInForeignOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to make files owned by another user")
	}
	base := t.TempDir()
	wz := filepath.Join(base, "actorgraph", "graphviz", "go-graphviz", "wazero-v1.11.0-amd64-linux")
	os.MkdirAll(wz, 0o700)
	f := filepath.Join(wz, strings.Repeat("e", 64))
	os.WriteFile(f, module("v1.11.0", 1, []byte{0xcc}, -1), 0o600)
	if err := os.Chown(f, 65534, 65534); err != nil {
		t.Skipf("chown: %v", err)
	}
	if dir, err := PrepareIn(base); dir != NoCache || err == nil {
		t.Errorf("a module of user 65534 was accepted: %q, %v", dir, err)
	}
	if _, err := os.Stat(f); err != nil {
		t.Error("a file of another user was removed")
	}
}

// TestNoCacheMakesNoFolder checks the fallback: nothing can be made under
// NoCache, so go-graphviz's cache is off.
func TestNoCacheMakesNoFolder(t *testing.T) {
	if err := os.Mkdir(filepath.Join(NoCache, "go-graphviz"), 0o755); err == nil || !errors.Is(err, syscall.ENOTDIR) {
		t.Errorf("mkdir under %s: %v, want ENOTDIR", NoCache, err)
	}
}

// TestPrepareInStamps checks that a module found well-formed is not read
// again while its size, time and inode stay, and is checked again when
// they change.
func TestPrepareInStamps(t *testing.T) {
	base := t.TempDir()
	dir, err := PrepareIn(base)
	if err != nil {
		t.Fatal(err)
	}
	wz := filepath.Join(dir, "go-graphviz", "wazero-v1.11.0-amd64-linux")
	os.MkdirAll(wz, 0o700)
	mod := filepath.Join(wz, strings.Repeat("c", 64))
	good := module("v1.11.0", 1, []byte{1, 2}, -1)
	os.WriteFile(mod, good, 0o600)
	if _, err := PrepareIn(base); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, stampName))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("stamp file: %v, %v; want mode 0600", st, err)
	}
	// Same size, time and inode: trusted without reading.
	info, _ := os.Stat(mod)
	os.WriteFile(mod, make([]byte, len(good)), 0o600)
	os.Chtimes(mod, info.ModTime(), info.ModTime())
	if _, err := PrepareIn(base); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(mod); err != nil {
		t.Fatalf("an unchanged stamped module was read again and removed: %v", err)
	}
	// Another size: checked again, and removed as broken.
	os.WriteFile(mod, []byte("WAZEVO\x07v1.11.0garbage"), 0o600)
	if _, err := PrepareIn(base); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(mod); !errors.Is(err, os.ErrNotExist) {
		t.Error("a changed module was not checked again")
	}
}
