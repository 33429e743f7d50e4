//go:build unix

package wasmcache

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// maxEntries bounds the entries checked below the cache folder; a folder
// with more is not used.
const maxEntries = 1000

// Prepare makes (or checks) the private cache folder under the user's
// cache directory and returns it, or NoCache and the reason it cannot be
// used. Broken cache files of the user's own are removed.
func Prepare() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return NoCache, err
	}
	return PrepareIn(base)
}

// PrepareIn is Prepare with the cache root base instead of
// os.UserCacheDir().
func PrepareIn(base string) (string, error) {
	if !filepath.IsAbs(base) {
		return NoCache, fmt.Errorf("cache root %s is not an absolute path", base)
	}
	uid := os.Geteuid()
	if _, err := os.Stat(base); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(base, 0o700); err != nil {
			return NoCache, err
		}
	}
	// The root may be a link (a home folder elsewhere), but what it names
	// must be the user's and closed to others' writes.
	st, err := os.Stat(base)
	if err != nil {
		return NoCache, err
	}
	if err := private(base, st, uid, 0o022); err != nil {
		return NoCache, err
	}
	dir := base
	for _, name := range []string{"actorgraph", "graphviz"} {
		dir = filepath.Join(dir, name)
		if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
			return NoCache, err
		}
		st, err := os.Lstat(dir)
		if err != nil {
			return NoCache, err
		}
		if !st.IsDir() {
			return NoCache, fmt.Errorf("%s is not a folder", dir)
		}
		if err := private(dir, st, uid, 0o077); err != nil {
			return NoCache, err
		}
	}
	if err := checkTree(dir, uid); err != nil {
		return NoCache, err
	}
	return dir, nil
}

// stampName is the file in the cache folder that lists the compiled
// modules already found well-formed, each with its size, modification
// time and inode: a module that has not changed since is not read again
// (reading and checking Graphviz's took a seventh of a second at every
// start). The folder is the user's own and closed to others, so the
// stamp is as trustworthy as the modules; a changed module is checked
// again.
const stampName = "checked"

// stamp is one line of the stamp file: a module's path below the cache
// folder and what its stat said when it was checked.
type stamp struct {
	size, mtime int64
	ino         uint64
}

// stampOf returns the stamp of a module's stat.
func stampOf(st fs.FileInfo) stamp {
	s := stamp{size: st.Size(), mtime: st.ModTime().UnixNano()}
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		s.ino = uint64(sys.Ino)
	}
	return s
}

// readStamps reads the stamp file of dir (empty when absent or broken).
func readStamps(dir string) map[string]stamp {
	out := map[string]stamp{}
	b, err := os.ReadFile(filepath.Join(dir, stampName))
	if err != nil || len(b) > 1<<20 {
		return out
	}
	for _, line := range strings.Split(string(b), "\n") {
		var rel string
		var s stamp
		if n, _ := fmt.Sscanf(line, "%q %d %d %d", &rel, &s.size, &s.mtime, &s.ino); n == 4 {
			out[rel] = s
		}
	}
	return out
}

// writeStamps replaces the stamp file of dir (owner-only, through a
// temporary file); a failure only costs the next start a check.
func writeStamps(dir string, stamps map[string]stamp) {
	rels := make([]string, 0, len(stamps))
	for r := range stamps {
		rels = append(rels, r)
	}
	slices.Sort(rels)
	var b strings.Builder
	for _, r := range rels {
		s := stamps[r]
		fmt.Fprintf(&b, "%q %d %d %d\n", r, s.size, s.mtime, s.ino)
	}
	tmp := filepath.Join(dir, stampName+".tmp")
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		os.Remove(tmp)
		return
	}
	if err := os.Rename(tmp, filepath.Join(dir, stampName)); err != nil {
		os.Remove(tmp)
	}
}

// private checks that st (of path) is owned by uid and has none of the
// permission bits in deny.
func private(path string, st fs.FileInfo, uid int, deny fs.FileMode) error {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return fmt.Errorf("%s: no owner information", path)
	}
	if int(sys.Uid) != uid {
		return fmt.Errorf("%s belongs to user %d, not %d", path, sys.Uid, uid)
	}
	if st.Mode().Perm()&deny != 0 {
		return fmt.Errorf("%s has mode %v, open to other users", path, st.Mode().Perm())
	}
	return nil
}

// checkTree walks dir without following links: every entry must be the
// user's and closed to others' writes; compiled modules in wazero's
// folders must be well-formed, else they are removed.
func checkTree(dir string, uid int) error {
	n := 0
	old := readStamps(dir)
	now := make(map[string]stamp, len(old))
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if n++; n > maxEntries {
			return fmt.Errorf("%s holds more than %d entries", dir, maxEntries)
		}
		st, err := os.Lstat(path)
		if err != nil {
			return err
		}
		if st.Mode()&fs.ModeSymlink != 0 {
			return fmt.Errorf("%s is a symbolic link", path)
		}
		if err := private(path, st, uid, 0o022); err != nil {
			return err
		}
		if st.IsDir() || !strings.HasPrefix(filepath.Base(filepath.Dir(path)), "wazero-") {
			return nil
		}
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file", path)
		}
		if strings.HasSuffix(path, ".tmp") {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		if s, ok := old[rel]; ok && s == stampOf(st) {
			now[rel] = s
			return nil
		}
		if validModuleFile(path) == nil {
			now[rel] = stampOf(st)
			return nil
		}
		// A broken module of the user's own: wazero would fail on it.
		return os.Remove(path)
	})
	if err == nil && !maps.Equal(old, now) {
		writeStamps(dir, now)
	}
	return err
}
